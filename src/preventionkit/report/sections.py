"""The report's sections on what the plan says: goals and indicators, the follow-up cycle,
violence areas, contact persons and posts, and readiness (issue 18: shown, not counted). The
rows come once from :func:`preventionkit.report._content.plan_content`; this module only writes
them, as HTML and as Markdown."""

from __future__ import annotations

from ..escape import markdown as md
from ..vocab import Lang
from ._content import GoalRow, IndicatorRow, PlanContent, PostRow
from ._i18n import t
from ._svg import esc

__all__ = ["SECTIONS", "content_html", "content_markdown"]

SECTIONS: tuple[tuple[str, str], ...] = (
    ("goals", "goals_heading"),
    ("follow-up", "follow_up_heading"),
    ("areas", "areas_heading"),
    ("posts", "posts_heading"),
    ("readiness", "readiness_heading"),
)
"""The sections' anchors and heading keys, in report order (for the table of contents)."""


def _numbers(numbers: tuple[int, ...]) -> str:
    return ", ".join(str(n) for n in numbers)


def _holders(post: PostRow, lang: Lang) -> str:
    if post.vacant:
        if post.vacant_since:
            return t("vacant_since", lang, date=post.vacant_since)
        return t("vacant", lang)
    if post.holders is None:
        return t("not_stated", lang)
    if post.holders == 1:
        return t("holders_one", lang)
    return t("holders_n", lang, n=post.holders)


def _indicator_facts(ind: IndicatorRow, lang: Lang) -> list[tuple[str, str]]:
    """The indicator's facts the plan states, as (label, value) pairs, in a fixed order."""
    facts = [
        ("data_source", ind.source),
        ("frequency", ind.frequency),
        ("result_level", ind.level),
        ("levels", ", ".join(ind.prevention_levels)),
        ("broken_down_by", ", ".join(ind.dimensions)),
        ("baseline", ind.baseline),
        ("target", ind.target),
    ]
    return [(t(k, lang), v) for k, v in facts if v]


# --- HTML ------------------------------------------------------------------------------------


def _goal_html(goal: GoalRow, lang: Lang) -> str:
    notes = []
    if goal.level:
        notes.append(esc(goal.level))
    if goal.target_date:
        notes.append(esc(t("target_date", lang, date=goal.target_date)))
    if goal.contributes_to:
        notes.append(esc(t("serves", lang, goals=_numbers(goal.contributes_to))))
    measured = ""
    if goal.indicators:
        measured = (
            f'<div class="small">{esc(t("measures", lang))}: '
            f"{esc(', '.join(goal.indicators))}</div>"
        )
    note = f'<div class="small">{" · ".join(notes)}</div>' if notes else ""
    return f'<li value="{goal.number}" data-id="{esc(goal.id)}">{esc(goal.statement)}{note}{measured}</li>'


def _periods_html(ind: IndicatorRow, lang: Lang) -> str:
    if not ind.periods:
        return ""
    rows = []
    for p in ind.periods:
        rows.append(
            f"<tr><td>{esc(p.period)}</td><td>{esc(p.target)}</td><td>{esc(p.actual)}</td></tr>"
        )
        for b in p.breakdown:
            rows.append(
                f'<tr class="breakdown"><td>{esc(b.dimension)}: {esc(b.category)}</td>'
                f"<td>{esc(b.target)}</td><td>{esc(b.actual)}</td></tr>"
            )
    return (
        f'<table class="periods"><thead><tr><th>{esc(t("indicator_period", lang))}</th>'
        f"<th>{esc(t('target', lang))}</th><th>{esc(t('actual', lang))}</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _indicator_html(ind: IndicatorRow, lang: Lang) -> str:
    facts = "".join(
        f"<span><b>{esc(label)}:</b> {esc(value)}</span>"
        for label, value in _indicator_facts(ind, lang)
    )
    tags = []
    if ind.goals:
        tags.append(esc(t("for_goals", lang, goals=_numbers(ind.goals))))
    if ind.suggested:
        tags.append(esc(t("suggested", lang)))
    tag = f' <span class="small">({"; ".join(tags)})</span>' if tags else ""
    return (
        f'<div class="indicator" data-id="{esc(ind.id)}"><div><b>{esc(ind.name)}</b>{tag}</div>'
        f'<div class="facts-line">{facts}</div>{_periods_html(ind, lang)}</div>'
    )


def _goals_html(content: PlanContent, lang: Lang) -> str:
    goals = (
        f'<ol class="goals">{"".join(_goal_html(g, lang) for g in content.goals)}</ol>'
        if content.goals
        else f'<p class="small">{esc(t("no_goals", lang))}</p>'
    )
    indicators = (
        "".join(_indicator_html(i, lang) for i in content.indicators)
        if content.indicators
        else f'<p class="small">{esc(t("no_indicators", lang))}</p>'
    )
    return (
        f'<section class="card" id="goals"><h2>{esc(t("goals_heading", lang))}</h2>'
        f'<p class="intro">{esc(t("goals_intro", lang))}</p>'
        f'<div class="cols"><div><h3>{esc(t("goals", lang))}</h3>{goals}</div>'
        f"<div><h3>{esc(t('indicators', lang))}</h3>{indicators}</div></div></section>"
    )


def _follow_up_html(content: PlanContent, lang: Lang) -> str:
    head = (
        f'<section class="card" id="follow-up"><h2>{esc(t("follow_up_heading", lang))}</h2>'
        f'<p class="intro">{esc(t("follow_up_intro", lang))}</p>'
    )
    if not content.follow_up:
        return f'{head}<p class="small">{esc(t("no_follow_up", lang))}</p></section>'
    rows = []
    for f in content.follow_up:
        by = f'<div class="small">{esc(t("prepared_by", lang, name=f.by))}</div>' if f.by else ""
        rows.append(
            f"<tr><td>{esc(f.forum)}{by}</td><td>{esc(f.frequency)}</td><td>{esc(f.kind)}</td>"
            f"<td>{esc(f.scope)}</td></tr>"
        )
    return (
        f"{head}<table><thead><tr><th>{esc(t('forum', lang))}</th>"
        f"<th>{esc(t('frequency', lang))}</th><th>{esc(t('kind', lang))}</th>"
        f"<th>{esc(t('scope', lang))}</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        "</section>"
    )


def _areas_html(content: PlanContent, lang: Lang) -> str:
    head = (
        f'<section class="card half" id="areas"><h2>{esc(t("areas_heading", lang))}</h2>'
        f'<p class="intro">{esc(t("areas_intro", lang))}</p>'
    )
    if not content.areas:
        return f'{head}<p class="small">{esc(t("no_areas", lang))}</p></section>'
    items = []
    declares = any(a.declared for a in content.areas)
    if not declares:  # said once, not under every area
        head += f'<p class="small">{esc(t("undeclared_all", lang))}</p>'
    for a in content.areas:
        named = ", ".join(a.activities) if a.activities else t("no_activity_names", lang)
        mark, note = "", ""
        if declares and not a.declared:
            mark = ' class="undeclared"'
            note = f' <span class="small">({esc(t("undeclared", lang))})</span>'
        items.append(
            f'<li{mark}><b>{esc(a.label)}</b>{note}<div class="small">{esc(named)}</div></li>'
        )
    return f'{head}<ul class="areas">{"".join(items)}</ul></section>'


def _posts_html(content: PlanContent, lang: Lang) -> str:
    head = (
        f'<section class="card half" id="posts"><h2>{esc(t("posts_heading", lang))}</h2>'
        f'<p class="intro">{esc(t("posts_intro", lang))}</p>'
    )
    if not content.posts:
        return f'{head}<p class="small">{esc(t("no_posts", lang))}</p></section>'
    rows = []
    for p in content.posts:
        part = (
            f'<div class="small">{esc(t("part_of", lang))}: {esc(p.part_of)}</div>'
            if p.part_of
            else ""
        )
        fragile = ' class="fragile"' if p.vacant or p.holders == 1 else ""
        rows.append(
            f'<tr data-id="{esc(p.id)}"><td><b>{esc(p.name)}</b>{part}</td>'
            f"<td{fragile}>{esc(_holders(p, lang))}</td></tr>"
        )
    return (
        f"{head}<table><thead><tr><th>{esc(t('post', lang))}</th>"
        f"<th>{esc(t('holders', lang))}</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        "</section>"
    )


def _readiness_html(content: PlanContent, lang: Lang) -> str:
    head = (
        f'<section class="card half" id="readiness"><h2>{esc(t("readiness_heading", lang))}</h2>'
        f'<p class="intro">{esc(t("readiness_intro", lang))}</p>'
    )
    r = content.readiness
    if r is None:
        return f'{head}<p class="small">{esc(t("no_readiness", lang))}</p></section>'
    parts = [f"<dt>{esc(t('reporting_routine', lang))}</dt><dd>{esc(r.reporting_routine)}</dd>"]
    for key, values in (
        ("referral_routines", r.referral_routines),
        ("support_contacts", r.support_contacts),
    ):
        listed = (
            "<ul>" + "".join(f"<li>{esc(v)}</li>" for v in values) + "</ul>"
            if values
            else esc(t("not_stated", lang))
        )
        parts.append(f"<dt>{esc(t(key, lang))}</dt><dd>{listed}</dd>")
    if r.organisational or r.assessed_on:
        when = f" ({esc(t('assessed_on', lang, date=r.assessed_on))})" if r.assessed_on else ""
        parts.append(
            f"<dt>{esc(t('organisational_readiness', lang))}</dt>"
            f"<dd>{esc(r.organisational)}{when}</dd>"
        )
    return f'{head}<dl class="readiness">{"".join(parts)}</dl></section>'


def content_html(content: PlanContent, lang: Lang) -> str:
    """The sections as HTML, in :data:`SECTIONS` order (areas, posts and readiness side by
    side where there is room)."""
    return (
        _goals_html(content, lang)
        + "\n"
        + _follow_up_html(content, lang)
        + '\n<div class="halves">'
        + _areas_html(content, lang)
        + _posts_html(content, lang)
        + _readiness_html(content, lang)
        + "</div>"
    )


# --- Markdown --------------------------------------------------------------------------------


def _cell(value: str) -> str:
    return md(value).replace("\n", " ") if value else ""


def _indicator_md(ind: IndicatorRow, lang: Lang) -> list[str]:
    tags = []
    if ind.goals:
        tags.append(t("for_goals", lang, goals=_numbers(ind.goals)))
    if ind.suggested:
        tags.append(t("suggested", lang))
    tag = f" ({md('; '.join(tags))})" if tags else ""
    lines = [f"- **{md(ind.name)}**{tag}"]
    lines += [f"  - {md(label)}: {md(value)}" for label, value in _indicator_facts(ind, lang)]
    if ind.periods:
        lines += [
            "",
            f"  | {t('indicator_period', lang)} | {t('target', lang)} | {t('actual', lang)} |",
            "  |---|---|---|",
        ]
        for p in ind.periods:
            lines.append(f"  | {_cell(p.period)} | {_cell(p.target)} | {_cell(p.actual)} |")
            for b in p.breakdown:
                lines.append(
                    f"  | {_cell(b.dimension)}: {_cell(b.category)} | {_cell(b.target)} | "
                    f"{_cell(b.actual)} |"
                )
        lines.append("")
    return lines


def content_markdown(content: PlanContent, lang: Lang) -> list[str]:
    """The sections as Markdown lines, in :data:`SECTIONS` order."""
    lines = [f"## {t('goals_heading', lang)}", "", f"### {t('goals', lang)}", ""]
    if not content.goals:
        lines.append(t("no_goals", lang))
    for g in content.goals:
        notes = [g.level] if g.level else []
        if g.target_date:
            notes.append(t("target_date", lang, date=g.target_date))
        if g.contributes_to:
            notes.append(t("serves", lang, goals=_numbers(g.contributes_to)))
        note = f" ({md(' · '.join(notes))})" if notes else ""
        lines.append(f"{g.number}. {md(g.statement)}{note}")
        if g.indicators:
            lines.append(f"   - {t('measures', lang)}: {md(', '.join(g.indicators))}")
    lines += ["", f"### {t('indicators', lang)}", ""]
    if not content.indicators:
        lines.append(t("no_indicators", lang))
    for ind in content.indicators:
        lines += _indicator_md(ind, lang)
    lines += ["", f"## {t('follow_up_heading', lang)}", ""]
    if content.follow_up:
        lines += [
            f"| {t('forum', lang)} | {t('frequency', lang)} | {t('kind', lang)} | "
            f"{t('scope', lang)} |",
            "|---|---|---|---|",
        ]
        for f in content.follow_up:
            by = f" ({_cell(t('prepared_by', lang, name=f.by))})" if f.by else ""
            lines.append(
                f"| {_cell(f.forum)}{by} | {_cell(f.frequency)} | {_cell(f.kind)} | "
                f"{_cell(f.scope)} |"
            )
    else:
        lines.append(t("no_follow_up", lang))
    lines += ["", f"## {t('areas_heading', lang)}", ""]
    if not content.areas:
        lines.append(t("no_areas", lang))
    declares = any(a.declared for a in content.areas)
    if content.areas and not declares:
        lines += [t("undeclared_all", lang), ""]
    for a in content.areas:
        named = ", ".join(a.activities) if a.activities else t("no_activity_names", lang)
        note = "" if a.declared or not declares else f" ({md(t('undeclared', lang))})"
        lines.append(f"- **{md(a.label)}**{note}: {md(named)}")
    lines += ["", f"## {t('posts_heading', lang)}", ""]
    if content.posts:
        lines += [f"| {t('post', lang)} | {t('part_of', lang)} | {t('holders', lang)} |"]
        lines.append("|---|---|---|")
        for p in content.posts:
            lines.append(f"| {_cell(p.name)} | {_cell(p.part_of)} | {_cell(_holders(p, lang))} |")
    else:
        lines.append(t("no_posts", lang))
    lines += ["", f"## {t('readiness_heading', lang)}", ""]
    r = content.readiness
    if r is None:
        lines.append(t("no_readiness", lang))
    else:
        lines.append(f"- **{t('reporting_routine', lang)}:** {md(r.reporting_routine)}")
        for key, values in (
            ("referral_routines", r.referral_routines),
            ("support_contacts", r.support_contacts),
        ):
            if values:
                lines.append(f"- **{t(key, lang)}:**")
                lines += [f"  - {md(v)}" for v in values]
            else:
                lines.append(f"- **{t(key, lang)}:** {t('not_stated', lang)}")
        if r.organisational or r.assessed_on:
            when = f" ({t('assessed_on', lang, date=r.assessed_on)})" if r.assessed_on else ""
            lines.append(
                f"- **{t('organisational_readiness', lang)}:** {md(r.organisational)}{md(when)}"
            )
    return [*lines, ""]
