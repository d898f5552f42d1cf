"""Where things stand in a workbook: field paths mapped to sheet and cell (``Aktiviteter!D14``).

The same question :class:`~preventionkit.io.SourceMap` answers for YAML and JSON, answered for
spreadsheets: :meth:`locate` gives the row and column, :meth:`cell` the cell reference people
type into Excel's name box. Findings and load errors ask it through the same calls.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from .._source import Path, Position, SourceMap

__all__ = ["CellRef", "WorkbookSourceMap", "cell_name"]

_PLAIN = re.compile(r"[^\W\d]\w*")
CellRef = tuple[str, int, int]
"""A sheet title, a 1-based row and a 1-based column."""


def cell_name(sheet: str, row: int, column: int) -> str:
    """``("Aktiviteter", 14, 4)`` → ``"Aktiviteter!D14"``; a sheet title with spaces or
    punctuation is quoted as Excel writes it (``'Min flik'!A1``); no sheet for a CSV file."""
    from openpyxl.utils import get_column_letter

    ref = f"{get_column_letter(column)}{row}"
    if not sheet:
        return ref
    if not _PLAIN.fullmatch(sheet):
        sheet = "'" + sheet.replace("'", "''") + "'"
    return f"{sheet}!{ref}"


@dataclass
class WorkbookSourceMap(SourceMap):
    """The cells of one workbook's values (and of the headers naming its fields)."""

    format: Literal["yaml", "json", "xlsx", "csv"] = "xlsx"
    cells: dict[Path, CellRef] = field(default_factory=dict)
    headers: dict[Path, CellRef] = field(default_factory=dict)
    sheet_order: dict[str, int] = field(default_factory=dict)

    def _find(self, path: Path, key: bool) -> CellRef | None:
        if key and path in self.headers:
            return self.headers[path]
        probe = path
        while True:
            if probe in self.cells:
                return self.cells[probe]
            if probe in self.headers:
                return self.headers[probe]
            if not probe:
                return None
            probe = probe[:-1]

    def locate(self, path: Path, *, key: bool = False) -> Position | None:
        """The row and column of the cell holding ``path`` (or its nearest ancestor)."""
        found = self._find(path, key)
        return (found[1], found[2]) if found is not None else None

    def cell(self, path: Path, *, key: bool = False) -> str | None:
        """The cell reference of ``path``, e.g. ``Aktiviteter!D14``."""
        found = self._find(path, key)
        return cell_name(*found) if found is not None else None

    def rank(self, cell: str | None) -> int:
        """The position of a cell's sheet in the workbook, for ordering problems."""
        if cell is None or "!" not in cell:
            return 0
        sheet = cell.rsplit("!", 1)[0].strip("'").replace("''", "'")
        return self.sheet_order.get(sheet, len(self.sheet_order))
