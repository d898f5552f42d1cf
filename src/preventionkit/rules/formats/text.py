"""Plain-text findings, one per line like a compiler's, or a rich table when asked for."""

from __future__ import annotations

from ...escape import rich_text, terminal
from ...messages import cite
from ...output import capped
from ..finding import Finding
from ..report import ValidationReport
from ._words import summary, word

__all__ = ["format_text"]

_COLOURS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_RESET = "\033[0m"
_BOLD = "\033[1m"


def _where(report: ValidationReport, f: Finding) -> str:
    file = terminal(report.file or "<plan>")
    if f.cell is not None:
        return f"{file}:{terminal(f.cell)}"
    if f.line is not None:
        return f"{file}:{f.line}:{f.column or 1}"
    return file


def _finding_lines(report: ValidationReport, f: Finding, color: bool) -> list[str]:
    lang = report.lang
    kind = "question" if f.is_question else f.severity
    sev = word(kind, lang)
    if color:
        sev = f"{_COLOURS[f.severity]}{sev}{_RESET}"
        code = f"{_BOLD}{f.code}{_RESET}"
    else:
        code = f.code
    path = f" [{terminal(f.path)}]" if f.path else ""
    lines = [f"{_where(report, f)}: {code} {sev}: {terminal(f.text(lang))}{path}"]
    hint = f.hint_text(lang)
    if hint:
        lines.append(f"    {word('hint', lang)}: {terminal(hint)}")
    if f.source:
        lines.append(f"    {word('source', lang)}: {terminal(cite(f.source, lang))}")
    return lines


def _plain(report: ValidationReport, color: bool) -> str:
    lang = report.lang
    lines: list[str] = []
    for f in report.findings:
        lines += _finding_lines(report, f, color)
    if not report.findings:
        lines.append(word("none", lang))
    if report.questions:
        # Facts the plan does not state: asked, apart from the judged findings (issue 16).
        lines.append(word("questions", lang))
        for f in report.questions:
            lines += _finding_lines(report, f, color)
    lines.append(summary(report))
    return "\n".join(lines) + "\n"


def _rich_table(report: ValidationReport, color: bool, width: int) -> str:
    import io

    from rich.console import Console
    from rich.table import Table

    lang = report.lang
    table = Table(title=rich_text(word("report", lang, title=report.plan_title)), show_lines=True)
    for key in ("code", "severity", "where", "message"):
        table.add_column(word(key, lang).capitalize())
    styles = {"error": "red", "warning": "yellow", "info": "cyan"}
    for f in report.findings:
        where = f.path or word("plan", lang)
        if f.cell is not None:
            where = f"{f.cell} {where}"
        elif f.line is not None:
            where = f"{f.line}:{f.column or 1} {where}"
        hint = f.hint_text(lang)
        message = rich_text(f.text(lang))
        if hint:
            message.append("\n").append_text(rich_text(f"{word('hint', lang)}: {hint}"))
        table.add_row(
            f.code,
            f"[{styles[f.severity]}]{word(f.severity, lang)}[/]",
            rich_text(where),
            message,
        )
    out = io.StringIO()
    console = Console(file=out, width=width, force_terminal=color, no_color=not color)
    console.print(table)
    console.print(summary(report), markup=False)
    return out.getvalue()


def format_text(
    report: ValidationReport, color: bool = False, *, table: bool = False, width: int = 100
) -> str:
    """The report as text: ``file:line:col: CODE severity: message [path]`` with the hint and
    source on indented lines, then a count by severity. ``color`` adds ANSI colours;
    ``table=True`` draws a rich table instead, when rich (the ``cli`` extra) is installed."""
    if table:
        try:
            return capped(_rich_table(report, color, width), "text report")
        except ImportError:
            pass
    return capped(_plain(report, color), "text report")
