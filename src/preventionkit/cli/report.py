"""``preventionkit report``: one self-contained HTML page (or Markdown) about a plan.

The page works offline and prints on A4: summary, coverage heat map, chain of governance,
findings with sources and hints, the step 1 checklist (002 §1.13) and the activity plan.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer
from rich.text import Text

from ..escape import terminal
from ..messages import text as t
from ._common import (
    ExampleOption,
    LangOption,
    NoColorOption,
    OutputOption,
    PlanArgument,
    consoles,
    emit,
    guard,
    help_text,
    lang_code,
    load_one,
    rule_options_problem,
    usage,
)

__all__ = ["report_command"]


class ReportFormat(StrEnum):
    """Output formats of ``report``."""

    html = "html"
    markdown = "markdown"


@guard
def report_command(
    *,
    plan: PlanArgument = None,
    example: ExampleOption = None,
    output: OutputOption = None,
    format: Annotated[
        ReportFormat | None,
        typer.Option(
            "--format",
            "-f",
            help=help_text("cli.help.report.format"),
            show_default=False,
        ),
    ] = None,
    lang: LangOption = None,
    profile: Annotated[
        str | None,
        typer.Option(help=help_text("cli.help.report.profile")),
    ] = None,
    framework: Annotated[
        list[str] | None,
        typer.Option(
            "--framework",
            "-F",
            help=help_text("cli.help.report.framework"),
            metavar="ID",
        ),
    ] = None,
    no_color: NoColorOption = False,
) -> None:
    """Write a report on a plan: HTML that works offline and prints on A4, or Markdown.

    Exits 0 once the report is written, whatever it finds (use 'validate' to gate on findings), and 2 if the plan cannot be loaded.
    """
    from ..frameworks import FrameworkPackError
    from ..report import render_html, render_markdown
    from ..rules import validate

    out, err = consoles(no_color)
    code = lang_code(lang)
    if format is None:
        suffix = output.suffix.lower() if output is not None else ""
        format = ReportFormat.markdown if suffix in {".md", ".markdown"} else ReportFormat.html
    loaded = load_one(plan, example)
    try:
        checked = validate(loaded.plan, profile=profile, lang=code)
    except (KeyError, ValueError) as exc:
        said = rule_options_problem({"profile": profile})
        usage(said or (str(exc.args[0]) if exc.args else str(exc)))
    render = render_markdown if format is ReportFormat.markdown else render_html
    try:
        text = render(loaded.plan, lang=code, report=checked, frameworks=framework or ())
    except FrameworkPackError as exc:
        if exc.unknown is None:
            usage(str(exc))
        hint = t("pack.did_you_mean", code, near=exc.near) if exc.near else ""
        usage(t("pack.follows.unknown", code, pack=exc.unknown, hint=hint))
    emit(text, output, out, protect=[loaded.path])
    if output is not None:
        err.print(Text(t("cli.wrote", code, path=terminal(str(output))), style="green"))
