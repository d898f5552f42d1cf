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

from .messages import Message, default_lang, message, render, text

__all__ = [
    "InvalidArgument",
    "IssueKind",
    "LoadIssue",
    "MissingExtraError",
    "OutputTooLarge",
    "PlanLoadError",
    "PreventionKitError",
    "named",
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
    """The root of every error preventionkit raises on purpose.

    ``str()`` of an error is for programmers (in the library's default language, English
    unless ``PREVENTIONKIT_LANG`` says otherwise); :meth:`text` is what a person reads, in
    any language: the command line prints it in ``--lang``."""

    def text(self, lang: str | None = None) -> str:
        """The error in ``lang`` (the library default when None)."""
        return str(self)


def named(prefix: str, name: str) -> Message:
    """The catalogue word for an English ``name`` the code passes around (``"HTML report"``
    is ``<prefix>.html_report``); a name no catalogue has is shown as given, so a third
    party's own name still reads (see :attr:`Message.default`)."""
    key = "_".join(name.casefold().replace("'", "").replace("-", " ").split())
    return Message(f"{prefix}.{key}", {}, {"en": name})


class MissingExtraError(PreventionKitError, ImportError):
    """A feature needs an optional extra that is not installed; the message says which and
    gives the install line (the core installs pydantic and networkx only)."""

    def __init__(self, feature: str, extra: str) -> None:
        self.feature = feature
        self.extra = extra
        self.install = f"pip install 'preventionkit[{extra}]'"
        self.message = message(
            "error.missing_extra",
            feature=named("error.feature", feature),
            extra=extra,
            install=self.install,
        )
        super().__init__(render(self.message, "en"))

    def text(self, lang: str | None = None) -> str:
        """The error in ``lang``."""
        return render(self.message, lang)

    def __reduce__(self) -> tuple[type[MissingExtraError], tuple[str, str]]:
        return (type(self), (self.feature, self.extra))


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
    ``TypeError`` and a ``ValueError``, so either ``except`` catches it.

    ``message`` is a catalogue message (``str()`` renders it in English, for the programmer
    who called the function) or, from a third party, text as given."""

    def __init__(self, message: Message | str) -> None:
        self.message = message
        super().__init__(render(message, "en") if isinstance(message, Message) else message)

    def text(self, lang: str | None = None) -> str:
        """The error in ``lang``."""
        if isinstance(self.message, Message):
            return render(self.message, lang)
        return self.message

    def __reduce__(self) -> tuple[type[InvalidArgument], tuple[Message | str]]:
        return (type(self), (self.message,))


class OutputTooLarge(PreventionKitError, ValueError):
    """A writer would produce more text than its cap (issue 21): nothing is written.

    ``what`` names the output (``"HTML report"``), ``size`` is how many characters it
    reached and ``limit`` the cap."""

    def __init__(self, what: str, size: int, limit: int) -> None:
        self.what, self.size, self.limit = what, size, limit
        self.message = message(
            "error.output_too_large", what=named("error.output", what), size=size, limit=limit
        )
        super().__init__(render(self.message, "en"))

    def text(self, lang: str | None = None) -> str:
        """The error in ``lang``."""
        return render(self.message, lang)

    def __reduce__(self) -> tuple[type[OutputTooLarge], tuple[str, int, int]]:
        return (type(self), (self.what, self.size, self.limit))


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
    cell: str | None = None
    """The spreadsheet cell (``Aktiviteter!D14``) when the plan is a workbook or CSV file;
    ``line`` and ``column`` are then the cell's row and column."""

    def text(self, lang: str | None = None) -> str:
        """The message in ``lang`` (the library default when None)."""
        return render(self.message, lang)

    def hint_text(self, lang: str | None = None) -> str | None:
        """The hint in ``lang`` (the library default when None), or None."""
        return render(self.hint, lang) if self.hint is not None else None

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

    def format(self, lang: str | None = None) -> str:
        """``file:line:column: path: message (hint: …) [kind]`` in ``lang``."""
        lang = lang or default_lang()
        where = self.location()
        path = f" {self.path}:" if self.path else ""
        hint_text = self.hint_text(lang)
        hint = f" ({text('load.hint', lang, hint=hint_text)})" if hint_text else ""
        return f"{where}:{path} {self.text(lang)}{hint} [{self.kind}]"

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """JSON-ready data: where, the rendered message and hint, and the message as data;
        ``cell`` only for a workbook or CSV file."""
        data = self.message.to_dict()
        out: dict[str, Any] = {
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
        if self.cell is not None:
            out["cell"] = self.cell
        return out

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

    def text(self, lang: str | None = None) -> str:
        """Every issue on its own line in ``lang`` (see :meth:`format`)."""
        return self.format(lang)

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
