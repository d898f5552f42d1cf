"""``preventionkit validate``: check one plan or many against the rules (design "Rule codes").

Each plan is named with its file, then its findings, most serious first, in one of three
``--output-format`` styles (``rules.formats.text``): ``grouped`` (the default: the findings
of one rule are one entry listing the places, the hint printed once), ``full`` (each finding
on its own file:line:column line with its hint and source; also ``-v``) or ``concise`` (one
line each). One plan ends with its coverage table (empty cells left empty, the levels no
activity states named) and a summary; many plans (files, globs or directories) show a
progress bar on a terminal, every plan's findings, and end with a summary table. The exit status is the worst of all plans:
0 no error finding, 1 error findings, 2 a plan could not be loaded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer

from ..errors import PlanLoadError
from ..escape import rich_text, terminal
from ..messages import message
from ..messages import message as msg
from ..messages import text as t
from ..vocab import EcologicalLevel, PreventionLevel
from ..vocab import Lang as LangCode
from ._common import (
    EXIT_FINDINGS,
    EXIT_LOAD,
    EXIT_OK,
    ExampleOption,
    FileRun,
    LangOption,
    LazyConsole,
    Loaded,
    NoColorOption,
    dump_json,
    each_file,
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

if TYPE_CHECKING:
    from rich.table import Table

__all__ = ["validate_command"]

CLI_SCHEMA_VERSION = 1
"""The version of ``schemas/cli-validate.schema.json``."""


class OutputFormat(StrEnum):
    """How much of each finding the text format shows (``rules.formats.text.OutputStyle``)."""

    full = "full"
    grouped = "grouped"
    concise = "concise"


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


def _outcome(run: FileRun[_Outcome]) -> _Outcome:
    """The outcome of one plan of the run: its report, or the load problems that stopped it."""
    if run.result is not None:
        return run.result
    error = run.error if isinstance(run.error, PlanLoadError) else None
    return _Outcome("<stdin>" if run.source == "-" else run.source, EXIT_LOAD, error=error)


_SPAN_STYLES = {"": "", "dim": "dim", "bold": "bold", **_STYLE}


def _print(out: LazyConsole, *pieces: tuple[str, str]) -> None:
    """One line of ``(text, rich style)`` pieces. When the console shows no style at all (not
    a terminal, ``--no-color``, ``NO_COLOR``: rich chose no colour system), the pieces' text
    is the line, written as it is: rich would print the same characters after measuring and
    segmenting every line (issue 20). Plan text in the pieces is already escaped
    (:func:`~preventionkit.escape.terminal`)."""
    if out.color_system is None:
        out.file.write("".join(text for text, _ in pieces) + "\n")
        return
    from rich.text import Text

    line = Text()
    for text, style in pieces:
        line.append(text, style=style)
    out.print(line)


def _finding_lines(
    outcome: _Outcome,
    lang: LangCode,
    out: LazyConsole,
    style: OutputFormat,
    *,
    questions: bool = False,
) -> None:
    from ..rules.formats.text import finding_lines

    report = outcome.report
    findings = report.questions if questions else report.findings
    # A question says what to confirm; its hint waits for --output-format full (-v).
    shown: Literal["full", "grouped", "concise"] = (
        "concise" if questions and style.value == "grouped" else style.value
    )
    for spans in finding_lines(findings, lang, file=outcome.name, style=shown):
        _print(out, *((text, _SPAN_STYLES[name]) for text, name in spans))


def _coverage_cells(report: Any, lang: LangCode) -> list[list[str]]:
    """The coverage matrix as rows of text, the header first: the number of activities in
    each cell; a cell without activities stays empty (a zero reads as a count)."""
    rows = [[t("cli.validate.matrix", lang), *(e.label(lang) for e in EcologicalLevel)]]
    for p in PreventionLevel:
        counts = (len(report.coverage.cells[(p, e)]) for e in EcologicalLevel)
        rows.append([p.label(lang), *(str(n) if n else "" for n in counts)])
    return rows


def _coverage_table(report: Any, lang: LangCode) -> Table:
    """The coverage matrix as a rich table (the counts bold, the header underlined); the
    levels no activity states are named under it (``_unstated``)."""
    from rich.table import Table
    from rich.text import Text

    header, *rows = _coverage_cells(report, lang)
    table = Table(title=None, box=None, header_style="bold underline", pad_edge=False)
    table.add_column(header[0])
    for name in header[1:]:
        table.add_column(name, justify="right")
    for label, *cells in rows:
        table.add_row(label, *(Text(cell, style="bold") for cell in cells))
    return table


def _plain_table(rows: list[list[str]], width: int) -> list[str] | None:
    """The lines rich prints for the coverage table when it shows no style: each column as
    wide as its widest cell, the first left-aligned and the others right-aligned, two spaces
    between. None when rich would lay it out otherwise (wider than ``width``) or measure a
    character otherwise than as one column (only Latin letters and symbols are taken), so
    that rich draws it. ``tests/cli/test_cli_plain.py`` compares the two."""
    if any(not c.isprintable() or ord(c) >= 0x300 for row in rows for cell in row for c in cell):
        return None
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    if sum(widths) + 2 * (len(widths) - 1) > width:
        return None
    return [
        "  ".join(
            cell.ljust(w) if i == 0 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        )
        for row in rows
    ]


def _print_coverage(out: LazyConsole, report: Any, lang: LangCode) -> None:
    """The coverage table: written as text where the output shows no style and the table
    fits (rich is not imported for it, issue 20), else drawn by rich."""
    if out.color_system is None:
        lines = _plain_table(_coverage_cells(report, lang), out.width)
        if lines is not None:
            out.file.write("".join(line + "\n" for line in lines))
            return
    out.print(_coverage_table(report, lang))


def _unstated(report: Any, lang: LangCode) -> str | None:
    """One line naming the prevention and ecological levels no activity of the plan states."""
    from ..messages import format_list

    levels = [p.label(lang) for p in report.coverage.missing_prevention_levels()]
    levels += [e.label(lang) for e in report.coverage.missing_ecological_levels()]
    if not levels:
        return None
    return t("cli.validate.unstated", lang, levels=format_list(levels, lang))


def _summary_line(outcome: _Outcome, lang: LangCode) -> str:
    report = outcome.report
    counts = {k: message(f"count.{k}", n=n) for k, n in report.counts.items()}
    said = t("cli.validate.summary", lang, covered=outcome.covered, **counts)
    if report.questions:
        said += t("format.summary.questions", lang, n=len(report.questions))
    return said


def _title(outcome: _Outcome, out: LazyConsole) -> None:
    """``Title (id) file``: the plan and where it was read from, above its findings."""
    report = outcome.report
    _print(
        out,
        (f"{terminal(report.plan_title)} ", "bold"),
        (f"({terminal(report.plan_id)}) ", "bold dim"),
        (terminal(outcome.name), "bold"),
    )


def _one(outcome: _Outcome, lang: LangCode, out: LazyConsole, style: OutputFormat) -> None:
    if outcome.error is not None:
        for issue in outcome.error.issues:
            out.print(issue_line(issue, lang), markup=False)
        if outcome.error.truncated:
            out.print(t("cli.more_problems", lang), markup=False)
        return
    report = outcome.report
    _title(outcome, out)
    if report.findings:
        _finding_lines(outcome, lang, out, style)
    else:
        _print(out, (f"✓ {t('cli.validate.clean', lang)}", "green"))
    if report.questions:
        # What the plan does not state: asked apart from what it is judged on (issue 16).
        _print(out, (t("format.questions", lang), "bold"))
        _finding_lines(outcome, lang, out, style, questions=True)
    _print_coverage(out, report, lang)
    unstated = _unstated(report, lang)
    if unstated:
        _print(out, (unstated, "red"))
    verdict = "bold red" if not report.ok else "bold green"
    _print(out, (_summary_line(outcome, lang), verdict))


def _many(outcomes: list[_Outcome], lang: LangCode, out: LazyConsole, style: OutputFormat) -> None:
    from rich.table import Table
    from rich.text import Text

    for outcome in outcomes:
        if outcome.error is not None:
            for issue in outcome.error.issues:
                out.print(issue_line(issue, lang), markup=False)
        elif outcome.report.findings:
            if style is OutputFormat.grouped:
                _title(outcome, out)
            _finding_lines(outcome, lang, out, style)
        if outcome.report is not None and outcome.report.questions:
            _print(out, (t("format.questions", lang), "bold"))
            _finding_lines(outcome, lang, out, style, questions=True)
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
    output_format: Annotated[
        OutputFormat | None,
        typer.Option(
            "--output-format",
            help=help_text("cli.help.validate.output_format"),
            show_default=False,
        ),
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
    out = LazyConsole(stderr=False, no_color=no_color)
    err = LazyConsole(stderr=True, no_color=no_color)
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
    style = output_format or (OutputFormat.full if verbose else OutputFormat.grouped)
    if many and format is ValidateFormat.markdown:
        usage(msg("cli.usage.one_plan", format=format.value))

    def check(source: str) -> _Outcome:
        if example is not None:
            return _check(load_one(None, example), options)
        return _check(read_plan(source), options)

    names: Iterable[str] = sources if example is None else [f"example:{example}"]
    if many and err.is_terminal and format is ValidateFormat.text:
        from rich.progress import track

        names = track(
            sources,
            description=t("cli.validate.progress", code),
            console=err.real(),
            transient=True,
        )
    outcomes = [_outcome(run) for run in each_file(names, check)]
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
            _one(outcome, code, out, style)
        else:
            from ..rules import formats

            text = formats.format_markdown(outcome.report)
            out.file.write(text if text.endswith("\n") else text + "\n")
    elif many:
        _many(outcomes, code, out, style)
    else:
        _one(outcomes[0], code, out, style)
    if exit_zero and worst == EXIT_FINDINGS:
        worst = EXIT_OK
    raise typer.Exit(worst)
