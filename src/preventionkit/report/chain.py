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

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..messages import check_lang, default_lang
from ..model import ActionPlan
from ..vocab import POLITICAL_KINDS, BodyRole, Lang
from ._i18n import count, t
from ._svg import FONT, esc, fmt, wrap

__all__ = ["EDGE_KINDS", "chain_svg"]

EDGE_KINDS: tuple[str, ...] = (
    "mandate",
    "reports",
    "convenes",
    "supports",
    "member",
    "part_of",
)
"""The kinds of link the drawing shows, in legend order."""

_EDGE_STYLE: dict[str, tuple[str, float, str]] = {
    # kind: (colour, width, dash)
    "mandate": ("#1f4e9c", 2.6, ""),
    "reports": ("#6b6b6b", 1.6, "7 4"),
    "convenes": ("#c25e00", 1.8, ""),
    "supports": ("#2e7d32", 1.6, "3 3"),
    "member": ("#9aa5b1", 1.1, ""),
    "part_of": ("#7b5ea7", 1.2, "2 3"),
}
_EDGE_TEXT = {
    "mandate": "edge_mandate",
    "reports": "edge_reports",
    "convenes": "edge_convenes",
    "supports": "edge_supports",
    "member": "edge_member",
    "part_of": "edge_part_of",
}

_LAYERS: tuple[tuple[str, str], ...] = (
    ("political", "layer_political"),
    ("steering", "layer_steering"),
    ("collaboration", "layer_collaboration"),
    ("support", "layer_support"),
    ("operational", "layer_operational"),
    ("actors", "layer_actors"),
)
_ROLE_LAYER = {
    BodyRole.POLITICAL_STEERING: "political",
    BodyRole.STEERING_GROUP: "steering",
    BodyRole.COLLABORATION_TEAM: "collaboration",
    BodyRole.REFERENCE_GROUP: "support",
    BodyRole.EXPERT_FUNCTION: "support",
    BodyRole.NETWORK: "support",
    BodyRole.OPERATIONAL_GROUP: "operational",
}
_LAYER_FILL = {
    "political": "#eef2f8",
    "steering": "#f3f0fa",
    "collaboration": "#eef7f3",
    "support": "#f6f6f1",
    "operational": "#fbf3ea",
    "actors": "#f7f7f7",
}
_NODE_FILL = {
    "political": ("#1f3a5f", "#ffffff"),
    "steering": ("#5b3f99", "#ffffff"),
    "collaboration": ("#1d6b52", "#ffffff"),
    "support": ("#ffffff", "#1a1a2e"),
    "operational": ("#a4510b", "#ffffff"),
    "actors": ("#ffffff", "#1a1a2e"),
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
    x: float = 0.0
    y: float = 0.0
    order: int = 0


@dataclass
class _Chain:
    nodes: dict[str, _Node] = field(default_factory=dict)
    edges: list[tuple[str, str, str]] = field(default_factory=list)

    def link(self, source: str | None, target: str | None, kind: str) -> None:
        if source is None or target is None or source == target:
            return
        if source in self.nodes and target in self.nodes:
            edge = (source, target, kind)
            if edge not in self.edges:
                self.edges.append(edge)


def _build(
    plan: ActionPlan, lang: Lang, spof: Iterable[str], holders: Iterable[str] | None
) -> _Chain:
    chain = _Chain()
    order = 0
    for actor in plan.actors:
        layer = "political" if actor.kind in POLITICAL_KINDS else "actors"
        name = (actor.name_en or actor.name) if lang == "en" else actor.name
        chain.nodes[actor.id] = _Node(actor.id, name, actor.kind.label(lang), layer, order=order)
        order += 1
    for body in plan.bodies:
        name = (body.name_en or body.name) if lang == "en" else body.name
        chain.nodes[body.id] = _Node(
            body.id,
            name,
            body.role.label(lang),
            _ROLE_LAYER.get(body.role, "support") if isinstance(body.role, BodyRole) else "support",
            order=order,
        )
        order += 1
    if plan.adopted_by is not None and plan.owner is not None:
        decision = plan.get(plan.adopted_by)
        by = getattr(decision, "by", None)
        chain.link(by, plan.owner, "mandate")
    for mandate in plan.mandates:
        chain.link(mandate.granted_by, mandate.holder, "mandate")
        if holders is None and mandate.holder in chain.nodes:
            node = chain.nodes[mandate.holder]
            node.mandate = node.mandate or (mandate.leads and mandate.decision is not None)
    for holder in holders or ():
        if holder in chain.nodes:
            chain.nodes[holder].mandate = True
    for body in plan.bodies:
        chain.nodes[body.id].members = len(body.member_ids)
        if not any({e[0], e[1]} == {body.id, body.reports_to} for e in chain.edges):
            chain.link(body.id, body.reports_to, "reports")
        chain.link(body.convener, body.id, "convenes")
        for supported in body.supports:
            chain.link(body.id, supported, "supports")
        for member in body.member_ids:
            if member != body.convener:
                chain.link(member, body.id, "member")
        chain.link(body.part_of, body.id, "part_of")
    for actor in plan.actors:
        chain.link(actor.part_of, actor.id, "part_of")
    for activity in plan.activities:
        for responsible in dict.fromkeys(activity.responsible):
            if responsible in chain.nodes:
                chain.nodes[responsible].activities += 1
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
        if source in ids and target in ids:
            if kind in ("mandate", "part_of"):
                above[target].append(source)
            elif kind == "reports":
                above[source].append(target)
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
    for layer, _ in _LAYERS:
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
    parts = [
        f'<g class="pk-node pk-layer-{node.layer}" data-id="{esc(node.id)}"'
        f"{_attr('data-mandate', 'true' if node.mandate else '')}"
        f"{_attr('data-spof', 'true' if node.spof else '')}>"
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


def _legend(lang: Lang, kinds: list[str], y: float) -> tuple[list[str], float]:
    out: list[str] = []
    x = _MARGIN
    items: list[tuple[str, str]] = [(k, t(_EDGE_TEXT[k], lang)) for k in kinds]
    for kind, text in items:
        colour, width, dash = _EDGE_STYLE[kind]
        span = 62 + len(text) * 7.0
        if x + span > _WIDTH - _MARGIN:
            x = _MARGIN
            y += 22
        out.append(
            f'<line x1="{fmt(x)}" y1="{fmt(y)}" x2="{fmt(x + 34)}" y2="{fmt(y)}" '
            f'stroke="{colour}" stroke-width="{width}"'
            f'{_attr("stroke-dasharray", dash)} marker-end="url(#pk-arrow-{kind})"/>'
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
) -> str:
    """The plan's chain of governance as an inline SVG, one band per function (002 §1.8).

    ``single_points_of_failure`` names actors or bodies to mark (e.g. the ids from
    :func:`preventionkit.graph.single_points_of_failure`); ``mandate_holders`` the ids to
    mark as holding the mandate to lead (by default, holders of a leading mandate that rests
    on a decision, 002 §1.6, §1.8). Output depends only on the plan
    and the arguments, so the same plan always draws the same picture.
    """
    lang = check_lang(lang) if lang is not None else default_lang()
    chain = _build(plan, lang, single_points_of_failure, mandate_holders)
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
            f'<marker id="pk-arrow-{kind}" viewBox="0 0 10 10" refX="9" refY="5" '
            f'markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" '
            f'orient="auto-start-reverse">'
            f'<path d="M0,0 L10,5 L0,10 z" fill="{colour}"/></marker>'
        )
    out.append("</defs>")
    for layer, top, bottom in bands:
        label = dict(_LAYERS)[layer]
        out.append(
            f'<g class="pk-band" data-layer="{layer}"><rect x="2" y="{fmt(top)}" '
            f'width="{fmt(_WIDTH - 4)}" height="{fmt(bottom - top)}" rx="10" '
            f'fill="{_LAYER_FILL[layer]}"/><text x="{fmt(_MARGIN + 4)}" y="{fmt(top + 18)}" '
            f'font-size="12" font-weight="700" letter-spacing="0.06em" fill="#4a5568">'
            f"{esc(t(label, lang).upper())}</text></g>"
        )
    # Faint links first so that mandates and reports are drawn on top of them.
    drawing_order = {k: i for i, k in enumerate(reversed(EDGE_KINDS))}
    for source, target, kind in sorted(
        chain.edges,
        key=lambda e: (drawing_order[e[2]], chain.nodes[e[0]].order, chain.nodes[e[1]].order),
    ):
        colour, width, dash = _EDGE_STYLE[kind]
        faint = kind == "member" and chain.nodes[target].members > _MANY_MEMBERS
        opacity = "0.35" if faint else "0.9"
        out.append(
            f'<path class="pk-edge pk-edge-{kind}" d="{_edge_path(chain.nodes[source], chain.nodes[target])}" '
            f'fill="none" stroke="{colour}" stroke-width="{width}" stroke-opacity="{opacity}"'
            f'{_attr("stroke-dasharray", dash)} marker-end="url(#pk-arrow-{kind})">'
            f"<title>{esc(chain.nodes[source].name)} → {esc(chain.nodes[target].name)}: "
            f"{esc(t(_EDGE_TEXT[kind], lang))}</title></path>"
        )
    for node in sorted(chain.nodes.values(), key=lambda n: n.order):
        out.append(_node_svg(node, lang))
    out.extend(legend)
    out.append("</svg>")
    return "\n".join(out)
