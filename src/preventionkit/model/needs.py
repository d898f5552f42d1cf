"""The needs assessment: risk and protective factors at their social-ecological level,
priority groups, places, times and data sources (001 p. 8–9, p. 12; 002 step 2 and 3 as
domain §7 describes them; 003 'Omfattning och kartläggning')."""

from __future__ import annotations

from pydantic import Field

from ..vocab import EcologicalLevel, FactorKind
from ._base import Id, Record, Ref, Text
from .dates import PartialDate

__all__ = ["Factor", "NeedsAssessment"]


class Factor(Record):
    """A risk or protective factor the plan has identified, at the level it acts on."""

    id: Id
    kind: FactorKind = Field(description="A risk or a protective factor.")
    statement: Text = Field(description="The factor as the plan words it.")
    ecological_level: EcologicalLevel | None = Field(
        default=None, description="The social-ecological level it acts at (001 p. 8–9)."
    )
    evidence: str | None = Field(default=None, description="What the plan bases it on.")
    cites: str | None = Field(default=None, description="Where in the sources this comes from.")


class NeedsAssessment(Record):
    """What the plan knows about violence where it works, and what it bases its priorities on
    (a mapping, kartläggning, or a strategic needs assessment)."""

    summary: str | None = Field(default=None, description="The findings in a few sentences.")
    date: PartialDate | None = Field(default=None, description="When it was made.")
    by: Ref | None = Field(default=None, description="Who made it.")
    factors: tuple[Factor, ...] = Field(default=(), description="Risk and protective factors.")
    priority_groups: tuple[str, ...] = Field(
        default=(), description="Groups it gives priority to, as the plan names them."
    )
    places: tuple[str, ...] = Field(default=(), description="Places where violence concentrates.")
    times: tuple[str, ...] = Field(default=(), description="Times when violence concentrates.")
    data_sources: tuple[str, ...] = Field(default=(), description="The data it rests on.")
    cites: str | None = Field(default=None, description="Where in the sources this comes from.")
