"""PK502: no referral routine, or no support contacts, for when violence is a fact."""

from __future__ import annotations

from collections.abc import Iterator

from .context import RuleContext
from .rule import Hit, Rule, Variant, hit


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
    summary_en="No referral routine or no support contacts for when violence is a fact.",
    summary_sv="Ingen hänvisningsrutin eller inga stödkontakter för när våldet är ett faktum.",
    message_en="The plan names no routine for referral to the units that handle crime, support "
    "and protection.",
    message_sv="Planen anger ingen rutin för hänvisning till de verksamheter som hanterar brott, "
    "stöd och skydd.",
    hint_en="List them in readiness.referral_routines, e.g. social services, the police and "
    "the women's shelter (002 §1.12).",
    hint_sv="Ange dem i readiness.referral_routines, till exempel socialtjänsten, polisen och "
    "kvinnojouren (002 §1.12).",
    variants={
        "support": Variant(
            message_sv="Planen anger inga stödkontakter för personalen och för dem som "
            "verksamheten är till för.",
            message_en="The plan names no support contacts for staff and the people the work "
            "serves.",
            hint_sv="Ange dem i readiness.support_contacts, till exempel Kvinnofridslinjen "
            "020-50 50 50 (002 §1.12).",
            hint_en="List them in readiness.support_contacts, e.g. Kvinnofridslinjen "
            "020-50 50 50 (002 §1.12).",
        )
    },
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
