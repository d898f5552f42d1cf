"""The base class of every controlled vocabulary: a string enum whose labels and descriptions
live in the message catalogue of each language (``vocab.<vocabulary>.<code>``)."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from enum import StrEnum
from typing import Self, TypeAlias

from ..messages import BUILTIN_LANGUAGES, Labelled, text

__all__ = ["Lang", "Term", "label", "term_for"]

Lang: TypeAlias = str
"""A language code with an installed catalogue (``"sv"``, ``"en"``, ``"nb"`` built in; see
:func:`preventionkit.messages.available_languages`); checked by
:func:`preventionkit.messages.check_lang`."""

_CAMEL = re.compile(r"(?<!^)(?=[A-Z])")


class Term(StrEnum):
    """A vocabulary member: an English snake_case value (what plan files hold) with the
    ``source`` section it rests on (e.g. ``"002 §1.8"``).

    Members are declared as ``NAME = ("value", "source")``; what people read, the label and
    the one-line description, is in the catalogue under :attr:`message_key` and
    ``<message_key>.description`` in every language.
    """

    source: str

    def __new__(cls, value: str, source: str) -> Self:
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.source = source
        return obj

    @classmethod
    def vocabulary(cls) -> str:
        """The vocabulary's name in catalogue keys: the class name in snake_case
        (``PreventionLevel`` → ``prevention_level``)."""
        return _CAMEL.sub("_", cls.__name__).lower()

    @property
    def message_key(self) -> str:
        """The catalogue key of this term's label, ``vocab.<vocabulary>.<code>``."""
        return f"vocab.{self.vocabulary()}.{self.value}"

    def label(self, lang: Lang | None = None) -> str:
        """This term's label in ``lang`` (the library default when None; see
        :func:`preventionkit.messages.default_lang`)."""
        return text(self.message_key, lang)

    def description(self, lang: Lang | None = None) -> str:
        """This term's one-line description in ``lang`` (the library default when None)."""
        return text(f"{self.message_key}.description", lang)


def label(member: Labelled, lang: Lang | None = None) -> str:
    """The label of a vocabulary member in ``lang`` (the library default when None).

    >>> from preventionkit.vocab import PreventionLevel
    >>> label(PreventionLevel.INDICATED, lang="sv")
    'indikerad'
    >>> label(PreventionLevel.INDICATED, lang="nb")
    'indikert'
    >>> label(PreventionLevel.INDICATED, lang="en")
    'indicated'
    """
    return text(member.message_key, lang)


def term_for(written: str, terms: Iterable[Term]) -> tuple[Term, str] | None:
    """The term ``written`` most likely means, judged by its code and its label in each
    built-in language, and which of them matched (``"value"`` or a language code such as
    ``"sv"``); None if none is close. A plan holding ``samhälle`` or ``nämnd`` (the labels the
    library itself prints) then gets *did you mean 'society'?* (issue 12 item 7). Exact
    matches, ignoring case, come first; then the closest by :func:`difflib.get_close_matches`.
    """
    members = list(terms)
    names: dict[str, tuple[Term, str]] = {}
    for term in members:
        names.setdefault(term.value.casefold(), (term, "value"))
    for term in members:
        for lang in BUILTIN_LANGUAGES:
            names.setdefault(term.label(lang).casefold(), (term, lang))
    wanted = written.strip().casefold()
    if wanted in names:
        return names[wanted]
    close = difflib.get_close_matches(wanted, list(names), n=1, cutoff=0.6)
    return names[close[0]] if close else None
