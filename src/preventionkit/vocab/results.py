"""Vocabularies of format version 2: the results chain, status, plan hierarchy, governance
positions, responsibility, needs and evaluation (issue "A format that real plans fit")."""

from __future__ import annotations

from ._base import Term

__all__ = [
    "ActivityStatus",
    "DecisionStage",
    "EvaluationKind",
    "FactorKind",
    "MemberPosition",
    "PlanRelation",
    "ResponsibilityMode",
    "ResultLevel",
]

_REAL_PLANS = "met in real plans outside the seeds (tests/realworld); not in the seeds"
_IATI = "IATI Standard 2.03, ResultType codelist and 'Understanding results'"


class ResultLevel(Term):
    """Where a goal or indicator sits in the results chain: activity → output → outcome →
    impact (the logic model; the IATI result types; 001 p. 8 "mätbara mål")."""

    OUTPUT = ("output", f"{_IATI}; 002 step 5 (domain §7)")
    OUTCOME = ("outcome", f"{_IATI}; 001 p. 8")
    IMPACT = ("impact", f"{_IATI}; 001 p. 8")


class ActivityStatus(Term):
    """Where an activity is in its life: proposed, decided, ongoing, done or cancelled
    (001 p. 18 marks activities "klart!"; IATI activity status)."""

    PROPOSED = (
        "proposed",
        "IATI Standard 2.03, ActivityStatus codelist (pipeline/identification)",
    )
    DECIDED = ("decided", "002 §1.6")
    ONGOING = ("ongoing", "IATI Standard 2.03, ActivityStatus codelist (implementation)")
    DONE = ("done", "001 p. 18")
    CANCELLED = ("cancelled", "IATI Standard 2.03, ActivityStatus codelist (cancelled)")


class DecisionStage(Term):
    """Whether a decision is taken or only proposed: a board's proposal to the council is not
    yet a decision, and no mandate rests on it (002 §1.6)."""

    PROPOSAL = ("proposal", "002 §1.6")
    DECIDED = ("decided", "002 §1.6")


class PlanRelation(Term):
    """How another plan relates to this one: a strategy above annual action plans, members'
    own plans under a regional strategy, predecessor and successor (001 p. 15: revised
    before each term of office; 003 regional strategies)."""

    PARENT = ("parent", "003 (regional strategies and municipal plans)")
    CHILD = ("child", "001 p. 16 ('uppdragsplan'); 003")
    PREDECESSOR = ("predecessor", "001 p. 15")
    SUCCESSOR = ("successor", "001 p. 15")


class MemberPosition(Term):
    """A member's position in a body: chair, vice chair, member, deputy, secretary or
    convener (001 p. 14 'sammankallande'; chairs and deputies met in real plans)."""

    CHAIR = ("chair", _REAL_PLANS)
    VICE_CHAIR = ("vice_chair", _REAL_PLANS)
    MEMBER = ("member", "001 p. 13")
    DEPUTY = ("deputy", f"002 §1.5; 004 (från person till funktion); {_REAL_PLANS}")
    SECRETARY = ("secretary", _REAL_PLANS)
    CONVENER = ("convener", "001 p. 14")


class ResponsibilityMode(Term):
    """How several responsible parties share an activity: jointly, or each for its own part
    (001 p. 16: part 1 is "allas ansvar", every committee for its own area)."""

    SHARED = ("shared", "002 §1.5")
    PARALLEL = ("parallel", "001 p. 16")


class FactorKind(Term):
    """Risk factors raise, protective factors lower the likelihood of violence; both act at
    the four social-ecological levels (001 p. 8–9; 000 p. 23)."""

    RISK = ("risk", "001 p. 8–9")
    PROTECTIVE = ("protective", "001 p. 8–9")


class EvaluationKind(Term):
    """What a follow-up or evaluation looks at: how the work was done, or what it achieved
    (step 5 of the guide, domain §7; 003 systematic quality work)."""

    PROCESS = ("process", "domain §7 (step 5); 003")
    OUTCOME = ("outcome", "domain §7 (step 5); 001 p. 8")
    IMPACT = ("impact", "domain §7 (step 5)")
