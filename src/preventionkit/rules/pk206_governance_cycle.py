"""PK206: a cycle in reports_to / part_of."""

from __future__ import annotations

from collections.abc import Iterator

from .context import RuleContext
from .rule import Hit, Rule, hit


def check(ctx: RuleContext) -> Iterator[Hit]:
    """Nothing in the chain of governance may sit above itself.

    What it finds
    -------------
    A cycle in ``part_of`` / ``reports_to`` (:func:`preventionkit.graph.governance_cycles`):
    e.g. a council that reports to a group that is part of the council. One finding per
    cycle, at its first record.

    Loading a plan already refuses such cycles (a load error of kind ``cycle``), so this rule
    fires only on plans assembled in code without validation, e.g. with
    ``ActionPlan.model_construct`` or ``model_copy(update=...)``; it keeps the validator's
    verdict sound for those.

    Facts it reads
    --------------
    ``part_of`` and ``reports_to`` of actors and bodies. A cycle is made of links the plan
    states, so it is always judged; links left out make no cycle.

    Why it matters
    --------------
    The chain of governance runs from political steering through the steering group and the
    collaboration team to the operational groups (002 §1.8). In a circle nobody is at the top,
    so no one can give the mandate the chain depends on.

    Example
    -------
    ``bodies: [{id: a, reports_to: b}, {id: b, reports_to: a}]`` built with
    ``model_construct``.

    Fix
    ---
    Break the circle at one of the ``reports_to`` or ``part_of`` links.
    """
    for cycle in ctx.cycles:
        if not cycle:
            continue
        around = " → ".join(ctx.name_of(n) for n in (*cycle, cycle[0]))
        yield hit(ctx.path_of(cycle[0]), cycle=around)


RULE = Rule(
    code="PK206",
    name="governance-cycle",
    severity="error",
    sources=("002 §1.8",),
    check=check,
    unchecked_examples=True,
    failing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
bodies:
  - {id: a, name: Styrgruppen, role: steering_group, reports_to: b}
  - {id: b, name: Samverkansteamet, role: collaboration_team, reports_to: a}
""",
    passing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
bodies:
  - {id: a, name: Styrgruppen, role: steering_group}
  - {id: b, name: Samverkansteamet, role: collaboration_team, reports_to: a}
""",
)
