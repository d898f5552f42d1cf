"""Fixtures of this test area."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.fixture(autouse=True)
def _judged_on_a_fixed_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """The synthetic plans cover the term 2023–2026 (``preventionkit.testing``): judge them on
    a day inside it (the suite's own fixed day, in 2021, lies before it)."""
    monkeypatch.setattr("preventionkit.rules.engine._today", lambda: dt.date(2024, 6, 30))
