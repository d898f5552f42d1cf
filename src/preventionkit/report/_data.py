"""What a report shows, gathered once from a plan, then written as HTML or Markdown.

The pieces come from the rest of the library: the findings from ``preventionkit.validate``
(design "Rule codes"), the coverage matrix from ``preventionkit.coverage`` (000 Förord;
001 p. 8–9), single points of failure from ``preventionkit.graph`` (002 §1.5) and the step 1
checklist from ``preventionkit.frameworks`` (002 §1.13).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .._version import __version__
from ..messages import check_lang, cite, default_lang
from ..model import ActionPlan, ProgrammeRecord
from ..vocab import EcologicalLevel, Lang, PreventionLevel, Term
from ._content import PlanContent, period_text, plan_content
from ._i18n import t

__all__ = [
    "ActivityRow",
    "ChecklistRow",
    "FindingGroupRow",
    "FindingRow",
    "ReportData",
    "checklist_rows",
    "collect",
]

SEVERITIES: tuple[str, ...] = ("error", "warning", "info")


@dataclass(frozen=True)
class FindingRow:
    """One finding as the report shows it."""

    code: str
    name: str
    severity: str
    message: str
    path: str
    line: int | None
    column: int | None
    hint: str | None
    source: str | None
    cell: str | None = None
    """The workbook cell (``Aktiviteter!D14``) when the plan was read from a spreadsheet."""
    link: str | None = None
    """A link to that cell (``plan.xlsx#'Aktiviteter'!D14``), as spreadsheet programs open."""


@dataclass(frozen=True)
class FindingGroupRow:
    """The findings of one rule (one code and severity), in report order: one entry with the
    list of places, as the terminal's grouped style shows them
    (:func:`preventionkit.rules.formats.text.group_findings`)."""

    code: str
    severity: str
    rows: tuple[FindingRow, ...]
    summary: str | None
    """What the rule checks, in a line: the heading when the rule fires in several places."""

    @property
    def first(self) -> FindingRow:
        """The first place."""
        return self.rows[0]

    @property
    def heading(self) -> str:
        """The entry's heading: the finding itself, or the rule's summary for several."""
        if len(self.rows) > 1 and self.summary:
            return self.summary
        return self.first.message

    @property
    def hint(self) -> str | None:
        """The hint, when every place has the same one (else each place keeps its own)."""
        hints = {r.hint for r in self.rows}
        return self.first.hint if len(hints) == 1 else None

    @property
    def source(self) -> str | None:
        """The source, when every place cites the same one."""
        sources = {r.source for r in self.rows}
        return self.first.source if len(sources) == 1 else None


@dataclass(frozen=True)
class ChecklistRow:
    """One item of the step 1 checklist (002 §1.13) and how the plan answers it."""

    number: int
    question: str
    answer: str
    answer_label: str
    provenance: str
    provenance_label: str
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class ActivityRow:
    """One activity of the activity plan (001 p. 15–18)."""

    id: str
    title: str
    prevention_levels: tuple[str, ...]
    ecological_levels: tuple[str, ...]
    responsible: tuple[str, ...]
    timeline: str
    programme: str


@dataclass(frozen=True)
class ReportData:
    """Everything the report shows, in the reader's language, in a fixed order."""

    lang: Lang
    version: str
    plan_id: str
    title: str
    period: str | None
    owner: str | None
    adopted_by: str | None
    status: str | None
    vision: str | None
    mandate_holders: tuple[str, ...]
    mandate_holder_ids: tuple[str, ...]
    sizes: tuple[tuple[str, int], ...]
    counts: dict[tuple[PreventionLevel, EcologicalLevel], int]
    findings: tuple[FindingRow, ...]
    severity_counts: dict[str, int]
    checklist: tuple[ChecklistRow, ...] | None
    activities: tuple[ActivityRow, ...]
    single_points_of_failure: tuple[str, ...] = field(default=())
    questions: tuple[FindingRow, ...] = field(default=())
    """Findings resting on facts the plan does not state: questions to confirm, shown apart
    and never counted (issue 16)."""
    content: PlanContent | None = None
    """Goals, indicators, follow-up, violence areas, posts and readiness, shown as content."""
    finding_groups: tuple[FindingGroupRow, ...] = field(default=())
    """The findings grouped by rule, most serious first: what both reports list."""
    question_groups: tuple[FindingGroupRow, ...] = field(default=())
    """The questions to confirm, grouped by rule."""

    @property
    def errors(self) -> int:
        """How many findings are errors."""
        return self.severity_counts.get("error", 0)

    @property
    def covered_cells(self) -> int:
        """How many of the twelve coverage cells hold at least one activity."""
        return sum(1 for n in self.counts.values() if n > 0)


def _name(plan: ActionPlan, ref: str | None, lang: Lang) -> str | None:
    if ref is None:
        return None
    record = plan.get(ref)
    if record is None:
        return ref
    if lang == "en":
        english = getattr(record, "name_en", None)
        if english:
            return str(english)
    name = getattr(record, "name", None)
    return str(name) if name else ref


def _text(value: Any) -> str:
    if isinstance(value, Term):
        return value.value
    return str(getattr(value, "value", value))


def _cell_link(report: Any, cell: str | None) -> str | None:
    """``plan.xlsx#'Sheet'!D14``: the form of a link to a cell Excel and LibreOffice follow."""
    file = getattr(report, "file", None)
    if cell is None or not file:
        return None
    from pathlib import PurePath
    from urllib.parse import quote

    sheet, _, ref = cell.rpartition("!")
    if sheet and not sheet.startswith("'"):
        sheet = f"'{sheet}'"
    target = f"{sheet}!{ref}" if sheet else ref
    return quote(PurePath(file).name) + "#" + quote(target, safe="'!$")


def _finding_rows(report: Any, *, questions: bool = False) -> tuple[FindingRow, ...]:
    """The report's findings as rows, or with ``questions`` its questions to confirm."""
    rows = [
        FindingRow(
            code=str(f.code),
            name=str(getattr(f, "name", "") or ""),
            severity=_text(f.severity),
            message=f.text(),
            path=str(getattr(f, "path", "") or ""),
            line=getattr(f, "line", None),
            column=getattr(f, "column", None),
            hint=f.hint_text(),
            source=cite(f.source, report.lang) if f.source else None,
            cell=getattr(f, "cell", None),
            link=_cell_link(report, getattr(f, "cell", None)),
        )
        for f in (getattr(report, "questions", ()) if questions else report.findings)
    ]
    order = {s: i for i, s in enumerate(SEVERITIES)}
    rows.sort(key=lambda r: (order.get(r.severity, 9), r.code, r.line or 0, r.path))
    return tuple(rows)


def _rule_summary(code: str, lang: Lang) -> str | None:
    from ..rules import get_rule

    try:
        return get_rule(code).summary(lang)
    except (KeyError, ValueError):
        return None


def group_rows(rows: tuple[FindingRow, ...], lang: Lang) -> tuple[FindingGroupRow, ...]:
    """``rows`` grouped by rule (code and severity), each group where its first row stands."""
    groups: dict[tuple[str, str], list[FindingRow]] = {}
    for row in rows:
        groups.setdefault((row.code, row.severity), []).append(row)
    return tuple(
        FindingGroupRow(code, severity, tuple(found), _rule_summary(code, lang))
        for (code, severity), found in groups.items()
    )


def coverage_counts(plan: ActionPlan) -> dict[tuple[PreventionLevel, EcologicalLevel], int]:
    """How many activities sit in each cell of the prevention × ecological matrix."""
    from ..rules import coverage

    cov = coverage(plan)
    return {
        (p, e): len(tuple(cov.cells.get((p, e), ())))
        for p in PreventionLevel
        for e in EcologicalLevel
    }


def checklist_rows(
    plan: ActionPlan, lang: Lang, framework: str = "step1"
) -> tuple[ChecklistRow, ...]:
    """The plan's answers to a framework's checklist (default: step 1, 002 §1.13)."""
    from ..frameworks import assess

    rows: list[ChecklistRow] = []
    for item in assess(plan, framework, lang=lang):
        evidence = [item.evidence_text()] if item.evidence is not None else []
        note = item.note_text()
        if note:
            evidence.append(note)
        rows.append(
            ChecklistRow(
                number=item.item,
                question=item.question(lang),
                answer=item.answer.value,
                answer_label=item.answer.label(lang),
                provenance=item.provenance,
                provenance_label=_provenance(item.provenance, lang),
                evidence=tuple(evidence),
            )
        )
    return tuple(rows)


def _provenance(code: str, lang: Lang) -> str:
    return t(f"provenance_{code}", lang)


def _checklist_or_none(plan: ActionPlan, lang: Lang) -> tuple[ChecklistRow, ...] | None:
    """The step 1 checklist, or None where this installation has no frameworks data."""
    try:
        return checklist_rows(plan, lang)
    except ImportError:
        return None


def _activity_rows(plan: ActionPlan, lang: Lang) -> tuple[ActivityRow, ...]:
    rows = []
    for activity in plan.activities:
        timeline = period_text(activity.timeline)
        programme = ""
        own = plan.get(activity.programme) if activity.programme else None
        if isinstance(own, ProgrammeRecord):  # described in the plan itself (issue 14)
            programme = (own.name_en or own.name) if lang == "en" else own.name
        elif activity.programme:
            try:
                from ..catalogue import get

                entry = get(activity.programme)
                programme = entry.label(lang)
            except KeyError:
                programme = activity.programme
        rows.append(
            ActivityRow(
                id=activity.id,
                title=activity.title,
                prevention_levels=tuple(p.label(lang) for p in activity.prevention_levels),
                ecological_levels=tuple(e.label(lang) for e in activity.ecological_levels),
                responsible=tuple(_name(plan, r, lang) or r for r in activity.responsible),
                timeline=timeline,
                programme=programme,
            )
        )
    return tuple(rows)


def _single_points(plan: ActionPlan) -> tuple[str, ...]:
    """Actors and bodies whose loss cuts work off from the mandate holders (002 §1.5).

    Bridges are single *links*, not nodes, so they are left to the findings."""
    from ..graph import single_points_of_failure

    found = single_points_of_failure(plan)
    return tuple(sorted({s.node for s in found if s.reason != "bridge"}))


def _mandate_holders(plan: ActionPlan) -> tuple[str, ...]:
    from ..graph import mandate_holders

    return tuple(mandate_holders(plan))


def collect(plan: ActionPlan, *, lang: Lang | None = None, report: Any = None) -> ReportData:
    """Gather what the report shows; ``report`` is a validation report made earlier, if any.
    ``lang`` defaults to the library's language (:func:`preventionkit.messages.default_lang`)."""
    lang = check_lang(lang) if lang is not None else default_lang()
    from ..rules import validate

    if report is None:
        report = validate(plan, lang=lang)
    findings = _finding_rows(report)
    questions = _finding_rows(report, questions=True)
    severity_counts = {s: sum(1 for f in findings if f.severity == s) for s in SEVERITIES}
    period = period_text(plan.period) or None
    adopted = None
    if plan.adopted_by is not None:
        decision = plan.get(plan.adopted_by)
        parts = [
            _name(plan, getattr(decision, "by", None), lang) or "",
            str(getattr(decision, "reference", "") or ""),
            str(getattr(decision, "date", "") or ""),
        ]
        adopted = ", ".join(p for p in parts if p) or plan.adopted_by
    holder_ids = _mandate_holders(plan)
    holders = tuple(_name(plan, h, lang) or h for h in holder_ids)
    sizes = (
        ("actors", len(plan.actors)),
        ("bodies", len(plan.bodies)),
        ("decisions", len(plan.decisions)),
        ("activities", len(plan.activities)),
        ("goals", len(plan.goals)),
        ("indicators", len(plan.indicators)),
    )
    title = (plan.title_en or plan.title) if lang == "en" else plan.title
    return ReportData(
        lang=lang,
        version=__version__,
        plan_id=plan.id,
        title=title,
        period=period,
        owner=_name(plan, plan.owner, lang),
        adopted_by=adopted,
        status=t(f"status_{plan.status}", lang) if plan.status else None,
        vision=plan.vision.statement if plan.vision is not None else None,
        mandate_holders=holders,
        mandate_holder_ids=holder_ids,
        sizes=sizes,
        counts=coverage_counts(plan),
        findings=findings,
        severity_counts=severity_counts,
        checklist=_checklist_or_none(plan, lang),
        activities=_activity_rows(plan, lang),
        single_points_of_failure=_single_points(plan),
        questions=questions,
        content=plan_content(plan, lang),
        finding_groups=group_rows(findings, lang),
        question_groups=group_rows(questions, lang),
    )
