"""PK304: several responsible actors and no single accountable one."""

from __future__ import annotations

from collections.abc import Iterator

from ..vocab import ResponsibilityMode
from ._text import short
from .context import RuleContext
from .rule import Hit, Rule, hit


def check(ctx: RuleContext) -> Iterator[Hit]:
    """Shared responsibility needs one actor who answers for the activity.

    What it finds
    -------------
    An activity with two or more ``responsible`` actors and no ``accountable`` one, unless
    the plan says each carries out its own part (``responsibility: parallel``, e.g. Umeå's
    part 1, "allas ansvar", every committee for its own area; 001 p. 16): then each answers
    for its own part and no single accountable actor is needed.

    Facts it reads
    --------------
    Each activity's ``responsible``, ``accountable`` and ``responsibility``. With
    ``responsibility: shared`` and no ``accountable``, the gap is stated (a warning); with
    ``parallel`` the rule is silent; when the plan says neither who answers nor how the
    parties share the work, the finding is a question.

    Why it matters
    --------------
    Collaboration should clarify roles, responsibilities and powers (002 §1.1; 004
    "klargöra roller, ansvar och befogenheter"). When several actors carry out an activity
    together, e.g. "Kommunstyrelsen, alla nämnder" (001 p. 16), someone must still answer for
    it at the annual follow-up.

    Example
    -------
    ``{id: samverkan, responsible: [ks, ifn, fgn]}`` with no ``accountable``.

    Fix
    ---
    Add ``accountable: ks``: one of the responsible actors, or the body that owns the work.
    """
    plan = ctx.plan
    for i, activity in enumerate(plan.activities):
        if activity.accountable is None and len(activity.responsible) > 1:
            if activity.responsibility is ResponsibilityMode.PARALLEL:
                continue
            names = tuple(plan.name_of(r) for r in activity.responsible)
            unstated = ctx.unstated(
                f"activities[{i}].responsibility", f"activities[{i}].accountable"
            )
            unstated = unstated if len(unstated) == 2 else ()
            yield hit(
                f"activities[{i}]",
                "unstated" if unstated else None,
                unstated=unstated,
                title=short(activity.title),
                n=len(names),
                names=names,
            )


RULE = Rule(
    code="PK304",
    name="no-single-accountable",
    severity="warning",
    sources=("002 §1.1", "004 Samverkan med andra samhällsaktörer"),
    variants=("unstated",),
    check=check,
    failing_example="""\
preventionkit: 2
id: exempel
title: Handlingsplan mot våld
actors:
  - {id: ks, name: Kommunstyrelsen, kind: executive_board}
  - {id: ifn, name: Individ- och familjenämnden, kind: committee}
activities:
  - id: samverkan
    title: Verksamhetsövergripande samverkan
    responsible: [ks, ifn]
    responsibility: shared
""",
    passing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
actors:
  - {id: ks, name: Kommunstyrelsen, kind: executive_board}
  - {id: ifn, name: Individ- och familjenämnden, kind: committee}
activities:
  - id: samverkan
    title: Verksamhetsövergripande samverkan
    responsible: [ks, ifn]
    accountable: ks
""",
)
