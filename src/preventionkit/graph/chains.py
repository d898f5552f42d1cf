"""Queries on the chain of governance: who holds the mandate, where the chain starts, what it
reaches, and the paths from the political level to an activity (002 §1.6, §1.8; 001 p. 13–15).

"Whatever the organisation, there must be a group with decision mandate that leads the
strategic development work; otherwise the work risks stagnating" (002 §1.8). These functions
find that group (:func:`mandate_holders`), the political top above it (:func:`chain_roots`),
everyone the chain reaches (:func:`in_chain`) and the activities it does not
(:func:`unreachable_activities`). They work on a small graph over actors and bodies, so they
stay fast on plans with 100,000 activities.
"""

from __future__ import annotations

import datetime as dt
import graphlib
from collections import deque
from typing import TYPE_CHECKING

from ..model import ActionPlan
from ._governance import Governance, governance

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "chain_roots",
    "chain_to",
    "governance_cycles",
    "in_chain",
    "mandate_holders",
    "unreachable_activities",
]


def mandate_holders(plan: ActionPlan, as_of: dt.date | None = None) -> tuple[str, ...]:
    """Ids of the bodies and actors holding a mandate to lead the strategic work.

    A mandate counts when it leads (``leads: true``), rests on a formal decision taken by
    ``as_of`` (002 §1.6: without formal decisions no resources are set aside), is in force on
    ``as_of`` and its holder exists that day. Ids come in the order of ``plan.mandates``.
    """
    return governance(plan, as_of).holders


def chain_roots(plan: ActionPlan, as_of: dt.date | None = None) -> tuple[str, ...]:
    """The political top of the chain: the actor or body that took the decision adopting the
    plan, and the grantors of the mandates counted by :func:`mandate_holders`.

    Political bodies (council, executive board, committee, government, political steering
    group; 002 §1.8) come first; otherwise the adopting decision-maker first, then grantors in
    mandate order.
    """
    return governance(plan, as_of).roots


def in_chain(plan: ActionPlan, as_of: dt.date | None = None) -> frozenset[str]:
    """Ids of the actors and bodies reachable along authority edges from the chain roots and
    the mandate holders, roots and holders included (see :data:`AUTHORITY_EDGES`).

    An activity whose responsible actor is not in this set is carried by someone the chain of
    governance does not reach (PK204).
    """
    return governance(plan, as_of).in_chain


def unreachable_activities(plan: ActionPlan, as_of: dt.date | None = None) -> tuple[str, ...]:
    """Ids of activities none of whose responsible actors is :func:`in_chain`, in plan order.

    An activity with no responsible actor at all is included: nothing links it to the chain.
    """
    reached = governance(plan, as_of).in_chain
    out = []
    for act in plan.activities:
        responsible = act.responsible
        if len(responsible) == 1:
            if responsible[0] not in reached:
                out.append(act.id)
        elif not any(r in reached for r in responsible):
            out.append(act.id)
    return tuple(out)


def _shortest_path(
    gov: Governance, start: str, goals: set[str], avoid: frozenset[str] = frozenset()
) -> list[str] | None:
    """The shortest authority path from ``start`` to any of ``goals`` that stays clear of
    ``avoid``; ties go to the path whose nodes come first in plan order, so the answer is
    deterministic."""
    if start in goals:
        return [start]
    parent: dict[str, str] = dict.fromkeys(avoid, "")
    parent[start] = start
    queue = deque([start])
    order = gov.order
    while queue:
        node = queue.popleft()
        for nxt in sorted(gov.succ.get(node, ()), key=lambda n: order.get(n, len(order))):
            if nxt in parent:
                continue
            parent[nxt] = node
            if nxt in goals:
                path = [nxt]
                while path[-1] != start:
                    path.append(parent[path[-1]])
                return path[::-1]
            queue.append(nxt)
    return None


def chain_to(
    plan: ActionPlan, activity_id: str, as_of: dt.date | None = None
) -> tuple[tuple[str, ...], ...]:
    """Paths of node ids from the adopting political body to ``activity_id``.

    Each path runs along authority edges, e.g. council → adopting decision → plan → executive
    board → collaboration council (the mandate holder) → unit → activity. When some path passes
    a mandate holder, one shortest path through each such holder is returned (holders in plan
    order); otherwise the shortest path to each responsible actor. Without an adopting decision
    the paths start at the chain roots. Paths are sorted by length, then by their ids; an
    activity the chain does not reach gives ``()``.

    Raises ``KeyError`` if the plan has no activity ``activity_id``.
    """
    gov = governance(plan, as_of)
    responsible = set(gov.responsible_of(activity_id))
    if not responsible:
        return ()
    starts: tuple[str, ...]
    if plan.adopted_by is not None and plan.adopted_by in gov.order:
        starts = (plan.decision(plan.adopted_by).by,)
    else:
        starts = gov.roots
    paths: set[tuple[str, ...]] = set()
    for start in starts:
        for holder in gov.holders:
            up = _shortest_path(gov, start, {holder})
            if up is None:
                continue
            down = _shortest_path(gov, holder, responsible - set(up[:-1]), frozenset(up[:-1]))
            if down is None:
                continue
            path = (*up, *down[1:])
            if len(set(path)) == len(path):
                paths.add((*path, activity_id))
    if not paths:
        for start in starts:
            for r in sorted(responsible, key=lambda n: gov.order.get(n, 0)):
                found = _shortest_path(gov, start, {r})
                if found is not None:
                    paths.add((*found, activity_id))
    return tuple(sorted(paths, key=lambda p: (len(p), p)))


def governance_cycles(plan: ActionPlan) -> tuple[tuple[str, ...], ...]:
    """Cycles in ``part_of`` / ``reports_to``, each rotated to start at its smallest id, sorted.

    Nothing may sit above itself (PK206). A validated plan has none, since loading rejects
    them; this finds them in plans assembled without validation (``model_construct``).

    The standard library's :mod:`graphlib` first checks that there is no cycle, which is the
    case in every plan that loaded; only when there is one is networkx imported (a tenth of a
    second at start-up, issue 20) to list them.
    """
    above: dict[str, list[str]] = {}
    for a in plan.actors:
        if a.part_of is not None:
            above.setdefault(a.id, []).append(a.part_of)
    for b in plan.bodies:
        for up in (b.part_of, b.reports_to):
            if up is not None:
                above.setdefault(b.id, []).append(up)
    try:
        graphlib.TopologicalSorter(above).prepare()
    except graphlib.CycleError:
        pass
    else:
        return ()
    import networkx as nx

    graph: nx.DiGraph[str] = nx.DiGraph()
    for node, ups in above.items():
        for up in ups:
            graph.add_edge(node, up)
    cycles: set[tuple[str, ...]] = set()
    for component in nx.strongly_connected_components(graph):
        if len(component) == 1:
            (only,) = component
            if graph.has_edge(only, only):
                cycles.add((only,))
            continue
        for cycle in nx.simple_cycles(graph.subgraph(component)):
            i = cycle.index(min(cycle))
            cycles.add(tuple(cycle[i:] + cycle[:i]))
    return tuple(sorted(cycles, key=lambda c: (len(c), c)))
