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


def _inside(ctx: RuleContext, ref: str, org: str) -> bool:
    """Whether ``ref`` is ``org`` or sits inside it (up ``part_of`` / ``also_part_of`` of
    actors and ``part_of`` / ``reports_to`` of bodies)."""
    plan = ctx.plan
    seen: set[str] = set()
    todo = [ref]
    while todo:
        node = todo.pop()
        if node == org:
            return True
        if node in seen:
            continue
        seen.add(node)
        kind = plan.kind_of(node)
        if kind == "actor":
            todo.extend(plan.actor(node).parents)
        elif kind == "body":
            body = plan.body(node)
            todo.extend(x for x in (body.part_of, body.reports_to) if x is not None)
    return False


def _links_others(ctx: RuleContext, org: str, activities: tuple[str, ...]) -> bool:
    """Whether some of ``activities`` is carried out by someone outside ``org``: only then is
    an organisation, rather than its own line, the only link (issue 16)."""
    plan = ctx.plan
    for id in activities:
        activity = plan.activity(id)
        if any(not _inside(ctx, r, org) for r in activity.responsible):
            return True
    return False


def check(ctx: RuleContext) -> Iterator[Hit]:
    """No single person or post should hold the whole chain together.

    What it finds
    -------------
    A function (a post) whose loss cuts activities off from every mandate holder
    (:func:`preventionkit.graph.single_points_of_failure`): a vacant post, or one held by a
    single person. An organisation is reported only where it really is the only link: the
    work it cuts off is carried out by others, outside it (not its own committees and units).
    Bodies (committees, groups where the parties are represented) and single links are not
    reported: a group does not leave like a person, and a line organisation is not fragile for
    being one. When the plan has no mandate holder at all, every function held by one person
    (or vacant) that carries activities is reported: the work then rests on that person alone.

    Facts it reads
    --------------
    The chain of governance, and each function's ``holders``, ``vacant`` and
    ``vacant_since``. A post the chain passes through whose number of holders the plan leaves
    out is a question (is it held by one person, or has it a deputy?), not a warning; a post
    with two or more holders is not a single point of failure.

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
    For a post: more holders or a deputy, so the function outlasts the person. For an
    organisation that is the only link to others' work: a second link, e.g. let the partners
    also be members of the council, or a body that shares the task.
    """
    if not ctx.mandate_holders:
        yield from _unmandated(ctx)
        return
    plan = ctx.plan
    for spof in ctx.single_points_of_failure:
        node = spof.node
        if spof.reason == "bridge" or plan.kind_of(node) != "actor":
            continue
        actor = plan.actor(node)
        path = ctx.path_of(node)
        if actor.is_function:
            if spof.reason in ("vacancy", "single_holder"):
                yield hit(path, name=ctx.name_of(node), explanation=spof.message())
            elif actor.holders is None:
                yield hit(
                    path,
                    "holders_unstated",
                    unstated=(f"{path}.holders",),
                    name=actor.name,
                    activities=count("activities", len(spof.activities)),
                )
            continue
        if _links_others(ctx, node, spof.activities):
            yield hit(path, "organisation", name=actor.name, explanation=spof.message())


RULE = Rule(
    code="PK205",
    name="single-point-of-failure",
    severity="warning",
    sources=("002 §1.5", "004 Utveckling från person till funktion"),
    variants=("unmandated", "organisation", "holders_unstated"),
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
