"""Where everything goes in a picture of the chain of governance: one layered layout, computed
once and drawn by both the matplotlib drawing (:func:`preventionkit.graph.draw`) and the HTML
report's inline SVG (:func:`preventionkit.report.chain.chain_svg`).

The rows are the layers of the chain (:data:`~preventionkit.graph.LAYERS`: political level,
steering, collaboration, organisations, operational groups, activities; 002 §1.8, 001 p. 13–15),
split into sub-rows where authority runs inside a layer (a council above the committees it
contains) and where a layer holds more boxes than fit across a landscape A4 page. Inside the
rows the boxes are ordered and placed by a Sugiyama layered layout: with ``grandalf``
installed (``pip install 'preventionkit[plot]'``), its implementation (crossing reduction by
median ordering, Brandes–Köpf coordinates); without it a small pure-Python one (barycentre
ordering and a packing that pulls each box towards its neighbours), kept so the core install
draws too. Either way a link between rows runs through the gaps between rows and through
slots kept free in the rows it spans, so no line crosses a box.

Breaks in the chain are part of the scene: activities no mandate holder reaches (PK204),
single points of failure (PK205), vacant posts and lapsed mandates (PK207), leading mandates
resting on no decision (PK201). Each gets a number, a one-line reason from the message
catalogue and the code of the finding that reports it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..messages import Message, check_lang, default_lang, message
from ..model import ActionPlan
from ..model.dates import AsOf, as_date
from ..vocab import Lang
from ._governance import LAYERS, governance
from ._style import (
    BAND_FILL,
    BREAK,
    CATEGORIES,
    EDGE_STYLES,
    FONT_PT,
    HOLDER,
    INK,
    EdgeStyle,
    LegendItem,
    category,
    layer_label,
    legend,
    row_of,
)
from .build import responsibility_graph
from .edges import EDGE_KINDS, EdgeKind
from .failure import single_points_of_failure

__all__ = [
    "BAND_FILL",
    "BOX_W",
    "BREAK",
    "CATEGORIES",
    "EDGE_STYLES",
    "FONT_PT",
    "HOLDER",
    "INK",
    "Band",
    "Box",
    "Break",
    "EdgeStyle",
    "LegendItem",
    "Link",
    "Scene",
    "chain_scene",
    "label_width",
    "layered_positions",
    "legend",
    "wrap_label",
]

# Sizes in points (1/72 inch): the SVG uses them as user units, matplotlib divides by 72.
BOX_W = 108.0
"""The width of a box."""
_SUB_PT = 8.0
_LINE_H = FONT_PT * 1.25
_PAD_Y = 6.0
_CHARS = int((BOX_W - 12) / (FONT_PT * 0.62))  # DejaVu Sans: wide letters, tested by extent
_GAP_X = 24.0
_DUMMY_W = 8.0
_CHANNEL = 34.0  # the gap between two rows, where links run
_BAND_HEAD = 16.0
_MARGIN = 12.0
_LEFT = 24.0  # room for links passing left of the first box; labels sit in the band head
MAX_PER_ROW = 6
"""Boxes in one row at most: six boxes and their gaps fit across a landscape A4 page at full
size, so no label shrinks below :data:`FONT_PT` in print (issue 18)."""
FOLD_AT = 6
"""A body with more members than this, whose members have no other link in the picture, shows
them as one box with their number."""
FOLD_PLAN_AT = 60
"""A picture with more boxes than this folds crowded layers (see :data:`LAYER_BUDGET`)."""
LAYER_BUDGET = 2 * MAX_PER_ROW
"""A layer with more boxes than this (two full rows) folds the parts of one actor, and boxes
linked to the same boxes, into one box each."""
FOLD_ACTIVITIES_AT = 24
"""A plan with more activities than this shows the activities without a break that the same
actors carry out as one box with their number."""

DRAWN_EDGES: tuple[EdgeKind, ...] = (
    EdgeKind.GRANTS_MANDATE,
    EdgeKind.OVERSEES,
    EdgeKind.CONVENES,
    EdgeKind.APPOINTS,
    EdgeKind.SUPPORTS,
    EdgeKind.CONTAINS,
    EdgeKind.HAS_MEMBER,
    EdgeKind.RESPONSIBLE_FOR,
    EdgeKind.ACCOUNTABLE_FOR,
)
"""The kinds of link the pictures show, in legend order."""

_DRAWN_NODES = frozenset({"actor", "function", "body", "activity"})


@dataclass(frozen=True, slots=True)
class Break:
    """A place where the chain breaks: ``node`` (and ``edge`` for a single link), what kind of
    break, the code of the finding that reports it and a one-line reason. A chain with no
    mandate holder at all breaks at its head, which is no box: ``node`` is then empty."""

    number: int
    node: str
    kind: str
    code: str
    reason: Message
    edge: tuple[str, str] | None = None

    def text(self, lang: Lang | None = None) -> str:
        """The reason in ``lang``."""
        return self.reason.render(lang)


@dataclass(frozen=True, slots=True)
class Box:
    """One box: an actor, function, body or activity, or a fold of several members
    (``folded`` > 0). ``x``, ``y`` is its top-left corner, in points."""

    id: str
    lines: tuple[str, ...]
    sub: str
    category: str
    name: str
    layer: str
    x: float
    y: float
    w: float
    h: float
    shape: str = "round"
    holder: bool = False
    vacant: bool = False
    folded: int = 0
    folded_names: tuple[str, ...] = ()
    breaks: tuple[int, ...] = ()
    kind: str = ""
    """What it is, in words: the actor's kind or the body's role (shown on hovering)."""

    @property
    def cx(self) -> float:
        """The horizontal centre."""
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        """The vertical centre."""
        return self.y + self.h / 2


@dataclass(frozen=True, slots=True)
class Link:
    """A relation drawn as a polyline from ``source`` to ``target`` (the arrow at the end)."""

    source: str
    target: str
    kind: EdgeKind
    points: tuple[tuple[float, float], ...]
    broken: int | None = None


@dataclass(frozen=True, slots=True)
class Band:
    """The rows of one layer: its name and its top and bottom, and where its name is
    written: ``label_x`` (the name's left end, on the baseline ``top + 12``), chosen so that
    no link crosses it where the strip has room; ``label_clear`` is False where it has none,
    and the name is then drawn over the links on a background of its own, never under them."""

    layer: str
    top: float
    bottom: float
    label_x: float = 8.0
    label_clear: bool = True

    @property
    def label_box(self) -> tuple[float, float]:
        """The top and bottom of the band's name (the strip above its first row)."""
        return (self.top + 3.0, self.top + 15.0)


@dataclass(frozen=True, slots=True)
class Scene:
    """Everything a picture of the chain shows, placed: boxes, links, layer bands and breaks,
    and its size in points. ``engine`` names the layout that placed it."""

    boxes: tuple[Box, ...]
    links: tuple[Link, ...]
    bands: tuple[Band, ...]
    breaks: tuple[Break, ...]
    width: float
    height: float
    engine: str
    as_of: dt.date | None = None
    categories: tuple[str, ...] = field(default=())

    def box(self, node: str) -> Box:
        """The box of ``node``."""
        for b in self.boxes:
            if b.id == node:
                return b
        raise KeyError(node)


# ---------------------------------------------------------------------------------------------
# The layered layout


def _grandalf_positions(
    ranks: Mapping[str, int],
    widths: Mapping[str, float],
    edges: Sequence[tuple[str, str]],
    order: Mapping[str, int],
) -> dict[str, float] | None:
    """Horizontal centres from grandalf's Sugiyama layout, with our ranks imposed; ``None``
    when grandalf is not installed."""
    try:
        from grandalf.graphs import Edge, Vertex, graph_core  # type: ignore[import-untyped]
        from grandalf.layouts import Layer, SugiyamaLayout  # type: ignore[import-untyped]
    except ImportError:
        return None

    class _View:
        def __init__(self, w: float) -> None:
            self.w, self.h, self.xy = w, 10.0, (0.0, 0.0)

    class _Ranked(SugiyamaLayout):  # type: ignore[misc]
        """Sugiyama with the ranks given (the chain's layers), not computed from the edges."""

        def rank_all(self, roots: Any, optimize: bool = False) -> None:
            present = list(self.g.sV)
            low = min(ranks[v.data] for v in present)
            high = max(ranks[v.data] for v in present)
            self.layers = [Layer([]) for _ in range(low, high + 1)]
            for v in sorted(present, key=lambda v: order[v.data]):
                r = ranks[v.data] - low
                self.grx[v].rank = r
                self.layers[r].append(v)

    # Edges point down the rows (grandalf wants a DAG in rank order); the direction of the
    # relation is the drawing's business, not the layout's. Each connected part is built as
    # its own ``graph_core`` from ordered lists: grandalf's ``Graph`` joins parts through
    # sets, whose order changes from run to run, and the drawing must not.
    down = sorted(
        {(u, v) if ranks[u] < ranks[v] else (v, u) for u, v in edges},
        key=lambda e: (order[e[0]], order[e[1]]),
    )
    parent = {n: n for n in ranks}

    def find(n: str) -> str:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for u, v in down:
        a, b = find(u), find(v)
        if a != b:
            parent[max(a, b, key=order.__getitem__)] = min(a, b, key=order.__getitem__)
    parts: dict[str, list[str]] = {}
    for n in sorted(ranks, key=order.__getitem__):
        parts.setdefault(find(n), []).append(n)
    cores = []
    for members in parts.values():
        vertices = {n: Vertex(n) for n in members}
        for n, vertex in vertices.items():
            vertex.view = _View(widths[n])
        inside = [Edge(vertices[u], vertices[v]) for u, v in down if u in vertices]
        cores.append(graph_core(list(vertices.values()), inside))
    out: dict[str, float] = {}
    offset = 0.0
    for core in cores:
        layout = _Ranked(core)
        layout.xspace = _GAP_X
        layout.yspace = _CHANNEL
        layout.dw = _DUMMY_W
        layout.init_all(roots=[], inverted_edges=[])
        layout.draw(3)
        xs = {v.data: v.view.xy[0] for v in core.sV}
        left = min(xs[n] - widths[n] / 2 for n in xs)
        dummies = [d.view.xy[0] - _DUMMY_W / 2 for d in layout.grx if not hasattr(d, "data")]
        left = min([left, *dummies])
        right = max(xs[n] + widths[n] / 2 for n in xs)
        right = max([right, *(d + _DUMMY_W for d in dummies)])
        for n, x in xs.items():
            out[n] = x - left + offset
        offset += right - left + _GAP_X * 2
    return out


def _barycentre_positions(
    ranks: Mapping[str, int],
    widths: Mapping[str, float],
    edges: Sequence[tuple[str, str]],
    order: Mapping[str, int],
) -> dict[str, float]:
    """The order of each row without grandalf (its index in the row): the Sugiyama ordering
    step done simply, long links split by a slot in each row they span and eight sweeps of the
    barycentre heuristic. Kept so the core install, which has no layout engine, draws the same
    kind of picture."""
    rows: dict[int, list[str]] = {}
    nbrs: dict[str, list[str]] = {n: [] for n in ranks}
    for n in sorted(ranks, key=order.__getitem__):
        rows.setdefault(ranks[n], []).append(n)
    for i, (u, v) in enumerate(edges):
        a, b = (u, v) if ranks[u] < ranks[v] else (v, u)
        prev = a
        for r in range(ranks[a] + 1, ranks[b]):
            d = f"\0{i}:{r}"
            rows[r].append(d)
            nbrs[d] = []
            nbrs[prev].append(d)
            nbrs[d].append(prev)
            prev = d
        nbrs[prev].append(b)
        nbrs[b].append(prev)
    keys = sorted(rows)
    pos: dict[str, float] = {}

    def index(row: list[str]) -> None:
        for i, n in enumerate(row):
            pos[n] = float(i)

    for r in keys:
        index(rows[r])
    for sweep in range(8):
        seq = keys[1:] if sweep % 2 == 0 else keys[-2::-1]
        step = -1 if sweep % 2 == 0 else 1
        for r in seq:
            row = rows[r]
            cur = {n: i for i, n in enumerate(row)}

            def bary(n: str, r: int = r, cur: dict[str, int] = cur, step: int = step) -> float:
                near = [pos[m] for m in nbrs[n] if ranks.get(m, _rank_of_dummy(m)) == r + step]
                return sum(near) / len(near) if near else float(cur[n])

            rows[r] = sorted(row, key=lambda n: (bary(n), cur[n]))
            index(rows[r])
    return {n: pos[n] for n in ranks}


def _rank_of_dummy(name: str) -> int:
    return int(name.rsplit(":", 1)[1]) if name.startswith("\0") else -1


def layered_positions(
    ranks: Mapping[str, int],
    widths: Mapping[str, float],
    edges: Sequence[tuple[str, str]],
    *,
    engine: str = "auto",
) -> tuple[dict[str, float], str]:
    """Horizontal centres of the nodes of a layered graph whose rows (``ranks``) are given,
    and the name of the engine that ordered the rows: ``"grandalf"`` when installed (or asked
    for), else ``"barycentre"``. The engine orders each row to reduce crossings; the boxes are
    then fitted into the width of the widest row (at most :data:`MAX_PER_ROW` boxes, the width
    of a landscape A4 page), each pulled towards its neighbours, in order and never closer
    than 16 pt."""
    if engine not in ("auto", "grandalf", "barycentre"):
        raise ValueError(f"engine must be 'auto', 'grandalf' or 'barycentre', not {engine!r}")
    if not ranks:
        return {}, "barycentre"
    order = {n: i for i, n in enumerate(ranks)}
    edges = [(u, v) for u, v in edges if ranks[u] != ranks[v]]
    found: dict[str, float] | None = None
    used = "barycentre"
    if engine in ("auto", "grandalf"):
        found = _grandalf_positions(ranks, widths, edges, order)
        if found is None and engine == "grandalf":
            raise ImportError("the grandalf layout needs grandalf: pip install grandalf")
        used = "grandalf" if found is not None else used
    if found is None:
        found = _barycentre_positions(ranks, widths, edges, order)
    return _fit(found, ranks, widths, edges), used


def _fit(
    xs: Mapping[str, float],
    ranks: Mapping[str, int],
    widths: Mapping[str, float],
    edges: Sequence[tuple[str, str]],
) -> dict[str, float]:
    """Place each row in the engine's order within the width of the widest row: start evenly
    spread, then a few rounds of pulling each box towards the mean of its neighbours, keeping
    the order, the gaps and the bounds."""
    rows: dict[int, list[str]] = {}
    for n in sorted(xs, key=lambda n: (xs[n], n)):
        rows.setdefault(ranks[n], []).append(n)
    full = max(sum(widths[n] for n in row) + _GAP_X * (len(row) - 1) for row in rows.values())
    nbrs: dict[str, list[str]] = {n: [] for n in xs}
    for u, v in edges:
        nbrs[u].append(v)
        nbrs[v].append(u)
    x: dict[str, float] = {}
    for row in rows.values():
        used = sum(widths[n] for n in row) + _GAP_X * (len(row) - 1)
        spare = (full - used) / (len(row) + 1)
        at = spare
        for n in row:
            x[n] = at + widths[n] / 2
            at += widths[n] + _GAP_X + spare
    for _ in range(10):
        for row in rows.values():
            want = []
            for n in row:
                near = [x[m] for m in nbrs[n]]
                want.append(sum(near) / len(near) if near else x[n])
            placed = [
                min(max(w, widths[n] / 2), full - widths[n] / 2)
                for w, n in zip(want, row, strict=True)
            ]
            for i in range(1, len(row)):
                least = placed[i - 1] + (widths[row[i - 1]] + widths[row[i]]) / 2 + _GAP_X
                placed[i] = max(placed[i], least)
            if row:
                placed[-1] = min(placed[-1], full - widths[row[-1]] / 2)
            for i in range(len(row) - 2, -1, -1):
                most = placed[i + 1] - (widths[row[i + 1]] + widths[row[i]]) / 2 - _GAP_X
                placed[i] = min(placed[i], most)
            for n, value in zip(row, placed, strict=True):
                x[n] = value
    return x


# ---------------------------------------------------------------------------------------------
# The scene


def _name(attrs: Mapping[str, Any], node: str, lang: Lang) -> str:
    """The name as written in the plan; the English name only in English and only where the
    plan gives one (one language per picture)."""
    if lang == "en" and attrs.get("name_en"):
        return str(attrs["name_en"])
    return str(attrs.get("name") or node)


def _kind_label(plan: ActionPlan, node: str, lang: Lang) -> str:
    """The kind of an actor or the role of a body in ``lang`` (a plan's own extra terms
    included), or the word for an activity."""
    record = plan.get(node)
    term = getattr(record, "kind", None) or getattr(record, "role", None)
    label = getattr(term, "label", None)
    if callable(label):
        return str(label(lang))
    return message("draw.category.activity").render(lang) if record is not None else ""


def wrap_label(name: str) -> tuple[str, ...]:
    """The name broken into lines that fit a box, whole: a label is never cut. A word too long
    for a line is split with a hyphen ("Kvinnofridssamordnare" → "Kvinnofridssamordn-",
    "are")."""
    words = []
    for whole in name.split():
        rest = whole
        while len(rest) > _CHARS:
            words.append(rest[: _CHARS - 1] + "-")
            rest = rest[_CHARS - 1 :]
        words.append(rest)
    lines = textwrap.wrap(" ".join(words), _CHARS, break_long_words=False, break_on_hyphens=True)
    return tuple(lines) or ("",)


def _sub_levels(row: list[str], down: Mapping[str, list[str]]) -> dict[str, int]:
    """Sub-rows inside a layer, so that authority inside it also points down (a council above
    the committees it contains): the longest path from the layer's top, following links in
    depth-first order and ignoring each link that would close a loop (PK206 reports those);
    at most four sub-rows."""
    inside = set(row)
    level = dict.fromkeys(row, 0)
    state: dict[str, int] = {}  # 1 on the current path, 2 done

    def visit(start: str) -> None:
        stack = [(start, iter(down.get(start, ())))]
        state[start] = 1
        while stack:
            node, children = stack[-1]
            for child in children:
                if child not in inside or state.get(child) == 1:
                    continue  # outside the layer, or a loop: ignore this link
                if level[child] < level[node] + 1 or state.get(child) is None:
                    level[child] = max(level[child], level[node] + 1)
                    state[child] = 1
                    stack.append((child, iter(down.get(child, ()))))
                    break
            else:
                state[node] = 2
                stack.pop()

    for n in row:
        if n not in state:
            visit(n)
    return {n: min(level[n], 3) for n in row}


def _edges(graph: Any, nodes: set[str]) -> list[tuple[str, str, EdgeKind]]:
    seen: set[tuple[str, str, EdgeKind]] = set()
    out: list[tuple[str, str, EdgeKind]] = []
    for u, v, attrs in graph.edges(data=True):
        if u not in nodes or v not in nodes or u == v:
            continue
        kind = EDGE_KINDS.get(str(attrs["kind"]))
        if kind is None or kind not in DRAWN_EDGES:
            continue
        if kind is EdgeKind.ACCOUNTABLE_FOR and graph.has_edge(
            u, v, EdgeKind.RESPONSIBLE_FOR.value
        ):
            continue
        if (u, v, kind) not in seen:
            seen.add((u, v, kind))
            out.append((u, v, kind))
    return out


def _breaks(plan: ActionPlan, day: dt.date | None, nodes: set[str]) -> list[Break]:
    """The breaks of the chain on ``day``, each with its finding's code, in a fixed order:
    mandates on no decision, lapsed mandates, vacant posts, single points of failure, then
    unreached activities."""
    gov = governance(plan, day)
    found: list[tuple[str, str, str, Message, tuple[str, str] | None]] = []
    for m in plan.mandates:
        if m.leads and m.decision is None and m.holder in nodes:
            found.append(
                (m.holder, "no_decision", "PK201", message("draw.break.no_decision"), None)
            )
    period_end = plan.period.end if plan.period is not None else None
    for m in plan.mandates:
        end = m.valid_until
        if end is None or m.holder not in nodes:
            continue
        lapsed = (
            end.latest() < day
            if day is not None
            else (period_end is not None and end.latest() < period_end.earliest())
        )
        if lapsed:
            found.append(
                (m.holder, "lapsed", "PK207", message("draw.break.lapsed", end=str(end)), None)
            )
    for actor in plan.actors:
        if actor.id in gov.vacant and actor.id in nodes:
            found.append((actor.id, "vacant", "PK207", message("draw.break.vacant"), None))
    for spof in single_points_of_failure(plan, day):
        if spof.node not in nodes:
            continue
        n = len(spof.activities)
        if spof.edge is None:
            found.append((spof.node, "spof", "PK205", message("draw.break.spof", n=n), None))
        else:
            source = spof.names.get(spof.edge[0], spof.edge[0])
            reason = message("draw.break.bridge", n=n, source=source)
            found.append((spof.node, "bridge", "PK205", reason, spof.edge))
    if not gov.holders:
        # No mandate holder at all: one break at the head of the chain, PK201's, rather than
        # every activity unreached (PK204 leaves it to PK201 too).
        found.append(("", "no_holder", "PK201", message("draw.break.no_holder"), None))
    else:
        for activity in gov.unreachable:
            if activity in nodes:
                reason = message("draw.break.unreached")
                found.append((activity, "unreached", "PK204", reason, None))
    return [Break(i + 1, *item) for i, item in enumerate(found)]


def _redirect(
    edges: Iterable[tuple[str, str, EdgeKind]], mapping: Mapping[str, str]
) -> list[tuple[str, str, EdgeKind]]:
    """``edges`` with folded nodes replaced by their fold, without loops or repeats."""
    out: dict[tuple[str, str, EdgeKind], None] = {}
    for u, v, kind in edges:
        a, b = mapping.get(u, u), mapping.get(v, v)
        if a != b:
            out[(a, b, kind)] = None
    return list(out)


def _fold(
    plan: ActionPlan,
    graph: Any,
    nodes: list[str],
    edges: list[tuple[str, str, EdgeKind]],
    breaks: Sequence[Break],
) -> tuple[list[str], list[tuple[str, str, EdgeKind]], dict[str, tuple[str, list[str]]]]:
    """Fold what would crowd the picture into boxes with a count, never a break, a mandate
    holder or the end of a broken link (issue 18: large memberships folded into one box):

    1. a body's members whose only link in the picture is that membership (more than
       :data:`FOLD_AT` members);
    2. in a picture of more than :data:`FOLD_PLAN_AT` boxes, in each layer with more than
       :data:`LAYER_BUDGET` boxes, the parts of one actor (units of
       an administration), then boxes linked to exactly the same boxes, which the picture
       could not tell apart anyway;
    3. with more than :data:`FOLD_ACTIVITIES_AT` activities, those carried out by the same
       boxes (in a large picture: those whose first carrier is the same box).

    A folded box takes over its members' links, each drawn once. Returns the nodes, the
    links and each fold's kind and members."""
    keep = {b.node for b in breaks}
    keep |= {n for b in breaks if b.edge is not None for n in b.edge}
    keep |= {n for n in nodes if graph.nodes[n].get("mandate_holder")}
    present = set(nodes)
    degree: dict[str, int] = dict.fromkeys(nodes, 0)
    for u, v, _ in edges:
        degree[u] += 1
        degree[v] += 1
    fold_ids: dict[str, tuple[str, list[str]]] = {}
    mapping: dict[str, str] = {}

    def add(fid: str, what: str, members: list[str]) -> None:
        fold_ids[fid] = (what, members)
        for m in members:
            mapping[m] = fid

    for body in plan.bodies:
        if body.id not in present:
            continue
        leaves = [
            m
            for m in dict.fromkeys(body.member_ids)
            if m in present and degree.get(m) == 1 and m not in keep and m not in mapping
        ]
        if len(body.member_ids) > FOLD_AT and len(leaves) > 1:
            add(f"{body.id}/members", "members", leaves)
    is_activity = {n: graph.nodes[n].get("kind") == "activity" for n in nodes}
    layer = {n: row_of(graph.nodes[n]) for n in nodes}
    rows = [[n for n in nodes if layer[n] == row and not is_activity[n]] for row in range(6)]
    large = len({mapping.get(n, n) for n in nodes}) > FOLD_PLAN_AT
    crowded = [
        row for row in rows if large and len({mapping.get(n, n) for n in row}) > LAYER_BUDGET
    ]
    # First the parts of one actor in every crowded layer, so that boxes linked to folded
    # parts can then be told alike.
    parents: dict[str, list[str]] = {}
    for u, v, kind in edges:
        if kind is EdgeKind.CONTAINS:
            parents.setdefault(v, []).append(u)
    for row in crowded:
        parts: dict[str, list[str]] = {}
        for n in row:
            if n not in keep and n not in mapping and len(parents.get(n, ())) == 1:
                parts.setdefault(parents[n][0], []).append(n)
        for parent, members in parts.items():
            if len(members) > 1:
                add(f"{parent}/parts", "parts", members)
    signature: dict[str, set[tuple[str, str, str]]] = {}
    for u, v, kind in _redirect(edges, mapping):
        signature.setdefault(u, set()).add(("out", v, kind.value))
        signature.setdefault(v, set()).add(("in", u, kind.value))
    for row in crowded:
        alike: dict[tuple[tuple[str, str, str], ...], list[str]] = {}
        for n in row:
            if n not in keep and n not in mapping and signature.get(n):
                alike.setdefault(tuple(sorted(signature[n])), []).append(n)
        for members in alike.values():
            if len(members) > 1:
                add(f"{members[0]}/alike", "parts", members)
    activities = [n for n in nodes if is_activity[n]]
    if len(activities) > FOLD_ACTIVITIES_AT:
        carriers: dict[str, list[str]] = {}
        for u, v, _ in _redirect(edges, mapping):
            if is_activity.get(v):
                carriers.setdefault(v, []).append(u)
        groups: dict[tuple[str, ...], list[str]] = {}
        for a in activities:
            if a not in keep and carriers.get(a):
                # In a large picture, by the first of their carriers: the folded box takes
                # the links of all, so each carrier still reaches the box holding its work.
                key = tuple(sorted(carriers[a]))
                groups.setdefault(key[:1] if large else key, []).append(a)
        for i, acts in enumerate(groups.values()):
            if len(acts) > 1:
                add(f"activities/{i}", "activities", acts)
    nodes = [n for n in nodes if n not in mapping] + list(fold_ids)
    return nodes, _redirect(edges, mapping), fold_ids


def chain_scene(
    plan: ActionPlan,
    *,
    lang: Lang | None = None,
    as_of: AsOf = None,
    engine: str = "auto",
) -> Scene:
    """The picture of ``plan``'s chain of governance on ``as_of``, placed: what both drawings
    draw. Boxes are the actors, functions, bodies and activities of the responsibility graph
    (:func:`~preventionkit.graph.responsibility_graph`) in the rows of their layer; links are
    its relations of the kinds in :data:`DRAWN_EDGES`; breaks come from
    :func:`~preventionkit.graph.governance` and
    :func:`~preventionkit.graph.single_points_of_failure`, so the picture and the findings
    agree. Words are in ``lang`` (the library default when None)."""
    lang = check_lang(lang) if lang is not None else default_lang()
    day = as_date(as_of)
    graph = responsibility_graph(plan, as_of=day)
    nodes = [n for n in graph.nodes if graph.nodes[n].get("kind") in _DRAWN_NODES]
    present = set(nodes)
    edges = _edges(graph, present)
    breaks = _breaks(plan, day, present)
    nodes, edges, fold_ids = _fold(plan, graph, nodes, edges, breaks)
    layer_index: dict[str, int] = {}
    for n in nodes:
        if n in fold_ids:
            layer_index[n] = row_of(graph.nodes[fold_ids[n][1][0]])
        else:
            layer_index[n] = row_of(graph.nodes[n])
    # Rows: layer, then sub-level by authority inside the layer, then wrapped at MAX_PER_ROW
    # (one fewer in a large picture, whose many links need room beside the rows).
    per_row = MAX_PER_ROW if len(nodes) <= FOLD_PLAN_AT else MAX_PER_ROW - 1
    down: dict[str, list[str]] = {}
    for u, v, kind in edges:
        if kind.is_authority and layer_index[u] == layer_index[v]:
            down.setdefault(u, []).append(v)
    ranks: dict[str, int] = {}
    band_rows: dict[int, tuple[int, int]] = {}
    next_rank = 0
    for layer in range(len(LAYERS)):
        members = [n for n in nodes if layer_index[n] == layer]
        if not members:
            continue
        first = next_rank
        levels = _sub_levels(members, down)
        for depth in sorted(set(levels.values())):
            part = [n for n in members if levels[n] == depth]
            for i in range(0, len(part), per_row):
                for n in part[i : i + per_row]:
                    ranks[n] = next_rank
                next_rank += 1
        band_rows[layer] = (first, next_rank - 1)
    labels: dict[str, tuple[str, ...]] = {}
    subs: dict[str, str] = {}
    for n in nodes:
        if n in fold_ids:
            what, leaves = fold_ids[n]
            key = {
                "members": "draw.folded",
                "parts": "draw.folded_parts",
                "activities": "count.activities",
            }[what]
            labels[n] = wrap_label(message(key, n=len(leaves)).render(lang))
            subs[n] = ""
            continue
        attrs = graph.nodes[n]
        labels[n] = wrap_label(_name(attrs, n, lang))
        sub = ""
        if attrs.get("vacant"):
            sub = message("draw.vacant").render(lang)
        elif attrs.get("holders") == 1:
            sub = message("draw.one").render(lang)
        subs[n] = sub
    widths = dict.fromkeys(nodes, BOX_W)
    pairs = [(u, v) for u, v, _ in edges]
    xs, used = layered_positions(ranks, widths, pairs, engine=engine)
    # Rows: every box of a row as tall as the row's tallest, so links leave rows cleanly.
    row_h: dict[int, float] = {}
    for n in nodes:
        lines = len(labels[n]) + (1 if subs[n] else 0)
        row_h[ranks[n]] = max(row_h.get(ranks[n], 0.0), lines * _LINE_H + 2 * _PAD_Y)
    row_top: dict[int, float] = {}
    y = _MARGIN
    band_of_rank = {r: layer for layer, (a, b) in band_rows.items() for r in range(a, b + 1)}
    bands: list[Band] = []
    for r in range(next_rank):
        if band_rows[band_of_rank[r]][0] == r:
            band_top = y
            y += _BAND_HEAD
        row_top[r] = y
        y += row_h[r]
        if band_rows[band_of_rank[r]][1] == r:
            bands.append(Band(LAYERS[band_of_rank[r]], band_top, y + 6))
            y += 6
        y += _CHANNEL
    height = y - _CHANNEL + _MARGIN
    flags: dict[str, list[int]] = {}
    for b in breaks:
        flags.setdefault(b.node, []).append(b.number)
    boxes: dict[str, Box] = {}
    for n in nodes:
        r = ranks[n]
        if n in fold_ids:
            _, leaves = fold_ids[n]
            names = tuple(_name(graph.nodes[m], m, lang) for m in leaves)
            cat = category(graph.nodes[leaves[0]])
            boxes[n] = Box(
                n,
                labels[n],
                "",
                cat,
                " ".join(labels[n]),
                LAYERS[layer_index[n]],
                _LEFT + xs[n] - BOX_W / 2,
                row_top[r],
                BOX_W,
                row_h[r],
                shape="stack",
                folded=len(leaves),
                folded_names=names,
            )
            continue
        attrs = graph.nodes[n]
        boxes[n] = Box(
            n,
            labels[n],
            subs[n],
            category(attrs),
            _name(attrs, n, lang),
            LAYERS[layer_index[n]],
            _LEFT + xs[n] - BOX_W / 2,
            row_top[r],
            BOX_W,
            row_h[r],
            shape="square" if attrs.get("kind") == "body" else "round",
            holder=bool(attrs.get("mandate_holder")),
            vacant=bool(attrs.get("vacant")),
            breaks=tuple(flags.get(n, ())),
            kind=_kind_label(plan, n, lang),
        )
    links = _route(edges, boxes=boxes, ranks=ranks, row_top=row_top, row_h=row_h, breaks=breaks)
    right = max((b.x + b.w for b in boxes.values()), default=_LEFT + BOX_W)
    right = max([right, *(x for link in links for x, _ in link.points)])
    width = right + 8
    bands = [
        _place_label(band, layer_label(band.layer, lang), links, boxes.values(), width)
        for band in bands
    ]
    cats = tuple(sorted({b.category for b in boxes.values()}))
    return Scene(
        boxes=tuple(boxes[n] for n in nodes),
        links=tuple(links),
        bands=tuple(bands),
        breaks=tuple(breaks),
        width=width,
        height=height,
        engine=used,
        as_of=day,
        categories=cats,
    )


def label_width(text: str) -> float:
    """How wide a band's name is drawn, in points, erring wide (bold DejaVu Sans, the widest
    of the fonts the pictures use)."""
    return len(text) * FONT_PT * 0.68


def _place_label(
    band: Band, text: str, links: Sequence[Link], boxes: Iterable[Box], width: float
) -> Band:
    """The band with its name moved to the leftmost place in its strip that no link crosses
    (and no badge or folded stack reaches into), 3 pt clear on each side; where there is none,
    the place the fewest cross, and the name is drawn over them on a background."""
    lo, hi = band.label_box
    blocked: list[tuple[float, float]] = []
    for link in links:
        for (x0, y0), (x1, y1) in itertools.pairwise(link.points):
            if max(y0, y1) < lo or min(y0, y1) > hi:
                continue
            if y0 == y1:
                xs = [x0, x1]
            else:
                ts = [min(max((y - y0) / (y1 - y0), 0.0), 1.0) for y in (lo, hi)]
                xs = [x0 + (x1 - x0) * t for t in ts]
            blocked.append((min(xs) - 3, max(xs) + 3))
    for b in boxes:
        if (b.holder or b.breaks or b.folded) and b.y - 8 < hi and b.y + b.h > lo:
            blocked.append((b.x - 8, b.x + b.w + 8))
    need = label_width(text)
    best = (len(blocked) + 1, 8.0)
    for x in sorted({8.0, *(end for _, end in blocked)}):
        if x + need > width - 4:
            break
        crossed = sum(1 for a, b in blocked if x + need > a and x < b)
        best = min(best, (crossed, x))
    return Band(band.layer, band.top, band.bottom, best[1], best[0] == 0)


CLEARANCE = 5.0
"""The least distance, in points, between a link running past a box and the box's edge."""
LANE = 2.5
"""The least distance between two links running side by side through a row."""


def _gaps(row: Sequence[Box], left: float, right: float) -> list[tuple[float, float]]:
    """The free stretches of a row between its boxes (and beside them, out to ``left`` and
    ``right``), each shrunk by :data:`CLEARANCE` from the boxes' edges."""
    out = []
    at = left
    for b in sorted(row, key=lambda b: b.x):
        out.append((at, b.x - CLEARANCE))
        at = b.x + b.w + CLEARANCE
    out.append((at, right))
    return out


def _lanes(gaps: Sequence[tuple[float, float]], wants: Sequence[float]) -> list[float]:
    """An x for each link passing a row: each goes to the gap nearest where it wants to be,
    while the gap has room for one more lane :data:`LANE` apart (the gap right of the last
    box always has: the picture grows to the right); the links of a gap between boxes are
    then spread evenly across it in the order they want, so they neither hug the boxes nor
    cross each other there, and those beside the outermost boxes keep near them."""
    # Between boxes the lanes are spread, so a gap holds as many as fit LANE apart; beside
    # the first box they are packed from its side, so one more fits.
    room = [max(0, int((hi - lo) // LANE)) for lo, hi in gaps]
    room[0] = max(0, int((gaps[0][1] - gaps[0][0]) // LANE) + 1)
    room[-1] = len(wants) + 1
    chosen: list[int] = []
    taken = [0] * len(gaps)
    for want in wants:
        best = min(
            (i for i in range(len(gaps)) if taken[i] < room[i]),
            key=lambda i: (max(gaps[i][0] - want, want - gaps[i][1], 0.0), i),
        )
        chosen.append(best)
        taken[best] += 1
    xs = [0.0] * len(wants)
    last = len(gaps) - 1
    for i, (lo, hi) in enumerate(gaps):
        mine = sorted((w, k) for k, (w, c) in enumerate(zip(wants, chosen, strict=True)) if c == i)
        if not mine:
            continue
        n = len(mine)
        if i == last:
            hi = max(hi, lo + (n - 1) * LANE)  # noqa: PLW2901 - the right side grows
        if i in (0, last):
            # beside the outermost box: as near where each wants as the lanes allow
            placed = [min(max(w, lo), hi) for w, _ in mine]
            for j in range(1, n):
                placed[j] = max(placed[j], placed[j - 1] + LANE)
            placed[-1] = min(placed[-1], hi)
            for j in range(n - 2, -1, -1):
                placed[j] = min(placed[j], placed[j + 1] - LANE)
        else:
            step = (hi - lo) / n
            placed = [lo + step * (j + 0.5) for j in range(n)]
        for x, (_, k) in zip(placed, mine, strict=True):
            xs[k] = x
    return xs


def _route(
    edges: Sequence[tuple[str, str, EdgeKind]],
    *,
    boxes: Mapping[str, Box],
    ranks: Mapping[str, int],
    row_top: Mapping[int, float],
    row_h: Mapping[int, float],
    breaks: Iterable[Break],
) -> list[Link]:
    """Polylines for the links. Between rows a link leaves the bottom of the upper box straight
    down, runs through the gaps between rows and, in every row it spans, straight through a
    lane of a free stretch of the row (:func:`_lanes`: at least :data:`CLEARANCE` from any box, links
    :data:`LANE` apart and spread across the stretch); it enters the lower box straight down
    from the top. Each straight piece reaches :data:`CLEARANCE` beyond the row, so the slanted
    pieces between rows keep as clear of the boxes' corners.
    A link inside one row runs up into the gap above the row, along it and down. The arrow is
    at the target's end."""
    broken = {b.edge: b.number for b in breaks if b.edge is not None}
    rows: dict[int, list[Box]] = {}
    for n, b in boxes.items():
        rows.setdefault(ranks[n], []).append(b)
    right = max((b.x + b.w for b in boxes.values()), default=_LEFT) + CLEARANCE + 2
    left = _LEFT - 12.0
    long: list[tuple[int, str, str, EdgeKind]] = []
    paths: dict[int, list[tuple[float, float]]] = {}
    links: list[Link | None] = []
    same_row = 0
    ends: dict[tuple[str, bool], int] = {}
    pairs: dict[tuple[str, str], int] = {}
    shift: dict[int, float] = {}
    for u, v, kind in edges:
        a, b = boxes[u], boxes[v]
        ra, rb = ranks[u], ranks[v]
        if ra == rb:
            same_row += 1
            lift = 8 + (same_row % 4) * 5
            top = a.y - lift
            # Each end on its own spot of the box's top, LANE + 1 apart from the others.
            right = b.cx > a.cx
            ka, kb = ends.get((u, right), 0), ends.get((v, not right), 0)
            ends[(u, right)], ends[(v, not right)] = ka + 1, kb + 1
            step = LANE + 1
            ax = a.x + a.w * (0.7 if right else 0.3) + (ka * step if right else -ka * step)
            bx = b.x + b.w * (0.3 if right else 0.7) + (-kb * step if right else kb * step)
            pts = ((ax, a.y), (ax, top), (bx, top), (bx, b.y))
            links.append(Link(u, v, kind, pts, broken.get((u, v))))
            continue
        upper = a if ra < rb else b
        bottom = upper.y + upper.h
        # A second relation between the same two boxes runs beside the first, not on it.
        pair = (min(u, v), max(u, v))
        k = pairs.get(pair, 0)
        pairs[pair] = k + 1
        shift[len(links)] = (LANE + 2) * ((k + 1) // 2) * (1 if k % 2 else -1)
        x0 = upper.cx + shift[len(links)]
        paths[len(links)] = [(x0, bottom), (x0, bottom + CLEARANCE)]
        long.append((len(links), u, v, kind))
        links.append(None)
    # Row by row from the top: every link passing a row gets a lane there, aiming in a
    # straight line from where it is towards its lower end.
    for r in sorted(rows):
        passing = []
        for i, u, v, _ in long:
            r0, r1 = sorted((ranks[u], ranks[v]))
            if r0 < r < r1:
                lower = boxes[v] if ranks[u] < ranks[v] else boxes[u]
                x_prev = paths[i][-1][0]
                passing.append((i, _lerp(x_prev, lower.cx, 1 / (r1 - r + 1))))
        if not passing:
            continue
        xs = _lanes(_gaps(rows[r], left, right), [w for _, w in passing])
        for (i, _), x in zip(passing, xs, strict=True):
            paths[i] += [(x, row_top[r] - CLEARANCE), (x, row_top[r] + row_h[r] + CLEARANCE)]
    for i, u, v, kind in long:
        lower = boxes[v] if ranks[u] < ranks[v] else boxes[u]
        x1 = lower.cx + shift[i]
        points = [*paths[i], (x1, lower.y - CLEARANCE), (x1, lower.y)]
        if ranks[u] > ranks[v]:
            points.reverse()
        links[i] = Link(u, v, kind, tuple(points), broken.get((u, v)))
    return [link for link in links if link is not None]


def _lerp(a: float, b: float, t: float) -> float:
    return a + (b - a) * t
