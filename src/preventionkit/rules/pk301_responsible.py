"""PK301: an activity has no responsible actor."""

from __future__ import annotations

from collections.abc import Iterator

from ._text import short
from .context import RuleContext
from .rule import Hit, Rule, hit


def check(ctx: RuleContext) -> Iterator[Hit]:
    """Every activity needs someone responsible for carrying it out.

    What it finds
    -------------
    An activity whose ``responsible`` list is empty.

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
    for i, activity in enumerate(ctx.plan.activities):
        if not activity.responsible:
            yield hit(f"activities[{i}]", title=short(activity.title))


RULE = Rule(
    code="PK301",
    name="no-responsible",
    severity="error",
    sources=("001 p. 15", "001 p. 12"),
    check=check,
    failing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
activities:
  - id: hemsida
    title: Gemensam hemsida mot våld
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
