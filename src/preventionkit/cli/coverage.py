"""``preventionkit coverage``: the prevention × social-ecological matrix as a table.

A plan should reach every prevention level (000 Förord; 003 Rekommendationer) and every
level of the social-ecological model (001 p. 8–9); empty cells show where it does not.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from ..escape import rich_text
from ..messages import text as t
from ..vocab import EcologicalLevel, PreventionLevel
from ..vocab import Lang as LangCode
from ._common import (
    ExampleOption,
    LangOption,
    NoColorOption,
    PlanArgument,
    add_id_column,
    consoles,
    dump_json,
    guard,
    help_text,
    lang_code,
    load_one,
    print_table,
)

__all__ = ["coverage_command", "coverage_document"]

CLI_SCHEMA_VERSION = 1
"""The version of ``schemas/cli-coverage.schema.json``."""


class CoverageFormat(StrEnum):
    """Output formats of ``coverage``."""

    text = "text"
    json = "json"
    markdown = "markdown"


def coverage_document(plan_id: str, source: str, cov: Any) -> dict[str, Any]:
    """The JSON document of ``coverage --format json``."""
    cells = cov.counts()
    return {
        "schema_version": CLI_SCHEMA_VERSION,
        "plan": plan_id,
        "source": source,
        "covered_cells": sum(1 for n in cells.values() if n),
        "total_cells": len(cells),
        **cov.to_dict(),
        "counts": [[len(cov.cells[(p, e)]) for e in EcologicalLevel] for p in PreventionLevel],
    }


def _markdown(cov: Any, lang: LangCode) -> str:
    cols = list(EcologicalLevel)
    head = "| | " + " | ".join(e.label(lang) for e in cols) + " |"
    lines = [head, "|---|" + "---:|" * len(cols)]
    for p in PreventionLevel:
        cells = [len(cov.cells[(p, e)]) for e in cols]
        lines.append(
            f"| {p.label(lang)} | " + " | ".join(str(n) if n else "**0**" for n in cells) + " |"
        )
    return "\n".join(lines) + "\n"


@guard
def coverage_command(
    *,
    plan: PlanArgument = None,
    example: ExampleOption = None,
    format: Annotated[
        CoverageFormat, typer.Option("--format", "-f", help=help_text("cli.help.format"))
    ] = CoverageFormat.text,
    lang: LangOption = None,
    ids: Annotated[bool, typer.Option("--ids", help=help_text("cli.help.coverage.ids"))] = False,
    no_color: NoColorOption = False,
) -> None:
    """Show how the activities cover prevention levels × social-ecological levels."""
    from ..rules import coverage

    out, _ = consoles(no_color)
    code = lang_code(lang)
    loaded = load_one(plan, example)
    cov = coverage(loaded.plan)
    if format is CoverageFormat.json:
        out.file.write(dump_json(coverage_document(loaded.plan.id, loaded.name, cov)))
        return
    if format is CoverageFormat.markdown:
        out.file.write(_markdown(cov, code))
        return
    table = Table(title=rich_text(loaded.plan.title), header_style="bold", show_lines=ids)
    table.add_column(
        t("report.prevention_level", code),
        min_width=max(len(p.label(code)) for p in PreventionLevel),
        no_wrap=True,
    )
    for e in EcologicalLevel:
        if ids:  # activity ids a user types back: never cut (issue 12 item 7)
            add_id_column(
                table, e.label(code), [i for p in PreventionLevel for i in cov.cells[(p, e)]]
            )
        else:
            table.add_column(e.label(code), justify="right")
    for p in PreventionLevel:
        row: list[Text] = []
        for e in EcologicalLevel:
            found = cov.cells[(p, e)]
            if ids:
                row.append(Text("\n".join(found) or "—", style="" if found else "red"))
            else:
                row.append(Text(str(len(found)), style="bold" if found else "bold red"))
        table.add_row(p.label(code), *row)
    print_table(out, table)
    filled = 12 - len(cov.empty_cells())
    out.print(t("report.coverage_share", code, filled=filled, total=12))
