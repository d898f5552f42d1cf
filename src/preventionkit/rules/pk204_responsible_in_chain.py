"""PK204: an activity's responsible actor is not reached by the chain of governance."""

from __future__ import annotations

from collections.abc import Iterator

from ..vocab import ActorKind
from ._text import listing, short
from .context import RuleContext
from .rule import Hit, Rule, hit


def check(ctx: RuleContext) -> Iterator[Hit]:
    """Whoever carries out an activity must be reachable from the mandate holder.

    What it finds
    -------------
    An activity the chain of governance does not reach: no path of authority (decisions,
    mandates, membership, convening, ``reports_to``, ``part_of``) leads from the political top
    or the mandate holders to any of its responsible actors
    (:func:`preventionkit.graph.unreachable_activities`, the same answer as a bus factor of 0).
    One finding per responsible actor of such an activity; an activity with no responsible
    actor at all is PK301's. When the plan has no mandate holder at all, PK201 reports that
    instead.

    Facts it reads
    --------------
    Each activity's ``responsible``, and how each is connected: memberships of bodies,
    ``part_of``, ``reports_to``, mandates. What the plan states is judged (an error), e.g. a
    club in none of the bodies the plan lists. A function or unit whose ``part_of`` is left
    out (a post always sits in some organisation), or any actor whose ``part_of`` is left out
    in a plan that describes no bodies, or one of whose bodies in the chain leaves its
    ``members`` out, is a question: the plan does not say how it is connected, which is not
    the same as saying it is not. An actor responsible for several activities is asked once,
    at the actor, listing them (``unstated_several``).

    Why it matters
    --------------
    The chain of governance links the steering group's decisions to the work done closest to
    the target group (002 §1.8). An actor outside it gets neither mandate nor resources from
    the plan's decisions (002 §1.6), and its activity cannot be followed up through the chain
    (001 p. 12: each committee answers for its activities).

    Example
    -------
    A sports club responsible for an activity but not a member of any body, not part of any
    organisation in the chain, and given no mandate.

    Fix
    ---
    Connect the actor to the chain: make it a member of a body in the chain, record what it is
    part of, or give it a mandate from someone in the chain.
    """
    if not ctx.mandate_holders:
        return
    unreached = ctx.unreachable
    if not unreached:
        return
    plan = ctx.plan
    names: dict[str, str] = {}
    asked: dict[str, list[tuple[Hit, str]]] = {}  # per actor: its questions, activity ids
    for id in unreached:
        i = int(ctx.path_of(id)[len("activities[") : -1])
        activity = plan.activities[i]
        for j, ref in enumerate(activity.responsible):
            name = names.get(ref)
            if name is None:
                name = names[ref] = plan.name_of(ref)
            unstated = _link_unstated(ctx, ref)
            found = hit(
                f"activities[{i}].responsible[{j}]",
                "unstated" if unstated else None,
                unstated=unstated,
                name=name,
                title=short(activity.title),
            )
            if unstated:
                asked.setdefault(ref, []).append((found, activity.id))
            else:
                yield found
    for ref, questions in asked.items():
        if len(questions) == 1:
            yield questions[0][0]
            continue
        # How the actor is connected is one question, however many activities it carries.
        yield hit(
            ctx.path_of(ref),
            "unstated_several",
            unstated=questions[0][0].unstated,
            name=names[ref],
            n=len(questions),
            names=listing([activity for _, activity in questions]),
            activities=tuple(activity for _, activity in questions),
        )


def _link_unstated(ctx: RuleContext, ref: str) -> tuple[str, ...]:
    """The facts the plan leaves out that could connect ``ref`` to the chain: a function's or
    unit's ``part_of`` (a post or a unit always sits in some organisation), or, when the plan
    describes no bodies at all, an actor's ``part_of`` and the ``bodies`` it might sit in.
    Empty when the plan states enough to judge."""
    plan = ctx.plan
    if plan.kind_of(ref) != "actor":
        return ()
    actor = plan.actor(ref)
    path = ctx.path_of(ref)
    part_of = ctx.unstated(f"{path}.part_of")
    if not part_of:
        return ()
    if actor.is_function or actor.kind is ActorKind.UNIT:
        return part_of
    bodies = ctx.unstated("bodies")
    if bodies:
        return (*part_of, *bodies)
    # A body in the chain whose members the plan leaves out may well count the actor.
    open_bodies = tuple(
        f"{ctx.path_of(b.id)}.members"
        for b in ctx.plan.bodies
        if b.id in ctx.chain and ctx.plan.knows(f"{ctx.path_of(b.id)}.members") == "unstated"
    )
    return (*part_of, *open_bodies) if open_bodies else ()


RULE = Rule(
    code="PK204",
    name="responsible-outside-chain",
    severity="error",
    sources=("002 §1.8", "002 §1.6"),
    variants=("unstated", "unstated_several"),
    check=check,
    failing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
actors:
  - {id: kf, name: Kommunfullmäktige, kind: council}
  - {id: klubben, name: Idrottsklubben, kind: civil_society_organisation}
decisions:
  - {id: d-kf, by: kf, summary: Antar handlingsplanen}
bodies:
  - {id: rad, name: Samverkansrådet mot våld, role: steering_group, members: []}
mandates:
  - {holder: rad, granted_by: kf, decision: d-kf, scope: Leda arbetet}
activities:
  - {id: kampanj, title: Kampanj mot våld i idrotten, responsible: [klubben]}
""",
    passing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
actors:
  - {id: kf, name: Kommunfullmäktige, kind: council}
  - {id: klubben, name: Idrottsklubben, kind: civil_society_organisation}
decisions:
  - {id: d-kf, by: kf, summary: Antar handlingsplanen}
bodies:
  - {id: rad, name: Samverkansrådet mot våld, role: steering_group, members: [klubben]}
mandates:
  - {holder: rad, granted_by: kf, decision: d-kf, scope: Leda arbetet}
activities:
  - {id: kampanj, title: Kampanj mot våld i idrotten, responsible: [klubben]}
""",
)
