"""Extra vocabulary terms: values a plan or a pack declares beyond the built-in enums.

The built-in vocabularies stay closed enums, so a typo (``kind: counsil``) is still an error
with "did you mean". A term outside them is written in a namespaced form, ``x-<namespace>:<code>``
(e.g. ``x-uk:fire_and_rescue``), and must be *declared* — in the plan's ``vocabulary:``
section or by an installed pack — with its labels, description and source, as the built-in
terms are. An undeclared namespaced value is an error too, naming the declared ones.

Only the vocabularies in :data:`OPEN_VOCABULARIES` take extra terms: the prevention levels and
the levels of the social-ecological model are fixed by the sources (000 Förord; 001 p. 8–9) and
the coverage rules depend on exactly those.

The declared terms in force while a plan is validated are held in a :class:`~contextvars.ContextVar`
(set by :func:`declared_terms`), because a field validator cannot otherwise see the plan's own
``vocabulary:`` section; the variable is scoped to the ``with`` block and to the thread.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from types import MappingProxyType
from typing import Annotated, Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, PlainValidator, StringConstraints
from pydantic_core import PydanticCustomError

from ..errors import suggest
from ._base import Term
from .actors import ActorKind, Sector
from .areas import ViolenceArea
from .arenas import Arena
from .bodies import BodyRole
from .groups import TargetGroup

__all__ = [
    "EXTRA_TERM_PATTERN",
    "OPEN_VOCABULARIES",
    "ExtraTerm",
    "OpenActorKind",
    "OpenArena",
    "OpenBodyRole",
    "OpenSector",
    "OpenTargetGroup",
    "OpenViolenceArea",
    "OpenVocabulary",
    "TermDeclaration",
    "declared_terms",
    "open_term",
    "resolve_term",
]

EXTRA_TERM_PATTERN = r"^x-[a-z0-9]+(?:-[a-z0-9]+)*:[a-z0-9]+(?:[_-][a-z0-9]+)*$"
"""``x-`` + a namespace (lower-case letters, digits, hyphens) + ``:`` + a snake_case code, e.g.
``x-uk:fire_and_rescue``. The ``x-`` prefix keeps extra terms apart from any built-in value,
now and in later releases (as ``X-`` headers and ``x-`` keys in OpenAPI do)."""

_EXTRA = re.compile(EXTRA_TERM_PATTERN)

OpenVocabulary = Literal[
    "actor_kind", "arena", "body_role", "sector", "target_group", "violence_area"
]
"""The vocabularies that take extra terms, by the name a declaration gives."""

OPEN_VOCABULARIES: Mapping[str, type[Term]] = MappingProxyType(
    {
        "actor_kind": ActorKind,
        "arena": Arena,
        "body_role": BodyRole,
        "sector": Sector,
        "target_group": TargetGroup,
        "violence_area": ViolenceArea,
    }
)
"""Each open vocabulary's name and its built-in enum."""

ExtraCode = Annotated[
    str,
    StringConstraints(pattern=EXTRA_TERM_PATTERN, max_length=128),
    Field(
        description="A namespaced extra term, 'x-<namespace>:<code>' (e.g. 'x-uk:fire_and_rescue'),"
        " declared in the plan's 'vocabulary:' section or by an installed pack.",
        examples=["x-uk:fire_and_rescue"],
    ),
]


class TermDeclaration(BaseModel):
    """The declaration of an extra term: its code, the vocabulary it extends, its labels per
    language, what it means and where that comes from — what every built-in term has too."""

    # Every field states its description; built on first use, not at import (issue 20).
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    code: ExtraCode
    vocabulary: OpenVocabulary = Field(description="The vocabulary it extends, e.g. 'actor_kind'.")
    labels: dict[Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")], str] = Field(
        min_length=1,
        description="Its label per language code, e.g. {en: Fire and rescue authority}.",
    )
    description: str | None = Field(default=None, description="What the term means.")
    source: str = Field(
        min_length=1, description="Where the term comes from, e.g. an act or a guidance section."
    )

    def term(self) -> ExtraTerm:
        """The term as a value of a plan field."""
        return ExtraTerm(self)


class ExtraTerm(str):
    """A declared extra term as it stands in a plan field: a string equal to its code, with the
    labels, description and source of its declaration (the same reading API as a built-in
    :class:`~preventionkit.vocab.Term`)."""

    declaration: TermDeclaration

    def __new__(cls, declaration: TermDeclaration) -> Self:
        obj = str.__new__(cls, declaration.code)
        obj.declaration = declaration
        return obj

    def __reduce__(self) -> tuple[Any, ...]:
        return (ExtraTerm, (self.declaration,))

    @property
    def value(self) -> str:
        """The code, as a plan file holds it."""
        return str(self)

    @property
    def vocabulary(self) -> str:
        """The vocabulary it extends."""
        return self.declaration.vocabulary

    @property
    def description(self) -> str:
        """What the term means (empty when the declaration says nothing)."""
        return self.declaration.description or ""

    @property
    def source(self) -> str:
        """Where the term comes from."""
        return self.declaration.source

    @property
    def message_key(self) -> str:
        """The key of its label in message catalogues: ``vocab.<vocabulary>.<code>``."""
        return f"vocab.{self.vocabulary}.{self}"

    @property
    def sv(self) -> str:
        """The Swedish label (the English one, or the code, when none is declared)."""
        return self.label("sv")

    @property
    def en(self) -> str:
        """The English label (the code when none is declared)."""
        return self.label("en")

    def label(self, lang: str = "en") -> str:
        """The label in ``lang``; falls back to English, then to the code."""
        labels = self.declaration.labels
        return labels.get(lang) or labels.get("en") or str(self)


_DECLARED: ContextVar[Mapping[str, TermDeclaration]] = ContextVar(
    "preventionkit_declared_terms", default=MappingProxyType({})
)


@contextmanager
def declared_terms(terms: Iterable[TermDeclaration]) -> Iterator[None]:
    """Make ``terms`` known to plan validation inside the ``with`` block (on top of any
    declared by an enclosing block and of the installed packs' terms).

    >>> from preventionkit.model import Actor
    >>> fire = TermDeclaration(code="x-uk:fire_and_rescue", vocabulary="actor_kind",
    ...     labels={"en": "Fire and rescue authority"}, source="Police, Crime, Sentencing "
    ...     "and Courts Act 2022, Schedule 1")
    >>> with declared_terms([fire]):
    ...     actor = Actor(id="fire", name="County fire service", kind="x-uk:fire_and_rescue")
    >>> actor.kind.label("en")
    'Fire and rescue authority'
    """
    merged = dict(_DECLARED.get())
    merged.update({t.code: t for t in terms})
    token = _DECLARED.set(MappingProxyType(merged))
    try:
        yield
    finally:
        _DECLARED.reset(token)


def _installed(code: str) -> TermDeclaration | None:
    from ..plugins import installed_packs

    for pack in installed_packs():
        for declared in getattr(pack, "terms", ()):
            if isinstance(declared, TermDeclaration) and declared.code == code:
                return declared
    return None


def _installed_codes(vocabulary: str) -> list[str]:
    from ..plugins import installed_packs

    return [
        t.code
        for pack in installed_packs()
        for t in getattr(pack, "terms", ())
        if isinstance(t, TermDeclaration) and t.vocabulary == vocabulary
    ]


def _declared_codes(vocabulary: str) -> list[str]:
    return [c for c, t in _DECLARED.get().items() if t.vocabulary == vocabulary]


def resolve_term(vocabulary: str, code: str) -> ExtraTerm:
    """The declared term ``code`` of ``vocabulary``; a ``LookupError`` says why not."""
    declared = _DECLARED.get().get(code) or _installed(code)
    if declared is None:
        known = sorted({*_declared_codes(vocabulary), *_installed_codes(vocabulary)})
        near = suggest(code, known)
        raise LookupError(
            f"'{code}' is not a declared {vocabulary} term"
            + (f"; did you mean '{near}'?" if near else "")
        )
    if declared.vocabulary != vocabulary:
        raise LookupError(f"'{code}' is declared as a {declared.vocabulary} term, not {vocabulary}")
    return declared.term()


def _quoted(values: list[str]) -> str:
    quoted = [f"'{v}'" for v in values]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


def _validator(vocabulary: str, enum: type[Term]) -> Any:
    by_value: dict[str, Term] = {m.value: m for m in enum}
    builtin = list(by_value)

    def validate(value: Any) -> Term | ExtraTerm:
        if isinstance(value, enum):
            return value
        if isinstance(value, ExtraTerm) and value.vocabulary == vocabulary:
            return value
        if isinstance(value, str):
            member = by_value.get(value)
            if member is not None:
                return member
            if _EXTRA.match(value):
                try:
                    return resolve_term(vocabulary, value)
                except LookupError as exc:
                    message = str(exc)
                    near = message.partition("did you mean ")[2].rstrip("?")
                    hint = (
                        f"did you mean {near}?"
                        if near
                        else f"declare it under 'vocabulary:' (vocabulary: {vocabulary}, with "
                        "labels and a source), or install the pack that defines it"
                    )
                    raise PydanticCustomError(
                        "unknown_term",
                        message.replace("{", "{{").replace("}", "}}"),
                        {"code": value, "vocabulary": vocabulary, "hint": hint},
                    ) from None
        expected = [*builtin, *sorted(_declared_codes(vocabulary))]
        raise PydanticCustomError(
            "enum", "Input should be {expected}", {"expected": _quoted(expected)}
        )

    return validate


def open_term(vocabulary: OpenVocabulary) -> Any:
    """The validator of a plan field holding a term of ``vocabulary``: a built-in member, or a
    declared :class:`ExtraTerm`. In the JSON Schema: the enum, or a namespaced string."""
    enum = OPEN_VOCABULARIES[vocabulary]
    return PlainValidator(_validator(vocabulary, enum), json_schema_input_type=enum | ExtraCode)


OpenActorKind = Annotated[ActorKind | ExtraTerm, open_term("actor_kind")]
"""An :class:`~.actors.ActorKind` or a declared extra actor kind (e.g. ``x-uk:fire_and_rescue``)."""
OpenArena = Annotated[Arena | ExtraTerm, open_term("arena")]
"""An :class:`~.arenas.Arena` or a declared extra arena."""
OpenBodyRole = Annotated[BodyRole | ExtraTerm, open_term("body_role")]
"""A :class:`~.bodies.BodyRole` or a declared extra role (e.g.
``x-uk:community_safety_partnership``)."""
OpenSector = Annotated[Sector | ExtraTerm, open_term("sector")]
"""A :class:`~.actors.Sector` or a declared extra sector."""
OpenTargetGroup = Annotated[TargetGroup | ExtraTerm, open_term("target_group")]
"""A :class:`~.groups.TargetGroup` or a declared extra target group."""
OpenViolenceArea = Annotated[ViolenceArea | ExtraTerm, open_term("violence_area")]
"""A :class:`~.areas.ViolenceArea` or a declared extra violence area (e.g.
``x-uk:youth_violence``)."""
