"""Partial dates and periods: a date may be known to the day, the month, the year only, or
not at all (001 p. 1: "2019-XX-XX"), and is never given an invented day."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from preventionkit.model import PartialDate, Period
from preventionkit.model.dates import is_valid_on
from preventionkit.testing import partial_dates, periods


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("2019", PartialDate(2019), "year"),
        ("2019-06", PartialDate(2019, 6), "month"),
        ("2019-06-17", PartialDate(2019, 6, 17), "day"),
        ("2019-XX-XX", PartialDate(2019), "year"),
        ("2019-xx-xx", PartialDate(2019), "year"),
        ("2019-XX", PartialDate(2019), "year"),
        ("2019-06-XX", PartialDate(2019, 6), "month"),
        ("  2019-06-17 ", PartialDate(2019, 6, 17), "day"),
        ("0987", PartialDate(987), "year"),
        ("2020-02-29", PartialDate(2020, 2, 29), "day"),
    ],
)
def test_parse_forms(text: str, expected: PartialDate, precision: str) -> None:
    parsed = PartialDate.parse(text)
    assert parsed == expected
    assert parsed.precision == precision


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "is not a date"),
        ("19", "is not a date"),
        ("2019-6-17", "is not a date"),
        ("17/06/2019", "is not a date"),
        ("2019-06-17T10:00", "is not a date"),
        ("juni 2019", "is not a date"),
        ("2019-XX-17", "gives a day but not its month"),
        ("2019-13", "month 13 is out of range"),
        ("2019-00", "month 0 is out of range"),
        ("2019-02-30", "day 30 is out of range for 2019-02"),
        ("2019-02-29", "day 29 is out of range"),
        ("2019-04-31", "day 31 is out of range"),
        ("0000", "year 0 is out of range"),
        ("٢٠١٩", "is not a date"),
    ],
)
def test_invalid_dates_are_refused_with_a_reason(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        PartialDate.parse(text)


def test_the_hint_for_an_unreadable_date_shows_the_forms() -> None:
    with pytest.raises(ValueError, match=r"YYYY, YYYY-MM or YYYY-MM-DD.*2019-XX-XX"):
        PartialDate.parse("i juni")


def test_construction_checks_its_parts() -> None:
    with pytest.raises(ValueError, match="a day needs a month"):
        PartialDate(2019, None, 5)
    with pytest.raises(ValueError, match="year 10000 is out of range"):
        PartialDate(10000)


@pytest.mark.parametrize(
    ("date", "earliest", "latest"),
    [
        (PartialDate(2019), dt.date(2019, 1, 1), dt.date(2019, 12, 31)),
        (PartialDate(2019, 2), dt.date(2019, 2, 1), dt.date(2019, 2, 28)),
        (PartialDate(2020, 2), dt.date(2020, 2, 1), dt.date(2020, 2, 29)),
        (PartialDate(2019, 12), dt.date(2019, 12, 1), dt.date(2019, 12, 31)),
        (PartialDate(2019, 6, 17), dt.date(2019, 6, 17), dt.date(2019, 6, 17)),
    ],
)
def test_earliest_and_latest(date: PartialDate, earliest: dt.date, latest: dt.date) -> None:
    assert date.earliest() == earliest
    assert date.latest() == latest


@given(partial_dates(1, 9999))
def test_text_form_reads_back(date: PartialDate) -> None:
    assert PartialDate.parse(str(date)) == date
    assert date.earliest() <= date.latest()
    assert repr(date) == f"PartialDate({str(date)!r})"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.date(2019, 6, 17), PartialDate(2019, 6, 17)),
        (dt.datetime(2019, 6, 17, 10, 30), PartialDate(2019, 6, 17)),
        (2019, PartialDate(2019)),
        ("2019-06", PartialDate(2019, 6)),
        (PartialDate(2019), PartialDate(2019)),
    ],
)
def test_of_coerces_dates_years_and_text(value: object, expected: PartialDate) -> None:
    assert PartialDate.of(value) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [True, 2019.5, None, [2019]])
def test_of_refuses_other_types(value: object) -> None:
    with pytest.raises(TypeError):
        PartialDate.of(value)  # type: ignore[arg-type]


class _Holder(BaseModel):
    when: PartialDate


def test_pydantic_reads_and_writes_the_short_form() -> None:
    assert _Holder.model_validate({"when": "2019-XX-XX"}).when == PartialDate(2019)
    assert _Holder(when=PartialDate(2019, 6)).model_dump() == {"when": "2019-06"}
    assert _Holder(when=PartialDate(2019)).model_dump_json() == '{"when":"2019"}'
    with pytest.raises(ValidationError, match="day 30 is out of range") as info:
        _Holder.model_validate({"when": "2019-02-30"})
    assert info.value.errors()[0]["type"] == "partial_date"


def test_json_schema_accepts_text_or_a_year() -> None:
    schema = _Holder.model_json_schema()["properties"]["when"]
    kinds = {option["type"] for option in schema["anyOf"]}
    assert kinds == {"string", "integer"}
    assert "2019-XX-XX" in schema["description"]


def test_partial_dates_are_hashable_and_compare_by_value() -> None:
    assert len({PartialDate(2019), PartialDate.parse("2019-XX-XX")}) == 1
    assert PartialDate(2019) != PartialDate(2019, 1)


# --- periods ---------------------------------------------------------------------------------


def test_a_period_may_have_unknown_ends() -> None:
    assert Period().start is None
    assert Period(start="2019").end is None
    assert Period(note="Genomförs under 2019").note == "Genomförs under 2019"


@pytest.mark.parametrize(
    ("start", "end"),
    [("2019", "2019"), ("2019", "2019-01"), ("2019-12", "2019"), ("2019-06-17", "2019-06")],
)
def test_rough_ends_that_may_overlap_are_in_order(start: str, end: str) -> None:
    """ "2019-12 to 2019" can be right: the end is known only to the year."""
    period = Period(start=start, end=end)
    assert str(period.start) == start


@pytest.mark.parametrize(
    ("start", "end"), [("2020", "2019"), ("2019-07", "2019-06"), ("2019-06-18", "2019-06-17")]
)
def test_a_period_may_not_end_before_it_starts(start: str, end: str) -> None:
    with pytest.raises(ValidationError, match=r"ends \(.*\) before it starts") as info:
        Period(start=start, end=end)
    assert info.value.errors()[0]["type"] == "dates_out_of_order"


@given(periods(), periods())
def test_overlaps_is_symmetric_and_within_implies_overlap(a: Period, b: Period) -> None:
    assert a.overlaps(b) == b.overlaps(a)
    assert a.overlaps(a)
    assert a.within(a)
    if a.within(b):
        assert a.overlaps(b)


def test_overlaps_within_and_contains() -> None:
    plan = Period(start="2019", end="2022")
    assert Period(start="2019-06", end="2019-12").within(plan)
    assert not Period(start="2018", end="2018-12").within(plan)
    assert not Period(start="2023-01-01").within(plan)  # starts after the plan ends
    assert not Period(end="2018-12").within(plan)  # ends before the plan starts
    assert Period(start="2022-12").within(plan)
    assert Period(end="2020").within(plan)  # an unknown start gets the benefit of the doubt
    assert plan.overlaps(Period(start="2022-12-31"))
    assert not plan.overlaps(Period(start="2023"))
    assert plan.contains(dt.date(2022, 12, 31))
    assert not plan.contains(dt.date(2018, 12, 31))
    assert Period().contains(dt.date(1900, 1, 1))


def test_is_valid_on_counts_rough_boundaries_in_favour() -> None:
    start, end = PartialDate(2019), PartialDate(2022)
    assert is_valid_on(start, end, dt.date(2022, 12, 31))
    assert is_valid_on(start, end, dt.date(2019, 1, 1))
    assert not is_valid_on(start, end, dt.date(2023, 1, 1))
    assert is_valid_on(None, None, dt.date(1, 1, 1))


def test_periods_are_frozen_and_forbid_unknown_fields() -> None:
    period = Period(start="2019")
    with pytest.raises(ValidationError, match="frozen"):
        period.start = PartialDate(2020)  # type: ignore[misc]
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        Period.model_validate({"start": "2019", "slut": "2020"})


@given(st.data())
def test_generated_periods_are_in_order(data: st.DataObject) -> None:
    period = data.draw(periods(2000, 2005))
    if period.start is not None and period.end is not None:
        assert period.start.earliest() <= period.end.latest()
    for end in (period.start, period.end):
        assert end is None or 2000 <= end.year <= 2005
