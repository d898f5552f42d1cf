"""Properties of validate over generated plans (preventionkit.testing strategies)."""

from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import example, given, settings
from hypothesis import strategies as st

import preventionkit as pk
from preventionkit.model import ActionPlan, Activity, PartialDate, Period
from preventionkit.rules import RULES
from preventionkit.rules.pk302_timeline import in_period
from preventionkit.testing import periods, valid_plans
from preventionkit.vocab import PreventionLevel

_PLANS = valid_plans(max_activities=6)
_DAYS = st.none() | st.dates(dt.date(2015, 1, 1), dt.date(2030, 12, 31))
_PROFILES = st.none() | st.sampled_from(["municipal", "local-unit", "regional"])


@settings(max_examples=100)
@given(_PLANS, _PROFILES, st.sampled_from(["sv", "en"]), _DAYS)
def test_validate_never_raises_and_is_well_formed(
    plan: ActionPlan, profile: str | None, lang: str, day: dt.date | None
) -> None:
    report = pk.validate(plan, profile=profile, lang=lang, as_of=day)  # type: ignore[arg-type]
    codes = {r.code for r in RULES}
    assert report.ok is (report.counts["error"] == 0)
    for f in report.findings:
        assert f.code in codes
        assert f.text()
        assert f.severity == next(r.severity for r in RULES if r.code == f.code)
        if f.path:
            assert f.path.split("[")[0].split(".")[0] in type(plan).model_fields
    assert sum(report.counts.values()) == len(report.findings)


@settings(max_examples=50)
@given(_PLANS, st.sampled_from(["sv", "en"]))
def test_validate_is_deterministic(plan: ActionPlan, lang: str) -> None:
    first = pk.validate(plan, lang=lang)  # type: ignore[arg-type]
    again = pk.validate(
        ActionPlan.model_validate(plan.model_dump(by_alias=True, exclude_unset=True)), lang=lang
    )  # type: ignore[arg-type]
    assert first.findings == again.findings
    assert first.to_json() == pk.validate(plan, lang=lang).to_json()  # type: ignore[arg-type]


@settings(max_examples=50)
@given(_PLANS, st.sampled_from(list(PreventionLevel)))
def test_adding_an_activity_at_a_missing_level_removes_its_pk101(
    plan: ActionPlan, level: PreventionLevel
) -> None:
    def missing(p: ActionPlan) -> set[str]:
        report = pk.validate(p, select=["PK101"])
        if p.knows("activities") == "unstated":  # one question for all of them, unless suppressed
            said = (*report.findings, *report.questions)
            return {lv.value for lv in PreventionLevel} if said else set()
        return {
            lv.value
            for lv in PreventionLevel
            for f in (*report.findings, *report.questions)
            if lv.label("en") in f.text()
        }

    before = missing(plan)
    taken = {r.id for _, r in plan.iter_records()}
    new_id = next(f"ny-{i}" for i in range(len(taken) + 1) if f"ny-{i}" not in taken)
    added = Activity(id=new_id, title="Ny aktivitet", prevention_levels=(level,))
    after_plan = ActionPlan.model_validate(
        {
            **plan.model_dump(by_alias=True),
            "activities": [*plan.model_dump()["activities"], added.model_dump()],
        }
    )
    after = missing(after_plan)
    assert level.value not in after
    assert after == before - {level.value}


def _edge_dates() -> st.SearchStrategy[PartialDate | None]:
    """Dates at the edges of years and months (first and last days, months and years only),
    so that timelines and periods touch and cross at their ends often."""
    days = [
        PartialDate(y, m, d)
        for y in (2019, 2020)
        for m in (1, 2, 12)
        for d in {1, 28, calendar.monthrange(y, m)[1]}
    ]
    rough = [PartialDate(y, m) for y in (2019, 2020) for m in (1, 2, 12)]
    return st.none() | st.sampled_from([*days, *rough, PartialDate(2019), PartialDate(2020)])


@st.composite
def _edge_periods(draw: st.DrawFn) -> Period:
    a, b = draw(_edge_dates()), draw(_edge_dates())
    if a is not None and b is not None and a.earliest() > b.latest():
        a, b = b, a
    return Period(start=a, end=b)


_PERIODS = _edge_periods() | periods(1, 9999)


_JAN, _JAN_31 = PartialDate(2019, 1), PartialDate(2019, 1, 31)


@settings(max_examples=1000)
@given(_PERIODS, _PERIODS)
# a month's last day against the month known only roughly, both ways round
@example(Period(end=_JAN), Period(start=_JAN_31))
@example(Period(start=_JAN_31), Period(end=_JAN))
@example(Period(start=_JAN, end=_JAN), Period(start=_JAN_31, end=_JAN_31))
def test_pk302_inside_the_period_is_the_models_answer(timeline: Period, period: Period) -> None:
    """PK302 compares days as tuples (issue 20); the answer is the model's, for any ends:
    the timeline overlaps the period and, where its end is known, ends no later."""
    hi = period.end.latest() if period.end is not None else dt.date.max
    ends_in = timeline.end is None or timeline.end.earliest() <= hi
    assert in_period(timeline, period) is (ends_in and timeline.overlaps(period))
