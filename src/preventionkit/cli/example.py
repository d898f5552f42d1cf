"""``preventionkit example``: list, print or write the embedded example plans."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.table import Table

from ..messages import message as msg
from ..messages import text as t
from ._common import (
    NoColorOption,
    OutputOption,
    add_id_column,
    consoles,
    dump_json,
    emit,
    guard,
    help_text,
    print_table,
    usage,
)

__all__ = ["example_command"]

CLI_SCHEMA_VERSION = 1
"""The version of ``schemas/cli-example.schema.json`` (the list as JSON)."""


class ExampleFormat(StrEnum):
    """Output formats of ``example``: the plan as YAML or JSON, or the list as text or JSON."""

    text = "text"
    yaml = "yaml"
    json = "json"


def _listing() -> dict[str, Any]:
    from .. import examples

    items = []
    for name in examples.names():
        plan = examples.load(name)
        items.append(
            {
                "name": name,
                "id": plan.id,
                "title": plan.title,
                "activities": len(plan.activities),
                "cites": plan.cites,
            }
        )
    return {"schema_version": CLI_SCHEMA_VERSION, "examples": items}


@guard
def example_command(
    name: Annotated[
        str | None,
        typer.Argument(help=help_text("cli.help.example.name"), show_default=False),
    ] = None,
    output: OutputOption = None,
    format: Annotated[
        ExampleFormat | None,
        typer.Option(
            "--format",
            "-f",
            help=help_text("cli.help.example.format"),
            show_default=False,
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help=help_text("cli.help.force"))] = False,
    no_color: NoColorOption = False,
) -> None:
    """List the embedded examples, print one (YAML), or write it to a file with -o."""
    from .. import examples

    out, _ = consoles(no_color)
    if name is None:
        if output is not None:
            usage(msg("cli.usage.name_example"))
        listing = _listing()
        if format is ExampleFormat.json:
            out.file.write(dump_json(listing))
            return
        table = Table(header_style="bold")
        add_id_column(
            table, t("cli.example.name", None), [item["name"] for item in listing["examples"]]
        )
        add_id_column(
            table, t("cli.example.id", None), [item["id"] for item in listing["examples"]]
        )
        table.add_column(t("cli.example.title", None))
        table.add_column(t("cli.example.activities", None), justify="right")
        for item in listing["examples"]:
            table.add_row(item["name"], item["id"], item["title"], str(item["activities"]))
        print_table(out, table)
        return
    known = tuple(examples.names())
    if name not in known:
        usage(msg("cli.usage.no_example", name=name, known=", ".join(known)))
    if output is not None and output.exists() and not force:
        usage(msg("cli.usage.exists", path=str(output)))
    if format is ExampleFormat.json or (
        format is None and output is not None and output.suffix.lower() == ".json"
    ):
        from ..io import dumps

        text = dumps(examples.load(name), format="json")
    elif format is ExampleFormat.text:
        usage(msg("cli.usage.text_lists"))
    else:
        text = examples.text(name)
    emit(text, output, out)
