"""Write a plan as a workbook: a sheet per record kind, headers in the chosen language, frozen
header rows, fitted column widths, and drop-downs for every vocabulary and reference column
(issue 19). Written with openpyxl; nothing here builds XML by hand."""

from __future__ import annotations

import datetime as dt
import io
import math
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ...errors import MissingExtraError
from ...messages import message as msg
from ...model import ActionPlan, Body, IndicatorPeriod, Membership, knowledge
from ...model.dates import PartialDate
from ._cells import (
    MAX_CELL,
    CellTooLong,
    Terms,
    WorkbookWriteError,
    date_cell,
    escape_text,
    join_list,
)
from ._layout import SHEETS, Column, Sheet
from ._words import LANGS, SheetLang, has_word, word

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

__all__ = ["Row", "build_workbook", "header", "record_rows", "to_xlsx", "xlsx_bytes"]

_MAX_ROW = 1_048_576
_HEADER_FILL = "DDE4EE"
_DATE_FORMAT = "yyyy-mm-dd"
_LABEL_LANGS = frozenset(LANGS)
"""The languages whose labels of a declared term have a column each; others share one."""


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
        if isinstance(value, dict):
            value = value.get(part)
            continue
        value = getattr(value, "json_schema" if part == "$schema" else part)
    return value


@dataclass(frozen=True, slots=True)
class Row:
    """One row of a sheet: the record it holds, the values of the sheet's key columns (the
    body of a membership, the indicator and period of a breakdown), and where it is in the
    plan. A row with ``none`` set holds no record: it states that there are none (a stated
    ``[]``), which an empty sheet, saying nothing, does not."""

    path: str
    record: Any
    keys: dict[str, Any] = field(default_factory=dict)
    none: bool = False


def _period_key(periods: Sequence[IndicatorPeriod], j: int) -> str | int:
    """How a breakdown names its period: the period's label where no other period of the
    indicator has the same one, else its number among them (1, 2, …), written as a number
    so that it stays apart from a label that happens to be a digit."""
    label = periods[j].label
    if label is not None and label.strip() and sum(p.label == label for p in periods) == 1:
        return label
    return j + 1


def _stated_none(record: Any, name: str) -> bool:
    """Whether ``record`` states its list ``name`` empty (``decisions: []``)."""
    return record is not None and knowledge(record, name) == "absent"


def record_rows(plan: ActionPlan, sheet: Sheet) -> Iterator[Row]:
    """The rows of ``sheet``: the plan itself, its readiness, each actor …, each membership
    with its body, each breakdown with its indicator and period; and a row of "none" where
    the plan states a list of records empty."""
    if sheet.key == "plan":
        yield Row("", plan)
    elif sheet.key == "readiness":
        if plan.readiness is not None:
            yield Row("readiness", plan.readiness)
    elif sheet.key == "memberships":
        for i, body in enumerate(plan.bodies):
            for j, member in enumerate(body.members):
                if isinstance(member, Membership):
                    yield Row(f"bodies[{i}].members[{j}]", member, {"body": body.id})
    elif sheet.key == "periods":
        for i, indicator in enumerate(plan.indicators):
            owner = {"indicator": indicator.id}
            if _stated_none(indicator, "periods"):
                yield Row(f"indicators[{i}].periods", None, owner, none=True)
            for j, period in enumerate(indicator.periods):
                yield Row(f"indicators[{i}].periods[{j}]", period, owner)
    elif sheet.key == "breakdown":
        for i, indicator in enumerate(plan.indicators):
            for j, period in enumerate(indicator.periods):
                keys: dict[str, Any] = {
                    "indicator": indicator.id,
                    "period": _period_key(indicator.periods, j),
                }
                at = f"indicators[{i}].periods[{j}].breakdown"
                if _stated_none(period, "breakdown"):
                    yield Row(at, None, keys, none=True)
                for k, part in enumerate(period.breakdown):
                    yield Row(f"{at}[{k}]", part, keys)
    elif sheet.key == "factors":
        if _stated_none(plan.needs, "factors"):
            yield Row("needs.factors", None, none=True)
        if plan.needs is not None:
            for j, factor in enumerate(plan.needs.factors):
                yield Row(f"needs.factors[{j}]", factor)
    else:
        if _stated_none(plan, sheet.key):
            yield Row(sheet.key, None, none=True)
        for i, record in enumerate(getattr(plan, sheet.key)):
            yield Row(f"{sheet.key}[{i}]", record)


def _stated(record: Any, parts: Sequence[str]) -> bool:
    """Whether the plan states the field at ``parts`` (format 2's three-valued facts: a field
    left out is "not stated", and stays an empty cell rather than its default value)."""
    owner = record
    for part in parts[:-1]:
        owner = _get(owner, (part,))
        if owner is None:
            return False
    name = "json_schema" if parts[-1] == "$schema" else parts[-1]
    if isinstance(owner, dict):
        return name in owner
    return name in getattr(owner, "model_fields_set", {name})


_UNSTATED = object()
_NONE = object()


def _value(row: Row, column: Column, sheet: Sheet) -> Any:
    """The value of ``column`` in ``row``; ``_UNSTATED`` when the plan leaves it out,
    ``_NONE`` in the first column of a row stating that there are none."""
    if column.field in sheet.keys:
        return row.keys[column.field]
    if row.none:
        return _NONE if column is sheet.columns[len(sheet.keys)] else _UNSTATED
    record = row.record
    if column.kind == "labels":
        others = {k: v for k, v in record.labels.items() if k not in _LABEL_LANGS}
        return others or _UNSTATED
    if not _stated(record, column.parts):
        return _UNSTATED
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


def _cell_value(value: Any, column: Column, lang: SheetLang, where: str, terms: Terms) -> Any:
    """What a cell holds for ``value``; text escaped, lists joined, terms as labels; a list the
    plan states to be empty as the word for none (``(inga)``), so "none" stays apart from "not
    stated"; a declared term's labels in other languages one ``lang: label`` a line."""
    if value is None or value is _UNSTATED:
        return None
    if value is _NONE:
        return word("none", lang)
    if column.kind == "float" and not _number_cell_keeps(value):
        return repr(value)
    if column.kind in ("bool", "optbool", "int", "float", "version") or isinstance(value, int):
        return value  # an int in a period column is the period's number
    if column.kind == "date":
        assert isinstance(value, PartialDate)
        return date_cell(value)
    if column.kind == "term":
        assert column.vocab is not None
        text = terms.text(column.vocab, value, lang)
    elif column.kind == "labels":
        try:
            text = join_list(f"{k}: {v}" for k, v in value.items())
        except WorkbookWriteError as exc:
            raise exc.at(where) from None
    elif column.is_list:
        if not value:
            return word("none", lang)
        vocab = column.vocab
        items = [terms.text(vocab, v, lang) if vocab is not None else str(v) for v in value]
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


def _pack_ids() -> list[str]:
    """The framework packs a plan may follow: the shipped ones and those installed packs
    carry (read from the lowest layers, as the validator does; :mod:`preventionkit.frameworks`
    sits above io)."""
    from ...data import shipped_framework_packs
    from ...plugins import installed_packs

    installed = [
        getattr(framework, "id", None)
        for pack in installed_packs()
        for framework in getattr(pack, "frameworks", ())
    ]
    return sorted({*shipped_framework_packs(), *(i for i in installed if isinstance(i, str))})


@dataclass
class _Out:
    """What every sheet of one workbook is written with."""

    plan: ActionPlan
    lang: SheetLang
    lists: _Lists
    terms: Terms


def _choices(column: Column, out: _Out) -> tuple[str, list[str]] | None:
    plan, lang = out.plan, out.lang
    if column.vocab is not None:
        return column.vocab.__name__, out.terms.labels(column.vocab, lang)
    if column.kind == "choice":
        return column.field, list(column.choices)
    if column.kind in ("ref", "refs"):
        if column.target == "decision":
            return "decision ids", [d.id for d in plan.decisions]
        if column.target == "indicator":
            return "indicator ids", [i.id for i in plan.indicators]
        if column.target == "programme":
            from ...catalogue import ids

            own = [p.id for p in plan.programmes]
            return "programme ids", [*own, *sorted(set(ids()) - set(own))]
        if column.target == "pack":
            return "framework packs", _pack_ids()
        return "actor and body ids", [a.id for a in plan.actors] + [b.id for b in plan.bodies]
    return None


def _validate_column(ws: Worksheet, column: Column, out: _Out, cells: str) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    if column.kind in ("bool", "optbool"):
        return  # true and false are typed (TRUE/FALSE, in the reader's language); no list
    found = _choices(column, out)
    if found is None:
        return
    ref = out.lists.ref(*found)
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
    dv.prompt = word(_note(column) or "note:reference", out.lang)[:255]
    dv.showInputMessage = True
    dv.add(cells)
    ws.add_data_validation(dv)


def _note(column: Column) -> str | None:
    if column.kind == "refs" and column.target == "pack":
        return "note:pack"
    if column.is_list:
        return "note:list"
    if column.kind in ("term", "choice"):
        return "note:choice"
    if column.kind == "ref":
        return "note:reference"
    if column.kind in ("period", "labels"):
        return f"note:{column.kind}"
    return None


def _write_records(ws: Worksheet, sheet: Sheet, out: _Out, *, example: bool) -> None:
    from openpyxl.comments import Comment
    from openpyxl.utils import get_column_letter

    lang = out.lang
    widths: dict[int, int] = {}
    for col, column in enumerate(sheet.columns, start=1):
        text = header(sheet, column, lang)
        _put(ws, 1, col, text)
        widths[col] = len(text)
        note = _note(column)
        if note is not None:
            ws.cell(row=1, column=col).comment = Comment(word(note, lang), "preventionkit")
    _style_header(ws, 1, len(sheet.columns))
    line = 1
    for row in record_rows(out.plan, sheet):
        line += 1
        values = [
            _cell_value(
                _value(row, column, sheet),
                column,
                lang,
                f"{row.path}.{column.field}" if row.path else column.field,
                out.terms,
            )
            for column in sheet.columns
        ]
        if all(v is None for v in values[len(sheet.keys) :]):
            # a record that states nothing (``funding: [{}]``): a row of empty cells would
            # read as no row, so its first field says so
            values[len(sheet.keys)] = word("empty_record", lang)
        for col, value in enumerate(values, start=1):
            _put(ws, line, col, value)
            widths[col] = max(widths[col], min(_width(value), 60))
    if example and line > 1:
        ws.cell(row=2, column=1).comment = Comment(word("note:example", lang), "preventionkit")
    for col, column in enumerate(sheet.columns, start=1):
        letter = get_column_letter(col)
        _validate_column(ws, column, out, f"{letter}2:{letter}{_MAX_ROW}")
    ws.freeze_panes = "B2"
    _fit(ws, widths)


def _write_single(ws: Worksheet, sheet: Sheet, out: _Out) -> None:
    from openpyxl.comments import Comment

    lang = out.lang
    _put(ws, 1, 1, word("column:field", lang))
    _put(ws, 1, 2, word("column:value", lang))
    _style_header(ws, 1, 2)
    rows = list(record_rows(out.plan, sheet))
    widths = {1: 0, 2: len(word("column:value", lang))}
    for line, column in enumerate(sheet.columns, start=2):
        text = header(sheet, column, lang)
        _put(ws, line, 1, text)
        widths[1] = max(widths[1], len(text))
        note = _note(column)
        if note is not None:
            ws.cell(row=line, column=1).comment = Comment(word(note, lang), "preventionkit")
        if rows:
            where = f"{rows[0].path}.{column.field}".lstrip(".")
            value = _cell_value(_value(rows[0], column, sheet), column, lang, where, out.terms)
            _put(ws, line, 2, value)
            widths[2] = max(widths[2], min(_width(value), 60))
        _validate_column(ws, column, out, f"B{line}")
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
    wb = Workbook()
    first = wb.active
    assert first is not None
    wb.remove(first)
    sheets = [(s, wb.create_sheet(word(f"sheet:{s.key}", lang))) for s in SHEETS]
    out = _Out(plan, lang, _Lists(wb, lang), Terms(plan.vocabulary))
    for sheet, ws in sheets:
        if sheet.single:
            _write_single(ws, sheet, out)
        else:
            _write_records(ws, sheet, out, example=example)
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
    activities, goals, indicators and their periods and breakdowns, follow-up, readiness,
    needs factors, funding, evaluations, the plan's own programmes, related plans, checklist,
    suppressions, and the plan's own vocabulary terms): every field of the plan format,
    headers in ``lang`` (``"sv"``, ``"en"`` or ``"nb"``), frozen header rows, fitted column
    widths, and drop-downs offering the vocabulary labels and the ids in the workbook.
    ``pk.load`` reads it back to an equal plan. Raises ``ValueError`` for a value no cell
    can hold (a text over 32,767 characters, a list item with a line break).
    """
    from ..files import write_file

    write_file(path, xlsx_bytes(plan, lang))  # atomic, as every writer (issue 21)
