"""PK209: no decision has adopted the plan, or its adoption is only proposed."""

from __future__ import annotations

from collections.abc import Iterator

from ..vocab import DecisionStage
from .context import RuleContext
from .rule import Hit, Rule, hit


def check(ctx: RuleContext) -> Iterator[Hit]:
    """A plan governs only once a formal decision has adopted it.

    What it finds
    -------------
    A plan whose ``adopted_by`` names a decision that is only a ``proposal``, and a plan whose
    ``status`` is ``draft`` with no adopting decision. One finding for the plan.

    Facts it reads
    --------------
    ``adopted_by``, the ``stage`` of that decision, and ``status``. A plan that names no
    adopting decision and does not say it is a draft is asked (a question to confirm): the
    decision is often on the cover page or in the minutes and may have been left out. An
    archived plan is not judged.

    Why it matters
    --------------
    "Without formal decisions, resources are set aside neither for preparation, execution nor
    follow-up", and a proposal to a deciding body is not yet a decision: no mandate rests on it
    (002 §1.6). The plan of the sources is one the council approves ("Godkänd av:
    Kommunfullmäktige", 001 p. 1).

    Severity: a warning. A plan in drafting legitimately has no adopting decision yet; the
    finding says what it lacks before it can govern, not that the draft is wrong.

    Example
    -------
    ``adopted_by: d-forslag`` where ``d-forslag`` is the executive board's proposal to the
    council (``stage: proposal``).

    Fix
    ---
    Record the decision that adopted the plan (``kind: adoption``, ``stage: decided``, with
    its date and reference, e.g. ``KF §123``) and name it in ``adopted_by``.
    """
    plan = ctx.plan
    if plan.status == "archived":
        return
    if plan.adopted_by is not None:
        decision = plan.get(plan.adopted_by)
        if getattr(decision, "stage", None) is DecisionStage.PROPOSAL:
            yield hit("adopted_by", "proposal", decision=plan.adopted_by)
        return
    if plan.status == "draft":
        yield hit("status")
    else:
        yield hit("adopted_by", "unstated", unstated=("adopted_by",))


RULE = Rule(
    code="PK209",
    name="not-adopted",
    severity="warning",
    sources=("002 §1.6", "001 p. 1"),
    variants=("proposal", "unstated"),
    check=check,
    failing_example="""\
preventionkit: 2
id: exempel
title: Handlingsplan mot våld
adopted_by: d-forslag
actors:
  - {id: ks, name: Kommunstyrelsen, kind: executive_board}
decisions:
  - id: d-forslag
    by: ks
    kind: adoption
    stage: proposal
    summary: Föreslår fullmäktige att anta handlingsplanen
""",
    passing_example="""\
preventionkit: 2
id: exempel
title: Handlingsplan mot våld
adopted_by: d-kf
actors:
  - {id: kf, name: Kommunfullmäktige, kind: council}
decisions:
  - id: d-kf
    by: kf
    kind: adoption
    stage: decided
    date: 2019-06-17
    reference: KF §123
    summary: Antar handlingsplanen mot våld
""",
)
