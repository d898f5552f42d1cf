"""Reading and writing plans: YAML and JSON, source positions, limits and the JSON Schema."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import ActionPlan

from ._limits import DEFAULT_LIMITS, LoadLimits
from ._source import SourceMap, format_path, parse_path, source_of
from .files import FileWriteError
from .fmt import FormatError, format_file, format_text
from .load import Format, dump, dumps, load, loads
from .many import PlanSet, load_many
from .migrate import MigrationError, migrate_text, needs_migration
from .schema import SCHEMA_ID, schema, schema_json


def to_xlsx(plan: ActionPlan, path: str | os.PathLike[str], *, lang: str = "sv") -> None:
    """Write ``plan`` as an Excel workbook (needs the ``xlsx`` extra); see
    :func:`preventionkit.io.xlsx.to_xlsx`. ``lang`` is ``"sv"``, ``"en"`` or ``"nb"``."""
    from .xlsx import to_xlsx as write

    if lang not in ("sv", "en", "nb"):
        raise ValueError(f"lang must be 'sv', 'en' or 'nb', not {lang!r}")
    write(plan, path, lang=lang)  # type: ignore[arg-type]


__all__ = [
    "DEFAULT_LIMITS",
    "SCHEMA_ID",
    "FileWriteError",
    "Format",
    "FormatError",
    "LoadLimits",
    "MigrationError",
    "PlanSet",
    "SourceMap",
    "dump",
    "dumps",
    "format_file",
    "format_path",
    "format_text",
    "load",
    "load_many",
    "loads",
    "migrate_text",
    "needs_migration",
    "parse_path",
    "schema",
    "schema_json",
    "source_of",
    "to_xlsx",
]
