"""The action plan (handlingsplan) and its plan-level checks: unique ids, resolving references,
no cycles in ``part_of`` / ``reports_to`` (001; design "The plan format")."""

from __future__ import annotations

import copy
import functools
from collections.abc import Iterator, Mapping
from operator import attrgetter
from typing import Annotated, Any, ForwardRef, Literal, Self, get_args, get_origin

from pydantic import (
    BaseModel,
    Field,
    ModelWrapValidatorHandler,
    StringConstraints,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import ErrorDetails, InitErrorDetails, PydanticCustomError

from ..vocab import EcologicalLevel, PreventionLevel
from ..vocab.extra import OpenViolenceArea, TermDeclaration, declared_terms
from ._base import V2, Id, Record, Ref, Title
from ._cache import cache_get, cache_put, clear_caches, is_cache_key
from ._index import PlanIndex, build_index, check_plan, raw_reference_errors, records_of
from ._knowledge import Knowledge, knowledge_at
from .activities import Activity
from .actors import Actor
from .bodies import Body
from .dates import PartialDate, Period
from .decisions import Decision
from .employer import EmployerRole
from .evaluation import Evaluation
from .goals import Goal, Indicator
from .governance import ChecklistEntry, FollowUp, Funding, Readiness, Suppression, Vision
from .hierarchy import PlanLink
from .mandates import Mandate
from .needs import NeedsAssessment
from .programmes import ProgrammeRecord

PackId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_.-]*$", max_length=100)]
"""The id of a framework pack, e.g. 'who-inspire' (issue 17)."""

__all__ = [
    "FORMAT_VERSION",
    "FORMAT_VERSIONS",
    "PROFILE_NAME_PATTERN",
    "ActionPlan",
    "PlanRecord",
    "ProfileName",
]

FORMAT_VERSION = 2
"""The version of the plan format this library writes (``preventionkit migrate`` rewrites a
version-1 file to it)."""

FORMAT_VERSIONS: tuple[int, ...] = (1, 2)
"""Every version of the plan format this library reads. Version 2 adds the results chain,
indicator periods, plan links, status, joint and statutory mandates, budgets, needs,
evaluation and the employer role; every version-1 file reads unchanged."""

PROFILE_NAME_PATTERN = r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"
"""A profile's name: lower-case words joined by hyphens, e.g. ``local-unit``."""

ProfileName = Annotated[str, StringConstraints(pattern=PROFILE_NAME_PATTERN)]
"""A validation profile's name: a built-in one (``municipal``, ``local-unit``, ``regional``,
``international``) or
one a pack registers. Which names exist is known when the plan is validated, not when it is
read (profiles belong to the rules, a layer above the model)."""

PlanRecord = (
    Actor
    | Body
    | Decision
    | Mandate
    | Activity
    | Goal
    | Indicator
    | FollowUp
    | Funding
    | Evaluation
    | ProgrammeRecord
)

_INDEX_KEY = "index"
_PLAN_LEVEL = frozenset({"duplicate_id", "confusable_id", "dangling_reference", "cycle"})


def _raw_declarations(data: Any) -> list[TermDeclaration]:
    """The well-formed term declarations of not-yet-validated input, so that the plan's fields
    can use them; a malformed one is reported by the ``vocabulary`` field itself."""
    items = data.get("vocabulary") if isinstance(data, dict) else getattr(data, "vocabulary", ())
    found: list[TermDeclaration] = []
    for item in items if isinstance(items, list | tuple) else ():
        if isinstance(item, TermDeclaration):
            found.append(item)
            continue
        try:
            found.append(TermDeclaration.model_validate(item))
        except ValidationError:
            continue
    return found


@functools.cache
def _fields_of(
    cls: type[BaseModel],
) -> tuple[tuple[tuple[str, str, Any], ...], tuple[tuple[str, frozenset[type] | None], ...]]:
    """A record class's format-2 fields (name, name in the file, default), and its fields
    that may hold records with the record classes each may hold (None: not known)."""
    since_2: list[tuple[str, str, Any]] = []
    holding: list[tuple[str, frozenset[type] | None]] = []
    for name, info in cls.model_fields.items():
        extra = info.json_schema_extra
        if isinstance(extra, dict) and extra.get("x-since-format") == 2:
            since_2.append((name, info.alias or name, info.default))
        classes = _record_classes(info.annotation)
        if classes is None or classes:
            holding.append((name, classes))
    return tuple(since_2), tuple(holding)


def _record_classes(annotation: Any) -> frozenset[type] | None:
    """The record classes a value of this type may be or hold; None when the type is not
    resolved (then any may)."""
    if isinstance(annotation, str | ForwardRef):
        return None
    origin = get_origin(annotation)
    if origin is Literal:
        return frozenset()
    args = get_args(annotation)
    if origin is Annotated:
        args = args[:1]
    found: set[type] = set()
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        found.add(annotation)
    for arg in args:
        inner = _record_classes(arg)
        if inner is None:
            return None
        found |= inner
    return frozenset(found)


def _reaches_format_2(cls: type[BaseModel], seen: frozenset[type] = frozenset()) -> bool:
    """Whether a record of ``cls``, or one inside it, may hold a format-2 field."""
    since_2, holding = _fields_of(cls)
    if since_2:
        return True
    for _name, classes in holding:
        if classes is None:
            return True
        for inner in classes:
            if inner not in seen and _reaches_format_2(inner, seen | {cls}):
                return True
    return False


@functools.cache
def _format_2_layout(
    cls: type[BaseModel],
) -> tuple[tuple[tuple[str, str, Any], ...], tuple[str, ...]]:
    """For a record class: its format-2 fields, and the fields worth walking, those that may
    hold a record with a format-2 field; worked out once per class rather than for every
    record (issue 20: walking every field of every record was a third of the national sweep
    of format-1 plans)."""
    since_2, holding = _fields_of(cls)
    walk = tuple(
        name
        for name, classes in holding
        if classes is None or any(_reaches_format_2(c, frozenset({cls})) for c in classes)
    )
    return since_2, walk


def _format_2_used(records: list[BaseModel]) -> bool:
    """Whether any of ``records``, or a record inside them, has a format-2 field other than its
    default: the question :func:`_version_2_fields` answers with locations, asked a field at a
    time across all records so the comparisons run in C (``list.count``); a format-1 plan that
    loads pays for no more (issue 20)."""
    classes = set(map(type, records))
    groups: dict[type[BaseModel], list[BaseModel]] = {}
    if len(classes) == 1:  # the usual case: a list of records of one class
        groups[classes.pop()] = records
    else:
        for record in records:
            groups.setdefault(type(record), []).append(record)
    for cls, group in groups.items():
        since_2, nested = _format_2_layout(cls)
        for name, _written, default in since_2:
            values = list(map(attrgetter(name), group))
            if values.count(default) != len(values):
                return True
        for name in nested:
            inner: list[BaseModel] = []
            for value in map(attrgetter(name), group):
                if isinstance(value, BaseModel):
                    inner.append(value)
                elif isinstance(value, tuple):
                    inner.extend([item for item in value if isinstance(item, BaseModel)])
            if inner and _format_2_used(inner):
                return True
    return False


def _version_2_fields(
    record: BaseModel, loc: tuple[str | int, ...]
) -> Iterator[tuple[str | int, ...]]:
    """The locations of every format-2 field given a value other than its default in
    ``record`` and the records inside it."""
    since_2, nested = _format_2_layout(type(record))
    if since_2:
        given = record.model_fields_set
        for name, written, default in since_2:
            if name in given and getattr(record, name) != default:
                yield (*loc, written)
    for name in nested:
        value = getattr(record, name)
        if isinstance(value, BaseModel):
            yield from _version_2_fields(value, (*loc, name))
        elif isinstance(value, tuple):
            for i, item in enumerate(value):
                if isinstance(item, BaseModel):
                    yield from _version_2_fields(item, (*loc, name, i))


def _as_init(error: ErrorDetails) -> InitErrorDetails:
    """Turn a reported error back into one that can be raised again, message intact."""
    message = error["msg"].replace("{", "{{").replace("}", "}}")
    return InitErrorDetails(
        type=PydanticCustomError(error["type"], message, error.get("ctx")),
        loc=error["loc"],
        input=error["input"],
    )


PlanList = Literal[
    "actors",
    "decisions",
    "bodies",
    "mandates",
    "activities",
    "goals",
    "indicators",
    "follow_up",
    "funding",
    "related",
    "evaluations",
]
"""The lists of a plan that a file may give only in part (:attr:`ActionPlan.incomplete`)."""


class ActionPlan(Record):
    """An action plan against violence: who decides, who leads, who does what, and how it is
    followed up (001; 002 §1.13).

    Every id is unique across the plan and every reference resolves; otherwise validation
    fails with one error per problem, each at its field path (e.g.
    ``activities[0].responsible[0]``), naming the missing id and the closest existing one.
    """

    json_schema: str | None = Field(
        default=None,
        alias="$schema",
        description="Optional: the JSON Schema this file follows, for editors.",
    )
    preventionkit: Literal[1, 2] = Field(
        description="The plan format version: 2 (current) or 1 (reads unchanged; "
        "'preventionkit migrate' rewrites it to 2).",
    )
    id: Id
    title: Title = Field(
        description="The plan's title as written, e.g. 'Umeå kommuns handlingsplan mot våld'."
    )
    title_en: str | None = Field(default=None, description="An English title, if wanted.")
    description: str | None = Field(default=None, description="Purpose and background (001 p. 6).")
    profile: ProfileName | None = Field(
        default=None,
        description="Which validation profile fits: 'municipal', 'local-unit' (one school or "
        "leisure centre, 002 §1.4), 'regional', 'international' (a national plan or one under "
        "another country's law), or a profile an installed pack registers. "
        "The validator's argument overrides it; a plan that names none is checked as "
        "'international' (only the rules that hold whatever the country and kind of plan), "
        "so a Swedish municipal plan says 'municipal'.",
        examples=["municipal", "local-unit", "regional", "international"],
    )
    vocabulary: tuple[TermDeclaration, ...] = Field(
        default=(),
        json_schema_extra=V2,
        description="Format 2: extra vocabulary terms this plan uses beyond the built-in ones, each with a "
        "namespaced code ('x-<namespace>:<code>', e.g. 'x-uk:fire_and_rescue'), the vocabulary "
        "it extends, labels per language, a description and a source. Fields such as an "
        "actor's 'kind' or an activity's 'violence_areas' may then use the code; an undeclared "
        "one is an error.",
    )
    status: Literal["draft", "adopted", "revised", "archived"] | None = Field(
        default=None, description="Where the document is in its life."
    )
    version: str | None = Field(default=None, description="The document's version, e.g. '1.0'.")
    document_date: PartialDate | None = Field(default=None, description="The document date.")
    revised: PartialDate | None = Field(default=None, description="When it was last revised.")
    period: Period | None = Field(default=None, description="The period the plan covers.")
    owner: Ref | None = Field(
        default=None, description="The actor that owns the plan, e.g. 'ks' (001 p. 15)."
    )
    adopted_by: Ref | None = Field(
        default=None, description="The decision that adopted the plan, e.g. 'd-kf-2019'."
    )
    vision: Vision | None = Field(default=None, description="The shared vision (002 §1.9).")
    actors: tuple[Actor, ...] = Field(default=(), description="Organisations and functions.")
    decisions: tuple[Decision, ...] = Field(default=(), description="Formal decisions (002 §1.6).")
    bodies: tuple[Body, ...] = Field(default=(), description="Collaboration bodies (002 §1.8).")
    mandates: tuple[Mandate, ...] = Field(default=(), description="Mandates (002 §1.8).")
    activities: tuple[Activity, ...] = Field(
        default=(), description="The activity plan (001 p. 15–18)."
    )
    goals: tuple[Goal, ...] = Field(default=(), description="Goals (001 p. 6, p. 8).")
    indicators: tuple[Indicator, ...] = Field(
        default=(), description="Result indicators (001 p. 8)."
    )
    follow_up: tuple[FollowUp, ...] = Field(default=(), description="Follow-up (001 p. 12).")
    readiness: Readiness | None = Field(
        default=None, description="Readiness for when violence is a fact (002 §1.11–1.12)."
    )
    programmes: tuple[ProgrammeRecord, ...] = Field(
        default=(),
        json_schema_extra=V2,
        description="Format 2: programmes the plan describes itself, for those the catalogue lacks "
        "(domain §9); activities name them by id in 'programme'.",
    )
    funding: tuple[Funding, ...] = Field(default=(), description="Funding (002 §1.6).")
    follows: tuple[PackId, ...] = Field(
        default=(),
        json_schema_extra=V2,
        description="Format 2: the framework packs the plan says it follows, e.g. "
        "['se-five-step', 'who-inspire']; 'validate' and 'assess' check the plan against each "
        "(see 'preventionkit assess --list').",
        examples=[["se-five-step", "se-national-strategy-2017"]],
    )
    checklist: tuple[ChecklistEntry, ...] = Field(
        default=(), description="Answers to checklist items the data cannot answer (002 §1.13)."
    )
    suppress: tuple[Suppression, ...] = Field(
        default=(), description="Findings accepted on purpose, each with a reason."
    )
    related: tuple[PlanLink, ...] = Field(
        default=(),
        json_schema_extra=V2,
        description="Format 2: plans above, below and beside this one (a strategy above annual "
        "action plans, members' plans, predecessor and successor).",
    )
    applies_to: tuple[Ref, ...] = Field(
        default=(),
        json_schema_extra=V2,
        description="Format 2: the organisations the plan governs when adopted as a governing "
        "document for them, e.g. every committee and company of the municipality.",
    )
    partners: tuple[Ref, ...] = Field(
        default=(),
        json_schema_extra=V2,
        description="Format 2: the organisations the plan names as partners in the work without "
        "giving each a place in a body or an activity, e.g. the 'key partner agencies' that "
        "support a strategy, or the collaboration partners a plan lists (001 p. 11).",
    )
    violence_areas: tuple[OpenViolenceArea, ...] = Field(
        default=(),
        json_schema_extra=V2,
        description="Format 2: the violence areas the plan declares as its scope, whether or not "
        "an activity names them, e.g. Umeå's six identified areas (001 p. 11: 'våra "
        "identifierade våldsområden').",
    )
    needs: NeedsAssessment | None = Field(
        default=None,
        json_schema_extra=V2,
        description="Format 2: the needs assessment the priorities rest on (001 p. 12 "
        "kartläggning; 003 'Omfattning och kartläggning').",
    )
    evaluations: tuple[Evaluation, ...] = Field(
        default=(),
        json_schema_extra=V2,
        description="Format 2: the design of follow-up and evaluation (domain §7, step 5).",
    )
    incomplete: tuple[PlanList, ...] = Field(
        default=(),
        json_schema_extra=V2,
        description="Format 2: the lists this file gives only in part, e.g. `[bodies, "
        "activities]` when only the first pages of the plan could be read. What such a list "
        "lacks is not stated by the plan, so a rule asks about it instead of judging it "
        "(issue 16).",
        examples=[["bodies", "activities"]],
    )
    employer: EmployerRole | None = Field(
        default=None,
        json_schema_extra=V2,
        description="Format 2: the organisation as employer of staff exposed to or using "
        "violence (001 p. 18).",
    )
    cites: str | None = Field(default=None, description="The source document of the plan.")

    @field_validator("vocabulary")
    @classmethod
    def _terms_declared_once(
        cls, value: tuple[TermDeclaration, ...]
    ) -> tuple[TermDeclaration, ...]:
        seen: set[str] = set()
        for term in value:
            if term.code in seen:
                raise PydanticCustomError(
                    "duplicate_id",
                    "the term '{code}' is declared twice",
                    {"code": term.code, "hint": "keep one declaration of each term"},
                )
            seen.add(term.code)
        return value

    @field_validator("preventionkit", mode="wrap")
    @classmethod
    def _known_format(cls, value: Any, handler: Any) -> Any:
        if isinstance(value, bool) or value not in FORMAT_VERSIONS:
            raise PydanticCustomError(
                "format_version",
                "this file says format version {got}; preventionkit reads versions {want}",
                {
                    "got": repr(value),
                    "want": " and ".join(str(v) for v in FORMAT_VERSIONS),
                    "hint": f"write 'preventionkit: {FORMAT_VERSION}' at the top",
                },
            )
        return handler(value)

    @model_validator(mode="wrap")
    @classmethod
    def _all_errors_at_once(cls, data: Any, handler: ModelWrapValidatorHandler[Self]) -> Self:
        try:
            # The plan's own declarations are in force while its fields are validated.
            with declared_terms(_raw_declarations(data)):
                return handler(data)
        except ValidationError as exc:
            extra = raw_reference_errors(data)
            if not extra or any(e["type"] in _PLAN_LEVEL for e in exc.errors()):
                raise
            errors = [_as_init(e) for e in exc.errors()] + extra
            raise ValidationError.from_exception_data(cls.__name__, errors) from None

    @model_validator(mode="after")
    def _version_2_fields_need_version_2(self) -> Self:
        if self.preventionkit >= 2 or not _format_2_used([self]):
            return self
        errors = [
            InitErrorDetails(
                type=PydanticCustomError(
                    "needs_format_2",
                    "'{field}' is new in format version 2, and this file says version 1",
                    {
                        "field": loc[-1],
                        "hint": "run 'preventionkit migrate FILE', or write "
                        "'preventionkit: 2' at the top",
                    },
                ),
                loc=loc,
                input=None,
            )
            for loc in _version_2_fields(self, ())
        ]
        if errors:
            raise ValidationError.from_exception_data(type(self).__name__, errors)
        return self

    @model_validator(mode="after")
    def _references_resolve(self) -> Self:
        index = build_index(self)
        check_plan(self, index)
        cache_put(self, _INDEX_KEY, index)
        return self

    # --- index and accessors ---------------------------------------------------------------

    @property
    def index(self) -> PlanIndex:
        """Lookup tables by id, built once per plan (read-only)."""
        cached: PlanIndex | None = cache_get(self, _INDEX_KEY)
        if cached is None:
            cached = build_index(self)
            cache_put(self, _INDEX_KEY, cached)
        return cached

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """Copy the plan; like pydantic's, ``update`` is not validated (use the scenarios API
        or ``model_validate`` to re-check references)."""
        copied = super().model_copy(update=update, deep=deep)
        clear_caches(copied)
        return copied

    def _fields(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if not k.startswith("_pk_")}

    def __eq__(self, other: object) -> bool:
        """Plans are equal when their fields are: the caches a validated plan keeps (its index,
        graphs and source map, which refer back to the plan) are not compared."""
        if not isinstance(other, ActionPlan):
            return NotImplemented
        return type(self) is type(other) and self._fields() == other._fields()

    def __hash__(self) -> int:
        """The hash of the fields, as for every frozen record."""
        return hash(tuple(getattr(self, name) for name in type(self).model_fields))

    def __deepcopy__(self, memo: dict[int, Any] | None = None) -> Self:
        """A deep copy of the fields; caches are rebuilt on first use, and the source map
        (read-only) is shared, so findings on the copy keep their lines."""
        copied = self.__copy__()
        fields = copy.deepcopy(self._fields(), memo)
        object.__setattr__(copied, "__dict__", {**fields, **self._source()})
        return copied

    def __copy__(self) -> Self:
        """A shallow copy: the fields and the source map, not the caches."""
        copied = super().__copy__()
        object.__setattr__(copied, "__dict__", {**self._fields(), **self._source()})
        return copied

    def _source(self) -> dict[str, Any]:
        # The key io/_source.py stores a loaded plan's positions under (io sits above model).
        return {k: v for k, v in self.__dict__.items() if k == "_pk_source"}

    def __getstate__(self) -> dict[Any, Any]:
        """Pickle the plan's fields only: caches and the source file map stay behind, so a
        loaded plan can be sent to another process (e.g. by ``scenarios.sweep``)."""
        state = super().__getstate__()
        fields = state["__dict__"]
        state["__dict__"] = {k: v for k, v in fields.items() if not is_cache_key(k)}
        return state

    def knows(self, path: str) -> Knowledge:
        """What the plan states at ``path``: ``"present"``, ``"absent"`` (stated none:
        ``false``, ``[]``) or ``"unstated"`` (left out, or ``null``).

        >>> import preventionkit as pk
        >>> plan = pk.loads("preventionkit: 2\nid: p\ntitle: T\nreadiness: {referral_routines: []}")
        >>> plan.knows("readiness.referral_routines"), plan.knows("readiness.support_contacts")
        ('absent', 'unstated')
        """
        return knowledge_at(self, path)

    def get(self, id: str) -> PlanRecord | None:
        """The record with ``id`` (actor, body, decision, mandate, activity, goal, indicator,
        follow-up, programme), or None."""
        entry = self.index.by_id.get(id)
        return entry[1] if entry is not None else None

    def kind_of(self, id: str) -> str | None:
        """What ``id`` names ('actor', 'body', 'decision', ...), or None."""
        entry = self.index.by_id.get(id)
        return entry[0] if entry is not None else None

    def _lookup(self, id: str, kind: str) -> Any:
        entry = self.index.by_id.get(id)
        if entry is None or entry[0] != kind:
            raise KeyError(self.index.unknown(id, (kind,)))
        return entry[1]

    def actor(self, id: str) -> Actor:
        """The actor with ``id``; a ``KeyError`` names the closest id if there is none."""
        return self._lookup(id, "actor")  # type: ignore[no-any-return]

    def body(self, id: str) -> Body:
        """The body with ``id``."""
        return self._lookup(id, "body")  # type: ignore[no-any-return]

    def decision(self, id: str) -> Decision:
        """The decision with ``id``."""
        return self._lookup(id, "decision")  # type: ignore[no-any-return]

    def activity(self, id: str) -> Activity:
        """The activity with ``id``."""
        return self._lookup(id, "activity")  # type: ignore[no-any-return]

    def goal(self, id: str) -> Goal:
        """The goal with ``id``."""
        return self._lookup(id, "goal")  # type: ignore[no-any-return]

    def indicator(self, id: str) -> Indicator:
        """The indicator with ``id``."""
        return self._lookup(id, "indicator")  # type: ignore[no-any-return]

    def name_of(self, id: str) -> str:
        """A readable name for ``id``: an actor's or body's name, a title, or the id itself."""
        record = self.get(id)
        for attr in ("name", "title", "statement", "summary"):
            value = getattr(record, attr, None)
            if isinstance(value, str):
                return value
        return id

    def activities_at(self, level: PreventionLevel | EcologicalLevel) -> tuple[Activity, ...]:
        """Activities at a prevention level or a social-ecological level, in plan order."""
        if isinstance(level, PreventionLevel):
            return tuple(a for a in self.activities if level in a.prevention_levels)
        return tuple(a for a in self.activities if level in a.ecological_levels)

    @property
    def functions(self) -> tuple[Actor, ...]:
        """Actors that are functions (posts), in plan order."""
        return tuple(a for a in self.actors if a.is_function)

    def iter_records(self) -> Iterator[tuple[str, PlanRecord]]:
        """Every record that may carry an id, as ``(path, record)`` in plan order (the
        needs assessment's factors last, at ``needs.factors[i]``)."""
        for _field, _kind, path, record in records_of(self):
            yield path, record
