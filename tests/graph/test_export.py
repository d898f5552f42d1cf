"""GraphML, GEXF, DOT and Mermaid exports: parseable, complete, escaped and deterministic."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable

import networkx as nx
import pydot
import pytest
from graph_fixtures import plan_data

from preventionkit.graph import responsibility_graph, to_dot, to_gexf, to_graphml, to_mermaid
from preventionkit.model import ActionPlan

PlanFactory = Callable[..., ActionPlan]

_AWKWARD = 'Gruppen "Våld | <Nej>" #1\\ny'


@pytest.fixture
def awkward(plan_factory: PlanFactory) -> ActionPlan:
    data = plan_data("coordinator")
    actors = [{**a, "name": _AWKWARD} if a["id"] == "jour" else a for a in data["actors"]]
    return plan_factory("coordinator", actors=actors)


def test_graphml_round_trips_through_networkx(coordinator: ActionPlan) -> None:
    text = to_graphml(coordinator)
    back = nx.parse_graphml(text, force_multigraph=True)
    graph = responsibility_graph(coordinator)
    assert set(back.nodes) == set(graph.nodes)
    assert back.number_of_edges() == graph.number_of_edges()
    assert back.nodes["samordnare"]["holders"] == 1
    assert back.nodes["a-skola"]["label"] == "Normkritiskt arbete i skolan"
    assert back.edges["ks", "styrgrupp", "grants_mandate"]["decision"] == "d-ks"


def test_gexf_parses_and_has_no_date(coordinator: ActionPlan) -> None:
    text = to_gexf(coordinator)
    assert "lastmodifieddate" not in text
    back = nx.read_gexf(io.BytesIO(text.encode("utf-8")))
    assert set(back.nodes) == set(responsibility_graph(coordinator).nodes)


# pydot's parser still calls pyparsing names that pyparsing 3.3 deprecates.
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_dot_parses_with_pydot(awkward: ActionPlan) -> None:
    text = to_dot(awkward)
    (parsed,) = pydot.graph_from_dot_data(text)
    graph = responsibility_graph(awkward)
    names = {n.get_name().strip('"') for n in parsed.get_nodes()} - {"node", "edge", "graph"}
    assert names == set(graph.nodes)
    assert len(parsed.get_edges()) == graph.number_of_edges()
    jour = parsed.get_node('"jour"')[0]
    assert jour.get("label") == to_dot(awkward).split('"jour" [label=')[1].split(", shape")[0]
    assert '\\"Våld | <Nej>\\"' in text


def test_dot_marks_holders_ranks_and_languages(coordinator: ActionPlan) -> None:
    text = to_dot(coordinator, lang="sv")
    assert re.search(r'"styrgrupp" \[[^\]]*penwidth="2.5"', text)
    assert "{ rank=same; " in text
    assert 'label="ger mandat"' in text
    assert 'label="grants a mandate"' in to_dot(coordinator, lang="en")
    assert re.search(
        r'"skola" -> "a-skola" \[label="svarar för", kind="accountable_for", style="dashed"\]', text
    )


_NODE = re.compile(
    r'^  (n\d+)(\[/"|\{\{"|\("|\(\["|\[\["|\[")(.*?)("/\]|"\}\}|"\)|"\]\)|"\]\]|"\]):::(\w+)$'
)
_EDGE = re.compile(r'^  (n\d+) (-->|-\.->)\|"([^"|]*)"\| (n\d+)$')


def test_mermaid_is_well_formed(awkward: ActionPlan) -> None:
    text = to_mermaid(awkward)
    lines = text.splitlines()
    assert lines[0] == "flowchart TD"
    declared: dict[str, str] = {}
    edges = []
    classes = set()
    for line in lines[1:]:
        if line.startswith(("  %% ", "  style ")):
            continue
        if node := _NODE.match(line):
            assert node.group(1) not in declared
            declared[node.group(1)] = node.group(3)
            classes.add(node.group(5))
            assert '"' not in node.group(3)
            continue
        if edge := _EDGE.match(line):
            edges.append((edge.group(1), edge.group(4)))
            continue
        assert line.startswith("  classDef "), line
        classes.discard(line.split()[1])
    assert not classes  # every class used is defined
    graph = responsibility_graph(awkward)
    assert len(declared) == graph.number_of_nodes()
    assert len(edges) == graph.number_of_edges()
    assert all(u in declared and v in declared for u, v in edges)
    label = next(v for v in declared.values() if "Gruppen" in v)
    assert label == "Gruppen #quot;Våld #124; #lt;Nej#gt;#quot; #35;1\\ny"


def test_mermaid_direction_and_dotted_support(coordinator: ActionPlan) -> None:
    assert to_mermaid(coordinator, direction="LR").startswith("flowchart LR\n")
    with pytest.raises(ValueError, match="direction"):
        to_mermaid(coordinator, direction="up")
    assert '-.->|"svarar för"|' in to_mermaid(coordinator, lang="sv")


@pytest.mark.parametrize("export", [to_graphml, to_gexf, to_dot, to_mermaid])
def test_exports_are_deterministic_and_accept_graphs(
    export: Callable[..., str], plan_factory: PlanFactory
) -> None:
    first = export(plan_factory("coordinator"))
    assert first == export(plan_factory("coordinator"))
    assert first == export(responsibility_graph(plan_factory("coordinator")))
    dated = export(plan_factory("coordinator"), as_of=dt.date(2019, 7, 1))
    assert dated != first  # the mandate decision of September 2019 is not there yet
    with pytest.raises(ValueError, match="as_of"):
        export(responsibility_graph(plan_factory("coordinator")), as_of=dt.date(2020, 1, 1))
    with pytest.raises(TypeError):
        export("plan.yaml")
