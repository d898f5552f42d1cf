"""The plan in a spreadsheet: Excel workbooks and a CSV of the activity table (issue 19).

Needs the ``xlsx`` extra (openpyxl). ``pk.load("plan.xlsx")`` reads a workbook,
:func:`to_xlsx` writes one, :func:`xlsx_template` writes an empty one with a filled example
row, :func:`to_activities_csv` and :func:`read_activities_csv` carry the activity table alone.
"""

from __future__ import annotations

from ._cells import WorkbookWriteError
from ._csv import activities_csv, read_activities_csv, to_activities_csv
from ._template import template_plan, xlsx_template
from ._words import LANGS, SheetLang
from ._write import to_xlsx, xlsx_bytes

__all__ = [
    "LANGS",
    "SheetLang",
    "WorkbookWriteError",
    "activities_csv",
    "read_activities_csv",
    "template_plan",
    "to_activities_csv",
    "to_xlsx",
    "xlsx_bytes",
    "xlsx_template",
]
