"""PK403: no mapping (kartläggning) or baseline activity."""

from __future__ import annotations

from collections.abc import Iterator

from .context import RuleContext
from .rule import Hit, Rule, hit


def check(ctx: RuleContext) -> Iterator[Hit]:
    """The plan should start from a mapping of the current situation.

    What it finds
    -------------
    A plan in which no activity is marked ``mapping: true`` and that records no needs
    assessment (``needs``: a kartläggning or strategic needs assessment, 003 "Omfattning och
    kartläggning").

    Facts it reads
    --------------
    ``activities[].mapping`` and ``needs``. A plan that lists its activities, none of them a
    mapping, and no needs assessment is judged (information); a plan that lists no
    activities and no needs assessment gets a question.

    Why it matters
    --------------
    "It is important to begin with a mapping of violence to get a picture of the present
    situation, identify areas to develop, and be able to follow up" (001 p. 8); Umeå's plan
    starts with a joint mapping (001 p. 12). Mapping scope and needs is basic to systematic
    quality work, and few municipalities have done it (003 "Omfattning och kartläggning").

    Example
    -------
    A plan whose activities are all interventions, with no kartläggning or lägesbild.

    Fix
    ---
    Add a mapping activity (e.g. "Verksamheterna kartlägger sig själva inom våldsområdet")
    with ``mapping: true``, or mark the existing one.
    """
    plan = ctx.plan
    if plan.needs is not None or any(a.mapping for a in plan.activities):
        return
    unstated = ctx.unstated("activities", "needs")
    unstated = unstated if len(unstated) == 2 else ()
    yield hit("activities", "unstated" if unstated else None, unstated=unstated)


RULE = Rule(
    code="PK403",
    name="no-mapping",
    severity="info",
    sources=("001 p. 8", "001 p. 12", "003 Omfattning och kartläggning"),
    variants=("unstated",),
    check=check,
    failing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
activities:
  - {id: mvp, title: MVP i grundskolan}
""",
    passing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
activities:
  - {id: kartlaggning, title: Kartläggning av arbetet mot våld, mapping: true}
""",
)
