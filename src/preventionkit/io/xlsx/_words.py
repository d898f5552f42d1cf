"""Every word the workbook shows: sheet names, column headers, notes, yes/no, in sv, en and nb.

The words live in the message catalogue under ``xlsx.<key>`` and are read through
:func:`word` and :func:`spellings`. Keys are field paths: ``sheet:<kind>`` for a sheet
name, ``<kind>.<field path>`` for a column header that differs in one sheet, ``<field path>``
for a header shared by every sheet that has the field, ``note:<kind>`` for the note on a
sheet's example row. Vocabulary labels are not here: they come from :mod:`preventionkit.vocab`.

Norwegian (bokmål) words are those Norwegian municipal plans use (*tiltak*, *ansvarlig*,
*målgruppe*, *vedtak*, *oppfølging*, *opplysningsplikt*); where a term has no settled
Norwegian use, the plain word is written, never a coined one.
"""

from __future__ import annotations

from typing import Literal

from ...messages import text

__all__ = ["LANGS", "SheetLang", "has_word", "spellings", "word"]

SheetLang = Literal["sv", "en", "nb"]
"""The languages a workbook can be written in: Swedish, English, Norwegian bokmål."""

LANGS: tuple[SheetLang, ...] = ("sv", "en", "nb")

# Words a cell may hold for true and false besides the three languages' yes and no.
_TRUE_EXTRA = ("true", "sant", "sann", "x", "1")
_FALSE_EXTRA = ("false", "falskt", "usann", "0")


def word(key: str, lang: SheetLang) -> str:
    """The word for ``key`` in ``lang``: the catalogue's ``xlsx.<key>`` (a ``KeyError`` for
    a key the catalogue does not have)."""
    if not has_word(key):
        raise KeyError(key)
    return text(f"xlsx.{key}", lang)


def has_word(key: str) -> bool:
    """Whether the catalogue has a workbook word for ``key``."""
    return text(f"xlsx.{key}", "en") != f"xlsx.{key}"


def spellings(key: str) -> tuple[str, ...]:
    """Every spelling of ``key`` (sv, en, nb; duplicates dropped), for reading any language."""
    found = [word(key, lang) for lang in LANGS]
    if key == "yes":
        found += _TRUE_EXTRA
    elif key == "no":
        found += _FALSE_EXTRA
    return tuple(dict.fromkeys(found))
