"""Arenas (arenor) where prevention work takes place (002 §1.2, §1.3)."""

from __future__ import annotations

from ._base import Term

__all__ = ["ARENAS_WITH_CHILDREN", "Arena"]


class Arena(Term):
    """A setting where violence-prevention activities reach people (002 §1.2)."""

    PRESCHOOL = ("preschool", "förskola", "preschool", "Preschool.", "002 §1.2, §1.3")
    SCHOOL = (
        "school",
        "skola",
        "school",
        "Compulsory and upper-secondary school.",
        "002 §1.2, §1.3",
    )
    HIGHER_EDUCATION = (
        "higher_education",
        "universitet och högskolor",
        "universities and colleges",
        "Universities and university colleges.",
        "002 §1.2",
    )
    YOUTH_CLINIC = (
        "youth_clinic",
        "ungdomsmottagning",
        "youth clinic",
        "Youth health clinics.",
        "002 §1.2",
    )
    OUTREACH_AND_LEISURE = (
        "outreach_and_leisure",
        "fält- och fritidsverksamhet",
        "outreach and leisure services",
        "Field workers, youth centres and leisure activities.",
        "002 §1.2",
    )
    PARENTING_SUPPORT = (
        "parenting_support",
        "föräldraskapsstöd",
        "parenting support",
        "Maternity and child health care, family centres and parenting programmes.",
        "002 §1.2",
    )
    CIVIC_ORIENTATION = (
        "civic_orientation",
        "samhällsorientering",
        "civic orientation",
        "Civic orientation for newly arrived people.",
        "002 §1.2",
    )
    SHELTERS = (
        "shelters",
        "kvinno- och tjejjourer",
        "women's and girls' shelters",
        "Women's and girls' shelters and youth shelters.",
        "002 §1.2",
    )
    FAITH_COMMUNITIES = (
        "faith_communities",
        "trossamfund",
        "faith communities",
        "Faith communities.",
        "002 §1.2",
    )
    SPORTS_CLUBS = (
        "sports_clubs",
        "idrottsföreningar",
        "sports clubs",
        "Sports clubs.",
        "002 §1.2; 001 p. 9",
    )
    ASSOCIATIONS = (
        "associations",
        "föreningsliv",
        "associations",
        "Other associations and voluntary organisations.",
        "002 §1.2",
    )
    WORKPLACES = ("workplaces", "arbetsplatser", "workplaces", "Workplaces.", "001 p. 9, p. 18")
    HOUSING_AREAS = (
        "housing_areas",
        "bostadsområden",
        "housing areas",
        "Housing areas.",
        "001 p. 9; 002 §1.10",
    )
    STREETS_AND_PARKS = (
        "streets_and_parks",
        "gator och parker",
        "streets and parks",
        "Public outdoor places, incl. their lighting.",
        "002 §1.10",
    )
    PUBLIC_EVENTS = (
        "public_events",
        "offentliga evenemang",
        "public events",
        "Festivals, meetings and other public events.",
        "001 p. 11 (våld i offentlig miljö)",
    )
    ONLINE = ("online", "nätet", "online", "Online spaces and social media.", "002 §1.3")
    SOCIAL_SERVICES = (
        "social_services",
        "socialtjänst",
        "social services",
        "Social services' own work with individuals and families.",
        "001 p. 7; 002 §1.12",
    )
    HEALTH_CARE = (
        "health_care",
        "hälso- och sjukvård",
        "health care",
        "Health care and dental care.",
        "002 §1.12; 004",
    )
    ELDERLY_CARE = (
        "elderly_care",
        "äldreomsorg",
        "elderly care",
        "Care for older people.",
        "002 §1.5",
    )
    DISABILITY_SERVICES = (
        "disability_services",
        "funktionshinderomsorg",
        "disability services",
        "Support and services for people with disabilities.",
        "001 p. 14",
    )


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
