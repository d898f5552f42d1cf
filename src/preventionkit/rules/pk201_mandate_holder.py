"""PK201: no mandate holder."""

from __future__ import annotations

from collections.abc import Iterator

from .context import RuleContext
from .rule import Hit, Rule, hit


def check(ctx: RuleContext) -> Iterator[Hit]:
    """Some body or function must hold a mandate, from a formal decision, to lead the work.

    What it finds
    -------------
    A plan in which no body or function holds a mandate to lead the strategic work
    (``leads: true``) that rests on a formal decision taken by, and in force on, the
    ``as_of`` date, or on a statute (``statute``: an Act or a government assignment, the
    firmest formal basis there is, e.g. a county board's ordinance or England's Serious
    Violence Duty). One finding for the plan; it points at a leading mandate not in force when
    there is such a mandate.

    Facts it reads
    --------------
    ``mandates`` (``holder``, ``leads``, ``decision``, ``statute``, validity) and the
    decisions they rest on. A plan that states its mandates (or ``mandates: []``) and none
    leads on a formal basis gets the error. Where the plan does not list mandates at all, or
    a leading mandate names neither decision nor statute, the finding is a question to
    confirm: who leads, and on what decision, is often in another document.

    Why it matters
    --------------
    "Whatever the organisation, there must be a group with decision mandate that leads the
    strategic development work; otherwise the work risks stagnating" (002 §1.8). "Without
    formal decisions ... resources will be set aside neither for preparation, execution nor
    follow-up" (002 §1.6). Work run by a single coordinator "without a real mandate" is
    fragile (002 §1.5).

    Example
    -------
    A plan carried by a coordinator with no ``mandates`` entry, or whose collaboration
    council's mandate names no ``decision``.

    Fix
    ---
    Record the mandate and the decision it rests on:
    ``mandates: [{holder: samverkansradet, granted_by: ks, decision: d-kf-2019,
    scope: Leda och följa upp planen}]``.
    """
    if ctx.mandate_holders:
        return
    plan = ctx.plan
    if ctx.unstated("mandates"):
        yield hit("", "unstated", unstated=("mandates",))
        return
    present_decisions = {d.id: d for d in plan.decisions}
    for i, m in enumerate(plan.mandates):
        if m.leads and m.decision is None and m.statute is None:
            yield hit(
                f"mandates[{i}]",
                "no_decision",
                unstated=(f"mandates[{i}].decision",),
                holder=plan.name_of(m.holder),
            )
            return
    if ctx.as_of is not None:
        for i, m in enumerate(plan.mandates):
            if m.leads and (m.decision in present_decisions or m.statute is not None):
                yield hit(
                    f"mandates[{i}]",
                    "not_in_force",
                    holder=plan.name_of(m.holder),
                    day=ctx.as_of.isoformat(),
                )
                return
    yield hit("mandates")


RULE = Rule(
    code="PK201",
    name="no-mandate-holder",
    severity="error",
    sources=("002 §1.6", "002 §1.8"),
    variants=("no_decision", "not_in_force", "unstated"),
    check=check,
    failing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
actors:
  - {id: samordnare, name: Kvinnofridssamordnare, kind: function, holders: 1}
mandates: []
activities:
  - {id: samverkan, title: Samverkan mot våld, responsible: [samordnare]}
""",
    passing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
actors:
  - {id: kf, name: Kommunfullmäktige, kind: council}
  - {id: ks, name: Kommunstyrelsen, kind: executive_board}
decisions:
  - {id: d-kf, by: kf, date: 2019-06-17, summary: Antar handlingsplanen}
bodies:
  - {id: rad, name: Samverkansrådet mot våld, role: steering_group, reports_to: ks}
mandates:
  - {holder: rad, granted_by: ks, decision: d-kf, scope: Leda och följa upp planen}
""",
)
