"""Small helpers for the parameters of rule messages: data, rendered late in any language."""

from __future__ import annotations

from collections.abc import Sequence

from ..messages import Message, message
from ..model import Period

__all__ = ["count", "listing", "period_text", "short"]

_MAX = 80
_LISTED = 3
"""How many names a message lists before "and N more" (the finding's data keeps every path)."""
_LISTED_MAX = 60
"""The length each listed name is cut to: three of them still fit a readable sentence."""


def short(text: str, limit: int = _MAX) -> str:
    """``text`` on one line, cut to a readable length for a message (``limit`` characters)."""
    one = " ".join(text.split())
    return one if len(one) <= limit else one[: limit - 1].rstrip() + "…"


def count(what: str, n: int) -> Message:
    """A counted noun, ``count.<what>`` with its plural chosen by ``n`` in each language
    ("1 activity" / "3 activities", "3 aktiviteter", "3 tiltak")."""
    return message(f"count.{what}", n=n)


def listing(names: Sequence[str], limit: int = _LISTED) -> tuple[str | Message, ...]:
    """The first ``limit`` of ``names`` (ids, or names cut by :func:`short`), then "N more"
    when there are others: a list a message renders as "A, B, C and 16 more" in any language, so a
    question asked once for many records stays readable."""
    shown: list[str | Message] = [short(n, _LISTED_MAX).rstrip(".") for n in names[:limit]]
    if len(names) > limit:
        shown.append(message("list.more", n=len(names) - limit))
    return tuple(shown)


def period_text(period: Period | None) -> Message:
    """A period as ``2019–2022``; unknown ends are written as ``?``."""
    if period is None:
        return message("period.unknown")
    start = str(period.start) if period.start is not None else "?"
    end = str(period.end) if period.end is not None else "?"
    return message("period", start=start, end=end)
