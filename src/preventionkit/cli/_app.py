"""The ``preventionkit`` command: one typer application, one module per command."""

from __future__ import annotations

import typer

from .._version import __version__
from ..messages import text
from ._common import _fallback_lang, help_text
from .assess import assess_command
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
            typer.echo(text("cli.version.packs", _fallback_lang(), error=str(exc)))
            raise typer.Exit(0) from None
        for pack in packs:
            name, version = getattr(pack, "name", "?"), getattr(pack, "version", "?")
            codes = ", ".join(rule.code for rule in getattr(pack, "rules", ()))
            codes = codes or text("cli.version.no_rules", _fallback_lang())
            typer.echo(f"{name} {version} ({getattr(pack, 'prefix', '?')}: {codes})")
        raise typer.Exit(0)


@app.callback()
def _main(
    version: bool = typer.Option(
        False, "--version", help=help_text("cli.help.version"), callback=_version, is_eager=True
    ),
) -> None:
    """Violence-prevention action plans as data: validate, map coverage, draw, report."""


# Every command with its help text from the catalogue (``cli.help.<name>``), in --help order.
for _name, _command in (
    ("validate", validate_command),
    ("coverage", coverage_command),
    ("graph", graph_command),
    ("report", report_command),
    ("checklist", checklist_command),
    ("assess", assess_command),
    ("schema", schema_command),
    ("example", example_command),
    ("catalogue", catalogue_command),
    ("init", init_command),
    ("fmt", fmt_command),
    ("export", export_command),
    ("import", import_command),
    ("migrate", migrate_command),
):
    app.command(_name, help=help_text(f"cli.help.{_name}"))(_command)
