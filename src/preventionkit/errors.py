"""The exceptions preventionkit raises: one root, and a load error that points at the line.

``PreventionKitError`` is the root. ``PlanLoadError`` carries every problem found in a file
(up to a limit) as :class:`LoadIssue` records, each with file, line, column, field path,
message and hint, so a person can fix them all in one pass.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

__all__ = [
    "InvalidArgument",
    "IssueKind",
    "LoadIssue",
    "MissingExtraError",
    "OutputTooLarge",
    "PlanLoadError",
    "PreventionKitError",
    "require_extra",
    "suggest",
]

IssueKind = Literal[
    "syntax",
    "encoding",
    "binary",
    "empty",
    "too_large",
    "too_deep",
    "alias_limit",
    "forbidden_tag",
    "duplicate_key",
    "not_a_mapping",
    "unknown_field",
    "missing_field",
    "wrong_type",
    "unknown_value",
    "invalid_value",
    "dates_out_of_order",
    "duplicate_id",
    "dangling_reference",
    "cycle",
    "unknown_term",
    "format_version",
    "missing_dependency",
    "io",
    "not_a_workbook",
    "encrypted",
    "macros",
    "formula",
    "merged_cells",
]
"""The kinds of load problems; each is documented in the docs' error reference."""


def suggest(wrong: str, candidates: Iterable[str]) -> str | None:
    """The candidate closest to ``wrong``, if one is close enough to be a likely typo: the
    "did you mean" of every error message (difflib's ratio, 0.6 as its own default; then a
    match ignoring case).

    >>> suggest("counsil", ["council", "committee"])
    'council'
    >>> suggest("zzz", ["council"]) is None
    True
    """
    pool = list(candidates)
    matches = difflib.get_close_matches(wrong, pool, n=1, cutoff=0.6)
    if matches:
        return matches[0]
    lowered = wrong.casefold()
    for candidate in pool:
        if candidate.casefold() == lowered:
            return candidate
    return None


class PreventionKitError(Exception):
    """The root of every error preventionkit raises on purpose."""


class MissingExtraError(PreventionKitError, ImportError):
    """A feature needs an optional extra that is not installed; the message says which and
    gives the install line (the core installs pydantic and networkx only)."""

    def __init__(self, feature: str, extra: str) -> None:
        self.feature = feature
        self.extra = extra
        self.install = f"pip install 'preventionkit[{extra}]'"
        super().__init__(
            f"{feature} needs the '{extra}' extra, which is not installed: {self.install}"
        )


def require_extra(feature: str, extra: str, *modules: str) -> None:
    """Raise :class:`MissingExtraError` unless every module in ``modules`` can be imported."""
    from importlib.util import find_spec

    for module in modules:
        try:
            found = find_spec(module) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            raise MissingExtraError(feature, extra)


class InvalidArgument(PreventionKitError, TypeError, ValueError):
    """A function was given a value it does not take, e.g. ``loads(42)`` or
    ``loads(text, format="xml")``; the message says what it takes. It is both a
    ``TypeError`` and a ``ValueError``, so either ``except`` catches it."""


class OutputTooLarge(PreventionKitError, ValueError):
    """A writer would produce more text than its cap (issue 21): nothing is written.

    ``what`` names the output (``"HTML report"``), ``size`` is how many characters it
    reached and ``limit`` the cap."""

    def __init__(self, what: str, size: int, limit: int) -> None:
        self.what, self.size, self.limit = what, size, limit
        super().__init__(
            f"the {what} would be {size:,} characters, more than the limit of {limit:,}; "
            "check the plan for text repeated many times, or export a smaller part of it"
        )

    def __reduce__(self) -> tuple[type[OutputTooLarge], tuple[str, int, int]]:
        return (type(self), (self.what, self.size, self.limit))


@dataclass(frozen=True, slots=True)
class LoadIssue:
    """One problem in a plan file: what, where, and what to do about it."""

    kind: IssueKind
    message: str
    file: str | None = None
    line: int | None = None
    column: int | None = None
    path: str = ""
    hint: str | None = None
    cell: str | None = None
    """The spreadsheet cell (``Aktiviteter!D14``) when the plan is a workbook or CSV file;
    ``line`` and ``column`` are then the cell's row and column."""

    def location(self) -> str:
        """``file:line:column`` as far as known; ``file:Sheet!D14`` in a workbook."""
        if self.cell is not None:
            return f"{self.file or '<input>'}:{self.cell}"
        parts = [self.file or "<input>"]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def __str__(self) -> str:
        where = self.location()
        path = f" {self.path}:" if self.path else ""
        hint = f" (hint: {self.hint})" if self.hint else ""
        return f"{where}:{path} {self.message}{hint} [{self.kind}]"


class PlanLoadError(PreventionKitError, ValueError):
    """A plan could not be loaded; ``issues`` lists every problem found, in file order."""

    def __init__(self, issues: Sequence[LoadIssue], *, truncated: bool = False) -> None:
        self.issues: tuple[LoadIssue, ...] = tuple(issues)
        self.truncated = truncated
        super().__init__(self._text())

    def _text(self) -> str:
        lines = [str(issue) for issue in self.issues]
        if self.truncated:
            lines.append("… more problems were found; fix these and load again")
        return "\n".join(lines)

    @property
    def file(self) -> str | None:
        """The file the issues are in, if the plan came from one."""
        return self.issues[0].file if self.issues else None
