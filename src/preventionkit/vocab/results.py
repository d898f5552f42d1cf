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

    OUTPUT = (
        "output",
        "prestation",
        "output",
        "What the activities deliver: trainings held, people reached, routines written.",
        f"{_IATI}; 002 step 5 (domain §7)",
    )
    OUTCOME = (
        "outcome",
        "kortsiktig effekt",
        "outcome",
        "The change the outputs lead to in the target groups, e.g. more staff who detect "
        "violence (001 p. 8: "
        "'öka kunskapen kring våld').",
        f"{_IATI}; 001 p. 8",
    )
    IMPACT = (
        "impact",
        "långsiktig effekt",
        "impact",
        "The long-term change the plan exists for, e.g. less violence (001 p. 8: 'minska våldet').",
        f"{_IATI}; 001 p. 8",
    )


class ActivityStatus(Term):
    """Where an activity is in its life: proposed, decided, ongoing, done or cancelled
    (001 p. 18 marks activities "klart!"; IATI activity status)."""

    PROPOSED = (
        "proposed",
        "föreslagen",
        "proposed",
        "Proposed in the plan but not yet decided, e.g. among 'möjliga åtgärder'.",
        "IATI Standard 2.03, ActivityStatus codelist (pipeline/identification)",
    )
    DECIDED = (
        "decided",
        "beslutad",
        "decided",
        "Decided, not yet started.",
        "002 §1.6",
    )
    ONGOING = (
        "ongoing",
        "pågående",
        "ongoing",
        "Being carried out.",
        "IATI Standard 2.03, ActivityStatus codelist (implementation)",
    )
    DONE = (
        "done",
        "genomförd",
        "done",
        "Carried out, e.g. a plan 'klart!' in Umeå's activity plan.",
        "001 p. 18",
    )
    CANCELLED = (
        "cancelled",
        "avbruten",
        "cancelled",
        "Stopped before it was carried out.",
        "IATI Standard 2.03, ActivityStatus codelist (cancelled)",
    )


class DecisionStage(Term):
    """Whether a decision is taken or only proposed: a board's proposal to the council is not
    yet a decision, and no mandate rests on it (002 §1.6)."""

    PROPOSAL = (
        "proposal",
        "förslag till beslut",
        "proposal",
        "A proposal to a deciding body, e.g. the executive board's proposal to the council.",
        "002 §1.6",
    )
    DECIDED = (
        "decided",
        "fattat beslut",
        "decision taken",
        "A formal decision that has been taken.",
        "002 §1.6",
    )


class PlanRelation(Term):
    """How another plan relates to this one: a strategy above annual action plans, members'
    own plans under a regional strategy, predecessor and successor (001 p. 15: revised
    before each term of office; 003 regional strategies)."""

    PARENT = (
        "parent",
        "överordnad plan",
        "parent plan",
        "The strategy or plan this plan sits under and puts into practice.",
        "003 (regional strategies and municipal plans)",
    )
    CHILD = (
        "child",
        "underordnad plan",
        "child plan",
        "A plan that sits under this one, e.g. an annual action plan or a member's own plan.",
        "001 p. 16 ('uppdragsplan'); 003",
    )
    PREDECESSOR = (
        "predecessor",
        "föregående plan",
        "predecessor",
        "The plan this one replaces.",
        "001 p. 15",
    )
    SUCCESSOR = (
        "successor",
        "efterföljande plan",
        "successor",
        "The plan that replaces this one.",
        "001 p. 15",
    )


class MemberPosition(Term):
    """A member's position in a body: chair, vice chair, member, deputy, secretary or
    convener (001 p. 14 'sammankallande'; chairs and deputies met in real plans)."""

    CHAIR = ("chair", "ordförande", "chair", "Chairs the body.", _REAL_PLANS)
    VICE_CHAIR = (
        "vice_chair",
        "vice ordförande",
        "vice chair",
        "Stands in for the chair.",
        _REAL_PLANS,
    )
    MEMBER = ("member", "ledamot", "member", "A full member.", "001 p. 13")
    DEPUTY = (
        "deputy",
        "ersättare",
        "deputy",
        "Stands in for a named member, so the body does not rest on one person.",
        f"002 §1.5; 004 (från person till funktion); {_REAL_PLANS}",
    )
    SECRETARY = ("secretary", "sekreterare", "secretary", "Keeps the body's records.", _REAL_PLANS)
    CONVENER = (
        "convener",
        "sammankallande",
        "convener",
        "Calls the body's meetings, e.g. UmeBrå for the samverkansråd.",
        "001 p. 14",
    )


class ResponsibilityMode(Term):
    """How several responsible parties share an activity: jointly, or each for its own part
    (001 p. 16: part 1 is "allas ansvar", every committee for its own area)."""

    SHARED = (
        "shared",
        "gemensamt ansvar",
        "shared",
        "The parties answer for the activity together.",
        "002 §1.5",
    )
    PARALLEL = (
        "parallel",
        "var och en för sin del",
        "each for its own part",
        "Each party carries out and answers for its own part, e.g. 'Alla nämnder'.",
        "001 p. 16",
    )


class FactorKind(Term):
    """Risk factors raise, protective factors lower the likelihood of violence; both act at
    the four social-ecological levels (001 p. 8–9; 000 p. 23)."""

    RISK = ("risk", "riskfaktor", "risk factor", "Raises the likelihood of violence.", "001 p. 8–9")
    PROTECTIVE = (
        "protective",
        "skyddsfaktor",
        "protective factor",
        "Lowers the likelihood of violence.",
        "001 p. 8–9",
    )


class EvaluationKind(Term):
    """What a follow-up or evaluation looks at: how the work was done, or what it achieved
    (step 5 of the guide, domain §7; 003 systematic quality work)."""

    PROCESS = (
        "process",
        "processutvärdering",
        "process evaluation",
        "Whether the work was carried out as planned, including fidelity to a programme.",
        "domain §7 (step 5); 003",
    )
    OUTCOME = (
        "outcome",
        "resultatutvärdering",
        "outcome evaluation",
        "Whether the intended outputs and outcomes were achieved.",
        "domain §7 (step 5); 001 p. 8",
    )
    IMPACT = (
        "impact",
        "effektutvärdering",
        "impact evaluation",
        "Whether the long-term change can be attributed to the work.",
        "domain §7 (step 5)",
    )
