"""Evaluation: the design of follow-up and evaluation, what it asks, from which data, by whom
and when (domain §7, step 5 'följ upp'; 003 systematic quality work; 001 p. 8)."""

from __future__ import annotations

from pydantic import Field

from ..vocab import EvaluationKind
from ._base import Id, Record, Ref
from .dates import Period

__all__ = ["Evaluation"]


class Evaluation(Record):
    """A planned or made evaluation of the plan, some activities or some goals."""

    id: Id
    kind: EvaluationKind = Field(description="Process, outcome or impact evaluation.")
    questions: tuple[str, ...] = Field(default=(), description="The questions it answers.")
    data: tuple[str, ...] = Field(default=(), description="The data it uses.")
    by: Ref | None = Field(default=None, description="Who carries it out.")
    when: Period | None = Field(default=None, description="When it is carried out.")
    activities: tuple[Ref, ...] = Field(default=(), description="The activities it looks at.")
    goals: tuple[Ref, ...] = Field(default=(), description="The goals it looks at.")
    cites: str | None = Field(default=None, description="Where in the sources this comes from.")
