"""The results chain of a plan: which goals its activities serve (001 p. 8; format 2
``Activity.contributes_to`` and ``Goal.contributes_to``). Read by PK305 and PK406."""

from __future__ import annotations

from ..model import ActionPlan
from ..vocab import ActivityStatus

__all__ = ["links_stated", "served_goals", "unlinked_activities"]


def _live(plan: ActionPlan) -> list[int]:
    return [i for i, a in enumerate(plan.activities) if a.status is not ActivityStatus.CANCELLED]


def links_stated(plan: ActionPlan) -> bool:
    """Whether any activity states which goals it serves (a list, even an empty one)."""
    return any(plan.knows(f"activities[{i}].contributes_to") != "unstated" for i in _live(plan))


def unlinked_activities(plan: ActionPlan) -> tuple[str, ...]:
    """The ``contributes_to`` paths of the activities that leave it out."""
    return tuple(
        f"activities[{i}].contributes_to"
        for i in _live(plan)
        if plan.knows(f"activities[{i}].contributes_to") == "unstated"
    )


def served_goals(plan: ActionPlan) -> frozenset[str]:
    """The ids of the goals an activity serves, directly or through a goal it serves in turn
    (output → outcome → overall goal)."""
    served: set[str] = set()
    for i in _live(plan):
        served.update(plan.activities[i].contributes_to)
    above = {g.id: g.contributes_to for g in plan.goals}
    todo = list(served)
    while todo:
        for parent in above.get(todo.pop(), ()):
            if parent not in served:
                served.add(parent)
                todo.append(parent)
    return frozenset(served)
