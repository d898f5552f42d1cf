"""Properties of validate over generated plans (preventionkit.testing strategies)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

import preventionkit as pk
from preventionkit.model import ActionPlan, Activity
from preventionkit.rules import RULES
from preventionkit.testing import valid_plans
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
