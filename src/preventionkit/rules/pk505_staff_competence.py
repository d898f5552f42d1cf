"""PK505: no activity develops the competence of staff, managers or politicians (Swedish
municipal plans)."""

from __future__ import annotations

from collections.abc import Iterator

from ..vocab import ProgrammeKind, TargetGroup
from ._reach import unreached
from .context import RuleContext
from .rule import Hit, Rule
from .scope import SWEDISH_MUNICIPAL

STAFF = (TargetGroup.PROFESSIONALS, TargetGroup.MANAGERS, TargetGroup.DECISION_MAKERS)
"""Those whose competence counts: staff in their professional role, managers and politicians
(004 success factor 1: "hos politiker, chefer och tjänstemän"). ``employees`` is left out: it
names staff as people the employer supports when they are exposed to or use violence
(001 p. 18), not as learners."""


def check(ctx: RuleContext) -> Iterator[Hit]:
    """A municipal plan should develop the competence of the people who do the work.

    What it finds
    -------------
    A municipality-wide plan none of whose activities reaches ``professionals``,
    ``managers`` or ``decision_makers``, nor delivers a programme of kind ``training``. One
    finding for the plan. Applies under the ``municipal`` profile only.

    Facts it reads
    --------------
    ``activities[*].target_groups``, ``activities[*].programme`` (its kind and target groups)
    and ``activities[*].status``. When no activity reaches staff but some leave their target
    groups out (or the plan has no ``activities`` at all), the finding is a question to
    confirm.
    A file that gives its activities only in part (``incomplete: [activities]``) is asked, not
    judged.

    Why it matters
    --------------
    "Continuous competence development promotes early detection – at every organisational
    level, among politicians, managers and officials and in all the municipality's
    administrations" (004 "Framgångsfaktorer" 1, "Många vägar in"). The municipalities
    themselves name the need for more training and competence supply as their first
    development area (56 %, 003 Figur 10).

    Severity: a warning. The sources count it among the success factors, not as a duty; but
    an expert reading a plan with no training for those who must detect violence would ask
    for it.

    Example
    -------
    A municipal plan whose activities all reach pupils and residents.

    The rule applies to Swedish municipal plans (``applies_to``: jurisdiction ``SE``, kind
    ``municipal``): it rests on what the Swedish sources ask of a municipality, so it runs
    under the ``municipal`` profile (or a pack's profile declaring the same), not under
    ``international``, the profile of a plan that does not say what kind of plan it is.

    Fix
    ---
    Add the training the plan relies on (e.g. the national web course on men's violence
    against women, 003) with ``target_groups: [professionals, managers]``.
    """
    yield from unreached(ctx, STAFF, (ProgrammeKind.TRAINING,))


RULE = Rule(
    code="PK505",
    name="no-staff-competence",
    severity="warning",
    sources=("004 Framgångsfaktorer", "003 Figur 10"),
    variants=("unstated",),
    applies_to=SWEDISH_MUNICIPAL,
    check=check,
    failing_example="""\
preventionkit: 2
id: exempel
title: Handlingsplan mot våld
profile: municipal
activities:
  - id: mvp
    title: MVP i grundskolan
    target_groups: [pupils]
""",
    passing_example="""\
preventionkit: 2
id: exempel
title: Handlingsplan mot våld
profile: municipal
activities:
  - id: mvp
    title: MVP i grundskolan
    target_groups: [pupils]
  - id: webbkurs
    title: Webbkurs om mäns våld mot kvinnor för all personal
    target_groups: [professionals, managers]
""",
)
