"""The responsibility graph of a plan: every actor, function, body, decision and activity as a
node, every relation as a typed edge pointing down the chain of governance (002 §1.8; 001
p. 13–15).

This is the graph for people and exports. The validators query the smaller governance graph
(:mod:`._governance`) so they stay fast on very large plans.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from itertools import chain
from typing import TYPE_CHECKING, Any

from ..model import ActionPlan, Activity, Actor, Body, Decision
from ..vocab import POLITICAL_KINDS
from ._governance import governance
from ._relations import (
    Relation,
    Scope,
    activity_relations,
    governance_relations,
    plan_node,
    vacant_on,
)

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["responsibility_graph"]


def _drop_none(attrs: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in attrs.items() if v is not None}


def _values(items: tuple[Any, ...]) -> tuple[str, ...]:
    return tuple(str(getattr(i, "value", i)) for i in items)


def _actor_attrs(actor: Actor, as_of: dt.date | None) -> dict[str, Any]:
    attrs: dict[str, Any] = {
        "kind": "function" if actor.is_function else "actor",
        "name": actor.name,
        "name_en": actor.name_en,
        "actor_kind": actor.kind.value,
        "tier": actor.tier.value if actor.tier is not None else None,
        "sector": actor.sector.value if actor.sector is not None else None,
        "part_of": actor.part_of,
        "political": actor.kind in POLITICAL_KINDS,
    }
    if actor.is_function:
        attrs["holders"] = actor.holders
        attrs["vacant"] = vacant_on(actor, as_of)
        if actor.vacant_since is not None:
            attrs["vacant_since"] = str(actor.vacant_since)
    return _drop_none(attrs)


def _body_attrs(body: Body) -> dict[str, Any]:
    return _drop_none(
        {
            "kind": "body",
            "name": body.name,
            "name_en": body.name_en,
            "role": body.role.value,
            "convener": body.convener,
            "meets_per_year": body.meets_per_year,
            "as_needed": body.as_needed,
            "existing_structure": body.existing_structure,
            "reports_to": body.reports_to,
            "part_of": body.part_of,
        }
    )


def _decision_attrs(decision: Decision) -> dict[str, Any]:
    return _drop_none(
        {
            "kind": "decision",
            "name": decision.summary,
            "decision_kind": decision.kind.value,
            "by": decision.by,
            "date": str(decision.date) if decision.date is not None else None,
            "reference": decision.reference,
        }
    )


def _activity_attrs(activity: Activity) -> dict[str, Any]:
    timeline = activity.timeline
    return _drop_none(
        {
            "kind": "activity",
            "name": activity.title,
            "prevention_levels": _values(activity.prevention_levels),
            "ecological_levels": _values(activity.ecological_levels),
            "violence_areas": _values(activity.violence_areas),
            "target_groups": _values(activity.target_groups),
            "arenas": _values(activity.arenas),
            "programme": activity.programme,
            "start": str(timeline.start) if timeline and timeline.start else None,
            "end": str(timeline.end) if timeline and timeline.end else None,
        }
    )


def _keyed(relations: Iterable[Relation]) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """Edges with their keys: the kind, then ``kind#2``, ``kind#3`` … for repeats."""
    seen: dict[tuple[str, str, str], int] = {}
    for u, v, kind, attrs in relations:
        n = seen.get((u, v, kind.value), 0) + 1
        seen[(u, v, kind.value)] = n
        key = kind.value if n == 1 else f"{kind.value}#{n}"
        yield u, v, key, {"kind": kind.value, "authority": kind.is_authority, **attrs}


def responsibility_graph(plan: ActionPlan, as_of: dt.date | None = None) -> nx.MultiDiGraph[str]:
    """The plan as a directed multigraph in which authority flows along the edges from the
    political level to the activities.

    Nodes carry ``kind`` (plan, actor, function, body, decision, activity), ``name`` and the
    record's attributes (``role``, ``sector``, ``tier``, ``holders``, ``vacant`` …; list
    values as tuples of strings); actors and bodies also carry ``mandate_holder`` and
    ``in_chain``. Edges are keyed by kind (``"grants_mandate"``, ``"grants_mandate#2"`` for a
    second one) and carry ``kind``, ``authority`` and the relation's details; see
    :data:`~preventionkit.graph.EDGE_KINDS`.

    With ``as_of``, only the bodies, decisions, mandates and memberships in force that day are
    included, and a function counts as vacant only once its vacancy has begun.

    >>> import preventionkit as pk
    >>> plan = pk.loads('''{"preventionkit": 1, "id": "p", "title": "Plan",
    ...   "actors": [{"id": "kf", "name": "Kommunfullmäktige", "kind": "council"}],
    ...   "activities": [{"id": "a", "title": "Kartläggning", "responsible": ["kf"]}]}''',
    ...   format="json")
    >>> g = responsibility_graph(plan)
    >>> sorted(g.edges(keys=True))
    [('kf', 'a', 'accountable_for'), ('kf', 'a', 'responsible_for')]
    """
    import networkx as nx  # here, not at import: validating a plan never needs it

    scope = Scope.of(plan, as_of)
    gov = governance(plan, as_of)
    holders = set(gov.holders)
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph(
        name=plan.title, plan=plan.id, as_of=as_of.isoformat() if as_of else ""
    )
    graph.add_node(
        plan_node(plan),
        **_drop_none(
            {
                "kind": "plan",
                "name": plan.title,
                "status": plan.status,
                "start": str(plan.period.start) if plan.period and plan.period.start else None,
                "end": str(plan.period.end) if plan.period and plan.period.end else None,
            }
        ),
    )
    for actor in plan.actors:
        graph.add_node(
            actor.id,
            **_actor_attrs(actor, as_of),
            mandate_holder=actor.id in holders,
            in_chain=actor.id in gov.in_chain,
        )
    for body in plan.bodies:
        if body.id in scope.present:
            graph.add_node(
                body.id,
                **_body_attrs(body),
                mandate_holder=body.id in holders,
                in_chain=body.id in gov.in_chain,
            )
    for decision in plan.decisions:
        if decision.id in scope.present:
            graph.add_node(decision.id, **_decision_attrs(decision))
    graph.add_nodes_from((a.id, _activity_attrs(a)) for a in plan.activities)
    graph.add_edges_from(_keyed(chain(governance_relations(scope), activity_relations(scope))))
    return graph
