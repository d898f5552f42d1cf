"""Programmes a plan describes itself: the programme catalogue is advice, not a gate.

An activity's ``programme`` may name a catalogue entry (``mvp``), a programme of an installed
pack, or a record in the plan's own ``programmes:`` section; any other name is allowed too
(PK303 asks where it comes from). A plan describes a programme the catalogue lacks the way the
catalogue does: name, levels, evidence and source (domain §9; 002 §1.10).
"""

from __future__ import annotations

from pydantic import Field

from ..vocab import EcologicalLevel, PreventionLevel, ProgrammeKind
from ._base import Id, Record, Text

__all__ = ["ProgrammeRecord"]


class ProgrammeRecord(Record):
    """A programme, method or instrument described in the plan itself (domain §9)."""

    id: Id
    name: Text = Field(description="Its name as the plan writes it.")
    name_en: str | None = Field(default=None, description="An English name, if wanted.")
    kind: ProgrammeKind | None = Field(
        default=None, description="Programme, method, instrument, policy, training or campaign."
    )
    description: str | None = Field(default=None, description="What it is and does.")
    prevention_levels: tuple[PreventionLevel, ...] = Field(
        default=(), description="The prevention levels it works at (000 Förord)."
    )
    ecological_levels: tuple[EcologicalLevel, ...] = Field(
        default=(), description="The social-ecological levels it works at (001 p. 8–9)."
    )
    evidence: str | None = Field(
        default=None,
        description="What is known of its effects, e.g. an evaluation and its result "
        "(002 §1.10: choose methods with support in research).",
    )
    source: str | None = Field(
        default=None, description="Where it is described: a report, a manual or a web address."
    )
