"""PK102: a level of the social-ecological model has no activity."""

from __future__ import annotations

from collections.abc import Iterator

from ..vocab import EcologicalLevel
from .context import RuleContext
from .rule import Hit, Rule, Said, hit

_MEANING: dict[EcologicalLevel, Said] = {
    EcologicalLevel.INDIVIDUAL: Said(
        "varje människas egen historia och förutsättningar",
        "each person's own history and conditions",
    ),
    EcologicalLevel.RELATIONSHIP: Said(
        "kamratgrupper, parrelationer och familjer",
        "peer groups, partner relationships and families",
    ),
    EcologicalLevel.COMMUNITY: Said(
        "arbetsplatser, idrottsföreningar och bostadsområden",
        "workplaces, sports clubs and housing areas",
    ),
    EcologicalLevel.SOCIETY: Said(
        "lagstiftning, policyer, ekonomi och samhällsnormer",
        "legislation, policies, economy and social norms",
    ),
}


def check(ctx: RuleContext) -> Iterator[Hit]:
    """Every level of the social-ecological model should have at least one activity.

    What it finds
    -------------
    A level of the social-ecological model (individual, relationship, community, society)
    that no activity works at. One finding per missing level.

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
    for level in ctx.coverage.missing_ecological_levels():
        yield hit("activities", level=level, value=level.value, meaning=_MEANING[level])


RULE = Rule(
    code="PK102",
    name="missing-ecological-level",
    severity="warning",
    sources=("001 p. 8–9",),
    summary_en="A level of the social-ecological model has no activity.",
    summary_sv="En nivå i den socioekologiska modellen saknar aktiviteter.",
    message_en="The plan has no activity at the {level} level of the social-ecological model.",
    message_sv="Planen har ingen aktivitet på nivån ”{level}” i den socioekologiska modellen.",
    hint_en="Add an activity with ecological_levels: [{value}]; work at this level is about "
    "{meaning}.",
    hint_sv="Lägg till en aktivitet med ecological_levels: [{value}]; på den nivån handlar "
    "arbetet om {meaning}.",
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
