"""PK103: empty cells of the prevention × social-ecological coverage matrix."""

from __future__ import annotations

from collections.abc import Iterator

from ..messages import message
from .context import RuleContext
from .rule import Hit, Rule, hit


def check(ctx: RuleContext) -> Iterator[Hit]:
    """Show where the two axes of the coverage matrix do not meet.

    What it finds
    -------------
    Cells of the prevention level × social-ecological level matrix that no activity covers,
    counting only rows and columns that have some activity: a level missing altogether is
    already reported by PK101 or PK102. One finding lists every such cell, in matrix order, and
    says how many of the twelve cells are empty in all, so that it agrees with the matrix in
    the report.

    Facts it reads
    --------------
    Each activity's ``prevention_levels`` and ``ecological_levels``. When the plan does not
    list its activities, or some give no levels, the rule is silent: PK101 and PK102 ask for
    the levels, and a cell left empty by an unstated level says nothing.

    Why it matters
    --------------
    Work should be coordinated on several prevention levels (000 p. 6) and take risk and
    protective factors into account at every level of the social-ecological model
    (001 p. 8–9). An empty cell, e.g. no universal work in relationships and families, shows
    where the plan's activities do not combine the two. It is information, not an error: no
    source asks for all twelve cells to be filled, and not every cell needs its own activity.

    Example
    -------
    A plan with universal work only in schools (community) and indicated work only with
    individuals: universal × individual and indicated × community, among others, are empty.

    Fix
    ---
    Look at the matrix in the report; consider activities that work at several levels at
    once, or record the levels existing activities already reach.
    """
    if ctx.unstated_items("activities", "prevention_levels") or ctx.unstated_items(
        "activities", "ecological_levels"
    ):
        return  # PK101 / PK102 ask for the levels; an empty cell would only repeat them
    cov = ctx.coverage
    missing_p = set(cov.missing_prevention_levels())
    missing_e = set(cov.missing_ecological_levels())
    gaps = [(p, e) for p, e in cov.empty_cells() if p not in missing_p and e not in missing_e]
    if not gaps:
        return
    cells = tuple(message("rule.PK103.cell", prevention=p, ecological=e) for p, e in gaps)
    yield hit("activities", n=len(gaps), empty=len(cov.empty_cells()), cells=cells)


RULE = Rule(
    code="PK103",
    name="coverage-gap",
    severity="info",
    sources=("000 p. 6", "001 p. 8–9"),
    check=check,
    failing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
activities:
  - id: mvp
    title: MVP i grundskolan
    prevention_levels: [universal]
    ecological_levels: [community]
  - id: stodsamtal
    title: Stödsamtal för våldsutsatta
    prevention_levels: [indicated]
    ecological_levels: [individual]
""",
    passing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
activities:
  - id: helhet
    title: Samordnat arbete på alla nivåer
    prevention_levels: [universal, selective, indicated]
    ecological_levels: [individual, relationship, community, society]
""",
)
