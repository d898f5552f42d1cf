"""A drawing of the chain of governance: political level at the top, then steering,
collaboration and coordination, organisations, operational groups and the activities at the
bottom, coloured by actor kind, with a legend (002 §1.8; 001 p. 13–15).

Needs matplotlib (``pip install 'preventionkit[plot]'``), imported only when drawing. Only the
figure API is used, never pyplot's global state; the output is deterministic (fixed SVG ids,
no timestamps), so a drawing can be kept under version control.
"""

from __future__ import annotations

import contextlib
import io
import sys
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ..escape import mathtext as _mathtext
from ..io.files import write_file
from ..messages import check_lang, default_lang, text
from ..model import ActionPlan
from ..model.dates import AsOf, as_date
from ..vocab import Lang
from ._style import CATEGORIES, ROWS, category, category_label, row_of
from .build import responsibility_graph
from .edges import EDGE_KINDS, EdgeKind
from .failure import single_points_of_failure

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["draw"]

_DRAWN = frozenset({"actor", "function", "body", "activity"})
_BOX_W, _BOX_H = 1.45, 0.56  # inches
_STEP_X, _LINE_GAP, _ROW_GAP = 1.62, 0.42, 0.30
_PER_LINE = 11
_MAX_LEVELS = 3
_MARGIN_LEFT, _MARGIN_TOP, _LEGEND_W = 1.35, 0.9, 3.1
_FONT = 6.8
_WRAP = 22
_LINES = 3

_LineStyle = Literal["solid", "dashed", "dotted"]

# edge kind -> (colour, line width, line style)
_EDGE_STYLE: dict[EdgeKind, tuple[str, float, _LineStyle]] = {
    EdgeKind.GRANTS_MANDATE: ("#b03a2e", 2.0, "solid"),
    EdgeKind.CONVENES: ("#7d3c98", 1.1, "solid"),
    EdgeKind.OVERSEES: ("#1b2631", 1.1, "solid"),
    EdgeKind.CONTAINS: ("#5d6d7e", 0.8, "solid"),
    EdgeKind.HAS_MEMBER: ("#909497", 0.6, "solid"),
    EdgeKind.APPOINTS: ("#9c640c", 0.8, "solid"),
    EdgeKind.RESPONSIBLE_FOR: ("#21618c", 0.8, "solid"),
    EdgeKind.SUPPORTS: ("#148f77", 1.1, "dashed"),
    EdgeKind.ACCOUNTABLE_FOR: ("#ca6f1e", 0.8, "dotted"),
}


def _t(key: str, lang: Lang | None, **params: object) -> str:
    return text(f"draw.{key}", lang, **params)


def _label(attrs: dict[str, Any], node: str, lang: Lang) -> str:
    name = str(
        attrs.get("name_en") if lang == "en" and attrs.get("name_en") else attrs.get("name", node)
    )
    lines = [_mathtext(line) for line in textwrap.wrap(name, _WRAP, break_long_words=True)]
    lines = lines or [_mathtext(node)]
    extra = []
    if attrs.get("vacant"):
        extra.append(f"({_t('vacant', lang)})")
    elif attrs.get("holders") == 1:
        extra.append(f"({_t('one', lang)})")
    room = _LINES - len(extra)
    if len(lines) > room:
        lines = lines[:room]
        lines[-1] = lines[-1][: _WRAP - 1].rstrip() + "…"
    return "\n".join(lines + extra)


def _edges_to_draw(graph: nx.MultiDiGraph[str], nodes: set[str]) -> list[tuple[str, str, EdgeKind]]:
    """Edges between drawn nodes, one per (from, to, kind); an ``accountable_for`` edge is kept
    only where the accountable actor is not also responsible."""
    seen: set[tuple[str, str, EdgeKind]] = set()
    out = []
    for u, v, attrs in sorted(graph.edges(data=True), key=lambda e: (e[0], e[1], e[2]["kind"])):
        if u not in nodes or v not in nodes or u == v:
            continue
        kind = EDGE_KINDS.get(str(attrs["kind"]))
        if kind is None or kind not in _EDGE_STYLE:
            continue
        if kind is EdgeKind.ACCOUNTABLE_FOR and graph.has_edge(
            u, v, EdgeKind.RESPONSIBLE_FOR.value
        ):
            continue
        if (u, v, kind) not in seen:
            seen.add((u, v, kind))
            out.append((u, v, kind))
    return out


def _order_rows(
    rows: dict[int, list[str]], edges: list[tuple[str, str, EdgeKind]]
) -> dict[int, list[str]]:
    """Order each row to reduce crossings: a few sweeps of the barycentre heuristic, ties kept
    in their previous (tier, plan) order."""
    neighbours: dict[str, list[str]] = {}
    for u, v, _ in edges:
        neighbours.setdefault(u, []).append(v)
        neighbours.setdefault(v, []).append(u)
    position: dict[str, float] = {}

    def place(row: list[str]) -> None:
        for i, n in enumerate(row):
            position[n] = (i + 0.5) / len(row)

    for row in rows.values():
        place(row)
    keys = sorted(rows)
    for sweep in range(6):
        sequence = keys[1:] if sweep % 2 == 0 else keys[-2::-1]
        for r in sequence:
            row = rows[r]
            current = {n: i for i, n in enumerate(row)}

            def centre(n: str, r: int = r, current: dict[str, int] = current) -> tuple[float, int]:
                near = [
                    position[m] for m in neighbours.get(n, ()) if m in position and m not in current
                ]
                bary = sum(near) / len(near) if near else position[n]
                return (bary, current[n])

            rows[r] = sorted(row, key=centre)
            place(rows[r])
    return rows


def _levels(row: list[str], edges: list[tuple[str, str, EdgeKind]]) -> dict[str, int]:
    """Sub-levels inside a row, so that authority inside it also points down: a council above
    the committees it contains, a council of representatives above its members. Edges that
    would close a loop are ignored; at most :data:`_MAX_LEVELS` levels."""
    inside = set(row)
    down: dict[str, list[str]] = {}
    for u, v, kind in edges:
        if u in inside and v in inside and kind.is_authority:
            down.setdefault(u, []).append(v)
    level = dict.fromkeys(row, 0)
    state: dict[str, int] = {}

    def visit(start: str) -> None:
        stack = [(start, iter(down.get(start, ())))]
        state[start] = 1
        while stack:
            node, children = stack[-1]
            for child in children:
                if state.get(child) == 1:
                    continue  # a loop: ignore this edge
                level[child] = max(level[child], level[node] + 1)
                if state.get(child) != 2 or level[child] == level[node] + 1:
                    state[child] = 1
                    stack.append((child, iter(down.get(child, ()))))
                    break
            else:
                state[node] = 2
                stack.pop()

    for n in row:
        if n not in state:
            visit(n)
    return {n: min(level[n], _MAX_LEVELS - 1) for n in row}


def _layout(
    graph: nx.MultiDiGraph[str], nodes: list[str], edges: list[tuple[str, str, EdgeKind]]
) -> tuple[dict[str, tuple[float, float]], list[tuple[int, float]], float, float]:
    """Centre of each box (inches, y growing downwards), the top of each row, and the size."""
    rows: dict[int, list[str]] = {}
    for n in nodes:
        rows.setdefault(row_of(graph.nodes[n]), []).append(n)
    rows = _order_rows(rows, edges)
    lines_of: dict[int, list[list[str]]] = {}
    for r, row in rows.items():
        level = _levels(row, edges)
        lines: list[list[str]] = []
        for depth in range(_MAX_LEVELS):
            part = [n for n in row if level[n] == depth]
            lines.extend(part[i : i + _PER_LINE] for i in range(0, len(part), _PER_LINE))
        lines_of[r] = lines
    widest = max(len(line) for lines in lines_of.values() for line in lines)
    width = widest * _STEP_X
    centres: dict[str, tuple[float, float]] = {}
    row_tops: list[tuple[int, float]] = []
    y = _MARGIN_TOP
    for r in sorted(lines_of):
        row_tops.append((r, y))
        for line in lines_of[r]:
            offset = (width - len(line) * _STEP_X) / 2
            for i, n in enumerate(line):
                centres[n] = (_MARGIN_LEFT + offset + (i + 0.5) * _STEP_X, y + _BOX_H / 2)
            y += _BOX_H + _LINE_GAP
        y += _ROW_GAP
    return centres, row_tops, _MARGIN_LEFT + width + _LEGEND_W, y


def draw(
    plan: ActionPlan,
    path: str | Path,
    *,
    lang: Lang | None = None,
    as_of: AsOf = None,
    dpi: int = 150,
) -> None:
    """Draw the chain of governance of ``plan`` to ``path``: PNG or SVG by its suffix.

    Rows are the layers of the chain (:data:`~preventionkit.graph.LAYERS`, the same layering
    the HTML report draws), from the political level down to the activities (002 §1.8); boxes
    are coloured by actor kind or body role, mandate holders have a thick dark-red border and
    vacant functions a dashed one; functions held by one person say so, single points of
    failure carry a red mark (002 §1.5), and activities the chain does not reach a dotted red
    border (as :func:`~preventionkit.graph.unreachable_activities` says). Labels are in
    ``lang`` (the library default when None; English names where the plan gives them when it
    is ``"en"``).
    """
    lang = check_lang(lang) if lang is not None else default_lang()
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise ValueError(f"draw writes .png or .svg files, not {target.suffix or 'no suffix'!r}")
    try:
        import matplotlib
    except ImportError as exc:  # pragma: no cover - exercised only without matplotlib
        raise ImportError("drawing needs matplotlib: pip install 'preventionkit[plot]'") from exc
    if "matplotlib.pyplot" not in sys.modules:
        matplotlib.use("Agg")
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Circle, FancyArrowPatch, FancyBboxPatch, Patch

    day = as_date(as_of)
    graph = responsibility_graph(plan, as_of=day)
    fragile = {s.node for s in single_points_of_failure(plan, day) if s.edge is None}
    nodes = [n for n in graph.nodes if graph.nodes[n].get("kind") in _DRAWN]
    drawn = set(nodes)
    edges = _edges_to_draw(graph, drawn)
    if not nodes:
        nodes, edges = [], []
    centres, row_tops, width, height = _layout(graph, nodes, edges) if nodes else ({}, [], 6.0, 2.0)
    with matplotlib.rc_context(
        {"svg.hashsalt": "preventionkit", "svg.fonttype": "path", "font.family": "DejaVu Sans"}
    ):
        fig = Figure(figsize=(width, height), dpi=dpi)
        ax = fig.add_axes((0.0, 0.0, 1.0, 1.0))
        ax.set_xlim(0, width)
        ax.set_ylim(height, 0)
        ax.set_axis_off()
        shown = plan.title_en if lang == "en" and plan.title_en else plan.title
        title = _t("title", lang, chain=_t("chain", lang), title=shown)
        if day is not None:
            title += f" ({_t('as_of', lang, day=day)})"
        ax.text(0.25, 0.4, _mathtext(title), fontsize=11, fontweight="bold", va="center", ha="left")
        for r, top in row_tops:
            ax.text(
                0.2,
                top + _BOX_H / 2,
                textwrap.fill(_t(f"row.{ROWS[r]}", lang), 13, break_long_words=False),
                fontsize=7,
                color="#626567",
                style="italic",
                va="center",
                ha="left",
                wrap=True,
            )
        boxes = {}
        for n in nodes:
            attrs = graph.nodes[n]
            x, y = centres[n]
            holder = bool(attrs.get("mandate_holder"))
            unreached = attrs.get("kind") == "activity" and not attrs.get("in_chain", True)
            fill = CATEGORIES[category(attrs)]
            box = FancyBboxPatch(
                (x - _BOX_W / 2, y - _BOX_H / 2),
                _BOX_W,
                _BOX_H,
                boxstyle="round,pad=0,rounding_size=0.08"
                if attrs.get("kind") != "body"
                else "square,pad=0",
                facecolor=fill,
                edgecolor="#7b241c" if holder else "#c0392b" if unreached else "#4d5656",
                linewidth=2.6 if holder else 1.6 if unreached else 0.8,
                linestyle="--" if attrs.get("vacant") else ":" if unreached else "-",
                zorder=3,
            )
            ax.add_patch(box)
            boxes[n] = box
            if n in fragile:
                bx, by = x + _BOX_W / 2 - 0.02, y - _BOX_H / 2 + 0.02
                ax.add_patch(
                    Circle((bx, by), 0.075, facecolor="#c0392b", edgecolor="white", zorder=5)
                )
                ax.text(
                    bx,
                    by,
                    "!",
                    color="white",
                    fontsize=6.5,
                    fontweight="bold",
                    ha="center",
                    va="center",
                    zorder=6,
                )
            ax.text(
                x,
                y,
                _label(attrs, n, lang),
                fontsize=_FONT,
                ha="center",
                va="center",
                zorder=4,
                linespacing=1.15,
                bbox={"boxstyle": "square,pad=0.12", "facecolor": fill, "edgecolor": "none"},
            )
        for u, v, kind in edges:
            colour, lw, style = _EDGE_STYLE[kind]
            (x1, y1), (x2, y2) = centres[u], centres[v]
            same_line = abs(y1 - y2) < 1e-6
            rad = min(0.35, 0.9 / max(abs(x1 - x2), 1e-6))
            arrow = FancyArrowPatch(
                (x1, y1),
                (x2, y2),
                patchA=boxes[u],
                patchB=boxes[v],
                arrowstyle="-|>",
                mutation_scale=7,
                color=colour,
                linewidth=lw,
                linestyle=style,
                connectionstyle=f"arc3,rad={rad:.3f}" if same_line else "arc3,rad=0.0",
                alpha=0.75,
                zorder=3.5,  # above the boxes: an edge passing a box is seen to pass it
                shrinkA=1,
                shrinkB=1,
            )
            ax.add_patch(arrow)
        present = sorted({category(graph.nodes[n]) for n in nodes}, key=list(CATEGORIES).index)
        node_handles: list[Any] = [
            Patch(facecolor=CATEGORIES[c], edgecolor="#4d5656", label=category_label(c, lang))
            for c in present
        ]
        if any(graph.nodes[n].get("mandate_holder") for n in nodes):
            node_handles.append(
                Patch(
                    facecolor="white", edgecolor="#7b241c", linewidth=2.6, label=_t("holder", lang)
                )
            )
        if fragile & set(nodes):
            node_handles.append(
                Line2D(
                    [0],
                    [0],
                    marker="o",
                    color="white",
                    markerfacecolor="#c0392b",
                    markersize=7,
                    label=_t("spof", lang),
                )
            )
        if any(
            graph.nodes[n].get("kind") == "activity" and not graph.nodes[n].get("in_chain", True)
            for n in nodes
        ):
            node_handles.append(
                Patch(
                    facecolor="white",
                    edgecolor="#c0392b",
                    linestyle=":",
                    linewidth=1.6,
                    label=_t("unreached", lang),
                )
            )
        if any(graph.nodes[n].get("vacant") for n in nodes):
            node_handles.append(
                Patch(
                    facecolor="white",
                    edgecolor="#4d5656",
                    linestyle="--",
                    label=_t("vacant_legend", lang),
                )
            )
        kinds = sorted({k for _, _, k in edges}, key=list(_EDGE_STYLE).index)
        edge_handles = [
            Line2D(
                [0],
                [0],
                color=_EDGE_STYLE[k][0],
                linewidth=max(_EDGE_STYLE[k][1], 1.0),
                linestyle=_EDGE_STYLE[k][2],
                label=k.label(lang),
            )
            for k in kinds
        ]
        legend_x = (width - _LEGEND_W + 0.25) / width
        first = fig.legend(
            handles=node_handles,
            title=_t("nodes", lang),
            loc="upper left",
            bbox_to_anchor=(legend_x, 1 - _MARGIN_TOP / height),
            fontsize=7,
            title_fontsize=8,
            frameon=False,
        )
        if edge_handles:
            fig.legend(
                handles=edge_handles,
                title=_t("edges", lang),
                loc="upper left",
                bbox_to_anchor=(
                    legend_x,
                    1 - (_MARGIN_TOP + 0.17 * (len(node_handles) + 3)) / height,
                ),
                fontsize=7,
                title_fontsize=8,
                frameon=False,
            )
        del first
        picture = io.BytesIO()
        if suffix == ".svg":
            fig.savefig(picture, format="svg", metadata={"Date": None})
        else:
            fig.savefig(picture, format="png", dpi=dpi, metadata={"Software": None})
    # Written atomically through the one file writer (issue 21); a failure is a FileWriteError.
    with contextlib.suppress(OSError):
        target.parent.mkdir(parents=True, exist_ok=True)
    write_file(target, picture.getvalue())
