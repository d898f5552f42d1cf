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

from collections import deque

from ..model import ActionPlan, upward_cycles
from ..model.dates import AsOf
from ._governance import Governance, governance

__all__ = [
    "chain_roots",
    "chain_to",
    "governance_cycles",
    "in_chain",
    "mandate_holders",
    "unreachable_activities",
]


def mandate_holders(plan: ActionPlan, as_of: AsOf = None) -> tuple[str, ...]:
    """Ids of the bodies and actors holding a mandate to lead the strategic work.

    A mandate counts when it leads (``leads: true``), rests on a formal decision taken by
    ``as_of`` (002 §1.6: without formal decisions no resources are set aside), is in force on
    ``as_of`` and its holder exists that day. Ids come in the order of ``plan.mandates``.
    """
    return governance(plan, as_of).holders


def chain_roots(plan: ActionPlan, as_of: AsOf = None) -> tuple[str, ...]:
    """The political top of the chain: the actor or body that took the decision adopting the
    plan, and the grantors of the mandates counted by :func:`mandate_holders`.

    Political bodies (council, executive board, committee, government, political steering
    group; 002 §1.8) come first; otherwise the adopting decision-maker first, then grantors in
    mandate order.
    """
    return governance(plan, as_of).roots


def in_chain(plan: ActionPlan, as_of: AsOf = None) -> frozenset[str]:
    """Ids of the actors and bodies reachable along authority edges from the top of the chain,
    which is included: the chain roots, the plan's owner and the mandate holders (see
    :data:`AUTHORITY_EDGES`).

    An activity whose responsible actor is not in this set is carried by someone the chain of
    governance does not reach (PK204).
    """
    return governance(plan, as_of).in_chain


def unreachable_activities(plan: ActionPlan, as_of: AsOf = None) -> tuple[str, ...]:
    """Ids of activities none of whose responsible actors is :func:`in_chain`, in plan order.

    An activity with no responsible actor at all is included: nothing links it to the chain.
    """
    return governance(plan, as_of).unreachable


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


def chain_to(plan: ActionPlan, activity_id: str, as_of: AsOf = None) -> tuple[tuple[str, ...], ...]:
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
    them; this finds them in plans assembled without validation (``model_construct``). The
    search is the one loading uses (:func:`preventionkit.model._index.upward_cycles`): one
    depth-first pass that reports each loop closed by an edge, not every elementary cycle of
    a tangle (those can be exponentially many).
    """
    cycles: set[tuple[str, ...]] = set()
    for found, _loc in upward_cycles(plan):
        cycle = found[:-1]
        i = cycle.index(min(cycle))
        cycles.add(tuple(cycle[i:] + cycle[:i]))
    return tuple(sorted(cycles, key=lambda c: (len(c), c)))
