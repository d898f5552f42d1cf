"""Arenas (arenor) where prevention work takes place (002 §1.2, §1.3)."""

from __future__ import annotations

from ._base import Term

__all__ = ["ARENAS_WITH_CHILDREN", "Arena"]


class Arena(Term):
    """A setting where violence-prevention activities reach people (002 §1.2)."""

    PRESCHOOL = ("preschool", "002 §1.2, §1.3")
    SCHOOL = ("school", "002 §1.2, §1.3")
    HIGHER_EDUCATION = ("higher_education", "002 §1.2")
    YOUTH_CLINIC = ("youth_clinic", "002 §1.2")
    OUTREACH_AND_LEISURE = ("outreach_and_leisure", "002 §1.2")
    PARENTING_SUPPORT = ("parenting_support", "002 §1.2")
    CIVIC_ORIENTATION = ("civic_orientation", "002 §1.2")
    SHELTERS = ("shelters", "002 §1.2")
    FAITH_COMMUNITIES = ("faith_communities", "002 §1.2")
    SPORTS_CLUBS = ("sports_clubs", "002 §1.2; 001 p. 9")
    ASSOCIATIONS = ("associations", "002 §1.2")
    WORKPLACES = ("workplaces", "001 p. 9, p. 18")
    HOUSING_AREAS = ("housing_areas", "001 p. 9; 002 §1.10")
    STREETS_AND_PARKS = ("streets_and_parks", "002 §1.10")
    PUBLIC_EVENTS = ("public_events", "001 p. 11 (våld i offentlig miljö)")
    ONLINE = ("online", "002 §1.3")
    SOCIAL_SERVICES = ("social_services", "001 p. 7; 002 §1.12")
    HEALTH_CARE = ("health_care", "002 §1.12; 004")
    ELDERLY_CARE = ("elderly_care", "002 §1.5")
    DISABILITY_SERVICES = ("disability_services", "001 p. 14")


DUTY_TO_REPORT_ARENAS: frozenset[Arena] = frozenset(
    {Arena.PRESCHOOL, Arena.SCHOOL, Arena.YOUTH_CLINIC, Arena.HEALTH_CARE}
)
"""Arenas whose staff have a duty under Swedish law to report at once when they suspect a
child is at risk: "skola, hälso- och sjukvård och tandvård till exempel" (002 §1.12, SoL). The
preschool is part of the school system and a youth clinic is health care; everyone else "is
recommended" to report, which is no duty (ibid.)."""

ARENAS_WITH_CHILDREN: frozenset[Arena] = frozenset(
    {
        Arena.PRESCHOOL,
        Arena.SCHOOL,
        Arena.YOUTH_CLINIC,
        Arena.OUTREACH_AND_LEISURE,
        Arena.PARENTING_SUPPORT,
        Arena.SPORTS_CLUBS,
        Arena.SHELTERS,
    }
)
"""Arenas where staff meet children and young people, and so have a duty to report children at
risk (anmälningsskyldighet, 002 §1.12)."""
