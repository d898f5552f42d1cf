"""The package's data files: embedded examples, the programme catalogue, the frameworks and the
framework packs (read with :mod:`importlib.resources`; nothing here is executed)."""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["shipped_framework_packs"]


@cache
def shipped_framework_packs() -> tuple[str, ...]:
    """The ids of the framework packs shipped as data (``frameworks/packs/<id>.json``), sorted;
    the one list both the validator (which ids a plan may follow) and
    :mod:`preventionkit.frameworks` (which packs to load) read."""
    folder = resources.files(__name__).joinpath("frameworks", "packs")
    return tuple(
        sorted(p.name.removesuffix(".json") for p in folder.iterdir() if p.name.endswith(".json"))
    )
