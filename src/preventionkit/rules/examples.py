"""The example plans of each rule, as plans: what the docs show and the tests run.

Every rule carries ``failing_example`` and ``passing_example``: small complete YAML plans that
do and do not trigger it. Most load normally; a plan the loader refuses on purpose (PK206's
cycle) is built record by record and assembled with ``ActionPlan.model_construct``, the way
such plans reach the validator in practice.
"""

from __future__ import annotations

from typing import Any

from ..model import (
    ActionPlan,
    Activity,
    Actor,
    Body,
    ChecklistEntry,
    Decision,
    FollowUp,
    Funding,
    Goal,
    Indicator,
    Mandate,
    Period,
    Readiness,
    Suppression,
    Vision,
)
from ._registry import get_rule
from .rule import Rule

__all__ = ["construct_unchecked", "example_plan"]

_LISTS: dict[str, type[Any]] = {
    "actors": Actor,
    "decisions": Decision,
    "bodies": Body,
    "mandates": Mandate,
    "activities": Activity,
    "goals": Goal,
    "indicators": Indicator,
    "follow_up": FollowUp,
    "funding": Funding,
    "checklist": ChecklistEntry,
    "suppress": Suppression,
}
_ONES: dict[str, type[Any]] = {"period": Period, "readiness": Readiness, "vision": Vision}


def construct_unchecked(text: str) -> ActionPlan:
    """A plan from YAML ``text`` whose records are validated one by one but whose plan-level
    checks (unique ids, references, cycles) are skipped. For examples and tests only."""
    import yaml

    data: dict[str, Any] = yaml.safe_load(text)
    fields: dict[str, Any] = {}
    for key, value in data.items():
        if key in _LISTS:
            fields[key] = tuple(_LISTS[key].model_validate(v) for v in value)
        elif key in _ONES:
            fields[key] = _ONES[key].model_validate(value)
        else:
            fields[key] = value
    return ActionPlan.model_construct(**fields)


def example_plan(rule: Rule | str, *, failing: bool = True) -> ActionPlan:
    """The rule's failing (or passing) example as a plan."""
    from ..io import loads

    chosen = get_rule(rule) if isinstance(rule, str) else rule
    text = chosen.failing_example if failing else chosen.passing_example
    if failing and chosen.unchecked_examples:
        return construct_unchecked(text)
    return loads(text, format="yaml")
