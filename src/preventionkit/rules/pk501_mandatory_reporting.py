"""PK501: work in arenas with children but no mandatory-reporting routine."""

from __future__ import annotations

from collections.abc import Iterator

from ..vocab import DUTY_TO_REPORT_ARENAS, Arena, PlanRelation
from ._text import count as count_of
from .context import RuleContext
from .rule import Hit, Rule, hit
from .scope import SWEDISH


def delegated(ctx: RuleContext) -> bool:
    """Whether unit-level readiness is left to the members' own plans: the profile allows it
    (a regional or international strategy) and the plan names child plans (``related``)."""
    return ctx.profile.delegates_units and any(
        link.relation is PlanRelation.CHILD for link in ctx.plan.related
    )


def check(ctx: RuleContext) -> Iterator[Hit]:
    """Units whose staff have a duty to report children at risk need a routine for it.

    What it finds
    -------------
    A plan with activities in arenas whose staff have a duty under Swedish law to report at
    once when they suspect a child is at risk (002 §1.12: school, health care and dental care
    "till exempel"; here preschool, school, youth clinics and health care) whose
    ``readiness.mandatory_reporting_routine`` is ``false``. One finding for the plan, naming
    the arenas. Others (sports clubs, shelters, leisure work) are only recommended to report
    (ibid.), so they do not trigger the rule. The rule applies to plans under Swedish law
    (jurisdiction ``SE``), so it runs under the Swedish profiles only. A regional strategy
    that names its members' plans (``related`` with relation ``child``) leaves unit-level
    routines to them.

    Facts it reads
    --------------
    Each activity's ``arenas`` and ``readiness.mandatory_reporting_routine``. A routine the
    plan says it lacks (``false``) is an error; where the plan does not say whether there is
    one (left out, or no ``readiness`` section), the finding is a question to confirm.
    Activities with no arenas stated are not counted.

    Why it matters
    --------------
    "Employees of certain authorities and services concerning children and young people
    (school, health and medical care and dental care, for example) are obliged by law to
    report immediately if they suspect in their work that a child is at risk" (002 §1.12,
    SoL 2001:453). Prevention work uncovers violence, and routines for the duty to report
    must be in place (ibid.).

    Example
    -------
    MVP in school with ``mandatory_reporting_routine: false``; with no ``readiness`` section
    the same plan is asked.

    Fix
    ---
    Make sure the units have a routine for reporting to social services, and record it:
    ``readiness: {mandatory_reporting_routine: true}``.
    """
    plan = ctx.plan
    readiness = plan.readiness
    if readiness is not None and readiness.mandatory_reporting_routine is True:
        return
    if delegated(ctx):
        return
    arenas: dict[Arena, None] = {}
    count = 0
    first = -1
    for i, activity in enumerate(plan.activities):
        found = False
        for arena in activity.arenas:
            if isinstance(arena, Arena) and arena in DUTY_TO_REPORT_ARENAS:
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
    unstated = ctx.unstated("readiness.mandatory_reporting_routine")
    yield hit(
        path,
        "unstated" if unstated else None,
        unstated=unstated,
        arenas=ordered,
        activities=count_of("activities", count),
    )


RULE = Rule(
    code="PK501",
    name="no-mandatory-reporting-routine",
    severity="error",
    sources=("002 §1.12",),
    variants=("unstated",),
    applies_to=SWEDISH,
    check=check,
    failing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
profile: municipal
activities:
  - {id: mvp, title: MVP i grundskolan, arenas: [school]}
readiness:
  mandatory_reporting_routine: false
""",
    passing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
profile: municipal
activities:
  - {id: mvp, title: MVP i grundskolan, arenas: [school]}
readiness:
  mandatory_reporting_routine: true
""",
)
