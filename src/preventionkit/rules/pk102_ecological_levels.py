"""PK102: a level of the social-ecological model has no activity."""

from __future__ import annotations

from collections.abc import Iterator

from ..messages import message
from ._verdict import missing_levels
from .context import RuleContext
from .rule import Hit, Rule


def check(ctx: RuleContext) -> Iterator[Hit]:
    """Every level of the social-ecological model should have at least one activity.

    What it finds
    -------------
    A level of the social-ecological model (individual, relationship, community, society)
    that no activity works at. One finding per missing level.

    Facts it reads
    --------------
    ``activities`` and each activity's ``ecological_levels``. Stated levels are judged (a
    warning per missing level). Where the plan does not list its activities, one question asks
    for them; where some activities give no levels, each missing level is a question.
    A file that gives its activities only in part (``incomplete: [activities]``) has each
    missing level asked: the activities it leaves out may work there.

    Why it matters
    --------------
    Work against violence should rest on a holistic view of violence "at every level of
    society": the model has four levels, each with its own risk and protective factors
    (001 p. 8–9; 000 p. 23). Work at one level only leaves the others' risk factors in place.

    Example
    -------
    A plan whose activities all work with individuals (support talks, treatment) and none
    with norms in workplaces, sports clubs or housing areas, or with policies.

    Fix
    ---
    Add an activity at the missing level, e.g. Huskurage in housing areas (community) or a
    policy against violence in the organisation (society), and record its
    ``ecological_levels``.
    """
    yield from missing_levels(
        ctx,
        "ecological_levels",
        ctx.coverage.missing_ecological_levels(),
        lambda level: {"meaning": message(f"rule.PK102.meaning.{level.value}")},
    )


RULE = Rule(
    code="PK102",
    name="missing-ecological-level",
    severity="warning",
    sources=("001 p. 8–9",),
    variants=("unstated", "no_activities", "incomplete", "unstated_levels", "incomplete_levels"),
    check=check,
    failing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
activities:
  - id: stodsamtal
    title: Stödsamtal för våldsutsatta
    ecological_levels: [individual]
""",
    passing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
activities:
  - id: stodsamtal
    title: Stödsamtal för våldsutsatta
    ecological_levels: [individual]
  - id: foraldrar
    title: ABC för föräldrar
    ecological_levels: [relationship]
  - id: huskurage
    title: Huskurage i bostadsområden
    ecological_levels: [community]
  - id: policy
    title: Policy mot våld för kommunens medarbetare
    ecological_levels: [society]
""",
)
