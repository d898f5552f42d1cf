"""Mandates: who may lead and decide, granted by whom and on which decision (002 §1.6, §1.8)."""

from __future__ import annotations

import datetime as dt

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from ._base import V2, Id, Record, Ref, Text
from .dates import PartialDate, is_valid_on

__all__ = ["Mandate"]


class Mandate(Record):
    """A mandate to lead, coordinate or carry out the work, held by a body or a function.

    "Whatever the organisation, there must be a group with decision mandate that leads the
    strategic development work; otherwise the work risks stagnating" (002 §1.8).
    """

    id: Id | None = Field(default=None, description="An id, so scenarios and findings can name it.")
    holder: Ref = Field(description="The body or actor that holds the mandate.")
    granted_by: Ref = Field(description="The body or actor that grants it.")
    co_granted_by: tuple[Ref, ...] = Field(
        json_schema_extra=V2,
        default=(),
        description="Format 2: further parties granting the mandate jointly with 'granted_by', "
        "e.g. the region and the police beside the county board.",
    )
    statute: str | None = Field(
        json_schema_extra=V2,
        default=None,
        description="Format 2: the Act or government assignment the mandate rests on, as cited, "
        "e.g. 'Police, Crime, Sentencing and Courts Act 2022, Part 2, Chapter 1'; 'granted_by' then names "
        "the legislature or government.",
    )
    decision: Ref | None = Field(
        default=None,
        description="The formal decision it rests on; a mandate without one is not counted as a "
        "mandate to lead (002 §1.6).",
    )
    scope: Text = Field(description="What the mandate covers, e.g. 'Leda och följa upp planen'.")
    leads: bool = Field(
        default=True,
        description="Whether this is a mandate to lead the strategic work (002 §1.8), rather than "
        "a narrower mandate, e.g. to take part in a council.",
    )
    resources: str | None = Field(
        default=None, description="Resources set aside with the mandate (002 §1.6)."
    )
    valid_from: PartialDate | None = Field(default=None, description="First day in force.")
    valid_until: PartialDate | None = Field(default=None, description="Last day in force.")
    cites: str | None = Field(default=None, description="Where in the sources this comes from.")

    @model_validator(mode="after")
    def _validity_in_order(self) -> Mandate:
        if (
            self.valid_from is not None
            and self.valid_until is not None
            and self.valid_from.earliest() > self.valid_until.latest()
        ):
            raise PydanticCustomError(
                "dates_out_of_order",
                "the mandate ends ({end}) before it starts ({start})",
                {"start": str(self.valid_from), "end": str(self.valid_until), "what": "mandate"},
            )
        return self

    @property
    def grantors(self) -> tuple[str, ...]:
        """Every party granting the mandate: ``granted_by`` and the joint grantors."""
        return (self.granted_by, *(g for g in self.co_granted_by if g != self.granted_by))

    def is_valid_on(self, day: dt.date) -> bool:
        """Whether the mandate is in force on ``day``."""
        return is_valid_on(self.valid_from, self.valid_until, day)
