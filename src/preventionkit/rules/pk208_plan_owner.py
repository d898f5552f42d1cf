"""PK208: the plan does not say who owns it."""

from __future__ import annotations

from collections.abc import Iterator

from .context import RuleContext
from .rule import Hit, Rule, hit


def check(ctx: RuleContext) -> Iterator[Hit]:
    """Every plan needs an owner who answers for it and has it revised.

    What it finds
    -------------
    A plan with no ``owner``. One finding for the plan.

    Facts it reads
    --------------
    ``owner``. The field names an actor; a plan cannot write that it has none, so a plan
    that leaves it out is always asked (a question to confirm, never a judged gap): the owner
    is usually on the title page, and an encoding may have missed it.

    Why it matters
    --------------
    The owner answers for the plan: "Handlingsplanen ägs av Kommunstyrelsen" (001 p. 15), and
    the document names its "Dokumentansvarig" (001 p. 1). Follow-up once a year and revision
    before each new term of office (001 p. 15) need someone who calls for them; without an
    owner a plan adopted once is left to itself.

    Severity: a warning when judged; a question whenever the plan is silent (see above).

    Example
    -------
    A plan with goals, activities and an adopting decision, but no ``owner``.

    Fix
    ---
    Name the owner: ``owner: ks`` (the municipal executive board, an actor of the plan).
    """
    if ctx.plan.owner is None:
        yield hit("owner", unstated=ctx.unstated("owner") or ("owner",))


RULE = Rule(
    code="PK208",
    name="no-plan-owner",
    severity="warning",
    sources=("001 p. 15", "001 p. 1"),
    check=check,
    failing_example="""\
preventionkit: 2
id: exempel
title: Handlingsplan mot våld
actors:
  - {id: ks, name: Kommunstyrelsen, kind: executive_board}
""",
    passing_example="""\
preventionkit: 2
id: exempel
title: Handlingsplan mot våld
owner: ks
actors:
  - {id: ks, name: Kommunstyrelsen, kind: executive_board}
""",
)
