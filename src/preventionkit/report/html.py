"""The report as one self-contained HTML file: it works offline and prints on A4.

Everything is inline: the stylesheet, the coverage heat map and the chain of governance as
SVG. A Content-Security-Policy forbids every external request, and fonts are the reader's
own. The same plan always gives the same bytes (no timestamps, fixed order).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..graph.layout import Scene, chain_scene
from ..messages import text
from ..model import ActionPlan
from ..output import capped
from ..vocab import Lang
from ._data import SEVERITIES, FindingGroupRow, FindingRow, ReportData, collect
from ._i18n import count, t
from ._style import CSS
from ._svg import esc
from .chain import breaks_html, print_pieces_svg, scene_svg
from .heatmap import heatmap_svg
from .packs import followed_packs, packs_html
from .sections import SECTIONS, content_html

__all__ = ["render_html"]

_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
_SEVERITY_HEAD = {"error": "severity_error", "warning": "severity_warning", "info": "severity_info"}


def _badges(data: ReportData) -> str:
    lang = data.lang
    parts = []
    if data.errors == 0:
        parts.append(f'<span class="badge ok">✓ {esc(t("verdict_ok", lang))}</span>')
    for severity in SEVERITIES:
        n = data.severity_counts.get(severity, 0)
        if n:
            parts.append(f'<span class="badge {severity}">{esc(count(severity, n, lang))}</span>')
    parts.append(
        f'<span class="badge">{esc(t("coverage_share", lang, filled=data.covered_cells, total=12))}'
        "</span>"
    )
    return f'<div class="badges" id="pk-verdict">{"".join(parts)}</div>'


def _summary(data: ReportData) -> str:
    lang = data.lang
    facts: list[tuple[str, str]] = [
        ("plan_id", data.plan_id),
        ("period", data.period or t("not_stated", lang)),
        ("owner", data.owner or t("not_stated", lang)),
        ("adopted_by", data.adopted_by or t("not_stated", lang)),
        ("mandate_holders", ", ".join(data.mandate_holders) or t("none", lang)),
    ]
    if data.status:
        facts.append(("status", data.status))
    items = "".join(f"<div><dt>{esc(t(k, lang))}</dt><dd>{esc(v)}</dd></div>" for k, v in facts)
    stats = "".join(
        f'<div class="stat"><b>{n}</b><span>{esc(t(k, lang))}</span></div>' for k, n in data.sizes
    )
    vision = (
        f'<blockquote class="vision"><b>{esc(t("vision", lang))}:</b> {esc(data.vision)}</blockquote>'
        if data.vision
        else ""
    )
    return (
        f'<section class="card" id="summary"><h2>{esc(t("summary", lang))}</h2>'
        f'<dl class="facts">{items}</dl>{vision}<div class="stats">{stats}</div></section>'
    )


def _coverage(data: ReportData) -> str:
    lang = data.lang
    return (
        f'<section class="card figure-card" id="coverage"><h2>{esc(t("coverage_heading", lang))}</h2>'
        f'<p class="intro">{esc(t("coverage_intro", lang))}</p>'
        f"<figure>{heatmap_svg(data.counts, lang=lang)}"
        f"<figcaption>{esc(t('coverage_share', lang, filled=data.covered_cells, total=12))}"
        "</figcaption></figure></section>"
    )


def _chain(scene: Scene, data: ReportData) -> str:
    lang = data.lang
    if scene.boxes:
        figure = scene_svg(scene, lang, t("chain_title", lang)) + "".join(
            print_pieces_svg(scene, lang)
        )
    else:
        figure = f'<p class="small">{esc(t("chain_empty", lang))}</p>'
    return (
        f'<section class="card figure-card" id="chain"><h2>{esc(t("chain", lang))}</h2>'
        f'<p class="intro">{esc(t("chain_intro", lang))}</p><figure>{figure}</figure>'
        f'<h3 class="breaks-head">{esc(text("draw.breaks", lang))}</h3>'
        f"{breaks_html(scene, lang)}</section>"
    )


_NEXT_STEPS = 5


def _first(scene: Scene, data: ReportData) -> str:
    """The first screen: where the chain breaks and what to do next (the most serious rules
    first, each rule once with how many places and its hint), before any detail."""
    lang = data.lang
    items = []
    for group in data.finding_groups[:_NEXT_STEPS]:
        places = ""
        if len(group.rows) > 1:
            places = f" ({esc(count('places', len(group.rows), lang))})"
        hint = group.hint or group.first.hint
        hint_html = f'<div class="small">{esc(hint)}</div>' if hint else ""
        items.append(
            f'<li class="{group.severity}" data-code="{esc(group.code)}">'
            f'<a href="#finding-{esc(group.code)}"><span class="code">{esc(group.code)}</span></a> '
            f"{esc(group.heading)}{places}{hint_html}</li>"
        )
    more = len(data.finding_groups) - _NEXT_STEPS
    tail = f'<p class="small">{esc(t("next_more", lang, n=more))}</p>' if more > 0 else ""
    todo = (
        f'<ol class="next">{"".join(items)}</ol>{tail}'
        if items
        else f'<p class="none">✓ {esc(t("no_findings", lang))}</p>'
    )
    return (
        f'<section class="card first" id="first">'
        f'<div class="first-col"><h2>{esc(text("draw.breaks", lang))}</h2>'
        f"{breaks_html(scene, lang)}</div>"
        f'<div class="first-col"><h2>{esc(t("next_steps", lang))}</h2>{todo}</div></section>'
    )


def _where(f: FindingRow, lang: Lang) -> str:
    """Where a finding is: the place in the plan, and the line or the workbook cell."""
    where = f'<span class="path">{esc(f.path)}</span>' if f.path else ""
    if f.cell and f.link:
        where += f' (<a class="cell" href="{esc(f.link)}">{esc(f.cell)}</a>)'
    elif f.line:
        where += f" ({esc(t('line', lang, line=f.line))})"
    return where


def _group_div(group: FindingGroupRow, kind: str, lang: Lang, anchor: str = "") -> str:
    """One rule's entry: its finding, or for several places the rule's summary and one line
    per place; the hint and source once when the places share them."""
    more = []
    places = ""
    if len(group.rows) == 1:
        f = group.first
        if f.path or f.line:
            more.append(f"<span><b>{esc(t('where', lang))}:</b> {_where(f, lang)}</span>")
    else:
        items = []
        for f in group.rows:
            own = ""
            if f.hint and group.hint is None:
                own += f'<div class="small">{esc(t("hint", lang))}: {esc(f.hint)}</div>'
            if f.source and group.source is None:
                own += f'<div class="small">{esc(t("source", lang))}: {esc(f.source)}</div>'
            where = _where(f, lang)
            items.append(f"<li>{esc(f.message)} {where}{own}</li>")
        places = f'<ul class="places">{"".join(items)}</ul>'
    if group.hint:
        more.append(f"<span><b>{esc(t('hint', lang))}:</b> {esc(group.hint)}</span>")
    if group.source:
        more.append(f"<span><b>{esc(t('source', lang))}:</b> {esc(group.source)}</span>")
    name = group.first.name
    name_html = f' <span class="small">{esc(name)}</span>' if name and len(group.rows) == 1 else ""
    n = f' <span class="small">({esc(count("places", len(group.rows), lang))})</span>'
    return (
        f'<div class="finding {kind}{" multi" if len(group.rows) > 1 else ""}" '
        f'data-code="{esc(group.code)}"{anchor} '
        f'data-places="{len(group.rows)}">'
        f'<div class="head"><span class="code">{esc(group.code)}</span>'
        f'<span class="msg">{esc(group.heading)}</span>{name_html}'
        f"{n if len(group.rows) > 1 else ''}</div>{places}"
        f'<div class="more">{"".join(more)}</div></div>'
    )


def _findings(data: ReportData) -> str:
    lang = data.lang
    out = [
        f'<section class="card" id="findings"><h2>{esc(t("findings", lang))}</h2>'
        f'<p class="intro">{esc(t("findings_intro", lang))}</p>'
    ]
    if not data.findings:
        out.append(f'<p class="none">✓ {esc(t("no_findings", lang))}</p>')
    for severity in SEVERITIES:
        groups = [g for g in data.finding_groups if g.severity == severity]
        if not groups:
            continue
        n = sum(len(g.rows) for g in groups)
        out.append(
            f'<h3 class="severity-{severity}">{esc(t(_SEVERITY_HEAD[severity], lang))} ({n})</h3>'
        )
        for group in groups:
            out.append(_group_div(group, severity, lang, f' id="finding-{esc(group.code)}"'))
    out.append("</section>")
    return "".join(out)


def _questions(data: ReportData) -> str:
    """What the plan does not state, apart from the findings: questions to confirm, never
    counted as findings (issue 16). Empty when there are none."""
    if not data.questions:
        return ""
    lang = data.lang
    # A break of the chain whose rule asks rather than finds links to its question.
    anchored = {g.code for g in data.finding_groups}
    groups = []
    for g in data.question_groups:
        anchor = "" if g.code in anchored else f' id="finding-{esc(g.code)}"'
        anchored.add(g.code)
        groups.append(_group_div(g, "question", lang, anchor))
    return (
        f'<section class="card" id="questions"><h2>{esc(t("questions", lang))} '
        f"({len(data.questions)})</h2>"
        f'<p class="intro">{esc(t("questions_intro", lang))}</p>' + "".join(groups) + "</section>"
    )


def _checklist(data: ReportData) -> str:
    lang = data.lang
    head = (
        f'<section class="card" id="checklist"><h2>{esc(t("checklist", lang))}</h2>'
        f'<p class="intro">{esc(t("checklist_intro", lang))}</p>'
    )
    if data.checklist is None:
        return f'{head}<p class="small">{esc(t("checklist_unavailable", lang))}</p></section>'
    rows = []
    for row in data.checklist:
        evidence = "<br>".join(esc(e) for e in row.evidence)
        provenance = (
            f'<div class="small">{esc(t("provenance", lang))}: {esc(row.provenance_label)}</div>'
            if row.provenance
            else ""
        )
        rows.append(
            f"<tr><td>{row.number}</td><td>{esc(row.question)}</td>"
            f'<td><span class="pill {esc(row.answer)}">{esc(row.answer_label)}</span></td>'
            f"<td>{evidence}{provenance}</td></tr>"
        )
    return (
        f"{head}<table><thead><tr><th>#</th><th>{esc(t('question', lang))}</th>"
        f"<th>{esc(t('answer', lang))}</th><th>{esc(t('evidence', lang))}</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></section>"
    )


def _tags(values: tuple[str, ...]) -> str:
    if not values:
        return '<span class="small">—</span>'
    return '<div class="tags">' + "".join(f"<span>{esc(v)}</span>" for v in values) + "</div>"


def _activities(data: ReportData) -> str:
    lang = data.lang
    head = f'<section class="card" id="activities"><h2>{esc(t("activities_heading", lang))}</h2>'
    if not data.activities:
        return f'{head}<p class="small">{esc(t("no_activities", lang))}</p></section>'
    rows = []
    for a in data.activities:
        programme = f'<div class="small">{esc(a.programme)}</div>' if a.programme else ""
        rows.append(
            f'<tr data-id="{esc(a.id)}"><td><b>{esc(a.title)}</b>{programme}</td>'
            f"<td>{_tags(a.prevention_levels)}</td><td>{_tags(a.ecological_levels)}</td>"
            f"<td>{esc(', '.join(a.responsible))}</td>"
            f'<td class="{"when" if len(a.timeline) <= 24 else "small"}">{esc(a.timeline)}</td></tr>'
        )
    return (
        f"{head}<table><thead><tr><th>{esc(t('activity', lang))}</th>"
        f"<th>{esc(t('levels', lang))}</th><th>{esc(t('eco_levels', lang))}</th>"
        f"<th>{esc(t('responsible', lang))}</th><th>{esc(t('timeline', lang))}</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></section>"
    )


def render_html(
    plan: ActionPlan,
    *,
    lang: Lang | None = None,
    report: Any = None,
    frameworks: Iterable[str] = (),
) -> str:
    """The whole report as a self-contained HTML document (UTF-8 text).

    ``report`` is a validation report made earlier (``preventionkit.validate``); when
    omitted, the plan is validated here in ``lang``. ``frameworks`` names packs to grade
    besides those the plan follows (issue 17: "against any pack on request").
    """
    data = collect(plan, lang=lang, report=report)
    lang = data.lang
    scene = chain_scene(plan, lang=lang, as_of=getattr(report, "as_of", None))
    toc = "".join(
        f'<a href="#{anchor}">{esc(t(key, lang))}</a>'
        for anchor, key in (
            ("first", "next_steps"),
            ("summary", "summary"),
            ("coverage", "coverage"),
            *(SECTIONS if data.content is not None else ()),
            ("chain", "chain"),
            ("findings", "findings"),
            *((("questions", "questions"),) if data.questions else ()),
            ("checklist", "checklist"),
            ("activities", "activities_heading"),
        )
    )
    assessed = followed_packs(plan, frameworks)
    packs = packs_html(assessed, lang) + ("\n" if assessed else "")
    # One entry per pack the plan follows, named by the pack's id.
    toc += "".join(f'<a href="#pack-{esc(a.pack_id)}">{esc(a.pack_id)}</a>' for a in assessed)
    content = content_html(data.content, lang) if data.content is not None else ""
    meta = " · ".join(p for p in (data.plan_id, data.period or "", data.owner or "") if p)
    return capped(
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="preventionkit {esc(data.version)}">\n'
        f"<title>{esc(data.title)} · {esc(t('report', lang))}</title>\n"
        f"<style>{CSS}</style>\n</head>\n<body>\n"
        f'<header class="masthead"><div class="page"><p class="kicker">{esc(t("report", lang))}</p>'
        f'<h1>{esc(data.title)}</h1><p class="meta">{esc(meta)}</p>{_badges(data)}</div></header>\n'
        f'<main class="page"><nav class="toc">{toc}</nav>\n'
        f"{_first(scene, data)}\n{_summary(data)}\n{_coverage(data)}\n{content}\n"
        f"{_chain(scene, data)}\n"
        f"{_findings(data)}\n{_questions(data)}\n"
        f"{_checklist(data)}\n{packs}{_activities(data)}\n"
        f"<footer>{esc(t('generated_by', lang, version=data.version))}</footer></main>\n"
        "</body>\n</html>\n",
        "HTML report",
    )
