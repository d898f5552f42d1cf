"""A workbook holds every part of a plan (issue 19): every field of every record reachable from
``ActionPlan`` has a column on some sheet, found by walking the models themselves, so a field
added to the model later fails here until the workbook holds it too."""

from __future__ import annotations

from _model_fields import leaves as _leaves
from preventionkit.io.xlsx._layout import SHEETS
from preventionkit.model import ActionPlan

EXCLUDED: dict[str, str] = {}
"""Fields a workbook deliberately does not hold, each with the reason. Empty: every field of
the plan format has a cell."""


def _columns() -> dict[str, str]:
    """Every column of every sheet as the plan path it holds, to ``sheet!column``."""
    out: dict[str, str] = {}
    for sheet in SHEETS:
        for column in sheet.columns:
            if column.field in sheet.keys:
                continue
            path = f"{sheet.at}.{column.field}" if sheet.at else column.field
            out[path] = f"{sheet.key}!{column.field}"
    return out


def _covered(leaf: str, columns: dict[str, str]) -> bool:
    # a mapping field (a term's labels) is held by one column per key: labels.sv, labels.en …
    return leaf in columns or any(path.startswith(f"{leaf}.") for path in columns)


def test_the_walk_reaches_the_nested_records() -> None:
    leaves = _leaves(ActionPlan)
    assert "indicators[].periods[].breakdown[].actual.value" in leaves
    assert "bodies[].members" in leaves
    assert "bodies[].members[].deputy" in leaves
    assert "vocabulary[].labels" in leaves
    assert "$schema" in leaves
    assert "needs.factors[].ecological_level" in leaves
    assert len(leaves) > 200


def test_every_field_of_the_plan_has_a_cell() -> None:
    columns = _columns()
    missing = sorted(
        leaf for leaf in _leaves(ActionPlan) if leaf not in EXCLUDED and not _covered(leaf, columns)
    )
    assert missing == []


def test_every_column_holds_a_field_of_the_plan() -> None:
    leaves = _leaves(ActionPlan)
    stray = sorted(
        where
        for path, where in _columns().items()
        if path not in leaves and not any(path.startswith(f"{leaf}.") for leaf in leaves)
    )
    assert stray == []


def test_every_key_column_is_a_column_of_its_sheet() -> None:
    for sheet in SHEETS:
        fields = [c.field for c in sheet.columns]
        assert list(sheet.keys) == fields[: len(sheet.keys)], sheet.key


def test_exclusions_are_real_fields_with_reasons() -> None:
    leaves = _leaves(ActionPlan)
    for leaf, reason in EXCLUDED.items():
        assert leaf in leaves
        assert len(reason) > 20
