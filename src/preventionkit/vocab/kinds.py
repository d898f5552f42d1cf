"""Smaller vocabularies: decisions, follow-up, funding, programmes, ambition, goals, answers."""

from __future__ import annotations

from ._base import Term

__all__ = [
    "AmbitionLevel",
    "Answer",
    "DecisionKind",
    "FollowUpKind",
    "FundingSource",
    "NationalGoal",
    "PlanKind",
    "ProgrammeKind",
]


class DecisionKind(Term):
    """What a formal decision does; mandate and resources come from such decisions (002 §1.6)."""

    ADOPTION = ("adoption", "001 p. 1; 002 §1.10")
    DIRECTIVE = ("directive", "002 §1.10")
    ASSIGNMENT = ("assignment", "001 p. 5; 002 §1.6")
    APPOINTMENT = ("appointment", "001 p. 13")
    AGREEMENT = ("agreement", "002 §1.5")
    BUDGET = ("budget", "002 §1.6; 003")
    OTHER = ("other", "002 §1.6")


class FollowUpKind(Term):
    """What a follow-up occasion is for (001 p. 12, p. 15; 002 §1.5)."""

    FOLLOW_UP = ("follow_up", "001 p. 12")
    REVISION = ("revision", "001 p. 15")
    EVALUATION = ("evaluation", "002 §1.5")


class FundingSource(Term):
    """Where money for the work comes from (000 p. 14; 002 §1.6; domain §10)."""

    ORDINARY_BUDGET = ("ordinary_budget", "002 §1.6")
    DEVELOPMENT_FUNDS = ("development_funds", "002 §1.6; 000")
    SOCIAL_INVESTMENT_FUND = ("social_investment_fund", "000 p. 14")
    INHERITANCE_FUND = ("inheritance_fund", "001 p. 8; 000")
    STATE_GRANT = ("state_grant", "003; 000")
    PARTNER_CONTRIBUTION = ("partner_contribution", "002 §1.5")
    UNRESOLVED = ("unresolved", "000 p. 14")


class PlanKind(Term):
    """What kind of plan a validation profile is for: the level the plan governs (002 §1.4, §1.6;
    003). A rule may apply to some kinds only (:class:`~preventionkit.rules.Scope`)."""

    MUNICIPAL = ("municipal", "002 §1.4; 001")
    LOCAL_UNIT = ("local_unit", "002 §1.4, §1.8")
    REGIONAL = ("regional", "003 Länsstyrelsernas roll som regionala samordnare")
    NATIONAL = ("national", "003 En ny nationell strategi trädde i kraft")


class ProgrammeKind(Term):
    """What a catalogue entry is (domain §9)."""

    PROGRAMME = ("programme", "003")
    METHOD = ("method", "002 §1.10; 003")
    ASSESSMENT_INSTRUMENT = ("assessment_instrument", "003")
    POLICY = ("policy", "002 §1.10")
    TRAINING = ("training", "002 §1.10")
    CAMPAIGN = ("campaign", "003")


class AmbitionLevel(Term):
    """The ambition level of an intervention (step 4 of the five-step guide; domain §7)."""

    BASIC = ("basic", "domain §7")
    ADVANCED = ("advanced", "domain §7")
    RESEARCH = ("research", "domain §7")


class NationalGoal(Term):
    """The four goals of the national strategy against men's violence against women
    (Skr. 2016/17:10, 2017–2026; domain §7)."""

    PREVENTIVE_WORK = ("preventive_work", "Skr. 2016/17:10; 003")
    DETECTION_PROTECTION_SUPPORT = ("detection_protection_support", "Skr. 2016/17:10; 003")
    LAW_ENFORCEMENT = ("law_enforcement", "Skr. 2016/17:10; 003")
    KNOWLEDGE_AND_METHODS = ("knowledge_and_methods", "Skr. 2016/17:10; 003")


class Answer(Term):
    """An answer to a checklist item (002 §1.13)."""

    YES = ("yes", "002 §1.13")
    PARTLY = ("partly", "002 §1.13")
    NO = ("no", "002 §1.13")
    UNKNOWN = ("unknown", "002 §1.13")
