"""PK202: a mandate does not trace back to a political body."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

from ..vocab import ActorKind, BodyRole
from .context import RuleContext
from .rule import Hit, Rule, hit


def _upward(ctx: RuleContext) -> dict[str, list[str]]:
    """For each actor or body, what lies directly above it: what it is part of or reports to,
    and who granted its mandates or took the decisions they rest on."""
    plan = ctx.plan
    decided_by = {d.id: d.by for d in plan.decisions}
    up: dict[str, list[str]] = {}
    for a in plan.actors:
        if a.part_of is not None:
            up.setdefault(a.id, []).append(a.part_of)
    for b in plan.bodies:
        for above in (b.reports_to, b.part_of):
            if above is not None:
                up.setdefault(b.id, []).append(above)
    for m in plan.mandates:
        up.setdefault(m.holder, []).append(m.granted_by)
        if m.decision is not None and m.decision in decided_by:
            up[m.holder].append(decided_by[m.decision])
    return up


def _political(ctx: RuleContext, id: str, kinds: frozenset[ActorKind]) -> bool:
    entry = ctx.plan.index.by_id.get(id)
    if entry is None:
        return False
    kind, record = entry
    if kind == "actor":
        return record.kind in kinds
    return kind == "body" and record.role is BodyRole.POLITICAL_STEERING


def check(ctx: RuleContext) -> Iterator[Hit]:
    """A mandate should trace back to a political body.

    What it finds
    -------------
    A mandate whose grantor, and the decision it rests on, lead through ``part_of``,
    ``reports_to`` and the grantors' own mandates to no political body of the profile (for
    ``municipal``: a council, executive board or committee, or a political steering group;
    ``regional`` adds the Government). The ``local-unit`` profile does not ask for it: a
    single unit's chain may sit in its ordinary management group (002 §1.8), and political
    support is sought "when necessary" (002 §1.6).

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
    kinds = ctx.profile.political_kinds
    if not kinds:
        return
    plan = ctx.plan
    up = _upward(ctx)
    decided_by = {d.id: d.by for d in plan.decisions}
    verdict: dict[str, bool] = {}
    for i, m in enumerate(plan.mandates):
        starts = [m.granted_by]
        if m.decision is not None and m.decision in decided_by:
            starts.append(decided_by[m.decision])
        key = "\x00".join(starts)
        if key not in verdict:
            seen = set(starts)
            queue = deque(starts)
            found = False
            while queue:
                node = queue.popleft()
                if _political(ctx, node, kinds):
                    found = True
                    break
                for nxt in up.get(node, ()):
                    if nxt not in seen:
                        seen.add(nxt)
                        queue.append(nxt)
            verdict[key] = found
        if not verdict[key]:
            yield hit(
                f"mandates[{i}].granted_by",
                holder=plan.name_of(m.holder),
                granter=plan.name_of(m.granted_by),
                kinds=tuple(k for k in ActorKind if k in kinds),
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
