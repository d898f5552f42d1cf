"""Mandate holders, chain roots, reach, paths and cycles on hand-made plans (002 §1.8)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import networkx as nx
from graph_fixtures import plan_data

import preventionkit as pk
from preventionkit.graph import (
    chain_roots,
    chain_to,
    governance_cycles,
    in_chain,
    mandate_holders,
    responsibility_graph,
    unreachable_activities,
)
from preventionkit.model import ActionPlan, Actor, Body

PlanFactory = Callable[..., ActionPlan]


def test_mandate_holder_needs_a_leading_mandate_on_a_formal_decision(
    coordinator: ActionPlan, plan_factory: PlanFactory
) -> None:
    assert mandate_holders(coordinator) == ("styrgrupp",)
    mandate = plan_data("coordinator")["mandates"][0]
    informal = plan_factory("coordinator", mandates=[{**mandate, "decision": None}])
    assert mandate_holders(informal) == ()
    narrow = plan_factory("coordinator", mandates=[{**mandate, "leads": False}])
    assert mandate_holders(narrow) == ()


def test_mandate_holders_follow_as_of(plan_factory: PlanFactory) -> None:
    mandate = plan_data("coordinator")["mandates"][0]
    plan = plan_factory(
        "coordinator",
        mandates=[{**mandate, "valid_from": "2020-01-01", "valid_until": "2021-12-31"}],
    )
    assert mandate_holders(plan, as_of=dt.date(2020, 6, 1)) == ("styrgrupp",)
    assert mandate_holders(plan, as_of=dt.date(2019, 12, 31)) == ()
    assert mandate_holders(plan, as_of=dt.date(2022, 1, 1)) == ()
    # The decision behind it (2019-09) must have been taken: before then it is not formal.
    plain = plan_factory("coordinator")
    assert mandate_holders(plain, as_of=dt.date(2019, 8, 31)) == ()
    assert mandate_holders(plain, as_of=dt.date(2019, 9, 1)) == ("styrgrupp",)


def test_mandate_holders_in_plan_order_without_duplicates(plan_factory: PlanFactory) -> None:
    base = plan_data("coordinator")["mandates"][0]
    plan = plan_factory(
        "coordinator",
        mandates=[
            {**base, "id": "m1", "holder": "op-skola"},
            {**base, "id": "m2"},
            {**base, "id": "m3", "holder": "op-skola", "scope": "Mer"},
        ],
    )
    assert mandate_holders(plan) == ("op-skola", "styrgrupp")


def test_chain_roots_put_political_bodies_first(
    coordinator: ActionPlan, plan_factory: PlanFactory
) -> None:
    assert chain_roots(coordinator) == ("kf", "ks")
    data = plan_data("coordinator")
    # Without an adopting decision the grantors are the roots; the political one comes first.
    plan = plan_factory(
        "coordinator",
        adopted_by=None,
        mandates=[{**data["mandates"][0], "id": "m-u", "granted_by": "skola"}, data["mandates"][0]],
    )
    assert chain_roots(plan) == ("ks", "skola")


def test_in_chain_reaches_down_from_roots_and_holders(coordinator: ActionPlan) -> None:
    reached = in_chain(coordinator)
    assert reached == {
        "kf",
        "ks",
        "styrgrupp",
        "samordnare",
        "op-skola",
        "op-fritid",
        "skola",
        "fritid",
    }
    assert "jour" not in reached
    assert isinstance(reached, frozenset)


def test_in_chain_is_empty_without_roots_or_holders(plan_factory: PlanFactory) -> None:
    plan = plan_factory("coordinator", mandates=[], adopted_by=None, owner=None)
    assert in_chain(plan) == frozenset()
    assert unreachable_activities(plan) == tuple(a.id for a in plan.activities)


def test_the_owner_is_part_of_the_top_of_the_chain(plan_factory: PlanFactory) -> None:
    # 001 p. 15: the plan's owner answers for leading it, adopted or not.
    plan = plan_factory("coordinator", mandates=[], adopted_by=None)
    assert plan.owner == "ks"
    assert "ks" in in_chain(plan)


def test_unreachable_activities(coordinator: ActionPlan, plan_factory: PlanFactory) -> None:
    assert unreachable_activities(coordinator) == ("a-jour",)
    data = plan_data("coordinator")
    linked = plan_factory(
        "coordinator",
        bodies=[
            *data["bodies"][:1],
            {**data["bodies"][1], "members": ["skola", "jour"]},
            data["bodies"][2],
        ],
    )
    assert unreachable_activities(linked) == ()
    orphan = plan_factory(
        "coordinator", activities=[*data["activities"], {"id": "a-none", "title": "Ingen"}]
    )
    assert unreachable_activities(orphan) == ("a-jour", "a-none")


def test_chain_to_runs_from_the_council_through_the_mandate_holder(
    coordinator: ActionPlan,
) -> None:
    paths = chain_to(coordinator, "a-skola")
    assert paths == (
        (
            "kf",
            "d-kf",
            "plan/coordinator",
            "ks",
            "styrgrupp",
            "samordnare",
            "op-skola",
            "skola",
            "a-skola",
        ),
    )
    path = paths[0]
    assert path[0] == "kf"
    assert "styrgrupp" in path
    assert path[-1] == "a-skola"


def test_chain_to_an_activity_with_two_responsible_bodies(coordinator: ActionPlan) -> None:
    paths = chain_to(coordinator, "a-gemensam")
    assert len(paths) == 1
    assert paths[0][-2:] == ("op-skola", "a-gemensam")  # the first in plan order


def test_chain_to_an_unreached_activity_is_empty(coordinator: ActionPlan) -> None:
    assert chain_to(coordinator, "a-jour") == ()


def test_chain_to_without_a_mandate_holder_uses_the_plain_path(plan_factory: PlanFactory) -> None:
    plan = plan_factory("coordinator", mandates=[])
    # KF adopts, KS owns, but nothing links KS to the groups: no path at all.
    assert chain_to(plan, "a-skola") == ()
    data = plan_data("coordinator")
    owned = plan_factory(
        "coordinator",
        mandates=[],
        bodies=[{**data["bodies"][0], "reports_to": "ks"}, *data["bodies"][1:]],
    )
    assert chain_to(owned, "a-skola") == (
        (
            "kf",
            "d-kf",
            "plan/coordinator",
            "ks",
            "styrgrupp",
            "samordnare",
            "op-skola",
            "skola",
            "a-skola",
        ),
    )


def test_chain_to_is_deterministic(coordinator: ActionPlan, plan_factory: PlanFactory) -> None:
    again = plan_factory("coordinator")
    for activity in coordinator.activities:
        assert chain_to(coordinator, activity.id) == chain_to(again, activity.id)


def test_governance_cycles_on_an_unvalidated_plan() -> None:
    actors = (
        Actor.model_validate({"id": "a", "name": "A", "kind": "unit", "part_of": "b"}),
        Actor.model_validate({"id": "b", "name": "B", "kind": "unit", "part_of": "c"}),
        Actor.model_validate({"id": "c", "name": "C", "kind": "unit", "part_of": "a"}),
        Actor.model_validate({"id": "d", "name": "D", "kind": "unit", "part_of": "d"}),
        Actor.model_validate({"id": "e", "name": "E", "kind": "unit", "part_of": "a"}),
    )
    bodies = (
        Body.model_validate({"id": "x", "name": "X", "role": "network", "reports_to": "y"}),
        Body.model_validate({"id": "y", "name": "Y", "role": "network", "part_of": "x"}),
    )
    plan = ActionPlan.model_construct(
        preventionkit=1, id="p", title="P", actors=actors, bodies=bodies
    )
    assert governance_cycles(plan) == (("d",), ("x", "y"), ("a", "b", "c"))


def test_governance_cycles_of_a_valid_plan_are_empty(coordinator: ActionPlan) -> None:
    assert governance_cycles(coordinator) == ()


def test_the_umea_chain_runs_from_the_council_through_a_mandate_holder() -> None:
    plan = pk.examples.load("umea")
    holders = set(mandate_holders(plan))
    # 001 p. 1: the council is to approve the plan (a proposal, so no `adopted_by`); it grants
    # the mandates the plan gives, so it is the top of the chain.
    council = plan.decision("d-kf-plan").by
    assert council == "kf"
    assert chain_roots(plan) == (council,)
    graph = responsibility_graph(plan)
    below = set(holders).union(*(nx.descendants(graph, h) for h in holders))
    reached_by_holder = {a.id for a in plan.activities if a.id in below}
    assert reached_by_holder
    for activity in plan.activities:
        paths = chain_to(plan, activity.id)
        assert paths
        for path in paths:
            assert path[0] == council
            assert path[-1] == activity.id
            # Through a mandate holder whenever one reaches the activity at all.
            assert bool(holders & set(path)) == (activity.id in reached_by_holder)


def test_activities_are_attached_by_index(coordinator: ActionPlan) -> None:
    from preventionkit.graph._governance import governance

    gov = governance(coordinator)
    assert gov.responsible["op-skola"] == ["a-gemensam"]
    assert gov.responsible["skola"] == ["a-skola"]
    assert "a-skola" not in gov.order  # activities are not nodes of the governance graph
    assert governance(coordinator) is gov  # cached on the plan
