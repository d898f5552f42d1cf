"""Write a plan as a workbook: a sheet per record kind, headers in the chosen language, frozen
header rows, fitted column widths, and drop-downs for every vocabulary and reference column
(issue 19). Written with openpyxl; nothing here builds XML by hand."""

from __future__ import annotations

import datetime as dt
import io
import math
import os
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ...errors import MissingExtraError
from ...messages import message as msg
from ...model import ActionPlan, Body, Membership
from ...model.dates import PartialDate
from ...vocab import Term
from ._cells import (
    MAX_CELL,
    CellTooLong,
    WorkbookWriteError,
    date_cell,
    escape_text,
    join_list,
    label_of,
)
from ._layout import SHEETS, Column, Sheet
from ._words import SheetLang, has_word, word

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

__all__ = ["build_workbook", "header", "record_rows", "to_xlsx", "xlsx_bytes"]

_MAX_ROW = 1_048_576
_NOT_HELD = ("vocabulary", "programmes")
"""Plan fields a workbook does not hold yet: exporting a plan that states them is refused."""
_HEADER_FILL = "DDE4EE"
_DATE_FORMAT = "yyyy-mm-dd"


def header(sheet: Sheet, column: Column, lang: SheetLang) -> str:
    """A column's header: the sheet's own word for the field, else the shared one."""
    for key in (f"{sheet.key}.{column.field}", column.field):
        if has_word(key):
            return word(key, lang)
    raise KeyError(f"no header word for {sheet.key}.{column.field}")


def _get(record: Any, parts: Sequence[str]) -> Any:
    value = record
    for part in parts:
        if value is None:
            return None
        value = getattr(value, "json_schema" if part == "$schema" else part)
    return value


def record_rows(plan: ActionPlan, sheet: Sheet) -> Iterator[tuple[str, Any]]:
    """The records of ``sheet`` as ``(path, record)``: the plan itself, its readiness, each
    actor …, and for memberships ``(path, (body, membership))``."""
    if sheet.key == "plan":
        yield "", plan
    elif sheet.key == "readiness":
        if plan.readiness is not None:
            yield "readiness", plan.readiness
    elif sheet.key == "memberships":
        for i, body in enumerate(plan.bodies):
            for j, member in enumerate(body.members):
                if isinstance(member, Membership):
                    yield f"bodies[{i}].members[{j}]", (body, member)
    elif sheet.key == "periods":
        for i, indicator in enumerate(plan.indicators):
            for j, period in enumerate(indicator.periods):
                if period.breakdown:
                    raise WorkbookWriteError(msg("export.xlsx.breakdown")).at(
                        f"indicators[{i}].periods[{j}].breakdown"
                    )
                yield f"indicators[{i}].periods[{j}]", (indicator, period)
    elif sheet.key == "factors":
        if plan.needs is not None:
            for j, factor in enumerate(plan.needs.factors):
                yield f"needs.factors[{j}]", (None, factor)
    else:
        for i, record in enumerate(getattr(plan, sheet.key)):
            yield f"{sheet.key}[{i}]", record


def _stated(record: Any, parts: Sequence[str]) -> bool:
    """Whether the plan states the field at ``parts`` (format 2's three-valued facts: a field
    left out is "not stated", and stays an empty cell rather than its default value)."""
    owner = record
    for part in parts[:-1]:
        owner = getattr(owner, part, None)
        if owner is None:
            return False
    name = "json_schema" if parts[-1] == "$schema" else parts[-1]
    return name in getattr(owner, "model_fields_set", {name})


_UNSTATED = object()


def _value(record: Any, column: Column, sheet: Sheet) -> Any:
    """The value of ``column`` in ``record``; ``_UNSTATED`` when the plan leaves it out."""
    if sheet.parent is not None:
        owner, child = record
        if column is sheet.columns[0] and sheet.key != "factors":
            return owner.id  # the body of a membership, the indicator of a period
        return _get(child, column.parts) if _stated(child, column.parts) else _UNSTATED
    if not _stated(record, column.parts):
        return _UNSTATED
    return _value_of(record, column, sheet)


def _value_of(record: Any, column: Column, sheet: Sheet) -> Any:
    if sheet.parent is not None:
        owner, child = record
        if column is sheet.columns[0] and sheet.key != "factors":
            return owner.id  # the body of a membership, the indicator of a period
        return _get(child, column.parts)
    if sheet.key == "bodies" and column.field == "members":
        assert isinstance(record, Body)
        return record.member_ids
    return _get(record, column.parts)


def _number_cell_keeps(value: float) -> bool:
    """Whether a number cell gives ``value`` back: openpyxl writes 16 significant digits, and
    reads ``-0`` back as the integer 0; a float that needs 17 digits, or minus zero, is written
    as its text instead (issue 19: nothing the user wrote is changed on the way)."""
    if value == 0:
        return math.copysign(1.0, value) > 0
    return float(f"{value:.16g}") == value


def _cell_value(value: Any, column: Column, lang: SheetLang, where: str) -> Any:
    """What a cell holds for ``value``; text escaped, lists joined, terms as labels; a list the
    plan states to be empty as the word for none (``(inga)``), so "none" stays apart from "not
    stated"."""
    if value is None or value is _UNSTATED:
        return None
    if column.kind == "float" and not _number_cell_keeps(value):
        return repr(value)
    if column.kind in ("bool", "optbool", "int", "float", "version"):
        return value
    if column.kind == "date":
        assert isinstance(value, PartialDate)
        return date_cell(value)
    if column.kind == "term":
        assert isinstance(value, Term)
        text = label_of(value, lang)
    elif column.is_list:
        if not value:
            return word("none", lang)
        items = [label_of(v, lang) if isinstance(v, Term) else str(v) for v in value]
        try:
            text = join_list(items)
        except WorkbookWriteError as exc:
            raise exc.at(where) from None
    else:
        text = str(value)
    if len(text) > MAX_CELL:
        raise CellTooLong(msg("export.xlsx.cell_too_long", size=len(text), limit=MAX_CELL)).at(
            where
        )
    return escape_text(text)


def _put(ws: Worksheet, row: int, col: int, value: Any) -> None:
    cell = ws.cell(row=row, column=col)
    if value is None:
        return
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # text, never a formula, whatever it starts with
    elif isinstance(value, dt.date):
        cell.number_format = _DATE_FORMAT


def _style_header(ws: Worksheet, row: int, width: int) -> None:
    from openpyxl.styles import Font, PatternFill

    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor=_HEADER_FILL)
    for col in range(1, width + 1):
        cell = ws.cell(row=row, column=col)
        cell.font = bold
        cell.fill = fill


def _fit(ws: Worksheet, widths: dict[int, int]) -> None:
    from openpyxl.utils import get_column_letter

    for col, chars in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = max(8, min(60, chars + 2))


def _width(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, dt.date):
        return 10
    return max((len(line) for line in str(value).split("\n")), default=0)


class _Lists:
    """The hidden sheet of drop-down choices, one column per list, filled as needed."""

    def __init__(self, wb: Workbook, lang: SheetLang) -> None:
        self.ws = wb.create_sheet(word("sheet:lists", lang))
        self.ws.sheet_state = "hidden"
        self.title = self.ws.title
        self.columns: dict[str, str] = {}

    def ref(self, key: str, values: Sequence[str]) -> str | None:
        from openpyxl.utils import get_column_letter, quote_sheetname

        if not values:
            return None
        if key not in self.columns:
            col = len(self.columns) + 1
            letter = get_column_letter(col)
            self.ws.cell(row=1, column=col, value=key).data_type = "s"
            for i, value in enumerate(values, start=2):
                _put(self.ws, i, col, escape_text(value))
            self.columns[key] = (
                f"{quote_sheetname(self.title)}!${letter}$2:${letter}${len(values) + 1}"
            )
        return self.columns[key]


def _choices(column: Column, plan: ActionPlan, lang: SheetLang) -> tuple[str, list[str]] | None:
    if column.vocab is not None:
        return column.vocab.__name__, [label_of(t, lang) for t in column.vocab]
    if column.kind == "choice":
        return column.field, list(column.choices)
    if column.kind in ("ref", "refs"):
        if column.target == "decision":
            return "decision ids", [d.id for d in plan.decisions]
        if column.target == "indicator":
            return "indicator ids", [i.id for i in plan.indicators]
        if column.target == "programme":
            from ...catalogue import ids

            return "programme ids", sorted(ids())
        return "actor and body ids", [a.id for a in plan.actors] + [b.id for b in plan.bodies]
    if column.kind in ("bool", "optbool"):
        return f"yes/no {lang}", [word("yes", lang), word("no", lang)]
    return None


def _validate_column(
    ws: Worksheet, lists: _Lists, column: Column, plan: ActionPlan, *, lang: SheetLang, cells: str
) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    if column.kind in ("bool", "optbool"):
        return  # true and false are typed (TRUE/FALSE, in the reader's language); no list
    found = _choices(column, plan, lang)
    if found is None:
        return
    ref = lists.ref(*found)
    if ref is None:
        return
    strict = column.kind in ("term", "choice")
    dv = DataValidation(
        type="list",
        formula1=ref,
        allow_blank=True,
        showErrorMessage=not column.is_list,
        errorStyle="stop" if strict else "warning",
    )
    note = "note:list" if column.is_list else "note:choice" if strict else "note:reference"
    dv.prompt = word(note, lang)[:255]
    dv.showInputMessage = True
    dv.add(cells)
    ws.add_data_validation(dv)


def _note(column: Column) -> str | None:
    if column.is_list:
        return "note:list"
    if column.kind in ("term", "choice"):
        return "note:choice"
    if column.kind == "ref":
        return "note:reference"
    return None


def _write_records(
    ws: Worksheet, sheet: Sheet, plan: ActionPlan, lang: SheetLang, lists: _Lists, *, example: bool
) -> None:
    from openpyxl.comments import Comment
    from openpyxl.utils import get_column_letter

    widths: dict[int, int] = {}
    for col, column in enumerate(sheet.columns, start=1):
        text = header(sheet, column, lang)
        _put(ws, 1, col, text)
        widths[col] = len(text)
        note = _note(column)
        if note is not None:
            ws.cell(row=1, column=col).comment = Comment(word(note, lang), "preventionkit")
    _style_header(ws, 1, len(sheet.columns))
    row = 1
    for path, record in record_rows(plan, sheet):
        row += 1
        for col, column in enumerate(sheet.columns, start=1):
            where = f"{path}.{column.field}" if path else column.field
            value = _cell_value(_value(record, column, sheet), column, lang, where)
            _put(ws, row, col, value)
            widths[col] = max(widths[col], min(_width(value), 60))
    if example and row > 1:
        ws.cell(row=2, column=1).comment = Comment(word("note:example", lang), "preventionkit")
    for col, column in enumerate(sheet.columns, start=1):
        letter = get_column_letter(col)
        _validate_column(ws, lists, column, plan, lang=lang, cells=f"{letter}2:{letter}{_MAX_ROW}")
    ws.freeze_panes = "B2"
    _fit(ws, widths)


def _write_single(
    ws: Worksheet, sheet: Sheet, plan: ActionPlan, lang: SheetLang, lists: _Lists
) -> None:
    from openpyxl.comments import Comment

    _put(ws, 1, 1, word("column:field", lang))
    _put(ws, 1, 2, word("column:value", lang))
    _style_header(ws, 1, 2)
    records = list(record_rows(plan, sheet))
    record = records[0][1] if records else None
    widths = {1: 0, 2: len(word("column:value", lang))}
    for row, column in enumerate(sheet.columns, start=2):
        text = header(sheet, column, lang)
        _put(ws, row, 1, text)
        widths[1] = max(widths[1], len(text))
        note = _note(column)
        if note is not None:
            ws.cell(row=row, column=1).comment = Comment(word(note, lang), "preventionkit")
        if record is not None:
            where = f"{records[0][0]}.{column.field}".lstrip(".")
            raw = _get(record, column.parts) if _stated(record, column.parts) else _UNSTATED
            value = _cell_value(raw, column, lang, where)
            _put(ws, row, 2, value)
            widths[2] = max(widths[2], min(_width(value), 60))
        _validate_column(ws, lists, column, plan, lang=lang, cells=f"B{row}")
    ws.freeze_panes = "A2"
    _fit(ws, widths)


def build_workbook(plan: ActionPlan, lang: SheetLang = "sv", *, example: bool = False) -> Workbook:
    """The workbook of ``plan`` as an openpyxl object (see :func:`to_xlsx`)."""
    try:
        from openpyxl import Workbook
    except ImportError:
        raise MissingExtraError("writing Excel workbooks", "xlsx") from None

    if lang not in ("sv", "en", "nb"):
        raise ValueError(f"lang must be 'sv', 'en' or 'nb', not {lang!r}")
    for field in _NOT_HELD:
        if getattr(plan, field, None):
            raise WorkbookWriteError(msg("export.xlsx.not_held", field=field)).at(field)
    wb = Workbook()
    first = wb.active
    assert first is not None
    wb.remove(first)
    sheets = [(s, wb.create_sheet(word(f"sheet:{s.key}", lang))) for s in SHEETS]
    lists = _Lists(wb, lang)
    for sheet, ws in sheets:
        if sheet.single:
            _write_single(ws, sheet, plan, lang, lists)
        else:
            _write_records(ws, sheet, plan, lang, lists, example=example)
    wb.active = 0
    return wb


def xlsx_bytes(plan: ActionPlan, lang: SheetLang = "sv", *, example: bool = False) -> bytes:
    """The workbook of ``plan`` as the bytes of an ``.xlsx`` file."""
    out = io.BytesIO()
    build_workbook(plan, lang, example=example).save(out)
    return out.getvalue()


def to_xlsx(plan: ActionPlan, path: str | os.PathLike[str], *, lang: SheetLang = "sv") -> None:
    """Write ``plan`` to an Excel workbook at ``path`` (needs the ``xlsx`` extra).

    One sheet per record kind (plan, actors, bodies, memberships, decisions, mandates,
    activities, goals, indicators, follow-up, readiness, funding, checklist, suppressions),
    headers in ``lang`` (``"sv"``, ``"en"`` or ``"nb"``), frozen header rows, fitted column
    widths, and drop-downs offering the vocabulary labels and the ids in the workbook.
    ``pk.load`` reads it back to an equal plan. Raises ``ValueError`` for a value no cell
    can hold (a text over 32,767 characters, a list item with a line break).
    """
    from ..files import write_file

    write_file(path, xlsx_bytes(plan, lang))  # atomic, as every writer (issue 21)
