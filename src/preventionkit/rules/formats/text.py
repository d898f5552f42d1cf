"""Plain-text findings, as linters print them: ``full`` (one line per finding with its hint and
source), ``grouped`` (repeated findings of one rule become one entry listing the places, as
``ruff --output-format grouped`` and eslint's stylish output do) and ``concise`` (one line per
finding, nothing else); or a rich table when asked for.

The lines are built once, as data (:func:`finding_lines`: spans of text with a style name), and
turned into text late: here with ANSI colours or none, in the CLI with rich.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, get_args

from ...escape import rich_text, terminal
from ...messages import cite
from ...output import capped
from ..finding import Finding, Severity
from ..report import ValidationReport
from ._words import summary, word

__all__ = [
    "OUTPUT_STYLES",
    "FindingGroup",
    "OutputStyle",
    "Span",
    "finding_lines",
    "format_text",
    "group_findings",
]

OutputStyle = Literal["full", "grouped", "concise"]
"""How much of each finding the text shows: everything, repeated rules folded, one line each."""

OUTPUT_STYLES: tuple[OutputStyle, ...] = get_args(OutputStyle)

Span = tuple[str, str]
"""A piece of a line and the name of its style: ``""``, ``"dim"``, ``"bold"`` or a severity."""

_COLOURS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m", "dim": "\033[2m"}
_RESET = "\033[0m"
_BOLD = "\033[1m"


@dataclass(frozen=True, slots=True)
class FindingGroup:
    """The findings of one rule (one code and severity; questions apart), in report order."""

    code: str
    severity: Severity
    findings: tuple[Finding, ...]


def group_findings(findings: Iterable[Finding]) -> tuple[FindingGroup, ...]:
    """The findings grouped by rule, each group where its first finding stands: the report's
    order (errors first) is kept and a rule that fires nine times becomes one entry."""
    groups: dict[tuple[str, str, bool], list[Finding]] = {}
    for f in findings:
        groups.setdefault((f.code, f.severity, f.is_question), []).append(f)
    return tuple(FindingGroup(key[0], fs[0].severity, tuple(fs)) for key, fs in groups.items())


def _where(file: str | None, f: Finding) -> str:
    """``file:line:col`` (or ``file:Sheet!A3``); without ``file`` only the position, as in the
    grouped style where the file heads the list (eslint's "stylish" output does the same)."""
    if f.cell is not None:
        place = terminal(f.cell)
    elif f.line is not None:
        place = f"{f.line}:{f.column or 1}"
    else:
        place = ""
    if file is None:
        return place
    return f"{terminal(file)}:{place}" if place else terminal(file)


def _path(f: Finding) -> list[Span]:
    return [(f" [{terminal(f.path)}]", "dim")] if f.path else []


def _finding(file: str | None, f: Finding, lang: str) -> list[Span]:
    where = _where(file, f)
    return [
        (f"{where}: " if where else "", ""),
        (f.code, "bold"),
        (" ", ""),
        (word("question" if f.is_question else f.severity, lang), f.severity),
        (f": {terminal(f.text(lang))}", ""),
        *_path(f),
    ]


def _unique(values: Iterable[str | None]) -> list[str]:
    return [v for v in dict.fromkeys(values) if v]


def _rule_summary(code: str, lang: str) -> str | None:
    from .. import get_rule

    try:
        return get_rule(code).summary(lang)
    except (KeyError, ValueError):
        return None


def _group(group: FindingGroup, lang: str) -> list[list[Span]]:
    """One rule's entry: its finding (or a heading with the rule's summary and one line per
    place), then the hint once when every finding has the same one, else each place's hint
    under it, and the sources once."""
    first = group.findings[0]
    hints = [f.hint_text(lang) for f in group.findings]
    shared = len(set(hints)) == 1
    sources = _unique(cite(f.source, lang) if f.source else None for f in group.findings)
    # A hint that already cites its source ("... (002 §1.12).") is not followed by it again.
    last_hint = next((h for h in reversed(hints) if h), None)
    if last_hint and all(source in last_hint for source in sources):
        sources = []
    cited = f" ({terminal('; '.join(sources))})" if sources else ""

    def hint_line(hint: str, indent: str, tail: str) -> list[Span]:
        return [(f"{indent}{word('hint', lang)}: {terminal(hint)}{tail}", "dim")]

    lines: list[list[Span]] = []
    if len(group.findings) == 1:
        lines.append(_finding(None, first, lang))
    else:
        title = _rule_summary(group.code, lang) or first.text(lang)
        lines.append(
            [
                (group.code, "bold"),
                (" ", ""),
                (word("question" if first.is_question else group.severity, lang), group.severity),
                (f" ×{len(group.findings)}: {terminal(title)}", ""),
            ]
        )
        for f, hint in zip(group.findings, hints, strict=True):
            where = _where(None, f)
            lead = f"{where}: " if where else ""
            lines.append([("  ", ""), (f"{lead}{terminal(f.text(lang))}", ""), *_path(f)])
            if hint and not shared:
                tail = cited if f is group.findings[-1] else ""
                lines.append(hint_line(hint, "      ", tail))
    if shared and hints[0]:
        lines.append(hint_line(hints[0], "    ", cited))
    elif sources and not hints[-1]:
        lines.append([(f"    {word('source', lang)}: {terminal('; '.join(sources))}", "dim")])
    return lines


def finding_lines(
    findings: Sequence[Finding], lang: str, *, file: str = "<plan>", style: OutputStyle = "full"
) -> list[list[Span]]:
    """The findings as lines of styled spans, in ``style``: ``full`` gives each finding its
    ``file:line:col`` line, hint and source; ``grouped`` folds the findings of one rule into one
    entry with a line per place and the hint once, positions without the file (the caller names
    it once above the list); ``concise`` gives one ``file:line:col`` line per finding."""
    if style not in OUTPUT_STYLES:
        raise ValueError(f"style must be one of {', '.join(OUTPUT_STYLES)}, not {style!r}")
    lines: list[list[Span]] = []
    if style == "grouped":
        for group in group_findings(findings):
            lines.extend(_group(group, lang))
        return lines
    for f in findings:
        lines.append(_finding(file, f, lang))
        if style == "concise":
            continue
        hint = f.hint_text(lang)
        if hint:
            lines.append([(f"    {word('hint', lang)}: {terminal(hint)}", "dim")])
        if f.source:
            lines.append([(f"    {word('source', lang)}: {terminal(cite(f.source, lang))}", "dim")])
    return lines


def _ansi(line: list[Span], color: bool) -> str:
    if not color:
        return "".join(text for text, _ in line)
    out = []
    for text, name in line:
        if name == "bold":
            out.append(f"{_BOLD}{text}{_RESET}")
        elif name in _COLOURS:
            out.append(f"{_COLOURS[name]}{text}{_RESET}")
        else:
            out.append(text)
    return "".join(out)


def _plain(report: ValidationReport, color: bool, style: OutputStyle) -> str:
    lang = report.lang
    file = report.file or "<plan>"
    found = finding_lines(report.findings, lang, file=file, style=style)
    lines = [_ansi(line, color) for line in found]
    if style == "grouped" and (report.findings or report.questions):
        lines.insert(0, _ansi([(terminal(file), "bold")], color))
    if not report.findings:
        lines.append(word("none", lang))
    if report.questions:
        # Facts the plan does not state: asked, apart from the judged findings (issue 16).
        lines.append(word("questions", lang))
        # A question says what to confirm; its hint waits for the full style.
        shown = "concise" if style == "grouped" else style
        asked = finding_lines(report.questions, lang, file=file, style=shown)
        lines += [_ansi(line, color) for line in asked]
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
    report: ValidationReport,
    color: bool = False,
    *,
    table: bool = False,
    width: int = 100,
    style: OutputStyle = "full",
) -> str:
    """The report as text: ``file:line:col: CODE severity: message [path]`` with the hint and
    source on indented lines (``style="full"``), the findings of one rule folded into one entry
    (``"grouped"``) or one line per finding (``"concise"``), then a count by severity.
    ``color`` adds ANSI colours; ``table=True`` draws a rich table instead, when rich (the
    ``cli`` extra) is installed."""
    if table:
        try:
            return capped(_rich_table(report, color, width), "text report")
        except ImportError:
            pass
    return capped(_plain(report, color, style), "text report")
