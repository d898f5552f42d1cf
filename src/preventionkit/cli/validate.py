"""``preventionkit validate``: check one plan or many against the rules (design "Rule codes").

One plan prints its findings, most serious first, each on one line with file:line:column,
then its hint and source; many plans (files, globs or directories) show a progress bar on a
terminal and end with a summary table. The exit status is the worst of all plans:
0 no error finding, 1 error findings, 2 a plan could not be loaded.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..errors import PlanLoadError
from ..escape import rich_text, terminal
from ..messages import cite, message
from ..messages import message as msg
from ..messages import text as t
from ..vocab import EcologicalLevel, PreventionLevel
from ..vocab import Lang as LangCode
from ._common import (
    EXIT_FINDINGS,
    EXIT_LOAD,
    EXIT_OK,
    ExampleOption,
    LangOption,
    Loaded,
    NoColorOption,
    consoles,
    dump_json,
    expand_paths,
    guard,
    help_text,
    issue_dict,
    issue_line,
    lang_code,
    load_one,
    read_plan,
    rule_options_problem,
    usage,
)

__all__ = ["validate_command"]

CLI_SCHEMA_VERSION = 1
"""The version of ``schemas/cli-validate.schema.json``."""


class ValidateFormat(StrEnum):
    """Output formats of ``validate``."""

    text = "text"
    json = "json"
    markdown = "markdown"
    sarif = "sarif"


_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


@dataclass(frozen=True)
class _Outcome:
    name: str
    exit_code: int
    report: Any = None
    error: PlanLoadError | None = None

    @property
    def covered(self) -> int:
        if self.report is None:
            return 0
        return 12 - len(self.report.coverage.empty_cells())


def _check(loaded: Loaded, options: dict[str, Any]) -> _Outcome:
    from ..rules import validate

    try:
        report = validate(loaded.plan, **options)
    except KeyError as exc:
        usage(str(exc.args[0]) if exc.args else str(exc))
    except ValueError as exc:
        usage(rule_options_problem(options) or str(exc))
    return _Outcome(loaded.name, EXIT_OK if report.ok else EXIT_FINDINGS, report)


def _finding_lines(
    outcome: _Outcome,
    lang: LangCode,
    out: Console,
    verbose: bool = True,
    *,
    questions: bool = False,
) -> None:
    for f in outcome.report.questions if questions else outcome.report.findings:
        where = terminal(outcome.name)
        if f.cell is not None:
            where += f":{terminal(f.cell)}"
        elif f.line is not None:
            where += f":{f.line}:{f.column or 1}"
        path = f" {terminal(f.path)}:" if f.path else ""
        line = Text(f"{where}:{path} ")
        line.append(f.code, style=_STYLE[f.severity])
        said = "question" if f.is_question else f.severity
        line.append(f" {t(f'severity.{said}', lang)}", style=_STYLE[f.severity])
        line.append(f" {terminal(f.text(lang))}")
        out.print(line)
        hint = f.hint_text(lang)
        if verbose and hint:
            out.print(Text(f"    {t('format.hint', lang)}: {terminal(hint)}", style="dim"))
        if verbose and f.source:
            source = cite(f.source, lang)
            out.print(Text(f"    {t('format.source', lang)}: {terminal(source)}", style="dim"))


def _coverage_table(report: Any, lang: LangCode) -> Table:
    table = Table(title=None, show_edge=True, header_style="bold")
    table.add_column(t("cli.validate.matrix", lang))
    for e in EcologicalLevel:
        table.add_column(e.label(lang), justify="right")
    for p in PreventionLevel:
        cells = []
        for e in EcologicalLevel:
            n = len(report.coverage.cells[(p, e)])
            cells.append(Text(str(n), style="bold" if n else "red"))
        table.add_row(p.label(lang), *cells)
    return table


def _summary_line(outcome: _Outcome, lang: LangCode) -> str:
    report = outcome.report
    counts = {k: message(f"count.{k}", n=n) for k, n in report.counts.items()}
    said = t("cli.validate.summary", lang, covered=outcome.covered, **counts)
    if report.questions:
        said += t("format.summary.questions", lang, n=len(report.questions))
    return said


def _one(outcome: _Outcome, lang: LangCode, out: Console, err: Console) -> None:
    if outcome.error is not None:
        for issue in outcome.error.issues:
            out.print(issue_line(issue, lang), markup=False)
        if outcome.error.truncated:
            out.print(t("cli.more_problems", lang), markup=False)
        return
    report = outcome.report
    title = Text(f"{terminal(report.plan_title)} ", style="bold")
    title.append(f"({terminal(report.plan_id)})", style="dim")
    out.print(title)
    if report.findings:
        _finding_lines(outcome, lang, out)
    else:
        out.print(Text(f"✓ {t('cli.validate.clean', lang)}", style="green"))
    if report.questions:
        # What the plan does not state: asked apart from what it is judged on (issue 16).
        out.print(Text(t("format.questions", lang), style="bold"))
        _finding_lines(outcome, lang, out, questions=True)
    out.print(_coverage_table(report, lang))
    style = "bold red" if not report.ok else "bold green"
    out.print(Text(_summary_line(outcome, lang), style=style))


def _many(outcomes: list[_Outcome], lang: LangCode, out: Console, verbose: bool) -> None:
    for outcome in outcomes:
        if outcome.error is not None:
            for issue in outcome.error.issues:
                out.print(issue_line(issue, lang), markup=False)
        elif verbose:
            _finding_lines(outcome, lang, out, verbose=False)
    table = Table(header_style="bold")
    for name, justify in (
        (t("cli.validate.plan", lang), "left"),
        (t("cli.validate.errors", lang), "right"),
        (t("cli.validate.warnings", lang), "right"),
        (t("cli.validate.notes", lang), "right"),
        (t("cli.validate.coverage", lang), "right"),
    ):
        table.add_column(name, justify=justify, overflow="fold")  # type: ignore[arg-type]
    for outcome in outcomes:
        if outcome.report is None:
            not_loaded = t("cli.validate.not_loaded", lang)
            table.add_row(rich_text(outcome.name), Text(not_loaded, style="bold red"), "", "", "")
            continue
        counts = outcome.report.counts
        table.add_row(
            rich_text(outcome.name),
            Text(str(counts["error"]), style="bold red" if counts["error"] else "green"),
            Text(str(counts["warning"]), style="yellow" if counts["warning"] else ""),
            str(counts["info"]),
            f"{outcome.covered / 12:.0%}",
        )
    out.print(table)
    ok = sum(1 for o in outcomes if o.exit_code == EXIT_OK)
    bad = sum(1 for o in outcomes if o.exit_code == EXIT_FINDINGS)
    failed = sum(1 for o in outcomes if o.exit_code == EXIT_LOAD)
    out.print(t("cli.validate.checked", lang, n=len(outcomes), ok=ok, bad=bad, failed=failed))


def _as_json(outcomes: list[_Outcome], lang: str) -> dict[str, Any]:
    plans = []
    for o in outcomes:
        entry: dict[str, Any] = {
            "source": o.name,
            "status": {EXIT_OK: "ok", EXIT_FINDINGS: "errors", EXIT_LOAD: "load_error"}[
                o.exit_code
            ],
            "exit_code": o.exit_code,
            "coverage_percent": round(o.covered / 12 * 100, 1) if o.report else None,
            "report": o.report.to_dict() if o.report is not None else None,
            "load_issues": [issue_dict(i, lang) for i in o.error.issues] if o.error else [],
        }
        plans.append(entry)
    return {
        "schema_version": CLI_SCHEMA_VERSION,
        "exit_code": max((o.exit_code for o in outcomes), default=EXIT_OK),
        "plans": plans,
    }


def _codes(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    return [code.strip() for value in values for code in value.split(",") if code.strip()]


@guard
def validate_command(
    *,
    plans: Annotated[
        list[str] | None,
        typer.Argument(
            help=help_text("cli.help.validate.plans"),
            metavar="PLAN...",
            show_default=False,
        ),
    ] = None,
    example: ExampleOption = None,
    format: Annotated[
        ValidateFormat, typer.Option("--format", "-f", help=help_text("cli.help.format"))
    ] = ValidateFormat.text,
    lang: LangOption = None,
    profile: Annotated[
        str | None,
        typer.Option(
            help=help_text("cli.help.validate.profile"),
        ),
    ] = None,
    select: Annotated[
        list[str] | None,
        typer.Option(help=help_text("cli.help.validate.select"), metavar="CODES"),
    ] = None,
    ignore: Annotated[
        list[str] | None,
        typer.Option(help=help_text("cli.help.validate.ignore"), metavar="CODES"),
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option("--as-of", help=help_text("cli.help.validate.as_of"), metavar="DATE"),
    ] = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help=help_text("cli.help.validate.verbose"))
    ] = False,
    exit_zero: Annotated[
        bool,
        typer.Option(
            "--exit-zero",
            help=help_text("cli.help.validate.exit_zero"),
        ),
    ] = False,
    no_color: NoColorOption = False,
) -> None:
    """Check plans against the rules; exit 0 without error findings, 1 with, 2 if unreadable."""
    out, err = consoles(no_color)
    code = lang_code(lang)
    if as_of is not None:
        try:
            dt.date.fromisoformat(as_of)
        except ValueError:
            usage(msg("cli.usage.as_of", value=as_of))
    options: dict[str, Any] = {
        "profile": profile,
        "select": _codes(select),
        "ignore": _codes(ignore),
        "lang": code,
        "as_of": as_of,
    }
    sources = list(expand_paths(plans or []))
    if example is not None and sources:
        usage(msg("cli.usage.files_or_example"))
    if example is None and not sources:
        usage(msg("cli.usage.need_plans"))
    if sources.count("-") > 1:
        usage(msg("cli.usage.stdin_once"))
    many = len(sources) > 1
    if many and format is ValidateFormat.markdown:
        usage(msg("cli.usage.one_plan", format=format.value))

    def run(source: str | None) -> _Outcome:
        try:
            loaded = load_one(None, example) if source is None else read_plan(source)
        except PlanLoadError as exc:
            name = "<stdin>" if source == "-" else source or f"example:{example}"
            return _Outcome(name, EXIT_LOAD, error=exc)
        return _check(loaded, options)

    if not many:
        outcomes = [run(sources[0] if sources else None)]
    elif err.is_terminal and format is ValidateFormat.text:
        from rich.progress import track

        outcomes = [
            run(s)
            for s in track(
                sources,
                description=t("cli.validate.progress", code),
                console=err,
                transient=True,
            )
        ]
    else:
        outcomes = [run(s) for s in sources]
    worst = max(o.exit_code for o in outcomes)

    if format is ValidateFormat.json:
        out.file.write(dump_json(_as_json(outcomes, code)))
    elif format is ValidateFormat.sarif:
        # One log for every plan; unreadable plans become tool notifications (and exit 2).
        from ..rules.formats import format_sarif

        reports = [o.report for o in outcomes if o.report is not None]
        errors = [(o.name, o.error) for o in outcomes if o.error is not None]
        out.file.write(format_sarif(reports, errors=errors, lang=code))
    elif format is ValidateFormat.markdown:
        outcome = outcomes[0]
        if outcome.report is None:
            _one(outcome, code, out, err)
        else:
            from ..rules import formats

            text = formats.format_markdown(outcome.report)
            out.file.write(text if text.endswith("\n") else text + "\n")
    elif many:
        _many(outcomes, code, out, verbose)
    else:
        _one(outcomes[0], code, out, err)
    if exit_zero and worst == EXIT_FINDINGS:
        worst = EXIT_OK
    raise typer.Exit(worst)
