"""PK202: a mandate does not trace back to a political body."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

from ..vocab import ActorKind
from .context import RuleContext
from .rule import Hit, Rule, hit


def _anchored(ctx: RuleContext) -> set[str]:
    """Every actor or body that traces back to a political body, itself included: one search
    down from the political bodies along the reverse of what lies above each record (what it
    is part of or reports to, the partnership's lead, whom it represents, and who granted its
    mandates, alone or jointly, or took or signed the decisions they rest on), so each record is visited once however deep the chain (issue 21)."""
    plan = ctx.plan
    decisions = {d.id: d for d in plan.decisions}
    below: dict[str, list[str]] = {}
    for a in plan.actors:
        for parent in a.parents:  # a joint unit is part of each of its parents
            below.setdefault(parent, []).append(a.id)
        if a.represented_by is not None:  # the representative acts for the one it represents
            below.setdefault(a.id, []).append(a.represented_by)
    for b in plan.bodies:
        for above in (b.reports_to, b.part_of, b.lead):
            if above is not None:
                below.setdefault(above, []).append(b.id)
    for m in plan.mandates:
        for grantor in m.grantors:
            below.setdefault(grantor, []).append(m.holder)
        decision = decisions.get(m.decision) if m.decision is not None else None
        if decision is not None:
            for party in (decision.by, *decision.parties):
                below.setdefault(party, []).append(m.holder)
    seen = {a.id for a in plan.actors if ctx.anchors_politically(a.id)}
    seen.update(b.id for b in plan.bodies if ctx.anchors_politically(b.id))
    queue = deque(seen)
    while queue:
        node = queue.popleft()
        for nxt in below.get(node, ()):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen


def check(ctx: RuleContext) -> Iterator[Hit]:
    """A mandate should trace back to a political body.

    What it finds
    -------------
    A mandate whose grantors (``granted_by`` and ``co_granted_by``), and the decision it rests
    on (its maker and parties), lead through ``part_of``, ``also_part_of``, ``reports_to``,
    a partnership's ``lead``, ``represented_by`` and the grantors' own mandates to no political
    body: a legislature, the Government, a council, executive board, committee, a municipality
    acting through its political leadership, or a political steering group (the one predicate of political anchoring,
    :func:`preventionkit.graph.is_political`, which the checklist and PK203 also use). The
    ``local-unit`` profile does not ask for it: a single unit's chain may sit in its ordinary
    management group (002 §1.8), and political support is sought "when necessary" (002 §1.6).
    A mandate resting on a statute (``statute``: an Act of Parliament or a government
    assignment) is anchored by what it is.

    Facts it reads
    --------------
    ``mandates`` (grantors, ``decision``, ``statute``), the decisions' ``by`` and
    ``parties``, actors' ``kind``, ``part_of``, ``also_part_of`` and ``represented_by``, and
    bodies' ``role``, ``reports_to``, ``part_of`` and ``lead``. Every one of these is stated
    when a mandate is recorded (``granted_by`` is required), so the rule judges; a plan with no
    mandates is silent here (PK201 asks for them).

    Why it matters
    --------------
    The guide asks that the initiative be anchored in management, get political support and
    be integrated in the ordinary governance system (002 §1.6); the political steering group
    is e.g. the council or a committee (002 §1.8). In Västerbotten, active participation of
    politics and municipal leadership gave "strong teams with mandate to carry it out"
    (002 §1.5). Umeå's plan is adopted by the council and owned by the executive board
    (001 p. 15).

    Example
    -------
    A coordinator granting the collaboration council its mandate, with nothing above the
    coordinator.

    Fix
    ---
    Let a council, executive board or committee grant the mandate or take the decision it
    rests on, or record how the grantor reports to or is part of one.
    """
    if not ctx.profile.political_kinds:
        return
    plan = ctx.plan
    anchored = _anchored(ctx)
    decisions = {d.id: d for d in plan.decisions}
    from ..graph import POLITICAL_ANCHORS

    kinds = tuple(k for k in ActorKind if k in POLITICAL_ANCHORS)
    for i, m in enumerate(plan.mandates):
        if m.statute is not None:
            continue  # an Act or a government assignment: political by what it is
        if any(g in anchored for g in m.grantors):
            continue
        decision = decisions.get(m.decision) if m.decision is not None else None
        if decision is not None and any(p in anchored for p in (decision.by, *decision.parties)):
            continue
        yield hit(
            f"mandates[{i}].granted_by",
            holder=plan.name_of(m.holder),
            granter=plan.name_of(m.granted_by),
            kinds=kinds,
        )


RULE = Rule(
    code="PK202",
    name="mandate-not-political",
    severity="warning",
    sources=("002 §1.6", "002 §1.8", "002 §1.5"),
    check=check,
    failing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
actors:
  - {id: samordnare, name: Kvinnofridssamordnare, kind: function, holders: 1}
decisions:
  - {id: d1, by: samordnare, summary: Inrättar ett samverkansråd}
bodies:
  - {id: rad, name: Samverkansrådet mot våld, role: steering_group}
mandates:
  - {holder: rad, granted_by: samordnare, decision: d1, scope: Leda arbetet}
""",
    passing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
actors:
  - {id: kf, name: Kommunfullmäktige, kind: council}
  - {id: ks, name: Kommunstyrelsen, kind: executive_board}
decisions:
  - {id: d-kf, by: kf, summary: Antar handlingsplanen}
bodies:
  - {id: rad, name: Samverkansrådet mot våld, role: steering_group}
mandates:
  - {holder: rad, granted_by: ks, decision: d-kf, scope: Leda arbetet}
""",
)
