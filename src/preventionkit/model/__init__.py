"""The domain model: frozen pydantic v2 records of an action plan against violence."""

from __future__ import annotations

from ._base import Id, Record, Ref, Text
from ._index import PlanIndex, build_index, check_plan, references
from ._knowledge import Knowledge, knowledge, knowledge_at
from .activities import Activity, ProgrammeTheory
from .actors import Actor
from .bodies import Body, Membership
from .dates import PartialDate, Period
from .decisions import Decision
from .employer import EmployerRole
from .evaluation import Evaluation
from .goals import Breakdown, Goal, Indicator, IndicatorPeriod, Measure
from .governance import (
    RULE_CODE_PATTERN,
    ChecklistEntry,
    FollowUp,
    Funding,
    Readiness,
    Suppression,
    Vision,
)
from .hierarchy import PlanLink
from .mandates import Mandate
from .needs import Factor, NeedsAssessment
from .plan import (
    FORMAT_VERSION,
    FORMAT_VERSIONS,
    PROFILE_NAME_PATTERN,
    ActionPlan,
    PlanRecord,
    ProfileName,
)
from .programmes import ProgrammeRecord

__all__ = [
    "FORMAT_VERSION",
    "FORMAT_VERSIONS",
    "PROFILE_NAME_PATTERN",
    "RULE_CODE_PATTERN",
    "ActionPlan",
    "Activity",
    "Actor",
    "Body",
    "Breakdown",
    "ChecklistEntry",
    "Decision",
    "EmployerRole",
    "Evaluation",
    "Factor",
    "FollowUp",
    "Funding",
    "Goal",
    "Id",
    "Indicator",
    "IndicatorPeriod",
    "Knowledge",
    "Mandate",
    "Measure",
    "Membership",
    "NeedsAssessment",
    "PartialDate",
    "Period",
    "PlanIndex",
    "PlanLink",
    "PlanRecord",
    "ProfileName",
    "ProgrammeRecord",
    "ProgrammeTheory",
    "Readiness",
    "Record",
    "Ref",
    "Suppression",
    "Text",
    "Vision",
    "build_index",
    "check_plan",
    "knowledge",
    "knowledge_at",
    "references",
]
