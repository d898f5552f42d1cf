"""PK601: only one sector takes part."""

from __future__ import annotations

from collections.abc import Iterator

from ..vocab import ExtraTerm, Sector
from .context import RuleContext
from .rule import Hit, Rule, hit


def sectors_taking_part(ctx: RuleContext) -> tuple[Sector | ExtraTerm, ...]:
    """The sectors of the actors taking part, in vocabulary order (declared extra sectors
    after the built-in ones, by code), municipal leadership left out (it steers the work
    rather than adding a sector of its own)."""
    found: set[Sector | ExtraTerm] = set()
    for actor_id in ctx.participants:
        sector = ctx.sector_of(actor_id)
        if sector is not None and sector is not Sector.MUNICIPAL_LEADERSHIP:
            found.add(sector)
    extra = sorted(s for s in found if isinstance(s, ExtraTerm))
    return (*(s for s in Sector if s in found), *extra)


def check(ctx: RuleContext) -> Iterator[Hit]:
    """Violence prevention needs collaboration across sectors.

    What it finds
    -------------
    A plan in which fewer sectors take part than the profile asks for (two for ``municipal``
    and ``regional``; the ``local-unit`` profile asks for one, since a single school's
    strategic partners may all sit in the school, 002 §1.4). Actors take part when they are
    responsible or accountable for an activity (a body with its members) or members or
    conveners of a body other than a political steering group. A function without a sector
    takes the sector of what it is part of; municipal leadership (the council, the executive
    board) steers and does not count as a sector of its own.

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
    minimum = ctx.profile.min_sectors
    if minimum <= 1:
        return
    sectors = sectors_taking_part(ctx)
    if len(sectors) >= minimum:
        return
    if not sectors:
        yield hit("actors", "none")
    elif len(sectors) == 1:
        yield hit("actors", sectors=sectors)
    else:
        yield hit("actors", "few", sectors=sectors, n=len(sectors), minimum=minimum)


RULE = Rule(
    code="PK601",
    name="single-sector",
    severity="warning",
    sources=("002 §1.1", "002 §1.4", "003 Ett paradigmskifte"),
    variants=("none", "few"),
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
