"""How nodes look and where they sit in drawings and DOT/Mermaid text: a colour category by
actor kind or body role, and a row from the political level down to the activities
(002 §1.8: political steering → steering group → collaboration team → operational groups)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..vocab import POLITICAL_KINDS, ActorKind, BodyRole, Lang
from ._governance import LAYERS

__all__ = ["CATEGORIES", "ROWS", "category", "category_label", "row_of"]

# category -> (fill colour, English label, Swedish label)
CATEGORIES: dict[str, tuple[str, str, str]] = {
    "political": ("#f4b6b6", "Political body", "Politisk instans"),
    "steering": ("#f6b8d9", "Steering group", "Styrgrupp"),
    "collaboration": ("#d9c2ef", "Collaboration team or council", "Samverkansteam eller -råd"),
    "support": (
        "#b9e4df",
        "Expert function, reference group, network",
        "Expertfunktion, referensgrupp, nätverk",
    ),
    "operational": ("#bcd7f5", "Operational group", "Operativ arbetsgrupp"),
    "crime_prevention": ("#ffd29b", "Crime prevention council", "Brottsförebyggande råd"),
    "function": ("#fff0a8", "Function (post)", "Funktion"),
    "public": ("#dde6f0", "Public organisation", "Offentlig organisation"),
    "civil_society": ("#cde8c3", "Civil society", "Civilsamhälle"),
    "other": ("#e6ddd6", "Research, business", "Forskning, näringsliv"),
    "decision": ("#eeeeee", "Decision", "Beslut"),
    "plan": ("#ffffff", "Plan", "Plan"),
    "activity": ("#fbfbfb", "Activity", "Aktivitet"),
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

ROWS: tuple[tuple[str, str], ...] = (
    ("Political level", "Politisk nivå"),
    ("Steering", "Styrning"),
    ("Collaboration and coordination", "Samverkan och samordning"),
    ("Organisations", "Organisationer"),
    ("Operational level", "Operativ nivå"),
    ("Activities", "Aktiviteter"),
)
"""The rows of a drawing, from the top."""

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


def category_label(name: str, lang: Lang) -> str:
    """The legend label of a category."""
    _, en, sv = CATEGORIES[name]
    return sv if lang == "sv" else en


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
