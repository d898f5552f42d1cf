"""Properties over generated plans: every responsible actor is linked to its activity, a
reported single point of failure really disconnects, the queries agree with the full graph,
and every export is deterministic (002 §1.5, §1.8)."""

from __future__ import annotations

import itertools

import networkx as nx
from chain_strategies import chain_plans
from hypothesis import given, settings
from hypothesis import strategies as st

from preventionkit.graph import (
    bus_factor,
    chain_roots,
    chain_to,
    in_chain,
    mandate_holders,
    responsibility_graph,
    single_points_of_failure,
    to_dot,
    to_gexf,
    to_graphml,
    to_mermaid,
    unreachable_activities,
)
from preventionkit.model import ActionPlan
from preventionkit.testing import valid_plans

plans = st.one_of(valid_plans(max_activities=6), chain_plans())


def _authority(plan: ActionPlan) -> nx.DiGraph[str]:
    """The authority edges of the full graph, built independently of the governance graph."""
    full = responsibility_graph(plan)
    graph: nx.DiGraph[str] = nx.DiGraph()
    graph.add_nodes_from(full.nodes(data=True))  # the kinds: activities are not cut points
    graph.add_edges_from((u, v) for u, v, a in full.edges(data=True) if a["authority"])
    return graph


def _reached_from(graph: nx.DiGraph[str], sources: tuple[str, ...]) -> set[str]:
    out: set[str] = set()
    for s in sources:
        if s in graph:
            out |= {s, *nx.descendants(graph, s)}
    return out


@settings(max_examples=60)
@given(plans)
def test_every_responsible_actor_has_a_responsible_for_edge(plan: ActionPlan) -> None:
    graph = responsibility_graph(plan)
    for activity in plan.activities:
        assert graph.nodes[activity.id]["kind"] == "activity"
        for r in activity.responsible:
            assert r in graph
            assert graph.has_edge(r, activity.id, "responsible_for")


@settings(max_examples=80)
@given(plans)
def test_removing_a_single_point_of_failure_disconnects(plan: ActionPlan) -> None:
    graph = _authority(plan)
    holders = mandate_holders(plan)
    for spof in single_points_of_failure(plan):
        assert spof.activities
        cut = graph.copy()
        if spof.edge is None:
            cut.remove_node(spof.node)
        else:
            cut.remove_edge(*spof.edge)
        before = _reached_from(graph, holders)
        after = _reached_from(cut, tuple(h for h in holders if h in cut))
        for activity in spof.activities:
            assert activity in before, (spof, activity)
            assert activity not in after, (spof, activity)
        assert spof.explanation("en")
        assert spof.explanation("sv")


@settings(max_examples=60)
@given(plans)
def test_bus_factor_agrees_with_reachability(plan: ActionPlan) -> None:
    graph = _authority(plan)
    reached = _reached_from(graph, mandate_holders(plan))
    factors = bus_factor(plan)
    assert list(factors) == [a.id for a in plan.activities]
    cut_off = {a for s in single_points_of_failure(plan) for a in s.activities}
    for activity in plan.activities:
        assert (factors[activity.id] == 0) == (activity.id not in reached)
        if activity.id in cut_off:
            assert factors[activity.id] == 1


@settings(max_examples=60)
@given(plans)
def test_in_chain_and_unreachable_agree_with_the_full_graph(plan: ActionPlan) -> None:
    graph = _authority(plan)
    reached = _reached_from(graph, (*chain_roots(plan), *mandate_holders(plan)))
    parties = {a.id for a in plan.actors} | {b.id for b in plan.bodies}
    assert in_chain(plan) == frozenset(reached & parties)
    expected = tuple(a.id for a in plan.activities if not any(r in reached for r in a.responsible))
    assert unreachable_activities(plan) == expected


@settings(max_examples=60)
@given(plans)
def test_chain_to_paths_follow_authority_edges(plan: ActionPlan) -> None:
    graph = _authority(plan)
    holders = set(mandate_holders(plan))
    for activity in plan.activities:
        paths = chain_to(plan, activity.id)
        assert list(paths) == sorted(paths, key=lambda p: (len(p), p))
        through_holder = any(holders & set(p) for p in paths)
        for path in paths:
            assert path[-1] == activity.id
            assert len(set(path)) == len(path)
            assert all(graph.has_edge(u, v) for u, v in itertools.pairwise(path))
            if through_holder:
                assert holders & set(path)


@settings(max_examples=25)
@given(plans)
def test_exports_are_deterministic(plan: ActionPlan) -> None:
    twin = ActionPlan.model_validate(plan.model_dump(by_alias=True))
    for export in (to_graphml, to_gexf, to_dot, to_mermaid):
        assert export(plan) == export(twin)
        assert export(plan) == export(responsibility_graph(twin))


def _brute_force_bus_factor(plan: ActionPlan, activity: str, limit: int = 3) -> int | None:
    """The fewest removable nodes or links whose loss cuts ``activity`` off, by trying every
    combination of up to ``limit`` of them (None if more are needed)."""
    graph = _authority(plan)
    holders = mandate_holders(plan)
    act = plan.activity(activity)
    targets = set(act.responsible)
    functions = {a.id for a in plan.actors if a.is_function}
    if activity not in _reached_from(graph, holders):
        return 0
    nodes = [
        n
        for n in graph
        if graph.nodes[n].get("kind") not in ("activity", "plan")
        and (
            n in functions
            or (n in targets and n in holders)
            or (n not in targets and n not in holders)
        )
    ]
    links = [(u, v) for u, v in graph.edges if graph.nodes[v].get("kind") != "activity"]
    elements: list[tuple[str, ...]] = [(n,) for n in nodes] + list(links)
    for k in range(1, limit + 1):
        for combo in itertools.combinations(elements, k):
            cut = graph.copy()
            for element in combo:
                if len(element) == 1:
                    cut.remove_node(element[0])
                elif cut.has_edge(*element):  # not already gone with a removed node
                    cut.remove_edge(*element)
            if activity not in _reached_from(cut, tuple(h for h in holders if h in cut)):
                return k
    return None


@settings(max_examples=25)
@given(chain_plans())
def test_bus_factor_is_the_smallest_cut(plan: ActionPlan) -> None:
    factors = bus_factor(plan)
    for activity in plan.activities[:3]:
        expected = _brute_force_bus_factor(plan, activity.id)
        if expected is None:
            assert factors[activity.id] > 3
        else:
            assert factors[activity.id] == expected, activity.id
