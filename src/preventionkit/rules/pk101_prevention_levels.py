"""PK101: a prevention level has no activity."""

from __future__ import annotations

from collections.abc import Iterator

from ._verdict import missing_levels
from .context import RuleContext
from .rule import Hit, Rule


def check(ctx: RuleContext) -> Iterator[Hit]:
    """Every prevention level must have at least one activity.

    What it finds
    -------------
    A prevention level (universal, selective or indicated) that no activity of the plan works
    at. One finding per missing level.

    Facts it reads
    --------------
    ``activities`` and each activity's ``prevention_levels``. A plan that states its
    activities, each with its levels, is judged (an error per missing level; ``activities:
    []`` states there are none). Where the plan does not list its activities at all, one
    question asks for them; where some activities give no levels, each missing level is a
    question (those activities may well work at it), not an error.
    A file that gives its activities only in part (``incomplete: [activities]``) has each
    missing level asked: the activities it leaves out may work there.

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
    yield from missing_levels(
        ctx,
        "prevention_levels",
        ctx.coverage.missing_prevention_levels(),
        lambda level: {"example": ctx.example(f"rule.PK101.example.{level.value}")},
    )


RULE = Rule(
    code="PK101",
    name="missing-prevention-level",
    severity="error",
    sources=("000 Förord", "003 Rekommendationer"),
    variants=("unstated", "no_activities", "incomplete", "unstated_levels", "incomplete_levels"),
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
