"""How nodes look and where they sit in drawings and DOT/Mermaid text: a colour category by
actor kind or body role, and a row from the political level down to the activities
(002 §1.8: political steering → steering group → collaboration team → operational groups)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..messages import text
from ..vocab import POLITICAL_KINDS, ActorKind, BodyRole, Lang
from ._governance import LAYERS

__all__ = ["CATEGORIES", "ROWS", "category", "category_label", "layer_label", "row_of"]

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
