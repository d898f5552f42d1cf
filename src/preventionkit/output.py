"""The cap on what any writer produces, so no plan can make an output without bound.

Aliases are limited when a file is read (the YAML reader counts their expanded text), but a
plan can still be large, and a writer repeats text (a name appears on every edge and row). So
every writer checks its result here before handing it back; past the cap it raises
:class:`~preventionkit.errors.OutputTooLarge` and nothing is written (issue 21, item 2).
"""

from __future__ import annotations

from .errors import OutputTooLarge

__all__ = ["MAX_OUTPUT_CHARS", "capped"]

MAX_OUTPUT_CHARS = 128 * 1024 * 1024
"""The most characters one output may hold (128 Mi): far above any real plan's report or
export (the largest examples give well under 1 MB), far below what fills memory."""


def capped(text: str, what: str, limit: int | None = None) -> str:
    """``text`` unchanged, or :class:`OutputTooLarge` if it is longer than ``limit``
    (default :data:`MAX_OUTPUT_CHARS`, read at call time)."""
    cap = MAX_OUTPUT_CHARS if limit is None else limit
    if len(text) > cap:
        raise OutputTooLarge(what, len(text), cap)
    return text
