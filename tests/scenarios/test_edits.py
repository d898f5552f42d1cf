"""Scenario edits return new, re-checked plans and never change their input (issue 8)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import preventionkit as pk
from preventionkit.model import Membership, PartialDate
from preventionkit.scenarios import (
    ScenarioError,
    add_activity,
    end_mandate,
    remove_activity,
    remove_actor,
    replace_members,
    vacate_function,
)
from preventionkit.testing import synthetic_plan


@pytest.fixture(scope="module")
def plan() -> pk.ActionPlan:
    return synthetic_plan(60, seed=3)


def _refs(plan: pk.ActionPlan) -> set[str]:
    """Every id the plan refers to anywhere."""
    from preventionkit.model import references as _references

    return {ref for _loc, ref, _kinds in _references(plan)}


# --- remove_actor -------------------------------------------------------------------------


def test_removing_a_committee_cuts_every_reference_to_it(plan: pk.ActionPlan) -> None:
    after = remove_actor(plan, "son")
    assert after.kind_of("son") is None
    assert "son" not in _refs(after)
    # what sat inside it stays, now at the top
    assert after.actor("son-forv").part_of is None
    # the decision it took goes, and what rested on that decision loses it
    assert after.kind_of("d-son-utse") is None
    assert "m-kvinnofridssamordnare" not in {m.id for m in after.mandates}  # granted by son
    styrgrupp = after.body("b-styrgrupp")
    member = next(
        m for m in styrgrupp.members if isinstance(m, Membership) and m.actor == "son-forv"
    )
    assert (member.appointed_by, member.decision) == (None, None)
    assert "son" not in after.body("b-politisk").member_ids


def test_removing_the_only_responsible_actor_leaves_the_activity_without_one() -> None:
    plan = synthetic_plan(30, seed=1)
    doer = plan.activities[5].responsible[0]
    after = remove_actor(plan, doer)
    alone = [a.id for a in plan.activities if a.responsible == (doer,)]
    assert alone
    assert all(after.activity(aid).responsible == () for aid in alone)
    assert len(after.activities) == len(plan.activities)


def test_removing_the_owner_and_granter_drops_its_mandates_and_decisions(
    plan: pk.ActionPlan,
) -> None:
    after = remove_actor(plan, "ks")
    assert after.owner is None
    assert all("ks" not in (m.holder, m.granted_by) for m in after.mandates)
    assert after.kind_of("d-ks-uppdrag") is None
    assert all(f.decision is None for f in after.funding)


def test_removing_a_body_works_like_removing_an_actor(plan: pk.ActionPlan) -> None:
    after = remove_actor(plan, "b-samverkansteam")
    assert after.kind_of("b-samverkansteam") is None
    assert "b-samverkansteam" not in _refs(after)
    assert after.kind_of("d-styrgrupp-uppdrag") is not None  # taken by the steering group


def test_without_cascade_every_dangling_reference_is_named(plan: pk.ActionPlan) -> None:
    with pytest.raises(ScenarioError) as info:
        remove_actor(plan, "son", cascade=False)
    issues = info.value.issues
    assert {i.kind for i in issues} == {"dangling_reference"}
    assert "actors[4].part_of" in {i.path for i in issues}
    assert "removing 'son'" in str(info.value)


def test_removing_what_is_not_an_actor_says_so(plan: pk.ActionPlan) -> None:
    with pytest.raises(ScenarioError, match="did you mean 'son'"):
        remove_actor(plan, "sonn")
    with pytest.raises(ScenarioError, match=r"is an activity, not an actor or body|is a activity"):
        remove_actor(plan, plan.activities[0].id)


# --- vacate_function ----------------------------------------------------------------------


def test_vacating_a_function_keeps_the_post_and_its_mandates(plan: pk.ActionPlan) -> None:
    after = vacate_function(plan, "kvinnofridssamordnare", since="2024-03")
    post = after.actor("kvinnofridssamordnare")
    assert (post.vacant, post.vacant_since, post.holders) == (True, PartialDate(2024, 3), 0)
    assert {m.id for m in after.mandates} == {m.id for m in plan.mandates}
    assert not plan.actor("kvinnofridssamordnare").vacant


def test_vacating_accepts_dates_and_no_date(plan: pk.ActionPlan) -> None:
    assert vacate_function(plan, "folkhalsosamordnare", dt.date(2024, 5, 2)).actor(
        "folkhalsosamordnare"
    ).vacant_since == PartialDate(2024, 5, 2)
    assert (
        vacate_function(plan, "folkhalsosamordnare").actor("folkhalsosamordnare").vacant_since
        is None
    )
    with pytest.raises(ScenarioError, match="not a date"):
        vacate_function(plan, "folkhalsosamordnare", since="spring")


def test_only_functions_can_be_vacated(plan: pk.ActionPlan) -> None:
    with pytest.raises(ScenarioError, match="not a function"):
        vacate_function(plan, "son")
    with pytest.raises(ScenarioError, match="no actor has the id"):
        vacate_function(plan, "nobody")


# --- end_mandate --------------------------------------------------------------------------


def test_ending_a_mandate_by_id_or_holder(plan: pk.ActionPlan) -> None:
    by_id = end_mandate(plan, "m-styrgrupp", on="2024-06-30")
    by_holder = end_mandate(plan, "b-styrgrupp", on=dt.date(2024, 6, 30))
    assert by_id == by_holder
    (mandate,) = [m for m in by_id.mandates if m.id == "m-styrgrupp"]
    assert mandate.valid_until == PartialDate(2024, 6, 30)
    assert mandate.is_valid_on(dt.date(2024, 6, 30))
    assert not mandate.is_valid_on(dt.date(2024, 7, 1))


def test_ending_a_mandate_before_it_starts_is_refused(plan: pk.ActionPlan) -> None:
    with pytest.raises(ScenarioError) as info:
        end_mandate(plan, "m-styrgrupp", on="2020-01-01")
    assert info.value.issues[0].kind == "dates_out_of_order"


def test_ending_an_unknown_or_ended_mandate_is_refused(plan: pk.ActionPlan) -> None:
    with pytest.raises(ScenarioError, match="no mandate"):
        end_mandate(plan, "nobody", on="2024")
    with pytest.raises(ScenarioError, match="already ends"):
        end_mandate(plan, "b-styrgrupp", on="2030")


# --- members and activities ---------------------------------------------------------------


def test_replacing_members_rechecks_references(plan: pk.ActionPlan) -> None:
    after = replace_members(
        plan, "b-styrgrupp", ["klk", {"actor": "polisen", "role": "sammankallande"}]
    )
    assert after.body("b-styrgrupp").member_ids == ("klk", "polisen")
    with pytest.raises(ScenarioError) as info:
        replace_members(plan, "b-styrgrupp", ["klk", "polisn"])
    (issue,) = info.value.issues
    assert (issue.kind, issue.path) == ("dangling_reference", "bodies[1].members[1]")
    assert "polisen" in (issue.hint_text() or "")
    with pytest.raises(ScenarioError, match="'son' is an actor, not a body"):
        replace_members(plan, "son", [])


def test_adding_and_removing_an_activity(plan: pk.ActionPlan) -> None:
    new = {
        "id": "a-ny",
        "title": "Trygghetsvandring",
        "prevention_levels": ["universal"],
        "responsible": ["sbn-forv"],
    }
    after = add_activity(plan, new)
    assert after.activities[-1].id == "a-ny"
    assert remove_activity(after, "a-ny") == plan
    assert add_activity(plan, pk.Activity.model_validate(new)) == after


def test_adding_an_invalid_activity_is_refused(plan: pk.ActionPlan) -> None:
    with pytest.raises(ScenarioError) as dup:
        add_activity(plan, {"id": plan.activities[0].id, "title": "x"})
    assert dup.value.issues[0].kind == "duplicate_id"
    with pytest.raises(ScenarioError) as dangling:
        add_activity(plan, {"id": "a-ny", "title": "x", "responsible": ["nobody"]})
    assert dangling.value.issues[0].path == f"activities[{len(plan.activities)}].responsible[0]"
    with pytest.raises(ScenarioError) as bad:
        add_activity(plan, {"id": "a-ny", "title": "x", "prevention_levels": ["primary"]})
    assert bad.value.issues[0].kind == "unknown_value"
    with pytest.raises(ScenarioError, match="no activity has the id"):
        remove_activity(plan, "a-nope")


def test_an_edited_plan_is_checked_like_a_loaded_one(plan: pk.ActionPlan) -> None:
    after = remove_actor(vacate_function(plan, "kvinnofridssamordnare"), "jouren")
    again = pk.ActionPlan.model_validate(after.model_dump(by_alias=True))
    assert again == after
    assert after.index.by_id.keys() == again.index.by_id.keys()


# --- properties ---------------------------------------------------------------------------

EDITS = ("remove_actor", "remove_actor_strict", "vacate", "end", "members", "add", "remove")


def _apply(plan: pk.ActionPlan, edit: str, data: st.DataObject) -> pk.ActionPlan | None:
    actors = [a.id for a in plan.actors] + [b.id for b in plan.bodies]
    try:
        if edit == "remove_actor":
            return remove_actor(plan, data.draw(st.sampled_from(actors)))
        if edit == "remove_actor_strict":
            return remove_actor(plan, data.draw(st.sampled_from(actors)), cascade=False)
        if edit == "vacate":
            posts = [a.id for a in plan.functions]
            return vacate_function(plan, data.draw(st.sampled_from(posts)), since="2024")
        if edit == "end":
            mandate = data.draw(st.sampled_from([m.id for m in plan.mandates if m.id]))
            return end_mandate(plan, mandate, on=data.draw(st.sampled_from(["2023-06", "2025"])))
        if edit == "members":
            body = data.draw(st.sampled_from([b.id for b in plan.bodies]))
            return replace_members(
                plan, body, data.draw(st.lists(st.sampled_from(actors), max_size=4))
            )
        if edit == "add":
            return add_activity(
                plan,
                {
                    "id": "a-extra",
                    "title": "Ny",
                    "responsible": [data.draw(st.sampled_from(actors))],
                },
            )
        return remove_activity(plan, data.draw(st.sampled_from([a.id for a in plan.activities])))
    except ScenarioError:
        return None


@settings(max_examples=40)
@given(
    seed=st.integers(0, 5),
    edits=st.lists(st.sampled_from(EDITS), min_size=1, max_size=3),
    data=st.data(),
)
def test_edits_never_change_their_input(seed: int, edits: list[str], data: st.DataObject) -> None:
    plan = synthetic_plan(25, seed=seed)
    current = plan
    for edit in edits:
        before = current.model_dump()
        result = _apply(current, edit, data)
        assert current.model_dump() == before
        if result is not None:
            assert result is not current
            # the result passes the same plan-level checks as a freshly loaded plan
            pk.ActionPlan.model_validate(result.model_dump(by_alias=True))
            current = result
    assert plan == synthetic_plan(25, seed=seed)
