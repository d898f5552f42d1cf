"""The few words formatters print around findings, from the message catalogue (``format.*``,
``severity.*``, ``count.*``)."""

from __future__ import annotations

from ...messages import message, text
from ...vocab import Lang
from ..report import ValidationReport

__all__ = ["summary", "word"]


def word(key: str, lang: Lang | None, /, **params: object) -> str:
    """The text of ``format.<key>`` (or ``severity.<key>`` for a severity) in ``lang``."""
    if key in ("error", "warning", "info", "question"):
        return text(f"severity.{key}", lang)
    return text(f"format.{key}", lang, **params)


def summary(report: ValidationReport) -> str:
    """``"2 errors, 1 warning, 0 info (profile: municipal)"`` in the report's language."""
    counts = {severity: message(f"count.{severity}", n=n) for severity, n in report.counts.items()}
    said = text("format.summary", report.lang, profile=report.profile, **counts)
    if report.questions:
        said += text("format.summary.questions", report.lang, n=len(report.questions))
    return said
