"""PK410: the plan's goals and indicators are not in the budget (Swedish municipal plans)."""

from __future__ import annotations

from collections.abc import Iterator

from ..vocab import FundingSource
from ._verdict import verdict
from .context import RuleContext
from .rule import Hit, Rule
from .scope import SWEDISH_MUNICIPAL

_BUDGET = (FundingSource.ORDINARY_BUDGET, None)
"""The funding that can be the budget: the ordinary budget, or funding whose source the plan
does not name. A grant or development funds are a project's money, not the ordinary steering
the sources ask the goals to be part of."""


def check(ctx: RuleContext) -> Iterator[Hit]:
    """A municipal plan's goals and indicators belong in the budget.

    What it finds
    -------------
    A municipal plan with goals or indicators none of which a budget names: no ``funding``
    record from the ordinary budget (``source: ordinary_budget``, or no source given) lists
    any of them in its ``goals`` or ``indicators``. One finding for the plan, at ``funding``.
    A plan with neither goals nor indicators is PK404's.

    Facts it reads
    --------------
    ``goals``, ``indicators``, and each funding record's ``source``, ``goals`` and
    ``indicators``. The plan states the gap when it says it has no funding (``funding: []``),
    when its funding is all grants or other project money, or when its budget records say they
    name no goal or indicator (``goals: []``). When it does not say (no ``funding`` at all, or
    a budget record that leaves both ``goals`` and ``indicators`` out), the finding is a
    question to confirm: the goals may be in the municipality's budget document, which the
    plan need not repeat.
    A file that gives its funding only in part (``incomplete: [funding]``) is asked too.

    Why it matters
    --------------
    "Goals, indicators and budget are also important parts of systematic quality work"; it is
    by setting goals and indicators that the municipality can measure goal attainment and
    identify deviations, yet "only 43 per cent of the municipalities stated that they have goals
    and indicators in the budget for 2017" (003 Mål och budget, Figur 6). Systematic quality
    work "needs to come about in more municipalities. This includes drawing up goals and
    indicators that are integrated into the municipalities' budgets" (003 Ett systematiskt
    kvalitetsarbete i kommunerna behöver komma till stånd), and SKL's success factor is to run the work "in the ordinary
    steering system: the work shall have clear goals, indicators, activities and a budget that
    is followed up" (004 Framgångsfaktorer 3).

    Severity: a warning. The sources recommend it as part of systematic quality work and note
    that most municipalities lack it; no law requires it, and a plan without it can still be
    carried out and followed up.

    Example
    -------
    A municipal plan with a goal and an indicator, funded from the ordinary budget, whose
    budget names no goal (``goals: []``).

    Fix
    ---
    Write the goals and indicators into the budget and say so: on the ordinary-budget
    funding record, ``goals: [minska-valdet]`` and ``indicators: [elevenkat]``.
    """
    plan = ctx.plan
    if not plan.goals and not plan.indicators:
        return
    budgets = [(i, f) for i, f in enumerate(plan.funding) if f.source in _BUDGET]
    named = any(f.goals or f.indicators for _, f in budgets)
    if ctx.unstated("funding"):  # left out, or given only in part (``incomplete``)
        silent: tuple[str, ...] = ("funding",)
    else:
        silent = tuple(
            f"funding[{i}].goals"
            for i, _ in budgets
            if ctx.unstated(f"funding[{i}].goals", f"funding[{i}].indicators")
            == (f"funding[{i}].goals", f"funding[{i}].indicators")
        )
    yield from verdict("funding", named, silent)


RULE = Rule(
    code="PK410",
    name="goals-not-in-budget",
    severity="warning",
    sources=(
        "003 Mål och budget",
        "003 Ett systematiskt kvalitetsarbete i kommunerna behöver komma till stånd",
        "004 Framgångsfaktorer",
    ),
    variants=("unstated",),
    applies_to=SWEDISH_MUNICIPAL,
    check=check,
    failing_example="""\
preventionkit: 2
id: exempel
title: Handlingsplan mot våld
profile: municipal
actors:
  - {id: kf, name: Kommunfullmäktige, kind: council}
goals:
  - {id: minska-valdet, statement: Minska våldet i kommunen, indicators: [elevenkat]}
indicators:
  - {id: elevenkat, name: Elevenkät om trygghet och våld}
funding:
  - {source: ordinary_budget, by: kf, goals: [], indicators: []}
""",
    passing_example="""\
preventionkit: 2
id: exempel
title: Handlingsplan mot våld
profile: municipal
actors:
  - {id: kf, name: Kommunfullmäktige, kind: council}
goals:
  - {id: minska-valdet, statement: Minska våldet i kommunen, indicators: [elevenkat]}
indicators:
  - {id: elevenkat, name: Elevenkät om trygghet och våld}
funding:
  - {source: ordinary_budget, by: kf, goals: [minska-valdet], indicators: [elevenkat]}
""",
)
