"""How the pictures of the chain look, in one table for the matplotlib drawing, the HTML
report's SVG and the docs: a colour category by actor kind or body role, a line style per kind
of relation, one colour for breaks, and a row from the political level down to the activities
(002 §1.8: political steering → steering group → collaboration team → operational groups)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..messages import text
from ..vocab import POLITICAL_KINDS, ActorKind, BodyRole, Lang
from ._governance import LAYERS
from .edges import EdgeKind

if TYPE_CHECKING:
    from .layout import Scene

__all__ = [
    "BAND_FILL",
    "BREAK",
    "CATEGORIES",
    "EDGE_STYLES",
    "FONT_PT",
    "HOLDER",
    "INK",
    "ROWS",
    "EdgeStyle",
    "LegendItem",
    "category",
    "category_label",
    "layer_label",
    "legend",
    "row_of",
]

FONT_PT = 8.5
"""The size of box labels and legend text: above the 8 pt a printed report must not go below."""
BREAK = "#c0392b"
"""The one colour of a break in the chain (borders, badges, links); nothing else is red."""
HOLDER = "#1b2a4a"
"""The thick border and badge of a mandate holder."""
INK = "#1a1a1a"
"""Text."""
BAND_FILL = ("#f4f6f8", "#ffffff")
"""The layer bands, alternating."""


@dataclass(frozen=True, slots=True)
class EdgeStyle:
    """How a kind of relation is drawn: colour, width in points, dash pattern in points
    (empty for a solid line)."""

    colour: str
    width: float
    dash: tuple[float, ...] = ()


EDGE_STYLES: dict[EdgeKind, EdgeStyle] = {
    EdgeKind.GRANTS_MANDATE: EdgeStyle("#1f4e9c", 2.2),
    EdgeKind.OVERSEES: EdgeStyle("#34495e", 1.2, (6.0, 3.0)),
    EdgeKind.CONVENES: EdgeStyle("#7d3c98", 1.3),
    EdgeKind.APPOINTS: EdgeStyle("#9c640c", 1.1, (5.0, 2.0)),
    EdgeKind.SUPPORTS: EdgeStyle("#148f77", 1.3, (3.0, 3.0)),
    EdgeKind.CONTAINS: EdgeStyle("#5d6d7e", 1.1, (2.0, 2.0)),
    EdgeKind.HAS_MEMBER: EdgeStyle("#9aa5b1", 0.9),
    EdgeKind.RESPONSIBLE_FOR: EdgeStyle("#2e86c1", 1.0),
    EdgeKind.ACCOUNTABLE_FOR: EdgeStyle("#ca6f1e", 1.0, (1.0, 2.0)),
}
"""The line of each kind of relation the pictures show, in legend order."""

# category -> fill colour; the legend's words are the catalogue's ``draw.category.<name>``
CATEGORIES: dict[str, str] = {
    "political": "#f4b6b6",
    "steering": "#f6b8d9",
    "collaboration": "#d9c2ef",
    "support": "#b9e4df",
    "operational": "#bcd7f5",
    "crime_prevention": "#ffd29b",
    "function": "#fff0a8",
    "public": "#dde6f0",
    "civil_society": "#cde8c3",
    "other": "#e6ddd6",
    "decision": "#eeeeee",
    "plan": "#ffffff",
    "activity": "#fbfbfb",
}

_BODY_CATEGORY: dict[str, str] = {
    BodyRole.POLITICAL_STEERING: "political",
    BodyRole.STEERING_GROUP: "steering",
    BodyRole.COLLABORATION_TEAM: "collaboration",
    BodyRole.OPERATIONAL_GROUP: "operational",
    BodyRole.REFERENCE_GROUP: "support",
    BodyRole.EXPERT_FUNCTION: "support",
    BodyRole.NETWORK: "support",
}

_OTHER_KINDS = frozenset({ActorKind.RESEARCH.value, ActorKind.BUSINESS.value})
_POLITICAL = frozenset(k.value for k in POLITICAL_KINDS)

ROWS: tuple[str, ...] = LAYERS
"""The rows of a drawing, from the top: the chain's layers; their words are the catalogue's
``draw.row.<name>``."""

_CATEGORY_ROW: dict[str, int] = {
    "political": 0,
    "plan": 0,
    "decision": 1,
    "steering": 1,
    "crime_prevention": 1,
    "collaboration": 2,
    "support": 2,
    "function": 2,
    "public": 3,
    "civil_society": 3,
    "other": 3,
    "operational": 4,
    "activity": 5,
}


def category(attrs: Mapping[str, Any]) -> str:
    """The colour category of a node of a responsibility graph, from its attributes."""
    kind = attrs.get("kind")
    if kind in ("plan", "decision", "activity", "function"):
        return str(kind)
    if kind == "body":
        return _BODY_CATEGORY.get(str(attrs.get("role")), "support")
    actor_kind = str(attrs.get("actor_kind", "unit"))
    if actor_kind in _POLITICAL:
        return "political"
    if actor_kind == ActorKind.CRIME_PREVENTION_COUNCIL.value:
        return "crime_prevention"
    if actor_kind == ActorKind.CIVIL_SOCIETY_ORGANISATION.value:
        return "civil_society"
    if actor_kind in _OTHER_KINDS:
        return "other"
    return "public"


def category_label(name: str, lang: Lang | None) -> str:
    """The legend label of a category in ``lang``."""
    return text(f"draw.category.{name}", lang)


def layer_label(layer: str, lang: Lang | None = None) -> str:
    """The label of a layer of the chain (one of :data:`ROWS`, the same names as
    ``LAYERS``) in ``lang``, as drawings and the HTML report show it."""
    return text(f"draw.row.{layer}", lang)


def row_of(attrs: Mapping[str, Any]) -> int:
    """The row of a node: its ``layer`` (the one layering of the chain,
    :func:`~preventionkit.graph._governance.layer_of`) as an index of :data:`ROWS`, political
    at the top (0), activities at the bottom (5). Nodes of graphs made elsewhere, without a
    layer, are placed by their colour category."""
    layer = attrs.get("layer")
    if isinstance(layer, str) and layer in LAYERS:
        return LAYERS.index(layer)
    cat = category(attrs)
    if cat == "public" and attrs.get("actor_kind") == ActorKind.UNIT.value:
        return 4
    return _CATEGORY_ROW[cat]


@dataclass(frozen=True, slots=True)
class LegendItem:
    """One entry of a legend: ``what`` is ``"fill"`` (a colour category), ``"edge"`` (a kind of
    relation), ``"holder"``, ``"break"``, ``"vacant"``, ``"folded"`` or ``"body"``; ``key`` the
    category or edge kind; ``label`` the words."""

    what: str
    key: str
    label: str


def legend(scene: Scene, lang: Lang | None) -> tuple[LegendItem, ...]:
    """The legend of a picture: every colour, line and mark that appears in ``scene`` and
    nothing else, in a fixed order (the same in the drawing, the report and the docs)."""
    items: list[LegendItem] = []
    for name in CATEGORIES:
        if name in scene.categories:
            items.append(LegendItem("fill", name, category_label(name, lang)))
    shapes = {b.shape for b in scene.boxes}
    if "square" in shapes and shapes - {"square"}:
        items.append(LegendItem("body", "square", text("draw.legend.body", lang)))
    kinds = {link.kind for link in scene.links}
    for kind in EDGE_STYLES:
        if kind in kinds:
            items.append(LegendItem("edge", kind.value, kind.label(lang)))
    if any(b.holder for b in scene.boxes):
        items.append(LegendItem("holder", "holder", text("draw.holder", lang)))
    if any(b.vacant for b in scene.boxes):
        items.append(LegendItem("vacant", "vacant", text("draw.vacant_legend", lang)))
    if any(b.folded for b in scene.boxes):
        items.append(LegendItem("folded", "folded", text("draw.legend.folded", lang)))
    if scene.breaks:
        items.append(LegendItem("break", "break", text("draw.legend.break", lang)))
    return tuple(items)
