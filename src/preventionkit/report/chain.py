"""The chain of governance (styrkedja) drawn as a layered SVG.

The guide's chain has four functions, from political steering through a steering group that
gives mandate and a collaboration team to operational groups (002 §1.8); Umeå's plan is
adopted by the council, owned by the executive board, led by a collaboration council with a
mandate, supported by an expert function and carried out by committees and units
(001 p. 13–14). The drawing puts each function in its own band, top to bottom, and links
them by mandate, reporting, membership, convening, support and ``part_of``. Mandate holders
are marked, and single points of failure (002 §1.5) get a red border.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..graph import LAYERS, EdgeKind, governance, layer_label, layer_of, relations
from ..messages import check_lang, default_lang
from ..model import ActionPlan
from ..vocab import Lang
from ._i18n import count, t
from ._svg import FONT, esc, fmt, wrap

__all__ = ["EDGE_KINDS", "chain_svg"]

EDGE_KINDS: tuple[EdgeKind, ...] = (
    EdgeKind.GRANTS_MANDATE,
    EdgeKind.OVERSEES,
    EdgeKind.CONVENES,
    EdgeKind.APPOINTS,
    EdgeKind.SUPPORTS,
    EdgeKind.HAS_MEMBER,
    EdgeKind.CONTAINS,
)
"""The kinds of link the drawing shows, in legend order: the graph's own edge vocabulary
(:class:`preventionkit.graph.EdgeKind`), read from the one derivation of the chain."""

_EDGE_STYLE: dict[EdgeKind, tuple[str, float, str]] = {
    # kind: (colour, width, dash)
    EdgeKind.GRANTS_MANDATE: ("#1f4e9c", 2.6, ""),
    EdgeKind.OVERSEES: ("#6b6b6b", 1.6, "7 4"),
    EdgeKind.CONVENES: ("#c25e00", 1.8, ""),
    EdgeKind.APPOINTS: ("#9c640c", 1.2, "5 2"),
    EdgeKind.SUPPORTS: ("#2e7d32", 1.6, "3 3"),
    EdgeKind.HAS_MEMBER: ("#9aa5b1", 1.1, ""),
    EdgeKind.CONTAINS: ("#7b5ea7", 1.2, "2 3"),
}

_LAYERS: tuple[str, ...] = tuple(layer for layer in LAYERS if layer != "activities")
_LAYER_FILL = {
    "political": "#eef2f8",
    "steering": "#f3f0fa",
    "collaboration": "#eef7f3",
    "organisations": "#f7f7f7",
    "operational": "#fbf3ea",
}
_NODE_FILL = {
    "political": ("#1f3a5f", "#ffffff"),
    "steering": ("#5b3f99", "#ffffff"),
    "collaboration": ("#1d6b52", "#ffffff"),
    "organisations": ("#ffffff", "#1a1a2e"),
    "operational": ("#a4510b", "#ffffff"),
}


_NODE_W = 190.0
_NODE_H = 78.0
_H_GAP = 22.0
_V_GAP = 26.0
_PER_ROW = 5
_MANY_MEMBERS = 8
"""A body with more members than this has its membership links drawn faintly."""
_BAND_HEAD = 26.0
_BAND_PAD = 14.0
_MARGIN = 12.0
_WIDTH = _MARGIN * 2 + _PER_ROW * _NODE_W + (_PER_ROW - 1) * _H_GAP


@dataclass
class _Node:
    id: str
    name: str
    kind: str
    layer: str
    activities: int = 0
    members: int = 0
    mandate: bool = False
    spof: bool = False
    unreached: int = 0
    x: float = 0.0
    y: float = 0.0
    order: int = 0


@dataclass
class _Chain:
    nodes: dict[str, _Node] = field(default_factory=dict)
    edges: list[tuple[str, str, EdgeKind]] = field(default_factory=list)


def _build(
    plan: ActionPlan,
    lang: Lang,
    spof: Iterable[str],
    holders: Iterable[str] | None,
    as_of: dt.date | None,
) -> _Chain:
    """The nodes and links to draw, read from the chain of governance on ``as_of``
    (:func:`preventionkit.graph.governance`): its actors and bodies, each in the layer the
    graph gives it, and its relations in the graph's edge vocabulary."""
    gov = governance(plan, as_of)
    marked = frozenset(gov.holders if holders is None else holders)
    chain = _Chain()
    order = 0
    for actor in plan.actors:
        name = (actor.name_en or actor.name) if lang == "en" else actor.name
        layer = layer_of(plan, actor.id, marked)
        chain.nodes[actor.id] = _Node(actor.id, name, actor.kind.label(lang), layer, order=order)
        order += 1
    for body in plan.bodies:
        if body.id not in gov.order:
            continue
        name = (body.name_en or body.name) if lang == "en" else body.name
        layer = layer_of(plan, body.id, marked)
        chain.nodes[body.id] = _Node(body.id, name, body.role.label(lang), layer, order=order)
        chain.nodes[body.id].members = len(body.member_ids)
        order += 1
    seen: set[tuple[str, str, EdgeKind]] = set()
    for u, v, kind, _attrs in relations(plan, as_of):
        if kind not in _EDGE_STYLE or u == v or u not in chain.nodes or v not in chain.nodes:
            continue
        if (u, v, kind) not in seen:
            seen.add((u, v, kind))
            chain.edges.append((u, v, kind))
    for node_id in marked:
        if node_id in chain.nodes:
            chain.nodes[node_id].mandate = True
    unreached = set(gov.unreachable)
    for activity in plan.activities:
        for responsible in dict.fromkeys(activity.responsible):
            node = chain.nodes.get(responsible)
            if node is not None:
                node.activities += 1
                node.unreached += activity.id in unreached
    for node_id in spof:
        if node_id in chain.nodes:
            chain.nodes[node_id].spof = True
    return chain


def _neighbours(chain: _Chain) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {n: [] for n in chain.nodes}
    for source, target, _ in chain.edges:
        found[source].append(target)
        found[target].append(source)
    return found


def _depths(chain: _Chain, members: list[_Node]) -> dict[str, int]:
    """Rows inside a band: who gives mandate, owns or receives reports sits above (002 §1.8)."""
    ids = {n.id for n in members}
    above: dict[str, list[str]] = {i: [] for i in ids}
    for source, target, kind in chain.edges:
        if (
            source in ids
            and target in ids
            and kind.is_authority
            and kind is not EdgeKind.HAS_MEMBER
        ):
            above[target].append(source)
    depth: dict[str, int] = {}

    def visit(node: str, path: set[str]) -> int:
        if node in depth:
            return depth[node]
        if node in path:  # a cycle (reported by PK206): cut it here
            return -1
        path.add(node)
        found = max((visit(a, path) + 1 for a in above[node]), default=0)
        path.discard(node)
        depth[node] = max(found, 0)
        return depth[node]

    for node in members:
        visit(node.id, set())
    return depth


def _layout(chain: _Chain) -> tuple[list[tuple[str, float, float]], float]:
    """Place nodes band by band, and inside a band row by row from who decides to who acts;
    order each row by where the neighbours already placed sit (fewer crossings)."""
    neighbours = _neighbours(chain)
    bands: list[tuple[str, float, float]] = []
    y = _MARGIN
    placed: dict[str, float] = {}
    for layer in _LAYERS:
        members = [n for n in chain.nodes.values() if n.layer == layer]
        if not members:
            continue

        def key(node: _Node) -> tuple[int, float, int]:
            xs = [placed[m] for m in neighbours[node.id] if m in placed]
            if not xs:
                return (1, 0.0, node.order)
            return (0, sum(xs) / len(xs), node.order)

        depth = _depths(chain, members)
        top = y
        y += _BAND_HEAD
        for level in sorted(set(depth.values())):
            group = sorted((n for n in members if depth[n.id] == level), key=key)
            for i in range(0, len(group), _PER_ROW):
                row = group[i : i + _PER_ROW]
                span = len(row) * _NODE_W + (len(row) - 1) * _H_GAP
                x = (_WIDTH - span) / 2
                for node in row:
                    node.x, node.y = x, y
                    placed[node.id] = x + _NODE_W / 2
                    x += _NODE_W + _H_GAP
                y += _NODE_H + _V_GAP
        y += _BAND_PAD - _V_GAP
        bands.append((layer, top, y))
        y += _BAND_PAD
    height = y - _BAND_PAD + _MARGIN
    # Links inside one row are drawn as arcs above it; make room for them at the very top.
    lowest = min(
        (
            chain.nodes[a].y - _lift(chain.nodes[a], chain.nodes[b])
            for a, b, _ in chain.edges
            if abs(chain.nodes[a].y - chain.nodes[b].y) < 1
        ),
        default=_MARGIN,
    )
    shift = max(0.0, _MARGIN - lowest)
    if shift:
        for node in chain.nodes.values():
            node.y += shift
        bands = [(layer, top + shift, bottom + shift) for layer, top, bottom in bands]
    return bands, height + shift


def _lift(a: _Node, b: _Node) -> float:
    """How far an arc between two boxes of one row rises above them."""
    return min(24 + abs(a.x - b.x) * 0.06, 40)


def _edge_path(a: _Node, b: _Node) -> str:
    ax, bx = a.x + _NODE_W / 2, b.x + _NODE_W / 2
    if abs(a.y - b.y) < 1:
        # Same row: an arc above the boxes.
        ay = a.y
        lift = _lift(a, b)
        sx = a.x + _NODE_W * (0.65 if bx > ax else 0.35)
        ex = b.x + _NODE_W * (0.35 if bx > ax else 0.65)
        return (
            f"M{fmt(sx)},{fmt(ay)} C{fmt(sx)},{fmt(ay - lift)} "
            f"{fmt(ex)},{fmt(ay - lift)} {fmt(ex)},{fmt(ay - 2)}"
        )
    if b.y > a.y:
        sy, ey = a.y + _NODE_H, b.y - 2
    else:
        sy, ey = a.y, b.y + _NODE_H + 2
    mid = (sy + ey) / 2
    return f"M{fmt(ax)},{fmt(sy)} C{fmt(ax)},{fmt(mid)} {fmt(bx)},{fmt(mid)} {fmt(bx)},{fmt(ey)}"


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _attr(name: str, value: str) -> str:
    """`` name="value"``, or nothing when ``value`` is empty."""
    return f' {name}="{esc(value)}"' if value else ""


def _node_svg(node: _Node, lang: Lang) -> str:
    fill, ink = _NODE_FILL[node.layer]
    stroke, width, dash = "#8896a5", 1.2, ""
    if node.mandate:
        stroke, width = "#d4a017", 3.5
    if node.spof:
        stroke, width, dash = "#c0392b", 3.5, "6 3"
    sub_ink = ink if ink == "#ffffff" else "#4a5568"
    lines = wrap(node.name, 21, 2)
    info = [node.kind]
    if node.members:
        info.append(count("members", node.members, lang))
    work = ""
    if node.activities:
        work = count("activities", node.activities, lang)
    title = node.name
    if node.mandate:
        title += f" ({t('holds_mandate', lang)})"
    if node.spof:
        title += f" ({t('spof', lang)})"
    if node.unreached:
        title += f" ({t('unreached_n', lang, n=node.unreached)})"
        stroke, width, dash = "#c0392b", 3.5, "2 2"
    parts = [
        f'<g class="pk-node pk-layer-{node.layer}" data-id="{esc(node.id)}"'
        f"{_attr('data-mandate', 'true' if node.mandate else '')}"
        f"{_attr('data-spof', 'true' if node.spof else '')}"
        f"{_attr('data-unreached', str(node.unreached) if node.unreached else '')}>"
        f"<title>{esc(title)}</title>",
        f'<rect x="{fmt(node.x)}" y="{fmt(node.y)}" width="{fmt(_NODE_W)}" '
        f'height="{fmt(_NODE_H)}" rx="9" fill="{fill}" stroke="{stroke}" '
        f'stroke-width="{width}"{_attr("stroke-dasharray", dash)}/>',
    ]
    text_y = node.y + (19 if len(lines) == 2 else 27)
    for line in lines:
        parts.append(
            f'<text x="{fmt(node.x + _NODE_W / 2)}" y="{fmt(text_y)}" text-anchor="middle" '
            f'font-size="13" font-weight="600" fill="{ink}">{esc(line)}</text>'
        )
        text_y += 16
    small = [" · ".join(info)] + ([work] if work else [])
    small_y = node.y + _NODE_H - 9 - 14 * (len(small) - 1)
    for text in small:
        parts.append(
            f'<text x="{fmt(node.x + _NODE_W / 2)}" y="{fmt(small_y)}" text-anchor="middle" '
            f'font-size="11" fill="{sub_ink}">{esc(_clip(text, 31))}</text>'
        )
        small_y += 14
    if node.mandate:
        parts.append(
            f'<circle cx="{fmt(node.x + _NODE_W - 4)}" cy="{fmt(node.y + 4)}" r="10" '
            f'fill="#d4a017" stroke="#ffffff" stroke-width="1.5"/>'
            f'<text x="{fmt(node.x + _NODE_W - 4)}" y="{fmt(node.y + 8.5)}" text-anchor="middle" '
            f'font-size="12" font-weight="700" fill="#1a1a2e">M</text>'
        )
    if node.spof:
        parts.append(
            f'<circle cx="{fmt(node.x + 4)}" cy="{fmt(node.y + 4)}" r="10" fill="#c0392b" '
            f'stroke="#ffffff" stroke-width="1.5"/>'
            f'<text x="{fmt(node.x + 4)}" y="{fmt(node.y + 8.5)}" text-anchor="middle" '
            f'font-size="13" font-weight="700" fill="#ffffff">!</text>'
        )
    parts.append("</g>")
    return "".join(parts)


def _legend(lang: Lang, kinds: list[EdgeKind], y: float) -> tuple[list[str], float]:
    out: list[str] = []
    x = _MARGIN
    items: list[tuple[EdgeKind, str]] = [(k, k.label(lang)) for k in kinds]
    for kind, text in items:
        colour, width, dash = _EDGE_STYLE[kind]
        span = 62 + len(text) * 7.0
        if x + span > _WIDTH - _MARGIN:
            x = _MARGIN
            y += 22
        out.append(
            f'<line x1="{fmt(x)}" y1="{fmt(y)}" x2="{fmt(x + 34)}" y2="{fmt(y)}" '
            f'stroke="{colour}" stroke-width="{width}"'
            f'{_attr("stroke-dasharray", dash)} marker-end="url(#pk-arrow-{kind.value})"/>'
            f'<text x="{fmt(x + 42)}" y="{fmt(y + 4)}" font-size="12" fill="#333">{esc(text)}</text>'
        )
        x += span
    for badge, colour, ink, key in (
        ("M", "#d4a017", "#1a1a2e", "holds_mandate"),
        ("!", "#c0392b", "#ffffff", "spof"),
    ):
        text = t(key, lang)
        span = 48 + len(text) * 7.0
        if x + span > _WIDTH - _MARGIN:
            x = _MARGIN
            y += 22
        out.append(
            f'<circle cx="{fmt(x + 9)}" cy="{fmt(y)}" r="9" fill="{colour}"/>'
            f'<text x="{fmt(x + 9)}" y="{fmt(y + 4.5)}" text-anchor="middle" font-size="11" '
            f'font-weight="700" fill="{ink}">{badge}</text>'
            f'<text x="{fmt(x + 24)}" y="{fmt(y + 4)}" font-size="12" fill="#333">{esc(text)}</text>'
        )
        x += span
    return out, y + 16


def chain_svg(
    plan: ActionPlan,
    *,
    lang: Lang | None = None,
    single_points_of_failure: Iterable[str] = (),
    mandate_holders: Iterable[str] | None = None,
    as_of: dt.date | None = None,
) -> str:
    """The plan's chain of governance as an inline SVG, one band per function (002 §1.8).

    ``single_points_of_failure`` names actors or bodies to mark (e.g. the ids from
    :func:`preventionkit.graph.single_points_of_failure`); ``mandate_holders`` the ids to
    mark as holding the mandate to lead (by default, holders of a leading mandate that rests
    on a decision, 002 §1.6, §1.8). Nodes, layers and links come from the one derivation of
    the chain on ``as_of`` (:func:`preventionkit.graph.governance`), so the picture, the
    matplotlib drawing and the findings agree; a node carrying activities the chain does not
    reach says how many. Output depends only on the plan and the arguments, so the same plan
    always draws the same picture.
    """
    lang = check_lang(lang) if lang is not None else default_lang()
    chain = _build(plan, lang, single_points_of_failure, mandate_holders, as_of)
    title = t("chain_title", lang)
    if not chain.nodes:
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" class="pk-chain" id="pk-chain" '
            f'viewBox="0 0 {fmt(_WIDTH)} 60" role="img" aria-labelledby="pk-chain-title" '
            f'font-family="{esc(FONT)}"><title id="pk-chain-title">{esc(title)}</title>'
            f'<text x="{fmt(_WIDTH / 2)}" y="34" text-anchor="middle" font-size="14" fill="#555">'
            f"{esc(t('chain_empty', lang))}</text></svg>"
        )
    bands, height = _layout(chain)
    kinds = [k for k in EDGE_KINDS if any(e[2] == k for e in chain.edges)]
    legend, legend_end = _legend(lang, kinds, height + 14)
    total_h = legend_end + _MARGIN
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="pk-chain" id="pk-chain" '
        f'viewBox="0 0 {fmt(_WIDTH)} {fmt(total_h)}" role="img" aria-labelledby="pk-chain-title" '
        f'font-family="{esc(FONT)}">',
        f'<title id="pk-chain-title">{esc(title)}</title>',
        "<defs>",
    ]
    for kind in EDGE_KINDS:
        colour = _EDGE_STYLE[kind][0]
        out.append(
            f'<marker id="pk-arrow-{kind.value}" viewBox="0 0 10 10" refX="9" refY="5" '
            f'markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" '
            f'orient="auto-start-reverse">'
            f'<path d="M0,0 L10,5 L0,10 z" fill="{colour}"/></marker>'
        )
    out.append("</defs>")
    for layer, top, bottom in bands:
        out.append(
            f'<g class="pk-band" data-layer="{layer}"><rect x="2" y="{fmt(top)}" '
            f'width="{fmt(_WIDTH - 4)}" height="{fmt(bottom - top)}" rx="10" '
            f'fill="{_LAYER_FILL[layer]}"/><text x="{fmt(_MARGIN + 4)}" y="{fmt(top + 18)}" '
            f'font-size="12" font-weight="700" letter-spacing="0.06em" fill="#4a5568">'
            f"{esc(layer_label(layer, lang).upper())}</text></g>"
        )
    # Faint links first so that mandates and reports are drawn on top of them.
    drawing_order = {k: i for i, k in enumerate(reversed(EDGE_KINDS))}
    for source, target, kind in sorted(
        chain.edges,
        key=lambda e: (drawing_order[e[2]], chain.nodes[e[0]].order, chain.nodes[e[1]].order),
    ):
        colour, width, dash = _EDGE_STYLE[kind]
        faint = kind is EdgeKind.HAS_MEMBER and chain.nodes[source].members > _MANY_MEMBERS
        opacity = "0.35" if faint else "0.9"
        out.append(
            f'<path class="pk-edge pk-edge-{kind.value}" d="{_edge_path(chain.nodes[source], chain.nodes[target])}" '
            f'fill="none" stroke="{colour}" stroke-width="{width}" stroke-opacity="{opacity}"'
            f'{_attr("stroke-dasharray", dash)} marker-end="url(#pk-arrow-{kind.value})">'
            f"<title>{esc(chain.nodes[source].name)} → {esc(chain.nodes[target].name)}: "
            f"{esc(kind.label(lang))}</title></path>"
        )
    for node in sorted(chain.nodes.values(), key=lambda n: n.order):
        out.append(_node_svg(node, lang))
    out.extend(legend)
    out.append("</svg>")
    return "\n".join(out)
