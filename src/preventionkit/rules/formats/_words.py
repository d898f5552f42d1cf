"""The few words formatters print around findings, in Swedish and English."""

from __future__ import annotations

from ...vocab import Lang
from ..report import ValidationReport

__all__ = ["WORDS", "summary", "word"]

WORDS: dict[str, tuple[str, str]] = {
    # key: (sv, en)
    "error": ("fel", "error"),
    "warning": ("varning", "warning"),
    "info": ("info", "info"),
    "hint": ("åtgärd", "hint"),
    "source": ("källa", "source"),
    "code": ("kod", "code"),
    "severity": ("allvar", "severity"),
    "where": ("var", "where"),
    "message": ("meddelande", "message"),
    "plan": ("planen", "plan"),
    "profile": ("profil", "profile"),
    "findings": ("Fynd", "Findings"),
    "suppressed": ("Undantagna fynd", "Suppressed findings"),
    "coverage": (
        "Täckning: preventionsnivå × socioekologisk nivå",
        "Coverage: prevention level × social-ecological level",
    ),
    "report": ("Granskning av", "Validation of"),
    "none": ("Inga fynd.", "No findings."),
    "ok": ("Inga fel.", "No errors."),
    "not_ok": ("Planen har fel.", "The plan has errors."),
}

_PLURAL: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "error": (("fel", "fel"), ("error", "errors")),
    "warning": (("varning", "varningar"), ("warning", "warnings")),
    "info": (("info", "info"), ("info", "info")),
}


def word(key: str, lang: Lang) -> str:
    """The word for ``key`` in ``lang``."""
    sv, en = WORDS[key]
    return sv if lang == "sv" else en


def summary(report: ValidationReport) -> str:
    """``"2 errors, 1 warning, 0 info (profile: municipal)"`` in the report's language."""
    lang = report.lang
    parts = []
    for severity, n in report.counts.items():
        sv, en = _PLURAL[severity]
        forms = sv if lang == "sv" else en
        parts.append(f"{n} {forms[0] if n == 1 else forms[1]}")
    return f"{', '.join(parts)} ({word('profile', lang)}: {report.profile})"
