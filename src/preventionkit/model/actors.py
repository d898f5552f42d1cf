"""Actors: organisations, political bodies and functions (posts), never private persons (domain §4)."""

from __future__ import annotations

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from ..vocab import ActorKind, Tier
from ..vocab.extra import OpenActorKind, OpenSector
from ._base import V2, Id, Record, Ref, Text
from .dates import PartialDate

__all__ = ["Actor"]


class Actor(Record):
    """An organisation, a political body or a function that takes part in the work.

    A *function* (``kind: function``) is a post that exists apart from whoever holds it: a
    coordinator, a strategist, a contact person. The guide warns that work carried by one
    person without a real mandate is fragile, so functions record how many people hold the
    post and whether it is vacant (002 §1.5; 004 "Utveckling från person till funktion").
    """

    id: Id
    name: Text = Field(
        description="The actor's name as the source writes it, e.g. 'Kommunstyrelsen'."
    )
    name_en: str | None = Field(default=None, description="An English name, if wanted.")
    kind: OpenActorKind = Field(
        description="What the actor is (domain §4), or a declared extra kind (x-...:...)."
    )
    tier: Tier | None = Field(default=None, description="The level it works at (002 §1.6).")
    sector: OpenSector | None = Field(
        default=None,
        description="The sector it belongs to; cross-sector collaboration is checked on it "
        "(002 §1.4). A function without a sector takes the sector of what it is part of.",
    )
    part_of: Ref | None = Field(
        default=None,
        description="The actor this one is part of, e.g. a committee's administration or the "
        "unit a function sits in.",
    )
    also_part_of: tuple[Ref, ...] = Field(
        json_schema_extra=V2,
        default=(),
        description="Format 2: further parents of a joint unit, e.g. a unit run by the "
        "municipality and the police together.",
    )
    represented_by: Ref | None = Field(
        json_schema_extra=V2,
        default=None,
        description="Format 2: the actor that represents this one in the work, e.g. an "
        "association representing its member municipalities.",
    )
    holders: int | None = Field(
        default=None,
        ge=0,
        description="Functions only: how many people hold the post (null if unknown). One holder "
        "is a single point of failure (002 §1.5).",
    )
    vacant: bool = Field(default=False, description="Functions only: the post is vacant.")
    vacant_since: PartialDate | None = Field(
        default=None, description="Functions only: since when the post has been vacant."
    )
    description: str | None = Field(default=None, description="What the actor does in the work.")
    cites: str | None = Field(
        default=None, description="Where in the source documents this comes from, e.g. '001 p. 14'."
    )

    @model_validator(mode="after")
    def _post_fields_only_on_functions(self) -> Actor:
        if self.kind is not ActorKind.FUNCTION:
            for name in ("holders", "vacant_since"):
                if getattr(self, name) is not None:
                    raise PydanticCustomError(
                        "function_only",
                        "'{field}' applies only to functions (kind: function), not to a {kind}",
                        {"field": name, "kind": self.kind.value},
                    )
            if self.vacant:
                raise PydanticCustomError(
                    "function_only",
                    "'{field}' applies only to functions (kind: function), not to a {kind}",
                    {"field": "vacant", "kind": self.kind.value},
                )
        if self.vacant_since is not None and not self.vacant:
            raise PydanticCustomError(
                "inconsistent", "'vacant_since' is set but 'vacant' is false", {}
            )
        return self

    @property
    def parents(self) -> tuple[str, ...]:
        """What the actor is part of: ``part_of`` and, for a joint unit, ``also_part_of``."""
        first = (self.part_of,) if self.part_of is not None else ()
        return (*first, *(p for p in self.also_part_of if p != self.part_of))

    @property
    def is_function(self) -> bool:
        """Whether this actor is a post rather than an organisation."""
        return self.kind is ActorKind.FUNCTION
