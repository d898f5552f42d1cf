"""The exceptions preventionkit raises: one root, and a load error that points at the line.

``PreventionKitError`` is the root. ``PlanLoadError`` carries every problem found in a file
(up to a limit) as :class:`LoadIssue` records, each with file, line, column, field path,
message and hint, so a person can fix them all in one pass.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from .messages import Message, default_lang, render, text

__all__ = ["IssueKind", "LoadIssue", "PlanLoadError", "PreventionKitError", "suggest"]

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


@dataclass(frozen=True, slots=True)
class LoadIssue:
    """One problem in a plan file: what, where, and what to do about it.

    ``message`` and ``hint`` are data (catalogue keys ``load.<kind>…`` and their parameters),
    rendered late by :meth:`text` and :meth:`hint_text` in any language.
    """

    kind: IssueKind
    message: Message
    file: str | None = None
    line: int | None = None
    column: int | None = None
    path: str = ""
    hint: Message | None = None

    def text(self, lang: str | None = None) -> str:
        """The message in ``lang`` (the library default when None)."""
        return render(self.message, lang)

    def hint_text(self, lang: str | None = None) -> str | None:
        """The hint in ``lang`` (the library default when None), or None."""
        return render(self.hint, lang) if self.hint is not None else None

    def location(self) -> str:
        """``file:line:column`` as far as known."""
        parts = [self.file or "<input>"]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def format(self, lang: str | None = None) -> str:
        """``file:line:column: path: message (hint: …) [kind]`` in ``lang``."""
        lang = lang or default_lang()
        where = self.location()
        path = f" {self.path}:" if self.path else ""
        hint_text = self.hint_text(lang)
        hint = f" ({text('load.hint', lang, hint=hint_text)})" if hint_text else ""
        return f"{where}:{path} {self.text(lang)}{hint} [{self.kind}]"

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """JSON-ready data: where, the rendered message and hint, and the message as data."""
        data = self.message.to_dict()
        return {
            "kind": self.kind,
            "message": self.text(lang),
            "key": data["key"],
            "params": data["params"],
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "path": self.path,
            "hint": self.hint_text(lang),
        }

    def __str__(self) -> str:
        return self.format()


class PlanLoadError(PreventionKitError, ValueError):
    """A plan could not be loaded; ``issues`` lists every problem found, in file order."""

    def __init__(self, issues: Sequence[LoadIssue], *, truncated: bool = False) -> None:
        self.issues: tuple[LoadIssue, ...] = tuple(issues)
        self.truncated = truncated
        super().__init__(self._text())

    def _text(self) -> str:
        return self.format()

    def format(self, lang: str | None = None) -> str:
        """Every issue on its own line in ``lang`` (the library default when None)."""
        lines = [issue.format(lang) for issue in self.issues]
        if self.truncated:
            lines.append(text("cli.more_problems", lang))
        return "\n".join(lines)

    @property
    def file(self) -> str | None:
        """The file the issues are in, if the plan came from one."""
        return self.issues[0].file if self.issues else None
