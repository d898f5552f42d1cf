"""Graph exports other tools accept: GEXF valid against the official 1.2draft XSD, node-link
JSON read back by networkx, GraphML lists split back into their values (issue 12 item 6)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import networkx as nx
import pytest
import xmlschema

import preventionkit as pk
from preventionkit.graph import to_gexf, to_graphml

GEXF_XSD = Path(__file__).parent / "gexf-1.2draft" / "gexf.xsd"
LISTS = ("prevention_levels", "ecological_levels", "violence_areas", "target_groups", "arenas")


@pytest.fixture(scope="module")
def gexf_schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(GEXF_XSD))


def _awkward() -> pk.ActionPlan:
    """A plan whose names need escaping in XML."""
    return pk.loads(
        """\
preventionkit: 1
id: awkward
title: 'Plan "A" <b>&</b> våld'
actors:
  - {id: ks, name: "KS <&> \\"styrelse\\"", kind: executive_board}
activities:
  - {id: a, title: "MVP & <i>mer</i>", responsible: [ks], prevention_levels: [universal, selective]}
"""
    )


@pytest.mark.parametrize("name", [*pk.examples.names(), "awkward"])
def test_gexf_is_valid_against_the_official_xsd(
    gexf_schema: xmlschema.XMLSchema, name: str
) -> None:
    plan = _awkward() if name == "awkward" else pk.examples.load(name)
    text = to_gexf(plan)
    errors = [f"{e.path}: {e.reason}" for e in gexf_schema.iter_errors(text)]
    assert errors == []
    assert "<description>" in text  # the plan's title, where the schema allows it


def test_gexf_reads_back_into_networkx() -> None:
    plan = pk.examples.load("umea")
    graph = pk.responsibility_graph(plan)
    back = nx.read_gexf(io.BytesIO(to_gexf(plan).encode("utf-8")))
    assert set(back.nodes) == {str(n) for n in graph.nodes}
    assert back.number_of_edges() == graph.number_of_edges()


def test_graphml_lists_are_comma_joined_codes_that_split_back() -> None:
    plan = pk.examples.load("umea")
    graph = pk.responsibility_graph(plan)
    back = nx.read_graphml(io.BytesIO(to_graphml(plan).encode("utf-8")))
    checked = 0
    for node, attrs in graph.nodes(data=True):
        for key in LISTS:
            if key not in attrs:
                continue
            written = back.nodes[str(node)].get(key, "")
            values = written.split(",") if written else []
            assert values == [str(getattr(v, "value", v)) for v in attrs[key]]
            checked += 1
    assert checked > 0


def test_node_link_json_reads_back_with_edges_links() -> None:
    """What ``preventionkit graph --format json`` prints (its ``graph_json``)."""
    pytest.importorskip("typer")
    from preventionkit.cli.graph import graph_json

    plan = pk.examples.load("gavle")
    data = json.loads(json.dumps(graph_json(pk.responsibility_graph(plan), plan.id)))
    back = nx.node_link_graph(data, edges="links")
    graph = pk.responsibility_graph(plan)
    assert isinstance(back, nx.MultiDiGraph)
    assert set(back.nodes) == set(graph.nodes)
    assert sorted(back.edges(keys=True)) == sorted(
        (str(u), str(v), str(k)) for u, v, k in graph.edges(keys=True)
    )
    activity = next(a for a in plan.activities if a.prevention_levels)
    assert back.nodes[activity.id]["prevention_levels"] == [
        p.value for p in activity.prevention_levels
    ]


def test_no_attribute_shadows_a_node_link_key() -> None:
    """An edge attribute called 'source' once overwrote the link's start in the JSON."""
    for name in pk.examples.names():
        graph = pk.responsibility_graph(pk.examples.load(name))
        for *_, attrs in graph.edges(keys=True, data=True):
            assert not {"source", "target", "key"} & set(attrs)
        for _, attrs in graph.nodes(data=True):
            assert "id" not in attrs
