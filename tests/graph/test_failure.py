"""Single points of failure and the bus factor on hand-made plans (002 §1.5, §1.8; 004)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest
from graph_fixtures import plan_data

from preventionkit.graph import SinglePointOfFailure, bus_factor, single_points_of_failure
from preventionkit.model import ActionPlan

PlanFactory = Callable[..., ActionPlan]


def _by_node(spofs: tuple[SinglePointOfFailure, ...]) -> dict[str, SinglePointOfFailure]:
    return {s.node: s for s in spofs}


def test_the_lone_coordinator_is_reported_and_explained(coordinator: ActionPlan) -> None:
    spofs = single_points_of_failure(coordinator)
    first = spofs[0]
    assert first.node == "samordnare"
    assert first.reason == "single_holder"
    assert first.edge is None
    assert first.holders == 1
    assert first.activities == ("a-skola", "a-fritid", "a-gemensam")
    assert first.mandate_holders == ("styrgrupp",)
    en = first.explanation()
    assert "Kvinnofridssamordnare" in en
    assert "single person" in en
    assert "Styrgruppen" in en
    assert "Normkritiskt arbete i skolan" in en
    assert "002 §1.5" in en
    sv = first.explanation("sv")
    assert "en enda person" in sv
    assert "mandatinnehavaren Styrgruppen" in sv
    assert "3 aktiviteter" in sv


def test_articulation_points_and_bridges(coordinator: ActionPlan) -> None:
    found = single_points_of_failure(coordinator)
    nodes = _by_node(found)
    assert nodes["op-skola"].reason == "articulation_point"
    assert nodes["op-skola"].activities == ("a-skola",)  # not its own shared activity
    assert nodes["skola"].reason == "bridge"
    assert nodes["skola"].edge == ("op-skola", "skola")
    assert nodes["skola"].edge_kinds == ("has_member",)
    assert "Arbetsgrupp skola" in nodes["skola"].explanation()
    assert "(has member)" in nodes["skola"].explanation()
    assert "(har som ledamot)" in nodes["skola"].explanation("sv")
    assert "this activity loses its connection" in nodes["op-skola"].explanation()
    assert "jour" not in nodes  # never reached: nothing to cut
    assert "styrgrupp" not in nodes  # the mandate holder is where the chain starts
    reasons = [s.reason for s in found]
    assert reasons == sorted(
        reasons, key=["vacancy", "single_holder", "articulation_point", "bridge"].index
    )


def test_two_independent_paths_leave_no_single_point(redundant: ActionPlan) -> None:
    assert single_points_of_failure(redundant) == ()
    assert bus_factor(redundant) == {"a1": 2}


def test_a_second_holder_removes_the_single_holder_finding(plan_factory: PlanFactory) -> None:
    data = plan_data("coordinator")
    actors = [{**a, "holders": 2} if a["id"] == "samordnare" else a for a in data["actors"]]
    plan = plan_factory("coordinator", actors=actors)
    nodes = _by_node(single_points_of_failure(plan))
    # Still the only link, but no longer a single person: an articulation point.
    assert nodes["samordnare"].reason == "articulation_point"
    assert "single person" not in nodes["samordnare"].explanation()


def test_a_vacancy_counts_from_its_date(plan_factory: PlanFactory) -> None:
    data = plan_data("coordinator")
    actors = [
        {**a, "vacant": True, "vacant_since": "2021-03"} if a["id"] == "samordnare" else a
        for a in data["actors"]
    ]
    plan = plan_factory("coordinator", actors=actors)
    now = _by_node(single_points_of_failure(plan))
    assert now["samordnare"].reason == "vacancy"
    assert "vacant" in now["samordnare"].explanation()
    assert "vakant" in now["samordnare"].explanation("sv")
    before = _by_node(single_points_of_failure(plan, as_of=dt.date(2021, 2, 28)))
    assert before["samordnare"].reason == "single_holder"
    assert (
        _by_node(single_points_of_failure(plan, as_of=dt.date(2021, 3, 1)))["samordnare"].reason
        == "vacancy"
    )


def test_a_lone_function_holding_the_mandate_is_reported(plan_factory: PlanFactory) -> None:
    data = plan_data("coordinator")
    mandates = [{**data["mandates"][0], "holder": "samordnare"}]
    plan = plan_factory("coordinator", mandates=mandates)
    spof = _by_node(single_points_of_failure(plan))["samordnare"]
    assert spof.reason == "single_holder"
    assert "holds the only mandate" in spof.explanation()
    assert "innehar det enda mandat" in spof.explanation("sv")


def test_no_mandate_holder_means_nothing_to_cut(plan_factory: PlanFactory) -> None:
    plan = plan_factory("coordinator", mandates=[])
    assert single_points_of_failure(plan) == ()
    assert set(bus_factor(plan).values()) == {0}


def test_bus_factor(coordinator: ActionPlan) -> None:
    assert bus_factor(coordinator) == {"a-skola": 1, "a-fritid": 1, "a-jour": 0, "a-gemensam": 1}


def test_bus_factor_counts_links_and_not_the_ends(plan_factory: PlanFactory) -> None:
    data = plan_data("redundant")
    # The steering group also has the school as a member: three disjoint routes, each cut by
    # losing one link or one function; the holder and the school themselves do not count.
    bodies = [
        {**data["bodies"][0], "members": ["strateg", "samordnare", "skola"]},
        *data["bodies"][1:],
    ]
    plan = plan_factory("redundant", bodies=bodies)
    assert bus_factor(plan) == {"a1": 3}
    # The holder carrying the activity itself: the top of the chain is not lost, so nothing
    # can cut it off (None), and no single point of failure names it.
    acts = [{**data["activities"][0], "responsible": ["styrgrupp"]}]
    carried = plan_factory("redundant", activities=acts)
    assert bus_factor(carried) == {"a1": None}
    assert single_points_of_failure(carried) == ()


def test_explanation_rejects_unknown_languages(coordinator: ActionPlan) -> None:
    with pytest.raises(ValueError, match="lang"):
        single_points_of_failure(coordinator)[0].explanation("de")  # type: ignore[arg-type]


def test_single_point_is_frozen(coordinator: ActionPlan) -> None:
    spof = single_points_of_failure(coordinator)[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        spof.node = "x"  # type: ignore[misc]
