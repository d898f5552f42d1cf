"""Small helpers for writing rule messages that read naturally in Swedish and English."""

from __future__ import annotations

from ..model import Period
from .rule import Said

__all__ = ["count_of", "period_text", "short"]

_MAX = 80


def short(text: str) -> str:
    """``text`` on one line, cut to a readable length for a message."""
    one = " ".join(text.split())
    return one if len(one) <= _MAX else one[: _MAX - 1].rstrip() + "…"


def count_of(n: int, sv: tuple[str, str], en: tuple[str, str]) -> Said:
    """``"1 activity"`` / ``"3 activities"`` and ``"1 aktivitet"`` / ``"3 aktiviteter"``."""
    return Said(f"{n} {sv[0] if n == 1 else sv[1]}", f"{n} {en[0] if n == 1 else en[1]}")


def period_text(period: Period | None) -> Said:
    """A period as ``2019–2022``; unknown ends are written as ``?``."""
    if period is None:
        return Said("okänd", "unknown")
    start = str(period.start) if period.start is not None else "?"
    end = str(period.end) if period.end is not None else "?"
    return Said(f"{start}–{end}", f"{start}–{end}")
