"""Single points of failure and the bus factor of the chain of governance (002 §1.5, §1.8;
004 "Utveckling från person till funktion").

Work "driven by a single coordinator who sits on most assignments without a real mandate" is
fragile (002 §1.5). This module finds the actors, bodies and links whose loss would cut
activities off from every mandate holder: in graph terms, the dominators of the activities in
the authority flow that starts at the mandate holders (the directed counterpart of articulation
points and bridges). Functions held by one person, or vacant, are named as such.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Literal

from ..messages import Message, message, render
from ..model import ActionPlan
from ..vocab import Lang
from ._governance import Governance, governance
from ._relations import plan_node
from .edges import EDGE_KINDS

__all__ = ["Reason", "SinglePointOfFailure", "bus_factor", "single_points_of_failure"]

Reason = Literal["articulation_point", "bridge", "single_holder", "vacancy"]
"""Why something is a single point of failure: a vacant function, a function with one holder,
an actor or body that is the only link (articulation point), or a single link (bridge)."""

_REASON_ORDER: dict[str, int] = {
    "vacancy": 0,
    "single_holder": 1,
    "articulation_point": 2,
    "bridge": 3,
}
_SOURCE = "\x00mandate-holders"
_SHOWN = 5


@dataclass(frozen=True, slots=True)
class SinglePointOfFailure:
    """A node or link whose loss cuts ``activities`` off from every mandate holder.

    ``node`` is the actor or body concerned; for a ``bridge`` it is the one left without a
    link, and ``edge`` is ``(from, to)`` of that only link (``None`` otherwise).
    ``mandate_holders`` are the holders the activities are cut off from; ``holders`` is the
    number of people holding the post when ``node`` is a function; ``edge_kinds`` are the
    kinds of edge making up a bridge (see :data:`~preventionkit.graph.EDGE_KINDS`).
    """

    node: str
    edge: tuple[str, str] | None
    reason: Reason
    activities: tuple[str, ...]
    mandate_holders: tuple[str, ...] = ()
    holders: int | None = None
    edge_kinds: tuple[str, ...] = ()
    names: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False, repr=False)

    def _name(self, id: str) -> str:
        name = self.names.get(id, id)
        return name if name == id else f"{name} ({id})"

    def _activities(self) -> Message:
        shown: list[Message] = [
            message("quoted", text=self.names.get(i, i)) for i in self.activities[:_SHOWN]
        ]
        rest = len(self.activities) - len(shown)
        if rest:
            shown.append(message("graph.spof.more", n=rest))
        return message("graph.spof.activities", n=len(self.activities), names=tuple(shown))

    def message(self) -> Message:
        """What it is, why it is a single point of failure and which activities it cuts off,
        as data (``graph.spof.<reason>``) rendered late in any language."""
        holders = tuple(self._name(h) for h in self.mandate_holders)
        what = self._activities()
        if self.reason == "bridge":
            assert self.edge is not None
            kinds = tuple(EDGE_KINDS.get(k, k) for k in self.edge_kinds)
            return message(
                "graph.spof.bridge",
                node=self._name(self.node),
                source=self._name(self.edge[0]),
                target=self.node,
                kinds=message("graph.spof.kinds", kinds=kinds) if kinds else "",
                who=message("graph.spof.no_longer_reach", n=len(holders), holders=holders),
                what=what,
            )
        if self.node in self.mandate_holders:
            link = message("graph.spof.link.holder", what=what)
        else:
            who = message("graph.spof.holders", n=len(holders), holders=holders)
            link = message("graph.spof.link.between", who=who, what=what)
        return message(
            f"graph.spof.{self.reason}",
            n=len(self.activities),
            node=self._name(self.node),
            link=link,
        )

    def explanation(self, lang: Lang | None = None) -> str:
        """:meth:`message` as text in ``lang`` (the library default when None)."""
        return render(self.message(), lang)


@dataclass(slots=True)
class _Cuts:
    """Dominators of the authority flow from the mandate holders, and what they cut off."""

    reach: set[str]
    dominators: dict[str, tuple[str, ...]]  # node -> its dominators, itself first, source excluded
    groups: dict[tuple[str, ...], list[str]]  # reachable responsible set -> activity ids
    cut_by: dict[str, list[tuple[str, ...]]]  # node -> groups it cuts off
    cut_for_others: dict[str, list[tuple[str, ...]]]  # the same, without groups the node is in
    holder_reach: dict[str, set[str]] | None  # per mandate holder, what it reaches (few holders)


def _immediate_dominators(gov: Governance, reach: set[str]) -> dict[str, str]:
    """Immediate dominators from a virtual source linked to every mandate holder (Cooper,
    Harvey and Kennedy's iterative algorithm on the reverse postorder)."""
    succ = gov.succ
    holders = [h for h in gov.holders if h in reach]
    # Iterative depth-first search for the postorder.
    post: list[str] = []
    seen: set[str] = {_SOURCE}
    stack: list[tuple[str, Iterator[str]]] = [(_SOURCE, iter(holders))]
    while stack:
        node, children = stack[-1]
        for child in children:
            if child not in seen:
                seen.add(child)
                stack.append((child, iter(succ.get(child, ()))))
                break
        else:
            post.append(node)
            stack.pop()
    number = {n: i for i, n in enumerate(post)}
    preds: dict[str, list[str]] = {h: [_SOURCE] for h in holders}
    for u in post:
        for v in succ.get(u, ()):
            preds.setdefault(v, []).append(u)
    idom: dict[str, str] = {_SOURCE: _SOURCE}
    order = post[-2::-1]  # reverse postorder without the source
    changed = True
    while changed:
        changed = False
        for node in order:
            new: str | None = None
            for p in preds.get(node, ()):
                if p not in idom:
                    continue
                if new is None:
                    new = p
                    continue
                a, b = p, new
                while a != b:
                    while number[a] < number[b]:
                        a = idom[a]
                    while number[b] < number[a]:
                        b = idom[b]
                new = a
            if new is not None and idom.get(node) != new:
                idom[node] = new
                changed = True
    return idom


def _dominator_chains(gov: Governance, reach: set[str]) -> dict[str, tuple[str, ...]]:
    idom = _immediate_dominators(gov, reach)
    chains: dict[str, tuple[str, ...]] = {}
    for node in reach:
        trail: list[str] = []
        cur = node
        while cur != _SOURCE and cur not in chains:
            trail.append(cur)
            cur = idom[cur]
        tail = chains.get(cur, ())
        for i in range(len(trail) - 1, -1, -1):
            tail = (trail[i], *tail)
            chains[trail[i]] = tail
    return chains


def _cuts(gov: Governance) -> _Cuts:
    cached = gov.memo.get("cuts")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    result = _compute_cuts(gov)
    gov.memo["cuts"] = result
    return result


_MANY_HOLDERS = 32


def _compute_cuts(gov: Governance) -> _Cuts:
    reach = gov.reachable(gov.holders)
    chains = _dominator_chains(gov, reach)
    groups: dict[tuple[str, ...], list[str]] = {}
    cut_by: dict[str, list[tuple[str, ...]]] = {}
    cut_for_others: dict[str, list[tuple[str, ...]]] = {}
    for act in gov.plan.activities:
        responsible = act.responsible
        key: tuple[str, ...]
        if len(responsible) == 1:
            key = responsible if responsible[0] in reach else ()
        else:
            key = tuple(dict.fromkeys(r for r in responsible if r in reach))
        if not key:
            continue
        acts = groups.get(key)
        if acts is None:
            acts = groups[key] = []
            common = set(chains[key[0]])
            for r in key[1:]:
                common.intersection_update(chains[r])
            for node in chains[key[0]]:
                if node in common:
                    cut_by.setdefault(node, []).append(key)
                    if node not in key:
                        cut_for_others.setdefault(node, []).append(key)
        acts.append(act.id)
    holder_reach = None
    if len(gov.holders) <= _MANY_HOLDERS:
        holder_reach = {h: gov.reachable([h]) for h in gov.holders}
    return _Cuts(reach, chains, groups, cut_by, cut_for_others, holder_reach)


def _activities(gov: Governance, cuts: _Cuts, keys: list[tuple[str, ...]]) -> list[str]:
    """The activities of the groups ``keys``, in plan order."""
    if len(keys) == 1:
        return cuts.groups[keys[0]]
    position = gov.memo.get("position")
    if position is None:
        position = gov.memo["position"] = {a.id: i for i, a in enumerate(gov.plan.activities)}
    return sorted((a for k in keys for a in cuts.groups[k]), key=position.__getitem__)


def _holders_above(gov: Governance, node: str, cuts: _Cuts) -> tuple[str, ...]:
    """The mandate holders from which ``node`` can be reached."""
    if cuts.holder_reach is not None:
        return tuple(h for h in gov.holders if node in cuts.holder_reach[h])
    seen = {node}
    queue = deque([node])
    while queue:
        cur = queue.popleft()
        for p in gov.pred.get(cur, ()):
            if p in cuts.reach and p not in seen:
                seen.add(p)
                queue.append(p)
    return tuple(h for h in gov.holders if h in seen)


def _names(plan: ActionPlan, ids: list[str], activities: list[str]) -> dict[str, str]:
    """Names for the explanation: the ids given and the activities it shows."""
    return {i: plan.name_of(i) for i in dict.fromkeys([*ids, *activities[:_SHOWN]])}


def single_points_of_failure(
    plan: ActionPlan, as_of: dt.date | None = None
) -> tuple[SinglePointOfFailure, ...]:
    """Every actor, body and link whose loss cuts activities off from every mandate holder.

    The rules (002 §1.5, §1.8; 004):

    * ``vacancy``: a function vacant on ``as_of`` through which every path to some activity
      runs (a vacant mandate holder counts when it is the only one reaching them);
    * ``single_holder``: likewise, a function with ``holders: 1``;
    * ``articulation_point``: another actor or body, not itself a mandate holder, that is the
      only link to activities carried out by others;
    * ``bridge``: the only link ``(from, to)`` into an actor or body that carries out
      activities, when that actor or body is not reported itself.

    Removing the node (or every edge of the link) really leaves the listed activities with no
    path from any mandate holder. Sorted by reason (vacancy first), number of activities cut
    off (most first), then id.
    """
    gov = governance(plan, as_of)
    cuts = _cuts(gov)
    functions = {a.id: a for a in plan.actors if a.is_function}
    found: list[SinglePointOfFailure] = []
    reported: set[str] = set()
    for node, cut in cuts.cut_by.items():
        keys = cut
        kind = plan.kind_of(node)
        if kind not in ("actor", "body"):
            continue
        function = functions.get(node)
        reason: Reason
        if node in gov.vacant:
            reason = "vacancy"
        elif function is not None and function.holders == 1:
            reason = "single_holder"
        elif node in gov.holders:
            continue
        else:
            keys = cuts.cut_for_others.get(node, [])
            if not keys:
                continue
            reason = "articulation_point"
        listed = _activities(gov, cuts, keys)
        above = _holders_above(gov, node, cuts)
        reported.add(node)
        found.append(
            SinglePointOfFailure(
                node=node,
                edge=None,
                reason=reason,
                activities=tuple(listed),
                mandate_holders=above,
                holders=function.holders if function is not None else None,
                names=_names(plan, [node, *above], listed),
            )
        )
    for node, keys in cuts.cut_by.items():
        if node in reported or node in gov.holders or plan.kind_of(node) not in ("actor", "body"):
            continue
        entries = _first_entries(gov, cuts, node)
        if len(entries) != 1:
            continue
        parent = entries[0]
        acts = _activities(gov, cuts, keys)
        above = _holders_above(gov, node, cuts)
        found.append(
            SinglePointOfFailure(
                node=node,
                edge=(parent, node),
                reason="bridge",
                edge_kinds=tuple(k.value for k in gov.links.get((parent, node), ())),
                activities=tuple(acts),
                mandate_holders=above,
                names=_names(plan, [node, parent, *above], acts),
            )
        )
    found.sort(key=lambda s: (_REASON_ORDER[s.reason], -len(s.activities), s.node, s.edge or ()))
    return tuple(found)


_INF = 1 << 30
_S, _T = -1, -2


def _removable(gov: Governance, node: str, targets: tuple[str, ...], functions: set[str]) -> bool:
    """Whether losing ``node`` counts towards the bus factor of activities done by ``targets``:
    functions always (a post can fall vacant, 004); the organisations and bodies at the two
    ends of the chain (mandate holders, the activity's own responsible actors) not, except a
    mandate holder that carries out the activity itself. The plan itself is not lost."""
    if node == plan_node(gov.plan):
        return False
    if node in functions:
        return True
    if node in targets:
        return node in gov.holders
    return node not in gov.holders


def _min_cut(
    gov: Governance, reach: set[str], targets: tuple[str, ...], functions: set[str]
) -> int:
    """The fewest nodes or links whose loss leaves none of ``targets`` reachable from a mandate
    holder: a unit-capacity maximum flow on the graph with every node split in two (node ``i``
    enters at ``2i`` and leaves at ``2i + 1``)."""
    number: dict[str, int] = {t: i for i, t in enumerate(targets)}
    queue = deque(targets)
    pred = gov.pred
    while queue:
        cur = queue.popleft()
        for p in pred.get(cur, ()):
            if p in reach and p not in number:
                number[p] = len(number)
                queue.append(p)
    cap: dict[int, dict[int, int]] = {_S: {}, _T: {}}
    for n, i in number.items():
        cap.setdefault(2 * i, {})[2 * i + 1] = 1 if _removable(gov, n, targets, functions) else _INF
        cap.setdefault(2 * i + 1, {}).setdefault(2 * i, 0)
    for (
        v,
        j,
    ) in number.items():  # arcs from the short predecessor lists, not the long successor ones
        into = cap[2 * j]
        for u in pred.get(v, ()):
            i = number.get(u, -1)
            if i >= 0 and u != v:
                cap[2 * i + 1][2 * j] = 1
                into[2 * i + 1] = 0
    for h in gov.holders:
        i = number.get(h, -1)
        if i >= 0:
            cap[_S][2 * i] = _INF
            cap[2 * i][_S] = 0
    for t in targets:
        i = number[t]
        cap[2 * i + 1][_T] = _INF
        cap[_T][2 * i + 1] = 0
    flow = 0
    while True:
        parent: dict[int, int] = {_S: _S}
        frontier = deque([_S])
        while frontier and _T not in parent:
            here = frontier.popleft()
            for there, left in cap[here].items():
                if left > 0 and there not in parent:
                    parent[there] = here
                    frontier.append(there)
        if _T not in parent:
            return flow
        step = _T
        while step != _S:
            back = parent[step]
            cap[back][step] -= 1
            cap[step][back] += 1
            step = back
        flow += 1


def bus_factor(plan: ActionPlan, as_of: dt.date | None = None) -> dict[str, int]:
    """For every activity, the fewest losses that cut it off from every mandate holder.

    What can be lost (002 §1.5, §1.8; 004 "från person till funktion"): every actor, body and
    decision between the mandate holders and the activity's responsible actors, every link
    between two of them (all edges from one node to another count as one link), and functions
    wherever they stand, since a post held by people can fall vacant. The organisations and
    bodies at the two ends are what is being connected and are not counted, except a mandate
    holder that carries out the activity itself.

    0 means no mandate holder reaches the activity now; 1 means it hangs on a single point of
    failure. Keys follow plan order.
    """
    gov = governance(plan, as_of)
    cuts = _cuts(gov)
    return _bus_factor(gov, cuts)


def _first_entries(gov: Governance, cuts: _Cuts, node: str) -> list[str]:
    """The predecessors through which a path from a mandate holder first reaches ``node``:
    those reachable without passing through it."""
    chains = cuts.dominators
    return [
        p
        for p in gov.pred.get(node, ())
        if p in cuts.reach and p != node and node not in chains.get(p, ())
    ]


def _group_bus_factor(
    gov: Governance, cuts: _Cuts, key: tuple[str, ...], functions: set[str]
) -> int:
    """The bus factor of activities whose reachable responsible actors are ``key``.

    Cheap cases first: a removable node or a single link that every path passes (1); an upper
    bound from cutting every link into the targets (a value of 2 once 1 is ruled out); the
    maximum flow otherwise.
    """
    common = set(cuts.dominators[key[0]])
    for r in key[1:]:
        common.intersection_update(cuts.dominators[r])
    if any(_removable(gov, n, key, functions) for n in common):
        return 1
    holders = set(gov.holders)
    if any(n not in holders and len(_first_entries(gov, cuts, n)) == 1 for n in common):
        return 1
    targets = set(key)
    links = {
        (p, r) for r in key for p in gov.pred.get(r, ()) if p in cuts.reach and p not in targets
    }
    bound = len(links) + len(targets & holders)
    if bound <= 2:
        return bound
    return _min_cut(gov, cuts.reach, key, functions)


def _bus_factor(gov: Governance, cuts: _Cuts) -> dict[str, int]:
    plan = gov.plan
    functions = {a.id for a in plan.actors if a.is_function}
    value_of: dict[str, int] = {}
    for key, acts in cuts.groups.items():
        value = _group_bus_factor(gov, cuts, key, functions)
        for a in acts:
            value_of[a] = value
    return {a.id: value_of.get(a.id, 0) for a in plan.activities}
