"""Formatters for validation reports: plain text (a rich table on request), JSON, Markdown and
SARIF 2.1.0 for code hosts and editors. Each takes a :class:`~preventionkit.rules.ValidationReport`
and returns text."""

from __future__ import annotations

from .json import format_json
from .markdown import format_markdown
from .sarif import SARIF_SCHEMA, SARIF_VERSION, format_sarif, sarif_log
from .text import format_text

FORMATTERS = {
    "text": format_text,
    "json": format_json,
    "markdown": format_markdown,
    "sarif": format_sarif,
}
"""Each formatter by the name the CLI's ``--format`` takes."""

__all__ = [
    "FORMATTERS",
    "SARIF_SCHEMA",
    "SARIF_VERSION",
    "format_json",
    "format_markdown",
    "format_sarif",
    "format_text",
    "sarif_log",
]
