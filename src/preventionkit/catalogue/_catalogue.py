"""Loading and querying the programme catalogue (package data ``data/catalogue.json``)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from pydantic import Field, TypeAdapter

from ..model._base import Id, Record, Text
from ..vocab import (
    Arena,
    EcologicalLevel,
    PreventionLevel,
    ProgrammeKind,
    TargetGroup,
    ViolenceArea,
)

__all__ = ["Programme", "entries", "get", "ids", "search"]


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


_ADAPTER = TypeAdapter(tuple[Programme, ...])


@cache
def entries() -> tuple[Programme, ...]:
    """Every catalogue entry, sorted by id."""
    raw = resources.files("preventionkit.data").joinpath("catalogue.json").read_bytes()
    return tuple(sorted(_ADAPTER.validate_python(json.loads(raw)), key=lambda p: p.id))


@cache
def _by_id() -> dict[str, Programme]:
    return {p.id: p for p in entries()}


def ids() -> frozenset[str]:
    """The ids of every catalogue entry."""
    return frozenset(_by_id())


def get(id: str) -> Programme:
    """The entry with ``id``; ``KeyError`` if there is none."""
    try:
        return _by_id()[id]
    except KeyError:
        raise KeyError(f"the programme catalogue has no entry {id!r}") from None


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
