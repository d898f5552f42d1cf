"""The activity table alone as CSV, for those who track only activities (issue 19, item 4).

Written as UTF-8 with a byte-order mark (so Excel opens it as UTF-8), ``;``-separated (what
Excel expects where the decimal mark is a comma, as in Swedish and Norwegian), headers in the
chosen language. Read back with ``;`` or ``,`` detected from the header line. Only the
standard library's ``csv`` module is used, and no extra is needed.

Formula neutralisation lives here (:func:`neutralise`): a cell that starts with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return would be run as a formula by a spreadsheet program
(OWASP "CSV injection"), so it is written with a leading ``'``; a cell that starts with ``'``
followed by one of those gets one more, so reading strips exactly one and gives back the text.
"""

from __future__ import annotations

import csv
import io
import os
from typing import Any

from ...errors import LoadIssue, PlanLoadError
from ...messages import message as msg
from ...model import ActionPlan
from .._limits import DEFAULT_LIMITS, LoadLimits
from ._cells import Terms
from ._layout import sheet
from ._words import SheetLang, word

__all__ = [
    "activities_csv",
    "neutralise",
    "read_activities_csv",
    "restore",
    "to_activities_csv",
]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_BOM = "\ufeff"


def neutralise(text: str) -> str:
    """``text`` as a CSV cell no spreadsheet program runs as a formula (reversible)."""
    if text.startswith(_FORMULA_START) or (
        text.startswith("'") and text[1:].startswith((*_FORMULA_START, "'"))
    ):
        return "'" + text
    return text


def restore(text: str) -> str:
    """The inverse of :func:`neutralise`."""
    if text.startswith("'") and text[1:].startswith((*_FORMULA_START, "'")):
        return text[1:]
    return text


def _text(value: Any, column: Any, lang: SheetLang, where: str, terms: Terms) -> str:
    from ._write import _cell_value

    if isinstance(value, bool):
        return word("yes" if value else "no", lang)
    cell = _cell_value(value, column, lang, where, terms)
    if cell is None:
        return ""
    if column.kind == "date":
        return str(value)
    if isinstance(cell, str):
        from ._cells import unescape_text

        return neutralise(unescape_text(cell))  # CSV is not XML: no _xHHHH_ escapes
    return str(cell)


def activities_csv(plan: ActionPlan, *, lang: SheetLang = "sv", delimiter: str = ";") -> str:
    """The activity table of ``plan`` as CSV text (with a leading byte-order mark)."""
    from ._write import _value, header, record_rows

    layout = sheet("activities")
    terms = Terms(plan.vocabulary)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([neutralise(header(layout, c, lang)) for c in layout.columns])
    for row in record_rows(plan, layout):
        if row.none:
            continue  # a CSV of activities always states its activities
        writer.writerow(
            [
                _text(_value(row, c, layout), c, lang, f"{row.path}.{c.field}", terms)
                for c in layout.columns
            ]
        )
    return _BOM + out.getvalue()


def to_activities_csv(
    plan: ActionPlan, path: str | os.PathLike[str], *, lang: SheetLang = "sv"
) -> None:
    """Write the activity table of ``plan`` to ``path`` as CSV (see :func:`activities_csv`)."""
    from ..files import write_file

    write_file(path, activities_csv(plan, lang=lang).encode("utf-8"))


def _delimiter(text: str) -> str:
    first = text.split("\n", 1)[0]
    return ";" if first.count(";") >= first.count(",") else ","


def read_activities_csv(
    path: str | os.PathLike[str], plan: ActionPlan, *, limits: LoadLimits = DEFAULT_LIMITS
) -> ActionPlan:
    """``plan`` with its activities replaced by those in the CSV file at ``path``.

    The references in the CSV (responsible, accountable) resolve against ``plan``'s actors
    and bodies; every problem is reported at its cell (``D14``) in one ``PlanLoadError``.
    """
    from .._load import decode as _decode
    from ..files import read_bytes
    from ._read import Cell, Grid, _Nones, _Reader, _record_list, _record_sheet, validate_records
    from ._source import WorkbookSourceMap

    name = str(path)
    data = read_bytes(path, limits=limits, name=name)  # bounded, as every reader (issue 21)
    text = _decode(data, name, limits)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text)))
    except csv.Error as exc:
        raise PlanLoadError(
            [
                LoadIssue(
                    "syntax",
                    msg("load.xlsx.csv", error=str(exc)),  # the csv module's own words
                    name,
                    None,
                    None,
                    "",
                    msg("load.xlsx.csv.hint"),
                )
            ]
        ) from None
    grid = Grid(
        "",
        [
            cells
            for r, row in enumerate(rows, start=1)
            if (cells := [Cell(restore(v), r, c) for c, v in enumerate(row, start=1) if v != ""])
        ],
    )
    source = WorkbookSourceMap(name, "csv")
    reader = _Reader(name, source)
    reader.lang = _lang_of(grid)
    records = _record_sheet(reader, Terms(plan.vocabulary), sheet("activities"), grid)
    nones = _Nones()
    data_out: dict[str, Any] = plan.model_dump(mode="json", by_alias=True, exclude_defaults=True)
    data_out["activities"] = _record_list(reader, nones, "activities", records, name) or []
    nones.check(reader)
    return validate_records(data_out, source, reader.issues, reader.reported, limits)


def _lang_of(grid: Any) -> SheetLang:
    from ._cells import normal
    from ._write import header

    if not grid.rows:
        return "sv"
    heads = {normal(str(c.value)) for c in grid.rows[0]}
    layout = sheet("activities")
    best: SheetLang = "sv"
    score = -1
    for lang in ("sv", "en", "nb"):
        hits = sum(normal(header(layout, c, lang)) in heads for c in layout.columns)
        if hits > score:
            best, score = lang, hits
    return best
