"""The base class of every controlled vocabulary: a string enum with labels in two languages."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from enum import StrEnum
from typing import Literal, Self

__all__ = ["Lang", "Term", "label", "term_for"]

Lang = Literal["sv", "en"]
"""A language the library speaks: Swedish (``sv``) or English (``en``)."""


class Term(StrEnum):
    """A vocabulary member: an English snake_case value with a Swedish and an English label.

    Members are declared as ``NAME = ("value", "sv label", "en label", "description", "source")``;
    the value is what plan files hold, the labels are what people read, and ``source`` names
    the section of the source documents the term rests on (e.g. ``"002 §1.8"``).
    """

    sv: str
    en: str
    description: str
    source: str

    def __new__(cls, value: str, sv: str, en: str, description: str, source: str) -> Self:
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.sv = sv
        obj.en = en
        obj.description = description
        obj.source = source
        return obj

    def label(self, lang: Lang = "en") -> str:
        """This term's label in ``lang`` (``"sv"`` or ``"en"``; anything else is a ``ValueError``)."""
        if lang == "sv":
            return self.sv
        if lang == "en":
            return self.en
        raise ValueError(f"lang must be 'sv' or 'en', not {lang!r}")


def label(member: Term, lang: Lang = "en") -> str:
    """The label of a vocabulary member in English (``"en"``, the default, as everywhere in the
    library) or Swedish (``"sv"``).

    >>> from preventionkit.vocab import PreventionLevel
    >>> label(PreventionLevel.INDICATED)
    'indicated'
    >>> label(PreventionLevel.INDICATED, lang="sv")
    'indikerad'
    """
    return member.label(lang)


def term_for(text: str, terms: Iterable[Term]) -> tuple[Term, str] | None:
    """The term ``text`` most likely means, judged by its code and its Swedish and English
    labels, and which of them matched (``"value"``, ``"sv"`` or ``"en"``); None if none is
    close. A plan holding ``samhälle`` or ``nämnd`` (the labels the library itself prints)
    then gets *did you mean 'society'?* (issue 12 item 7). Exact matches, ignoring case,
    come first; then the closest by :func:`difflib.get_close_matches`.
    """
    names: dict[str, tuple[Term, str]] = {}
    for term in terms:
        for kind, name in (("value", term.value), ("sv", term.sv), ("en", term.en)):
            names.setdefault(name.casefold(), (term, kind))
    wanted = text.strip().casefold()
    if wanted in names:
        return names[wanted]
    close = difflib.get_close_matches(wanted, list(names), n=1, cutoff=0.6)
    return names[close[0]] if close else None
