"""Turning a :class:`~preventionkit.messages.Message` into text: the one place where the
library makes words (design.md, "Text is rendered once")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from ._catalogue import check_lang, default_lang, translations
from ._message import Localized, Message

__all__ = ["cite", "format_list", "render", "text"]

_LIST_KEYS = ("list.2", "list.start", "list.middle", "list.end")
_PAGE = re.compile(r"\bp\. ?(\d[\d–-]*)")


def _lookup(key: str, lang: str, n: int | None = None) -> str:
    cat = translations(lang)
    if n is None:
        return cat.gettext(key)
    found = cat.ngettext(key, key, n)
    # A message may take a count without having plural forms (a hint sharing its
    # message's parameters): then its one form is the text.
    return found if found != key else cat.gettext(key)


def format_list(items: Sequence[str], lang: str | None = None) -> str:
    """``items`` as a list in ``lang``: "A, B and C", "A, B och C", "A, B og C".

    The patterns are CLDR's ("standard" list patterns), kept in each catalogue under
    ``list.2``, ``list.start``, ``list.middle`` and ``list.end`` so that a new language
    brings its own; a test checks the built-in ones against Babel's CLDR data.
    """
    lang = check_lang(lang) if lang is not None else default_lang()
    parts = list(items)
    if not parts:
        return ""
    if len(parts) == 1:
        return parts[0]
    two, start, middle, end = (_lookup(k, lang) for k in _LIST_KEYS)
    if len(parts) == 2:
        return two.format(parts[0], parts[1])
    result = end.format(parts[-2], parts[-1])
    for item in reversed(parts[1:-2]):
        result = middle.format(item, result)
    return start.format(parts[0], result)


def _number(value: int, lang: str) -> str:
    """A whole number with the language's digit grouping (CLDR's group symbol, kept in the
    catalogue as ``number.group``; a test checks it against Babel): 100,001 / 100 001."""
    return f"{value:,}".replace(",", _lookup("number.group", lang))


def _word(value: Any, lang: str) -> str:
    if isinstance(value, Message):
        return render(value, lang)
    key = getattr(value, "message_key", None)
    if isinstance(key, str):
        found = _lookup(key, lang)
        label = getattr(value, "label", None)
        if found == key and callable(label):
            # A term declared by a plan or a pack carries its labels itself (issue 14).
            return str(label(lang))
        return found
    if isinstance(value, Localized):
        return value.get(lang)
    if isinstance(value, bool):
        return _lookup("yes" if value else "no", lang)
    if isinstance(value, int):
        return _number(value, lang)
    if isinstance(value, str | float):
        return str(value)
    if isinstance(value, tuple):
        return format_list([_word(v, lang) for v in value], lang)
    if isinstance(value, dt.date) or hasattr(value, "isoformat"):
        # ISO 8601 in every language: the standard date format in Sweden and Norway
        # (SS-ISO 8601, NS-ISO 8601), unambiguous in English, and it keeps a partial
        # date's precision ("2019-06") without inventing a day.
        return str(value.isoformat())
    return str(value)


def render(msg: Message, lang: str | None = None) -> str:
    """The text of ``msg`` in ``lang`` (the default language when None).

    A parameter named ``n`` chooses the plural form by the language's CLDR plural rule.
    """
    lang = check_lang(lang) if lang is not None else default_lang()
    n = msg.params.get("n")
    count = n if isinstance(n, int) and not isinstance(n, bool) else None
    template = _lookup(msg.key, lang, count)
    if template == msg.key and msg.default:
        for code in (lang, "en"):
            if code in msg.default:
                template = msg.default[code]
                break
    words = {k: _word(v, lang) for k, v in msg.params.items()}
    return template.format_map(words)


def text(key: str, lang: str | None = None, /, **params: Any) -> str:
    """Shorthand for ``render(message(key, **params), lang)``."""
    return render(Message(key, params), lang)


def cite(source: str, lang: str | None = None) -> str:
    """A source citation as ``lang`` writes it: the library keeps citations in one form
    (``"001 p. 12, p. 15; 002 §1.8"``) and each catalogue says how a page is cited
    (``cite.page``: ``p. 12`` in English, ``s. 12`` in Swedish and Norwegian).

    >>> cite("001 p. 8–9; 002 §1.8", "sv")
    '001 s. 8–9; 002 §1.8'
    """
    lang = check_lang(lang) if lang is not None else default_lang()
    page = _lookup("cite.page", lang)
    return _PAGE.sub(lambda m: page.format(page=m.group(1)), source)
