"""Plan-level integrity: the id index, reference resolution and cycle detection.

Kept apart from :mod:`.plan` so the checks read as one list of what refers to what.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError
from pydantic_core import InitErrorDetails, PydanticCustomError

from ._confusable import skeleton, skeleton_table

if TYPE_CHECKING:
    from .plan import ActionPlan

__all__ = [
    "MAX_ERRORS",
    "PlanIndex",
    "Suggester",
    "build_index",
    "check_plan",
    "records_of",
    "references",
    "upward_cycles",
]

MAX_ERRORS = 200
"""At most this many plan-level errors are reported for one plan."""

_MAX_SUGGESTIONS = 50
_LOC_PARTS = re.compile(r"[^.\[\]]+")
_KIND_WORDS = {
    "actor": "actor",
    "body": "body",
    "decision": "decision",
    "mandate": "mandate",
    "activity": "activity",
    "goal": "goal",
    "indicator": "indicator",
    "follow_up": "follow-up",
    "funding": "funding",
    "factor": "factor",
    "evaluation": "evaluation",
    "programme": "programme",
}
_COLLECTIONS: tuple[tuple[str, str], ...] = (
    ("actors", "actor"),
    ("bodies", "body"),
    ("decisions", "decision"),
    ("mandates", "mandate"),
    ("activities", "activity"),
    ("goals", "goal"),
    ("indicators", "indicator"),
    ("follow_up", "follow_up"),
    ("funding", "funding"),
    ("evaluations", "evaluation"),
    ("programmes", "programme"),
)
_COLLECTIONS_WITH_FACTORS = (*_COLLECTIONS, ("needs.factors", "factor"))
ACTOR_OR_BODY = ("actor", "body")


def _a(kind: str) -> str:
    """The kind's word with its article: 'an actor', 'a body', 'an indicator'."""
    word = _KIND_WORDS[kind]
    return f"{'an' if word[0] in 'aeiou' else 'a'} {word}"


Loc = tuple[str | int, ...]


_SMALL_POOL = 256
_SHORTLIST = 40
_POSTINGS_BUDGET = 4096


class Suggester:
    """ "Did you mean" over a fixed pool of candidates, built once and asked many times.

    A small pool is compared whole with :func:`difflib.get_close_matches` (ratio 0.6). A large
    one (the ids of a plan of 100,000 records) is indexed by character trigrams on first use;
    each question then compares only a shortlist, the candidates sharing the most of its
    rarest trigrams, so asking costs about the same whatever the size of the pool (issue 21:
    difflib over every id for each error took minutes). A typo shares most trigrams with what
    was meant, so the shortlist holds it; the cost is that a far-fetched match may be missed.
    Failing that, a candidate equal but for case is offered.
    """

    def __init__(self, candidates: Iterable[str]) -> None:
        self._pool = list(dict.fromkeys(candidates))
        self._folded: dict[str, str] | None = None
        self._grams: dict[str, list[int]] | None = None

    @staticmethod
    def _trigrams(text: str) -> set[str]:
        padded = f"\x02{text}\x03"
        return {padded[i : i + 3] for i in range(len(padded) - 2)}

    def _shortlist(self, wrong: str) -> list[str]:
        if self._grams is None:
            grams: dict[str, list[int]] = {}
            for i, candidate in enumerate(self._pool):
                for gram in self._trigrams(candidate):
                    grams.setdefault(gram, []).append(i)
            self._grams = grams
        postings = sorted((p for g in self._trigrams(wrong) if (p := self._grams.get(g))), key=len)
        shared: dict[int, int] = {}
        budget = _POSTINGS_BUDGET
        for posting in postings:
            if budget <= 0:
                break
            for i in posting[:budget]:
                shared[i] = shared.get(i, 0) + 1
            budget -= len(posting)
        best = sorted(shared, key=lambda i: (-shared[i], i))[:_SHORTLIST]
        return [self._pool[i] for i in best]

    def __call__(self, wrong: str) -> str | None:
        """The candidate closest to ``wrong``, or None."""
        pool = self._pool if len(self._pool) <= _SMALL_POOL else self._shortlist(wrong)
        matches = difflib.get_close_matches(wrong, pool, n=1, cutoff=0.6)
        if matches:
            return matches[0]
        if self._folded is None:
            self._folded = {}
            for candidate in self._pool:
                self._folded.setdefault(candidate.casefold(), candidate)
        return self._folded.get(wrong.casefold())


@dataclass(frozen=True, slots=True)
class PlanIndex:
    """Every record with an id, by id, with its kind and where it stands in the plan."""

    by_id: dict[str, tuple[str, Any]] = field(default_factory=dict)
    path_of: dict[str, str] = field(default_factory=dict)
    records_with_id: int = field(default=0, compare=False)
    """How many records carry an id: more than ``len(by_id)`` when two share one."""
    _suggesters: dict[tuple[str, ...], Suggester] = field(
        default_factory=dict, compare=False, repr=False
    )

    def ids_of(self, kinds: tuple[str, ...]) -> list[str]:
        """Ids of the given kinds, in plan order."""
        return [i for i, (k, _) in self.by_id.items() if k in kinds]

    def suggest(self, wrong: str, kinds: tuple[str, ...]) -> str | None:
        """The id of a record of ``kinds`` closest to ``wrong`` (one index per ``kinds``)."""
        found = self._suggesters.get(kinds)
        if found is None:
            found = self._suggesters[kinds] = Suggester(self.ids_of(kinds))
        return found(wrong)

    def unknown(self, wrong: str, kinds: tuple[str, ...]) -> str:
        """A message for an id that names no record of ``kinds``, with a suggestion."""
        entry = self.by_id.get(wrong)
        if entry is not None:
            wanted = " or ".join([_a(kinds[0]), *(_KIND_WORDS[k] for k in kinds[1:])])
            return f"'{wrong}' is {_a(entry[0])}, not {wanted}"
        what = " or ".join(_KIND_WORDS[k] for k in kinds)
        near = self.suggest(wrong, kinds)
        hint = f"; did you mean '{near}'?" if near else ""
        return f"no {what} has the id '{wrong}'{hint}"


def build_index(plan: ActionPlan) -> PlanIndex:
    """Index every record of the plan by id (the first record wins on duplicates)."""
    by_id: dict[str, tuple[str, Any]] = {}
    path_of: dict[str, str] = {}
    with_id = 0
    # A plain loop rather than :func:`records_of`: it runs on every load (issue 20).
    for field_name, kind in _COLLECTIONS_WITH_FACTORS:
        records = (
            getattr(plan, field_name)
            if field_name != "needs.factors"
            else (plan.needs.factors if plan.needs is not None else ())
        )
        for i, record in enumerate(records):
            rid = record.id
            if rid is None:
                continue
            with_id += 1
            if rid not in by_id:
                by_id[rid] = (kind, record)
                path_of[rid] = f"{field_name}[{i}]"
    return PlanIndex(by_id, path_of, with_id)


def records_of(plan: ActionPlan) -> Iterator[tuple[str, str, str, Any]]:
    """Every record that may carry an id: (collection, kind, path, record), in plan order;
    the needs assessment's factors come last (``needs.factors[i]``)."""
    for field_name, kind in _COLLECTIONS:
        for i, record in enumerate(getattr(plan, field_name)):
            yield field_name, kind, f"{field_name}[{i}]", record
    if plan.needs is not None:
        for i, factor in enumerate(plan.needs.factors):
            yield "needs.factors", "factor", f"needs.factors[{i}]", factor


@dataclass(frozen=True, slots=True)
class _Ref:
    """One field that refers to records: its name, whether it holds a list, and either the
    kinds of record it may name or the fields inside it that do (``inner``). ``name`` ""
    is the value itself, for a list item that is a plain id or a record (a body's members).
    """

    name: str
    kinds: tuple[str, ...] = ()
    each: bool = False
    inner: tuple[_Ref, ...] = ()


_DEC = ("decision",)
_REFERENCES: tuple[_Ref, ...] = (
    _Ref("owner", ACTOR_OR_BODY),
    _Ref("adopted_by", _DEC),
    _Ref("vision", inner=(_Ref("decision", _DEC),)),
    _Ref(
        "actors",
        each=True,
        inner=(
            _Ref("part_of", ACTOR_OR_BODY),
            _Ref("also_part_of", ACTOR_OR_BODY, each=True),
            _Ref("represented_by", ACTOR_OR_BODY),
        ),
    ),
    _Ref(
        "decisions",
        each=True,
        inner=(_Ref("by", ACTOR_OR_BODY), _Ref("parties", ACTOR_OR_BODY, each=True)),
    ),
    _Ref(
        "mandates",
        each=True,
        inner=(
            _Ref("holder", ACTOR_OR_BODY),
            _Ref("granted_by", ACTOR_OR_BODY),
            _Ref("co_granted_by", ACTOR_OR_BODY, each=True),
            _Ref("decision", _DEC),
        ),
    ),
    _Ref(
        "bodies",
        each=True,
        inner=(
            _Ref("convener", ACTOR_OR_BODY),
            _Ref(
                "members",
                each=True,
                inner=(
                    _Ref("", ACTOR_OR_BODY),  # a member named by id alone
                    _Ref("actor", ACTOR_OR_BODY),
                    _Ref("appointed_by", ACTOR_OR_BODY),
                    _Ref("decision", _DEC),
                    _Ref("deputy", ACTOR_OR_BODY),
                ),
            ),
            _Ref("lead", ACTOR_OR_BODY),
            _Ref("reports_to", ACTOR_OR_BODY),
            _Ref("part_of", ACTOR_OR_BODY),
            _Ref("supports", ACTOR_OR_BODY, each=True),
        ),
    ),
    _Ref(
        "activities",
        each=True,
        inner=(
            _Ref("responsible", ACTOR_OR_BODY, each=True),
            _Ref("accountable", ACTOR_OR_BODY),
            _Ref("contributes_to", ("goal",), each=True),
            _Ref("indicators", ("indicator",), each=True),
            _Ref("addresses", ("factor",), each=True),
        ),
    ),
    _Ref(
        "goals",
        each=True,
        inner=(
            _Ref("indicators", ("indicator",), each=True),
            _Ref("contributes_to", ("goal",), each=True),
        ),
    ),
    _Ref("follow_up", each=True, inner=(_Ref("forum", ACTOR_OR_BODY), _Ref("by", ACTOR_OR_BODY))),
    _Ref(
        "funding",
        each=True,
        inner=(
            _Ref("by", ACTOR_OR_BODY),
            _Ref("decision", _DEC),
            _Ref("to", ACTOR_OR_BODY),
            _Ref("activities", ("activity",), each=True),
            _Ref("goals", ("goal",), each=True),
            _Ref("indicators", ("indicator",), each=True),
        ),
    ),
    _Ref("applies_to", ACTOR_OR_BODY, each=True),
    _Ref("partners", ACTOR_OR_BODY, each=True),
    _Ref("needs", inner=(_Ref("by", ACTOR_OR_BODY),)),
    _Ref(
        "evaluations",
        each=True,
        inner=(
            _Ref("by", ACTOR_OR_BODY),
            _Ref("activities", ("activity",), each=True),
            _Ref("goals", ("goal",), each=True),
        ),
    ),
    _Ref(
        "employer",
        inner=(_Ref("by", ACTOR_OR_BODY), _Ref("activities", ("activity",), each=True)),
    ),
)
"""Every field of a plan that refers to records, in plan order: the one table both
:func:`references` (a validated plan) and :func:`_raw_references` (raw input) walk."""


def _kinds_in(table: tuple[_Ref, ...]) -> Iterator[tuple[str, ...]]:
    for ref in table:
        if ref.kinds:
            yield ref.kinds
        yield from _kinds_in(ref.inner)


_REF_KINDS = frozenset(_kinds_in(_REFERENCES))


def _field(value: Any, name: str) -> Any:
    """Field ``name`` of a record, or of a mapping of raw input; None if it has none."""
    if isinstance(value, BaseModel):
        return getattr(value, name, None)
    return value.get(name) if isinstance(value, dict) else None


def _walk(
    value: Any, table: tuple[_Ref, ...], loc: Loc
) -> Iterator[tuple[Loc, str, tuple[str, ...]]]:
    for ref in table:
        if not ref.name:
            if isinstance(value, str):
                yield loc, value, ref.kinds
            continue
        child = _field(value, ref.name)
        if child is None:
            continue
        if not ref.each:
            if ref.inner:
                yield from _walk(child, ref.inner, (*loc, ref.name))
            elif isinstance(child, str):
                yield (*loc, ref.name), child, ref.kinds
        elif isinstance(child, list | tuple):
            for j, item in enumerate(child):
                if ref.inner:
                    yield from _walk(item, ref.inner, (*loc, ref.name, j))
                elif isinstance(item, str):
                    yield (*loc, ref.name, j), item, ref.kinds


def references(plan: ActionPlan) -> Iterator[tuple[Loc, str, tuple[str, ...]]]:
    """Every reference in the plan: (location, id referred to, kinds it may name), e.g.
    ``(("activities", 0, "responsible", 0), "ks", ("actor", "body"))``."""
    return _walk(plan, _REFERENCES, ())


def _error(kind: str, message: str, loc: Loc, value: Any, **ctx: Any) -> InitErrorDetails:
    # The message is pre-rendered; braces in user ids must not be read as placeholders.
    safe = message.replace("{", "{{").replace("}", "}}")
    return InitErrorDetails(type=PydanticCustomError(kind, safe, ctx), loc=loc, input=value)


def _loc_of(path: str) -> Loc:
    """``"actors[2]"`` → ``("actors", 2, "id")``: where the id of that record is."""
    name, _, rest = path.partition("[")
    return (name, int(rest.rstrip("]")), "id")


def _duplicate_error(rid: str, first: str, loc: Loc) -> InitErrorDetails:
    return _error(
        "duplicate_id",
        f"the id '{rid}' is already used by {first}; ids must be unique across the plan",
        loc,
        rid,
        id=rid,
        first=first,
        first_loc=_loc_of(first),
        hint=f"rename one of them, e.g. '{rid}-2'",
    )


def _has_duplicates(plan: ActionPlan, index: PlanIndex) -> bool:
    """Whether two records share an id: the index keeps the first of each, so it then holds
    fewer ids than the plan has records with ids."""
    with_id = index.records_with_id or sum(
        1 for _field, _kind, _path, r in records_of(plan) if r.id is not None
    )
    return with_id != len(index.by_id)


def _duplicates(plan: ActionPlan, index: PlanIndex) -> Iterator[InitErrorDetails]:
    if not _has_duplicates(plan, index):
        return
    for _field, _kind, here, record in records_of(plan):
        rid = record.id
        if rid is None:
            continue
        first = index.path_of[rid]
        if first != here:
            loc = tuple(int(p) if p.isdigit() else p for p in _LOC_PARTS.findall(here))
            yield _duplicate_error(rid, first, (*loc, "id"))


def _allowed(index: PlanIndex) -> dict[tuple[str, ...], frozenset[str]]:
    """For each tuple of kinds a reference may name, the ids of records of those kinds."""
    of_kind: dict[str, set[str]] = {}
    for rid, (kind, _record) in index.by_id.items():
        of_kind.setdefault(kind, set()).add(rid)
    return {kinds: frozenset().union(*(of_kind.get(k, ()) for k in kinds)) for kinds in _REF_KINDS}


def _resolve(
    values: list[Any], table: tuple[_Ref, ...], allowed: dict[Any, frozenset[str]]
) -> bool:
    """Whether every reference that ``table`` finds in ``values`` (records, or plain ids where
    the table has ``""``) names a record of its kinds.

    The same table as :func:`_walk`, read a field at a time across all ``values`` rather than a
    record at a time, so the work is in C (``map``, ``set.issuperset``) and no location is
    built: a plan that loads pays for no more (issue 20). Only a plan for which it says no is
    walked with locations to say where."""
    # Only a list of members mixes plain ids with records; its table starts with "".
    records = values if table[0].name else [v for v in values if not isinstance(v, str)]
    for ref in table:
        if not ref.name:
            if not allowed[ref.kinds].issuperset(v for v in values if isinstance(v, str)):
                return False
            continue
        # filter(None, …) drops fields not given (None, or an empty list); an id is never "".
        given = filter(None, map(attrgetter(ref.name), records))
        children = chain.from_iterable(given) if ref.each else given
        if ref.inner:
            inner = list(children)
            if inner and not _resolve(inner, ref.inner, allowed):
                return False
        elif not allowed[ref.kinds].issuperset(children):
            return False
    return True


def _references_resolve(plan: ActionPlan, index: PlanIndex) -> bool:
    """Whether every reference in the plan resolves (see :func:`_resolve`)."""
    try:
        return _resolve([plan], _REFERENCES, _allowed(index))
    except (TypeError, AttributeError):  # a record built without validation: walk it instead
        return False


def _confusables(plan: ActionPlan, index: PlanIndex) -> Iterator[InitErrorDetails]:
    """Ids that differ but look the same (equal TR39 skeletons, see ``_confusable``)."""
    ids = list(index.by_id)
    ascii_only = all(map(str.isascii, ids))
    table = skeleton_table(ascii_only=ascii_only)
    if table is None:
        return
    # NFD leaves ASCII as it is, so an ASCII id's skeleton is a translation alone, in C.
    skeletons = (
        [rid.translate(table) for rid in ids]
        if ascii_only
        else [skeleton(rid, table) for rid in ids]
    )
    if len(set(skeletons)) == len(ids):  # the usual case: no two ids look alike
        return
    seen: dict[str, str] = {}  # skeleton → the first id with it
    for field_name, _kind in _COLLECTIONS:
        for i, record in enumerate(getattr(plan, field_name)):
            rid = record.id
            if rid is None:
                continue
            other = seen.setdefault(skeleton(rid, table), rid)
            if other != rid:
                first = index.path_of[other]
                yield _error(
                    "confusable_id",
                    f"the id '{rid}' looks the same as '{other}' at {first} but is "
                    "written with different characters",
                    (field_name, i, "id"),
                    rid,
                    id=rid,
                    other=other,
                    first=first,
                    first_loc=_loc_of(first),
                    hint=f"use '{other}' if the same record is meant, or rename one of them with "
                    "plain letters",
                )


def _dangling(plan: ActionPlan, index: PlanIndex) -> Iterator[InitErrorDetails]:
    if _references_resolve(plan, index):
        return iter(())
    return _dangling_refs(index, references(plan))


def _dangling_refs(
    index: PlanIndex, references: Iterable[tuple[Loc, str, tuple[str, ...]]]
) -> Iterator[InitErrorDetails]:
    """An error for every reference that names no record of the kinds it may name."""
    by_id = index.by_id
    suggestions = 0
    for loc, ref, kinds in references:
        entry = by_id.get(ref)
        if entry is not None and entry[0] in kinds:
            continue
        if suggestions < _MAX_SUGGESTIONS:
            message = index.unknown(ref, kinds)
            suggestions += 1
        else:
            message = f"no {' or '.join(_KIND_WORDS[k] for k in kinds)} has the id '{ref}'"
        near = (
            message.rpartition("did you mean '")[2].rstrip("'?")
            if "did you mean" in message
            else None
        )
        yield _error(
            "dangling_reference",
            message,
            loc,
            ref,
            id=ref,
            expected=list(kinds),
            found=entry[0] if entry is not None else None,
            suggestion=near,
            hint=f"did you mean '{near}'?"
            if near
            else f"add {_a(kinds[0])} with id '{ref}', or fix the id",
        )


def _upward(plan: ActionPlan) -> dict[str, list[tuple[str, Loc]]]:
    """What lies directly above each actor and body: ``part_of``, ``also_part_of`` and
    ``reports_to``, with where each is written."""
    up: dict[str, list[tuple[str, Loc]]] = {}
    for i, a in enumerate(plan.actors):
        if a.part_of is not None:
            up.setdefault(a.id, []).append((a.part_of, ("actors", i, "part_of")))
        for j, p in enumerate(a.also_part_of):
            up.setdefault(a.id, []).append((p, ("actors", i, "also_part_of", j)))
    for i, b in enumerate(plan.bodies):
        if b.part_of is not None:
            up.setdefault(b.id, []).append((b.part_of, ("bodies", i, "part_of")))
        if b.reports_to is not None:
            up.setdefault(b.id, []).append((b.reports_to, ("bodies", i, "reports_to")))
    return up


def upward_cycles(
    plan: ActionPlan, index: PlanIndex | None = None
) -> Iterator[tuple[list[str], Loc]]:
    """Cycles in the upward relations ``part_of`` (and ``also_part_of``) and ``reports_to``:
    nothing may sit above itself (PK206). The one place cycles are looked for: loading rejects
    them with it, and :func:`preventionkit.graph.governance_cycles` lists them for plans built
    without validation.

    Each edge that closes a loop yields that loop once, as ``(ids around it, its first id
    repeated at the end; location of the edge)`` (see :func:`_loops`).
    """
    by_id = (index if index is not None else plan.index).by_id
    return _loops(_upward(plan), by_id)


def _loops(
    up: dict[str, list[tuple[str, Loc]]], by_id: dict[str, tuple[str, Any]]
) -> Iterator[tuple[list[str], Loc]]:
    """One loop per edge of the relation ``up`` that closes one: one iterative depth-first
    search, linear in the relation plus the length of the loops yielded."""
    state: dict[str, int] = {}  # 1 on the stack, 2 done
    reported: set[frozenset[str]] = set()
    for root in up:
        if root in state:
            continue
        stack: list[tuple[str, Iterator[tuple[str, Loc]]]] = [(root, iter(up.get(root, ())))]
        trail: list[str] = [root]
        at: dict[str, int] = {root: 0}
        state[root] = 1
        while stack:
            node, edges = stack[-1]
            for target, loc in edges:
                if state.get(target) == 1:
                    cycle = [*trail[at[target] :], target]
                    key = frozenset(cycle)
                    if key not in reported:
                        reported.add(key)
                        yield cycle, loc
                    continue
                if target in state or target not in by_id:
                    continue
                state[target] = 1
                at[target] = len(trail)
                trail.append(target)
                stack.append((target, iter(up.get(target, ()))))
                break
            else:
                state[node] = 2
                stack.pop()
                del at[trail.pop()]


def _cycles(plan: ActionPlan, index: PlanIndex) -> Iterator[InitErrorDetails]:
    """An error for each cycle in ``part_of`` / ``reports_to`` (see :func:`upward_cycles`),
    and in the results chain (no goal may serve itself through ``contributes_to``)."""
    for cycle, loc in upward_cycles(plan, index):
        shown = " → ".join(cycle)
        yield _error(
            "cycle",
            f"'{cycle[-2]}' sits above itself through part_of/reports_to: {shown}",
            loc,
            cycle[-1],
            cycle=cycle,
            hint="part_of and reports_to must point upwards; break the loop",
        )
    goals: dict[str, list[tuple[str, Loc]]] = {}
    for i, g in enumerate(plan.goals):
        for j, target in enumerate(g.contributes_to):
            goals.setdefault(g.id, []).append((target, ("goals", i, "contributes_to", j)))
    for cycle, loc in _loops(goals, index.by_id):
        shown = " → ".join(cycle)
        yield _error(
            "cycle",
            f"the goal '{cycle[-2]}' serves itself through contributes_to: {shown}",
            loc,
            cycle[-1],
            cycle=cycle,
            hint="contributes_to must point to a goal higher in the results chain; break the loop",
        )


def check_plan(plan: ActionPlan, index: PlanIndex) -> None:
    """Raise one ``ValidationError`` listing every duplicate id, dangling reference and cycle
    (up to :data:`MAX_ERRORS`), each at its field path.

    An activity's ``programme`` is not checked here: it may name any programme, and whether it
    is in the catalogue is advice (PK303), not a condition of loading (issue 14)."""
    errors: list[InitErrorDetails] = []
    for source in (
        _duplicates(plan, index),
        _confusables(plan, index),
        _dangling(plan, index),
        _cycles(plan, index),
    ):
        for error in source:
            errors.append(error)
            if len(errors) >= MAX_ERRORS:
                break
        if len(errors) >= MAX_ERRORS:
            break
    if errors:
        raise ValidationError.from_exception_data("ActionPlan", errors)


# --- the same checks over raw input, for plans that also have field errors -----------------


def _raw_id(item: Any) -> str | None:
    value = item.get("id") if isinstance(item, dict) else None
    return value if isinstance(value, str) else None


def _raw_items(data: dict[str, Any], field_name: str) -> Iterator[tuple[int, dict[str, Any]]]:
    items = data.get(field_name)
    if isinstance(items, list | tuple):
        for i, item in enumerate(items):
            if isinstance(item, dict):
                yield i, item


def _raw_references(data: dict[str, Any]) -> Iterator[tuple[Loc, str, tuple[str, ...]]]:
    """Every reference in raw input that is text where the model wants an id (see
    :data:`_REFERENCES`)."""
    return _walk(data, _REFERENCES, ())


def raw_reference_errors(data: Any) -> list[InitErrorDetails]:
    """Duplicate ids and dangling references in not-yet-valid input, best effort.

    Used when a plan also has field errors, so that one run reports every problem (a typo in
    a field name, an unknown level *and* a misspelt id), not only the first kind.
    """
    if not isinstance(data, dict):
        return []
    index = PlanIndex()
    errors: list[InitErrorDetails] = []
    needs = data.get("needs")
    sources: list[tuple[Loc, str, dict[str, Any] | Any]] = []
    for field_name, kind in _COLLECTIONS:
        sources.extend(((field_name, i), kind, item) for i, item in _raw_items(data, field_name))
    if isinstance(needs, dict):
        sources.extend(
            (("needs", "factors", i), "factor", item) for i, item in _raw_items(needs, "factors")
        )
    for loc, kind, item in sources:
        rid = _raw_id(item)
        if rid is None:
            continue
        if rid in index.by_id:
            errors.append(_duplicate_error(rid, index.path_of[rid], (*loc, "id")))
        else:
            index.by_id[rid] = (kind, item)
            index.path_of[rid] = ".".join(str(p) for p in loc[:-1]) + f"[{loc[-1]}]"
    for error in _dangling_refs(index, _raw_references(data)):
        errors.append(error)
        if len(errors) >= MAX_ERRORS:
            break
    return errors
