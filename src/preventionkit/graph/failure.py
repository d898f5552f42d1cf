"""Single points of failure and the bus factor of the chain of governance (002 §1.5, §1.8;
004 "Utveckling från person till funktion").

Work "driven by a single coordinator who sits on most assignments without a real mandate" is
fragile (002 §1.5). This module finds the actors, bodies, decisions and links whose loss would
cut activities off from the chain of governance: in graph terms, the dominators of the
activities in the authority flow that starts at the chain's sources (the political top and the
mandate holders; the directed counterpart of articulation points and bridges). Functions held
by one person, or vacant, are named as such.

What may be lost (one rule, used by both :func:`bus_factor` and
:func:`single_points_of_failure`): every actor, body and decision of the chain and every link
between two of them, except what is being connected: the top of the chain (the roots and the
mandate holders) and an activity's own responsible actors. Functions count wherever they
stand, since a post held by people can fall vacant (004 "från person till funktion"); the plan
itself is never lost.

Everything here is computed from one dominator tree (:mod:`._dominators`, O(m log n)): a node
cuts an activity off exactly when it dominates all the activity's reached responsible actors,
that is when it is an ancestor of their lowest common dominator; a link ``u → v`` does when it
is the only way into ``v`` and ``v`` is such an ancestor. Sets of activities cut off are
contiguous ranges of one array sorted by Euler-tour time, so nothing per pair of node and
activity is ever stored (issue 21).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from ..messages import Message, Param, message, render
from ..model import ActionPlan
from ..model.dates import AsOf
from ..vocab import Lang
from ._dominators import DominatorTree, dominator_tree
from ._governance import Governance, governance, paused_gc
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
_SHOWN = 5


@dataclass(frozen=True, slots=True)
class SinglePointOfFailure:
    """A node or link whose loss cuts ``activities`` off from the chain of governance.

    ``node`` is the actor, body or decision concerned; for a ``bridge`` it is the one left
    without a link, and ``edge`` is ``(from, to)`` of that only link (``None`` otherwise).
    ``above`` are the sources of the chain (roots and mandate holders, in the chain's order)
    from which ``node`` is reached, and ``mandate_holders`` the mandate holders among them;
    ``holders`` is the number of people holding the post when ``node`` is a function;
    ``edge_kinds`` are the kinds of edge making up a bridge (see
    :data:`~preventionkit.graph.EDGE_KINDS`).

    The record is data: :attr:`key` and :meth:`params` name the message
    (``graph.spof.<reason>``) and its parameters, :meth:`to_dict` gives all of it ready for
    JSON; :meth:`message` is the whole explanation as a catalogue message and
    :meth:`explanation` renders it in any language.
    """

    node: str
    edge: tuple[str, str] | None
    reason: Reason
    activities: tuple[str, ...]
    mandate_holders: tuple[str, ...] = ()
    holders: int | None = None
    edge_kinds: tuple[str, ...] = ()
    names: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False, repr=False)
    above: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """The message key of the explanation: ``graph.spof.<reason>``."""
        return f"graph.spof.{self.reason}"

    def params(self) -> dict[str, Param]:
        """The parameters of the explanation: names as written in the plan (ids where the
        plan gives none), counts as ints: ``activities`` names the first five activities cut
        off, ``n`` counts them all and ``more`` those not named."""

        def names(ids: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(self.names.get(i, i) for i in ids)

        out: dict[str, Param] = {
            "node": self.node,
            "name": self.names.get(self.node, self.node),
            "activities": names(self.activities[:_SHOWN]),
            "n": len(self.activities),
            "more": max(len(self.activities) - _SHOWN, 0),
            "mandate_holders": names(self.mandate_holders),
            "above": names(self.above),
            "holds_mandate": int(self.node in self.mandate_holders),
        }
        if self.holders is not None:
            out["holders"] = self.holders
        if self.edge is not None:
            out["source"] = self.names.get(self.edge[0], self.edge[0])
            out["edge_kinds"] = self.edge_kinds
        return out

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: the key, the parameters and the fields of the record."""
        return {
            "key": self.key,
            "kind": self.reason,
            "node": self.node,
            "edge": list(self.edge) if self.edge is not None else None,
            "activities": list(self.activities),
            "above": list(self.above),
            "mandate_holders": list(self.mandate_holders),
            "holders": self.holders,
            "edge_kinds": list(self.edge_kinds),
        }

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
        as data (``graph.spof.<reason>``) rendered late in any language. With no mandate
        holder above it, the top of the chain stands in their place."""
        tops = tuple(self._name(h) for h in (self.mandate_holders or self.above))
        what = self._activities()
        if self.reason == "bridge":
            assert self.edge is not None
            kinds = tuple(EDGE_KINDS.get(k, k) for k in self.edge_kinds)
            reach = (
                message("graph.spof.no_longer_reach", n=len(tops), holders=tops)
                if self.mandate_holders
                else message("graph.spof.top.no_longer_reach", holders=tops)
            )
            return message(
                "graph.spof.bridge",
                n=len(self.activities),
                node=self._name(self.node),
                source=self._name(self.edge[0]),
                target=self.node,
                kinds=message("graph.spof.kinds", kinds=kinds) if kinds else "",
                who=reach,
                what=what,
            )
        if self.node in self.mandate_holders:
            link = message("graph.spof.link.holder", what=what)
        else:
            who = (
                message("graph.spof.holders", n=len(tops), holders=tops)
                if self.mandate_holders
                else message("graph.spof.top", holders=tops)
            )
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


# --- the analysis: one dominator tree, every answer read from it ---------------------------


@dataclass(slots=True)
class _Analysis:
    """Everything :func:`bus_factor` and :func:`single_points_of_failure` read, per plan and
    date. Node 0 is a virtual source linked to every source of the chain."""

    nodes: list[str]  # number -> node id ("" for the virtual source)
    number: dict[str, int]
    succ: list[list[int]]
    pred: list[list[int]]
    tree: DominatorTree
    candidate: list[bool]  # may be lost (before the activity's own ends are set aside)
    source: list[bool]  # the top of the chain (roots, mandate holders)
    function: list[bool]
    bridge: list[int]  # the only way into a node: its number, or -1
    has_cut: list[bool]  # some candidate or bridge-headed node dominates this one
    lca: dict[str, int]  # activity -> lowest common dominator of its reached responsible
    own: dict[str, bool]  # activity -> its lca is one of its own non-function responsible
    uncuttable: frozenset[str]  # activities carried out by the top of the chain itself
    order: list[str]  # activities with a cut set, by (tin of lca, own first, plan order)
    times: list[int]  # tin of the lca of each activity in ``order``
    own_count: dict[int, int]  # node -> activities whose lca is it and which it carries


def _analysis(gov: Governance) -> _Analysis:
    found = gov.memo.get("failure")
    if found is None:
        with paused_gc():
            found = gov.memo["failure"] = _analyse(gov)
    assert isinstance(found, _Analysis)
    return found


def _analyse(gov: Governance) -> _Analysis:
    plan = gov.plan
    reach = gov.reach
    nodes = [""]
    number: dict[str, int] = {}
    for node in gov.order:
        if node in reach:
            number[node] = len(nodes)
            nodes.append(node)
    n = len(nodes)
    succ: list[list[int]] = [[] for _ in range(n)]
    pred: list[list[int]] = [[] for _ in range(n)]
    sources = [number[s] for s in gov.sources if s in number]
    succ[0] = sources
    for s in sources:
        pred[s].append(0)
    for u, below in gov.succ.items():
        i = number.get(u)
        if i is None:
            continue
        for w in below:
            j = number.get(w)
            if j is not None:
                succ[i].append(j)
                pred[j].append(i)
    tree = dominator_tree(succ)
    top = set(sources)
    functions = {a.id for a in plan.actors if a.is_function}
    the_plan = plan_node(plan)
    source = [i in top for i in range(n)]
    function = [nodes[i] in functions for i in range(n)]
    candidate = [
        i > 0 and nodes[i] != the_plan and (function[i] or not source[i]) for i in range(n)
    ]
    bridge = [-1] * n
    dominates = tree.dominates
    for v in range(1, n):
        entry = -1
        count = 0
        for p in pred[v]:  # distinct: the chain keeps one link per pair of nodes
            if p != v and not dominates(v, p):
                count += 1
                entry = p
        if count == 1 and entry > 0:
            bridge[v] = entry
    has_cut = [False] * n
    idom = tree.idom
    for v in tree.preorder[1:]:
        has_cut[v] = candidate[v] or bridge[v] >= 0 or has_cut[idom[v]]
    lca: dict[str, int] = {}
    own: dict[str, bool] = {}
    uncuttable: set[str] = set()
    keyed: list[tuple[int, int, int, str]] = []
    own_count: dict[int, int] = {}
    tin = tree.tin
    # What follows depends on an activity's responsible actors only, and activities share a
    # few dozen sets of them: each set is worked out once (issue 20, a third of the analysis
    # at 200 activities).
    by_ends: dict[tuple[str, ...], tuple[int, bool] | None] = {}
    for position, act in enumerate(plan.activities):
        responsible = act.responsible
        if responsible in by_ends:
            known = by_ends[responsible]
        else:
            known = by_ends[responsible] = _ends(responsible, number, source, function, tree)
        if known is None:
            continue
        low, mine = known
        if low < 0:
            uncuttable.add(act.id)
            continue
        lca[act.id] = low
        own[act.id] = mine
        if low > 0:
            keyed.append((tin[low], 0 if mine else 1, position, act.id))
            if mine:
                own_count[low] = own_count.get(low, 0) + 1
    keyed.sort()
    return _Analysis(
        nodes=nodes,
        number=number,
        succ=succ,
        pred=pred,
        tree=tree,
        candidate=candidate,
        source=source,
        function=function,
        bridge=bridge,
        has_cut=has_cut,
        lca=lca,
        own=own,
        uncuttable=frozenset(uncuttable),
        order=[k[3] for k in keyed],
        times=[k[0] for k in keyed],
        own_count=own_count,
    )


def _ends(
    responsible: tuple[str, ...],
    number: dict[str, int],
    source: list[bool],
    function: list[bool],
    tree: DominatorTree,
) -> tuple[int, bool] | None:
    """For an activity with these ``responsible`` actors: None when the chain reaches none of
    them; ``(-1, False)`` when one is the top of the chain itself (nothing can cut it off);
    else their lowest common dominator and whether it is one of them, not a function."""
    ends = [number[r] for r in dict.fromkeys(responsible) if r in number]
    if not ends:
        return None
    if any(source[t] and not function[t] for t in ends):
        return (-1, False)
    low = tree.lca(ends)
    return (low, low in ends and not function[low])


def _cut_off(plan: ActionPlan, a: _Analysis, v: int, *, link: bool) -> list[str]:
    """The activities cut off by losing node ``v`` (or, with ``link``, the only link into it),
    in plan order."""
    tree = a.tree
    start = bisect_left(a.times, tree.tin[v])
    end = bisect_left(a.times, tree.tout[v], lo=start)
    if not link:
        start += a.own_count.get(v, 0)
    found = a.order[start:end]
    if len(found) > 1:
        position = plan.index.path_of
        found.sort(key=lambda id: int(position[id][11:-1]))
    return found


def _above(gov: Governance, a: _Analysis, wanted: list[int]) -> dict[int, tuple[str, ...]]:
    """For each node of ``wanted``, the sources of the chain it is reached from.

    One search per source when there are few (at most :data:`_MANY_SOURCES`); with more, only
    the source that every path passes, if any, so the cost stays linear.
    """
    sources = a.succ[0]
    out: dict[int, tuple[str, ...]] = {}
    if len(sources) <= _MANY_SOURCES:
        masks = [0] * len(a.nodes)
        for bit, s in enumerate(sources):
            flag = 1 << bit
            masks[s] |= flag
            queue = deque([s])
            while queue:
                u = queue.popleft()
                for w in a.succ[u]:
                    if not masks[w] & flag:
                        masks[w] |= flag
                        queue.append(w)
        for v in wanted:
            out[v] = tuple(a.nodes[s] for bit, s in enumerate(sources) if masks[v] >> bit & 1)
        return out
    idom = a.tree.idom
    for v in wanted:
        top = v
        while idom[top] != 0:
            top = idom[top]
        out[v] = (a.nodes[top],) if a.source[top] else ()
    return out


_MANY_SOURCES = 32


def _names(
    plan: ActionPlan, ids: list[str], activities: list[str], known: dict[str, str]
) -> dict[str, str]:
    """Names for the explanation: the ids given and the activities it shows (each looked up
    once per call of :func:`single_points_of_failure`, in ``known``)."""
    out: dict[str, str] = {}
    for i in dict.fromkeys([*ids, *activities[:_SHOWN]]):
        name = known.get(i)
        if name is None:
            name = known[i] = plan.title if i == plan_node(plan) else plan.name_of(i)
        out[i] = name
    return out


def single_points_of_failure(
    plan: ActionPlan, as_of: AsOf = None
) -> tuple[SinglePointOfFailure, ...]:
    """Every actor, body, decision and link whose loss cuts activities off from the chain.

    What may be lost is the same as for :func:`bus_factor`; the reasons (002 §1.5, §1.8; 004):

    * ``vacancy``: a function vacant on ``as_of`` that every path to some activity passes;
    * ``single_holder``: likewise, a function with ``holders: 1``;
    * ``articulation_point``: any other actor, body or decision every such path passes (the
      top of the chain and an activity's own responsible actors are not counted for it);
    * ``bridge``: the only link ``(from, to)`` into a node, when its loss cuts off activities
      that the loss of the node itself would not (the node is an end, or cannot be lost).

    A node is listed exactly when losing it drops the bus factor of some activity to 0, and
    ``activities`` lists exactly those activities (plan order); likewise for each link.
    Sorted by reason (vacancy first), number of activities cut off (most first), then id.
    """
    gov = governance(plan, as_of)
    a = _analysis(gov)
    functions = {x.id: x for x in plan.actors if x.is_function}
    pending: list[tuple[int, Reason, int, list[str]]] = []
    for v in a.tree.preorder[1:]:
        node_cut: list[str] = []
        if a.candidate[v]:
            node_cut = _cut_off(plan, a, v, link=False)
            if node_cut:
                id = a.nodes[v]
                function = functions.get(id)
                reason: Reason = "articulation_point"
                if id in gov.vacant:
                    reason = "vacancy"
                elif function is not None and function.holders == 1:
                    reason = "single_holder"
                pending.append((v, reason, -1, node_cut))
        if a.bridge[v] >= 0:
            if node_cut and not a.own_count.get(v, 0):
                continue  # losing the node cuts off the same activities
            link_cut = _cut_off(plan, a, v, link=True)
            if link_cut:
                pending.append((v, "bridge", a.bridge[v], link_cut))
    above = _above(gov, a, list(dict.fromkeys(v for v, *_ in pending)))
    holders = set(gov.holders)
    found: list[SinglePointOfFailure] = []
    known: dict[str, str] = {}
    for v, reason, parent, cut in pending:
        id = a.nodes[v]
        tops = above[v]
        leading = tuple(t for t in tops if t in holders)
        if reason == "bridge":
            source = a.nodes[parent]
            found.append(
                SinglePointOfFailure(
                    node=id,
                    edge=(source, id),
                    reason="bridge",
                    edge_kinds=tuple(k.value for k in gov.links.get((source, id), ())),
                    activities=tuple(cut),
                    mandate_holders=leading,
                    above=tops,
                    names=_names(plan, [id, source, *tops], cut, known),
                )
            )
            continue
        function = functions.get(id)
        found.append(
            SinglePointOfFailure(
                node=id,
                edge=None,
                reason=reason,
                activities=tuple(cut),
                mandate_holders=leading,
                above=tops,
                holders=function.holders if function is not None else None,
                names=_names(plan, [id, *tops], cut, known),
            )
        )
    found.sort(key=lambda s: (_REASON_ORDER[s.reason], -len(s.activities), s.node, s.edge or ()))
    return tuple(found)


_INF = 1 << 30
_S, _T = -1, -2


def _min_cut(a: _Analysis, targets: list[int]) -> int:
    """The fewest losses (nodes that may be lost, and links) that leave none of ``targets``
    reachable from the sources: a unit-capacity maximum flow on the ancestors of the targets,
    every node split in two (node ``i`` enters at ``2i`` and leaves at ``2i + 1``)."""
    local: dict[int, int] = {t: k for k, t in enumerate(targets)}
    queue = deque(t for t in targets if not a.source[t])
    pred = a.pred
    while queue:  # the ancestors of the targets, up to the sources of the chain
        cur = queue.popleft()
        for p in pred[cur]:
            if p > 0 and p not in local:
                local[p] = len(local)
                if not a.source[p]:
                    queue.append(p)
    ends = set(targets)
    cap: dict[int, dict[int, int]] = {_S: {}, _T: {}}
    for v, k in local.items():
        removable = a.candidate[v] and (v not in ends or a.function[v])
        cap.setdefault(2 * k, {})[2 * k + 1] = 1 if removable else _INF
        cap.setdefault(2 * k + 1, {}).setdefault(2 * k, 0)
    for v, k in local.items():
        into = cap[2 * k]
        for u in pred[v]:
            if u == 0 or a.source[v]:
                cap[_S][2 * k] = _INF
                into[_S] = 0
                if u == 0:
                    continue
            j = local.get(u, -1)
            if j >= 0 and u != v:
                cap[2 * j + 1][2 * k] = 1
                into[2 * j + 1] = 0
    for t in targets:
        k = local[t]
        cap[2 * k + 1][_T] = _INF
        cap[_T][2 * k + 1] = 0
    # Cutting each target off on its own (its links in, or itself when it may be lost) is a
    # cut: the flow never exceeds it, so stop when it is met instead of searching once more.
    bound = 0
    for t in targets:
        cost = _INF if a.source[t] else sum(1 for u in pred[t] if u > 0 and u not in ends)
        if a.candidate[t] and a.function[t]:
            cost = min(cost, 1)
        bound += cost
    flow = 0
    while flow < bound:
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
    return flow


def bus_factor(plan: ActionPlan, as_of: AsOf = None) -> dict[str, int | None]:
    """For every activity, the fewest losses that cut it off from the chain of governance.

    What can be lost (002 §1.5, §1.8; 004 "från person till funktion"): every actor, body and
    decision between the top of the chain (its roots and mandate holders) and the activity's
    responsible actors, every link between two of them (all edges from one node to another
    count as one link), and functions wherever they stand, since a post held by people can fall
    vacant. The top of the chain and the responsible actors themselves are what is being
    connected and are not counted.

    0 means the chain does not reach the activity (it is in
    :func:`~preventionkit.graph.unreachable_activities`); 1 means it hangs on a single point of
    failure (one of :func:`single_points_of_failure` lists it); ``None`` means no loss can cut
    it off, because the top of the chain carries it out itself (e.g. an executive board that
    both owns the plan and drafts a policy). Keys follow plan order.
    """
    gov = governance(plan, as_of)
    a = _analysis(gov)
    with paused_gc():
        return _bus_factor(plan, a)


def _bus_factor(plan: ActionPlan, a: _Analysis) -> dict[str, int | None]:
    out: dict[str, int | None] = {}
    by_group: dict[tuple[object, ...], int] = {}
    idom = a.tree.idom
    number = a.number
    for act in plan.activities:
        id = act.id
        if id in a.uncuttable:
            out[id] = None
            continue
        low = a.lca.get(id)
        if low is None:
            out[id] = 0
            continue
        if low > 0 and (
            a.bridge[low] >= 0
            or (a.candidate[low] and not a.own[id])
            or (idom[low] > 0 and a.has_cut[idom[low]])
        ):
            out[id] = 1
            continue
        targets = sorted({number[r] for r in act.responsible if r in number})
        key = _shape(a, targets)
        value = by_group.get(key)
        if value is None:
            value = by_group[key] = _min_cut(a, targets)
        out[id] = value
    return out


def _shape(a: _Analysis, targets: list[int]) -> tuple[object, ...]:
    """What :func:`_min_cut` of ``targets`` depends on: the targets themselves, or, when none
    is at the top of the chain and none stands above another, only whether each may be lost
    and which nodes lead into it, since the flow network is then built from those alone. Many
    activities carried by different actors of the same groups share one maximum flow (issue
    21: 100,000 members of five groups each)."""
    pred = a.pred
    if any(a.source[t] for t in targets):
        return ("nodes", *targets)
    into = [tuple(sorted(pred[t])) for t in targets]
    ends = set(targets)
    if any(u in ends for ps in into for u in ps):
        return ("nodes", *targets)
    lost = [a.candidate[t] and a.function[t] for t in targets]
    return ("shape", *sorted(zip(lost, into, strict=True)))
