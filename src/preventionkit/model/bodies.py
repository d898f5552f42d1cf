"""Collaboration bodies of the chain of governance (styrkedja, 002 §1.8; 001 p. 13–14)."""

from __future__ import annotations

import datetime as dt

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from ..vocab import MemberPosition
from ..vocab.extra import OpenBodyRole, OpenSector
from ._base import V2, Id, Record, Ref, Text
from .dates import PartialDate, is_valid_on

__all__ = ["Body", "Membership"]


class Membership(Record):
    """A member of a body, with who appointed them and when (001 p. 13: representatives are
    appointed by the competent committee with a clearly decided mandate)."""

    actor: Ref = Field(description="The member: an actor (organisation or function) or a body.")
    appointed_by: Ref | None = Field(default=None, description="Who appointed the representative.")
    decision: Ref | None = Field(default=None, description="The decision behind the appointment.")
    role: str | None = Field(default=None, description="The member's role, e.g. 'sammankallande'.")
    position: MemberPosition | None = Field(
        json_schema_extra=V2,
        default=None,
        description="Format 2: chair, vice chair, member, deputy, secretary, convener.",
    )
    deputy: Ref | None = Field(
        json_schema_extra=V2,
        default=None,
        description="Format 2: who stands in for this member (002 §1.5).",
    )
    valid_from: PartialDate | None = Field(default=None, description="First day of membership.")
    valid_until: PartialDate | None = Field(default=None, description="Last day of membership.")

    def is_valid_on(self, day: dt.date) -> bool:
        """Whether the membership is in force on ``day``."""
        return is_valid_on(self.valid_from, self.valid_until, day)


def _in_order(start: PartialDate | None, end: PartialDate | None, what: str) -> None:
    if start is not None and end is not None and start.earliest() > end.latest():
        raise PydanticCustomError(
            "dates_out_of_order",
            "the {what} ends ({end}) before it starts ({start})",
            {"what": what, "start": str(start), "end": str(end)},
        )


class Body(Record):
    """A group in the chain of governance: a steering group, a collaboration council, an
    operational group, a reference group or an expert function (002 §1.8; 001 p. 13–14)."""

    id: Id
    name: Text = Field(description="The body's name, e.g. 'Samverkansrådet mot våld'.")
    name_en: str | None = Field(default=None, description="An English name, if wanted.")
    role: OpenBodyRole = Field(
        description="Its function in the chain of governance (002 §1.8), or a declared extra "
        "role (x-...:...)."
    )
    convener: Ref | None = Field(
        default=None, description="Who convenes it (sammankallande), e.g. 'umebra' (001 p. 14)."
    )
    members: tuple[Ref | Membership, ...] = Field(
        default=(),
        description="Its members: ids, or memberships with who appointed them and when.",
    )
    lead: Ref | None = Field(
        json_schema_extra=V2,
        default=None,
        description="Format 2: the lead organisation of a partnership, e.g. the council of a "
        "Community Safety Partnership.",
    )
    meets_per_year: int | None = Field(
        default=None,
        ge=0,
        le=366,
        description="Meetings per year, e.g. 4 (001 p. 14); null if unknown.",
    )
    as_needed: bool = Field(
        default=False, description="Activated as needed, e.g. a reference group (001 p. 14)."
    )
    reports_to: Ref | None = Field(default=None, description="The body or actor it reports to.")
    part_of: Ref | None = Field(
        default=None, description="The body or actor it belongs to, e.g. UmeBrå's steering group."
    )
    supports: tuple[Ref, ...] = Field(
        default=(),
        description="Bodies or actors it supports, e.g. an expert function supporting the council.",
    )
    existing_structure: bool = Field(
        default=False,
        description="An existing collaboration structure the work is linked to, such as a local "
        "crime-prevention council (002 §1.7; checklist item 4).",
    )
    sectors: tuple[OpenSector, ...] = Field(
        default=(),
        json_schema_extra=V2,
        description="Format 2: the sectors the members come from, when the plan names them "
        "only by sector, e.g. 'ansatte fra sektorene barn og familie, helse og omsorg og "
        "oppvekst'; they count among the sectors taking part (PK601).",
    )
    valid_from: PartialDate | None = Field(default=None, description="When it was set up.")
    valid_until: PartialDate | None = Field(default=None, description="When it ends.")
    description: str | None = Field(default=None, description="What it does.")
    cites: str | None = Field(default=None, description="Where in the sources this comes from.")

    @model_validator(mode="after")
    def _validity_in_order(self) -> Body:
        _in_order(self.valid_from, self.valid_until, "body")
        for member in self.members:
            if isinstance(member, Membership):
                _in_order(member.valid_from, member.valid_until, "membership")
        return self

    @property
    def member_ids(self) -> tuple[str, ...]:
        """The ids of every member, in the order written."""
        return tuple(m if isinstance(m, str) else m.actor for m in self.members)

    def members_on(self, day: dt.date | None) -> tuple[str, ...]:
        """The ids of members in force on ``day`` (all members when ``day`` is None)."""
        if day is None:
            return self.member_ids
        return tuple(
            m if isinstance(m, str) else m.actor
            for m in self.members
            if isinstance(m, str) or m.is_valid_on(day)
        )

    def is_valid_on(self, day: dt.date) -> bool:
        """Whether the body exists on ``day``."""
        return is_valid_on(self.valid_from, self.valid_until, day)
