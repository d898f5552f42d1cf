"""Helpers shared by the workbook tests: normalising the few values a cell cannot keep apart."""

from __future__ import annotations

from typing import Any

from preventionkit import ActionPlan

_NESTED = {
    "activities": ("timeline", "programme_theory"),
    "indicators": ("baseline", "target"),
}


def _empty(record: Any) -> bool:
    return record is not None and not record.model_dump(exclude_defaults=True)


def cell_normal(plan: ActionPlan) -> ActionPlan:
    """``plan`` with empty nested records (``timeline: {}``) as no record: the one difference
    a workbook cannot keep (empty cells mean both), and one no rule tells apart (PK302)."""
    data = plan.model_dump(by_alias=True, exclude_defaults=True)
    for key, fields in _NESTED.items():
        for record, model in zip(data.get(key, []), getattr(plan, key), strict=True):
            for name in fields:
                if _empty(getattr(model, name)):
                    record.pop(name, None)
    readiness = plan.readiness
    if readiness is not None and _empty(readiness):
        data.pop("readiness", None)
    return ActionPlan.model_validate(data)
