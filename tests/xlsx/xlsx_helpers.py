"""Helpers shared by the workbook tests: normalising the one thing a cell cannot keep apart."""

from __future__ import annotations

from typing import Any

from preventionkit import ActionPlan

_LABEL_ORDER = ("sv", "en", "nb")


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
    """``plan`` with the two differences a workbook cannot keep, and that no rule tells apart:
    an empty nested record (``timeline: {}``, ``employer: {}``) is no record, since empty cells
    mean both (PK302 counts an empty timeline as none); and a declared term's labels come in
    the order of the sheet's columns (sv, en, nb, then the others as written), since a mapping's
    order says nothing."""
    data = _prune(plan.model_dump(mode="json", by_alias=True, exclude_unset=True))
    for term in data.get("vocabulary", []):
        labels = term["labels"]
        first = {k: labels[k] for k in _LABEL_ORDER if k in labels}
        term["labels"] = first | {k: v for k, v in labels.items() if k not in first}
    return ActionPlan.model_validate(data)
