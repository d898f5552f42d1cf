"""A finding: one thing a rule found in a plan, with where it is and what to do about it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

__all__ = ["SEVERITIES", "Finding", "Severity", "severity_rank"]

Severity = Literal["error", "warning", "info"]
"""How serious a finding is: an ``error`` makes the report not ok."""

SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
"""Every severity, the most serious first (the order findings are sorted in)."""

_RANK: dict[str, int] = {s: i for i, s in enumerate(SEVERITIES)}


def severity_rank(severity: str) -> int:
    """0 for errors, 1 for warnings, 2 for info."""
    return _RANK[severity]


@dataclass(frozen=True, slots=True)
class Finding:
    """One finding of a rule, like a linter's violation.

    ``path`` points into the plan (``"activities[3].responsible[0]"``; ``""`` for the plan as a
    whole); ``line`` and ``column`` are 1-based and set when the plan was read from a file.
    ``source`` cites the sections of the source documents the rule rests on (e.g. ``"002 §1.8"``).
    """

    code: str
    name: str
    severity: Severity
    message: str
    path: str = ""
    line: int | None = None
    column: int | None = None
    hint: str | None = None
    source: str = ""
    cell: str | None = None
    """The spreadsheet cell (``Aktiviteter!D14``) when the plan was read from a workbook or
    CSV file; ``line`` and ``column`` are then that cell's row and column."""

    def location(self) -> str:
        """The cell when known, else ``line:column``, else the path, else an empty string."""
        if self.cell is not None:
            return self.cell
        if self.line is not None:
            return f"{self.line}:{self.column or 1}"
        return self.path

    def __repr__(self) -> str:
        """Short: code, severity and where; ``str()`` adds the message (issue 12 item 7)."""
        line = f" ({self.line}:{self.column or 1})" if self.line is not None else ""
        return f"<Finding {self.code} {self.severity} {self.path or 'plan'}{line}>"

    def __str__(self) -> str:
        where = self.path or "plan"
        if self.cell is not None:
            where = f"{self.cell}: {where}"
        elif self.line is not None:
            where = f"{self.line}:{self.column or 1}: {where}"
        return f"{where}: {self.code} [{self.severity}] {self.message}"

    def to_dict(self) -> dict[str, Any]:
        """The finding as JSON-ready data (the ``findings`` items of the report schema);
        ``cell`` only when the plan was read from a workbook or CSV file."""
        data: dict[str, Any] = {
            "code": self.code,
            "name": self.name,
            "severity": self.severity,
            "message": self.message,
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "hint": self.hint,
            "source": self.source,
        }
        if self.cell is not None:
            data["cell"] = self.cell
        return data
