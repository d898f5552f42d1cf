"""Properties over generated plans: every responsible actor is linked to its activity, the
queries agree with the full graph, and every export is deterministic (002 §1.5, §1.8). The
bus factor and single points of failure are checked in ``test_one_chain.py``."""

from __future__ import annotations

import itertools

import networkx as nx
from chain_strategies import chain_plans
from hypothesis import given, settings
from hypothesis import strategies as st

from preventionkit.graph import (
    chain_roots,
    chain_to,
    in_chain,
    mandate_holders,
    responsibility_graph,
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
    graph.add_nodes_from(full.nodes)
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


@settings(max_examples=60)
@given(plans)
def test_in_chain_and_unreachable_agree_with_the_full_graph(plan: ActionPlan) -> None:
    graph = _authority(plan)
    owner = (plan.owner,) if plan.owner is not None else ()
    reached = _reached_from(graph, (*chain_roots(plan), *owner, *mandate_holders(plan)))
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
    twin = ActionPlan.model_validate(plan.model_dump(by_alias=True, exclude_unset=True))
    for export in (to_graphml, to_gexf, to_dot, to_mermaid):
        assert export(plan) == export(twin)
        assert export(plan) == export(responsibility_graph(twin))
