"""The result of validating a plan: findings in a fixed order, counts, and the coverage matrix."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from .._version import __version__
from ..vocab import Lang
from ._coverage import Coverage
from .finding import SEVERITIES, Finding

__all__ = ["REPORT_SCHEMA_VERSION", "ValidationReport"]

REPORT_SCHEMA_VERSION = 1
"""The version of the JSON report document (``schemas/report.schema.json``)."""


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """What :func:`preventionkit.validate` returns.

    ``findings`` are sorted by severity (errors first), code and position in the plan; findings
    of one rule at one position keep the rule's order (vocabulary and plan order), the same in
    both languages. The same plan always gives the same report. ``suppressed`` holds the findings
    the plan accepts on purpose (its ``suppress`` entries). ``questions`` holds what a rule
    would judge but the plan does not state (:attr:`Finding.is_question`): facts to confirm,
    kept apart from the findings, never errors and not in :attr:`counts` (issue 16).
    """

    findings: tuple[Finding, ...]
    coverage: Coverage
    profile: str
    lang: Lang = "en"
    """The language the findings were asked for (``str(finding)``, the formats)."""
    suppressed: tuple[Finding, ...] = ()
    rules: tuple[str, ...] = ()
    plan_id: str = ""
    plan_title: str = ""
    file: str | None = None
    as_of: dt.date | None = None
    questions: tuple[Finding, ...] = ()

    @property
    def ok(self) -> bool:
        """True when no finding is an error."""
        return not any(f.severity == "error" for f in self.findings)

    @property
    def counts(self) -> dict[str, int]:
        """The number of findings of each severity; every severity is a key."""
        out: dict[str, int] = dict.fromkeys(SEVERITIES, 0)
        for f in self.findings:
            out[f.severity] += 1
        return out

    @property
    def codes(self) -> tuple[str, ...]:
        """The distinct codes found, sorted."""
        return tuple(sorted({f.code for f in self.findings}))

    def by_code(self, code: str) -> tuple[Finding, ...]:
        """The findings of one rule (or of every rule whose code starts with ``code``)."""
        return tuple(f for f in self.findings if f.code.startswith(code))

    def __iter__(self) -> Any:
        return iter(self.findings)

    def __repr__(self) -> str:
        """One line: the plan, whether it passes and the counts, not every finding (a notebook
        printing a report showed kilobytes; issue 12 item 7). ``findings`` holds the rest."""
        counts = ", ".join(f"{n} {s}" for s, n in self.counts.items())
        asked = f", {len(self.questions)} questions" if self.questions else ""
        return (
            f"<Report {self.plan_id or 'plan'}: {'ok' if self.ok else 'not ok'}, {counts}"
            f"{asked}; profile {self.profile}, lang {self.lang}>"
        )

    def __len__(self) -> int:
        return len(self.findings)

    def to_dict(self) -> dict[str, Any]:
        """The report as the versioned JSON document of ``schemas/report.schema.json``."""
        return {
            "schema_version": REPORT_SCHEMA_VERSION,
            "tool": {"name": "preventionkit", "version": __version__},
            "plan": {"id": self.plan_id, "title": self.plan_title, "file": self.file},
            "profile": self.profile,
            "lang": self.lang,
            "as_of": self.as_of.isoformat() if self.as_of is not None else None,
            "rules": list(self.rules),
            "ok": self.ok,
            "counts": self.counts,
            "findings": [f.to_dict(self.lang) for f in self.findings],
            "questions": [f.to_dict(self.lang) for f in self.questions],
            "suppressed": [f.to_dict(self.lang) for f in self.suppressed],
            "coverage": self.coverage.to_dict(),
        }

    def to_json(self, indent: int | None = 2) -> str:
        """The JSON document as text (UTF-8 characters kept, keys in schema order)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
