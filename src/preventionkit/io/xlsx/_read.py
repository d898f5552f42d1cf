"""Read a plan from a workbook, every problem located at its sheet and cell (issue 19).

Sheets are found by name in any supported language (sv, en, nb) or by their field name
(``activities``); columns by their header in any language or by field path
(``timeline.start``); vocabulary cells by code or label in any language. Sheets the library
does not own are left alone. Rows may come in any order and may be added at the end; empty
rows are skipped. Cells are read as values: a formula is an error (nothing is computed), and
nothing a workbook links to is fetched.
"""

from __future__ import annotations

import datetime as dt
import difflib
import io
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from pydantic import ValidationError

from ...errors import IssueKind, LoadIssue, PlanLoadError, suggest
from ...messages import Message
from ...messages import message as msg
from ...model import FORMAT_VERSION, ActionPlan
from ...vocab.extra import OPEN_VOCABULARIES, OpenVocabulary, TermDeclaration
from .._errors import issues_from_validation
from .._limits import LoadLimits
from .._source import Path, attach_source
from ._cells import Terms, bool_lookup, normal, split_list, unescape_text
from ._guard import check_package
from ._layout import SHEETS, Column, Sheet
from ._layout import sheet as layout_of
from ._source import CellRef, WorkbookSourceMap, cell_name
from ._words import LANGS, SheetLang, has_word, spellings, word

if TYPE_CHECKING:
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

__all__ = [
    "MAX_EMPTY_RUN",
    "Cell",
    "Grid",
    "header_lookup",
    "read_grid",
    "read_workbook",
    "records_from_grid",
    "validate_records",
]

NONE_ROW = "\x00none"
"""The key a row stating "there are none" has in place of fields (see ``_record_sheet``)."""

_DECIMAL_COMMA = re.compile(r"^\s*-?\d+,\d+\s*$")
_CONSTANTS = {"=TRUE()": True, "=FALSE()": False}


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell as read: its value, whether it was a formula or an error, and where it is."""

    value: Any
    row: int
    column: int
    kind: str = "value"  # "value", "formula" or "error"


MAX_EMPTY_RUN = 10_000
"""The most empty rows in a row a sheet's file may hold before reading stops (with an error):
a spreadsheet program writes no row without content, so such a run is a made-up file, and
reading it would cost time for nothing."""


@dataclass
class Grid:
    """One sheet as rows of cells (empty rows left out), and its merged ranges."""

    title: str
    rows: list[list[Cell]]
    merged: list[str] = field(default_factory=list)
    stopped_at: int | None = None
    """The row where a run of more than ``MAX_EMPTY_RUN`` empty rows began, if reading
    stopped there."""


@dataclass
class _Reader:
    file: str | None
    source: WorkbookSourceMap
    lang: SheetLang = "sv"
    issues: list[LoadIssue] = field(default_factory=list)
    reported: set[Path] = field(default_factory=set)

    def issue(
        self,
        kind: IssueKind,
        message: Message,
        at: CellRef,
        path: Path = (),
        hint: Message | None = None,
    ) -> None:
        from .._source import format_path

        self.issues.append(
            LoadIssue(
                kind,
                message,
                self.file,
                at[1],
                at[2],
                format_path(path),
                hint,
                cell_name(*at),
            )
        )
        if path and kind in ("formula", "invalid_value", "unknown_value"):
            self.reported.add(path)  # the model's own error at this value would repeat it


# --- reading sheets ------------------------------------------------------------------------


def _rows(ws: ReadOnlyWorksheet) -> Iterator[tuple[int, list[dict[str, Any]]]]:
    """The rows a sheet's XML holds, with their real row numbers, then its merged ranges.

    openpyxl's read-only worksheet streams rows but pads gaps with empty rows and does not
    report merged ranges, so its sheet parser (the same one it uses itself) is driven here
    directly: one streaming pass, memory bounded by one row.
    """
    from openpyxl.worksheet._reader import WorkSheetParser

    wb = ws.parent
    with ws._get_source() as src:
        parser = WorkSheetParser(
            src,
            ws._shared_strings,
            data_only=False,
            epoch=wb.epoch,
            date_formats=wb._date_formats,
            timedelta_formats=wb._timedelta_formats,
        )
        yield from parser.parse()
        merged = parser.merged_cells
    if merged is not None:
        yield -1, [{"ref": str(m.ref)} for m in merged.mergeCell]


def _grid(ws: ReadOnlyWorksheet) -> Grid:
    grid = Grid(ws.title, [])
    empty_run = 0
    for index, cells in _rows(ws):
        if index == -1:
            grid.merged = [c["ref"] for c in cells]
            continue
        if not cells:
            empty_run += 1
            if empty_run > MAX_EMPTY_RUN:
                grid.stopped_at = index - empty_run + 1
                break
            continue
        empty_run = 0
        row: list[Cell] = []
        for c in cells:
            value, kind = c["value"], c["data_type"]
            if value is None or (isinstance(value, str) and value == ""):
                continue
            if kind == "f" and str(value).upper() in _CONSTANTS:
                # LibreOffice saves a boolean as the formula =TRUE() or =FALSE(): a constant
                row.append(Cell(_CONSTANTS[str(value).upper()], c["row"], c["column"]))
            elif kind == "f":
                row.append(Cell(str(value), c["row"], c["column"], "formula"))
            elif kind == "e":
                row.append(Cell(str(value), c["row"], c["column"], "error"))
            else:
                if isinstance(value, str):
                    value = unescape_text(value)
                elif isinstance(value, dt.timedelta):
                    value = str(value)
                row.append(Cell(value, c["row"], c["column"]))
        if row:
            grid.rows.append(row)
    return grid


def read_grid(data: bytes, file: str | None, limits: LoadLimits) -> list[Grid]:
    """Every sheet of the workbook in ``data``, in workbook order (checked first, see
    ``_guard``). A ``PlanLoadError`` when the bytes are not a workbook to read."""
    check_package(data, file, limits).close()
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            # openpyxl warns about features it drops (extensions, unknown styles, dates out of
            # range); none of them changes a cell's value, and out-of-range dates become
            # error cells, which are reported below.
            warnings.simplefilter("ignore")
            wb = load_workbook(
                io.BytesIO(data), read_only=True, data_only=False, keep_links=False, keep_vba=False
            )
            names = _sheet_names()
            try:
                return [
                    _grid(ws)
                    if hasattr(ws, "_get_source")
                    and names.get(normal(ws.title), ("",))[0] not in ("", "lists")
                    else Grid(ws.title, [])  # a sheet of the user's own (or a chart): unread
                    for ws in wb.worksheets
                ]
            finally:
                wb.close()
    except PlanLoadError:
        raise
    except Exception as exc:  # openpyxl raises many kinds on a damaged package
        raise PlanLoadError(
            [
                LoadIssue(
                    "not_a_workbook",
                    msg("load.xlsx.unreadable", error=type(exc).__name__),
                    file,
                    None,
                    None,
                    "",
                    msg("load.xlsx.resave.hint"),
                )
            ]
        ) from None


# --- matching sheet names and headers -----------------------------------------------------


def _sheet_names() -> dict[str, tuple[str, SheetLang | None]]:
    out: dict[str, tuple[str, SheetLang | None]] = {}
    for sheet in (*SHEETS, None):
        key = sheet.key if sheet is not None else "lists"
        for lang in LANGS:
            out.setdefault(normal(word(f"sheet:{key}", lang)), (key, lang))
        out.setdefault(normal(key), (key, None))
    return out


def _header_keys(sheet: Sheet, column: Column) -> tuple[str, ...]:
    return tuple(k for k in (f"{sheet.key}.{column.field}", column.field) if has_word(k))[:1]


def header_lookup(sheet: Sheet) -> dict[str, Column]:
    """Every accepted header of ``sheet``'s columns (any language, or the field path),
    normalised, to its column."""
    out: dict[str, Column] = {}
    for column in sheet.columns:
        for key in _header_keys(sheet, column):
            for spelling in spellings(key):
                out.setdefault(normal(spelling), column)
        out[normal(column.field)] = column
    return out


# --- cell values ---------------------------------------------------------------------------


def _as_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _is_word(value: Any, key: str) -> bool:
    """Whether a cell holds the workbook word ``key`` in any language."""
    return isinstance(value, str) and normal(value) in {normal(w) for w in spellings(key)}


def _none(value: Any) -> bool:
    """Whether a list cell says "none" (``(inga)``, ``(none)``, ``(ingen)``)."""
    return _is_word(value, "none")


def _items(value: Any) -> list[str]:
    if isinstance(value, str):
        return split_list(value)
    return [_as_text(value)]


def _date(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        return value.strip()
    return value


def _labels(reader: _Reader, value: Any, *, at: CellRef, path: Path) -> dict[str, str]:
    """A declared term's labels in other languages: one ``lang: label`` an item."""
    out: dict[str, str] = {}
    for item in _items(value):
        lang, colon, label = item.partition(":")
        if not colon or not re.fullmatch(r"[a-z]{2,3}", lang.strip()):
            reader.issue(
                "invalid_value",
                msg("load.xlsx.labels_item", item=item[:60]),
                at,
                path,
                msg("load.xlsx.labels_item.hint"),
            )
            continue
        out[lang.strip()] = label[1:] if label.startswith(" ") else label
    return out


def _convert(
    reader: _Reader, terms: Terms, column: Column, cell: Cell, *, at: CellRef, path: Path
) -> tuple[bool, Any]:
    """The plain value of a cell for ``column`` (``False, None`` when it is empty)."""
    value = cell.value
    if cell.kind == "formula":
        reader.issue(
            "formula",
            msg("load.xlsx.formula", formula=str(value)[:40]),
            at,
            path,
            msg("load.xlsx.formula.hint"),
        )
        return True, None
    if cell.kind == "error":
        reader.issue(
            "invalid_value",
            msg("load.xlsx.error_value", value=str(value)),
            at,
            path,
            msg("load.xlsx.error_value.hint"),
        )
        return True, None
    kind = column.kind
    if kind in ("text", "choice"):
        text = value if isinstance(value, str) else _as_text(value)
        if kind == "choice":
            found = next((c for c in column.choices if normal(c) == normal(text)), None)
            return True, found or text.strip()
        return True, text
    if kind in ("id", "ref"):
        text = _as_text(value).strip()
        return (bool(text), text or None)
    if column.is_list and _none(value):
        return True, []  # stated: none
    if kind == "period":
        if isinstance(value, int | float) and not isinstance(value, bool):
            return True, int(value) if float(value).is_integer() else value
        return True, _as_text(value)
    if kind == "labels":
        others = _labels(reader, value, at=at, path=path)
        return bool(others), others
    if kind in ("refs", "texts"):
        items = _items(value)
        if kind == "refs":
            items = [i.strip() for i in items]
        return (bool(items), items)
    if kind in ("term", "terms"):
        items = _items(value) if kind == "terms" else [_as_text(value).strip()]
        out: list[str] = []
        assert column.vocab is not None
        for i, item in enumerate(items):
            code = terms.code(column.vocab, item)
            if code is None:
                labels = terms.labels(column.vocab, reader.lang)
                near = suggest(item, labels + [t.value for t in column.vocab])
                allowed = tuple(column.vocab)  # labels in the language the problem is read in
                where = (*path, i) if kind == "terms" else path
                reader.issue(
                    "unknown_value",
                    msg("load.xlsx.unknown_value", value=item[:60]),
                    at,
                    where,
                    msg("load.xlsx.unknown_value.near.hint", near=near, allowed=allowed)
                    if near
                    else msg("load.xlsx.unknown_value.hint", allowed=allowed),
                )
                out.append(item)
            else:
                out.append(code)
        if not out:
            return False, None
        return True, (out if kind == "terms" else out[0])
    if kind == "date":
        return True, _date(value)
    if kind in ("bool", "optbool"):
        if isinstance(value, bool):
            return True, value
        if isinstance(value, int | float) and value in (0, 1):
            return True, bool(value)
        if isinstance(value, str):
            found_bool = bool_lookup().get(normal(value))
            if found_bool is not None:
                return True, found_bool
            if not value.strip():
                return False, None
        return True, value
    if kind in ("int", "version"):
        if isinstance(value, float) and value.is_integer():
            return True, int(value)
        if isinstance(value, str):
            return True, value.strip()
        return True, value
    if kind == "float":
        if isinstance(value, str) and _DECIMAL_COMMA.match(value):
            return True, value.strip().replace(",", ".")
        if isinstance(value, str):
            return True, value.strip()
        return True, value
    return True, value


def _set(target: dict[str, Any], parts: tuple[str, ...], value: Any) -> None:
    for part in parts[:-1]:
        target = target.setdefault(part, {})
    old = target.get(parts[-1])
    if isinstance(old, dict) and isinstance(value, dict):
        old.update(value)  # a term's labels: one column per language, and one for the rest
    else:
        target[parts[-1]] = value


# --- records from sheets -------------------------------------------------------------------


def _close(name: str, options: list[str]) -> str | None:
    found = difflib.get_close_matches(name, options, n=1, cutoff=0.75)
    return found[0] if found else None


def _record_sheet(
    reader: _Reader, terms: Terms, sheet: Sheet, grid: Grid
) -> list[tuple[dict[str, Any], int]]:
    """The records of a one-row-per-record sheet, each with its row number."""
    if not grid.rows:
        return []
    lookup = header_lookup(sheet)
    head = grid.rows[0]
    columns: dict[int, Column] = {}
    header_row = head[0].row
    reader.source.headers[(sheet.key,)] = (grid.title, header_row, 1)
    seen: dict[str, int] = {}
    labels = [_header_word(sheet, c, reader.lang) for c in sheet.columns]
    for cell in head:
        at = (grid.title, cell.row, cell.column)
        text = _as_text(cell.value)
        column = lookup.get(normal(text))
        if column is None:
            near = suggest(text, labels)
            reader.issue(
                "unknown_field",
                msg("load.xlsx.unknown_column", name=text[:60], sheet=grid.title),
                at,
                (sheet.key,),
                msg("load.did_you_mean", name=near)
                if near
                else msg("load.xlsx.unknown_column.hint", columns=", ".join(labels)),
            )
            continue
        if column.field in seen:
            reader.issue(
                "duplicate_key",
                msg("load.xlsx.duplicate_column", name=text[:60], sheet=grid.title),
                at,
                (sheet.key,),
                msg("load.xlsx.duplicate_column.hint"),
            )
            continue
        seen[column.field] = cell.column
        columns[cell.column] = column
    headed = {c.column for c in head}
    out: list[tuple[dict[str, Any], int]] = []
    first_own = sheet.columns[len(sheet.keys)]
    nones = 0
    for row in grid.rows[1:]:
        index: int | str = len(out) - nones
        record: dict[str, Any] = {}
        own = [c for c in row if c.column in columns and columns[c.column].field not in sheet.keys]
        alone = len(own) == 1 and columns[own[0].column] is first_own
        if alone and _none(own[0].value):
            # "(none)" where the record's first field goes: the plan states there are none.
            # Its cells get paths of their own, apart from the records' numbering.
            record[NONE_ROW] = (grid.title, own[0].row, own[0].column)
            index = f"none-{nones}"
            nones += 1
        empty = alone and _is_word(own[0].value, "empty_record")  # a record stating nothing
        for cell in row:
            if (NONE_ROW in record or empty) and cell is own[0]:
                continue
            at = (grid.title, cell.row, cell.column)
            column = columns.get(cell.column)
            if column is None:
                if cell.column not in headed:
                    reader.issue(
                        "unknown_field",
                        msg("load.xlsx.no_header", sheet=grid.title),
                        at,
                        (sheet.key,),
                        msg("load.xlsx.no_header.hint"),
                    )
                continue
            path: Path = (sheet.key, index, *column.parts)
            filled, value = _convert(reader, terms, column, cell, at=at, path=path)
            if filled and _clash(reader, record, column, value, at=at, path=path):
                continue
            if filled:
                reader.source.cells[path] = at
                _set(record, column.parts, value)
        if NONE_ROW in record:
            out.append((record, row[0].row))
        elif record or empty:
            line = row[0].row
            reader.source.cells[(sheet.key, index)] = (grid.title, line, 1)
            for number, column in columns.items():
                # an empty cell is where a missing value goes: findings about it point there
                reader.source.headers[(sheet.key, index, *column.parts)] = (
                    grid.title,
                    line,
                    number,
                )
            out.append((record, line))
    return out


def _clash(
    reader: _Reader, record: dict[str, Any], column: Column, value: Any, *, at: CellRef, path: Path
) -> bool:
    """Whether a term's label in ``value`` is already in ``record`` from another column (its
    own language's, or the one of other languages), reported as such."""
    if column.parts[0] != "labels" or not isinstance(record.get("labels"), dict):
        return False
    new = value if column.kind == "labels" else {column.parts[-1]: value}
    twice = sorted(set(new) & set(record["labels"]))
    for lang in twice:
        reader.issue(
            "duplicate_key",
            msg("load.xlsx.labels_twice", lang=lang),
            at,
            path,
            msg("load.xlsx.labels_twice.hint"),
        )
    return bool(twice)


def _header_word(sheet: Sheet, column: Column, lang: SheetLang) -> str:
    keys = _header_keys(sheet, column)
    return word(keys[0], lang) if keys else column.field


def _single_sheet(
    reader: _Reader, terms: Terms, sheet: Sheet, grid: Grid, prefix: Path
) -> dict[str, Any]:
    """The one record of a field-and-value sheet (the plan, its readiness)."""
    lookup = header_lookup(sheet)
    labels = [_header_word(sheet, c, reader.lang) for c in sheet.columns]
    record: dict[str, Any] = {}
    seen: set[str] = set()
    reader.source.headers[prefix] = (grid.title, 1, 1)
    for row in grid.rows:
        first = row[0]
        if first.column != 1:
            at = (grid.title, first.row, first.column)
            reader.issue(
                "unknown_field",
                msg("load.xlsx.no_field_name", sheet=grid.title),
                at,
                prefix,
                msg("load.xlsx.no_field_name.hint"),
            )
            continue
        text = _as_text(first.value)
        at = (grid.title, first.row, 1)
        if normal(text) in (normal(word("column:field", lang)) for lang in LANGS):
            continue  # the header row
        column = lookup.get(normal(text))
        if column is None:
            near = suggest(text, labels)
            reader.issue(
                "unknown_field",
                msg("load.xlsx.unknown_field", name=text[:60], sheet=grid.title),
                at,
                prefix,
                msg("load.did_you_mean", name=near)
                if near
                else msg("load.xlsx.unknown_field.hint", fields=", ".join(labels)),
            )
            continue
        if column.field in seen:
            reader.issue(
                "duplicate_key",
                msg("load.xlsx.duplicate_field", name=text[:60], sheet=grid.title),
                at,
                prefix,
                msg("load.xlsx.duplicate_field.hint"),
            )
            continue
        seen.add(column.field)
        path: Path = (*prefix, *column.parts)
        reader.source.headers[path] = (grid.title, first.row, 2)  # where its value goes
        values = [c for c in row[1:] if c.column == 2]
        extra = [c for c in row[1:] if c.column > 2]
        for c in extra:
            reader.issue(
                "unknown_field",
                msg("load.xlsx.beyond_b", sheet=grid.title),
                (grid.title, c.row, c.column),
                path,
                msg("load.xlsx.beyond_b.hint"),
            )
        if not values:
            continue
        cell = values[0]
        vat = (grid.title, cell.row, cell.column)
        filled, value = _convert(reader, terms, column, cell, at=vat, path=path)
        if filled:
            reader.source.cells[path] = vat
            _set(record, column.parts, value)
    return record


@dataclass
class _Nones:
    """The rows stating "there are none" of one workbook, checked once every record is in
    place: a list stated empty that also has records is reported at its "(none)" cell."""

    found: list[tuple[list[Any], CellRef, Path, str]] = field(default_factory=list)

    def add(self, items: list[Any], at: CellRef, path: Path, sheet: str) -> None:
        self.found.append((items, at, path, sheet))

    def check(self, reader: _Reader) -> None:
        for items, at, path, sheet in self.found:
            if items:
                reader.issue(
                    "invalid_value",
                    msg("load.xlsx.none_and_rows", sheet=sheet),
                    at,
                    path,
                    msg("load.xlsx.none_and_rows.hint", none=word("none", reader.lang)),
                )


def _owner_problem(
    reader: _Reader, old: Path, key: str, value: Any, *, known: list[str], record: dict[str, Any]
) -> None:
    """A membership, period or breakdown row naming no body or indicator, or one the
    workbook lacks."""
    at = reader.source.cells.get((*old, key)) or reader.source.cells.get(old) or record[NONE_ROW]
    near = suggest(str(value), known) if value is not None else None
    if key == "body":
        sheet = word("sheet:bodies", reader.lang)
        message = (
            msg("load.xlsx.membership_body", id=str(value), sheet=sheet)
            if value is not None
            else msg("load.xlsx.membership_no_body")
        )
        hint = msg("load.xlsx.membership_body.hint", sheet=sheet)
    else:
        sheet = word("sheet:indicators", reader.lang)
        message = (
            msg("load.xlsx.period_indicator", id=str(value), sheet=sheet)
            if value is not None
            else msg("load.xlsx.period_no_indicator")
        )
        hint = msg("load.xlsx.period_indicator.hint")
    reader.issue(
        "dangling_reference" if value is not None else "missing_field",
        message,
        at,
        old,
        msg("load.did_you_mean", name=near) if near else hint,
    )


def _rows_with_paths(
    key: str, rows: list[tuple[dict[str, Any], int]]
) -> Iterator[tuple[Path, dict[str, Any]]]:
    """Each row of a sheet with the path its cells were recorded under."""
    nones = 0
    for index, (row, _line) in enumerate(rows):
        if NONE_ROW in row:
            yield (key, f"none-{nones}"), row
            nones += 1
        else:
            yield (key, index - nones), row


def _merge_members(
    reader: _Reader,
    nones: _Nones,
    bodies: list[dict[str, Any]],
    rows: list[tuple[dict[str, Any], int]],
    title: str,
) -> None:
    """Put each membership row in its body's member list: in place of the first plain
    mention of the same member, else at the end."""
    by_id = {str(b.get("id")): (i, b) for i, b in enumerate(bodies) if b.get("id") is not None}
    for old, row in _rows_with_paths("memberships", rows):
        body_id = row.pop("body", None)
        if body_id is None or str(body_id) not in by_id:
            _owner_problem(reader, old, "body", body_id, known=list(by_id), record=row)
            continue
        b_index, body = by_id[str(body_id)]
        members = body.setdefault("members", [])
        none_at = row.pop(NONE_ROW, None)
        if none_at is not None:  # the body has no members: as "(none)" in its members cell
            nones.add(members, none_at, ("bodies", b_index, "members"), title)
            continue
        slot = next(
            (j for j, m in enumerate(members) if isinstance(m, str) and m == row.get("actor")),
            None,
        )
        if slot is None:
            slot = len(members)
            members.append(row)
        else:
            members[slot] = row
        new = ("bodies", b_index, "members", slot)
        for path, at in list(reader.source.cells.items()):
            if path[:2] == old:
                reader.source.cells[(*new, *path[2:])] = at


def _moved(reader: _Reader, old: Path, new: Path) -> None:
    """The cells of the record at ``old`` now answer for ``new``."""
    for table in (reader.source.cells, reader.source.headers):
        for path, at in [(p, a) for p, a in table.items() if p[: len(old)] == old]:
            table[(*new, *path[len(old) :])] = at


def _put_in(
    reader: _Reader,
    nones: _Nones,
    owner: dict[str, Any],
    name: str,
    row: dict[str, Any],
    *,
    old: Path,
    new: Path,
    sheet: str,
) -> None:
    """Append ``row`` to ``owner[name]`` (its cells now answering for ``new`` + its index),
    or, for a row stating there are none, state the list empty."""
    items = owner.setdefault(name, [])
    none_at = row.pop(NONE_ROW, None)
    if none_at is not None:
        nones.add(items, none_at, new, sheet)
        return
    _moved(reader, old, (*new, len(items)))
    items.append(row)


def _period_of(periods: list[dict[str, Any]], key: Any) -> int | None:
    """Which of an indicator's periods a breakdown row names: a text by the period's label
    (else as a number), a number by its place among the periods (1, 2, …), else, as typed
    into a cell that turned it into a number, by the label it spells (``2023``)."""
    labels = [str(p.get("label", "")) for p in periods]
    if isinstance(key, str):
        for exact in (True, False):
            found = [
                j
                for j, label in enumerate(labels)
                if (label == key if exact else label.strip() == key.strip())
            ]
            if len(found) == 1:
                return found[0]
        if not key.strip().isdigit():
            return None
        key = int(key)
    if isinstance(key, int) and 1 <= key <= len(periods):
        return key - 1
    found = [j for j, label in enumerate(labels) if label.strip() == str(key)]
    return found[0] if len(found) == 1 else None


def _attach(
    reader: _Reader,
    nones: _Nones,
    data: dict[str, Any],
    rows: list[tuple[dict[str, Any], int]],
    *,
    key: str,
    title: str,
) -> None:
    """Put indicator periods into their indicators (by the id in their first column), each
    breakdown into its indicator's period, and needs factors into the needs assessment, in
    row order."""
    if not rows:
        return
    if key == "factors":
        for old, row in _rows_with_paths(key, rows):
            needs = data.setdefault("needs", {})
            _put_in(
                reader, nones, needs, "factors", row, old=old, new=("needs", "factors"), sheet=title
            )
        return
    indicators = data.get("indicators", [])
    by_id = {str(i.get("id")): (k, i) for k, i in enumerate(indicators)}
    for old, row in _rows_with_paths(key, rows):
        owner = row.pop("indicator", None)
        if owner is None or str(owner) not in by_id:
            _owner_problem(reader, old, "indicator", owner, known=list(by_id), record=row)
            continue
        k, indicator = by_id[str(owner)]
        if key == "periods":
            new: Path = ("indicators", k, "periods")
            _put_in(reader, nones, indicator, "periods", row, old=old, new=new, sheet=title)
            continue
        periods = indicator.get("periods", [])
        named = row.pop("period", None)
        j = _period_of(periods, named)
        if j is None:
            at = reader.source.cells.get((*old, "period")) or row.get(NONE_ROW)
            at = at or reader.source.cells[old]
            sheet = word("sheet:periods", reader.lang)
            reader.issue(
                "dangling_reference" if named is not None else "missing_field",
                msg(
                    "load.xlsx.breakdown_period",
                    indicator=str(owner),
                    period=str(named),
                    sheet=sheet,
                )
                if named is not None
                else msg("load.xlsx.breakdown_no_period", indicator=str(owner)),
                at,
                old,
                msg("load.xlsx.breakdown_period.hint", count=len(periods))
                if periods
                else msg("load.xlsx.breakdown_no_periods.hint", sheet=sheet),
            )
            continue
        new = ("indicators", k, "periods", j, "breakdown")
        _put_in(reader, nones, periods[j], "breakdown", row, old=old, new=new, sheet=title)


def _declarations(records: list[dict[str, Any]]) -> list[TermDeclaration]:
    """The term declarations of the own-terms sheet, so vocabulary cells can name them by
    label. A malformed one (no source, say) is reported when the plan is validated, at its
    cells; its labels still read as its code, so a cell using it is reported as a use of that
    code (as in a YAML file), not as an unknown label."""
    found: list[TermDeclaration] = []
    for record in records:
        try:
            found.append(TermDeclaration.model_validate(record))
        except ValidationError:
            code, vocabulary, labels = (record.get(k) for k in ("code", "vocabulary", "labels"))
            if (
                isinstance(code, str)
                and isinstance(vocabulary, str)
                and vocabulary in OPEN_VOCABULARIES
            ):
                labels = labels if isinstance(labels, dict) else {}
                named = {k: v for k, v in labels.items() if isinstance(v, str)}
                found.append(
                    TermDeclaration.model_construct(
                        code=code,
                        vocabulary=cast("OpenVocabulary", vocabulary),
                        labels=named,
                        source="",
                    )
                )
    return found


def _record_list(
    reader: _Reader, nones: _Nones, key: str, rows: list[tuple[dict[str, Any], int]], title: str
) -> list[dict[str, Any]] | None:
    """The records of a plan-level sheet: None when it has no rows (not stated), ``[]`` when
    its one row says "(none)"."""
    if not rows:
        return None
    records: list[dict[str, Any]] = []
    for _old, row in _rows_with_paths(key, rows):
        none_at = row.pop(NONE_ROW, None)
        if none_at is not None:
            nones.add(records, none_at, (key,), title)
        else:
            records.append(row)
    return records


def records_from_grid(
    grids: list[Grid], file: str | None, *, fmt: str = "xlsx"
) -> tuple[dict[str, Any], WorkbookSourceMap, list[LoadIssue], set[Path]]:
    """The plan data of a workbook's sheets, where each value came from, the problems found
    and the paths they were found at."""
    source = WorkbookSourceMap(file, fmt)  # type: ignore[arg-type]
    source.sheet_order = {g.title: i for i, g in enumerate(grids)}
    reader = _Reader(file, source)
    names = _sheet_names()
    owned: dict[str, Grid] = {}
    votes = dict.fromkeys(LANGS, 0)
    for grid in grids:
        found = names.get(normal(grid.title))
        if found is None:
            continue
        key, lang = found
        if lang is not None:
            votes[lang] += 1
        if key == "lists":
            continue
        if key in owned:
            reader.issue(
                "duplicate_key",
                msg(
                    "load.xlsx.two_sheets",
                    kind=msg(f"xlsx.sheet:{key}"),
                    first=owned[key].title,
                    second=grid.title,
                ),
                (grid.title, 1, 1),
                (key,),
                msg("load.xlsx.two_sheets.hint"),
            )
            continue
        owned[key] = grid
    reader.lang = max(LANGS, key=lambda lang: votes[lang])
    missing = {word(f"sheet:{s.key}", reader.lang): s.key for s in SHEETS if s.key not in owned}
    for grid in grids:
        if normal(grid.title) in names:
            continue
        near = _close(grid.title, list(missing))
        if near is not None:
            reader.issue(
                "unknown_field",
                msg("load.xlsx.unknown_sheet", name=grid.title),
                (grid.title, 1, 1),
                (missing[near],),
                msg("load.xlsx.unknown_sheet.hint", near=near),
            )
    first = grids[0].title if grids else ""
    source.headers[()] = (owned["plan"].title if "plan" in owned else first, 1, 1)
    if not owned:
        titles = ", ".join(f"'{g.title}'" for g in grids[:10])
        reader.issue(
            "missing_field",
            msg("load.xlsx.no_sheets", sheets=titles),
            (first, 1, 1),
            (),
            msg(
                "load.xlsx.no_sheets.hint",
                command=f"preventionkit init --to plan.xlsx --lang {reader.lang}",
                sheet=word("sheet:activities", reader.lang),
            ),
        )
        return {}, source, reader.issues, {("preventionkit",), ("id",), ("title",)}
    if "plan" not in owned:
        reader.issue(
            "missing_field",
            msg("load.xlsx.no_plan_sheet", sheet=word("sheet:plan", reader.lang)),
            (first, 1, 1),
            (),
            msg(
                "load.xlsx.no_plan_sheet.hint",
                sheet=word("sheet:plan", reader.lang),
                id=word("id", reader.lang),
                title=word("title", reader.lang),
            ),
        )
        reader.reported |= {("id",), ("title",)}
    data: dict[str, Any] = {}
    for grid in owned.values():
        if grid.stopped_at is not None:
            reader.issue(
                "too_large",
                msg(
                    "load.xlsx.empty_rows",
                    sheet=grid.title,
                    limit=MAX_EMPTY_RUN,
                    row=grid.stopped_at,
                ),
                (grid.title, grid.stopped_at, 1),
                (),
                msg("load.xlsx.empty_rows.hint"),
            )
        for ref in grid.merged:
            top = ref.split(":")[0]
            from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

            letters, number = coordinate_from_string(top)
            reader.issue(
                "merged_cells",
                msg("load.xlsx.merged", cells=ref),
                (grid.title, number, column_index_from_string(letters)),
                (),
                msg("load.xlsx.merged.hint"),
            )
    nones = _Nones()
    # The plan's own terms first: every vocabulary cell may name them, by code or label.
    vocabulary = layout_of("vocabulary")
    terms = Terms()
    if vocabulary.key in owned:
        rows = _record_sheet(reader, terms, vocabulary, owned[vocabulary.key])
        records = _record_list(reader, nones, vocabulary.key, rows, owned[vocabulary.key].title)
        if records is not None:
            data[vocabulary.key] = records
            terms = Terms(_declarations(records))
    for layout in SHEETS:
        held = owned.get(layout.key)
        if held is None or layout is vocabulary:
            continue
        if layout.key == "plan":
            data.update(_single_sheet(reader, terms, layout, held, ()))
        elif layout.key == "readiness":
            record = _single_sheet(reader, terms, layout, held, ("readiness",))
            if record:
                data["readiness"] = record
        else:
            rows = _record_sheet(reader, terms, layout, held)
            if layout.key == "memberships":
                _merge_members(reader, nones, data.get("bodies", []), rows, held.title)
            elif layout.key in ("periods", "breakdown", "factors"):
                _attach(reader, nones, data, rows, key=layout.key, title=held.title)
            else:
                records = _record_list(reader, nones, layout.key, rows, held.title)
                if records is not None:
                    data[layout.key] = records
    nones.check(reader)
    data.setdefault("preventionkit", FORMAT_VERSION)
    json_schema = data.pop("$schema", None)
    if json_schema is not None:
        data["$schema"] = json_schema
    return data, source, reader.issues, reader.reported


def _fail(issues: list[LoadIssue], source: WorkbookSourceMap, limits: LoadLimits) -> PlanLoadError:
    ordered = sorted(issues, key=lambda i: (source.rank(i.cell), i.line or 0, i.column or 0))
    return PlanLoadError(ordered[: limits.max_errors], truncated=len(ordered) > limits.max_errors)


def validate_records(
    data: dict[str, Any],
    source: WorkbookSourceMap,
    issues: list[LoadIssue],
    reported: set[Path],
    limits: LoadLimits,
) -> ActionPlan:
    """The plan from a workbook's data, or a ``PlanLoadError`` with every problem located."""
    from .._load import _consequences

    try:
        plan = ActionPlan.model_validate(data)
    except ValidationError as exc:
        found = issues_from_validation(exc, source, source.file)
        if reported:
            follows = _consequences(reported, set())
            found = [i for i in found if not follows(i)]
        raise _fail(issues + found, source, limits) from None
    if issues:
        raise _fail(issues, source, limits)
    attach_source(plan, source)
    return plan


def read_workbook(data: bytes, file: str | None, limits: LoadLimits) -> ActionPlan:
    """The plan in the workbook ``data`` (the bytes of an ``.xlsx`` file)."""
    grids = read_grid(data, file, limits)
    found = records_from_grid(grids, file)
    return validate_records(*found, limits)
