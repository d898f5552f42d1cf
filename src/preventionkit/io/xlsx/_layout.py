"""Which sheet holds which record kind, and which column which field (issue 19).

One sheet per list of records in the plan (actors, bodies, activities …), one column per field,
nested records flattened into dotted columns (``timeline.start``, a declared term's
``labels.sv``). The plan's own fields and its readiness are one record each, so their sheets
list fields down column A and values in column B. Body memberships with details have their own
sheet, one row per membership.

The layout is data, so the writer, the reader, the drop-downs, the CSV of activities and the
workbook reference in the docs all read the same table; ``tests/xlsx/test_xlsx_coverage.py``
walks every model reachable from ``ActionPlan`` and checks that every field has a column.

Records inside other records (memberships, indicator periods and their breakdowns, needs
factors) have sheets of their own: ``Sheet.at`` says where their rows go in the plan and
``Sheet.keys`` which columns name the record a row belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ...vocab import (
    ActivityStatus,
    ActorKind,
    AmbitionLevel,
    Answer,
    Arena,
    BodyRole,
    DecisionKind,
    DecisionStage,
    EcologicalLevel,
    EvaluationKind,
    FactorKind,
    FollowUpKind,
    Frequency,
    FundingSource,
    MemberPosition,
    NationalGoal,
    PlanRelation,
    PreventionLevel,
    ProgrammeKind,
    ResponsibilityMode,
    ResultLevel,
    Sector,
    TargetGroup,
    Term,
    Tier,
    ViolenceArea,
)
from ...vocab.extra import OPEN_VOCABULARIES

__all__ = ["SHEETS", "Column", "Kind", "Sheet", "Target", "sheet"]

Kind = Literal[
    "text", "id", "ref", "refs", "texts", "term", "terms", "choice", "date", "int", "float",
    "bool", "optbool", "version", "period", "labels",
]  # fmt: skip
"""How a column's cells are read and written. ``period`` names an indicator period by its
label, or by its number among the indicator's periods where it has no label of its own;
``labels`` holds a term's labels in languages other than sv, en and nb, one ``lang: label``
per line."""

Target = Literal["party", "decision", "indicator", "programme", "pack", "any"]
"""Which ids a reference column's drop-down offers: actors and bodies, decisions, indicators,
the programmes of the catalogue and of the plan, or the installed framework packs."""

LIST_KINDS: frozenset[Kind] = frozenset({"refs", "texts", "terms"})
"""Columns whose cell holds a list, separated by ``;`` or line breaks."""


@dataclass(frozen=True, slots=True)
class Column:
    """One column: the field path inside the record, how it is read, and what it offers."""

    field: str
    kind: Kind = "text"
    vocab: type[Term] | None = None
    choices: tuple[str, ...] = ()
    target: Target = "party"
    parts: tuple[str, ...] = ()
    """The field path as parts: ``"timeline.start"`` → ``("timeline", "start")``."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "parts", tuple(self.field.split(".")))

    @property
    def is_list(self) -> bool:
        """Whether a cell of this column holds several values."""
        return self.kind in LIST_KINDS


@dataclass(frozen=True, slots=True)
class Sheet:
    """One sheet: the plan field it holds (``"activities"``), its columns, and its shape."""

    key: str
    columns: tuple[Column, ...]
    single: bool = False
    """One record, fields down column A and values in column B (the plan, its readiness)."""
    at: str = ""
    """Where the sheet's records are in a plan, as a field path with ``[]`` for "each item":
    ``"actors[]"``, ``"indicators[].periods[]"``; empty for the plan itself. The sheet's
    column ``timeline.start`` holds the plan's ``activities[].timeline.start``."""
    keys: tuple[str, ...] = ()
    """The columns that name the record a row belongs to rather than a field of the row's own
    record (a membership's body, a period's indicator); every other column is a field."""

    def __post_init__(self) -> None:
        if not self.at:
            default = "" if self.key == "plan" else self.key if self.single else f"{self.key}[]"
            object.__setattr__(self, "at", default)

    def column(self, field: str) -> Column:
        """The column of ``field``."""
        return next(c for c in self.columns if c.field == field)


def _c(field: str, kind: Kind = "text", vocab: type[Term] | None = None, **kw: object) -> Column:
    return Column(field, kind, vocab, **kw)  # type: ignore[arg-type]


_STATUS = ("draft", "adopted", "revised", "archived")
_PROFILES = ("municipal", "local-unit", "regional", "international")

SHEETS: tuple[Sheet, ...] = (
    Sheet(
        "plan",
        (
            _c("preventionkit", "version"),
            _c("id", "id"),
            _c("title"),
            _c("title_en"),
            _c("description"),
            _c("profile", "choice", choices=_PROFILES),
            _c("status", "choice", choices=_STATUS),
            _c("version"),
            _c("document_date", "date"),
            _c("revised", "date"),
            _c("period.start", "date"),
            _c("period.end", "date"),
            _c("period.note"),
            _c("owner", "ref"),
            _c("adopted_by", "ref", target="decision"),
            _c("vision.statement"),
            _c("vision.decision", "ref", target="decision"),
            _c("vision.aligned_with", "texts"),
            _c("vision.cites"),
            _c("applies_to", "refs", target="any"),
            _c("partners", "refs", target="any"),
            _c("incomplete", "texts"),
            _c("follows", "refs", target="pack"),
            _c("violence_areas", "terms", ViolenceArea),
            _c("employer.support_for_exposed_staff", "optbool"),
            _c("employer.routine_for_staff_who_use_violence", "optbool"),
            _c("employer.by", "ref"),
            _c("employer.activities", "refs", target="any"),
            _c("employer.description"),
            _c("employer.cites"),
            _c("needs.summary"),
            _c("needs.date", "date"),
            _c("needs.by", "ref"),
            _c("needs.priority_groups", "texts"),
            _c("needs.places", "texts"),
            _c("needs.times", "texts"),
            _c("needs.data_sources", "texts"),
            _c("needs.cites"),
            _c("cites"),
            _c("$schema"),
        ),
        single=True,
    ),
    Sheet(
        "actors",
        (
            _c("id", "id"),
            _c("name"),
            _c("name_en"),
            _c("kind", "term", ActorKind),
            _c("tier", "term", Tier),
            _c("sector", "term", Sector),
            _c("part_of", "ref"),
            _c("also_part_of", "refs"),
            _c("represented_by", "ref"),
            _c("holders", "int"),
            _c("vacant", "bool"),
            _c("vacant_since", "date"),
            _c("description"),
            _c("cites"),
        ),
    ),
    Sheet(
        "bodies",
        (
            _c("id", "id"),
            _c("name"),
            _c("name_en"),
            _c("role", "term", BodyRole),
            _c("convener", "ref"),
            _c("members", "refs"),
            _c("lead", "ref"),
            _c("meets_per_year", "int"),
            _c("as_needed", "bool"),
            _c("reports_to", "ref"),
            _c("part_of", "ref"),
            _c("supports", "refs"),
            _c("existing_structure", "bool"),
            _c("sectors", "terms", Sector),
            _c("valid_from", "date"),
            _c("valid_until", "date"),
            _c("description"),
            _c("cites"),
        ),
    ),
    Sheet(
        "memberships",
        (
            _c("body", "ref"),
            _c("actor", "ref"),
            _c("appointed_by", "ref"),
            _c("decision", "ref", target="decision"),
            _c("role"),
            _c("position", "term", MemberPosition),
            _c("deputy", "ref"),
            _c("valid_from", "date"),
            _c("valid_until", "date"),
        ),
        at="bodies[].members[]",
        keys=("body",),
    ),
    Sheet(
        "decisions",
        (
            _c("id", "id"),
            _c("by", "ref"),
            _c("kind", "term", DecisionKind),
            _c("stage", "term", DecisionStage),
            _c("date", "date"),
            _c("reference"),
            _c("summary"),
            _c("parties", "refs"),
            _c("cites"),
        ),
    ),
    Sheet(
        "mandates",
        (
            _c("id", "id"),
            _c("holder", "ref"),
            _c("granted_by", "ref"),
            _c("co_granted_by", "refs"),
            _c("decision", "ref", target="decision"),
            _c("statute"),
            _c("scope"),
            _c("leads", "bool"),
            _c("resources"),
            _c("valid_from", "date"),
            _c("valid_until", "date"),
            _c("cites"),
        ),
    ),
    Sheet(
        "activities",
        (
            _c("id", "id"),
            _c("title"),
            _c("description"),
            _c("responsible", "refs"),
            _c("accountable", "ref"),
            _c("timeline.start", "date"),
            _c("timeline.end", "date"),
            _c("timeline.note"),
            _c("prevention_levels", "terms", PreventionLevel),
            _c("ecological_levels", "terms", EcologicalLevel),
            _c("violence_areas", "terms", ViolenceArea),
            _c("target_groups", "terms", TargetGroup),
            _c("arenas", "terms", Arena),
            _c("programme", "ref", target="programme"),
            _c("risk_factors", "texts"),
            _c("protective_factors", "texts"),
            _c("national_goals", "terms", NationalGoal),
            _c("ambition", "term", AmbitionLevel),
            _c("programme_theory.problem"),
            _c("programme_theory.mechanism"),
            _c("programme_theory.short_term_effects", "texts"),
            _c("programme_theory.long_term_effects", "texts"),
            _c("status", "term", ActivityStatus),
            _c("responsibility", "term", ResponsibilityMode),
            _c("contributes_to", "refs", target="any"),
            _c("addresses", "refs", target="any"),
            _c("indicators", "refs", target="indicator"),
            _c("fidelity"),
            _c("mapping", "bool"),
            _c("tags", "texts"),
            _c("cites"),
        ),
    ),
    Sheet(
        "goals",
        (
            _c("id", "id"),
            _c("statement"),
            _c("level", "term", ResultLevel),
            _c("contributes_to", "refs", target="any"),
            _c("indicators", "refs", target="indicator"),
            _c("target_date", "date"),
            _c("cites"),
        ),
    ),
    Sheet(
        "indicators",
        (
            _c("id", "id"),
            _c("name"),
            _c("level", "term", ResultLevel),
            _c("definition"),
            _c("unit"),
            _c("source"),
            _c("frequency", "term", Frequency),
            _c("baseline.value", "float"),
            _c("baseline.unit"),
            _c("baseline.date", "date"),
            _c("baseline.note"),
            _c("target.value", "float"),
            _c("target.unit"),
            _c("target.date", "date"),
            _c("target.note"),
            _c("disaggregation", "terms", TargetGroup),
            _c("prevention_levels", "terms", PreventionLevel),
            _c("dimensions", "texts"),
            _c("suggested", "bool"),
            _c("description"),
            _c("cites"),
        ),
    ),
    Sheet(
        "periods",
        (
            _c("indicator", "ref", target="indicator"),
            _c("label"),
            _c("period.start", "date"),
            _c("period.end", "date"),
            _c("period.note"),
            _c("target.value", "float"),
            _c("target.unit"),
            _c("target.date", "date"),
            _c("target.note"),
            _c("actual.value", "float"),
            _c("actual.unit"),
            _c("actual.date", "date"),
            _c("actual.note"),
            _c("cites"),
        ),
        at="indicators[].periods[]",
        keys=("indicator",),
    ),
    Sheet(
        "breakdown",
        (
            _c("indicator", "ref", target="indicator"),
            _c("period", "period"),
            _c("dimension"),
            _c("category"),
            _c("target.value", "float"),
            _c("target.unit"),
            _c("target.date", "date"),
            _c("target.note"),
            _c("actual.value", "float"),
            _c("actual.unit"),
            _c("actual.date", "date"),
            _c("actual.note"),
        ),
        at="indicators[].periods[].breakdown[]",
        keys=("indicator", "period"),
    ),
    Sheet(
        "follow_up",
        (
            _c("id", "id"),
            _c("forum", "ref"),
            _c("frequency", "term", Frequency),
            _c("kind", "term", FollowUpKind),
            _c("scope"),
            _c("by", "ref"),
            _c("cites"),
        ),
    ),
    Sheet(
        "readiness",
        (
            _c("mandatory_reporting_routine", "optbool"),
            _c("referral_routines", "texts"),
            _c("support_contacts", "texts"),
            _c("organisational_readiness"),
            _c("assessed_on", "date"),
            _c("cites"),
        ),
        single=True,
    ),
    Sheet(
        "factors",
        (
            _c("id", "id"),
            _c("kind", "term", FactorKind),
            _c("statement"),
            _c("ecological_level", "term", EcologicalLevel),
            _c("evidence"),
            _c("cites"),
        ),
        at="needs.factors[]",
    ),
    Sheet(
        "funding",
        (
            _c("id", "id"),
            _c("source", "term", FundingSource),
            _c("by", "ref"),
            _c("to", "ref"),
            _c("decision", "ref", target="decision"),
            _c("activities", "refs", target="any"),
            _c("goals", "refs", target="any"),
            _c("indicators", "refs", target="indicator"),
            _c("amount", "float"),
            _c("currency"),
            _c("period.start", "date"),
            _c("period.end", "date"),
            _c("period.note"),
            _c("description"),
            _c("cites"),
        ),
    ),
    Sheet(
        "evaluations",
        (
            _c("id", "id"),
            _c("kind", "term", EvaluationKind),
            _c("questions", "texts"),
            _c("data", "texts"),
            _c("by", "ref"),
            _c("when.start", "date"),
            _c("when.end", "date"),
            _c("when.note"),
            _c("activities", "refs", target="any"),
            _c("goals", "refs", target="any"),
            _c("cites"),
        ),
    ),
    Sheet(
        "programmes",
        (
            _c("id", "id"),
            _c("name"),
            _c("name_en"),
            _c("kind", "term", ProgrammeKind),
            _c("description"),
            _c("prevention_levels", "terms", PreventionLevel),
            _c("ecological_levels", "terms", EcologicalLevel),
            _c("evidence"),
            _c("source"),
        ),
    ),
    Sheet(
        "related",
        (
            _c("plan"),
            _c("relation", "term", PlanRelation),
            _c("title"),
            _c("path"),
            _c("cites"),
        ),
    ),
    Sheet(
        "checklist",
        (
            _c("item"),
            _c("answer", "term", Answer),
            _c("note"),
        ),
    ),
    Sheet(
        "suppress",
        (
            _c("code"),
            _c("reason"),
            _c("path"),
        ),
    ),
    Sheet(
        "vocabulary",
        (
            _c("code"),
            _c("vocabulary", "choice", choices=tuple(OPEN_VOCABULARIES)),
            _c("labels.sv"),
            _c("labels.en"),
            _c("labels.nb"),
            _c("labels", "labels"),
            _c("description"),
            _c("source"),
        ),
    ),
)
"""Every sheet the library owns, in the order they are written."""

_BY_KEY = {s.key: s for s in SHEETS}


def sheet(key: str) -> Sheet:
    """The sheet holding ``key`` (``"activities"``)."""
    return _BY_KEY[key]
