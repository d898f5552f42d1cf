"""PK305: an activity serves none of the plan's goals."""

from __future__ import annotations

from collections.abc import Iterator

from ..vocab import ActivityStatus
from ._results import links_stated
from ._text import short
from ._verdict import asked_once
from .context import RuleContext
from .rule import Hit, Rule, hit


def check(ctx: RuleContext) -> Iterator[Hit]:
    """Each activity should serve a goal of the plan.

    What it finds
    -------------
    In a plan with goals whose activities say which goals they serve, an activity that
    states it serves none (``contributes_to: []``). One finding per activity.

    Facts it reads
    --------------
    ``activities[*].contributes_to`` (format 2; a format 1 plan cannot state it and is not
    judged), ``goals`` and ``activities[*].status``. In a
    plan that links some activities to goals, an activity that leaves the field out is asked
    (a question to confirm), once for the plan when several do (``unstated_several``, ``unstated_all``). A plan that links none is asked once by PK406, not here for each
    activity.

    Why it matters
    --------------
    The activity plan carries the plan's goals into practice, and the goals are there "to
    follow the effects of ... the activities in the plan" (001 p. 8); work against violence
    needs goals, indicators and activities that belong together (004 "Framgångsfaktorer" 3).

    Severity: info. An activity may be worth doing for reasons the goals do not name
    (mapping, building the collaboration itself, 001 p. 16); the finding invites a link, it
    does not question the activity.

    Example
    -------
    A "Gemensam hemsida" activity with ``contributes_to: []`` beside activities linked to the
    goals.

    Fix
    ---
    Name the goal it serves: ``contributes_to: [oka-kunskapen]``.
    """
    plan = ctx.plan
    if plan.preventionkit < 2 or not plan.goals or not links_stated(plan):
        return
    asked: list[tuple[Hit, str]] = []
    for i, activity in enumerate(plan.activities):
        if activity.status is ActivityStatus.CANCELLED or activity.contributes_to:
            continue
        path = f"activities[{i}]"
        unstated = ctx.unstated(f"{path}.contributes_to")
        found = hit(
            path, "unstated" if unstated else None, unstated=unstated, title=short(activity.title)
        )
        if unstated:
            asked.append((found, activity.id))
        else:
            yield found
    yield from asked_once("activities", asked, len(plan.activities))


RULE = Rule(
    code="PK305",
    name="activity-serves-no-goal",
    severity="info",
    sources=("001 p. 8", "004 Framgångsfaktorer"),
    variants=("unstated", "unstated_several", "unstated_all"),
    check=check,
    failing_example="""\
preventionkit: 2
id: exempel
title: Handlingsplan mot våld
goals:
  - {id: oka-kunskapen, statement: Öka kunskapen kring våld}
activities:
  - {id: utbildning, title: Utbildning om våld, contributes_to: [oka-kunskapen]}
  - {id: hemsida, title: Gemensam hemsida, contributes_to: []}
""",
    passing_example="""\
preventionkit: 2
id: exempel
title: Handlingsplan mot våld
goals:
  - {id: oka-kunskapen, statement: Öka kunskapen kring våld}
activities:
  - {id: utbildning, title: Utbildning om våld, contributes_to: [oka-kunskapen]}
  - {id: hemsida, title: Gemensam hemsida, contributes_to: [oka-kunskapen]}
""",
)
