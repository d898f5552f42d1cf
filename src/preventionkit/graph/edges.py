"""The edge vocabulary of responsibility graphs: what each relation means and which way
authority flows along it (002 §1.6, §1.8; 001 p. 13–15).

Every edge points *down* the chain of governance, from the political level towards the
activities, so that "who can reach this activity?" is a question of following edges forward.
Edges whose kind is in :data:`AUTHORITY_EDGES` carry authority (a decision, a mandate, a
delegation); the others record support, answerability and follow-up, which matter to people
but give no one the right to direct the work.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from ..vocab import Term

__all__ = ["AUTHORITY_EDGES", "EDGE_KINDS", "NODE_KINDS", "EdgeKind"]


class EdgeKind(Term):
    """A kind of edge ``u → v`` in a responsibility graph; read it as "u <kind> v"."""

    DECIDES = (
        "decides",
        "beslutar",
        "decides",
        "Actor or body → decision it took. Mandate and resources come from formal decisions.",
        "002 §1.6",
    )
    SIGNS = (
        "signs",
        "undertecknar",
        "signs",
        "Party → agreement (överenskommelse) it signed; every party is bound by it.",
        "002 §1.5",
    )
    ADOPTS = (
        "adopts",
        "antar",
        "adopts",
        "Decision → the plan it adopted, e.g. the council's decision adopting the plan.",
        "001 p. 1; 002 §1.8",
    )
    OWNED_BY = (
        "owned_by",
        "ägs av",
        "owned by",
        "Plan → its owner; the adopted plan makes its owner answer for leading it.",
        "001 p. 15",
    )
    GRANTS_MANDATE = (
        "grants_mandate",
        "ger mandat",
        "grants a mandate",
        "Grantor → mandate holder; the edge carries the mandate's decision, scope and whether "
        "it is a mandate to lead.",
        "002 §1.6, §1.8",
    )
    CONFERS_MANDATE = (
        "confers_mandate",
        "ger mandat genom beslut",
        "confers a mandate",
        "Decision → holder of a mandate that rests on it.",
        "002 §1.6",
    )
    CONVENES = (
        "convenes",
        "sammankallar",
        "convenes",
        "Convener → body it convenes, e.g. UmeBrå convenes the collaboration council.",
        "001 p. 14",
    )
    HAS_MEMBER = (
        "has_member",
        "har som ledamot",
        "has member",
        "Body → member (an actor, function or body) that represents its organisation in it.",
        "001 p. 13–14",
    )
    APPOINTS = (
        "appoints",
        "utser",
        "appoints",
        "Appointing actor → member it appointed to a body, e.g. the competent committee "
        "appointing its representative.",
        "001 p. 13",
    )
    OVERSEES = (
        "oversees",
        "leder",
        "oversees",
        "Superior → body that reports to it (the reverse of reports_to).",
        "002 §1.8",
    )
    CONTAINS = (
        "contains",
        "omfattar",
        "contains",
        "Parent → its part, e.g. a committee → its administration → a unit → a function "
        "(the reverse of part_of).",
        "001 p. 5, p. 14",
    )
    RESPONSIBLE_FOR = (
        "responsible_for",
        "ansvarar för",
        "responsible for",
        "Actor or body → activity it carries out (R in RACI).",
        "001 p. 15–18",
    )
    ACCOUNTABLE_FOR = (
        "accountable_for",
        "svarar för",
        "accountable for",
        "Actor or body → activity it answers for (A in RACI). Answerability, not delegation: "
        "not an authority edge.",
        "001 p. 15",
    )
    SUPPORTS = (
        "supports",
        "stödjer",
        "supports",
        "Expert function or body → body it supports, e.g. Centrum mot våld supporting the "
        "collaboration council. Support gives no authority.",
        "001 p. 13",
    )
    FOLLOWS_UP = (
        "follows_up",
        "följer upp",
        "follows up",
        "Forum → the plan it follows up, e.g. the council's annual follow-up.",
        "001 p. 12, p. 15",
    )
    FUNDS = (
        "funds",
        "finansierar",
        "funds",
        "Funder → the plan it funds.",
        "002 §1.6",
    )

    @property
    def is_authority(self) -> bool:
        """Whether authority flows along edges of this kind."""
        return self in AUTHORITY_EDGES


AUTHORITY_EDGES: frozenset[EdgeKind] = frozenset(
    {
        EdgeKind.DECIDES,
        EdgeKind.SIGNS,
        EdgeKind.ADOPTS,
        EdgeKind.OWNED_BY,
        EdgeKind.GRANTS_MANDATE,
        EdgeKind.CONFERS_MANDATE,
        EdgeKind.CONVENES,
        EdgeKind.HAS_MEMBER,
        EdgeKind.APPOINTS,
        EdgeKind.OVERSEES,
        EdgeKind.CONTAINS,
        EdgeKind.RESPONSIBLE_FOR,
    }
)
"""Edge kinds along which authority flows from the political level to the activities."""

EDGE_KINDS: Mapping[str, EdgeKind] = MappingProxyType({kind.value: kind for kind in EdgeKind})
"""Every edge kind by its value, e.g. ``EDGE_KINDS["grants_mandate"].sv == "ger mandat"``."""

NODE_KINDS: tuple[str, ...] = ("plan", "actor", "function", "body", "decision", "activity")
"""The ``kind`` attribute of nodes: functions (posts) are actors of kind ``function``."""
