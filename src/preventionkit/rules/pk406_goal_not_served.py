"""PK406: no activity serves a goal."""

from __future__ import annotations

from collections.abc import Iterator

from ._results import links_stated, served_goals, unlinked_activities
from ._text import short
from .context import RuleContext
from .rule import Hit, Rule, hit


def check(ctx: RuleContext) -> Iterator[Hit]:
    """Every goal needs at least one activity that works towards it.

    What it finds
    -------------
    A goal that no activity serves: no activity names it (or a goal that serves it) in
    ``contributes_to``. One finding per goal. A plan without goals or without activities is
    left to PK404 and PK101.

    Facts it reads
    --------------
    ``activities[*].contributes_to`` (format 2; a format 1 plan cannot state it and is not
    judged), ``goals[*].contributes_to`` and
    ``activities[*].status`` (a cancelled activity serves nothing). When no activity says which
    goals it serves, the plan is asked once (a question to confirm); when some do and some
    leave it out, a goal none of the others serves is asked about too.
    A file that gives its activities only in part (``incomplete: [activities]``) has a goal no
    listed activity serves asked, not judged.

    Why it matters
    --------------
    The goals are set "to follow the effects of the collaboration and the activities in the
    plan" (001 p. 8); work against violence needs "clear goals, indicators, activities and a
    budget that is followed up" (004 "Framgångsfaktorer" 3). A goal no activity serves is
    either met by work the plan does not describe, or not worked towards at all.

    Severity: a warning: the plan may reach the goal through the ordinary work of its
    parties, but then it should say so.

    Example
    -------
    Two goals, "less violence" and "more knowledge about violence", and activities that all
    name only the second in ``contributes_to``.

    Fix
    ---
    Link the activities that serve the goal (``contributes_to: [minska-valdet]``), add one, or
    drop the goal.
    """
    plan = ctx.plan
    if plan.preventionkit < 2 or not plan.goals or not plan.activities:
        return
    if not links_stated(plan):
        yield hit("activities", "unstated_all", unstated=unlinked_activities(plan))
        return
    served = served_goals(plan)
    left_out = unlinked_activities(plan)
    if "activities" in plan.incomplete:
        left_out += ("activities",)  # the activities the file leaves out may serve the goal
    for i, goal in enumerate(plan.goals):
        if goal.id in served:
            continue
        if left_out:
            yield hit(f"goals[{i}]", "unstated", unstated=left_out, statement=short(goal.statement))
        else:
            yield hit(f"goals[{i}]", statement=short(goal.statement))


RULE = Rule(
    code="PK406",
    name="goal-not-served",
    severity="warning",
    sources=("001 p. 8", "004 Framgångsfaktorer"),
    variants=("unstated", "unstated_all"),
    check=check,
    failing_example="""\
preventionkit: 2
id: exempel
title: Handlingsplan mot våld
goals:
  - {id: minska-valdet, statement: Minska våldet i kommunen}
  - {id: oka-kunskapen, statement: Öka kunskapen kring våld}
activities:
  - {id: utbildning, title: Utbildning om våld, contributes_to: [oka-kunskapen]}
""",
    passing_example="""\
preventionkit: 2
id: exempel
title: Handlingsplan mot våld
goals:
  - {id: minska-valdet, statement: Minska våldet i kommunen}
  - {id: oka-kunskapen, statement: Öka kunskapen kring våld, contributes_to: [minska-valdet]}
activities:
  - {id: utbildning, title: Utbildning om våld, contributes_to: [oka-kunskapen]}
""",
)
