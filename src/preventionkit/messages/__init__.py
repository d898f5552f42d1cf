"""Every word the library says: messages (a key and typed parameters) rendered from one
gettext catalogue per language (``sv``, ``en``, ``nb``), late and in one place.

The lowest layer of the package: it imports nothing else from preventionkit.

>>> from preventionkit.messages import format_list, message, render
>>> format_list(["A", "B", "C"], "sv")
'A, B och C'
>>> render(message("yes"), "nb")
'ja'
"""

from ._catalogue import (
    BUILTIN_LANGUAGES,
    ENTRY_POINT_GROUP,
    ENV_VAR,
    UnknownLanguageError,
    available_languages,
    check_lang,
    clear_caches,
    default_lang,
)
from ._message import Labelled, Localized, Message, Param, message, plain
from ._render import cite, format_list, render, text

__all__ = [
    "BUILTIN_LANGUAGES",
    "ENTRY_POINT_GROUP",
    "ENV_VAR",
    "Labelled",
    "Localized",
    "Message",
    "Param",
    "UnknownLanguageError",
    "available_languages",
    "check_lang",
    "cite",
    "clear_caches",
    "default_lang",
    "format_list",
    "message",
    "plain",
    "render",
    "text",
]
