"""The report as the versioned JSON document described by ``schemas/report.schema.json``."""

from __future__ import annotations

from ..report import ValidationReport

__all__ = ["format_json"]


def format_json(report: ValidationReport, indent: int | None = 2) -> str:
    """The JSON document (``"schema_version": 1``) as text, with a final newline."""
    return report.to_json(indent=indent) + "\n"
