"""Goals and the indicators that measure them (001 p. 8 "Uppföljning av mätbara mål")."""

from __future__ import annotations

from pydantic import Field

from ..vocab import Frequency, PreventionLevel, ResultLevel
from ..vocab.extra import OpenTargetGroup
from ._base import V2, Id, Record, Ref, Text
from .dates import PartialDate, Period

__all__ = ["Breakdown", "Goal", "Indicator", "IndicatorPeriod", "Measure"]


class Measure(Record):
    """A measured or targeted value of an indicator."""

    value: float | None = Field(
        default=None, allow_inf_nan=False, description="The value, if known."
    )
    unit: str | None = Field(default=None, description="The unit, e.g. 'percent'.")
    date: PartialDate | None = Field(default=None, description="When it was or should be measured.")
    note: str | None = Field(default=None, description="The value as the source words it.")


class Breakdown(Record):
    """A value of an indicator for one category of a dimension, e.g. age band 'under 25' or
    one housing area (format 2; IATI indicator dimensions)."""

    dimension: Text = Field(description="What the values are broken down by, e.g. 'age'.")
    category: Text = Field(description="The category, e.g. 'under 25'.")
    target: Measure | None = Field(default=None, description="The value aimed for.")
    actual: Measure | None = Field(default=None, description="The value measured.")


class IndicatorPeriod(Record):
    """An indicator's target and actual value for one period, a year or a term (format 2;
    IATI results: each indicator has periods with a target and an actual value)."""

    period: Period | None = Field(
        default=None, description="The period, e.g. 2019-01-01 to 2019-12-31."
    )
    label: str | None = Field(
        default=None, description="The period as the source names it, e.g. 'HT 2020'."
    )
    target: Measure | None = Field(default=None, description="The value aimed for in the period.")
    actual: Measure | None = Field(default=None, description="The value measured in the period.")
    breakdown: tuple[Breakdown, ...] = Field(
        default=(), description="Values broken down by a dimension such as age band or area."
    )
    cites: str | None = Field(default=None, description="Where in the sources this comes from.")


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
    definition: str | None = Field(
        json_schema_extra=V2,
        default=None,
        description="Format 2: how it is computed (numerator, denominator).",
    )
    unit: str | None = Field(
        json_schema_extra=V2,
        default=None,
        description="Format 2: the unit of its values, e.g. 'percent', 'offences'.",
    )
    level: ResultLevel | None = Field(
        json_schema_extra=V2,
        default=None,
        description="Format 2: output, outcome or impact (the results chain).",
    )
    periods: tuple[IndicatorPeriod, ...] = Field(
        json_schema_extra=V2,
        default=(),
        description="Format 2: targets and actual values per period (year, term).",
    )
    dimensions: tuple[str, ...] = Field(
        json_schema_extra=V2,
        default=(),
        description="Format 2: what its values are broken down by, e.g. 'age', 'sex', 'area'.",
    )
    suggested: bool = Field(
        json_schema_extra=V2,
        default=False,
        description="Format 2: the plan only suggests the indicator ('kan bestå av', 001 p. 8) "
        "rather than adopting it.",
    )
    cites: str | None = Field(default=None, description="Where in the sources this comes from.")


class Goal(Record):
    """An overall or measurable goal of the plan (001 p. 6, p. 8)."""

    id: Id
    statement: Text = Field(description="The goal, e.g. 'Minska våldet i Umeå kommun'.")
    indicators: tuple[Ref, ...] = Field(default=(), description="Indicators that measure it.")
    target_date: PartialDate | None = Field(default=None, description="When it should be met.")
    level: ResultLevel | None = Field(
        json_schema_extra=V2,
        default=None,
        description="Format 2: output, outcome or impact; an overall goal is usually impact.",
    )
    contributes_to: tuple[Ref, ...] = Field(
        json_schema_extra=V2,
        default=(),
        description="Format 2: the goals this one serves (output → outcome → overall goal).",
    )
    cites: str | None = Field(default=None, description="Where in the sources this comes from.")
