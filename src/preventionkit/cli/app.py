"""The ``preventionkit`` command: one typer application, one module per command."""

from __future__ import annotations

import typer

from .._version import __version__
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
from .validate import validate_command

__all__ = ["app"]

app = typer.Typer(
    name="preventionkit",
    help=(
        "Check violence-prevention action plans: coverage of every prevention level and "
        "social-ecological level, the chain of governance, and a report to share.\n\n"
        "Exit status: 0 no error finding, 1 error findings, 2 input could not be loaded "
        "(or wrong usage), 3 internal error."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"preventionkit {__version__}")
        raise typer.Exit(0)


@app.callback()
def _main(
    version: bool = typer.Option(
        False, "--version", help="Print the version and exit.", callback=_version, is_eager=True
    ),
) -> None:
    """Violence-prevention action plans as data: validate, map coverage, draw, report."""


app.command("validate")(validate_command)
app.command("coverage")(coverage_command)
app.command("graph")(graph_command)
app.command("report")(report_command)
app.command("checklist")(checklist_command)
app.command("schema")(schema_command)
app.command("example")(example_command)
app.command("catalogue")(catalogue_command)
app.command("init")(init_command)
app.command("fmt")(fmt_command)
app.command("migrate")(migrate_command)
