"""PK201: no mandate holder."""

from __future__ import annotations

from collections.abc import Iterator

from .context import RuleContext
from .rule import Hit, Rule, Variant, hit


def check(ctx: RuleContext) -> Iterator[Hit]:
    """Some body or function must hold a mandate, from a formal decision, to lead the work.

    What it finds
    -------------
    A plan in which no body or function holds a mandate to lead the strategic work
    (``leads: true``) that rests on a formal decision taken by, and in force on, the
    ``as_of`` date. One finding for the plan; it points at a leading mandate that lacks a
    decision, or one not in force, when there is such a mandate.

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
    present_decisions = {d.id: d for d in plan.decisions}
    for i, m in enumerate(plan.mandates):
        if m.leads and m.decision is None:
            yield hit(f"mandates[{i}]", "no_decision", holder=plan.name_of(m.holder))
            return
    if ctx.as_of is not None:
        for i, m in enumerate(plan.mandates):
            if m.leads and m.decision in present_decisions:
                yield hit(
                    f"mandates[{i}]",
                    "not_in_force",
                    holder=plan.name_of(m.holder),
                    day=ctx.as_of.isoformat(),
                )
                return
    yield hit("mandates" if plan.mandates else "")


_HINT_EN = (
    "Record the mandate and the decision it rests on, e.g. mandates: [{{holder: "
    "samverkansradet, granted_by: ks, decision: d-kf-2019, scope: Leda och följa upp "
    "planen}}]; there must be a group with decision mandate that leads the strategic work "
    "(002 §1.8)."
)
_HINT_SV = (
    "Ange mandatet och beslutet det vilar på, till exempel mandates: [{{holder: "
    "samverkansradet, granted_by: ks, decision: d-kf-2019, scope: Leda och följa upp "
    "planen}}]; det måste finnas en grupp med beslutsmandat som leder det strategiska "
    "utvecklingsarbetet (002 §1.8)."
)

RULE = Rule(
    code="PK201",
    name="no-mandate-holder",
    severity="error",
    sources=("002 §1.6", "002 §1.8"),
    summary_en="No body or function holds a mandate from a formal decision to lead the "
    "strategic work.",
    summary_sv="Ingen grupp eller funktion har ett mandat genom formellt beslut att leda det "
    "strategiska arbetet.",
    message_en="No body or function holds a mandate, resting on a formal decision, to lead the "
    "strategic work.",
    message_sv="Ingen grupp eller funktion har ett mandat att leda det strategiska arbetet som "
    "vilar på ett formellt beslut.",
    hint_en=_HINT_EN,
    hint_sv=_HINT_SV,
    variants={
        "no_decision": Variant(
            message_sv="Mandatet för {holder} att leda arbetet vilar inte på något formellt "
            "beslut, så ingen har ett verkligt mandat att leda det strategiska arbetet.",
            message_en="The mandate of {holder} to lead the work rests on no formal decision, "
            "so nobody holds a real mandate to lead the strategic work.",
            hint_sv="Ange i 'decision' det beslut som ger mandatet; utan formella beslut avsätts "
            "inga resurser (002 §1.6).",
            hint_en="Name the decision that grants the mandate in 'decision'; without formal "
            "decisions no resources are set aside (002 §1.6).",
        ),
        "not_in_force": Variant(
            message_sv="Inget mandat att leda det strategiska arbetet gäller den {day}; "
            "mandatet för {holder} gäller inte då.",
            message_en="No mandate to lead the strategic work is in force on {day}; the "
            "mandate of {holder} is not in force then.",
            hint_sv="Förnya mandatet genom ett nytt beslut, eller rätta dess giltighetstid "
            "(002 §1.6).",
            hint_en="Renew the mandate by a new decision, or correct its period of validity "
            "(002 §1.6).",
        ),
    },
    check=check,
    failing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
actors:
  - {id: samordnare, name: Kvinnofridssamordnare, kind: function, holders: 1}
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
