"""Cell values: plan values to cells and back, lists in one cell, labels to codes.

Text cells are escaped as ECMA-376 Part 1 §22.9.2.19 (``ST_Xstring``) prescribes and Excel does:
a character XML 1.0 cannot hold (control characters, a carriage return the XML parser would
fold into a line feed) is written ``_xHHHH_``, and a literal ``_xHHHH_`` in the text has its
underscore written ``_x005F_``. openpyxl leaves this to the caller (it refuses control
characters and does not unescape on reading), so it is done here, in both directions.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Sequence

from ...errors import PreventionKitError
from ...messages import Message, render
from ...messages import message as msg
from ...model.dates import PartialDate
from ...vocab import Term
from ...vocab.extra import EXTRA_TERM_PATTERN, OPEN_VOCABULARIES, TermDeclaration
from ._words import LANGS, SheetLang, spellings

__all__ = [
    "MAX_CELL",
    "CellTooLong",
    "ListItemError",
    "Terms",
    "WorkbookWriteError",
    "bool_lookup",
    "date_cell",
    "escape_text",
    "join_list",
    "label_of",
    "normal",
    "split_list",
    "term_lookup",
    "unescape_text",
]

MAX_CELL = 32_767
"""The most characters an Excel cell holds (Excel specifications and limits)."""

_NEEDS_ESCAPE = re.compile("[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")
_ESCAPED = re.compile("_x([0-9A-Fa-f]{4})_")


class WorkbookWriteError(PreventionKitError, ValueError):
    """A plan cannot be written as a workbook; ``message`` says why, in any language
    (``export.xlsx.*``), and ``str()`` in English."""

    def __init__(self, message: Message) -> None:
        self.message = message
        super().__init__(render(message, "en"))

    def text(self, lang: str | None = None) -> str:
        """The problem in ``lang``."""
        return render(self.message, lang)

    def at(self, where: str) -> WorkbookWriteError:
        """The same problem, located at the field path ``where``."""
        return type(self)(msg("export.xlsx.at", where=where, problem=self.message))

    def __reduce__(self) -> tuple[type[WorkbookWriteError], tuple[Message]]:
        return (type(self), (self.message,))


class CellTooLong(WorkbookWriteError):
    """A text is longer than a spreadsheet cell can hold."""


class ListItemError(WorkbookWriteError):
    """A list item cannot be written into one cell of a list (empty, or holds a line break)."""


def escape_text(text: str) -> str:
    """``text`` as a cell string: characters XML cannot hold, and literal escapes, escaped."""
    return _NEEDS_ESCAPE.sub(lambda m: f"_x{ord(m.group()):04X}_", text)


def unescape_text(text: str) -> str:
    """The inverse of :func:`escape_text` (and of Excel's own escaping)."""
    if "_x" not in text:
        return text
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)


def join_list(items: Iterable[str]) -> str:
    """Items for one cell: ``a; b`` when that reads back the same, else one item per line.

    A lone item that holds ``;`` or starts or ends with a space ends with a line break, so it
    is read back as one item, exactly. An empty item, or one with a line break, cannot be kept
    in a list cell and raises :class:`ListItemError`.
    """
    values = list(items)
    for v in values:
        if v == "" or "\n" in v or "\r" in v:
            raise ListItemError(msg("export.xlsx.list_item", item=repr(v)))
    plain = all(";" not in v and v == v.strip() for v in values)
    if plain:
        return "; ".join(values)
    if len(values) == 1:
        return values[0] + "\n"
    return "\n".join(values)


def split_list(text: str) -> list[str]:
    """The items of a list cell: one per line when it has line breaks (kept exactly, empty
    lines dropped), else separated by ``;`` (spaces around each item and empty items
    dropped)."""
    text = text.replace("\r\n", "\n")
    if "\n" in text:
        return [item for item in text.split("\n") if item != ""]
    return [item.strip() for item in text.split(";") if item.strip()]


def date_cell(value: PartialDate) -> dt.date | str:
    """A date known to the day as a real spreadsheet date (sortable, shown in the reader's
    locale); a year or a month as text, so that it stays partial. Years before 1901 are text
    too: spreadsheet dates start in 1900 and that year's serial numbers are ambiguous."""
    if value.day is not None and value.month is not None and value.year >= 1901:
        return dt.date(value.year, value.month, value.day)
    return str(value)


def normal(text: str) -> str:
    """A label or header as compared: Unicode NFC, case folded, spaces collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def label_of(term: Term, lang: SheetLang) -> str:
    """A vocabulary term's label in ``lang``, from the message catalogue."""
    return term.label(lang)


def term_lookup(vocab: type[Term], extra: Sequence[TermDeclaration] = ()) -> dict[str, str]:
    """Every accepted spelling of every term of ``vocab`` (code, labels in each language) and
    of the ``extra`` terms declared for it (code, every declared label), normalised, to its
    code. A spelling two terms share maps to neither (it is ambiguous)."""
    found: dict[str, set[str]] = {}
    for term in vocab:
        names = {
            term.value,
            term.value.replace("_", " "),
            *(label_of(term, lang) for lang in LANGS),
        }
        for name in names:
            found.setdefault(normal(name), set()).add(term.value)
    for declared in extra:
        for name in {declared.code, *declared.labels.values()}:
            found.setdefault(normal(name), set()).add(declared.code)
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


_EXTRA = re.compile(EXTRA_TERM_PATTERN)


def _pack_terms() -> list[TermDeclaration]:
    from ...plugins import installed_packs

    return [
        t
        for pack in installed_packs()
        for t in getattr(pack, "terms", ())
        if isinstance(t, TermDeclaration)
    ]


class Terms:
    """The terms a workbook's vocabulary cells may name: the built-in ones, and the extra
    terms (``x-<ns>:<code>``) the plan declares on its own-terms sheet or an installed pack
    declares, each by its code or any of its labels. The writer asks it for the text to
    write (a label only where it reads back to the same term, else the code), the reader for
    the code a cell names."""

    def __init__(self, declared: Iterable[TermDeclaration] = ()) -> None:
        self._extra = [*declared, *_pack_terms()]
        self._cache: dict[type[Term], dict[str, str]] = {}

    def lookup(self, vocab: type[Term]) -> dict[str, str]:
        """Every accepted spelling of a term of ``vocab``, normalised, to its code."""
        if vocab not in self._cache:
            extra = [t for t in self._extra if OPEN_VOCABULARIES.get(t.vocabulary) is vocab]
            self._cache[vocab] = term_lookup(vocab, extra)
        return self._cache[vocab]

    def code(self, vocab: type[Term], text: str) -> str | None:
        """The code ``text`` names in ``vocab``; an ``x-<ns>:<code>`` as written (plan
        validation says whether it is declared); None when it names no term."""
        found = self.lookup(vocab).get(normal(text))
        if found is None and _EXTRA.match(text.strip()):
            return text.strip()
        return found

    def text(self, vocab: type[Term], term: Term | str, lang: SheetLang) -> str:
        """What a cell holds for ``term``: its label in ``lang`` where that reads back to it,
        else its code."""
        label = term.label(lang) if hasattr(term, "label") else str(term)
        code = term.value if isinstance(term, Term) else str(term)
        return label if self.lookup(vocab).get(normal(label)) == code else code

    def labels(self, vocab: type[Term], lang: SheetLang) -> list[str]:
        """What a drop-down of ``vocab`` offers: every built-in and declared term."""
        declared = [t.term() for t in self._extra if OPEN_VOCABULARIES.get(t.vocabulary) is vocab]
        terms: list[Term | str] = [*vocab, *declared]
        return list(dict.fromkeys(self.text(vocab, t, lang) for t in terms))


def bool_lookup() -> dict[str, bool]:
    """Every accepted spelling of yes and no, normalised."""
    out = {normal(w): True for w in spellings("yes")}
    out.update({normal(w): False for w in spellings("no")})
    return out
