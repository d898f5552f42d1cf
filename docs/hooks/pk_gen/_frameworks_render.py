"""Render the frameworks data of ``preventionkit.frameworks`` as Markdown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["render"]

Cell = Callable[[object], str]


def _header(framework: Any) -> list[str]:
    return [
        f"*{framework.title_sv}* · id `{framework.id}` · version {framework.version} · "
        f"source: {framework.source}",
        "",
    ]


def _guide(guide: Any, cell: Cell) -> list[str]:
    out = [f"## {guide.title_en}", "", *_header(guide)]
    if getattr(guide, "publisher", None):
        out += [f"Published by {guide.publisher}.", ""]
    out += ["| step | *svenska* | English | what it is | in the seeds |", "|---|---|---|---|---|"]
    for step in guide.steps:
        seeds = "yes" if step.in_seeds else f"no ({cell(step.source)})"
        out.append(
            f"| {step.number} | *{cell(step.name_sv)}* | {cell(step.name_en)} "
            f"| {cell(step.description_en)} | {seeds} |"
        )
    out.append("")
    for key, checklist in sorted(guide.checklists.items()):
        out += [
            f"### Checklist `{key}`: {checklist.title_en}",
            "",
            f"*{checklist.title_sv}* ({checklist.source}). The Swedish questions are verbatim; "
            "the last column says what in a plan's data can answer each item when "
            f'`pk.frameworks.assess(plan, "{key}")` runs.',
            "",
            "| item | *fråga* | question | sections | answered from |",
            "|---|---|---|---|---|",
        ]
        for item in checklist.items:
            out.append(
                f"| {key}.{item.number} | *{cell(item.question_sv)}* | {cell(item.question_en)} "
                f"| {cell(item.sections)} | {cell(item.data)} |"
            )
        out.append("")
    vision = guide.vision_criteria
    out += [
        "### A shared vision",
        "",
        f"{vision.lead_en} (*{vision.lead_sv}*, {vision.source})",
        "",
    ]
    out += [f"{c.number}. {c.text_en} (*{c.text_sv}*)" for c in vision.criteria]
    return [*out, ""]


def _strategy(strategy: Any, cell: Cell) -> list[str]:
    out = [f"## {strategy.title_en}", "", *_header(strategy)]
    out += [
        f"{strategy.reference}, {strategy.period}. Activities carry the goals they serve as "
        "`national_goals:` tags.",
        "",
        "| goal | tag | *svenska* | English |",
        "|---|---|---|---|",
    ]
    for goal in strategy.goals:
        out.append(
            f"| {goal.number} | `{goal.goal.value}` | *{cell(goal.text_sv)}* | {cell(goal.text_en)} |"
        )
    return [*out, ""]


def _factors(factors: Any, cell: Cell) -> list[str]:
    out = [f"## {factors.title_en}", "", *_header(factors)]
    for title, group in (
        ("Success factors", factors.success_factors),
        ("Development areas", factors.development_areas),
    ):
        if not group:
            continue
        out += [f"### {title}", ""]
        for factor in group:
            share = f" ({factor.share_percent} %)" if factor.share_percent is not None else ""
            out.append(f"{factor.number}. **{factor.name_en}**{share} (*{factor.name_sv}*)")
            out += [f"    - *{cell(point)}*" for point in factor.points_sv]
        out.append("")
    return out


def render(module: Any, cell: Cell) -> list[str]:
    """Markdown lines for every framework ``module`` offers, in a fixed order."""
    out: list[str] = []
    if hasattr(module, "guide"):
        out += _guide(module.guide(), cell)
    if hasattr(module, "national_strategy"):
        out += _strategy(module.national_strategy(), cell)
    for name in ("skl_success_factors", "county_boards_2018"):
        if hasattr(module, name):
            out += _factors(getattr(module, name)(), cell)
    return out
