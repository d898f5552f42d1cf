"""Whatever a person types into whichever cell, loading answers with a plan or with errors that
each name a sheet and cell: never another exception (issue 19; issue 9's promise for text)."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import preventionkit as pk
from preventionkit.errors import PlanLoadError
from preventionkit.io.xlsx import template_plan, xlsx_bytes
from preventionkit.io.xlsx._cells import escape_text
from preventionkit.io.xlsx._read import read_workbook

openpyxl = pytest.importorskip("openpyxl")

_TEMPLATE = xlsx_bytes(template_plan("sv"), "sv", example=True)
_SHEETS = ("Plan", "Aktörer", "Organ", "Beslut", "Mandat", "Aktiviteter", "Mål", "Indikatorer")
_VALUES = st.one_of(
    st.none(),
    st.text(max_size=20),
    st.sampled_from(["ks", "board", "council", "universell", "ja", "nej", "2019-XX", "=1+1"]),
    st.integers(-5, 3000),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.dates(dt.date(1901, 1, 1), dt.date(2100, 1, 1)),
)
_EDIT = st.tuples(st.sampled_from(_SHEETS), st.integers(1, 5), st.integers(1, 26), _VALUES)


def _edited(edits: list[tuple[str, int, int, Any]]) -> bytes:
    wb = openpyxl.load_workbook(io.BytesIO(_TEMPLATE))
    for sheet, row, column, value in edits:
        # control characters as a spreadsheet program stores them (openpyxl refuses them raw)
        text = escape_text(value) if isinstance(value, str) else value
        wb[sheet].cell(row=row, column=column).value = text
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


@settings(max_examples=25)
@given(st.lists(_EDIT, min_size=1, max_size=6))
def test_any_edit_loads_or_fails_with_located_errors(
    edits: list[tuple[str, int, int, Any]],
) -> None:
    data = _edited(edits)
    try:
        plan = read_workbook(data, "plan.xlsx", pk.io.DEFAULT_LIMITS)
    except PlanLoadError as exc:
        for issue in exc.issues:
            assert issue.cell is not None, str(issue)
            assert issue.hint or issue.kind in ("wrong_type", "invalid_value"), str(issue)
        return
    assert isinstance(plan, pk.ActionPlan)
