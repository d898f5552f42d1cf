"""PK103: empty cells of the prevention × social-ecological coverage matrix."""

from __future__ import annotations

from collections.abc import Iterator

from .context import RuleContext
from .rule import Hit, Rule, Said, Variant, hit


def check(ctx: RuleContext) -> Iterator[Hit]:
    """Show where the two axes of the coverage matrix do not meet.

    What it finds
    -------------
    Cells of the prevention level × social-ecological level matrix that no activity covers,
    counting only rows and columns that have some activity: a level missing altogether is
    already reported by PK101 or PK102. One finding lists every such cell, in matrix order.

    Why it matters
    --------------
    Work should be coordinated on several prevention levels (000 p. 6) and take risk and
    protective factors into account at every level of the social-ecological model
    (001 p. 8–9). An empty cell, e.g. no universal work in relationships and families, shows
    where the plan's activities do not combine the two. It is information, not an error: not
    every cell needs its own activity.

    Example
    -------
    A plan with universal work only in schools (community) and indicated work only with
    individuals: universal × individual and indicated × community, among others, are empty.

    Fix
    ---
    Look at the matrix in the report; consider activities that work at several levels at
    once, or record the levels existing activities already reach.
    """
    cov = ctx.coverage
    missing_p = set(cov.missing_prevention_levels())
    missing_e = set(cov.missing_ecological_levels())
    gaps = [(p, e) for p, e in cov.empty_cells() if p not in missing_p and e not in missing_e]
    if not gaps:
        return
    cells = tuple(Said(f"{p.sv} × {e.sv}", f"{p.en} × {e.en}") for p, e in gaps)
    yield hit("activities", "one" if len(gaps) == 1 else None, count=len(gaps), cells=cells)


_HINT_EN = (
    "Consider activities that combine these levels; the coverage matrix in the report shows "
    "which activities sit where."
)
_HINT_SV = (
    "Överväg aktiviteter som förenar dessa nivåer; täckningsmatrisen i rapporten visar var "
    "aktiviteterna finns."
)

RULE = Rule(
    code="PK103",
    name="coverage-gap",
    severity="info",
    sources=("000 p. 6", "001 p. 8–9"),
    summary_en="Cells of the prevention × social-ecological coverage matrix have no activity.",
    summary_sv="Celler i matrisen preventionsnivå × socioekologisk nivå saknar aktiviteter.",
    message_en="{count} cells of the coverage matrix have no activity: {cells}.",
    message_sv="{count} celler i täckningsmatrisen saknar aktiviteter: {cells}.",
    hint_en=_HINT_EN,
    hint_sv=_HINT_SV,
    variants={
        "one": Variant(
            message_sv="En cell i täckningsmatrisen saknar aktiviteter: {cells}.",
            message_en="One cell of the coverage matrix has no activity: {cells}.",
            hint_sv=_HINT_SV,
            hint_en=_HINT_EN,
        )
    },
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
