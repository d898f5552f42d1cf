"""PK401: a goal has no indicator."""

from __future__ import annotations

from collections.abc import Iterator

from ._text import short
from ._verdict import asked_once
from .context import RuleContext
from .rule import Hit, Rule, hit


def check(ctx: RuleContext) -> Iterator[Hit]:
    """Every goal needs an indicator that measures it.

    What it finds
    -------------
    A goal whose ``indicators`` list is empty.

    Facts it reads
    --------------
    Each goal's ``indicators``. ``indicators: []`` states the goal has none (a warning); a
    goal that leaves ``indicators`` out is a question (how will the goal be measured?), asked
    once for the plan when several goals leave it out (``unstated_several``, ``unstated_all``).

    Why it matters
    --------------
    "To follow the effects of the collaboration and the activities there must be measurable
    goals" (001 p. 8, "Uppföljning av mätbara mål"), with result indicators such as Öppna
    jämförelser and the UNGA survey. Goals, indicators and budget are parts of systematic
    quality work; only 43 % of municipalities had goals and indicators in the budget
    (003 "Mål och budget").

    Example
    -------
    ``goals: [{id: minska-valdet, statement: Minska våldet i kommunen}]`` with no indicator.

    Fix
    ---
    Add an indicator (``indicators: [{id: unga-enkat, name: UNGA-enkäten}]``) and link it:
    ``indicators: [unga-enkat]`` on the goal.
    """
    # Öppna jämförelser and UNGA are Swedish: named to Swedish plans only.
    example = ctx.example("rule.PK401.example")
    asked: list[tuple[Hit, str]] = []
    for i, goal in enumerate(ctx.plan.goals):
        if not goal.indicators:
            unstated = ctx.unstated(f"goals[{i}].indicators")
            found = hit(
                f"goals[{i}]",
                "unstated" if unstated else None,
                unstated=unstated,
                statement=short(goal.statement),
                example=example,
            )
            if unstated:
                asked.append((found, goal.id))
            else:
                yield found
    yield from asked_once("goals", asked, len(ctx.plan.goals), example=example)


RULE = Rule(
    code="PK401",
    name="goal-without-indicator",
    severity="warning",
    sources=("001 p. 8", "003 Mål och budget"),
    variants=("unstated", "unstated_several", "unstated_all"),
    check=check,
    failing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
goals:
  - {id: minska-valdet, statement: Minska våldet i kommunen, indicators: []}
""",
    passing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
goals:
  - {id: minska-valdet, statement: Minska våldet i kommunen, indicators: [unga-enkat]}
indicators:
  - {id: unga-enkat, name: UNGA-enkäten, frequency: every_3_years}
""",
)
