"""PK601: only one sector takes part."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import ActionPlan
from ..vocab import ActorKind, ExtraTerm, Sector
from .context import RuleContext
from .rule import Hit, Rule, hit


def sectors_taking_part(ctx: RuleContext) -> tuple[Sector | ExtraTerm, ...]:
    """The sectors the actors taking part cover (:func:`preventionkit.graph.sectors_taking_part`,
    the one derivation checklist item 2 reads too)."""
    from ..graph import sectors_taking_part as derive

    return derive(ctx.plan)


def _as_a_whole(plan: ActionPlan, actor_id: str) -> bool:
    """Whether ``actor_id`` is a municipality that states no sector, counted as its leadership
    (:func:`preventionkit.graph.sector_covered`) without the plan saying which parts of it
    take part."""
    from ..graph import sector_of

    actor = plan.get(actor_id)
    return getattr(actor, "kind", None) is ActorKind.MUNICIPALITY and not sector_of(plan, actor_id)


def check(ctx: RuleContext) -> Iterator[Hit]:
    """Violence prevention needs collaboration across sectors.

    What it finds
    -------------
    A plan in which fewer sectors take part than the profile asks for (two for ``municipal``,
    ``regional`` and ``international``; the ``local-unit`` profile asks for one, since a
    single school's strategic partners may all sit in the school, 002 §1.4). Actors take part
    when they are responsible or accountable for an activity, members, conveners or leads of
    a body (a body with its members), hold a mandate, are parties to a joint decision
    (e.g. the signatories of a county agreement), or are among the organisations the plan is
    adopted to govern (``applies_to``), or are the partners it names (``partners``):
    :func:`preventionkit.graph.taking_part`. A function
    without a sector takes the sector of what it is part of. The municipality as a whole, or
    its executive board, counts with its sector ``municipal_leadership`` (a municipality that
    states no sector too): it brings the municipal organisation into the work.

    Facts it reads
    --------------
    Who takes part (above) and each one's ``sector``. When every actor taking part states its
    sector and too few sectors result, the finding is a warning. When the plan does not say
    who takes part, leaves out the sector of some who do, or does not list its activities or
    who carries some of them out, the finding is a question: the sectors it cannot see may
    well be there.
    A municipality named as a whole with no ``sector`` counts as its leadership, at least one
    municipal sector: with the police it makes two (Arvika's strategy,
    tests/realworld/arvika-mvk-2025.yaml: the municipality and the local police, whatever part
    of the municipality does the work). When it is counted and too few sectors result, the
    finding is a question rather than a warning: which of its administrations do the work is
    not stated, and broad prevention needs several of them, "not only the social services but
    also culture, sports and education" (003 "Ett paradigmskifte").
    A body whose members the plan names only by sector brings those sectors (``sectors``), e.g.
    a working group of 'staff from the sectors child and family, health and care, and
    education'.

    Why it matters
    --------------
    "Violence prevention requires collaboration" where different knowledge traditions and
    prevention levels meet (002 §1.1); larger efforts "need to find forms for cross-sector
    collaboration" (002 §1.4). Broad prevention needs several administrations involved, "not
    only the social services but also culture, sports and education" (003 "Ett
    paradigmskifte"); in Gävle a mapping showed the work was done almost only by the social
    services (002 §1.10).

    Example
    -------
    A plan whose every activity is carried out by the social services.

    Fix
    ---
    Involve other sectors, e.g. education, culture and leisure, health care, housing and the
    police, and record each actor's ``sector``.
    """
    from ..graph import sector_covered, taking_part

    minimum = ctx.profile.min_sectors
    if minimum <= 1:
        return
    sectors = sectors_taking_part(ctx)
    if len(sectors) >= minimum:
        return
    plan = ctx.plan
    part = taking_part(plan)
    if not part:
        # Nobody is recorded as taking part: where the plan leaves out any of the records
        # that would name them, who takes part is not stated (never "0 actors").
        unstated = ctx.unstated(
            "activities", "bodies", "mandates", "decisions", "applies_to", "partners"
        )
        if unstated:
            yield hit("actors", "unstated_who", unstated=unstated, minimum=minimum)
        else:
            yield hit("actors", "nobody", minimum=minimum)
        return
    without = tuple(a for a in part if sector_covered(plan, a) is None)
    if without or not part:
        paths = tuple(f"{ctx.path_of(a)}.sector" for a in without[:5]) or ("actors",)
        yield hit(
            "actors",
            "unstated" if sectors else "unstated_all",
            unstated=paths,
            names=tuple(plan.name_of(a) for a in without),
            n=len(without),
            sectors=sectors,
            minimum=minimum,
        )
    elif carried := ctx.unstated_items("activities", "responsible"):
        # Who carries out the work is left out: the sectors not seen may well be there.
        yield hit(
            "actors",
            "unstated_responsible",
            unstated=carried,
            sectors=sectors,
            minimum=minimum,
        )
    elif whole := tuple(a for a in part if _as_a_whole(plan, a)):
        # A municipality named as a whole counts as its leadership; which of its
        # administrations do the work is not stated, and they may be several (003).
        yield hit(
            "actors",
            "unstated_municipal",
            unstated=tuple(f"{ctx.path_of(a)}.sector" for a in whole),
            names=tuple(plan.name_of(a) for a in whole),
            n=len(whole),
            minimum=minimum,
        )
    elif len(sectors) == 1:
        yield hit("actors", sectors=sectors)
    else:
        yield hit("actors", "few", sectors=sectors, n=len(sectors), minimum=minimum)


RULE = Rule(
    code="PK601",
    name="single-sector",
    severity="warning",
    sources=("002 §1.1", "002 §1.4", "003 Ett paradigmskifte"),
    variants=(
        "few",
        "nobody",
        "unstated",
        "unstated_all",
        "unstated_who",
        "unstated_responsible",
        "unstated_municipal",
    ),
    check=check,
    failing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
actors:
  - {id: ifn, name: Individ- och familjenämnden, kind: committee, sector: social_services}
  - {id: cmv, name: Centrum mot våld, kind: unit, part_of: ifn}
activities:
  - {id: stodsamtal, title: Stödsamtal för våldsutsatta, responsible: [cmv]}
""",
    passing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
actors:
  - {id: ifn, name: Individ- och familjenämnden, kind: committee, sector: social_services}
  - {id: fgn, name: För- och grundskolenämnden, kind: committee, sector: education}
activities:
  - {id: stodsamtal, title: Stödsamtal för våldsutsatta, responsible: [ifn]}
  - {id: mvp, title: MVP i grundskolan, responsible: [fgn]}
""",
)
