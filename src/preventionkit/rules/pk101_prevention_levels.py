"""PK101: a prevention level has no activity."""

from __future__ import annotations

from collections.abc import Iterator

from ..vocab import PreventionLevel
from .context import RuleContext
from .rule import Hit, Rule, Said, hit

_EXAMPLES: dict[PreventionLevel, Said] = {
    PreventionLevel.UNIVERSAL: Said(
        "Mentorer i våldsprevention (MVP) för alla elever",
        "Mentors in Violence Prevention (MVP) for all pupils",
    ),
    PreventionLevel.SELECTIVE: Said(
        "KOMET för föräldrar till barn i konflikt", "KOMET for parents of children in conflict"
    ),
    PreventionLevel.INDICATED: Said(
        "stödsamtal för våldsutsatta eller Alternativ till våld (ATV) för våldsutövare",
        "support talks for victims or Alternatives to Violence (ATV) for perpetrators",
    ),
}


def check(ctx: RuleContext) -> Iterator[Hit]:
    """Every prevention level must have at least one activity.

    What it finds
    -------------
    A prevention level (universal, selective or indicated) that no activity of the plan works
    at. One finding per missing level.

    Why it matters
    --------------
    A comprehensive prevention effort "involves interventions at every prevention level"
    (000 Förord: "insatser på samtliga preventionsnivåer"), and follow-up must cover every
    level so that early prevention can be measured too (003 Rekommendationer). Municipal
    work is mostly indicated; universal work is what is most often missing (002 §1.10).

    Example
    -------
    A plan whose activities are all support for victims and treatment for perpetrators
    (indicated) and groups for young people at risk (selective), with nothing for everyone.

    Fix
    ---
    Add an activity at the missing level, e.g. MVP or Friends in school for universal work,
    KOMET for selective work, support talks or ATV for indicated work.
    """
    for level in ctx.coverage.missing_prevention_levels():
        yield hit("activities", level=level, value=level.value, example=_EXAMPLES[level])


RULE = Rule(
    code="PK101",
    name="missing-prevention-level",
    severity="error",
    sources=("000 Förord", "003 Rekommendationer"),
    summary_en="A prevention level (universal, selective, indicated) has no activity.",
    summary_sv="En preventionsnivå (universell, selektiv, indikerad) saknar aktiviteter.",
    message_en="The plan has no activity at the {level} prevention level.",
    message_sv="Planen har ingen aktivitet på {level} preventionsnivå.",
    hint_en="Add an activity with prevention_levels: [{value}], for example {example}.",
    hint_sv="Lägg till en aktivitet med prevention_levels: [{value}], till exempel {example}.",
    check=check,
    failing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
activities:
  - id: stodsamtal
    title: Stödsamtal för våldsutsatta
    prevention_levels: [indicated]
  - id: komet
    title: KOMET för föräldrar
    prevention_levels: [selective]
""",
    passing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
activities:
  - id: mvp
    title: MVP i grundskolan
    prevention_levels: [universal]
  - id: komet
    title: KOMET för föräldrar
    prevention_levels: [selective]
  - id: stodsamtal
    title: Stödsamtal för våldsutsatta
    prevention_levels: [indicated]
""",
)
