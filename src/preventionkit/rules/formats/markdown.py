"""The report as Markdown: counts, a findings table, the coverage matrix and suppressions."""

from __future__ import annotations

from ...escape import markdown as md
from ...escape import markdown_code
from ...output import capped
from ...vocab import EcologicalLevel, PreventionLevel
from ..finding import Finding
from ..report import ValidationReport
from ._words import summary, word

__all__ = ["format_markdown"]


def _rows(report: ValidationReport, findings: tuple[Finding, ...]) -> list[str]:
    lang = report.lang
    head = [word(k, lang).capitalize() for k in ("code", "severity", "where", "message", "hint")]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for f in findings:
        where = markdown_code(f.path) if f.path else word("plan", lang)
        if f.cell is not None:
            where += f" ({markdown_code(f.cell)})"
        elif f.line is not None:
            where += f" ({word('line', lang, line=f.line)})"
        lines.append(
            "| "
            + " | ".join(
                [
                    f"`{f.code}`",
                    word("question" if f.is_question else f.severity, lang),
                    where,
                    md(f.text(lang)),
                    md(f.hint_text(lang) or ""),
                ]
            )
            + " |"
        )
    return lines


def format_markdown(report: ValidationReport) -> str:
    """A Markdown document for people: what was checked, every finding, and the matrix."""
    lang = report.lang
    out = [f"# {word('report', lang, title=md(report.plan_title))}", ""]
    verdict = word("ok", lang) if report.ok else word("not_ok", lang)
    out += [f"**{verdict}** {summary(report)}.", ""]
    out += [f"## {word('findings', lang)}", ""]
    if report.findings:
        out += _rows(report, report.findings)
    else:
        out.append(word("none", lang))
    out.append("")
    if report.questions:
        out += [f"## {word('questions', lang)}", ""]
        out += _rows(report, report.questions)
        out.append("")
    out += [f"## {word('coverage', lang)}", ""]
    cov = report.coverage
    out.append("| | " + " | ".join(e.label(lang) for e in EcologicalLevel) + " |")
    out.append("|---|" + "---:|" * len(EcologicalLevel))
    for p in PreventionLevel:
        counts = [str(len(cov.cells[(p, e)])) for e in EcologicalLevel]
        out.append(f"| **{p.label(lang)}** | " + " | ".join(counts) + " |")
    out.append("")
    if report.suppressed:
        out += [f"## {word('suppressed', lang)}", ""]
        out += _rows(report, report.suppressed)
        out.append("")
    return capped("\n".join(out), "Markdown report")
