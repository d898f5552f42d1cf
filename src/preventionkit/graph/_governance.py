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
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from ..io import paused_gc
from ..model import ActionPlan, cached
from ..model.dates import AsOf, as_date
from ..vocab import POLITICAL_KINDS, ActorKind, BodyRole, Sector
from ._relations import Scope, decision_in_force, governance_relations, plan_node, vacant_on
from .edges import AUTHORITY_EDGES, EdgeKind

__all__ = [
    "LAYERS",
    "POLITICAL_ANCHORS",
    "Governance",
    "governance",
    "is_political",
    "layer_of",
    "node_kind",
    "paused_gc",
    "political_ids",
    "sector_of",
    "sectors",
]

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

POLITICAL_ANCHORS: frozenset[ActorKind] = frozenset({*POLITICAL_KINDS, ActorKind.MUNICIPALITY})
"""Actor kinds that anchor work politically: the political bodies (council, executive board,
committee, the Government; 002 §1.8) and a municipality, which acts through its political
leadership (e.g. as a party to an agreement, 002 §1.5)."""


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
    """Whether ``id`` anchors work politically: an actor of a kind in
    :data:`POLITICAL_ANCHORS` or a body whose role is political steering (002 §1.6, §1.8).

    The one predicate of political anchoring: PK202, PK203, the checklist and the drawings
    all ask it.
    """
    entry = plan.index.by_id.get(id)
    if entry is None:
        return False
    kind, record = entry
    if kind == "actor":
        return record.kind in POLITICAL_ANCHORS
    if kind == "body":
        return record.role is BodyRole.POLITICAL_STEERING
    return False


LAYERS: tuple[str, ...] = (
    "political",
    "steering",
    "collaboration",
    "organisations",
    "operational",
    "activities",
)
"""The one layering of the chain, top to bottom (002 §1.8: political steering → steering
group → collaboration team → operational groups; 001 p. 13–14): every drawing and export
places a node in the layer :func:`layer_of` gives."""

_ROLE_LAYER: dict[BodyRole, str] = {
    BodyRole.POLITICAL_STEERING: "political",
    BodyRole.STEERING_GROUP: "steering",
    BodyRole.COLLABORATION_TEAM: "collaboration",
    BodyRole.REFERENCE_GROUP: "collaboration",
    BodyRole.EXPERT_FUNCTION: "collaboration",
    BodyRole.NETWORK: "collaboration",
    BodyRole.OPERATIONAL_GROUP: "operational",
}
_KIND_LAYER: dict[ActorKind, str] = {
    ActorKind.CRIME_PREVENTION_COUNCIL: "steering",
    ActorKind.FUNCTION: "collaboration",
    ActorKind.UNIT: "operational",
}


def layer_of(plan: ActionPlan, node: str, holders: frozenset[str] | tuple[str, ...] = ()) -> str:
    """The layer of ``node`` (one of :data:`LAYERS`): by body role, by actor kind (political
    anchors at the top, a crime-prevention council with the steering, functions with
    collaboration and coordination, units with the operational level, other organisations
    between), an actor holding a mandate to lead at least with the steering (002 §1.8: the
    group with decision mandate that leads the strategic work; 001 p. 13: UmeBrå's
    assignment), decisions with the steering, the plan at the top and activities at the
    bottom."""
    if node == plan_node(plan):
        return "political"
    entry = plan.index.by_id.get(node)
    if entry is None:
        return "organisations"
    kind, record = entry
    if kind == "activity":
        return "activities"
    if kind == "decision":
        return "steering"
    if kind == "body":
        return _ROLE_LAYER.get(record.role, "collaboration")
    if kind != "actor":
        return "organisations"
    if record.kind in POLITICAL_ANCHORS:
        return "political"
    layer = _KIND_LAYER.get(record.kind, "organisations")
    if node in holders and LAYERS.index(layer) > LAYERS.index("steering"):
        return "steering"
    return layer


def political_ids(plan: ActionPlan) -> frozenset[str]:
    """The ids of every actor and body for which :func:`is_political` holds, once per plan."""

    def build() -> frozenset[str]:
        found = {a.id for a in plan.actors if a.kind in POLITICAL_ANCHORS}
        found.update(b.id for b in plan.bodies if b.role is BodyRole.POLITICAL_STEERING)
        return frozenset(found)

    return cached(plan, "political", build, depends_on=("actors", "bodies"))


def sectors(plan: ActionPlan) -> Mapping[str, Sector | None]:
    """Every actor's sector: its own, or else that of what it is part of, up the ``part_of``
    chain (002 §1.4; functions and units take their organisation's sector).

    Computed once per plan in one pass, each actor resolved once (a ``part_of`` chain 100,000
    deep costs the same as 100,000 separate actors); a cycle yields None for its members.
    """
    return cached(plan, "sectors", lambda: _sectors(plan), depends_on=("actors", "bodies"))


def sector_of(plan: ActionPlan, actor_id: str) -> Sector | None:
    """The sector of actor ``actor_id`` (see :func:`sectors`); None for anything else."""
    return sectors(plan).get(actor_id)


def _sectors(plan: ActionPlan) -> dict[str, Sector | None]:
    by_id = plan.index.by_id
    out: dict[str, Sector | None] = {}
    for actor in plan.actors:
        trail: list[str] = []
        on_trail: set[str] = set()
        found: Sector | None = None
        current: str | None = actor.id
        while current is not None:
            if current in out:
                found = out[current]
                break
            entry = by_id.get(current)
            if entry is None or entry[0] != "actor" or current in on_trail:
                break
            record = entry[1]
            trail.append(current)
            on_trail.add(current)
            if record.sector is not None:
                found = record.sector
                break
            current = record.part_of
        for id in trail:
            out[id] = found
    return out


@dataclass(slots=True)
class Governance:
    """The authority structure of a plan on one date (read-only once built).

    ``succ``/``pred`` hold authority edges only, deduplicated per pair of nodes, in plan order;
    ``links`` names the kinds of authority edge behind each pair; :attr:`responsible` maps each
    responsible actor or body to the activities it carries out (built on first use).

    The chain starts at its :attr:`sources`: the :attr:`roots` (the political top: who adopted
    the plan and who granted the leading mandates), the plan's owner, which answers for
    leading it (001 p. 15: "Handlingsplanen ägs av Kommunstyrelsen"), and the mandate
    :attr:`holders`. Everything
    reachable from them along authority edges is :attr:`reach`; an activity is reached when one
    of its responsible actors is. Reachability, the bus factor and the single points of
    failure are all measured from these same sources (001 p. 12: the council answers for the
    activities being carried out, the committees for their own; 002 §1.8).
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
    sources: tuple[str, ...] = ()
    reach: frozenset[str] = frozenset()
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
            with paused_gc():
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

    def is_reached(self, responsible: tuple[str, ...]) -> bool:
        """Whether an activity carried out by ``responsible`` is reached by the chain."""
        reach = self.reach
        return any(r in reach for r in responsible)

    @property
    def political_steering(self) -> bool:
        """Whether a political body fills the chain's political steering function: one that
        adopts the plan, owns it, grants a mandate (alone or jointly) or takes the decision a
        mandate rests on, or is a party to it (002 §1.8: e.g. the council or a committee), or a
        political steering group in the chain. Read by PK203 and the checklist (002 §1.13 item 6)."""
        found: bool | None = self.memo.get("political_steering")
        if found is None:
            plan = self.plan
            ids = list(self.roots)
            if plan.owner is not None:
                ids.append(plan.owner)
            decisions = {d.id: d for d in plan.decisions}
            for m in plan.mandates:
                ids.extend(m.grantors)
                decision = decisions.get(m.decision) if m.decision is not None else None
                if decision is not None:
                    ids.append(decision.by)
                    ids.extend(decision.parties)
            found = any(is_political(plan, i) for i in ids)
            self.memo["political_steering"] = found
        return found

    @property
    def roles(self) -> frozenset[BodyRole]:
        """The roles of the bodies that make up the chain on the date: those it reaches, or,
        when there is no mandate holder (PK201), every body in force."""
        found: frozenset[BodyRole] | None = self.memo.get("roles")
        if found is None:
            bodies = [b for b in self.plan.bodies if b.id in self.order]
            if self.holders:
                bodies = [b for b in bodies if b.id in self.in_chain]
            found = self.memo["roles"] = frozenset(b.role for b in bodies)
        return found

    @property
    def unreachable(self) -> tuple[str, ...]:
        """Ids of the activities the chain does not reach, in plan order: none of their
        responsible actors is reached (an activity with none at all is not reached either)."""
        found: tuple[str, ...] | None = self.memo.get("unreachable")
        if found is None:
            reach = self.reach
            out = []
            for act in self.plan.activities:
                responsible = act.responsible
                if len(responsible) == 1:
                    if responsible[0] not in reach:
                        out.append(act.id)
                elif not any(r in reach for r in responsible):
                    out.append(act.id)
            found = self.memo["unreachable"] = tuple(out)
        return found


def _mandate_holders(plan: ActionPlan, scope: Scope) -> tuple[list[str], list[str]]:
    """Holders of formal leading mandates in force (resting on a decision or a statute), and
    their grantors, in mandate order."""
    holders: list[str] = []
    grantors: list[str] = []
    present = scope.present
    for m in plan.mandates:
        # A formal basis: a decision in the plan, or the Act or government assignment the
        # mandate rests on (``statute``; e.g. a county board's ordinance, England's Serious
        # Violence Duty): the firmest formal basis there is (002 §1.6; issue 16).
        formal = m.decision in present if m.decision is not None else m.statute is not None
        if not m.leads or not formal:
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
    # Half a million memberships in a large plan: the loop reads everything through locals.
    authority = AUTHORITY_EDGES  # EdgeKind.is_authority, without a call per edge
    find = links.get
    for u, v, kind, _attrs in governance_relations(scope):
        if kind not in authority or u == v:
            continue
        pair = (u, v)
        kinds = find(pair)
        if kinds is None:
            links[pair] = [kind]
            below = succ.get(u)
            if below is None:
                succ[u] = [v]
            else:
                below.append(v)
            above = pred.get(v)
            if above is None:
                pred[v] = [u]
            else:
                above.append(u)
        elif kind not in kinds:
            kinds.append(kind)
    holders, grantors = _mandate_holders(plan, scope)
    roots: list[str] = []
    if plan.adopted_by is not None and plan.adopted_by in present:
        adopting = plan.decision(plan.adopted_by)
        roots.append(adopting.by)
        # A plan adopted jointly (e.g. signed by every party of a county agreement, 003 "Ett
        # paradigmskifte"): each party governs its own part of it (issue 16).
        roots.extend(p for p in adopting.parties if p in present and p not in roots)
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
    owner = [plan.owner] if plan.owner is not None and plan.owner in present else []
    gov.sources = tuple(dict.fromkeys([*roots, *owner, *holders]))
    reach = gov.reachable(gov.sources)
    gov.reach = frozenset(reach)
    gov.in_chain = frozenset(n for n in reach if plan.kind_of(n) in ("actor", "body"))
    return gov


DatedFacts = tuple[
    tuple[str, ...], tuple[str, ...], tuple[int, ...], tuple[tuple[int, int], ...], tuple[str, ...]
]
"""What a date changes in the chain: the bodies not in force, the decisions not yet taken, the
mandates and memberships (body, member) not in force, by position, and the vacant functions."""


def dated_facts(plan: ActionPlan, as_of: dt.date | None) -> DatedFacts:
    """Everything the date ``as_of`` decides in :func:`governance`, by the very predicates the
    chain is built with (:class:`Scope`, ``is_valid_on``, :func:`vacant_on`): two dates with
    the same facts have the same chain. No date (None) keeps every record and takes every
    function marked vacant as vacant."""
    vacant = tuple(a.id for a in plan.actors if a.vacant and a.is_function and vacant_on(a, as_of))
    if as_of is None:
        return (), (), (), (), vacant
    bodies = tuple(b.id for b in plan.bodies if not b.is_valid_on(as_of))
    decisions = tuple(d.id for d in plan.decisions if not decision_in_force(d, as_of))
    mandates = tuple(i for i, m in enumerate(plan.mandates) if not m.is_valid_on(as_of))
    members = tuple(
        (i, j)
        for i, b in enumerate(plan.bodies)
        for j, member in enumerate(b.members)
        if not isinstance(member, str) and not member.is_valid_on(as_of)
    )
    return bodies, decisions, mandates, members, vacant


def governance(plan: ActionPlan, as_of: AsOf = None) -> Governance:
    """The chain of governance of ``plan`` on ``as_of``: THE derivation every rule, drawing,
    report, checklist and scenario reads; built once per plan and date and cached on the plan.

    Dates on which the plan's dated records stand the same (:func:`dated_facts`; every date,
    in a plan that dates nothing) share one chain and what is derived from it (the single
    points of failure, the bus factor): ``validate`` judges on today and the graph functions
    without a date, and a large plan was built and analysed twice (issue 21).
    """
    as_of = as_date(as_of)

    def build() -> Governance:
        shared: dict[DatedFacts, Governance] = cached(
            plan, "chains", dict, depends_on=_FINGERPRINT_FIELDS
        )
        facts = dated_facts(plan, as_of)
        found = shared.get(facts)
        if found is None:
            with paused_gc():
                found = shared[facts] = _build(plan, as_of)
        elif found.as_of != as_of:
            # The same chain read on another date: its fields and memo are shared, as_of is
            # the date asked for.
            found = replace(found, as_of=as_of)
        return found

    name = f"chain:{as_of.isoformat() if as_of is not None else ''}"
    return cached(plan, name, build, depends_on=_FINGERPRINT_FIELDS)
