"""PK205: a single point of failure in the chain of governance."""

from __future__ import annotations

from collections.abc import Iterator

from ._text import count
from .context import RuleContext
from .rule import Hit, Rule, hit


def _unmandated(ctx: RuleContext) -> Iterator[Hit]:
    """Without any mandate holder: each one-person (or vacant) function that carries
    activities is the whole chain."""
    plan = ctx.plan
    carried: dict[str, int] = {}
    for activity in plan.activities:
        for ref in dict.fromkeys(activity.responsible):
            carried[ref] = carried.get(ref, 0) + 1
    for i, actor in enumerate(plan.actors):
        if not actor.is_function or actor.id not in carried:
            continue
        if actor.holders == 1 or actor.vacant:
            yield hit(
                f"actors[{i}]",
                "unmandated",
                name=actor.name,
                activities=count("activities", carried[actor.id]),
            )


def check(ctx: RuleContext) -> Iterator[Hit]:
    """No single function, person or link should hold the whole chain together.

    What it finds
    -------------
    An actor, body or link whose loss cuts activities off from every mandate holder
    (:func:`preventionkit.graph.single_points_of_failure`): a vacant function, a function held
    by one person, the only organisation or body between the mandate holder and others' work,
    or the only link into an actor that carries activities. When the plan has no mandate
    holder at all, every function held by one person (or vacant) that carries activities is
    reported: the work then rests on that person alone.

    Why it matters
    --------------
    Strategic initiatives are fragile when "the work is driven by a single coordinator who
    sits on most assignments without a real mandate" (002 §1.5); SKL's success factors call
    for "development from person to function": building the function into the existing
    organisation so the work lasts (004). Anchoring must be renewed when key people change
    (002 §1.6).

    Example
    -------
    A coordinator post held by one person that is the only link between the collaboration
    council and the activities.

    Fix
    ---
    Build the work into the organisation as a function rather than a person: more holders of
    the post or a deputy, a second link (e.g. the unit also reports to the council), or a body
    that shares the task.
    """
    if not ctx.mandate_holders:
        yield from _unmandated(ctx)
        return
    for spof in ctx.single_points_of_failure:
        node = spof.node
        yield hit(
            ctx.path_of(node),
            name=ctx.name_of(node),
            explanation=spof.message(),
        )


RULE = Rule(
    code="PK205",
    name="single-point-of-failure",
    severity="warning",
    sources=("002 §1.5", "004 Utveckling från person till funktion"),
    variants=("unmandated",),
    check=check,
    failing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
actors:
  - {id: samordnare, name: Kvinnofridssamordnare, kind: function, holders: 1}
activities:
  - {id: samverkan, title: Samverkan mot våld, responsible: [samordnare]}
  - {id: utbildning, title: Utbildning för personal, responsible: [samordnare]}
""",
    passing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
actors:
  - {id: kf, name: Kommunfullmäktige, kind: council}
  - {id: samordnare, name: Kvinnofridssamordnare, kind: function, holders: 2}
decisions:
  - {id: d-kf, by: kf, summary: Antar handlingsplanen}
bodies:
  - {id: rad, name: Samverkansrådet mot våld, role: steering_group, members: [samordnare]}
mandates:
  - {holder: rad, granted_by: kf, decision: d-kf, scope: Leda arbetet}
activities:
  - {id: samverkan, title: Samverkan mot våld, responsible: [rad]}
""",
)
