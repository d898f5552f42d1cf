"""Reading and writing plans: YAML and JSON, source positions, limits and the JSON Schema."""

from __future__ import annotations

import warnings
from typing import Any

from ._errors import issues_from_validation, unknown_reference
from ._limits import DEFAULT_LIMITS, LoadLimits
from ._load import Format, decode, dump, dumps, load, loads
from ._schema import SCHEMA_ID, schema, schema_json
from ._source import SourceMap, format_path, parse_path, source_of
from .files import FileWriteError
from .fmt import FormatError, format_file, format_source
from .many import PlanSet, load_many
from .migrate import MigrationError, migrate_text, needs_migration

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
    "decode",
    "dump",
    "dumps",
    "format_file",
    "format_path",
    "format_source",
    "issues_from_validation",
    "load",
    "load_many",
    "loads",
    "migrate_text",
    "needs_migration",
    "parse_path",
    "schema",
    "schema_json",
    "source_of",
    "unknown_reference",
]


def __getattr__(name: str) -> Any:
    # ``format_text`` became ``format_source`` (issue 14: it shared its name with
    # ``rules.formats.format_text``, which renders a report); the old name works for one release.
    if name == "format_text":
        warnings.warn(
            "preventionkit.io.format_text is deprecated and will be removed in the next "
            "release; use preventionkit.io.format_source",
            DeprecationWarning,
            stacklevel=2,
        )
        return format_source
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
