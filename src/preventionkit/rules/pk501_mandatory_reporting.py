"""PK501: work in arenas with children but no mandatory-reporting routine."""

from __future__ import annotations

from collections.abc import Iterator

from ..vocab import ARENAS_WITH_CHILDREN, Arena
from ._text import count as count_of
from .context import RuleContext
from .rule import Hit, Rule, hit


def check(ctx: RuleContext) -> Iterator[Hit]:
    """Units that do prevention work with children need a routine for reporting concern.

    What it finds
    -------------
    A plan with activities in arenas where staff meet children and young people (preschool,
    school, youth clinics, outreach and leisure work, parenting support, sports clubs,
    shelters) whose ``readiness.mandatory_reporting_routine`` is not ``true``. One finding
    for the plan, naming the arenas; it points at the routine, or at the first such activity
    when the plan has no ``readiness`` section.

    Why it matters
    --------------
    Broad prevention work often uncovers violence; units doing it must be ready for indicated
    work, and "routines for the duty to report children and young people at risk" must be in
    place (002 §1.12). Staff in school and health care must by law report at once when they
    suspect a child is at risk.

    Example
    -------
    MVP in school with no ``readiness`` section, or ``mandatory_reporting_routine: false``.

    Fix
    ---
    Make sure the units have a routine for reporting to social services, and record it:
    ``readiness: {mandatory_reporting_routine: true}``.
    """
    plan = ctx.plan
    readiness = plan.readiness
    if readiness is not None and readiness.mandatory_reporting_routine is True:
        return
    arenas: dict[Arena, None] = {}
    count = 0
    first = -1
    for i, activity in enumerate(plan.activities):
        found = False
        for arena in activity.arenas:
            if isinstance(arena, Arena) and arena in ARENAS_WITH_CHILDREN:
                arenas[arena] = None
                found = True
        if found:
            count += 1
            if first < 0:
                first = i
    if not count:
        return
    ordered = tuple(a for a in Arena if a in arenas)
    if readiness is not None:
        path = "readiness.mandatory_reporting_routine"
    else:
        path = f"activities[{first}].arenas"
    yield hit(
        path,
        arenas=ordered,
        activities=count_of("activities", count),
    )


RULE = Rule(
    code="PK501",
    name="no-mandatory-reporting-routine",
    severity="error",
    sources=("002 §1.12",),
    check=check,
    failing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
activities:
  - {id: mvp, title: MVP i grundskolan, arenas: [school]}
""",
    passing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
activities:
  - {id: mvp, title: MVP i grundskolan, arenas: [school]}
readiness:
  mandatory_reporting_routine: true
""",
)
