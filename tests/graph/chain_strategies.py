"""The chain strategy now lives in :mod:`preventionkit.testing`; kept importable here."""

from __future__ import annotations

from preventionkit.testing import chain_plans

__all__ = ["chain_plans"]
