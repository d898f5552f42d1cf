"""PK502: no referral routine, or no support contacts, for when violence is a fact."""

from __future__ import annotations

from collections.abc import Iterator

from .context import RuleContext
from .rule import Hit, Rule, hit


def check(ctx: RuleContext) -> Iterator[Hit]:
    """Prevention work must be ready for when violence turns out to be a fact.

    What it finds
    -------------
    A plan whose ``readiness`` names no ``referral_routines`` (one finding) or no
    ``support_contacts`` (another finding).

    Why it matters
    --------------
    Broad prevention work uncovers violence. "Collaboration routines with clear referral to
    the units that handle crime, support and protection" must be in place, and "information
    about and contact details for support and protection should be easy to find, so that both
    staff and the people served can make contact directly" (002 §1.12).

    Example
    -------
    ``readiness: {mandatory_reporting_routine: true}`` and nothing else.

    Fix
    ---
    List the routines and contacts: ``referral_routines: [Socialtjänsten, Polisen]``,
    ``support_contacts: ["Kvinnofridslinjen 020-50 50 50"]``.
    """
    readiness = ctx.plan.readiness
    base = "readiness" if readiness is not None else ""
    if readiness is None or not readiness.referral_routines:
        yield hit("readiness.referral_routines" if base else "readiness")
    if readiness is None or not readiness.support_contacts:
        yield hit("readiness.support_contacts" if base else "readiness", "support")


RULE = Rule(
    code="PK502",
    name="no-referral-or-support",
    severity="warning",
    sources=("002 §1.12",),
    variants=("support",),
    check=check,
    failing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
readiness:
  mandatory_reporting_routine: true
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
