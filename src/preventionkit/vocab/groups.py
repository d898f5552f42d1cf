"""Target groups (målgrupper) that activities and indicators are for (001; 002; 003; 004)."""

from __future__ import annotations

from ._base import Term

__all__ = ["TargetGroup"]


class TargetGroup(Term):
    """A group of people an activity reaches or an indicator is broken down by."""

    EVERYONE = (
        "everyone",
        "alla invånare",
        "everyone",
        "The whole population of the area (universal work).",
        "002 §1.2",
    )
    CHILDREN = ("children", "barn", "children", "Children, from preschool age.", "002 §1.3")
    YOUNG_PEOPLE = (
        "young_people",
        "unga",
        "young people",
        "Young people and youth.",
        "000; 002 §1.3",
    )
    PUPILS = ("pupils", "elever", "pupils", "Pupils in school.", "002 §1.3, §1.4")
    PARENTS = (
        "parents",
        "föräldrar",
        "parents",
        "Parents and guardians.",
        "003 (ABC, COPE, KOMET)",
    )
    WOMEN = ("women", "kvinnor", "women", "Women.", "004")
    MEN = ("men", "män", "men", "Men.", "002 §1.5")
    GIRLS = ("girls", "flickor", "girls", "Girls.", "002 §1.3")
    BOYS = ("boys", "pojkar", "boys", "Boys.", "002 §1.9")
    VICTIMS = (
        "victims",
        "våldsutsatta",
        "victims of violence",
        "People exposed to violence.",
        "001 p. 6; 002 §1.12",
    )
    PERPETRATORS = (
        "perpetrators",
        "våldsutövare",
        "perpetrators of violence",
        "People who use violence.",
        "001 p. 10; 002 §1.12",
    )
    CHILDREN_EXPERIENCING_VIOLENCE = (
        "children_experiencing_violence",
        "barn som upplever våld",
        "children who experience violence",
        "Children who have seen or heard violence by or against close adults.",
        "001 p. 10; 004",
    )
    LGBTQ_PEOPLE = (
        "lgbtq_people",
        "hbtq-personer",
        "LGBTQ people",
        "LGBTQ people, including violence in LGBTQ relationships.",
        "004; 001 p. 11",
    )
    ESPECIALLY_VULNERABLE = (
        "especially_vulnerable",
        "särskilt sårbara",
        "especially vulnerable people",
        "People made especially vulnerable, e.g. by illness, disability or addiction.",
        "004; 001 p. 18",
    )
    OLDER_PEOPLE = ("older_people", "äldre", "older people", "Older people.", "001 p. 14; 002 §1.5")
    PEOPLE_WITH_DISABILITIES = (
        "people_with_disabilities",
        "personer med funktionsnedsättning",
        "people with disabilities",
        "People with disabilities.",
        "001 p. 14",
    )
    NEWLY_ARRIVED = (
        "newly_arrived",
        "nyanlända",
        "newly arrived migrants",
        "Newly arrived people, e.g. in civic orientation.",
        "002 §1.2",
    )
    PEOPLE_IN_PROSTITUTION = (
        "people_in_prostitution",
        "personer som säljer sex",
        "people who sell sex",
        "People who sell sex for payment.",
        "001 p. 17",
    )
    SEX_BUYERS = (
        "sex_buyers",
        "personer som köper sex",
        "people who buy sex",
        "People who buy sex.",
        "001 p. 17",
    )
    PROFESSIONALS = (
        "professionals",
        "yrkesverksamma",
        "professionals",
        "Staff who meet victims, perpetrators or people at risk in their work.",
        "001 p. 6",
    )
    MANAGERS = ("managers", "chefer", "managers", "Managers and supervisors.", "002 §1.10")
    EMPLOYEES = (
        "employees",
        "medarbetare",
        "employees",
        "The organisation's own staff, e.g. staff exposed to violence.",
        "001 p. 18; 004",
    )
    RESIDENTS = (
        "residents",
        "boende",
        "residents",
        "Residents of a housing area or neighbourhood.",
        "001 p. 18; 002 §1.10",
    )
    DECISION_MAKERS = (
        "decision_makers",
        "beslutsfattare",
        "decision makers",
        "Politicians and leaders who decide on mandate and resources.",
        "002 §1.6",
    )
