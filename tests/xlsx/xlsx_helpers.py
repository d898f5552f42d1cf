"""Helpers shared by the workbook tests: normalising the one thing a cell cannot keep apart."""

from __future__ import annotations

from typing import Any

from preventionkit import ActionPlan


def _prune(value: Any) -> Any:
    """Drop ``null`` (which states nothing) and nested records that hold nothing (``{}``) from
    mappings, innermost first; items of lists stay (an empty row is still a row)."""
    if isinstance(value, dict):
        out = {k: _prune(v) for k, v in value.items() if v is not None}
        return {k: v for k, v in out.items() if v != {}}
    if isinstance(value, list):
        return [_prune(item) for item in value]
    return value


def cell_normal(plan: ActionPlan) -> ActionPlan:
    """``plan`` with empty nested records (``timeline: {}``, ``employer: {}``) as no record:
    the one difference a workbook cannot keep, since empty cells mean both, and one no rule
    tells apart (PK302 counts an empty timeline as none)."""
    data = _prune(plan.model_dump(mode="json", by_alias=True, exclude_unset=True))
    # A sheet with no rows reads as "not stated": an empty list of records stated as such
    # (``decisions: []``) is the one stated absence a workbook does not keep.
    for key in [k for k, v in data.items() if v == [] and k in _RECORD_LISTS]:
        del data[key]
    for indicator in data.get("indicators", []):
        if indicator.get("periods") == []:
            del indicator["periods"]
        for period in indicator.get("periods", []):
            if period.get("breakdown") == []:  # breakdowns are not in a workbook yet
                del period["breakdown"]
    needs = data.get("needs")
    if needs is not None and needs.get("factors") == []:
        del needs["factors"]
        if not needs:
            del data["needs"]
    return ActionPlan.model_validate(data)


_RECORD_LISTS = frozenset(
    {
        "actors", "decisions", "bodies", "mandates", "activities", "goals", "indicators",
        "follow_up", "funding", "checklist", "suppress", "evaluations", "related",
        "vocabulary", "programmes",
    }
)  # fmt: skip


def without_breakdowns(plan: ActionPlan) -> ActionPlan | None:
    """``plan`` without what a workbook does not hold yet (indicator breakdowns, the plan's own
    vocabulary and programmes; exporting them is refused), or None when it needs them."""
    from pydantic import ValidationError

    data = plan.model_dump(mode="json", by_alias=True, exclude_unset=True)
    for indicator in data.get("indicators", []):
        for period in indicator.get("periods", []):
            period.pop("breakdown", None)
    data.pop("vocabulary", None)
    data.pop("programmes", None)
    try:
        return ActionPlan.model_validate(data)
    except ValidationError:
        return None
