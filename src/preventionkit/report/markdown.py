"""The report as Markdown, for pasting into a wiki or an issue (same content as the HTML)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..escape import markdown as md
from ..escape import markdown_code
from ..model import ActionPlan
from ..output import capped
from ..vocab import EcologicalLevel, Lang, PreventionLevel
from ._data import SEVERITIES, FindingGroupRow, FindingRow, ReportData, collect
from ._i18n import count, t
from .packs import followed_packs, packs_markdown
from .sections import content_markdown

__all__ = ["render_markdown"]

_SEVERITY_HEAD = {"error": "severity_error", "warning": "severity_warning", "info": "severity_info"}


def _summary(data: ReportData) -> list[str]:
    lang = data.lang
    lines = [f"## {t('summary', lang)}", ""]
    facts = [
        ("plan_id", markdown_code(data.plan_id)),
        ("period", md(data.period or t("not_stated", lang))),
        ("owner", md(data.owner or t("not_stated", lang))),
        ("adopted_by", md(data.adopted_by or t("not_stated", lang))),
        ("mandate_holders", md(", ".join(data.mandate_holders) or t("none", lang))),
    ]
    if data.status:
        facts.append(("status", md(data.status)))
    lines += [f"- **{t(k, lang)}:** {v}" for k, v in facts]
    lines.append("- " + " · ".join(f"{t(k, lang)}: {n}" for k, n in data.sizes))
    if data.vision:
        lines += ["", f"> **{t('vision', lang)}:** {md(data.vision)}"]
    return [*lines, ""]


def _coverage(data: ReportData) -> list[str]:
    lang = data.lang
    cols = list(EcologicalLevel)
    head = [t("prevention_level", lang)] + [c.label(lang) for c in cols] + [t("total", lang)]
    lines = [
        f"## {t('coverage_heading', lang)}",
        "",
        t("coverage_intro", lang),
        "",
        "| " + " | ".join(head) + " |",
        "|" + "---|" + "---:|" * (len(cols) + 1),
    ]
    for row in PreventionLevel:
        counts = [data.counts.get((row, c), 0) for c in cols]
        cells = [str(n) if n else "**0**" for n in counts]
        lines.append(f"| {row.label(lang)} | " + " | ".join(cells) + f" | {sum(counts)} |")
    totals = [sum(data.counts.get((r, c), 0) for r in PreventionLevel) for c in cols]
    lines.append(f"| {t('total', lang)} | " + " | ".join(map(str, totals)) + f" | {sum(totals)} |")
    lines += ["", t("coverage_share", lang, filled=data.covered_cells, total=12), ""]
    return lines


def _place(f: FindingRow, lang: Lang) -> str:
    where = markdown_code(f.path) if f.path else ""
    if f.cell:
        where += f" ({markdown_code(f.cell)})"
    elif f.line:
        where += f" ({t('line', lang, line=f.line)})"
    return where.strip()


def _group(group: FindingGroupRow, lang: Lang) -> list[str]:
    """One rule's entry, as in the HTML report: the finding, or the rule's summary and one
    line per place; the hint and source once when the places share them."""
    if len(group.rows) == 1:
        where = _place(group.first, lang)
        lines = [f"- **{group.code}** {md(group.heading)}" + (f" — {where}" if where else "")]
    else:
        n = count("places", len(group.rows), lang)
        lines = [f"- **{group.code}** {md(group.heading)} ({n})"]
        for f in group.rows:
            where = _place(f, lang)
            lines.append(f"  - {md(f.message)}" + (f" — {where}" if where else ""))
            if f.hint and group.hint is None:
                lines.append(f"    - {t('hint', lang)}: {md(f.hint)}")
            if f.source and group.source is None:
                lines.append(f"    - {t('source', lang)}: {md(f.source)}")
    if group.hint:
        lines.append(f"  - {t('hint', lang)}: {md(group.hint)}")
    if group.source:
        lines.append(f"  - {t('source', lang)}: {md(group.source)}")
    return lines


def _findings(data: ReportData) -> list[str]:
    lang = data.lang
    lines = [f"## {t('findings', lang)}", ""]
    if not data.findings:
        return [*lines, t("no_findings", lang), ""]
    for severity in SEVERITIES:
        groups = [g for g in data.finding_groups if g.severity == severity]
        if not groups:
            continue
        n = sum(len(g.rows) for g in groups)
        lines += [f"### {t(_SEVERITY_HEAD[severity], lang)} ({n})", ""]
        for group in groups:
            lines += _group(group, lang)
        lines.append("")
    return lines


def _questions(data: ReportData) -> list[str]:
    """The questions to confirm, apart from the findings and never counted (issue 16)."""
    if not data.questions:
        return []
    lang = data.lang
    lines = [
        f"## {t('questions', lang)} ({len(data.questions)})",
        "",
        t("questions_intro", lang),
        "",
    ]
    for group in data.question_groups:
        lines += _group(group, lang)
    return [*lines, ""]


def _checklist(data: ReportData) -> list[str]:
    lang = data.lang
    lines = [f"## {t('checklist', lang)}", ""]
    if data.checklist is None:
        return [*lines, t("checklist_unavailable", lang), ""]
    lines += [
        f"| # | {t('question', lang)} | {t('answer', lang)} | {t('evidence', lang)} |",
        "|---:|---|---|---|",
    ]
    for row in data.checklist:
        evidence = "; ".join(row.evidence)
        lines.append(
            f"| {row.number} | {md(row.question)} | {md(row.answer_label)} | {md(evidence)} |"
        )
    return [*lines, ""]


def _activities(data: ReportData) -> list[str]:
    lang = data.lang
    lines = [f"## {t('activities_heading', lang)}", ""]
    if not data.activities:
        return [*lines, t("no_activities", lang), ""]
    lines += [
        f"| {t('activity', lang)} | {t('levels', lang)} | {t('eco_levels', lang)} | "
        f"{t('responsible', lang)} | {t('timeline', lang)} |",
        "|---|---|---|---|---|",
    ]
    for a in data.activities:
        title = a.title + (f" ({a.programme})" if a.programme else "")
        lines.append(
            f"| {md(title)} | {md(', '.join(a.prevention_levels))} | "
            f"{md(', '.join(a.ecological_levels))} | {md(', '.join(a.responsible))} | "
            f"{md(a.timeline)} |"
        )
    return [*lines, ""]


def render_markdown(
    plan: ActionPlan,
    *,
    lang: Lang | None = None,
    report: Any = None,
    frameworks: Iterable[str] = (),
) -> str:
    """The report as Markdown: summary, coverage table, findings, checklist and activities.

    The chain of governance is a picture, so Markdown lists its mandate holders in the
    summary; use the HTML report or ``preventionkit graph --format mermaid`` for the drawing.
    """
    data = collect(plan, lang=lang, report=report)
    lang = data.lang
    lines = [f"# {md(data.title)}", "", f"*{t('report', lang)}*", ""]
    lines += _summary(data) + _coverage(data)
    if data.content is not None:
        lines += content_markdown(data.content, lang)
    lines += _findings(data) + _questions(data) + _checklist(data)
    packs = packs_markdown(followed_packs(plan, frameworks), lang)
    if packs:
        lines += [packs, ""]
    lines += _activities(data)
    lines.append(f"*{t('generated_by', lang, version=data.version)}*")
    return capped("\n".join(lines) + "\n", "Markdown report")
