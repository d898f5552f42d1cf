"""The package's data files: embedded examples, the programme catalogue, the frameworks and the
framework packs (read as files; nothing here is executed)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

__all__ = ["shipped_framework_packs"]


@cache
def shipped_framework_packs() -> tuple[str, ...]:
    """The ids of the framework packs shipped as data (``frameworks/packs/<id>.json``), sorted;
    the one list both the validator (which ids a plan may follow) and
    :mod:`preventionkit.frameworks` (which packs to load) read. A plain folder listing: the
    package is installed as files, and :mod:`importlib.resources` would cost a validation run
    imports it does not otherwise need."""
    folder = Path(__file__).parent / "frameworks" / "packs"
    return tuple(sorted(p.stem for p in folder.glob("*.json")))
