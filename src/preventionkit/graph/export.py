"""Responsibility graphs as text: GraphML and GEXF (through networkx), DOT for Graphviz and a
Mermaid flowchart for documentation and code hosts (002 §1.8).

Every export is deterministic: nodes are written sorted by id and edges by (from, to, key),
attributes in a fixed order and nothing depends on the clock, so the same plan always gives
the same bytes and diffs of exported files show real changes only. DOT text is produced
without Graphviz; list-valued attributes are joined with commas.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, TypeAlias

from ..escape import dot as _dot
from ..escape import mermaid as _mermaid
from ..escape import xml as _xml
from ..model import ActionPlan
from ..model.dates import AsOf
from ..output import capped
from ..vocab import Lang
from ._style import CATEGORIES, category, row_of
from .build import responsibility_graph
from .edges import EDGE_KINDS

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["to_dot", "to_gexf", "to_graphml", "to_mermaid"]

GraphSource: TypeAlias = "ActionPlan | nx.MultiDiGraph[str]"
"""What the exporters take: a plan (its responsibility graph is built) or a graph."""


def _graph_of(source: GraphSource, as_of: AsOf) -> nx.MultiDiGraph[str]:
    if isinstance(source, ActionPlan):
        return responsibility_graph(source, as_of=as_of)
    if as_of is not None:
        raise ValueError("as_of applies to plans; build the graph with responsibility_graph()")
    import networkx as nx  # here, not at import: validating a plan never needs it

    if not isinstance(source, nx.MultiDiGraph):
        raise TypeError(f"expected an ActionPlan or a networkx.MultiDiGraph, not {type(source)}")
    return source


def _plain(value: Any) -> str | int | float | bool | None:
    if value is None:
        return None
    if isinstance(value, bool | int | float):
        return value
    if isinstance(value, tuple | list | set | frozenset):
        items = sorted(value) if isinstance(value, set | frozenset) else value
        return _xml(",".join(str(getattr(v, "value", v)) for v in items))
    return _xml(str(getattr(value, "value", value)))


def _plain_attrs(attrs: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, raw in attrs.items():
        value = _plain(raw)
        if value is not None:
            out[str(key)] = value
    return out


def _sorted_edges(graph: nx.MultiDiGraph[str]) -> list[tuple[str, str, Any, dict[str, Any]]]:
    return sorted(
        graph.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2]))
    )


def _canonical(graph: nx.MultiDiGraph[str]) -> nx.MultiDiGraph[str]:
    """A copy with sorted nodes and edges, plain attribute values and a ``label`` per node;
    text is made safe for XML (:func:`preventionkit.escape.xml`), so the file is well-formed
    whatever the plan's names hold."""
    import networkx as nx

    out: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    out.graph.update(_plain_attrs(dict(sorted(graph.graph.items()))))
    for node in sorted(graph.nodes, key=str):
        attrs = dict(graph.nodes[node])
        attrs.setdefault("label", attrs.get("name", node))
        out.add_node(_xml(str(node)), **_plain_attrs(attrs))
    for u, v, key, attrs in _sorted_edges(graph):
        out.add_edge(
            _xml(str(u)),
            _xml(str(v)),
            key=_xml(str(key)),
            **_plain_attrs(attrs),
        )
    return out


def to_graphml(source: GraphSource, *, as_of: AsOf = None) -> str:
    """GraphML text of the responsibility graph (for Gephi, yEd, Cytoscape, networkx)."""
    import networkx as nx

    graph = _canonical(_graph_of(source, as_of))
    return capped("\n".join(nx.generate_graphml(graph, prettyprint=True)) + "\n", "GraphML export")


_GEXF_DATE = re.compile(r' lastmodifieddate="[^"]*"')
_GEXF_GRAPH_NAME = re.compile(r'(<graph\b[^>]*?) name="([^"]*)"')
_GEXF_CREATOR = re.compile(r"(\n(\s*)<creator>[^<]*</creator>)")


def to_gexf(source: GraphSource, *, as_of: AsOf = None) -> str:
    """GEXF 1.2draft text of the responsibility graph (for Gephi), valid against the official
    XSD (``http://www.gexf.net/1.2draft/gexf.xsd``).

    networkx writes the graph's name as a ``name`` attribute of ``<graph>``, which the schema
    does not allow (issue 12 item 6); the name goes into ``<meta><description>`` instead. The
    writer's "last modified" stamp, which would make the output change every day, is left
    out. Lists (a node's ``prevention_levels`` …) are comma-joined text, as in GraphML.
    """
    import networkx as nx

    graph = _canonical(_graph_of(source, as_of))
    text = "\n".join(nx.generate_gexf(graph, prettyprint=True))
    text = _GEXF_DATE.sub("", text)
    found = _GEXF_GRAPH_NAME.search(text)
    if found is not None:
        text = text[: found.start()] + found.group(1) + text[found.end() :]
        if found.group(2):
            text = _GEXF_CREATOR.sub(
                lambda m: f"{m.group(1)}\n{m.group(2)}<description>{found.group(2)}</description>",
                text,
                count=1,
            )
    return capped(text + "\n", "GEXF export")


# --- DOT -----------------------------------------------------------------------------------

_DOT_SHAPES = {
    "plan": "note",
    "decision": "note",
    "activity": "box",
    "function": "ellipse",
    "body": "box3d",
    "actor": "box",
}


def _dot_attrs(attrs: dict[str, str | int | float]) -> str:
    parts = [f"{k}={_dot(str(v))}" for k, v in attrs.items()]
    return "[" + ", ".join(parts) + "]"


def _edge_label(kind: str, lang: Lang | None) -> str:
    term = EDGE_KINDS.get(kind)
    return term.label(lang) if term is not None else kind


def to_dot(source: GraphSource, *, as_of: AsOf = None, lang: Lang | None = None) -> str:
    """DOT text for Graphviz (``dot -Tsvg``), ranked from the political level down to the
    activities, coloured by actor kind; mandate holders have a thick border, vacant
    functions a dashed one. No Graphviz binary is needed to produce it."""
    graph = _graph_of(source, as_of)
    title = str(graph.graph.get("name", ""))
    lines = [
        f"digraph {_dot(str(graph.graph.get('plan', 'plan')))} {{",
        "  graph "
        + _dot_attrs({"rankdir": "TB", "label": title, "labelloc": "t", "fontname": "Helvetica"})
        + ";",
        "  node "
        + _dot_attrs(
            {"shape": "box", "style": "rounded,filled", "fontname": "Helvetica", "fontsize": 10}
        )
        + ";",
        "  edge " + _dot_attrs({"fontname": "Helvetica", "fontsize": 8}) + ";",
    ]
    rows: dict[int, list[str]] = {}
    for node in sorted(graph.nodes, key=str):
        attrs = graph.nodes[node]
        cat = category(attrs)
        style = ["rounded", "filled"] if attrs.get("kind") != "body" else ["filled"]
        if attrs.get("vacant"):
            style.append("dashed")
        dot: dict[str, str | int | float] = {
            "label": str(attrs.get("name", node)),
            "shape": _DOT_SHAPES.get(str(attrs.get("kind")), "box"),
            "style": ",".join(style),
            "fillcolor": CATEGORIES[cat],
            "kind": str(attrs.get("kind", "")),
        }
        if attrs.get("mandate_holder"):
            dot["penwidth"] = 2.5
        lines.append(f"  {_dot(str(node))} {_dot_attrs(dot)};")
        rows.setdefault(row_of(attrs), []).append(str(node))
    for row in sorted(rows):
        members = "; ".join(_dot(n) for n in rows[row])
        lines.append(f"  {{ rank=same; {members}; }}")
    for u, v, key, attrs in _sorted_edges(graph):
        kind = str(attrs.get("kind", key))
        edge: dict[str, str | int | float] = {"label": _edge_label(kind, lang), "kind": kind}
        if not attrs.get("authority", True):
            edge["style"] = "dashed"
        lines.append(f"  {_dot(str(u))} -> {_dot(str(v))} {_dot_attrs(edge)};")
    lines.append("}")
    return capped("\n".join(lines) + "\n", "DOT export")


# --- Mermaid -------------------------------------------------------------------------------

_MERMAID_SHAPES = {
    "plan": ('[/"', '"/]'),
    "decision": ('{{"', '"}}'),
    "activity": ('("', '")'),
    "function": ('(["', '"])'),
    "body": ('[["', '"]]'),
    "actor": ('["', '"]'),
}


def to_mermaid(
    source: GraphSource,
    *,
    as_of: AsOf = None,
    lang: Lang | None = None,
    direction: str = "TD",
) -> str:
    """A Mermaid flowchart (GitHub, GitLab and MkDocs render it). Node ids are ``n0``, ``n1``
    … in id order, each preceded by a comment naming the plan id; labels are escaped; edges
    outside the authority flow are dotted; nodes are coloured by actor kind."""
    if direction not in ("TD", "TB", "BT", "LR", "RL"):
        raise ValueError(f"direction must be one of TD, TB, BT, LR, RL, not {direction!r}")
    graph = _graph_of(source, as_of)
    nodes = sorted(graph.nodes, key=str)
    ids = {node: f"n{i}" for i, node in enumerate(nodes)}
    lines = [f"flowchart {direction}"]
    title = str(graph.graph.get("name", ""))
    if title:
        lines.append(f"  %% {_mermaid(title)}")
    used: set[str] = set()
    for node in nodes:
        attrs = graph.nodes[node]
        cat = category(attrs)
        used.add(cat)
        left, right = _MERMAID_SHAPES.get(str(attrs.get("kind")), ('["', '"]'))
        label = _mermaid(str(attrs.get("name", node)))
        lines.append(f"  %% {_mermaid(str(node))}")
        lines.append(f"  {ids[node]}{left}{label}{right}:::{cat}")
    for u, v, key, attrs in _sorted_edges(graph):
        kind = str(attrs.get("kind", key))
        arrow = "-->" if attrs.get("authority", True) else "-.->"
        label = _mermaid(_edge_label(kind, lang))
        lines.append(f'  {ids[u]} {arrow}|"{label}"| {ids[v]}')
    for cat in sorted(used):
        lines.append(f"  classDef {cat} fill:{CATEGORIES[cat]},stroke:#555,color:#000")
    holders = [ids[n] for n in nodes if graph.nodes[n].get("mandate_holder")]
    if holders:
        lines.append(f"  style {','.join(holders)} stroke-width:3px")
    return capped("\n".join(lines) + "\n", "Mermaid export")
