"""A message: a stable key and typed parameters, rendered to text late and in one place.

Like pydantic-core's errors (a ``type`` plus a ``ctx``), analysis returns :class:`Message`
data and only :func:`~preventionkit.messages.render` turns it into words, so every sentence
the library says lives in a catalogue (design.md, "Direction for the second round").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Protocol, TypeAlias, runtime_checkable

__all__ = ["Labelled", "Localized", "Message", "Param", "message", "plain"]


@runtime_checkable
class Labelled(Protocol):
    """A value that is rendered through a catalogue key of its own (a vocabulary term's
    label, for instance, is the message ``vocab.<vocabulary>.<code>``)."""

    @property
    def message_key(self) -> str:
        """The catalogue key of this value's label."""
        ...


@dataclass(frozen=True, slots=True)
class Localized:
    """Text that the data itself gives in several languages, such as a programme's Swedish
    and English names in the catalogue: rendered in the asked language when the data has it,
    else in its original language (the first given), never translated by the library.

    >>> name = Localized((("sv", "Mentorer i våldsprevention"), ("en", "Mentors in VP")))
    >>> name.get("en"), name.get("nb")
    ('Mentors in VP', 'Mentorer i våldsprevention')
    """

    texts: tuple[tuple[str, str], ...]

    def __post_init__(self) -> None:
        if not self.texts:
            raise ValueError("Localized needs at least one text")

    def get(self, lang: str) -> str:
        """The text in ``lang``, else in the original language."""
        for code, text in self.texts:
            if code == lang:
                return text
        return self.texts[0][1]


Param: TypeAlias = Any
"""A message parameter: plan text as written (``str``, rendered verbatim), a count
(``int``/``float``; a parameter named ``n`` chooses the plural form), a date (ISO 8601), a
:class:`Labelled` value, data given in several languages (:class:`Localized`), a nested
:class:`Message`, or a tuple of these (a list "A, B and C")."""


def _frozen(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return tuple(_frozen(v) for v in value)
    if isinstance(value, set | frozenset):
        return tuple(sorted((_frozen(v) for v in value), key=str))
    return value


@dataclass(frozen=True, slots=True)
class Message:
    """A stable ``key`` (e.g. ``"rule.PK101.message"``) and the ``params`` its text is filled
    with. Equal messages have equal keys and parameters; messages pickle and hash."""

    key: str
    params: Mapping[str, Param] = field(default_factory=lambda: MappingProxyType({}))
    default: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """Templates per language for a key no installed catalogue has (as gettext falls back to
    the msgid): a rule written in a script brings its words this way."""

    def __post_init__(self) -> None:
        if not isinstance(self.params, MappingProxyType):
            frozen = {k: _frozen(v) for k, v in self.params.items()}
            object.__setattr__(self, "params", MappingProxyType(frozen))
        if not isinstance(self.default, MappingProxyType):
            object.__setattr__(self, "default", MappingProxyType(dict(self.default)))

    def __hash__(self) -> int:
        return hash((self.key, tuple(sorted((k, _hashable(v)) for k, v in self.params.items()))))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return self.key == other.key and dict(self.params) == dict(other.params)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Message, (self.key, dict(self.params), dict(self.default)))

    def __repr__(self) -> str:
        inner = ", ".join(f"{k}={v!r}" for k, v in self.params.items())
        return f"Message({self.key!r}{', ' if inner else ''}{inner})"

    def __str__(self) -> str:
        """The message in the library's default language."""
        return self.render()

    def render(self, lang: str | None = None) -> str:
        """This message as text in ``lang`` (the library default when None)."""
        from ._render import render

        return render(self, lang)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data: ``{"key": ..., "params": {...}}`` with terms as their code, dates
        in ISO 8601 and nested messages as dicts."""
        return {"key": self.key, "params": {k: _plain(v) for k, v in self.params.items()}}


def _hashable(value: Any) -> Any:
    if isinstance(value, Mapping):
        return tuple(sorted(value.items()))
    return value


def _plain(value: Any) -> Any:
    if isinstance(value, Message):
        return value.to_dict()
    if isinstance(value, Localized):
        return dict(value.texts)
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, bool | int | float) or value is None:
        return value
    if isinstance(value, str):
        return str(value)  # a vocabulary term is a str subclass: its code
    if isinstance(value, dt.date) or hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def message(key: str, /, **params: Param) -> Message:
    """A :class:`Message` with ``key`` and ``params``.

    >>> message("rule.PK101.message", level="universal")
    Message('rule.PK101.message', level='universal')
    """
    return Message(key, params)


def plain(text: str) -> Message:
    """Text that is already in its final form (a name the user wrote, a path): rendered as is
    in every language, through the catalogue key ``text``."""
    return Message("text", {"text": text})
