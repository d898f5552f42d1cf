"""``preventionkit graph``: the responsibility graph in every export format, or drawn.

GraphML and GEXF for network tools (Gephi, yEd), DOT for Graphviz, Mermaid for docs and code
hosts, JSON (networkx node-link data) for programs; ``--draw`` writes a PNG or SVG picture of
the chain of governance (002 §1.8), laid out from the political level down to the activities.
"""

from __future__ import annotations

import datetime as dt
import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.text import Text

from ..escape import terminal
from ..messages import message as msg
from ..messages import text as t
from ..vocab import Lang as LangCode
from ._common import (
    ExampleOption,
    LangOption,
    Loaded,
    NoColorOption,
    OutputOption,
    PlanArgument,
    consoles,
    emit,
    guard,
    help_text,
    lang_code,
    load_one,
    usage,
)

__all__ = ["graph_command", "graph_json"]

CLI_SCHEMA_VERSION = 1
"""The version of ``schemas/cli-graph.schema.json`` (``--format json``)."""


class GraphFormat(StrEnum):
    """Export formats of ``graph``."""

    graphml = "graphml"
    gexf = "gexf"
    dot = "dot"
    mermaid = "mermaid"
    json = "json"


def _plain(value: Any) -> Any:
    """Attribute values as JSON: enums by value, tuples as lists, dates as ISO text."""
    if isinstance(value, str | int | float | bool) or value is None:
        return value.value if hasattr(value, "value") and isinstance(value, str) else value
    if isinstance(value, list | tuple | set | frozenset):
        items = [_plain(v) for v in value]
        return sorted(items, key=str) if isinstance(value, set | frozenset) else items
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    return str(value)


def graph_json(graph: Any, plan_id: str) -> dict[str, Any]:
    """The graph as node-link JSON with a stable order (schemas/cli-graph.schema.json)."""
    nodes = [
        {"id": str(node), **{k: _plain(v) for k, v in sorted(attrs.items())}}
        for node, attrs in graph.nodes(data=True)
    ]
    links = [
        {
            "source": str(u),
            "target": str(v),
            "key": _plain(key),
            **{k: _plain(val) for k, val in sorted(attrs.items())},
        }
        for u, v, key, attrs in graph.edges(keys=True, data=True)
    ]
    return {
        "schema_version": CLI_SCHEMA_VERSION,
        "plan": plan_id,
        "directed": True,
        "multigraph": True,
        "nodes": nodes,
        "links": links,
    }


def _export(loaded: Loaded, fmt: GraphFormat, day: dt.date | None, lang: LangCode) -> str:
    from .. import graph as pk_graph

    plan = loaded.plan
    if fmt is GraphFormat.json:
        graph = pk_graph.responsibility_graph(plan, as_of=day)
        return json.dumps(graph_json(graph, plan.id), indent=2, ensure_ascii=False) + "\n"
    if fmt is GraphFormat.graphml:
        return pk_graph.to_graphml(plan, as_of=day)
    if fmt is GraphFormat.gexf:
        return pk_graph.to_gexf(plan, as_of=day)
    if fmt is GraphFormat.dot:
        return pk_graph.to_dot(plan, as_of=day, lang=lang)
    return pk_graph.to_mermaid(plan, as_of=day, lang=lang)


@guard
def graph_command(
    *,
    plan: PlanArgument = None,
    example: ExampleOption = None,
    format: Annotated[
        GraphFormat, typer.Option("--format", "-f", help=help_text("cli.help.graph.format"))
    ] = GraphFormat.mermaid,
    output: OutputOption = None,
    draw: Annotated[
        Path | None,
        typer.Option(
            "--draw",
            help=help_text("cli.help.graph.draw"),
            metavar="FILE",
        ),
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option("--as-of", help=help_text("cli.help.graph.as_of"), metavar="DATE"),
    ] = None,
    lang: LangOption = None,
    no_color: NoColorOption = False,
) -> None:
    """Export the responsibility graph (graphml, gexf, dot, mermaid, json) or draw it."""
    from .. import graph as pk_graph

    out, err = consoles(no_color)
    code = lang_code(lang)
    day = None
    if as_of is not None:
        try:
            day = dt.date.fromisoformat(as_of)
        except ValueError:
            usage(msg("cli.usage.as_of", value=as_of))
    loaded = load_one(plan, example)
    if draw is not None:
        if draw.suffix.lower() not in {".png", ".svg"}:
            usage(msg("cli.usage.draw_suffix", name=draw.name))
        from ..io.files import check_target

        check_target(draw, [loaded.path])
        try:
            pk_graph.draw(loaded.plan, draw, lang=code, as_of=day)
        except ImportError as exc:
            usage(msg("cli.usage.plot_extra", reason=str(exc)))
        err.print(Text(t("cli.wrote", code, path=terminal(str(draw))), style="green"))
        if output is None:
            return
    emit(_export(loaded, format, day, code), output, out, protect=[loaded.path])
