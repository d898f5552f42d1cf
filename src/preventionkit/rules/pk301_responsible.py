"""PK301: an activity has no responsible actor."""

from __future__ import annotations

from collections.abc import Iterator

from ._text import short
from ._verdict import asked_once
from .context import RuleContext
from .rule import Hit, Rule, hit


def check(ctx: RuleContext) -> Iterator[Hit]:
    """Every activity needs someone responsible for carrying it out.

    What it finds
    -------------
    An activity whose ``responsible`` list is empty.

    Facts it reads
    --------------
    Each activity's ``responsible``. ``responsible: []`` states nobody is responsible (an
    error); an activity that leaves ``responsible`` out is a question to confirm (the plan
    may give responsibility elsewhere, e.g. in a table of another document), asked once for
    the plan when several activities leave it out (``unstated_several``, ``unstated_all``).

    Why it matters
    --------------
    The Umeå activity plan states for every activity "who is responsible for the activity and
    the timeline" (001 p. 15); the committees answer for the activities in their areas and
    write them into their own plans (001 p. 12). An activity nobody is responsible for is
    not followed up and not done.

    Example
    -------
    ``{id: hemsida, title: Gemensam hemsida}`` with no ``responsible``.

    Fix
    ---
    Name the actor or body that carries it out, e.g. ``responsible: [ks]``, usually the
    committee whose area of activity it belongs to.
    """
    asked: list[tuple[Hit, str]] = []
    for i, activity in enumerate(ctx.plan.activities):
        if not activity.responsible:
            unstated = ctx.unstated(f"activities[{i}].responsible")
            found = hit(
                f"activities[{i}]",
                "unstated" if unstated else None,
                unstated=unstated,
                title=short(activity.title),
            )
            if unstated:
                asked.append((found, activity.id))
            else:
                yield found
    yield from asked_once("activities", asked, len(ctx.plan.activities))


RULE = Rule(
    code="PK301",
    name="no-responsible",
    severity="error",
    sources=("001 p. 15", "001 p. 12"),
    variants=("unstated", "unstated_several", "unstated_all"),
    check=check,
    failing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
activities:
  - id: hemsida
    title: Gemensam hemsida mot våld
    responsible: []
""",
    passing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
actors:
  - {id: ks, name: Kommunstyrelsen, kind: executive_board}
activities:
  - id: hemsida
    title: Gemensam hemsida mot våld
    responsible: [ks]
""",
)
