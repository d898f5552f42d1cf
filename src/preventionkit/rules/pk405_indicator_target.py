"""PK405: an indicator has no target."""

from __future__ import annotations

from collections.abc import Iterator

from ._text import short
from ._verdict import asked_once
from .context import RuleContext
from .rule import Hit, Rule, hit


def check(ctx: RuleContext) -> Iterator[Hit]:
    """An indicator needs a value to aim for, or nobody can tell whether the goal is met.

    What it finds
    -------------
    An indicator with no ``target`` and no ``target`` in any of its ``periods`` (format 2).
    One question per indicator, or one for the plan listing them when several have none
    (``unstated_several``, ``unstated_all``: the same question 19 times is noise). An indicator the plan only suggests (``suggested: true``, "kan
    bestå av", 001 p. 8) is not judged.

    Facts it reads
    --------------
    ``indicators[*].target`` and ``indicators[*].periods[*].target``. A target is a value; a
    plan cannot write that it has none, so an indicator without one is always asked (a
    question to confirm, never a judged gap): the target may be in the budget or in the annual
    follow-up rather than in the plan.

    Why it matters
    --------------
    "It is by setting goals and indicators for the activity that the municipality can measure
    goal attainment and identify deviations" (003 "Mål och budget"); a goal fixes "what is to be
    achieved" (001 p. 8). An indicator without a target measures a trend but cannot show
    whether the plan reached what it set out to.

    Severity: a warning when judged; a question whenever the plan is silent (see above).

    Example
    -------
    ``indicators: [{id: unga-enkat, name: UNGA-enkäten}]`` with no ``target``.

    Fix
    ---
    Add the value aimed for: ``target: {value: 10, unit: percent, date: 2022}``, or one per
    year in ``periods: [{period: {start: 2021, end: 2021}, target: {value: 12}}]``.
    """
    asked: list[tuple[Hit, str]] = []
    for i, indicator in enumerate(ctx.plan.indicators):
        if indicator.suggested or indicator.target is not None:
            continue
        if any(p.target is not None for p in indicator.periods):
            continue
        question = hit(
            f"indicators[{i}]", unstated=(f"indicators[{i}].target",), name=short(indicator.name)
        )
        asked.append((question, indicator.id))
    yield from asked_once("indicators", asked, len(ctx.plan.indicators))


RULE = Rule(
    code="PK405",
    name="indicator-without-target",
    severity="warning",
    sources=("003 Mål och budget", "001 p. 8"),
    variants=("unstated_several", "unstated_all"),
    check=check,
    failing_example="""\
preventionkit: 2
id: exempel
title: Handlingsplan mot våld
indicators:
  - {id: unga-enkat, name: UNGA-enkäten, source: Umeå kommun}
""",
    passing_example="""\
preventionkit: 2
id: exempel
title: Handlingsplan mot våld
indicators:
  - id: unga-enkat
    name: UNGA-enkäten
    source: Umeå kommun
    periods:
      - period: {start: 2021, end: 2021}
        target: {value: 12, unit: percent}
""",
)
