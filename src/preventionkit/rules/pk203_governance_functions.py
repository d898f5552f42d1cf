"""PK203: the chain of governance lacks one of its functions."""

from __future__ import annotations

from collections.abc import Iterator

from ..messages import message
from ..vocab import ActorKind, BodyRole
from ._text import short
from .context import RuleContext
from .rule import Hit, Rule, hit

_LINKS = ("lead", "convener", "reports_to", "part_of")
"""The fields that can link a body into the chain from above (002 §1.8)."""


def check(ctx: RuleContext) -> Iterator[Hit]:
    """The chain of governance needs each of the functions the profile asks for.

    What it finds
    -------------
    A function of the chain of governance that the profile requires and no body fills
    (one finding per function). ``municipal`` requires all four of 002 §1.8: political
    steering, a steering group, a collaboration team and operational working groups;
    ``local-unit`` a steering function (a political steering group also counts) and an
    operational group; ``regional`` a county collaboration forum at management or strategic
    level (a steering group or collaboration team), networks, and a county administrative
    board or region as regional coordinator in the chain (003). A council, executive board or
    committee that adopts the plan, owns it or grants a mandate fills political steering.
    Bodies count when they are in the chain reached from the mandate holder (all bodies when
    there is none, which PK201 reports).

    Facts it reads
    --------------
    ``bodies`` (``role``, and their links into the chain), the chain of governance
    (:func:`preventionkit.graph.governance`) and, for political steering and the regional
    coordinator, the kinds of the actors. A plan that lists its bodies (or states ``bodies:
    []``) is judged; one that does not describe its organisation at all is asked about the
    functions instead, and the coordinator is asked for when the plan lists no actors.
    A file that gives its bodies only in part (``incomplete: [bodies]``) has each missing
    function asked, not judged. Two or more functions asked about for the same reason are
    asked in one question (``unstated_roles``, ``incomplete_roles``).

    A body that has the function but that nothing links to the chain (no ``lead``,
    ``convener``, ``reports_to`` or ``part_of`` reaching it from the mandate holder) is named
    rather than reported as missing: the function is there, its place in the chain is what
    is lacking. When the plan leaves all four links out it is asked how the body is linked (a
    county platform whose leading party a file did not record, such as Operation Kvinnofrid,
    led by the county board, tests/realworld/stockholm-lan-vald-2020.yaml); when it gives a
    link that does not reach the chain it is judged.

    Why it matters
    --------------
    "Large as well as smaller development efforts must have a chain of governance and an
    organisation"; the guide proposes securing "the function of a steering group, the
    function of a strategic collaboration team and the function of operational working
    groups", with e.g. the council or a committee as political steering group (002 §1.8).
    Checklist item 6 asks: "Do you have a chain of governance for the strategic and the
    operational work?" (002 §1.13). County administrative boards are the regional
    coordinators that lead county collaboration and networks (003).

    Example
    -------
    A municipal plan with a steering group and nothing between it and the activities.

    Fix
    ---
    Add the missing function as a body with its ``role``, linked into the chain (a member,
    ``reports_to`` or ``part_of``), or link an existing group that already fills it, such as a
    local crime-prevention council (002 §1.7).
    """
    profile = ctx.profile
    holders = ctx.mandate_holders
    chain = ctx.chain
    governance = ctx.governance
    roles = governance.roles
    political_actor: bool | None = None
    questions: list[Hit] = []  # the functions asked about because the bodies are not all given
    for required in profile.required_roles:
        if roles & profile.fillers(required):
            continue
        if required is BodyRole.POLITICAL_STEERING or BodyRole.POLITICAL_STEERING in (
            profile.fillers(required)
        ):
            if political_actor is None:
                political_actor = governance.political_steering
            if political_actor:
                continue
        outside = next(
            ((i, b) for i, b in enumerate(ctx.plan.bodies) if b.role in profile.fillers(required)),
            None,
        )
        if outside is not None:
            i, body = outside
            links = ctx.unstated(*(f"bodies[{i}].{f}" for f in _LINKS))
            asked = links if len(links) == len(_LINKS) else ()
            yield hit(
                f"bodies[{i}]",
                "unlinked_unstated" if asked else "unlinked",
                unstated=asked,
                role=required,
                value=required.value,
                body=short(body.name),
            )
            continue
        unstated = ctx.unstated("bodies")
        listed = unstated and ctx.plan.knows("bodies") != "unstated"
        found = hit(
            "bodies",
            ("incomplete" if listed else "unstated") if unstated else None,
            unstated=unstated,
            role=required,
            value=required.value,
            what=message(f"rule.PK203.what.{required.value}"),
        )
        if unstated:
            questions.append(found)
        else:
            yield found
    if len(questions) > 1:
        # One question for the functions asked about for the same reason, not one each.
        yield hit(
            "bodies",
            f"{questions[0].variant}_roles",
            unstated=questions[0].unstated,
            role=tuple(h.params["role"] for h in questions),
        )
    else:
        yield from questions
    if profile.coordinator_kinds:
        pool = chain if holders else frozenset(ctx.participants) | frozenset(ctx.roots)
        if not any(ctx.is_political(i, profile.coordinator_kinds) for i in pool):
            kinds = tuple(k for k in ActorKind if k in profile.coordinator_kinds)
            unstated = ctx.unstated("actors")
            yield hit(
                "actors",
                "coordinator_unstated" if unstated else "coordinator",
                unstated=unstated,
                kinds=kinds,
            )


RULE = Rule(
    code="PK203",
    name="governance-function-missing",
    severity="warning",
    sources=("002 §1.8", "002 §1.13", "003 Länsstyrelsernas roll som regionala samordnare"),
    variants=(
        "coordinator",
        "unstated",
        "coordinator_unstated",
        "incomplete",
        "unlinked",
        "unlinked_unstated",
        "unstated_roles",
        "incomplete_roles",
    ),
    check=check,
    failing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
profile: municipal
actors:
  - {id: kf, name: Kommunfullmäktige, kind: council}
decisions:
  - {id: d-kf, by: kf, summary: Antar handlingsplanen}
bodies:
  - {id: styrgrupp, name: Styrgruppen, role: steering_group}
mandates:
  - {holder: styrgrupp, granted_by: kf, decision: d-kf, scope: Leda arbetet}
""",
    passing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
profile: municipal
adopted_by: d-kf
actors:
  - {id: kf, name: Kommunfullmäktige, kind: council}
  - {id: strateg, name: Jämställdhetsstrateg, kind: function, holders: 2}
  - {id: skola, name: Grundskolan, kind: unit}
decisions:
  - {id: d-kf, by: kf, summary: Antar handlingsplanen}
bodies:
  - {id: styrgrupp, name: Styrgruppen, role: steering_group}
  - {id: team, name: Samverkansteamet, role: collaboration_team, reports_to: styrgrupp, members: [strateg]}
  - {id: arbetsgrupp, name: Arbetsgruppen i skolan, role: operational_group, reports_to: team, members: [skola]}
mandates:
  - {holder: styrgrupp, granted_by: kf, decision: d-kf, scope: Leda arbetet}
""",
)
