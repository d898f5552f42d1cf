"""Reading and writing plans: YAML and JSON, source positions, limits and the JSON Schema."""

from __future__ import annotations

import os
import warnings
from typing import TYPE_CHECKING, Any

from ._errors import issues_from_validation, unknown_reference
from ._limits import DEFAULT_LIMITS, LoadLimits
from ._load import Format, decode, dump, dumps, load, loads, paused_gc, yaml_positions
from ._schema import SCHEMA_ID, schema, schema_json
from ._source import SourceMap, attach_source, format_path, parse_path, source_of
from .files import FileWriteError
from .fmt import FormatError, format_file, format_source
from .many import PlanSet, load_many
from .migrate import MigrationError, migrate_text, needs_migration

if TYPE_CHECKING:
    from ..model import ActionPlan


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
    "attach_source",
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
    "paused_gc",
    "schema",
    "schema_json",
    "source_of",
    "to_xlsx",
    "unknown_reference",
    "yaml_positions",
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
