"""One chain of governance, one answer (issue 14): reachability, the bus factor, PK204 and the
single points of failure agree on every generated plan, each checked against a brute force
over the full responsibility graph (002 §1.5, §1.8)."""

from __future__ import annotations

import itertools
import json
import re

import networkx as nx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import preventionkit as pk
from preventionkit.graph import (
    bus_factor,
    chain_roots,
    mandate_holders,
    responsibility_graph,
    single_points_of_failure,
    unreachable_activities,
)
from preventionkit.model import ActionPlan
from preventionkit.rules import RuleContext, get_profile, get_rule
from preventionkit.testing import chain_plans, valid_plans

plans = st.one_of(chain_plans(), valid_plans(max_activities=5))


def _authority(plan: ActionPlan) -> nx.DiGraph[str]:
    """Authority edges between the plan, actors, bodies and decisions (activities apart)."""
    full = responsibility_graph(plan)
    graph: nx.DiGraph[str] = nx.DiGraph()
    graph.add_nodes_from(n for n, a in full.nodes(data=True) if a["kind"] != "activity")
    graph.add_edges_from(
        (u, v)
        for u, v, a in full.edges(data=True)
        if a["authority"] and u != v and full.nodes[v]["kind"] != "activity"
    )
    return graph


def _sources(plan: ActionPlan) -> tuple[str, ...]:
    owner = (plan.owner,) if plan.owner is not None else ()
    return (*chain_roots(plan), *owner, *mandate_holders(plan))


def _reached(plan: ActionPlan, graph: nx.DiGraph[str], sources: tuple[str, ...]) -> set[str]:
    """Activities with a responsible actor reachable from ``sources`` in ``graph``."""
    seen: set[str] = set()
    for s in sources:
        if s in graph:
            seen |= {s, *nx.descendants(graph, s)}
    return {a.id for a in plan.activities if any(r in seen for r in a.responsible)}


def _functions(plan: ActionPlan) -> set[str]:
    return {a.id for a in plan.actors if a.is_function}


def _may_lose(plan: ActionPlan, node: str, activity: str) -> bool:
    """The one rule of what may be lost, written out independently of the library."""
    if node.startswith("plan/"):
        return False
    if node in _functions(plan):
        return True
    return node not in _sources(plan) and node not in plan.activity(activity).responsible


def _without_node(plan: ActionPlan, graph: nx.DiGraph[str], node: str) -> set[str]:
    cut = graph.copy()
    cut.remove_node(node)
    return _reached(plan, cut, tuple(s for s in _sources(plan) if s != node))


def _without_link(plan: ActionPlan, graph: nx.DiGraph[str], link: tuple[str, str]) -> set[str]:
    cut = graph.copy()
    cut.remove_edge(*link)
    return _reached(plan, cut, _sources(plan))


# derandomize: twice in full parallel runs after the round-2 merges this failed and could
# not be reproduced alone; the same 150 examples run each time until the plan is found
# (issue 14's note).
@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,
)
@given(plans)
def test_unreachable_bus_factor_zero_and_pk204_agree(plan: ActionPlan) -> None:
    graph = _authority(plan)
    reached = _reached(plan, graph, _sources(plan))
    unreached = {a.id for a in plan.activities} - reached
    factors = bus_factor(plan)
    assert list(factors) == [a.id for a in plan.activities]
    assert set(unreachable_activities(plan)) == unreached
    assert {a for a, n in factors.items() if n == 0} == unreached
    # The graph above is read regardless of date; so are the rules here (a context without a
    # day), since ``validate`` itself judges on today (issue 16).
    ctx = RuleContext(plan, get_profile("municipal"))
    found = [(code, h) for code in ("PK201", "PK204", "PK301") for h in get_rule(code).check(ctx)]

    def activities_of(code: str) -> set[str]:
        # A question asked once for several activities names them all: PK204 at the actor
        # (its ``activities``), PK301 at the list (their paths in ``unstated``).
        ids: set[str] = set()
        for c, h in found:
            if c != code:
                continue
            named = h.params.get("activities")
            if isinstance(named, tuple):
                ids.update(str(a) for a in named)
                continue
            for path in (h.path, *h.unstated):
                at = re.match(r"activities\[(\d+)\]", path)
                if at:
                    ids.add(plan.activities[int(at[1])].id)
        return ids

    by_pk204 = activities_of("PK204")
    by_pk301 = activities_of("PK301")
    if mandate_holders(plan):
        assert by_pk204 | by_pk301 == unreached
        assert not by_pk204 & by_pk301
    else:  # PK201 says there is no mandate holder at all, instead of one PK204 per activity
        assert not by_pk204
        assert any(c == "PK201" for c, _ in found)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans)
def test_single_points_of_failure_are_exactly_the_losses_that_cut(plan: ActionPlan) -> None:
    graph = _authority(plan)
    before = _reached(plan, graph, _sources(plan))
    found = single_points_of_failure(plan)
    nodes = {s.node: set(s.activities) for s in found if s.edge is None}
    links = {s.edge: set(s.activities) for s in found if s.edge is not None}
    assert len(nodes) + len(links) == len(found)
    for node in graph:
        after = _without_node(plan, graph, node)
        expected = {a for a in before - after if _may_lose(plan, node, a)}
        assert nodes.get(node, set()) == expected, (node, found)
    for link in graph.edges:
        expected = before - _without_link(plan, graph, link)
        if link in links:
            assert links[link] == expected, (link, found)
        elif expected:  # reported through its head: losing that node cuts the same
            assert nodes.get(link[1]) == expected, (link, found)
    for spof in found:
        assert spof.activities == tuple(a.id for a in plan.activities if a.id in spof.activities)
        assert spof.explanation("en")
        assert spof.explanation("sv")
        assert spof.to_dict()["key"] == f"graph.spof.{spof.reason}"
        said = spof.message()
        assert said.key == spof.key
        assert said.params["n"] == len(spof.activities)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans)
def test_bus_factor_one_is_exactly_a_reported_single_point(plan: ActionPlan) -> None:
    factors = bus_factor(plan)
    cut_off = {a for s in single_points_of_failure(plan) for a in s.activities}
    assert {a for a, n in factors.items() if n == 1} == cut_off
    sources = set(_sources(plan))
    functions = _functions(plan)
    reached = _reached(plan, _authority(plan), _sources(plan))
    for activity in plan.activities:
        top_itself = any(r in sources and r not in functions for r in activity.responsible)
        assert (factors[activity.id] is None) == (activity.id in reached and top_itself)


def _brute_force_bus_factor(plan: ActionPlan, activity: str, limit: int = 3) -> int | None:
    """The fewest losses that cut ``activity`` off, trying every combination of up to
    ``limit`` (None if more are needed)."""
    graph = _authority(plan)
    sources = _sources(plan)
    if activity not in _reached(plan, graph, sources):
        return 0
    elements: list[tuple[str, ...]] = [
        (n,) for n in graph if _may_lose(plan, n, activity) and not n.startswith("plan/")
    ]
    elements += list(graph.edges)
    for k in range(1, limit + 1):
        for combo in itertools.combinations(elements, k):
            cut = graph.copy()
            gone = {e[0] for e in combo if len(e) == 1}
            cut.remove_nodes_from(gone)
            cut.remove_edges_from(e for e in combo if len(e) == 2 and e[0] not in gone)
            left = tuple(s for s in sources if s not in gone)
            if activity not in _reached(plan, cut, left):
                return k
    return None


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(chain_plans(max_actors=5))
def test_bus_factor_is_the_smallest_cut(plan: ActionPlan) -> None:
    factors = bus_factor(plan)
    for activity in plan.activities[:3]:
        value = factors[activity.id]
        if value is None:
            continue
        expected = _brute_force_bus_factor(plan, activity.id)
        if expected is None:
            assert value > 3
        else:
            assert value == expected, activity.id


def test_umea_gives_one_answer_about_every_activity() -> None:
    plan = pk.examples.load("umea")
    factors = bus_factor(plan)
    assert unreachable_activities(plan) == ()
    assert 0 not in factors.values()
    assert single_points_of_failure(plan) == ()
    assert 1 not in factors.values()
    # 001 p. 12: the committees answer for their activities and the council for their being
    # carried out, so the council's chain reaches what the committees carry out.
    assert factors["centrum-mot-vald"] == 5
    assert factors["intern-samverkan-skolan"] == 3
    # The executive board owns the plan and carries out its own plans itself (001 p. 15, 18).
    assert factors["handlingsplan-extremism"] is None
    assert not [f for f in pk.validate(plan).findings if f.code in ("PK204", "PK205")]


def _unshared_bus_factor(plan: ActionPlan) -> dict[str, int | None]:
    """The bus factor with one maximum flow per set of responsible actors (no sharing by
    shape), as it was computed before issue 21."""
    from preventionkit.graph import failure

    saved = failure._shape
    failure._shape = lambda _a, targets: ("nodes", *targets)  # type: ignore[assignment]
    try:
        pk.model.clear_caches(plan)
        return bus_factor(plan)
    finally:
        failure._shape = saved
        pk.model.clear_caches(plan)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans)
def test_flows_shared_by_shape_give_each_activity_its_own_answer(plan: ActionPlan) -> None:
    assert bus_factor(plan) == _unshared_bus_factor(plan)


def test_members_of_the_same_groups_share_one_flow() -> None:
    # Twelve actors, each a member of two of four groups reporting to a steering group: the
    # shape of issue 21's "dense" benchmark, where sharing flows by shape pays.
    groups = [[f"x{i}" for i in range(12) if (i + g) % 4 < 2] for g in range(4)]
    data = {
        "preventionkit": 1,
        "id": "p",
        "title": "T",
        "adopted_by": "d",
        "owner": "ks",
        "actors": [
            {"id": "kf", "name": "KF", "kind": "council"},
            {"id": "ks", "name": "KS", "kind": "executive_board"},
            *({"id": f"x{i}", "name": f"X {i}", "kind": "unit"} for i in range(12)),
        ],
        "decisions": [{"id": "d", "by": "kf", "summary": "Antar"}],
        "bodies": [
            {"id": "sg", "name": "SG", "role": "steering_group"},
            *(
                {
                    "id": f"g{j}",
                    "name": f"G {j}",
                    "role": "operational_group",
                    "reports_to": "sg",
                    "members": members,
                }
                for j, members in enumerate(groups)
            ),
        ],
        "mandates": [{"holder": "sg", "granted_by": "kf", "decision": "d", "scope": "L"}],
        "activities": [
            {"id": f"a{i}", "title": f"A {i}", "responsible": [f"x{i}"]} for i in range(12)
        ],
    }
    plan = pk.loads(json.dumps(data), format="json")
    factors = bus_factor(plan)
    assert factors == _unshared_bus_factor(plan)
    assert set(factors.values()) == {2}
