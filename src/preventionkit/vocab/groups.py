"""Target groups (målgrupper) that activities and indicators are for (001; 002; 003; 004)."""

from __future__ import annotations

from ._base import Term

__all__ = ["TargetGroup"]


class TargetGroup(Term):
    """A group of people an activity reaches or an indicator is broken down by."""

    EVERYONE = ("everyone", "002 §1.2")
    CHILDREN = ("children", "002 §1.3")
    YOUNG_PEOPLE = ("young_people", "000; 002 §1.3")
    PUPILS = ("pupils", "002 §1.3, §1.4")
    PARENTS = ("parents", "003 (ABC, COPE, KOMET)")
    WOMEN = ("women", "004")
    MEN = ("men", "002 §1.5")
    GIRLS = ("girls", "002 §1.3")
    BOYS = ("boys", "002 §1.9")
    VICTIMS = ("victims", "001 p. 6; 002 §1.12")
    PERPETRATORS = ("perpetrators", "001 p. 10; 002 §1.12")
    CHILDREN_EXPERIENCING_VIOLENCE = ("children_experiencing_violence", "001 p. 10; 004")
    LGBTQ_PEOPLE = ("lgbtq_people", "004; 001 p. 11")
    ESPECIALLY_VULNERABLE = ("especially_vulnerable", "004; 001 p. 18")
    OLDER_PEOPLE = ("older_people", "001 p. 14; 002 §1.5")
    PEOPLE_WITH_DISABILITIES = ("people_with_disabilities", "001 p. 14")
    NEWLY_ARRIVED = ("newly_arrived", "002 §1.2")
    PEOPLE_IN_PROSTITUTION = ("people_in_prostitution", "001 p. 17")
    SEX_BUYERS = ("sex_buyers", "001 p. 17")
    PROFESSIONALS = ("professionals", "001 p. 6")
    MANAGERS = ("managers", "002 §1.10")
    EMPLOYEES = ("employees", "001 p. 18; 004")
    RESIDENTS = ("residents", "001 p. 18; 002 §1.10")
    DECISION_MAKERS = ("decision_makers", "002 §1.6")
