"""Controlled vocabularies with Swedish and English labels.

Every member is an English snake_case string (what plan files hold) with ``.sv`` and ``.en``
labels, a one-line ``.description`` and the ``.source`` section it rests on. The open
vocabularies (:data:`OPEN_VOCABULARIES`) also take extra terms a plan or a pack declares
(:class:`TermDeclaration`), written ``x-<namespace>:<code>``.
"""

from __future__ import annotations

from ._base import Lang, Term, label, term_for
from ._crosswalk import CROSSWALK_CAVEAT, ClassicPrevention, CrosswalkEntry, crosswalk
from .actors import POLITICAL_KINDS, ActorKind, Sector, Tier
from .areas import ViolenceArea
from .arenas import ARENAS_WITH_CHILDREN, DUTY_TO_REPORT_ARENAS, Arena
from .bodies import GOVERNANCE_ROLES, BodyRole
from .extra import (
    EXTRA_TERM_PATTERN,
    OPEN_VOCABULARIES,
    ExtraTerm,
    TermDeclaration,
    declared_terms,
)
from .frequency import Frequency, per_year
from .groups import TargetGroup
from .kinds import (
    AmbitionLevel,
    Answer,
    DecisionKind,
    FollowUpKind,
    FundingSource,
    NationalGoal,
    PlanKind,
    ProgrammeKind,
)
from .levels import EcologicalLevel, PreventionLevel
from .results import (
    ActivityStatus,
    DecisionStage,
    EvaluationKind,
    FactorKind,
    MemberPosition,
    PlanRelation,
    ResponsibilityMode,
    ResultLevel,
)

__all__ = [
    "ARENAS_WITH_CHILDREN",
    "CROSSWALK_CAVEAT",
    "DUTY_TO_REPORT_ARENAS",
    "EXTRA_TERM_PATTERN",
    "GOVERNANCE_ROLES",
    "OPEN_VOCABULARIES",
    "POLITICAL_KINDS",
    "VOCABULARIES",
    "ActivityStatus",
    "ActorKind",
    "AmbitionLevel",
    "Answer",
    "Arena",
    "BodyRole",
    "ClassicPrevention",
    "CrosswalkEntry",
    "DecisionKind",
    "DecisionStage",
    "EcologicalLevel",
    "EvaluationKind",
    "ExtraTerm",
    "FactorKind",
    "FollowUpKind",
    "Frequency",
    "FundingSource",
    "Lang",
    "MemberPosition",
    "NationalGoal",
    "PlanKind",
    "PlanRelation",
    "PreventionLevel",
    "ProgrammeKind",
    "ResponsibilityMode",
    "ResultLevel",
    "Sector",
    "TargetGroup",
    "Term",
    "TermDeclaration",
    "Tier",
    "ViolenceArea",
    "crosswalk",
    "declared_terms",
    "label",
    "per_year",
    "term_for",
]

VOCABULARIES: tuple[type[Term], ...] = (
    PreventionLevel,
    EcologicalLevel,
    ClassicPrevention,
    Tier,
    ActorKind,
    Sector,
    BodyRole,
    ViolenceArea,
    TargetGroup,
    Arena,
    Frequency,
    DecisionKind,
    FollowUpKind,
    FundingSource,
    ProgrammeKind,
    PlanKind,
    AmbitionLevel,
    NationalGoal,
    Answer,
    ResultLevel,
    ActivityStatus,
    DecisionStage,
    PlanRelation,
    MemberPosition,
    ResponsibilityMode,
    FactorKind,
    EvaluationKind,
)
"""Every vocabulary, in the order the glossary shows them."""
