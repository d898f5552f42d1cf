"""The governance graph: the chain of governance over actors, bodies, decisions and the plan,
with activities attached by index rather than as nodes (002 §1.8).

A plan with 100,000 activities has only a few thousand actors and bodies; the validators ask
questions about the chain, so they work on this small graph and look activities up in a
``responsible id → activity ids`` index. It is built once per plan and date and cached on the
plan object (the cache is checked against the plan's fields, so copies never reuse a stale one).
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..model import ActionPlan
from ..vocab import POLITICAL_KINDS, ActorKind, BodyRole
from ._relations import Scope, governance_relations, plan_node, vacant_on
from .edges import EdgeKind

__all__ = ["Governance", "governance", "is_political", "node_kind"]

_CACHE_PREFIX = "_pk_graph:"
_FINGERPRINT_FIELDS = (
    "actors",
    "bodies",
    "decisions",
    "mandates",
    "activities",
    "owner",
    "adopted_by",
    "follow_up",
    "funding",
    "id",
)


def node_kind(plan: ActionPlan, id: str) -> str:
    """The ``kind`` of a node: plan, actor, function, body, decision or activity."""
    if id == plan_node(plan):
        return "plan"
    entry = plan.index.by_id.get(id)
    if entry is None:
        return "unknown"
    kind, record = entry
    if kind == "actor" and record.kind is ActorKind.FUNCTION:
        return "function"
    return str(kind)


def is_political(plan: ActionPlan, id: str) -> bool:
    """Whether ``id`` is a political body: an actor of a political kind or a body whose role is
    political steering (002 §1.8)."""
    entry = plan.index.by_id.get(id)
    if entry is None:
        return False
    kind, record = entry
    if kind == "actor":
        return record.kind in POLITICAL_KINDS
    if kind == "body":
        return record.role is BodyRole.POLITICAL_STEERING
    return False


@dataclass(slots=True)
class Governance:
    """The authority structure of a plan on one date (read-only once built).

    ``succ``/``pred`` hold authority edges only, deduplicated per pair of nodes, in plan order;
    ``links`` names the kinds of authority edge behind each pair; :attr:`responsible` maps each
    responsible actor or body to the activities it carries out (built on first use).
    """

    plan: ActionPlan
    as_of: dt.date | None
    order: dict[str, int]
    succ: dict[str, list[str]]
    pred: dict[str, list[str]]
    links: dict[tuple[str, str], list[EdgeKind]]
    holders: tuple[str, ...]
    roots: tuple[str, ...]
    in_chain: frozenset[str]
    vacant: frozenset[str]
    memo: dict[str, Any] = field(default_factory=dict)

    def reachable(self, sources: Iterable[str], *, without: Iterable[str] = ()) -> set[str]:
        """Nodes reachable from ``sources`` along authority edges, avoiding ``without``."""
        blocked = set(without)
        seen = {s for s in sources if s not in blocked}
        queue = deque(seen)
        succ = self.succ
        while queue:
            node = queue.popleft()
            for nxt in succ.get(node, ()):
                if nxt not in seen and nxt not in blocked:
                    seen.add(nxt)
                    queue.append(nxt)
        return seen

    @property
    def responsible(self) -> dict[str, list[str]]:
        """Responsible actor or body → ids of the activities it carries out, in plan order."""
        index: dict[str, list[str]] | None = self.memo.get("responsible")
        if index is None:
            index = {}
            present = self.order
            for act in self.plan.activities:
                for r in dict.fromkeys(act.responsible):
                    if r in present:
                        index.setdefault(r, []).append(act.id)
            self.memo["responsible"] = index
        return index

    def responsible_of(self, activity: str) -> tuple[str, ...]:
        """The responsible actors or bodies of ``activity`` present on the date."""
        act = self.plan.activity(activity)
        return tuple(r for r in act.responsible if r in self.order)


def _mandate_holders(plan: ActionPlan, scope: Scope) -> tuple[list[str], list[str]]:
    """Holders of formal leading mandates in force, and their grantors, in mandate order."""
    holders: list[str] = []
    grantors: list[str] = []
    present = scope.present
    for m in plan.mandates:
        if not m.leads or m.decision is None or m.decision not in present:
            continue
        if scope.as_of is not None and not m.is_valid_on(scope.as_of):
            continue
        if m.holder not in present or m.granted_by not in present:
            continue
        if m.holder not in holders:
            holders.append(m.holder)
        if m.granted_by not in grantors:
            grantors.append(m.granted_by)
    return holders, grantors


def _build(plan: ActionPlan, as_of: dt.date | None) -> Governance:
    scope = Scope.of(plan, as_of)
    present = scope.present
    order: dict[str, int] = {plan_node(plan): 0}
    for seq in (plan.actors, plan.bodies, plan.decisions):
        for record in seq:
            if record.id in present:
                order[record.id] = len(order)
    succ: dict[str, list[str]] = {}
    pred: dict[str, list[str]] = {}
    links: dict[tuple[str, str], list[EdgeKind]] = {}
    for u, v, kind, _attrs in governance_relations(scope):
        if not kind.is_authority or u == v:
            continue
        kinds = links.get((u, v))
        if kinds is None:
            links[(u, v)] = [kind]
            succ.setdefault(u, []).append(v)
            pred.setdefault(v, []).append(u)
        elif kind not in kinds:
            kinds.append(kind)
    holders, grantors = _mandate_holders(plan, scope)
    roots: list[str] = []
    if plan.adopted_by is not None and plan.adopted_by in present:
        roots.append(plan.decision(plan.adopted_by).by)
    roots.extend(g for g in grantors if g not in roots)
    roots.sort(key=lambda r: not is_political(plan, r))  # stable: political first
    vacant = frozenset(a.id for a in plan.actors if a.is_function and vacant_on(a, as_of))
    gov = Governance(
        plan=plan,
        as_of=as_of,
        order=order,
        succ=succ,
        pred=pred,
        links=links,
        holders=tuple(holders),
        roots=tuple(roots),
        in_chain=frozenset(),
        vacant=vacant,
    )
    reach = gov.reachable([*roots, *holders])
    gov.in_chain = frozenset(n for n in reach if plan.kind_of(n) in ("actor", "body"))
    return gov


def _fingerprint(plan: ActionPlan) -> tuple[Any, ...]:
    return tuple(getattr(plan, name) for name in _FINGERPRINT_FIELDS)


def governance(plan: ActionPlan, as_of: dt.date | None = None) -> Governance:
    """The governance graph of ``plan`` on ``as_of``, built once and cached on the plan."""
    key = f"{_CACHE_PREFIX}{as_of.isoformat() if as_of is not None else ''}"
    cached = plan.__dict__.get(key)
    fingerprint = _fingerprint(plan)
    if cached is not None and all(a is b for a, b in zip(cached[0], fingerprint, strict=True)):
        return cached[1]  # type: ignore[no-any-return]
    gov = _build(plan, as_of)
    plan.__dict__[key] = (fingerprint, gov)
    return gov
