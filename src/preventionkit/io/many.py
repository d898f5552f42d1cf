"""Plans above, below and beside each other, loaded as one object graph (format 2,
``related``): a regional strategy with its members' plans, a strategy with its annual action
plans, a plan with its predecessor.

A link names the other plan by id and may give its file (``path``, relative to the linking
file). Links to files are followed; a link without a file points at a plan that is not
encoded, which is allowed. A link to a file that holds another plan, a duplicate plan id and a
plan that sits above itself are located errors, like their counterparts inside one plan.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from ..errors import IssueKind, LoadIssue, PlanLoadError
from ..messages import Message
from ..messages import message as msg
from ..model import ActionPlan
from ..vocab import PlanRelation
from ._load import load
from ._source import parse_path, source_of

__all__ = ["MAX_PLANS", "PlanLinkRef", "PlanSet", "load_many"]

MAX_PLANS = 1000
"""At most this many plan files are read by one :func:`load_many` (links included)."""

_UP = {PlanRelation.PARENT: True, PlanRelation.CHILD: False}


@dataclass(frozen=True, slots=True)
class PlanLinkRef:
    """One link between two loaded plans: ``source`` says ``target`` is its ``relation``."""

    source: str
    relation: PlanRelation
    target: str


@dataclass(frozen=True)
class PlanSet:
    """Several plans and the links between them; plans keyed by id, in the order read."""

    plans: Mapping[str, ActionPlan] = field(default_factory=lambda: MappingProxyType({}))
    links: tuple[PlanLinkRef, ...] = ()

    def __iter__(self) -> Iterator[ActionPlan]:
        return iter(self.plans.values())

    def __len__(self) -> int:
        return len(self.plans)

    def parents_of(self, plan_id: str) -> tuple[str, ...]:
        """The ids of the plans ``plan_id`` sits under (either side may state the link)."""
        return self._related(plan_id, up=True)

    def children_of(self, plan_id: str) -> tuple[str, ...]:
        """The ids of the plans that sit under ``plan_id``."""
        return self._related(plan_id, up=False)

    def _related(self, plan_id: str, *, up: bool) -> tuple[str, ...]:
        """Plans above (``up``) or below ``plan_id``: links it states, then links the other
        plan states the other way round."""
        stated = [
            link.target
            for link in self.links
            if link.source == plan_id and _UP.get(link.relation) is up
        ]
        mirrored = [
            link.source
            for link in self.links
            if link.target == plan_id and _UP.get(link.relation) is (not up)
        ]
        return _unique(stated + mirrored)


def _unique(ids: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(ids))


def _issue(
    plan: ActionPlan, path: str, kind: IssueKind, message: Message, hint: Message
) -> LoadIssue:
    source = source_of(plan)
    line = column = None
    if source is not None:
        pos = source.locate(parse_path(path))
        if pos is not None:
            line, column = pos
    return LoadIssue(
        kind=kind,
        message=message,
        file=source.file if source is not None else None,
        line=line,
        column=column,
        path=path,
        hint=hint,
    )


def _linked_file(base: Path, link_path: str) -> Path | None:
    """The file a link names, relative to the linking file; None for an absolute path or a
    URL, which are refused (loading never fetches anything)."""
    if "://" in link_path or os.path.isabs(link_path):
        return None
    return (base.parent / link_path).resolve()


def load_many(paths: Iterable[str | os.PathLike[str]]) -> PlanSet:
    """Load plan files and every plan their ``related`` links name by file, as one
    :class:`PlanSet`. Raises :class:`~preventionkit.errors.PlanLoadError` listing every
    problem: the files' own errors, links to missing files or to a file holding another
    plan, duplicate plan ids, and plans above themselves through parent/child links."""
    queue = [Path(p).resolve() for p in paths]
    read: dict[Path, ActionPlan | None] = {}
    followed: list[tuple[ActionPlan, int, Path]] = []
    issues: list[LoadIssue] = []
    plans: dict[str, ActionPlan] = {}
    links: list[PlanLinkRef] = []
    while queue:
        path = queue.pop(0)
        if path in read:
            continue
        if len(read) >= MAX_PLANS:
            issues.append(
                LoadIssue("too_large", msg("load.too_many_plans", limit=MAX_PLANS), str(path))
            )
            break
        try:
            plan: ActionPlan | None = load(path)
        except PlanLoadError as exc:
            issues.extend(exc.issues)
            plan = None
        read[path] = plan
        if plan is None:
            continue
        if plan.id in plans:
            message = msg("load.many.duplicate_id", id=plan.id)
            hint = msg("load.many.duplicate_id.hint")
            issues.append(_issue(plan, "id", "duplicate_id", message, hint))
            continue
        plans[plan.id] = plan
        for i, link in enumerate(plan.related):
            links.append(PlanLinkRef(plan.id, link.relation, link.plan))
            if link.path is None:
                continue
            target = _linked_file(path, link.path)
            if target is None:
                message = msg("load.many.not_relative", path=link.path)
                hint = msg("load.many.not_relative.hint")
                issues.append(_issue(plan, f"related[{i}].path", "invalid_value", message, hint))
            elif not target.is_file():
                message = msg("load.many.no_file", path=link.path)
                hint = msg("load.many.no_file.hint")
                issues.append(
                    _issue(plan, f"related[{i}].path", "dangling_reference", message, hint)
                )
            else:
                followed.append((plan, i, target))
                queue.append(target)
    for plan, i, target in followed:
        link = plan.related[i]
        found = read.get(target)
        if found is not None and found.id != link.plan:
            message = msg("load.many.other_plan", path=link.path, found=found.id, wanted=link.plan)
            issues.append(
                _issue(
                    plan,
                    f"related[{i}].plan",
                    "dangling_reference",
                    message,
                    msg("load.did_you_mean", name=found.id),
                )
            )
    result = PlanSet(MappingProxyType(plans), tuple(links))
    issues.extend(_hierarchy_cycles(result))
    if issues:
        raise PlanLoadError(issues)
    return result


def _hierarchy_cycles(plans: PlanSet) -> Iterator[LoadIssue]:
    """A plan that sits above itself through parent/child links."""
    reported: set[frozenset[str]] = set()
    for start in plans.plans:
        trail = [start]
        stack = [(start, iter(plans.parents_of(start)))]
        on_trail = {start}
        while stack:
            node, ups = stack[-1]
            nxt = next(ups, None)
            if nxt is None:
                stack.pop()
                on_trail.discard(trail.pop())
                continue
            if nxt in on_trail:
                cycle = [*trail[trail.index(nxt) :], nxt]
                key = frozenset(cycle)
                if key not in reported:
                    reported.add(key)
                    plan = plans.plans[node]
                    index = next((i for i, r in enumerate(plan.related) if r.plan == nxt), 0)
                    yield _issue(
                        plan,
                        f"related[{index}].plan",
                        "cycle",
                        msg("load.many.cycle", plan=node, cycle=" → ".join(cycle)),
                        msg("load.many.cycle.hint"),
                    )
                continue
            if nxt in plans.plans:
                trail.append(nxt)
                on_trail.add(nxt)
                stack.append((nxt, iter(plans.parents_of(nxt))))
