"""The words of the report, from the message catalogue (``report.*``); vocabulary labels come
from ``vocab`` and counts from ``count.*``, both in the same catalogue."""

from __future__ import annotations

from ..messages import text
from ..vocab import Lang

__all__ = ["count", "t"]


def t(key: str, lang: Lang | None, **values: object) -> str:
    """The text ``report.<key>`` in ``lang``, with ``{name}`` placeholders filled from ``values``."""
    return text(f"report.{key}", lang, **values)


def count(what: str, n: int, lang: Lang | None) -> str:
    """A counted noun in ``lang`` with its plural form (``count.<what>``): "1 activity"."""
    return text(f"count.{what}", lang, n=n)
