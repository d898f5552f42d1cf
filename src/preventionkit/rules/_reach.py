"""Whom the activities of a plan reach: the one derivation the readiness rules PK503–PK505 read.

An activity reaches a target group when it names the group in ``target_groups``, or when the
programme it delivers does (the catalogue's ``target_groups``, or a programme kind such as
training). Cancelled activities reach no one.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass

from ..messages import Param
from ..vocab import ActivityStatus, ProgrammeKind, TargetGroup
from ._verdict import verdict
from .context import RuleContext
from .rule import Hit

__all__ = ["Reach", "reach", "unreached"]


@dataclass(frozen=True, slots=True)
class Reach:
    """Whether some activity reaches the groups asked about (``by``: the first such activity's
    path), and, when none does, the facts the plan leaves unstated that could change that."""

    by: str | None
    unstated: tuple[str, ...]

    @property
    def reached(self) -> bool:
        """Whether an activity of the plan reaches the groups."""
        return self.by is not None


def reach(
    ctx: RuleContext,
    groups: Collection[TargetGroup],
    kinds: Collection[ProgrammeKind] = (),
) -> Reach:
    """Whether an activity of the plan reaches one of ``groups`` (directly or through its
    programme), or delivers a programme of one of ``kinds``. When none does, ``unstated``
    names the activities whose target groups the plan leaves out (or ``activities`` itself)."""
    plan = ctx.plan
    if plan.knows("activities") == "unstated":
        return Reach(None, ("activities",))
    left_out: list[str] = []
    for i, activity in enumerate(plan.activities):
        if activity.status is ActivityStatus.CANCELLED:
            continue
        path = f"activities[{i}]"
        if any(g in groups for g in activity.target_groups):
            return Reach(path, ())
        programme = ctx.programme(activity.programme) if activity.programme else None
        if programme is not None:
            if any(g in groups for g in getattr(programme, "target_groups", ())):
                return Reach(path, ())
            if getattr(programme, "kind", None) in kinds:
                return Reach(path, ())
        if not activity.target_groups and ctx.unstated(f"{path}.target_groups"):
            left_out.append(f"{path}.target_groups")
    if "activities" in plan.incomplete:
        left_out.append("activities")  # the activities the file leaves out may reach them
    return Reach(None, tuple(left_out))


def unreached(
    ctx: RuleContext,
    groups: Collection[TargetGroup],
    kinds: Collection[ProgrammeKind] = (),
    **params: Param,
) -> Iterator[Hit]:
    """The one verdict of PK503–PK505: nothing when an activity reaches ``groups`` (or delivers
    a programme of ``kinds``), a question when the plan leaves out what could reach them, else
    the rule's finding, at ``activities``; ``params`` go to the message and hint (e.g. the
    hint's example)."""
    found = reach(ctx, groups, kinds)
    yield from verdict("activities", found.reached, found.unstated, **params)
