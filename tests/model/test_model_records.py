"""The records of a plan on their own: frozen, no unknown fields, and each record's own rules
(functions hold posts; validity in order; ids and codes well formed)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from pydantic import BaseModel, ValidationError

from preventionkit import testing as pkt
from preventionkit.model import (
    Activity,
    Actor,
    Body,
    ChecklistEntry,
    Decision,
    FollowUp,
    Funding,
    Goal,
    Indicator,
    Mandate,
    Measure,
    Membership,
    PartialDate,
    ProgrammeTheory,
    Readiness,
    Suppression,
    Vision,
)
from preventionkit.vocab import ActorKind, DecisionKind, FollowUpKind


def _error_types(exc: ValidationError) -> list[str]:
    return [e["type"] for e in exc.errors()]


# --- every record: frozen, extra="forbid", strategies produce valid records -----------------

RECORD_STRATEGIES = {
    "actors": pkt.actors(),
    "decisions": pkt.decisions(),
    "mandates": pkt.mandates(),
    "bodies": pkt.bodies(),
    "memberships": pkt.memberships(),
    "activities": pkt.activities(),
    "programme_records": pkt.programme_records(),
    "programme_theories": pkt.programme_theories(),
    "goals": pkt.goals(),
    "indicators": pkt.indicators(),
    "measures": pkt.measures(),
    "follow_ups": pkt.follow_ups(),
    "readiness": pkt.readiness(),
    "visions": pkt.visions(),
    "funding": pkt.funding(),
    "checklist_entries": pkt.checklist_entries(),
    "suppressions": pkt.suppressions(),
    "periods": pkt.periods(),
}


@pytest.mark.parametrize("name", sorted(RECORD_STRATEGIES))
def test_every_record_strategy_yields_records_that_revalidate(name: str) -> None:
    @given(RECORD_STRATEGIES[name])
    def check(record: BaseModel) -> None:
        data = record.model_dump(mode="json", by_alias=True)
        again = type(record).model_validate(data)
        assert again == record
        with pytest.raises(ValidationError, match="frozen"):
            setattr(record, next(iter(type(record).model_fields)), None)
        with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
            type(record).model_validate({**data, "okänt_fält": 1})

    check()


def test_the_public_testing_module_covers_every_record_type() -> None:
    made = {
        "Actor",
        "Decision",
        "Mandate",
        "Body",
        "Membership",
        "Activity",
        "ProgrammeTheory",
        "Goal",
        "Indicator",
        "Measure",
        "FollowUp",
        "Readiness",
        "Vision",
        "Funding",
        "ChecklistEntry",
        "Suppression",
        "Period",
        "Breakdown",
        "IndicatorPeriod",
        "Factor",
        "NeedsAssessment",
        "Evaluation",
        "PlanLink",
        "EmployerRole",
        "ProgrammeRecord",
    }
    from preventionkit import model

    records = {
        name
        for name in model.__all__
        if isinstance(getattr(model, name), type)
        and issubclass(getattr(model, name), model.Record)
        and name not in {"Record", "ActionPlan"}
    }
    assert records == made  # a new record type needs a strategy in preventionkit.testing


# --- actors: functions are posts -------------------------------------------------------------


def test_a_function_records_holders_and_vacancy() -> None:
    post = Actor(
        id="samordnare",
        name="Kvinnofridssamordnare",
        kind="function",
        holders=1,
        vacant=True,
        vacant_since="2021-03",
    )
    assert post.is_function
    assert post.vacant_since == PartialDate(2021, 3)
    assert not Actor(id="ks", name="Kommunstyrelsen", kind="executive_board").is_function


@pytest.mark.parametrize(
    ("field", "value"), [("holders", 1), ("vacant", True), ("vacant_since", "2020")]
)
def test_post_fields_belong_to_functions_only(field: str, value: Any) -> None:
    with pytest.raises(ValidationError, match=rf"'{field}' applies only to functions") as info:
        Actor.model_validate(
            {"id": "ks", "name": "Kommunstyrelsen", "kind": "executive_board", field: value}
        )
    assert _error_types(info.value) == ["function_only"]


def test_vacant_since_needs_a_vacancy() -> None:
    with pytest.raises(ValidationError, match="'vacant_since' is set but 'vacant' is false"):
        Actor(id="s", name="Samordnare", kind="function", vacant_since="2020")


def test_holders_cannot_be_negative() -> None:
    with pytest.raises(ValidationError, match="greater than or equal to 0"):
        Actor(id="s", name="Samordnare", kind="function", holders=-1)


@pytest.mark.parametrize("kind", ["person", "Council", "kommunfullmäktige", ""])
def test_actor_kind_is_a_vocabulary_value(kind: str) -> None:
    with pytest.raises(ValidationError, match="Input should be") as info:
        Actor.model_validate({"id": "x", "name": "X", "kind": kind})
    assert _error_types(info.value) == ["enum"]


def test_actor_needs_a_name() -> None:
    with pytest.raises(ValidationError, match="at least 1 character"):
        Actor(id="x", name="", kind="council")


# --- validity in order -------------------------------------------------------------------------


def test_a_mandate_may_not_end_before_it_starts() -> None:
    with pytest.raises(ValidationError, match=r"the mandate ends \(2019\) before it starts") as e:
        Mandate(holder="a", granted_by="b", scope="Leda", valid_from="2020", valid_until="2019")
    assert _error_types(e.value) == ["dates_out_of_order"]


def test_mandate_validity() -> None:
    mandate = Mandate(
        holder="a", granted_by="b", scope="Leda", valid_from="2019-06", valid_until="2022"
    )
    assert mandate.leads is True  # a mandate to lead unless said otherwise
    assert mandate.is_valid_on(dt.date(2019, 6, 1))
    assert mandate.is_valid_on(dt.date(2022, 12, 31))
    assert not mandate.is_valid_on(dt.date(2019, 5, 31))
    assert not mandate.is_valid_on(dt.date(2023, 1, 1))


def test_a_body_may_not_end_before_it_starts() -> None:
    with pytest.raises(ValidationError, match=r"the body ends \(2018\) before it starts"):
        Body(id="b", name="B", role="network", valid_from="2019", valid_until="2018")


def test_a_membership_may_not_end_before_it_starts() -> None:
    with pytest.raises(ValidationError, match=r"the membership ends \(2019-01\) before it starts"):
        Body(
            id="b",
            name="B",
            role="network",
            members=[{"actor": "a", "valid_from": "2019-02", "valid_until": "2019-01"}],
        )


def test_body_members_as_ids_or_memberships() -> None:
    body = Body(
        id="rad",
        name="Samverkansrådet mot våld",
        role="collaboration_team",
        members=[
            "umebra",
            {"actor": "ifn", "appointed_by": "ifn", "valid_until": "2020-06"},
            {"actor": "bostaden", "valid_from": "2021"},
        ],
        meets_per_year=4,
    )
    assert isinstance(body.members[1], Membership)
    assert body.member_ids == ("umebra", "ifn", "bostaden")
    assert body.members_on(None) == body.member_ids
    assert body.members_on(dt.date(2019, 1, 1)) == ("umebra", "ifn")
    assert body.members_on(dt.date(2022, 1, 1)) == ("umebra", "bostaden")
    assert body.is_valid_on(dt.date(1900, 1, 1))


@pytest.mark.parametrize("meets", [-1, 367])
def test_meetings_per_year_are_bounded(meets: int) -> None:
    with pytest.raises(ValidationError, match="meets_per_year"):
        Body(id="b", name="B", role="network", meets_per_year=meets)


# --- activities, indicators, decisions, follow-up -----------------------------------------------


@pytest.mark.parametrize(
    ("responsible", "accountable", "expected"),
    [
        (("ks",), None, "ks"),
        (("ks", "ifn"), None, None),
        ((), None, None),
        (("ks", "ifn"), "ifn", "ifn"),
        ((), "kf", "kf"),
    ],
)
def test_the_accountable_actor_defaults_to_the_sole_responsible_one(
    responsible: tuple[str, ...], accountable: str | None, expected: str | None
) -> None:
    activity = Activity(id="a", title="A", responsible=responsible, accountable=accountable)
    assert activity.accountable_actor == expected


def test_activity_levels_are_vocabulary_values() -> None:
    with pytest.raises(ValidationError, match="'universal', 'selective' or 'indicated'"):
        Activity.model_validate({"id": "a", "title": "A", "prevention_levels": ["primary"]})


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_measures_are_finite(value: float) -> None:
    with pytest.raises(ValidationError, match="finite number"):
        Measure(value=value)


def test_an_indicator_with_baseline_and_target() -> None:
    indicator = Indicator(
        id="unga",
        name="UNGA-enkäten",
        frequency="every_3_years",
        baseline={"value": 12.5, "unit": "procent", "date": "2019"},
        target={"value": 10, "unit": "procent", "date": "2022"},
        disaggregation=["girls", "boys"],
    )
    assert indicator.baseline is not None
    assert indicator.baseline.date == PartialDate(2019)
    assert indicator.target is not None
    assert indicator.target.value == 10.0


def test_decision_defaults() -> None:
    decision = Decision(id="d", by="kf", summary="Antar planen", date="2019-XX-XX")
    assert decision.kind is DecisionKind.ADOPTION
    assert decision.date == PartialDate(2019)
    assert decision.parties == ()
    with pytest.raises(ValidationError, match="summary"):
        Decision.model_validate({"id": "d", "by": "kf"})


def test_follow_up_defaults_and_requirements() -> None:
    follow_up = FollowUp(forum="kf", frequency="annual", scope="Aktivitetsplanen")
    assert follow_up.kind is FollowUpKind.FOLLOW_UP
    assert follow_up.id is None
    with pytest.raises(ValidationError, match="frequency"):
        FollowUp.model_validate({"forum": "kf", "scope": "Aktivitetsplanen"})


@pytest.mark.parametrize("item", ["step1.4", "checklist-a.12", "x_1.0"])
def test_checklist_items_name_framework_and_number(item: str) -> None:
    assert ChecklistEntry(item=item, answer="partly").item == item


@pytest.mark.parametrize("item", ["step1", "Step1.4", "step1.٤", "step 1.4", ".4"])
def test_malformed_checklist_items_are_refused(item: str) -> None:
    with pytest.raises(ValidationError, match="should match pattern"):
        ChecklistEntry(item=item, answer="yes")


@pytest.mark.parametrize("code", ["PK1", "pk101", "PK1011", "PK١٠١", "ACME01", "A1B001"])
def test_suppression_codes_are_rule_codes(code: str) -> None:
    with pytest.raises(ValidationError, match="should match pattern"):
        Suppression(code=code, reason="r")


def test_small_records_hold_what_they_are_given() -> None:
    assert Suppression(code="PK602", reason="Civilsamhället deltar").path is None
    assert Suppression(code="ACME001", reason="A pack's rule").code == "ACME001"
    assert Readiness(support_contacts=["Kvinnofridslinjen 020-50 50 50"]).support_contacts == (
        "Kvinnofridslinjen 020-50 50 50",
    )
    assert Vision(statement="Ingen ska utsättas för våld").aligned_with == ()
    assert Funding(source="state_grant").by is None
    assert Goal(id="g", statement="Minska våldet").indicators == ()
    assert ProgrammeTheory().short_term_effects == ()


@pytest.mark.parametrize(
    "record",
    [
        Actor(id="a", name="A", kind=ActorKind.COUNCIL),
        Activity(id="a", title="A", responsible=["x"]),
        Body(id="b", name="B", role="network", members=["x"]),
    ],
)
def test_lists_are_held_as_tuples(record: BaseModel) -> None:
    for name in type(record).model_fields:
        value = getattr(record, name)
        assert not isinstance(value, list), f"{name} is a list; records hold tuples"
