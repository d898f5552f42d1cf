"""A finding: one thing a rule found in a plan, with where it is and what to do about it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from ..messages import Message, default_lang, render

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

    ``message`` and ``hint`` are data (a catalogue key and its parameters, see
    :class:`~preventionkit.messages.Message`) rendered late: :meth:`text` and
    :meth:`hint_text` in any language, ``str(finding)`` in ``lang`` (the language the plan
    was validated in). ``path`` points into the plan (``"activities[3].responsible[0]"``;
    ``""`` for the plan as a whole); ``line`` and ``column`` are 1-based and set when the
    plan was read from a file. ``source`` cites the sections of the source documents the
    rule rests on (e.g. ``"002 §1.8"``).
    """

    code: str
    name: str
    severity: Severity
    message: Message
    path: str = ""
    line: int | None = None
    column: int | None = None
    hint: Message | None = None
    source: str = ""
    lang: str | None = None
    cell: str | None = None
    """The spreadsheet cell (``Aktiviteter!D14``) when the plan was read from a workbook or
    CSV file; ``line`` and ``column`` are then that cell's row and column."""
    unstated: tuple[str, ...] = ()
    """The paths of the facts this finding rests on that the plan does not state. A finding
    with any is a question (:attr:`is_question`): the plan may well have what the rule looks
    for without saying so, so it is asked, not judged (issue 16)."""

    @property
    def is_question(self) -> bool:
        """True when the finding rests on facts the plan does not state: a question to
        confirm, reported apart from the findings and never an error."""
        return bool(self.unstated)

    def text(self, lang: str | None = None) -> str:
        """The message in ``lang`` (default: the finding's language, else the library's)."""
        return render(self.message, lang or self.lang or default_lang())

    def hint_text(self, lang: str | None = None) -> str | None:
        """The hint in ``lang`` (default: the finding's language), or None."""
        if self.hint is None:
            return None
        return render(self.hint, lang or self.lang or default_lang())

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
        return f"{where}: {self.code} [{self.severity}] {self.text()}"

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """The finding as JSON-ready data (the ``findings`` items of the report schema): the
        rendered ``message`` and ``hint`` in ``lang`` (default: the finding's) and the
        message's ``key`` and ``params``, so a program can render it in another language;
        ``cell`` only when the plan was read from a workbook or CSV file."""
        message = self.message.to_dict()
        data: dict[str, Any] = {
            "code": self.code,
            "name": self.name,
            "severity": self.severity,
            "message": self.text(lang),
            "key": message["key"],
            "params": message["params"],
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "hint": self.hint_text(lang),
            "source": self.source,
        }
        if self.cell is not None:
            data["cell"] = self.cell
        if self.unstated:
            data["unstated"] = list(self.unstated)
        return data
