"""Kinds of actors, the tiers they work at, and the sectors they belong to (domain §4)."""

from __future__ import annotations

from ._base import Term

__all__ = ["POLITICAL_KINDS", "ActorKind", "Sector", "Tier"]


class Tier(Term):
    """The level at which an actor works; work can be initiated at any of them (002 §1.6)."""

    NATIONAL = (
        "national",
        "nationell",
        "national",
        "State level: government and agencies.",
        "003; 004",
    )
    REGIONAL = (
        "regional",
        "regional",
        "regional",
        "County level: county administrative boards, regions, regional support structures.",
        "002 §1.6; 003",
    )
    LOCAL = (
        "local",
        "lokal",
        "local",
        "A municipality and its committees and companies.",
        "002 §1.6; 001",
    )
    OPERATIONAL = (
        "operational",
        "verksamhetsnära",
        "operational",
        "A single unit or service, close to the people it serves.",
        "002 §1.6, §1.8",
    )


class ActorKind(Term):
    """What an actor is: an organisation, a political body, or a function (a post, never a person)."""

    LEGISLATURE = (
        "legislature",
        "lagstiftande församling",
        "legislature",
        "A parliament whose Acts a mandate may rest on, e.g. the Riksdag or the UK Parliament "
        "(format 2: a mandate's 'statute').",
        "Skr. 2016/17:10 (a communication to the Riksdag); not in the seeds",
    )
    GOVERNMENT = ("government", "regeringen", "government", "The Swedish Government.", "003; 004")
    NATIONAL_AGENCY = (
        "national_agency",
        "nationell myndighet",
        "national agency",
        "E.g. Jämställdhetsmyndigheten, Socialstyrelsen, Brå, MUCF, Skolverket.",
        "003; 000",
    )
    COUNTY_ADMINISTRATIVE_BOARD = (
        "county_administrative_board",
        "länsstyrelse",
        "county administrative board",
        "One of the 21 county administrative boards, the state's regional coordinator.",
        "003; 002 §1.5",
    )
    REGION = (
        "region",
        "region",
        "region",
        "A region (landsting), responsible for health care.",
        "003; 004",
    )
    MUNICIPALITY = (
        "municipality",
        "kommun",
        "municipality",
        "A municipality as a whole.",
        "002 §1.5; 001",
    )
    COUNCIL = (
        "council",
        "fullmäktige",
        "council",
        "The elected assembly (e.g. kommunfullmäktige) that adopts governing documents.",
        "001 p. 1, p. 12; 002 §1.8",
    )
    EXECUTIVE_BOARD = (
        "executive_board",
        "styrelse",
        "executive board",
        "The executive board (e.g. kommunstyrelsen) that leads and owns cross-cutting plans.",
        "001 p. 15; 002 §1.10",
    )
    COMMITTEE = (
        "committee",
        "nämnd",
        "committee",
        "A political committee answering for its area of activity.",
        "001 p. 12; 002 §1.8",
    )
    ADMINISTRATION = (
        "administration",
        "förvaltning",
        "administration",
        "The administration serving a committee or the executive board.",
        "001 p. 5",
    )
    UNIT = (
        "unit",
        "verksamhet",
        "unit",
        "A unit or service inside an administration.",
        "001 p. 14",
    )
    MUNICIPAL_COMPANY = (
        "municipal_company",
        "kommunalt bolag",
        "municipal company",
        "A company owned by the municipality, e.g. a housing company.",
        "001 p. 13–14",
    )
    CRIME_PREVENTION_COUNCIL = (
        "crime_prevention_council",
        "lokalt brottsförebyggande råd",
        "local crime prevention council",
        "A local council for crime (and drug) prevention, e.g. UmeBrå.",
        "001 p. 13; 002 §1.7",
    )
    POLICE = (
        "police",
        "polisen",
        "police",
        "The Swedish Police Authority or a local police area.",
        "002 §1.5, §1.10",
    )
    CIVIL_SOCIETY_ORGANISATION = (
        "civil_society_organisation",
        "ideell organisation",
        "civil society organisation",
        "E.g. women's and girls' shelters, MÄN, BRIS, RFSL, faith communities, sports clubs.",
        "002 §1.4; 001 p. 11",
    )
    RESEARCH = (
        "research",
        "forskning och utveckling",
        "research and development",
        "Universities, researchers, evaluators and R&D units (FoU).",
        "002 §1.4, §1.5",
    )
    BUSINESS = ("business", "näringsliv", "business", "Private companies.", "001 p. 13")
    ASSOCIATION_OF_AUTHORITIES = (
        "association_of_authorities",
        "kommun- och regionförbund",
        "association of local authorities",
        "An association of municipalities and regions, e.g. SKL/SKR.",
        "004",
    )
    FUNCTION = (
        "function",
        "funktion",
        "function",
        "A post that exists apart from whoever holds it: a coordinator, strategist or contact "
        "person. Never a private person.",
        "004 från person till funktion; 002 §1.5",
    )


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

    MUNICIPAL_LEADERSHIP = (
        "municipal_leadership",
        "kommunledning",
        "municipal leadership",
        "The council, executive board and the municipal executive office.",
        "001; 002 §1.10",
    )
    SOCIAL_SERVICES = (
        "social_services",
        "socialtjänst",
        "social services",
        "Social services.",
        "001; 002 §1.12",
    )
    EDUCATION = (
        "education",
        "utbildning",
        "education",
        "Preschool, school and adult education.",
        "001 p. 14",
    )
    CULTURE_AND_LEISURE = (
        "culture_and_leisure",
        "kultur och fritid",
        "culture and leisure",
        "Leisure, youth and culture services.",
        "001 p. 14",
    )
    HEALTH_CARE = (
        "health_care",
        "hälso- och sjukvård",
        "health care",
        "Health care and dental care.",
        "003; 004",
    )
    JUSTICE = (
        "justice",
        "rättsväsende",
        "justice",
        "Police, prosecution and courts.",
        "002 §1.5; 004",
    )
    HOUSING = (
        "housing",
        "bostad",
        "housing",
        "Housing companies and property management.",
        "001 p. 14, p. 18",
    )
    URBAN_PLANNING = (
        "urban_planning",
        "samhällsbyggnad",
        "urban planning",
        "Planning, building, streets and parks.",
        "001 p. 14; 002 §1.10",
    )
    CIVIL_SOCIETY = (
        "civil_society",
        "civilsamhälle",
        "civil society",
        "Voluntary organisations.",
        "002 §1.4",
    )
    BUSINESS = ("business", "näringsliv", "business", "Private business.", "001 p. 13")
    RESEARCH = (
        "research",
        "forskning",
        "research",
        "Research, evaluation and R&D.",
        "002 §1.4, §1.5",
    )
    CRIME_PREVENTION = (
        "crime_prevention",
        "brottsförebyggande",
        "crime prevention",
        "Crime and drug prevention coordination.",
        "001 p. 13; 002 §1.7",
    )
    PUBLIC_HEALTH = (
        "public_health",
        "folkhälsa",
        "public health",
        "Public health work.",
        "002 §1.4, §1.7",
    )
    GENDER_EQUALITY = (
        "gender_equality",
        "jämställdhet",
        "gender equality",
        "Gender-equality work and strategists.",
        "002 §1.4, §1.5; 001 p. 14",
    )
    INTEGRATION = (
        "integration",
        "integration",
        "integration",
        "Reception and integration of newcomers.",
        "001 p. 14",
    )
    ELDERLY_CARE = (
        "elderly_care",
        "äldreomsorg",
        "elderly care",
        "Care for older people.",
        "001 p. 14",
    )
    DISABILITY = (
        "disability",
        "funktionshinderområdet",
        "disability services",
        "Disability services.",
        "001 p. 14",
    )
    EMPLOYER = (
        "employer",
        "arbetsgivare",
        "employer",
        "The organisation as employer: HR and staff functions.",
        "001 p. 14, p. 18",
    )
    PUBLIC_ADMINISTRATION = (
        "public_administration",
        "statlig förvaltning",
        "state administration",
        "State agencies and county administrative boards.",
        "003",
    )
