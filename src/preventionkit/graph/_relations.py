"""Every relation of a plan as a typed edge, filtered to what is in force on a date.

One enumeration feeds both the small governance graph the validators query and the full
:func:`~preventionkit.graph.responsibility_graph`, so the two can never disagree (002 §1.6,
§1.8; 001 p. 13–15).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..model import ActionPlan, Actor, Decision
from ..model.dates import AsOf, as_date
from .edges import EdgeKind

__all__ = [
    "PLAN_PREFIX",
    "Relation",
    "Scope",
    "activity_relations",
    "governance_relations",
    "plan_node",
    "relations",
]

Relation = tuple[str, str, EdgeKind, dict[str, Any]]
"""An edge ``(u, v, kind, attributes)``."""


PLAN_PREFIX = "plan/"
"""The namespace of the plan's own node key in every graph: ``plan/<id>``."""


def plan_node(plan: ActionPlan) -> str:
    """The node key of the plan itself, ``plan/<id>``.

    Records are keyed by their ids, which are unique across the plan; a plan id is not a
    record id and may equal one (``ks``, or an actor called ``plan:ks``), so the plan's key
    is namespaced with a ``/``, which the id syntax does not allow: no record can take it.
    """
    return PLAN_PREFIX + plan.id


def decision_in_force(decision: Decision, as_of: dt.date | None) -> bool:
    """Whether ``decision`` had been taken by ``as_of`` (an undated decision always counts; a
    date known to the year or month counts from its first day)."""
    return as_of is None or decision.date is None or decision.date.earliest() <= as_of


def vacant_on(actor: Actor, as_of: dt.date | None) -> bool:
    """Whether a function is vacant on ``as_of``: it is marked vacant and, when the plan says
    since when, that day has come (a vacancy known to the month counts from its first day)."""
    if not actor.vacant:
        return False
    return as_of is None or actor.vacant_since is None or actor.vacant_since.earliest() <= as_of


@dataclass(frozen=True, slots=True)
class Scope:
    """Which records of ``plan`` exist on ``as_of``: every actor, the bodies valid that day and
    the decisions taken by then (all of them when ``as_of`` is None)."""

    plan: ActionPlan
    as_of: dt.date | None
    present: frozenset[str]

    @classmethod
    def of(cls, plan: ActionPlan, as_of: dt.date | None) -> Scope:
        ids: set[str] = {plan_node(plan)}
        ids.update(a.id for a in plan.actors)
        ids.update(b.id for b in plan.bodies if as_of is None or b.is_valid_on(as_of))
        ids.update(d.id for d in plan.decisions if decision_in_force(d, as_of))
        return cls(plan, as_of, frozenset(ids))


def _edges(scope: Scope) -> Iterator[Relation]:
    plan, as_of = scope.plan, scope.as_of
    node = plan_node(plan)
    k = EdgeKind
    if plan.adopted_by is not None:
        yield plan.adopted_by, node, k.ADOPTS, {}
    if plan.owner is not None:
        yield node, plan.owner, k.OWNED_BY, {}
    for d in plan.decisions:
        yield d.by, d.id, k.DECIDES, {}
        for party in d.parties:
            if party != d.by:
                yield party, d.id, k.SIGNS, {}
    for i, m in enumerate(plan.mandates):
        if as_of is not None and not m.is_valid_on(as_of):
            continue
        formal = m.decision in scope.present if m.decision is not None else m.statute is not None
        attrs: dict[str, Any] = {
            "mandate": m.id if m.id is not None else f"mandates[{i}]",
            "scope": m.scope,
            "leads": m.leads,
            "formal": formal,
        }
        if m.decision is not None:
            attrs["decision"] = m.decision
        yield m.granted_by, m.holder, k.GRANTS_MANDATE, attrs
        for grantor in m.co_granted_by:
            if grantor != m.granted_by:
                # A mandate granted jointly: authority flows from every grantor.
                yield grantor, m.holder, k.GRANTS_MANDATE, {**attrs, "joint": True}
        if m.decision is not None:
            yield m.decision, m.holder, k.CONFERS_MANDATE, dict(attrs)
    for a in plan.actors:
        for parent in a.parents:
            yield parent, a.id, k.CONTAINS, {}
        if a.represented_by is not None:
            yield a.id, a.represented_by, k.REPRESENTED_BY, {}
    for b in plan.bodies:
        if b.convener is not None:
            yield b.convener, b.id, k.CONVENES, {}
        if b.lead is not None:
            yield b.lead, b.id, k.LEADS, {}
        for member in b.members:
            if isinstance(member, str):
                yield b.id, member, k.HAS_MEMBER, {}
                continue
            if as_of is not None and not member.is_valid_on(as_of):
                continue
            extra = {"role": member.role} if member.role is not None else {}
            if member.decision is not None:
                extra["decision"] = member.decision
            yield b.id, member.actor, k.HAS_MEMBER, extra
            if member.appointed_by is not None:
                yield member.appointed_by, member.actor, k.APPOINTS, {"body": b.id, **extra}
        if b.reports_to is not None:
            yield b.reports_to, b.id, k.OVERSEES, {}
        if b.part_of is not None:
            yield b.part_of, b.id, k.CONTAINS, {}
        for supported in b.supports:
            yield b.id, supported, k.SUPPORTS, {}
    for f in plan.follow_up:
        attrs = {"frequency": f.frequency.value, "scope": f.scope}
        if f.by is not None:
            attrs["by"] = f.by
        yield f.forum, node, k.FOLLOWS_UP, attrs
    for fu in plan.funding:
        if fu.by is not None:
            # Not "source": node-link JSON uses that key for the edge's start (issue 12).
            # Funds granted to another party (a voluntary organisation's project, 000 p. 14)
            # go to it; otherwise to the plan. The kind is left off when the plan does not
            # say it (001 p. 18).
            target = fu.to if fu.to is not None else node
            kind = {"funding_source": fu.source.value} if fu.source is not None else {}
            yield fu.by, target, k.FUNDS, kind


def governance_relations(scope: Scope) -> Iterator[Relation]:
    """Every edge between the plan, actors, bodies and decisions in force on the scope's date,
    in plan order; edges touching a record absent that day are left out."""
    present = scope.present
    for u, v, kind, attrs in _edges(scope):
        if u in present and v in present:
            yield u, v, kind, attrs


def relations(plan: ActionPlan, as_of: AsOf = None) -> Iterator[Relation]:
    """Every relation between the plan, actors, bodies and decisions in force on ``as_of``,
    as ``(u, v, kind, attributes)`` in plan order: the one edge vocabulary the drawings read."""
    as_of = as_date(as_of)
    return governance_relations(Scope.of(plan, as_of))


def activity_relations(scope: Scope) -> Iterator[Relation]:
    """``responsible_for`` and ``accountable_for`` edges into every activity, in plan order (the
    accountable actor defaults to the sole responsible one, as in :attr:`Activity.accountable_actor`)."""
    present = scope.present
    for act in scope.plan.activities:
        for r in act.responsible:
            if r in present:
                yield r, act.id, EdgeKind.RESPONSIBLE_FOR, {}
        accountable = act.accountable_actor
        if accountable is not None and accountable in present:
            yield accountable, act.id, EdgeKind.ACCOUNTABLE_FOR, {}
