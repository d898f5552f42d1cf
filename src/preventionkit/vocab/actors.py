"""Kinds of actors, the tiers they work at, and the sectors they belong to (domain §4)."""

from __future__ import annotations

from ._base import Term

__all__ = ["POLITICAL_KINDS", "ActorKind", "Sector", "Tier"]


class Tier(Term):
    """The level at which an actor works; work can be initiated at any of them (002 §1.6)."""

    NATIONAL = ("national", "003; 004")
    REGIONAL = ("regional", "002 §1.6; 003")
    LOCAL = ("local", "002 §1.6; 001")
    OPERATIONAL = ("operational", "002 §1.6, §1.8")


class ActorKind(Term):
    """What an actor is: an organisation, a political body, or a function (a post, never a person)."""

    LEGISLATURE = (
        "legislature",
        "Skr. 2016/17:10 (a communication to the Riksdag); not in the seeds",
    )
    GOVERNMENT = ("government", "003; 004")
    NATIONAL_AGENCY = ("national_agency", "003; 000")
    COUNTY_ADMINISTRATIVE_BOARD = ("county_administrative_board", "003; 002 §1.5")
    REGION = ("region", "003; 004")
    MUNICIPALITY = ("municipality", "002 §1.5; 001")
    COUNCIL = ("council", "001 p. 1, p. 12; 002 §1.8")
    EXECUTIVE_BOARD = ("executive_board", "001 p. 15; 002 §1.10")
    COMMITTEE = ("committee", "001 p. 12; 002 §1.8")
    ADMINISTRATION = ("administration", "001 p. 5")
    UNIT = ("unit", "001 p. 14")
    MUNICIPAL_COMPANY = ("municipal_company", "001 p. 13–14")
    CRIME_PREVENTION_COUNCIL = ("crime_prevention_council", "001 p. 13; 002 §1.7")
    POLICE = ("police", "002 §1.5, §1.10")
    CIVIL_SOCIETY_ORGANISATION = ("civil_society_organisation", "002 §1.4; 001 p. 11")
    RESEARCH = ("research", "002 §1.4, §1.5")
    BUSINESS = ("business", "001 p. 13")
    ASSOCIATION_OF_AUTHORITIES = ("association_of_authorities", "004")
    FUNCTION = ("function", "004 från person till funktion; 002 §1.5")


POLITICAL_KINDS: frozenset[ActorKind] = frozenset(
    {
        ActorKind.LEGISLATURE,
        ActorKind.GOVERNMENT,
        ActorKind.COUNCIL,
        ActorKind.EXECUTIVE_BOARD,
        ActorKind.COMMITTEE,
    }
)
"""Actor kinds that are political bodies, able to adopt plans and grant mandates (002 §1.8)."""


class Sector(Term):
    """The sector an actor belongs to; cross-sector collaboration is checked on it (002 §1.4)."""

    MUNICIPAL_LEADERSHIP = ("municipal_leadership", "001; 002 §1.10")
    SOCIAL_SERVICES = ("social_services", "001; 002 §1.12")
    EDUCATION = ("education", "001 p. 14")
    CULTURE_AND_LEISURE = ("culture_and_leisure", "001 p. 14")
    HEALTH_CARE = ("health_care", "003; 004")
    JUSTICE = ("justice", "002 §1.5; 004")
    HOUSING = ("housing", "001 p. 14, p. 18")
    URBAN_PLANNING = ("urban_planning", "001 p. 14; 002 §1.10")
    CIVIL_SOCIETY = ("civil_society", "002 §1.4")
    BUSINESS = ("business", "001 p. 13")
    RESEARCH = ("research", "002 §1.4, §1.5")
    CRIME_PREVENTION = ("crime_prevention", "001 p. 13; 002 §1.7")
    PUBLIC_HEALTH = ("public_health", "002 §1.4, §1.7")
    GENDER_EQUALITY = ("gender_equality", "002 §1.4, §1.5; 001 p. 14")
    INTEGRATION = ("integration", "001 p. 14")
    ELDERLY_CARE = ("elderly_care", "001 p. 14")
    DISABILITY = ("disability", "001 p. 14")
    EMPLOYER = ("employer", "001 p. 14, p. 18")
    PUBLIC_ADMINISTRATION = ("public_administration", "003")
