"""PK502: no referral routine, or no support contacts, for when violence is a fact."""

from __future__ import annotations

from collections.abc import Iterator

from ..messages import Param
from .context import RuleContext
from .rule import Hit, Rule, hit


def check(ctx: RuleContext) -> Iterator[Hit]:
    """Prevention work must be ready for when violence turns out to be a fact.

    What it finds
    -------------
    A plan whose ``readiness`` states no ``referral_routines`` (``[]``; one finding) or no
    ``support_contacts`` (another finding).

    Facts it reads
    --------------
    ``readiness.referral_routines`` and ``readiness.support_contacts``. Where the plan does
    not state them (left out), the finding is a question to confirm, not a warning: many plans
    keep their routines in other documents. A regional or international strategy that names
    its members' plans (``related`` with relation ``child``) leaves this unit-level readiness
    to them, and is not asked.

    Why it matters
    --------------
    Broad prevention work uncovers violence. "Collaboration routines with clear referral to
    the units that handle crime, support and protection" must be in place, and "information
    about and contact details for support and protection should be easy to find, so that both
    staff and the people served can make contact directly" (002 §1.12).

    Example
    -------
    ``readiness: {mandatory_reporting_routine: true, referral_routines: [], support_contacts:
    []}``: the plan says it has neither. Left out, the same two are asked as questions.

    Fix
    ---
    List the routines and contacts: ``referral_routines: [Socialtjänsten, Polisen]``,
    ``support_contacts: ["Kvinnofridslinjen 020-50 50 50"]``.
    """
    from .pk501_mandatory_reporting import delegated

    if delegated(ctx):
        return
    readiness = ctx.plan.readiness
    for field, variant in (("referral_routines", None), ("support_contacts", "support")):
        path = f"readiness.{field}"
        where = path if readiness is not None else "readiness"
        unstated = ctx.unstated(path)
        # The hint's example contact is the Swedish helpline only for a Swedish plan.
        example: dict[str, Param] = (
            {"example": ctx.example("rule.PK502.example.support")} if variant else {}
        )
        if unstated:
            yield hit(
                where,
                f"{variant}_unstated" if variant else "unstated",
                unstated=unstated,
                **example,
            )
        elif readiness is None or not getattr(readiness, field):
            yield hit(where, variant, **example)


RULE = Rule(
    code="PK502",
    name="no-referral-or-support",
    severity="warning",
    sources=("002 §1.12",),
    variants=("support", "unstated", "support_unstated"),
    check=check,
    failing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
readiness:
  mandatory_reporting_routine: true
  referral_routines: []
  support_contacts: []
""",
    passing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
readiness:
  mandatory_reporting_routine: true
  referral_routines: [Socialtjänsten, Polisen, Kvinnojouren]
  support_contacts: [Kvinnofridslinjen 020-50 50 50]
""",
)
