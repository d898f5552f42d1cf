"""Small helpers for the parameters of rule messages: data, rendered late in any language."""

from __future__ import annotations

from ..messages import Message, message
from ..model import Period

__all__ = ["count", "period_text", "short"]

_MAX = 80


def short(text: str) -> str:
    """``text`` on one line, cut to a readable length for a message."""
    one = " ".join(text.split())
    return one if len(one) <= _MAX else one[: _MAX - 1].rstrip() + "…"


def count(what: str, n: int) -> Message:
    """A counted noun, ``count.<what>`` with its plural chosen by ``n`` in each language
    ("1 activity" / "3 activities", "3 aktiviteter", "3 tiltak")."""
    return message(f"count.{what}", n=n)


def period_text(period: Period | None) -> Message:
    """A period as ``2019–2022``; unknown ends are written as ``?``."""
    if period is None:
        return message("period.unknown")
    start = str(period.start) if period.start is not None else "?"
    end = str(period.end) if period.end is not None else "?"
    return message("period", start=start, end=end)
