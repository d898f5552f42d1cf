"""Activities of the action plan: what is done, at which levels, by whom, and when (001 p. 15–18)."""

from __future__ import annotations

from pydantic import Field

from ..vocab import (
    ActivityStatus,
    AmbitionLevel,
    EcologicalLevel,
    NationalGoal,
    PreventionLevel,
    ResponsibilityMode,
)
from ..vocab.extra import OpenArena, OpenTargetGroup, OpenViolenceArea
from ._base import V2, Id, Record, Ref, Text
from .dates import Period

__all__ = ["Activity", "ProgrammeTheory"]


class ProgrammeTheory(Record):
    """Why and how an activity is expected to work (step 4 of the guide, domain §7)."""

    problem: str | None = Field(default=None, description="The problem it addresses (why).")
    mechanism: str | None = Field(default=None, description="How it is expected to work.")
    short_term_effects: tuple[str, ...] = Field(
        default=(), description="Expected short-term effects."
    )
    long_term_effects: tuple[str, ...] = Field(
        default=(), description="Expected long-term effects."
    )


class Activity(Record):
    """One activity of the activity plan, with its responsible body and timeline.

    Every activity has a responsible body (ansvar) and a timeline (tidsplan) in the Umeå
    activity plan (001 p. 15–18); prevention and social-ecological levels place it in the
    coverage matrix the validators check (000 Förord; 001 p. 8–9).
    """

    id: Id
    title: Text = Field(description="A short title, e.g. 'Kartläggning'.")
    description: str | None = Field(default=None, description="What is done.")
    prevention_levels: tuple[PreventionLevel, ...] = Field(
        default=(), description="Universal, selective and/or indicated (000 Förord)."
    )
    ecological_levels: tuple[EcologicalLevel, ...] = Field(
        default=(), description="Social-ecological levels it works at (001 p. 8–9)."
    )
    violence_areas: tuple[OpenViolenceArea, ...] = Field(
        default=(), description="Kinds of violence (001 p. 11)."
    )
    target_groups: tuple[OpenTargetGroup, ...] = Field(default=(), description="Who it reaches.")
    arenas: tuple[OpenArena, ...] = Field(
        default=(), description="Where it takes place (002 §1.2)."
    )
    responsible: tuple[Ref, ...] = Field(
        default=(), description="Who carries it out (R in RACI): actors or bodies (001 ansvar)."
    )
    accountable: Ref | None = Field(
        default=None,
        description="Who answers for it (A in RACI); when omitted, the sole responsible actor.",
    )
    timeline: Period | None = Field(default=None, description="When it is done (001 tidsplan).")
    programme: Id | None = Field(
        default=None,
        description="The programme, method or instrument it uses: a catalogue id (e.g. 'mvp'), "
        "the id of a record under 'programmes:', or any other name (PK303 checks it against "
        "the catalogue).",
    )
    risk_factors: tuple[str, ...] = Field(default=(), description="Risk factors it addresses.")
    protective_factors: tuple[str, ...] = Field(
        default=(), description="Protective factors it strengthens."
    )
    national_goals: tuple[NationalGoal, ...] = Field(
        default=(), description="Goals of the national strategy it serves (Skr. 2016/17:10)."
    )
    ambition: AmbitionLevel | None = Field(default=None, description="Ambition level (step 4).")
    programme_theory: ProgrammeTheory | None = Field(
        default=None, description="Why and how it is expected to work (step 4)."
    )
    mapping: bool = Field(
        default=False,
        description="A mapping (kartläggning) or baseline of the current situation (001 p. 12; "
        "003 Omfattning och kartläggning).",
    )
    status: ActivityStatus | None = Field(
        json_schema_extra=V2,
        default=None,
        description="Format 2: proposed, decided, ongoing, done or cancelled (001 p. 18 'klart!').",
    )
    responsibility: ResponsibilityMode | None = Field(
        json_schema_extra=V2,
        default=None,
        description="Format 2: with several responsible parties, whether they share the "
        "activity or each carries out its own part ('allas ansvar', 001 p. 16).",
    )
    contributes_to: tuple[Ref, ...] = Field(
        json_schema_extra=V2,
        default=(),
        description="Format 2: the goals it serves (the results chain, 001 p. 8).",
    )
    indicators: tuple[Ref, ...] = Field(
        json_schema_extra=V2,
        default=(),
        description="Format 2: the indicators that measure what it delivers.",
    )
    addresses: tuple[Ref, ...] = Field(
        json_schema_extra=V2,
        default=(),
        description="Format 2: the risk or protective factors of the needs assessment it acts on.",
    )
    fidelity: str | None = Field(
        json_schema_extra=V2,
        default=None,
        description="Format 2: how faithfully a programme is delivered and how that is checked.",
    )
    tags: tuple[str, ...] = Field(default=(), description="Free tags, e.g. 'del-1'.")
    cites: str | None = Field(default=None, description="Where in the sources this comes from.")

    @property
    def accountable_actor(self) -> str | None:
        """The accountable actor: ``accountable``, or the sole responsible one, or None."""
        if self.accountable is not None:
            return self.accountable
        return self.responsible[0] if len(self.responsible) == 1 else None
