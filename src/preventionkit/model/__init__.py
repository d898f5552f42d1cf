"""The domain model: frozen pydantic v2 records of an action plan against violence."""

from __future__ import annotations

from ._base import Id, Record, Ref, Text
from ._index import PlanIndex, build_index, check_plan, references
from .activities import Activity, ProgrammeTheory
from .actors import Actor
from .bodies import Body, Membership
from .dates import PartialDate, Period
from .decisions import Decision
from .goals import Goal, Indicator, Measure
from .governance import (
    RULE_CODE_PATTERN,
    ChecklistEntry,
    FollowUp,
    Funding,
    Readiness,
    Suppression,
    Vision,
)
from .mandates import Mandate
from .plan import FORMAT_VERSION, ActionPlan, PlanRecord, ProfileName
from .programmes import ProgrammeRecord

__all__ = [
    "FORMAT_VERSION",
    "RULE_CODE_PATTERN",
    "ActionPlan",
    "Activity",
    "Actor",
    "Body",
    "ChecklistEntry",
    "Decision",
    "FollowUp",
    "Funding",
    "Goal",
    "Id",
    "Indicator",
    "Mandate",
    "Measure",
    "Membership",
    "PartialDate",
    "Period",
    "PlanIndex",
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
    "references",
]
