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

    DECIDES = ("decides", "002 §1.6")
    SIGNS = ("signs", "002 §1.5")
    ADOPTS = ("adopts", "001 p. 1; 002 §1.8")
    OWNED_BY = ("owned_by", "001 p. 15")
    GRANTS_MANDATE = ("grants_mandate", "002 §1.6, §1.8")
    CONFERS_MANDATE = ("confers_mandate", "002 §1.6")
    CONVENES = ("convenes", "001 p. 14")
    HAS_MEMBER = ("has_member", "001 p. 13–14")
    APPOINTS = ("appoints", "001 p. 13")
    OVERSEES = ("oversees", "002 §1.8")
    CONTAINS = ("contains", "001 p. 5, p. 14")
    RESPONSIBLE_FOR = ("responsible_for", "001 p. 15–18")
    ACCOUNTABLE_FOR = ("accountable_for", "001 p. 15")
    SUPPORTS = ("supports", "001 p. 13")
    FOLLOWS_UP = ("follows_up", "001 p. 12, p. 15")
    FUNDS = ("funds", "002 §1.6")
    LEADS = ("leads", "002 §1.8; not in the seeds: a partnership's lead organisation")
    REPRESENTED_BY = (
        "represented_by",
        "not in the seeds: a member taking part through its association (format 2)",
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
        EdgeKind.LEADS,
        EdgeKind.REPRESENTED_BY,
    }
)
"""Edge kinds along which authority flows from the political level to the activities."""

EDGE_KINDS: Mapping[str, EdgeKind] = MappingProxyType({kind.value: kind for kind in EdgeKind})
"""Every edge kind by its value, e.g. ``EDGE_KINDS["grants_mandate"].sv == "ger mandat"``."""

NODE_KINDS: tuple[str, ...] = ("plan", "actor", "function", "body", "decision", "activity")
"""The ``kind`` attribute of nodes: functions (posts) are actors of kind ``function``."""
