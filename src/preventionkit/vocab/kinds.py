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
    "ProgrammeKind",
]


class DecisionKind(Term):
    """What a formal decision does; mandate and resources come from such decisions (002 §1.6)."""

    ADOPTION = (
        "adoption",
        "antagande",
        "adoption",
        "Adopts a plan, programme or policy.",
        "001 p. 1; 002 §1.10",
    )
    DIRECTIVE = (
        "directive",
        "direktiv",
        "directive",
        "A directive, e.g. stating a vision.",
        "002 §1.10",
    )
    ASSIGNMENT = (
        "assignment",
        "uppdrag",
        "assignment",
        "Gives an administration or body a task (uppdrag).",
        "001 p. 5; 002 §1.6",
    )
    APPOINTMENT = (
        "appointment",
        "utseende",
        "appointment",
        "Appoints representatives with a decided mandate.",
        "001 p. 13",
    )
    AGREEMENT = (
        "agreement",
        "överenskommelse",
        "agreement",
        "A signed agreement between parties that regulates what each is expected to do.",
        "002 §1.5",
    )
    BUDGET = ("budget", "budgetbeslut", "budget decision", "Allocates resources.", "002 §1.6; 003")
    OTHER = ("other", "annat beslut", "other decision", "Any other formal decision.", "002 §1.6")


class FollowUpKind(Term):
    """What a follow-up occasion is for (001 p. 12, p. 15; 002 §1.5)."""

    FOLLOW_UP = (
        "follow_up",
        "uppföljning",
        "follow-up",
        "Regular follow-up of activities and goals.",
        "001 p. 12",
    )
    REVISION = ("revision", "revidering", "revision", "Revision of the plan itself.", "001 p. 15")
    EVALUATION = (
        "evaluation",
        "utvärdering",
        "evaluation",
        "Evaluation, often by an external evaluator.",
        "002 §1.5",
    )


class FundingSource(Term):
    """Where money for the work comes from (000 p. 14; 002 §1.6; domain §10)."""

    ORDINARY_BUDGET = (
        "ordinary_budget",
        "ordinarie budget",
        "ordinary budget",
        "Financed within ordinary activities.",
        "002 §1.6",
    )
    DEVELOPMENT_FUNDS = (
        "development_funds",
        "utvecklingsmedel",
        "development funds",
        "Special development funds.",
        "002 §1.6; 000",
    )
    SOCIAL_INVESTMENT_FUND = (
        "social_investment_fund",
        "social investeringsfond",
        "social investment fund",
        "A municipal social investment fund.",
        "000 p. 14",
    )
    INHERITANCE_FUND = (
        "inheritance_fund",
        "Allmänna arvsfonden",
        "the Swedish Inheritance Fund",
        "Project grants from Allmänna arvsfonden.",
        "001 p. 8; 000",
    )
    STATE_GRANT = (
        "state_grant",
        "statsbidrag",
        "state grant",
        "Targeted state grants.",
        "003; 000",
    )
    PARTNER_CONTRIBUTION = (
        "partner_contribution",
        "partners egen insats",
        "partner contribution",
        "Each party covers e.g. its own staff time.",
        "002 §1.5",
    )
    UNRESOLVED = (
        "unresolved",
        "ännu inte löst",
        "not yet resolved",
        "Funding is still unresolved.",
        "000 p. 14",
    )


class ProgrammeKind(Term):
    """What a catalogue entry is (domain §9)."""

    PROGRAMME = ("programme", "program", "programme", "A structured intervention programme.", "003")
    METHOD = ("method", "metod", "method", "A working method or approach.", "002 §1.10; 003")
    ASSESSMENT_INSTRUMENT = (
        "assessment_instrument",
        "bedömningsinstrument",
        "assessment instrument",
        "A structured instrument to detect or assess violence or risk.",
        "003",
    )
    POLICY = (
        "policy",
        "policy",
        "policy",
        "A policy adopted by an organisation or a housing area.",
        "002 §1.10",
    )
    TRAINING = (
        "training",
        "utbildning",
        "training",
        "A training or lesson material for staff.",
        "002 §1.10",
    )
    CAMPAIGN = (
        "campaign",
        "kampanj",
        "campaign",
        "A communication or information campaign.",
        "003",
    )


class AmbitionLevel(Term):
    """The ambition level of an intervention (step 4 of the five-step guide; domain §7)."""

    BASIC = (
        "basic",
        "grundläggande",
        "basic",
        "Builds on known methods with basic follow-up.",
        "domain §7",
    )
    ADVANCED = (
        "advanced",
        "avancerad",
        "advanced",
        "Adapted methods with systematic follow-up.",
        "domain §7",
    )
    RESEARCH = (
        "research",
        "forskning",
        "research",
        "Run with researchers, with evaluation of effects.",
        "domain §7",
    )


class NationalGoal(Term):
    """The four goals of the national strategy against men's violence against women
    (Skr. 2016/17:10, 2017–2026; domain §7)."""

    PREVENTIVE_WORK = (
        "preventive_work",
        "utökat och effektivt förebyggande arbete mot våld",
        "extended and effective preventive work against violence",
        "Goal 1 of the national strategy.",
        "Skr. 2016/17:10; 003",
    )
    DETECTION_PROTECTION_SUPPORT = (
        "detection_protection_support",
        "förbättrad upptäckt av våld och starkare skydd och stöd",
        "better detection of violence and stronger protection and support",
        "Goal 2: for women and children exposed to violence.",
        "Skr. 2016/17:10; 003",
    )
    LAW_ENFORCEMENT = (
        "law_enforcement",
        "effektivare brottsbekämpning",
        "more effective law enforcement",
        "Goal 3 of the national strategy.",
        "Skr. 2016/17:10; 003",
    )
    KNOWLEDGE_AND_METHODS = (
        "knowledge_and_methods",
        "förbättrad kunskap och metodutveckling",
        "better knowledge and method development",
        "Goal 4 of the national strategy.",
        "Skr. 2016/17:10; 003",
    )


class Answer(Term):
    """An answer to a checklist item (002 §1.13)."""

    YES = ("yes", "ja", "yes", "The plan meets the item.", "002 §1.13")
    PARTLY = ("partly", "delvis", "partly", "The plan meets the item in part.", "002 §1.13")
    NO = ("no", "nej", "no", "The plan does not meet the item.", "002 §1.13")
    UNKNOWN = ("unknown", "vet ej", "unknown", "Not known or not yet assessed.", "002 §1.13")
