"""Goals and the indicators that measure them (001 p. 8 "Uppföljning av mätbara mål")."""

from __future__ import annotations

from pydantic import Field

from ..vocab import Frequency, PreventionLevel
from ..vocab.extra import OpenTargetGroup
from ._base import Id, Record, Ref, Text
from .dates import PartialDate

__all__ = ["Goal", "Indicator", "Measure"]


class Measure(Record):
    """A measured or targeted value of an indicator."""

    value: float | None = Field(
        default=None, allow_inf_nan=False, description="The value, if known."
    )
    unit: str | None = Field(default=None, description="The unit, e.g. 'percent'.")
    date: PartialDate | None = Field(default=None, description="When it was or should be measured.")
    note: str | None = Field(default=None, description="The value as the source words it.")


class Indicator(Record):
    """A result indicator, e.g. Öppna jämförelser or the UNGA survey (001 p. 8)."""

    id: Id
    name: Text = Field(description="The indicator's name.")
    source: str | None = Field(
        default=None, description="Where the data come from, e.g. 'Socialstyrelsen'."
    )
    frequency: Frequency | None = Field(default=None, description="How often it is measured.")
    baseline: Measure | None = Field(default=None, description="The starting value (lägesbild).")
    target: Measure | None = Field(default=None, description="The value aimed for.")
    disaggregation: tuple[OpenTargetGroup, ...] = Field(
        default=(), description="Target groups the indicator is broken down by."
    )
    prevention_levels: tuple[PreventionLevel, ...] = Field(
        default=(),
        description="Prevention levels it measures; indicators should cover all levels "
        "(003 Rekommendationer).",
    )
    description: str | None = Field(default=None, description="What it measures.")
    cites: str | None = Field(default=None, description="Where in the sources this comes from.")


class Goal(Record):
    """An overall or measurable goal of the plan (001 p. 6, p. 8)."""

    id: Id
    statement: Text = Field(description="The goal, e.g. 'Minska våldet i Umeå kommun'.")
    indicators: tuple[Ref, ...] = Field(default=(), description="Indicators that measure it.")
    target_date: PartialDate | None = Field(default=None, description="When it should be met.")
    cites: str | None = Field(default=None, description="Where in the sources this comes from.")
