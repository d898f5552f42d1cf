"""Loading and querying the programme catalogue (package data ``data/catalogue.json``).

The catalogue lists every programme, method, assessment instrument, policy, training and
campaign the source documents name (domain §9), each placed at the prevention and
social-ecological levels the sources give it, with the section it comes from.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from pydantic import Field, TypeAdapter

from ..errors import suggest
from ..messages import Localized, check_lang, default_lang, text
from ..model import Id, Record, Text
from ..vocab import (
    Arena,
    EcologicalLevel,
    PreventionLevel,
    ProgrammeKind,
    TargetGroup,
    Term,
    ViolenceArea,
)

__all__ = ["Programme", "entries", "get", "ids", "search", "select", "version"]


class Programme(Record):
    """A programme, method, assessment instrument, policy, training or campaign (domain §9)."""

    id: Id
    name_sv: Text = Field(description="The Swedish name.")
    name_en: Text = Field(description="The English name.")
    kind: ProgrammeKind
    description: Text
    prevention_levels: tuple[PreventionLevel, ...] = ()
    ecological_levels: tuple[EcologicalLevel, ...] = ()
    arenas: tuple[Arena, ...] = ()
    target_groups: tuple[TargetGroup, ...] = ()
    violence_areas: tuple[ViolenceArea, ...] = ()
    source: Text = Field(description="The seed section that names it, e.g. '002 §1.10'.")

    def label(self, lang: str | None = None) -> str:
        """The programme's name in ``lang``: the English name in English, else the Swedish
        name, which is the programme's own (a Swedish proper name stays as written)."""
        return Localized((("sv", self.name_sv), ("en", self.name_en))).get(
            check_lang(lang) if lang is not None else default_lang()
        )

    def description_text(self, lang: str | None = None) -> str:
        """The description in ``lang``: the catalogue's ``programme.<id>.description`` when
        the language has one, else the description as the data gives it (English)."""
        key = f"programme.{self.id}.description"
        found = text(key, lang)
        return self.description if found == key else found


_ADAPTER = TypeAdapter(tuple[Programme, ...])


@cache
def _document() -> dict[str, Any]:
    raw = resources.files("preventionkit.data").joinpath("catalogue.json").read_bytes()
    doc = json.loads(raw)
    if isinstance(doc, list):  # the first, unversioned layout: a bare list of entries
        return {"version": "0", "entries": doc}
    return doc  # type: ignore[no-any-return]


def version() -> str:
    """The version of the catalogue data, e.g. ``'1.0.0'``."""
    return str(_document()["version"])


@cache
def entries() -> tuple[Programme, ...]:
    """Every catalogue entry, sorted by id."""
    return tuple(sorted(_ADAPTER.validate_python(_document()["entries"]), key=lambda p: p.id))


@cache
def _by_id() -> dict[str, Programme]:
    return {p.id: p for p in entries()}


def ids() -> frozenset[str]:
    """The ids of every catalogue entry."""
    return frozenset(_by_id())


def get(id: str) -> Programme:
    """The entry with ``id``; a ``KeyError`` names the closest id if there is none.

    >>> get("komet").prevention_levels
    (<PreventionLevel.SELECTIVE: 'selective'>,)
    """
    try:
        return _by_id()[id]
    except KeyError:
        near = suggest(id, sorted(_by_id()))
        hint = f"; did you mean {near!r}?" if near else ""
        raise KeyError(f"the programme catalogue has no entry {id!r}{hint}") from None


def search(text: str) -> tuple[Programme, ...]:
    """Entries whose id, names or description contain ``text`` (case-insensitive)."""
    needle = text.casefold()
    return tuple(
        p
        for p in entries()
        if needle in p.id.casefold()
        or needle in p.name_sv.casefold()
        or needle in p.name_en.casefold()
        or needle in p.description.casefold()
    )


def _member(vocabulary: type[Term], value: str | None) -> str | None:
    """``value`` checked against ``vocabulary`` (a ``ValueError`` lists the known values)."""
    if value is None:
        return None
    known = [m.value for m in vocabulary]
    if value not in known:
        raise ValueError(f"{value!r} is not a {vocabulary.__name__}; known: {', '.join(known)}")
    return str(value)


def select(
    *,
    prevention_level: PreventionLevel | str | None = None,
    ecological_level: EcologicalLevel | str | None = None,
    arena: Arena | str | None = None,
    target_group: TargetGroup | str | None = None,
    violence_area: ViolenceArea | str | None = None,
    kind: ProgrammeKind | str | None = None,
) -> tuple[Programme, ...]:
    """Entries that match every criterion given, sorted by id (e.g. all selective programmes
    for parents: ``select(prevention_level="selective", target_group="parents")``).

    >>> [p.id for p in select(prevention_level="selective")]
    ['komet']
    """
    wanted_p = _member(PreventionLevel, prevention_level)
    wanted_e = _member(EcologicalLevel, ecological_level)
    wanted_a = _member(Arena, arena)
    wanted_t = _member(TargetGroup, target_group)
    wanted_v = _member(ViolenceArea, violence_area)
    wanted_k = _member(ProgrammeKind, kind)
    return tuple(
        p
        for p in entries()
        if (wanted_p is None or wanted_p in p.prevention_levels)
        and (wanted_e is None or wanted_e in p.ecological_levels)
        and (wanted_a is None or wanted_a in p.arenas)
        and (wanted_t is None or wanted_t in p.target_groups)
        and (wanted_v is None or wanted_v in p.violence_areas)
        and (wanted_k is None or wanted_k == p.kind)
    )
