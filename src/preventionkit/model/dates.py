"""Dates known to the day, the month, the year only, or not at all (001 p. 1: "2019-XX-XX").

Plans record what their sources say. A document dated "2019-XX-XX" is known to the year only,
so a :class:`PartialDate` keeps the precision it was given instead of inventing a day.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Any, ClassVar

from pydantic import Field, GetCoreSchemaHandler, GetJsonSchemaHandler, model_validator
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import PydanticCustomError, core_schema

from ..messages import Message
from ..messages import message as msg
from ._base import Record

__all__ = ["AsOf", "PartialDate", "Period", "as_date"]

AsOf = dt.date | str | None
"""A day to judge a plan on: a date, ``"YYYY-MM-DD"`` text, or None (``validate``: today;
the graph functions: regardless of date)."""


def as_date(value: AsOf) -> dt.date | None:
    """``value`` as a date: every function with an ``as_of`` takes what ``validate`` takes, a
    date (a datetime counts as its day) or ISO ``YYYY-MM-DD`` text (issue 12 item 7)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValueError(f"as_of must be a date or 'YYYY-MM-DD' text, not {value!r}")


_DATE_RE = re.compile(r"^([0-9]{4})(?:-([0-9]{2}|XX|xx)(?:-([0-9]{2}|XX|xx))?)?$")


class DateError(ValueError):
    """A date that cannot be read; ``message`` says why as catalogue data (``date.*``)."""

    def __init__(self, message: Message) -> None:
        self.message = message
        super().__init__(str(message))


class DateTypeError(TypeError):
    """A value of a type no date can be read from; ``message`` as in :class:`DateError`."""

    def __init__(self, message: Message) -> None:
        self.message = message
        super().__init__(str(message))


@dataclass(frozen=True, slots=True, order=False)
class PartialDate:
    """A calendar date that may be known only to the month or the year.

    Written ``2019``, ``2019-06`` or ``2019-06-17``; ``2019-XX-XX`` and ``2019-06-XX`` (the
    form the Umeå plan uses, 001 p. 1) are read as the year or month they name and written back
    in the short form. Comparisons use :meth:`earliest` and :meth:`latest`.

    >>> PartialDate.parse("2019-XX-XX")
    PartialDate('2019')
    >>> PartialDate.parse("2019-06").latest()
    datetime.date(2019, 6, 30)
    """

    year: int
    month: int | None = None
    day: int | None = None

    PATTERN: ClassVar[str] = r"^[0-9]{4}(-([0-9]{2}|XX|xx)(-([0-9]{2}|XX|xx))?)?$"

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise DateError(msg("date.year_range", year=str(self.year)))
        if self.month is None and self.day is not None:
            raise DateError(msg("date.day_needs_month"))
        if self.month is not None and not 1 <= self.month <= 12:
            raise DateError(msg("date.month_range", month=str(self.month)))
        if self.day is not None:
            assert self.month is not None
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                month = f"{self.year}-{self.month:02d}"
                raise DateError(msg("date.day_range", day=str(self.day), month=month))

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (``XX`` marks an unknown part)."""
        m = _DATE_RE.match(text.strip())
        if m is None:
            raise DateError(msg("date.not_a_date", text=text))
        year, month, day = m.groups()
        known_month = month is not None and month.upper() != "XX"
        known_day = known_month and day is not None and day.upper() != "XX"
        if not known_month and day is not None and day.upper() != "XX":
            raise DateError(msg("date.day_without_month", text=text))
        return cls(
            int(year),
            int(month) if known_month and month else None,
            int(day) if known_day and day else None,
        )

    @classmethod
    def of(cls, value: PartialDate | dt.date | str | int) -> PartialDate:
        """Coerce a date, a year or a string into a :class:`PartialDate`."""
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return cls(value.year, value.month, value.day)
        if isinstance(value, bool):
            raise DateTypeError(msg("date.bool"))
        if isinstance(value, int):
            return cls(value)
        if isinstance(value, str):
            return cls.parse(value)
        raise DateTypeError(msg("date.type", type=type(value).__name__))

    @property
    def precision(self) -> str:
        """``"day"``, ``"month"`` or ``"year"``."""
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def earliest(self) -> dt.date:
        """The first calendar day this date can mean."""
        return _bounds(self.year, self.month, self.day)[0]

    def latest(self) -> dt.date:
        """The last calendar day this date can mean."""
        return _bounds(self.year, self.month, self.day)[1]

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __repr__(self) -> str:
        return f"PartialDate({str(self)!r})"

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: type[Any], handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        def validate(value: Any) -> PartialDate:
            try:
                if type(value) is str:
                    return _parse_cached(value)
                return cls.of(value)
            except (TypeError, ValueError) as exc:
                ctx = {"reason": str(exc), "message": getattr(exc, "message", None)}
                raise PydanticCustomError("partial_date", "{reason}", ctx) from None

        return core_schema.no_info_plain_validator_function(
            validate,
            serialization=core_schema.plain_serializer_function_ser_schema(
                str, when_used="always", return_schema=core_schema.str_schema()
            ),
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {
            "anyOf": [
                {"type": "string", "pattern": cls.PATTERN},
                {"type": "integer", "minimum": 1, "maximum": 9999},
            ],
            "description": "A date known to the day (2019-06-17), month (2019-06) or year "
            "(2019, or 2019-XX-XX).",
            "examples": ["2019-06-17", "2019-06", "2019"],
        }


@functools.lru_cache(maxsize=4096)
def _bounds(year: int, month: int | None, day: int | None) -> tuple[dt.date, dt.date]:
    """The first and last calendar day of a partial date, remembered: rules compare them for
    every activity's timeline, and a plan holds few distinct dates (issue 20)."""
    last_month = month or 12
    last_day = day or calendar.monthrange(year, last_month)[1]
    return dt.date(year, month or 1, day or 1), dt.date(year, last_month, last_day)


@functools.lru_cache(maxsize=4096)
def _parse_cached(text: str) -> PartialDate:
    """:meth:`PartialDate.parse`, remembered by text.

    A plan repeats the same few dozen dates (a 100,000-activity plan has a few hundred distinct
    ones), and parsing each in Python was most of the time spent on dates when loading (issue 20).
    A :class:`PartialDate` is immutable, so sharing one is safe; errors are not remembered.
    """
    return PartialDate.parse(text)


class Period(Record):
    """A span of time whose ends may be known only roughly, or not at all (001 p. 15–18)."""

    start: PartialDate | None = Field(default=None, description="When it starts; null if unknown.")
    end: PartialDate | None = Field(
        default=None, description="When it ends; null if open or unknown."
    )
    note: str | None = Field(
        default=None,
        description="The timeline as the source words it, e.g. 'Genomförs under 2019' (001 p. 16).",
    )

    @model_validator(mode="after")
    def _ends_in_order(self) -> Period:
        start, end = self.start, self.end
        # (year, month, day) with unknown parts at their widest; a day past the month's last
        # cannot occur, so 31 compares like the month's last day without a calendar lookup.
        if (
            start is not None
            and end is not None
            and (start.year, start.month or 1, start.day or 1)
            > (end.year, end.month or 12, end.day or 31)
        ):
            raise PydanticCustomError(
                "dates_out_of_order",
                "the period ends ({end}) before it starts ({start})",
                {"start": str(self.start), "end": str(self.end), "what": "period"},
            )
        return self

    def overlaps(self, other: Period) -> bool:
        """Whether the two periods can share a day (unknown ends are open)."""
        lo = dt.date.min
        hi = dt.date.max
        a0 = self.start.earliest() if self.start else lo
        a1 = self.end.latest() if self.end else hi
        b0 = other.start.earliest() if other.start else lo
        b1 = other.end.latest() if other.end else hi
        return a0 <= b1 and b0 <= a1

    def within(self, other: Period) -> bool:
        """Whether this period can lie inside ``other`` (unknown ends give the benefit of doubt).

        A period that starts after ``other`` ends, or ends before it starts, never lies inside
        it, even when its other end is unknown.
        """
        lo = other.start.earliest() if other.start is not None else dt.date.min
        hi = other.end.latest() if other.end is not None else dt.date.max
        if self.start is not None and (self.start.latest() < lo or self.start.earliest() > hi):
            return False
        return not (self.end is not None and (self.end.earliest() > hi or self.end.latest() < lo))

    def contains(self, day: dt.date) -> bool:
        """Whether ``day`` can fall in this period."""
        if self.start is not None and day < self.start.earliest():
            return False
        return not (self.end is not None and day > self.end.latest())


def is_valid_on(
    valid_from: PartialDate | None, valid_until: PartialDate | None, day: dt.date
) -> bool:
    """Whether something valid from ``valid_from`` until ``valid_until`` is in force on ``day``.

    A boundary known only roughly counts in the record's favour (e.g. valid until 2022 means
    valid on 2022-12-31).
    """
    if valid_from is not None and day < valid_from.earliest():
        return False
    return not (valid_until is not None and day > valid_until.latest())
