"""Reading and writing plans: YAML and JSON, source positions, limits and the JSON Schema."""

from __future__ import annotations

from ._limits import DEFAULT_LIMITS, LoadLimits
from ._source import SourceMap, format_path, parse_path, source_of
from .files import FileWriteError
from .fmt import FormatError, format_file, format_text
from .load import Format, dump, dumps, load, loads
from .many import PlanSet, load_many
from .migrate import MigrationError, migrate_text, needs_migration
from .schema import SCHEMA_ID, schema, schema_json

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
]
