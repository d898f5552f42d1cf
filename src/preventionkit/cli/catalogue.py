"""``preventionkit catalogue``: the programmes, methods and instruments named in the seeds
(domain §9): list them, search them, or show one."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from ..messages import cite
from ..messages import message as msg
from ..messages import text as t
from ._common import (
    LangOption,
    NoColorOption,
    add_id_column,
    consoles,
    dump_json,
    guard,
    help_text,
    lang_code,
    print_table,
    usage,
)

__all__ = ["catalogue_command"]

CLI_SCHEMA_VERSION = 1
"""The version of ``schemas/cli-catalogue.schema.json``."""


class CatalogueFormat(StrEnum):
    """Output formats of ``catalogue``."""

    text = "text"
    json = "json"


def _entry(p: Any) -> dict[str, Any]:
    data: dict[str, Any] = p.model_dump(mode="json")
    return data


def _labels(values: Any, lang: str) -> str:
    return ", ".join(v.label(lang) for v in values) or "—"


@guard
def catalogue_command(
    id: Annotated[
        str | None,
        typer.Argument(help=help_text("cli.help.catalogue.id"), metavar="ID", show_default=False),
    ] = None,
    search: Annotated[
        str | None,
        typer.Option(
            "--search",
            "-s",
            help=help_text("cli.help.catalogue.search"),
            metavar="TEXT",
        ),
    ] = None,
    format: Annotated[
        CatalogueFormat, typer.Option("--format", "-f", help=help_text("cli.help.format"))
    ] = CatalogueFormat.text,
    lang: LangOption = None,
    no_color: NoColorOption = False,
) -> None:
    """List the programme catalogue, search it (--search), or show one entry by id."""
    from .. import catalogue

    out, _ = consoles(no_color)
    code = lang_code(lang)
    if id is not None:
        if search is not None:
            usage(msg("cli.usage.id_or_search"))
        try:
            entry = catalogue.get(id)
        except KeyError:
            close = catalogue.search(id)
            if close:
                near = ", ".join(f"'{p.id}'" for p in close[:5])
                usage(msg("cli.usage.no_entry.near", id=id, near=near))
            usage(msg("cli.usage.no_entry", id=id))
        if format is CatalogueFormat.json:
            out.file.write(
                dump_json({"schema_version": CLI_SCHEMA_VERSION, "entries": [_entry(entry)]})
            )
            return
        name = entry.label(code)
        out.print(Text(f"{name} ({entry.id})", style="bold"))
        heads = tuple(
            t(f"cli.catalogue.{key}", code)
            for key in (
                "kind",
                "prevention_levels",
                "ecological_levels",
                "arenas",
                "target_groups",
                "violence_areas",
                "source",
            )
        )
        values = (
            entry.kind.label(code),
            _labels(entry.prevention_levels, code),
            _labels(entry.ecological_levels, code),
            _labels(entry.arenas, code),
            _labels(entry.target_groups, code),
            _labels(entry.violence_areas, code),
            cite(entry.source, code),
        )
        for head, value in zip(heads, values, strict=True):
            line = Text(f"{head}: ", style="bold")
            line.append(value)
            out.print(line)
        out.print(entry.description_text(code), markup=False)
        return
    entries = catalogue.search(search) if search is not None else catalogue.entries()
    if format is CatalogueFormat.json:
        out.file.write(
            dump_json(
                {"schema_version": CLI_SCHEMA_VERSION, "entries": [_entry(p) for p in entries]}
            )
        )
        return
    heads2 = tuple(
        t(f"cli.catalogue.{key}", code)
        for key in ("id", "name", "kind", "prevention_levels", "source")
    )
    table = Table(header_style="bold")
    add_id_column(table, heads2[0], [p.id for p in entries])
    for head in heads2[1:]:
        table.add_column(head)
    for p in entries:
        table.add_row(
            p.id,
            p.label(code),
            p.kind.label(code),
            _labels(p.prevention_levels, code),
            cite(p.source, code),
        )
    print_table(out, table)
    if not entries:
        out.print(t("cli.catalogue.no_match", code))
