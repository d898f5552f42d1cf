"""``preventionkit checklist``: assess a plan against a framework's checklist.

The default is step 1 of the guide, whose nine items (002 §1.13) are answered from the plan's
data where it allows and otherwise from the plan's own ``checklist`` answers; every answer
says where it came from.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from ..escape import markdown as md
from ..escape import rich_text
from ..messages import text as t
from ._common import (
    ExampleOption,
    LangOption,
    NoColorOption,
    PlanArgument,
    checklist_problem,
    consoles,
    dump_json,
    guard,
    help_text,
    lang_code,
    load_one,
    usage,
)

__all__ = ["checklist_command"]

CLI_SCHEMA_VERSION = 1
"""The version of ``schemas/cli-checklist.schema.json``."""

_ANSWER_STYLE = {"yes": "bold green", "partly": "yellow", "no": "bold red", "unknown": "dim"}


class ChecklistFormat(StrEnum):
    """Output formats of ``checklist``."""

    text = "text"
    json = "json"
    markdown = "markdown"


@guard
def checklist_command(
    *,
    plan: PlanArgument = None,
    example: ExampleOption = None,
    framework: Annotated[
        str,
        typer.Option("--framework", help=help_text("cli.help.checklist.framework")),
    ] = "step1",
    format: Annotated[
        ChecklistFormat, typer.Option("--format", "-f", help=help_text("cli.help.format"))
    ] = ChecklistFormat.text,
    lang: LangOption = None,
    no_color: NoColorOption = False,
) -> None:
    """Answer a framework's checklist from the plan, saying where each answer came from."""
    from ..report import checklist_rows

    out, _ = consoles(no_color)
    code = lang_code(lang)
    loaded = load_one(plan, example)
    try:
        rows = checklist_rows(loaded.plan, code, framework)
    except (KeyError, ValueError) as exc:
        usage(checklist_problem(framework) or (str(exc.args[0]) if exc.args else str(exc)))
    if format is ChecklistFormat.json:
        doc: dict[str, Any] = {
            "schema_version": CLI_SCHEMA_VERSION,
            "plan": loaded.plan.id,
            "source": loaded.name,
            "framework": framework,
            "lang": code,
            "items": [
                {
                    "number": r.number,
                    "question": r.question,
                    "answer": r.answer,
                    "provenance": r.provenance,
                    "evidence": list(r.evidence),
                }
                for r in rows
            ],
        }
        out.file.write(dump_json(doc))
        return
    heads = (
        "#",
        *(t(f"cli.checklist.{k}", code) for k in ("question", "answer", "evidence", "provenance")),
    )
    if format is ChecklistFormat.markdown:
        lines = ["| " + " | ".join(heads) + " |", "|---:|---|---|---|---|"]
        for r in rows:
            cells = [
                str(r.number),
                r.question,
                r.answer_label,
                "; ".join(r.evidence),
                r.provenance_label,
            ]
            lines.append("| " + " | ".join(md(c) for c in cells) + " |")
        out.file.write("\n".join(lines) + "\n")
        return
    table = Table(title=rich_text(loaded.plan.title), header_style="bold", show_lines=True)
    for head in heads:
        table.add_column(head)
    for r in rows:
        table.add_row(
            str(r.number),
            rich_text(r.question),
            rich_text(r.answer_label, style=_ANSWER_STYLE.get(r.answer, "")),
            Text("\n").join(rich_text(e) for e in r.evidence),
            rich_text(r.provenance_label),
        )
    out.print(table)
