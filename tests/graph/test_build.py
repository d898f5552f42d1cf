"""The full responsibility graph: nodes, typed edges, the edge vocabulary and ``as_of``
(002 §1.6, §1.8; 001 p. 13–15)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import networkx as nx
import pytest
from graph_fixtures import plan_data

import preventionkit as pk
from preventionkit.graph import (
    AUTHORITY_EDGES,
    EDGE_KINDS,
    NODE_KINDS,
    EdgeKind,
    responsibility_graph,
)
from preventionkit.model import ActionPlan

PlanFactory = Callable[..., ActionPlan]


def test_nodes_have_kinds_and_attributes(coordinator: ActionPlan) -> None:
    graph = responsibility_graph(coordinator)
    assert isinstance(graph, nx.MultiDiGraph)
    kinds = {n: graph.nodes[n]["kind"] for n in graph}
    assert kinds["plan/coordinator"] == "plan"
    assert kinds["kf"] == "actor"
    assert kinds["samordnare"] == "function"
    assert kinds["styrgrupp"] == "body"
    assert kinds["d-kf"] == "decision"
    assert kinds["a-skola"] == "activity"
    assert set(kinds.values()) <= set(NODE_KINDS)
    assert graph.nodes["samordnare"]["holders"] == 1
    assert graph.nodes["samordnare"]["vacant"] is False
    assert graph.nodes["kf"]["political"] is True
    assert graph.nodes["skola"]["sector"] == "education"
    assert graph.nodes["styrgrupp"]["role"] == "steering_group"
    assert graph.nodes["styrgrupp"]["mandate_holder"] is True
    assert graph.nodes["jour"]["in_chain"] is False
    assert graph.nodes["d-kf"]["date"] == "2019-06-17"
    assert graph.graph["plan"] == "coordinator"


def test_edges_point_down_the_chain(coordinator: ActionPlan) -> None:
    graph = responsibility_graph(coordinator)
    expected = {
        ("kf", "d-kf", "decides"),
        ("d-kf", "plan/coordinator", "adopts"),
        ("plan/coordinator", "ks", "owned_by"),
        ("ks", "styrgrupp", "grants_mandate"),
        ("d-ks", "styrgrupp", "confers_mandate"),
        ("styrgrupp", "samordnare", "has_member"),
        ("samordnare", "op-skola", "convenes"),
        ("op-skola", "skola", "has_member"),
        ("skola", "a-skola", "responsible_for"),
        ("skola", "a-skola", "accountable_for"),
    }
    assert expected <= set(graph.edges(keys=True))
    mandate = graph.edges["ks", "styrgrupp", "grants_mandate"]
    assert mandate["decision"] == "d-ks"
    assert mandate["scope"] == "Leda och följa upp planen"
    assert mandate["formal"] is True
    assert mandate["authority"] is True
    assert graph.edges["skola", "a-skola", "accountable_for"]["authority"] is False
    for _, _, attrs in graph.edges(data=True):
        assert attrs["kind"] in EDGE_KINDS


def test_every_edge_kind_is_documented() -> None:
    assert set(EDGE_KINDS) == {k.value for k in EdgeKind}
    for kind in EdgeKind:
        assert kind.label("sv")
        assert kind.label("en")
        assert kind.description("nb")
        assert kind.source
        assert kind.is_authority == (kind in AUTHORITY_EDGES)
    assert not EdgeKind.SUPPORTS.is_authority
    assert not EdgeKind.ACCOUNTABLE_FOR.is_authority
    assert EdgeKind.GRANTS_MANDATE.is_authority
    assert EDGE_KINDS["grants_mandate"].label("sv") == "ger mandat"


def test_relations_outside_the_authority_flow(plan_factory: PlanFactory) -> None:
    data = plan_data("coordinator")
    plan = plan_factory(
        "coordinator",
        bodies=[
            *data["bodies"],
            {
                "id": "cmv",
                "name": "Centrum mot våld",
                "role": "expert_function",
                "supports": ["styrgrupp"],
            },
        ],
        follow_up=[
            {"forum": "kf", "frequency": "annual", "scope": "Aktivitetsplanen", "by": "styrgrupp"}
        ],
        funding=[{"source": "ordinary_budget", "by": "ks"}],
        decisions=[
            *data["decisions"],
            {
                "id": "d-avtal",
                "by": "ks",
                "kind": "agreement",
                "summary": "Överenskommelse",
                "parties": ["ks", "jour"],
            },
        ],
    )
    graph = responsibility_graph(plan)
    assert graph.edges["cmv", "styrgrupp", "supports"]["authority"] is False
    follow = graph.edges["kf", "plan/coordinator", "follows_up"]
    assert follow["frequency"] == "annual"
    assert follow["by"] == "styrgrupp"
    assert graph.has_edge("ks", "plan/coordinator", "funds")
    assert graph.has_edge("jour", "d-avtal", "signs")
    assert not graph.has_edge("ks", "d-avtal", "signs")  # the decider is linked by 'decides'


def test_repeated_relations_get_numbered_keys(plan_factory: PlanFactory) -> None:
    base = plan_data("coordinator")["mandates"][0]
    plan = plan_factory(
        "coordinator", mandates=[base, {**base, "id": "m-2", "scope": "Fördela resurser"}]
    )
    graph = responsibility_graph(plan)
    assert graph.edges["ks", "styrgrupp", "grants_mandate"]["mandate"] == "m-styr"
    assert graph.edges["ks", "styrgrupp", "grants_mandate#2"]["mandate"] == "m-2"


def test_as_of_keeps_what_is_in_force(plan_factory: PlanFactory) -> None:
    data = plan_data("coordinator")
    bodies = [
        data["bodies"][0],
        {
            **data["bodies"][1],
            "members": [{"actor": "skola", "valid_until": "2020-06-30", "appointed_by": "ks"}],
        },
        {**data["bodies"][2], "valid_from": "2021"},
    ]
    mandates = [{**data["mandates"][0], "valid_until": "2022-12-31"}]
    plan = plan_factory("coordinator", bodies=bodies, mandates=mandates)
    whole = responsibility_graph(plan)
    assert {"op-fritid", "d-ks"} <= set(whole)
    assert whole.has_edge("ks", "skola", "appoints")
    early = responsibility_graph(plan, as_of=dt.date(2019, 7, 1))
    assert "op-fritid" not in early
    assert "d-ks" not in early  # decided in September 2019
    assert not early.has_edge("d-ks", "styrgrupp")
    assert early.has_edge("op-skola", "skola", "has_member")
    assert early.graph["as_of"] == "2019-07-01"
    late = responsibility_graph(plan, as_of=dt.date(2023, 1, 1))
    assert "op-fritid" in late
    assert not late.has_edge("op-skola", "skola")
    assert not late.has_edge("ks", "styrgrupp")  # the mandate has lapsed
    assert late.nodes["styrgrupp"]["mandate_holder"] is False


def test_a_vacancy_shows_from_its_date(plan_factory: PlanFactory) -> None:
    data = plan_data("coordinator")
    actors = [
        {**a, "vacant": True, "vacant_since": "2021-03-15"} if a["id"] == "samordnare" else a
        for a in data["actors"]
    ]
    plan = plan_factory("coordinator", actors=actors)
    assert responsibility_graph(plan).nodes["samordnare"]["vacant"] is True
    assert (
        responsibility_graph(plan, as_of=dt.date(2021, 3, 14)).nodes["samordnare"]["vacant"]
        is False
    )
    assert responsibility_graph(plan).nodes["samordnare"]["vacant_since"] == "2021-03-15"


def test_the_graph_functions_live_in_preventionkit_graph() -> None:
    # The top level keeps the two most used (issue 14 item 5: a small surface).
    for name in ("responsibility_graph", "single_points_of_failure"):
        assert name in pk.__all__
        assert getattr(pk, name) is getattr(pk.graph, name)
    for name in ("mandate_holders", "to_mermaid", "raci", "draw"):
        assert name in pk.graph.__all__
        assert name not in pk.__all__


def test_copies_do_not_reuse_a_stale_cache(coordinator: ActionPlan) -> None:
    from preventionkit.graph import mandate_holders

    assert mandate_holders(coordinator) == ("styrgrupp",)
    emptied = coordinator.model_copy(update={"mandates": ()})
    assert mandate_holders(emptied) == ()
    assert mandate_holders(coordinator) == ("styrgrupp",)
    assert emptied != coordinator


@pytest.mark.parametrize("name", ["coordinator", "redundant"])
def test_graph_of_the_umea_example_and_fixtures_build(name: str, plan_factory: PlanFactory) -> None:
    plan = plan_factory(name)
    graph = responsibility_graph(plan)
    assert graph.number_of_nodes() == 1 + len(plan.actors) + len(plan.bodies) + len(
        plan.decisions
    ) + len(plan.activities)


def test_a_plan_id_shared_with_a_record_gets_its_own_node(plan_factory: PlanFactory) -> None:
    # Issue 21: with plan id ks, an actor ks and an actor plan:ks, nothing merges.
    actors = [*plan_data("coordinator")["actors"], {"id": "plan:ks", "name": "P", "kind": "unit"}]
    plan = plan_factory("coordinator", id="ks", actors=actors)
    graph = responsibility_graph(plan)
    assert graph.nodes["plan/ks"]["kind"] == "plan"
    assert graph.nodes["ks"]["kind"] == "actor"
    assert graph.nodes["plan:ks"]["kind"] == "actor"
    assert graph.number_of_nodes() == 1 + len(plan.actors) + len(plan.bodies) + len(
        plan.decisions
    ) + len(plan.activities)
    assert graph.has_edge("d-kf", "plan/ks", "adopts")
    assert graph.has_edge("plan/ks", "ks", "owned_by")
    assert not graph.has_edge("d-kf", "plan:ks")
