"""The ``preventionkit`` command: one typer application, one module per command."""

from __future__ import annotations

import typer

from .._version import __version__
from ._common import help_text
from .catalogue import catalogue_command
from .checklist import checklist_command
from .coverage import coverage_command
from .example import example_command
from .fmt import fmt_command
from .graph import graph_command
from .init import init_command
from .migrate import migrate_command
from .report import report_command
from .schema import schema_command
from .spreadsheet import export_command, import_command
from .validate import validate_command

__all__ = ["app"]

app = typer.Typer(
    name="preventionkit",
    help=(help_text("cli.help.app")),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"preventionkit {__version__}")
        # Installed packs, one a line, as flake8 lists its plugins: what a run will include.
        from ..plugins import PluginError, installed_packs

        try:
            packs = installed_packs()
        except PluginError as exc:
            typer.echo(f"packs: {exc}")
            raise typer.Exit(0) from None
        for pack in packs:
            name, version = getattr(pack, "name", "?"), getattr(pack, "version", "?")
            codes = ", ".join(rule.code for rule in getattr(pack, "rules", ()))
            typer.echo(f"{name} {version} ({getattr(pack, 'prefix', '?')}: {codes or 'no rules'})")
        raise typer.Exit(0)


@app.callback()
def _main(
    version: bool = typer.Option(
        False, "--version", help=help_text("cli.help.version"), callback=_version, is_eager=True
    ),
) -> None:
    """Violence-prevention action plans as data: validate, map coverage, draw, report."""


app.command("validate", help=help_text("cli.help.validate"))(validate_command)
app.command("coverage", help=help_text("cli.help.coverage"))(coverage_command)
app.command("graph", help=help_text("cli.help.graph"))(graph_command)
app.command("report", help=help_text("cli.help.report"))(report_command)
app.command("checklist", help=help_text("cli.help.checklist"))(checklist_command)
app.command("schema", help=help_text("cli.help.schema"))(schema_command)
app.command("example", help=help_text("cli.help.example"))(example_command)
app.command("catalogue", help=help_text("cli.help.catalogue"))(catalogue_command)
app.command("init", help=help_text("cli.help.init"))(init_command)
app.command("fmt", help=help_text("cli.help.fmt"))(fmt_command)
app.command("export", help=help_text("cli.help.export"))(export_command)
app.command("import", help=help_text("cli.help.import"))(import_command)
app.command("migrate", help=help_text("cli.help.migrate"))(migrate_command)
