"""PK407: the indicators do not measure every prevention level."""

from __future__ import annotations

from collections.abc import Iterator

from ..vocab import PreventionLevel
from .context import RuleContext
from .rule import Hit, Rule, hit


def check(ctx: RuleContext) -> Iterator[Hit]:
    """The indicators should measure every prevention level, the early ones too.

    What it finds
    -------------
    In a plan with indicators, a prevention level (universal, selective or indicated) that
    none of them measures (``indicators[*].prevention_levels``). One finding per missing
    level. A plan without indicators is left to PK401.

    Facts it reads
    --------------
    ``indicators[*].prevention_levels``. When no indicator states its levels, the plan is
    asked once (a question to confirm); when a level is missing but some indicators leave
    their levels out, that level is asked about: those indicators may measure it.

    Why it matters
    --------------
    "It is important that indicators include every prevention level, so that the early
    preventive level can be measured too" (003 Rekommendationer). Municipal work is today
    mostly at the indicated level (003 "Tidigt förebyggande insatser"), and a plan whose
    indicators measure only that level cannot show whether its early prevention has any
    effect.

    Severity: a warning: a recommendation of the county boards to everyone who sets
    indicators, not a requirement.

    Example
    -------
    Two indicators, both marked ``prevention_levels: [indicated]``.

    Fix
    ---
    Add an indicator for the missing level, e.g. a school survey of attitudes to violence for
    the universal level, and mark it ``prevention_levels: [universal]``.
    """
    indicators = ctx.plan.indicators
    if not indicators:
        return
    measured = {level for ind in indicators for level in ind.prevention_levels}
    left_out = tuple(
        f"indicators[{i}].prevention_levels"
        for i, ind in enumerate(indicators)
        if not ind.prevention_levels and ctx.unstated(f"indicators[{i}].prevention_levels")
    )
    if len(left_out) == len(indicators):
        yield hit("indicators", "unstated_all", unstated=left_out)
        return
    for level in PreventionLevel:
        if level in measured:
            continue
        if left_out:
            yield hit("indicators", "unstated", unstated=left_out, level=level, value=level.value)
        else:
            yield hit("indicators", level=level, value=level.value)


RULE = Rule(
    code="PK407",
    name="indicators-miss-prevention-level",
    severity="warning",
    sources=("003 Rekommendationer",),
    variants=("unstated", "unstated_all"),
    check=check,
    failing_example="""\
preventionkit: 2
id: exempel
title: Handlingsplan mot våld
indicators:
  - {id: oj, name: Öppna jämförelser, prevention_levels: [indicated]}
  - {id: unga-enkat, name: UNGA-enkäten, prevention_levels: [universal]}
""",
    passing_example="""\
preventionkit: 2
id: exempel
title: Handlingsplan mot våld
indicators:
  - {id: oj, name: Öppna jämförelser, prevention_levels: [indicated]}
  - {id: unga-enkat, name: UNGA-enkäten, prevention_levels: [universal]}
  - {id: komet, name: Föräldrar som gått KOMET, prevention_levels: [selective]}
""",
)
