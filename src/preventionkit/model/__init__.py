"""The domain model: frozen pydantic v2 records of an action plan against violence."""

from __future__ import annotations

from ._base import Id, Record, Ref
from .activities import Activity, ProgrammeTheory
from .actors import Actor
from .bodies import Body, Membership
from .dates import PartialDate, Period
from .decisions import Decision
from .employer import EmployerRole
from .evaluation import Evaluation
from .goals import Breakdown, Goal, Indicator, IndicatorPeriod, Measure
from .governance import ChecklistEntry, FollowUp, Funding, Readiness, Suppression, Vision
from .hierarchy import PlanLink
from .knowledge import Knowledge, knowledge, knowledge_at
from .mandates import Mandate
from .needs import Factor, NeedsAssessment
from .plan import FORMAT_VERSION, FORMAT_VERSIONS, ActionPlan, PlanRecord, ProfileName

__all__ = [
    "FORMAT_VERSION",
    "FORMAT_VERSIONS",
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
    "PlanLink",
    "PlanRecord",
    "ProfileName",
    "ProgrammeTheory",
    "Readiness",
    "Record",
    "Ref",
    "Suppression",
    "Vision",
    "knowledge",
    "knowledge_at",
]
