"""What the plan says, shown rather than counted (issue 18): its goals and indicators with their
targets, values over time and breakdowns (001 p. 8), the follow-up cycle (001 p. 12, p. 15–16),
the violence areas it declares (001 p. 11), its contact persons and other posts (001 p. 14;
002 §1.5) and its readiness when violence is a fact (002 §1.11–1.12).

Gathered once, as rows of text in the reader's language, and written by both the HTML and the
Markdown report. Names are the plan's own as written; the English name only in an English
report and only where the plan gives one (one language per report).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..model import ActionPlan
from ..model.goals import Measure
from ..vocab import ActorKind, Answer, Lang
from ._i18n import t

__all__ = [
    "AreaRow",
    "BreakdownRow",
    "FollowUpRow",
    "GoalRow",
    "IndicatorRow",
    "PeriodRow",
    "PlanContent",
    "PostRow",
    "ReadinessRow",
    "measure_text",
    "period_text",
    "plan_content",
]


@dataclass(frozen=True)
class GoalRow:
    """A goal (001 p. 6, p. 8): its number in the report, what it says and how it is measured."""

    number: int
    id: str
    statement: str
    level: str
    target_date: str
    indicators: tuple[str, ...]
    contributes_to: tuple[int, ...]


@dataclass(frozen=True)
class BreakdownRow:
    """An indicator's value for one category of a dimension (an age band, an area)."""

    dimension: str
    category: str
    target: str
    actual: str


@dataclass(frozen=True)
class PeriodRow:
    """An indicator's target and measured value for one period (a year, a term)."""

    period: str
    target: str
    actual: str
    breakdown: tuple[BreakdownRow, ...]


@dataclass(frozen=True)
class IndicatorRow:
    """An indicator (001 p. 8) with its baseline, target and values over time."""

    id: str
    name: str
    source: str
    frequency: str
    level: str
    prevention_levels: tuple[str, ...]
    baseline: str
    target: str
    suggested: bool
    dimensions: tuple[str, ...]
    periods: tuple[PeriodRow, ...]
    goals: tuple[int, ...]


@dataclass(frozen=True)
class FollowUpRow:
    """One occasion of the follow-up cycle: where, how often, what and who prepares it."""

    forum: str
    by: str
    kind: str
    frequency: str
    scope: str


@dataclass(frozen=True)
class AreaRow:
    """A violence area: whether the plan declares it as its scope, and the activities that
    name it."""

    label: str
    declared: bool
    activities: tuple[str, ...]


@dataclass(frozen=True)
class PostRow:
    """A post (a function such as a contact person or coordinator; 002 §1.5, 001 p. 14)."""

    id: str
    name: str
    part_of: str
    holders: int | None
    vacant: bool
    vacant_since: str
    description: str


@dataclass(frozen=True)
class ReadinessRow:
    """Readiness when violence is a fact (002 §1.12) and organisational readiness (§1.11)."""

    reporting_routine: str
    """The answer's label: yes, no or not stated."""
    referral_routines: tuple[str, ...]
    support_contacts: tuple[str, ...]
    organisational: str
    assessed_on: str


@dataclass(frozen=True)
class PlanContent:
    """Everything of the plan the report shows as content, in a fixed order."""

    goals: tuple[GoalRow, ...]
    indicators: tuple[IndicatorRow, ...]
    follow_up: tuple[FollowUpRow, ...]
    areas: tuple[AreaRow, ...]
    posts: tuple[PostRow, ...]
    readiness: ReadinessRow | None


def _name(plan: ActionPlan, ref: str | None, lang: Lang) -> str:
    """A record's name as the plan writes it (its English name in English, if given)."""
    if ref is None:
        return ""
    record = plan.get(ref)
    if record is None:
        return ref
    if lang == "en":
        english = getattr(record, "name_en", None)
        if english:
            return str(english)
    return str(getattr(record, "name", None) or ref)


def _label(term: Any, lang: Lang) -> str:
    return str(term.label(lang)) if term is not None else ""


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def measure_text(measure: Measure | None, unit: str | None = None) -> str:
    """A measured or targeted value as written: ``12 percent (2019)``, or the source's words
    when it gives no number, or both; empty when there is none."""
    if measure is None:
        return ""
    parts = []
    if measure.value is not None:
        parts.append(" ".join(p for p in (_number(measure.value), measure.unit or unit) if p))
    if measure.date is not None:
        parts.append(f"({measure.date})")
    said = " ".join(parts)
    if measure.note:
        said = f"{said} – {measure.note}" if said else measure.note
    return said


def period_text(period: Any, label: str | None = None) -> str:
    """A period as the report writes it: its own label (``HT 2020``), else ``2019–2022``,
    ``2019``, ``…–2018``, or its note."""
    if label:
        return label
    if period is None:
        return ""
    start, end = period.start, period.end
    if start is None and end is None:
        return str(period.note or "")
    if start == end:
        return str(start)
    return f"{start or '…'}–{end or '…'}"


def _goals(plan: ActionPlan, lang: Lang) -> tuple[GoalRow, ...]:
    numbers = {g.id: i + 1 for i, g in enumerate(plan.goals)}
    return tuple(
        GoalRow(
            number=numbers[g.id],
            id=g.id,
            statement=g.statement,
            level=_label(g.level, lang),
            target_date=str(g.target_date) if g.target_date is not None else "",
            indicators=tuple(_name(plan, i, lang) for i in g.indicators),
            contributes_to=tuple(numbers[c] for c in g.contributes_to if c in numbers),
        )
        for g in plan.goals
    )


def _indicators(plan: ActionPlan, lang: Lang) -> tuple[IndicatorRow, ...]:
    numbers = {g.id: i + 1 for i, g in enumerate(plan.goals)}
    measured_by: dict[str, list[int]] = {}
    for g in plan.goals:
        for ref in g.indicators:
            measured_by.setdefault(ref, []).append(numbers[g.id])
    rows = []
    for ind in plan.indicators:
        periods = tuple(
            PeriodRow(
                period=period_text(p.period, p.label),
                target=measure_text(p.target, ind.unit),
                actual=measure_text(p.actual, ind.unit),
                breakdown=tuple(
                    BreakdownRow(
                        b.dimension,
                        b.category,
                        measure_text(b.target, ind.unit),
                        measure_text(b.actual, ind.unit),
                    )
                    for b in p.breakdown
                ),
            )
            for p in ind.periods
        )
        dimensions = tuple(ind.dimensions) + tuple(
            _label(d, lang) if hasattr(d, "label") else str(d) for d in ind.disaggregation
        )
        rows.append(
            IndicatorRow(
                id=ind.id,
                name=ind.name,
                source=ind.source or "",
                frequency=_label(ind.frequency, lang),
                level=_label(ind.level, lang),
                prevention_levels=tuple(p.label(lang) for p in ind.prevention_levels),
                baseline=measure_text(ind.baseline, ind.unit),
                target=measure_text(ind.target, ind.unit),
                suggested=ind.suggested,
                dimensions=tuple(dict.fromkeys(dimensions)),
                periods=periods,
                goals=tuple(measured_by.get(ind.id, ())),
            )
        )
    return tuple(rows)


def _follow_up(plan: ActionPlan, lang: Lang) -> tuple[FollowUpRow, ...]:
    return tuple(
        FollowUpRow(
            forum=_name(plan, f.forum, lang),
            by=_name(plan, f.by, lang),
            kind=_label(f.kind, lang),
            frequency=_label(f.frequency, lang),
            scope=f.scope,
        )
        for f in plan.follow_up
    )


def _areas(plan: ActionPlan, lang: Lang) -> tuple[AreaRow, ...]:
    """The declared areas in the plan's order, then those only activities name."""
    named: dict[str, list[str]] = {}
    terms: dict[str, Any] = {}
    for a in plan.activities:
        for area in a.violence_areas:
            terms.setdefault(str(area), area)
            named.setdefault(str(area), []).append(a.title)
    declared = [str(a) for a in plan.violence_areas]
    for area in plan.violence_areas:
        terms.setdefault(str(area), area)
    order = list(dict.fromkeys([*declared, *named]))
    return tuple(
        AreaRow(
            label=_label(terms[code], lang),
            declared=code in declared,
            activities=tuple(dict.fromkeys(named.get(code, ()))),
        )
        for code in order
    )


def _posts(plan: ActionPlan, lang: Lang) -> tuple[PostRow, ...]:
    return tuple(
        PostRow(
            id=a.id,
            name=_name(plan, a.id, lang),
            part_of=_name(plan, a.part_of, lang),
            holders=a.holders,
            vacant=a.vacant,
            vacant_since=str(a.vacant_since) if a.vacant_since is not None else "",
            description=a.description or "",
        )
        for a in plan.actors
        if a.kind is ActorKind.FUNCTION
    )


def _readiness(plan: ActionPlan, lang: Lang) -> ReadinessRow | None:
    r = plan.readiness
    if r is None:
        return None
    routine = r.mandatory_reporting_routine
    if routine is None:
        answer = t("not_stated", lang)
    else:
        answer = (Answer.YES if routine else Answer.NO).label(lang)
    return ReadinessRow(
        reporting_routine=answer,
        referral_routines=tuple(r.referral_routines),
        support_contacts=tuple(r.support_contacts),
        organisational=r.organisational_readiness or "",
        assessed_on=str(r.assessed_on) if r.assessed_on is not None else "",
    )


def plan_content(plan: ActionPlan, lang: Lang) -> PlanContent:
    """The plan's goals, indicators, follow-up, violence areas, posts and readiness as the
    report shows them, in ``lang``."""
    return PlanContent(
        goals=_goals(plan, lang),
        indicators=_indicators(plan, lang),
        follow_up=_follow_up(plan, lang),
        areas=_areas(plan, lang),
        posts=_posts(plan, lang),
        readiness=_readiness(plan, lang),
    )
