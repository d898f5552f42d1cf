"""PK404: the plan has no goals."""

from __future__ import annotations

from collections.abc import Iterator

from .context import RuleContext
from .rule import Hit, Rule, hit


def check(ctx: RuleContext) -> Iterator[Hit]:
    """A plan needs goals to be followed up against.

    What it finds
    -------------
    A plan that states it has no goals (``goals: []``). One finding for the plan.

    Facts it reads
    --------------
    ``goals``. A plan that leaves the field out is asked (a question to confirm): goals are
    often in a strategy above the plan or an appendix an encoding did not cover.
    A plan that lists goals is never asked for them, even where the file gives them only in
    part.

    Why it matters
    --------------
    "To follow the effects of the collaboration and the activities in the plan there must be
    measurable goals"; setting goals fixes "what is to be achieved" and shows "when the
    development has not gone in the intended direction" (001 p. 8, "Uppföljning av mätbara
    mål"). Work against violence must have "clear goals, indicators, activities and a budget
    that is followed up" (004 "Framgångsfaktorer" 3), and goals and indicators are what lets
    a municipality measure goal attainment (003 "Mål och budget").

    Severity: an error. Without any goal, nothing else the plan says can be followed up: the
    annual follow-up and the revision before each term of office (001 p. 15) have nothing to
    measure against.

    Example
    -------
    A plan with an activity plan and ``goals: []``.

    Fix
    ---
    State the overall goals and the measurable ones, e.g. ``goals: [{id: minska-valdet,
    statement: Minska våldet i kommunen}]`` (001 p. 8), and link indicators to them.
    """
    if ctx.plan.goals:
        return
    knows = "unstated" if ctx.unstated("goals") else ctx.plan.knows("goals")
    if knows == "absent":
        yield hit("goals")
    elif knows == "unstated":
        yield hit("goals", "unstated", unstated=("goals",))


RULE = Rule(
    code="PK404",
    name="no-goals",
    severity="error",
    sources=("001 p. 8", "004 Framgångsfaktorer", "003 Mål och budget"),
    variants=("unstated",),
    check=check,
    failing_example="""\
preventionkit: 2
id: exempel
title: Handlingsplan mot våld
goals: []
activities:
  - {id: kartlaggning, title: Kartläggning}
""",
    passing_example="""\
preventionkit: 2
id: exempel
title: Handlingsplan mot våld
goals:
  - {id: minska-valdet, statement: Minska våldet i kommunen}
activities:
  - {id: kartlaggning, title: Kartläggning}
""",
)
