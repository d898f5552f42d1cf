"""A rule pack for plans under the English Serious Violence Duty (a test fixture).

The Police, Crime, Sentencing and Courts Act 2022 (Part 2, Chapter 1; Schedule 1) makes
"specified authorities" — among them fire and rescue authorities — collaborate to prevent and
reduce serious violence, and lets them do so through community safety partnerships (Home
Office, Serious Violence Duty statutory guidance, December 2022). The pack declares those two
terms, a profile for such plans, one rule, one programme and one framework pack (issue 17).
"""

from __future__ import annotations

from collections.abc import Iterator

from preventionkit.frameworks import Citation, EvidenceSpec, FrameworkPack, Labels, PackItem
from preventionkit.model import ProgrammeRecord
from preventionkit.rules import Hit, Pack, Profile, Rule, RuleContext, hit
from preventionkit.vocab import BodyRole, PreventionLevel, TermDeclaration

__all__ = ["PACK"]

_DUTY = "Police, Crime, Sentencing and Courts Act 2022, Part 2 Chapter 1 and Schedule 1"
_GUIDANCE = "Home Office, Serious Violence Duty statutory guidance (December 2022)"

FIRE_AND_RESCUE = TermDeclaration(
    code="x-uk:fire_and_rescue",
    vocabulary="actor_kind",
    labels={"en": "Fire and rescue authority", "sv": "Räddningstjänst"},
    description="A fire and rescue authority in England: a specified authority under the "
    "Serious Violence Duty.",
    source=_DUTY,
)

COMMUNITY_SAFETY_PARTNERSHIP = TermDeclaration(
    code="x-uk:community_safety_partnership",
    vocabulary="body_role",
    labels={"en": "Community safety partnership", "sv": "Partnerskap för trygghet"},
    description="The statutory local partnership on crime and disorder, through which the "
    "specified authorities may meet the Serious Violence Duty.",
    source=_GUIDANCE,
)


def check(ctx: RuleContext) -> Iterator[Hit]:
    """The fire and rescue authority sits in the community safety partnership.

    What it finds
    -------------
    A body with role ``x-uk:community_safety_partnership`` none of whose members is an actor
    of kind ``x-uk:fire_and_rescue``.

    Why it matters
    --------------
    Fire and rescue authorities are specified authorities under the Serious Violence Duty and
    must collaborate with the others (Police, Crime, Sentencing and Courts Act 2022,
    Schedule 1); the partnership is where they meet (statutory guidance).

    Example
    -------
    A partnership of the police and the local authority only.

    Fix
    ---
    Add the fire and rescue authority to the partnership's members.
    """
    for i, body in enumerate(ctx.plan.bodies):
        if body.role != COMMUNITY_SAFETY_PARTNERSHIP.code:
            continue
        kinds = {getattr(ctx.actor_or_none(m), "kind", None) for m in body.member_ids}
        if FIRE_AND_RESCUE.code not in kinds:
            yield hit(f"bodies[{i}].members", partnership=body.name)


_EXAMPLE = """\
preventionkit: 2
id: example
title: Serious violence strategy
actors:
  - {id: police, name: Police, kind: police}
  - {id: fire, name: Fire and Rescue Service, kind: x-uk:fire_and_rescue}
bodies:
  - id: csp
    name: Community Safety Partnership
    role: x-uk:community_safety_partnership
    members: [police]
"""

ACME001 = Rule(
    code="ACME001",
    name="fire-and-rescue-outside-partnership",
    severity="warning",
    sources=(_DUTY, _GUIDANCE),
    texts={
        "en": {
            "summary": "The fire and rescue authority is not in the community safety partnership.",
            "message": "No member of '{partnership}' is a fire and rescue authority, a specified "
            "authority under the Serious Violence Duty.",
            "hint": "Add the fire and rescue authority to the partnership's members.",
        },
        "sv": {
            "summary": "Räddningstjänsten ingår inte i partnerskapet för trygghet.",
            "message": "Ingen medlem i ”{partnership}” är en räddningstjänst, en av de myndigheter "
            "lagen pekar ut.",
            "hint": "Lägg till räddningstjänsten bland partnerskapets medlemmar.",
        },
    },
    check=check,
    failing_example=_EXAMPLE,
    passing_example=_EXAMPLE.replace("members: [police]", "members: [police, fire]"),
)

SERIOUS_VIOLENCE_DUTY = Profile(
    name="uk-serious-violence-duty",
    title_en="Serious Violence Duty (England)",
    title_sv="Serious Violence Duty (England)",
    description="A local strategy under the Serious Violence Duty: a partnership with a "
    "steering function and operational groups, the specified authorities taking part.",
    required_roles=(BodyRole.STEERING_GROUP, BodyRole.OPERATIONAL_GROUP),
    min_sectors=2,
    sources=(_DUTY, _GUIDANCE),
)

NAVIGATORS = ProgrammeRecord(
    id="ae-navigators",
    name="A&E navigators",
    prevention_levels=(PreventionLevel.INDICATED,),
    description="Youth workers in hospital emergency departments who meet young people "
    "injured by violence and offer them support.",
    evidence="Reviewed in the Youth Endowment Fund's Toolkit.",
    source="https://youthendowmentfund.org.uk/toolkit/a-and-e-navigators/",
)

_ACT = Citation(
    wording="The specified authorities for a local government area must collaborate with "
    "each other to prevent and reduce serious violence in the area.",
    lang="en",
    title="Police, Crime, Sentencing and Courts Act 2022, Part 2, Chapter 1",
    publisher="UK Parliament",
    year=2022,
    section="section 8(1)",
    url="https://www.legislation.gov.uk/ukpga/2022/32/part/2/chapter/1",
)

PARTNERSHIP = FrameworkPack(
    id="acme-partnership",
    version="1.0.0",
    title=Labels(en="ACME: the partnership under the Serious Violence Duty"),
    source=_ACT,
    items=(
        PackItem(
            id="fire-and-rescue",
            kind="requirement",
            labels=Labels(en="The fire and rescue authority takes part"),
            citation=_ACT,
            evidence=EvidenceSpec(
                describes=Labels(en="an actor of kind x-uk:fire_and_rescue"),
                check="actor_groups",
                params={"groups": ("fire_and_rescue=kind:x-uk:fire_and_rescue",)},
            ),
        ),
    ),
)

PACK = Pack(
    name="acme",
    version="1.0.0",
    prefix="ACME",
    rules=(ACME001,),
    profiles=(SERIOUS_VIOLENCE_DUTY,),
    terms=(FIRE_AND_RESCUE, COMMUNITY_SAFETY_PARTNERSHIP),
    programmes=(NAVIGATORS,),
    frameworks=(PARTNERSHIP,),
)
