"""PK602: no civil-society partner."""

from __future__ import annotations

from collections.abc import Iterator

from .context import RuleContext
from .rule import Hit, Rule, hit


def check(ctx: RuleContext) -> Iterator[Hit]:
    """Civil society is a partner worth having, whatever the size of the effort.

    What it finds
    -------------
    A plan that names no civil-society organisation among its actors (an actor of kind
    ``civil_society_organisation``, or of the civil-society sector). Naming one as an actor is
    enough here, e.g. the shelters and organisations Umeå lists as collaboration partners
    (001 p. 11, p. 13); PK601 asks more of sectors, which must take part in the work. The
    same derivation answers checklist item 2's question on civil society
    (:func:`preventionkit.graph.civil_society_partners`).

    Facts it reads
    --------------
    ``actors`` (``kind``, ``sector``). A plan that lists its actors, none from civil society,
    gets the information; one that lists no actors gets a question.
    A file that gives its actors only in part (``incomplete: [actors]``) is asked, not judged.

    Why it matters
    --------------
    "Whatever the size of the effort it can be valuable to collaborate with ... voluntary
    organisations with knowledge of men's violence and prevention, such as women's or girls'
    shelters" (002 §1.4); operational work often gains from collaboration between
    municipality and civil society (002 §1.8). It is information: some plans reach civil
    society in other ways.

    Example
    -------
    A plan carried out by municipal committees only.

    Fix
    ---
    Involve e.g. the local women's shelter, MÄN, BRIS or sports clubs as members of a body or
    partners in activities, as actors of kind ``civil_society_organisation``.
    """
    from ..graph import civil_society_partners

    if civil_society_partners(ctx.plan):
        return
    unstated = ctx.unstated("actors")
    # The hint names Swedish organisations (MÄN, BRIS) only to a Swedish plan.
    example = ctx.example("rule.PK602.example")
    listed = unstated and ctx.plan.knows("actors") != "unstated"
    variant = ("incomplete" if listed else "unstated") if unstated else None
    yield hit("actors", variant, unstated=unstated, example=example)


RULE = Rule(
    code="PK602",
    name="no-civil-society-partner",
    severity="info",
    sources=("002 §1.4", "002 §1.8", "001 p. 13"),
    variants=("unstated", "incomplete"),
    check=check,
    failing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
actors:
  - {id: ifn, name: Individ- och familjenämnden, kind: committee, sector: social_services}
activities:
  - {id: stodsamtal, title: Stödsamtal för våldsutsatta, responsible: [ifn]}
""",
    passing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
actors:
  - {id: ifn, name: Individ- och familjenämnden, kind: committee, sector: social_services}
  - {id: jouren, name: Kvinno- och tjejjouren, kind: civil_society_organisation}
activities:
  - {id: stodsamtal, title: Stödsamtal för våldsutsatta, responsible: [ifn, jouren], accountable: ifn}
""",
)
