"""Scenario edits: what-if changes to a plan that return a new plan (issue 8).

Every edit leaves its input untouched and returns a new :class:`~preventionkit.ActionPlan`
whose references are checked again (see :mod:`._check`); an edit that would leave the plan
invalid raises :class:`ScenarioError` naming every problem. The questions they answer come
from the seeds: what if the coordinator leaves (002 §1.5: "en enskild samordnare som sitter
på flertalet uppdrag utan verkligt mandat"; 004 "från person till funktion"), what if a
mandate runs out and is not renewed (002 §1.6), what if a body's members change (001 p. 13).

    >>> import preventionkit as pk
    >>> from preventionkit.testing import synthetic_plan
    >>> plan = synthetic_plan(40)
    >>> after = pk.scenarios.vacate_function(plan, "kvinnofridssamordnare", since="2024-03")
    >>> after.actor("kvinnofridssamordnare").vacant, plan.actor("kvinnofridssamordnare").vacant
    (True, False)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError

from ..messages import message as msg
from ._check import ScenarioError, _issues, rebuild, revalidate

if TYPE_CHECKING:
    from ..model import ActionPlan, Activity, Membership, PartialDate

__all__ = [
    "add_activity",
    "end_mandate",
    "remove_activity",
    "remove_actor",
    "replace_members",
    "vacate_function",
]

_COLLECTIONS = ("actors", "decisions", "bodies", "mandates", "activities", "goals", "indicators")
_ID_COLLECTIONS = frozenset({*_COLLECTIONS, "follow_up"})


def _record_of_kind(plan: ActionPlan, id: str, kinds: tuple[str, ...], what: str) -> Any:
    entry = plan.index.by_id.get(id)
    if entry is None or entry[0] not in kinds:
        from ..io import unknown_reference

        problem = unknown_reference(plan.index, id, kinds)
        raise ScenarioError(
            msg("scenario.error.unknown", what=msg(f"scenario.what.{what}"), problem=problem)
        )
    return entry[1]


# --- remove an actor or a body, with what refers to it ------------------------------------


def _required(obj: BaseModel, name: str) -> bool:
    field = type(obj).model_fields.get(name)
    return field is not None and field.is_required()


class _Detach:
    """Collected changes that cut every reference to removed ids out of a plan."""

    def __init__(self) -> None:
        self.drop: dict[str, set[int]] = {}  # collection -> record indices to drop
        self.unset: dict[tuple[Any, ...], None] = {}  # locations set to None
        self.remove: dict[tuple[Any, ...], set[int]] = {}  # list location -> items to remove

    def cut(self, plan: ActionPlan, loc: tuple[Any, ...]) -> None:
        """Record how to cut the reference at ``loc``: an item out of a list; a record whose
        required field it is (or a membership) dropped; an optional field set to None."""
        objs: list[Any] = [plan]
        for part in loc[:-1]:
            objs.append(objs[-1][part] if isinstance(part, int) else getattr(objs[-1], part))
        last = loc[-1]
        if isinstance(last, int):
            self.remove.setdefault(loc[:-1], set()).add(last)
            return
        owner = objs[-1]
        if not _required(owner, last):
            self.unset[loc] = None
            return
        # A required reference: the thing that holds it goes.
        if len(loc) == 3 and loc[0] in _ID_COLLECTIONS | {"follow_up", "funding"}:
            self.drop.setdefault(str(loc[0]), set()).add(int(loc[1]))
        elif isinstance(loc[-2], int):  # an item of a list, e.g. a membership
            self.remove.setdefault(loc[:-2], set()).add(loc[-2])
        else:  # pragma: no cover - every required reference sits in a record or a list item
            raise ScenarioError(msg("scenario.error.detach_at", loc=repr(loc)))


def _apply(
    plan: ActionPlan, detach: _Detach
) -> tuple[dict[str, list[Any]], set[str], dict[str, Any]]:
    """Apply ``detach``: new collections, ids of dropped records, new plan-level fields."""
    # Group nested edits by the record (or plan-level field) they touch.
    per_record: dict[tuple[Any, ...], list[tuple[str, tuple[Any, ...], Any]]] = {}
    for loc in detach.unset:
        key = (
            tuple(loc[:2])
            if isinstance(loc[0], str) and len(loc) > 2 and isinstance(loc[1], int)
            else (loc[0],)
        )
        per_record.setdefault(key, []).append(("unset", loc[len(key) :], None))
    for loc, items in detach.remove.items():
        key = tuple(loc[:2]) if len(loc) >= 2 and isinstance(loc[1], int) else (loc[0],)
        per_record.setdefault(key, []).append(("remove", loc[len(key) :], items))

    collections: dict[str, list[Any]] = {}
    top: dict[str, Any] = {}
    dropped_ids: set[str] = set()
    for key, edits in per_record.items():
        name = str(key[0])
        if len(key) == 2:
            records = collections.setdefault(name, list(getattr(plan, name)))
            if int(key[1]) in detach.drop.get(name, set()):
                continue
            records[int(key[1])] = _edited(records[int(key[1])], edits, name)
        else:
            value = getattr(plan, name)
            if edits[0][1] == ():  # the field itself, e.g. owner
                top[name] = None
            else:
                top[name] = _edited(value, edits, name)
    for name, indices in detach.drop.items():
        records = collections.setdefault(name, list(getattr(plan, name)))
        for i in indices:
            rid = getattr(records[i], "id", None)
            if rid is not None:
                dropped_ids.add(rid)
        collections[name] = [r for i, r in enumerate(records) if i not in indices]
    return collections, dropped_ids, top


def _edited(record: BaseModel, edits: list[tuple[str, tuple[Any, ...], Any]], what: str) -> Any:
    data = record.model_dump(exclude_unset=True, by_alias=True)
    for op, path, arg in sorted(edits, key=lambda e: -len(e[1])):
        container: Any = data
        for part in path[:-1]:
            container = container[part]
        if op == "unset":
            container[path[-1]] = None
        else:
            target = container[path[-1]] if path else container
            keep = [item for j, item in enumerate(target) if j not in arg]
            if path:
                container[path[-1]] = keep
    try:
        return type(record).model_validate(data)
    except ValidationError as exc:
        raise ScenarioError(msg("scenario.error.detach_in", what=what), _issues(exc)) from None


def remove_actor(plan: ActionPlan, id: str, *, cascade: bool = True) -> ActionPlan:
    """The plan without the actor (or body) ``id``.

    With ``cascade=True`` (the default) every reference to it is cut, as a reorganisation
    would leave things:

    * it is taken out of every list that names it: body members, activities' ``responsible``,
      ``supports``, agreement ``parties``;
    * optional references to it become empty: ``part_of`` of what sat inside it,
      ``convener``, ``reports_to``, an activity's ``accountable``, the plan's ``owner``,
      ``follow_up.by``, ``funding.by``, a membership's ``appointed_by``;
    * records that cannot exist without it go: mandates it held or granted, follow-ups held
      in it, decisions it took; and what rested on those decisions loses its decision
      (``adopted_by``, a mandate's or membership's ``decision``), which the rules then report
      (a mandate without a decision does not count, 002 §1.6);
    * activities it alone was responsible for stay, with no responsible actor, so the
      validators show them (PK301) rather than the edit hiding them.

    With ``cascade=False`` nothing else changes, and a :class:`ScenarioError` lists every
    reference that would dangle.
    """
    from ..model import references

    record = _record_of_kind(plan, id, ("actor", "body"), "remove")
    kind = "actors" if plan.kind_of(id) == "actor" else "bodies"
    current = _copy_with(plan, **{kind: [r for r in getattr(plan, kind) if r is not record]})
    if cascade:
        gone = {id}
        while gone:
            detach = _Detach()
            for loc, ref, _kinds in references(current):
                if ref in gone:
                    detach.cut(current, loc)
            if not (detach.drop or detach.unset or detach.remove):
                break
            collections, gone, top = _apply(current, detach)
            current = _copy_with(current, **collections, **top)
    return rebuild(current, msg("scenario.edit.removing", id=id))


def _copy_with(plan: ActionPlan, **fields: Any) -> ActionPlan:
    """An intermediate copy of ``plan`` with ``fields`` replaced (checked later by rebuild)."""
    return plan.model_copy(
        update={k: tuple(v) if isinstance(v, list) else v for k, v in fields.items()}
    )


# --- functions, mandates, members ---------------------------------------------------------


def _day(value: PartialDate | dt.date | str | int) -> PartialDate:
    from ..model import PartialDate

    try:
        return PartialDate.of(value)
    except (TypeError, ValueError) as exc:
        raise ScenarioError(msg("scenario.error.not_a_date", reason=str(exc))) from None


def vacate_function(
    plan: ActionPlan, id: str, since: PartialDate | dt.date | str | int | None = None
) -> ActionPlan:
    """The plan with the function (post) ``id`` vacant since ``since``: its holders leave and
    no one is appointed (002 §1.5; 004 "Utveckling från person till funktion").

    The post itself stays, with its mandates and memberships, so the rules and the graph can
    show what a vacancy cuts. A known head count becomes 0.
    """
    actor = _record_of_kind(plan, id, ("actor",), "vacate")
    if not actor.is_function:
        raise ScenarioError(msg("scenario.error.not_a_function", id=id, kind=actor.kind))
    changes: dict[str, Any] = {
        "vacant": True,
        "vacant_since": None if since is None else _day(since),
    }
    if actor.holders is not None:
        changes["holders"] = 0
    new = revalidate(actor, msg("scenario.record.function", id=id), **changes)
    actors = [new if a is actor else a for a in plan.actors]
    return rebuild(plan, msg("scenario.edit.vacating", id=id), actors=actors)


def end_mandate(
    plan: ActionPlan, mandate: str, *, on: PartialDate | dt.date | str | int
) -> ActionPlan:
    """The plan with a mandate ending on ``on`` (its last day in force, 002 §1.6).

    ``mandate`` is a mandate's id, or the id of a holder, which ends every mandate it holds
    that is still in force after ``on``. Check the effect with ``as_of`` a later day, e.g.
    ``compare(plan, after, as_of=...)``.
    """
    end = _day(on)
    matched = [m for m in plan.mandates if m.id == mandate]
    if not matched:
        matched = [m for m in plan.mandates if m.holder == mandate]
        if not matched:
            raise ScenarioError(msg("scenario.error.no_mandate", id=mandate))
        matched = [
            m for m in matched if m.valid_until is None or m.valid_until.latest() > end.latest()
        ]
        if not matched:
            raise ScenarioError(msg("scenario.error.already_ends", id=mandate, day=end))
    chosen = {id(m) for m in matched}
    mandates = [
        revalidate(m, msg("scenario.record.mandate", id=m.holder), valid_until=end)
        if id(m) in chosen
        else m
        for m in plan.mandates
    ]
    return rebuild(plan, msg("scenario.edit.ending_mandate", id=mandate), mandates=mandates)


def replace_members(
    plan: ActionPlan, body_id: str, members: Iterable[str | Membership | Mapping[str, Any]]
) -> ActionPlan:
    """The plan with the body ``body_id`` made up of ``members`` (ids, memberships or
    mappings of a membership's fields), e.g. after the committee appoints new
    representatives (001 p. 13)."""
    body = _record_of_kind(plan, body_id, ("body",), "replace_members")
    new = revalidate(body, msg("scenario.record.body", id=body_id), members=list(members))
    return rebuild(
        plan,
        msg("scenario.edit.replacing_members", id=body_id),
        bodies=[new if b is body else b for b in plan.bodies],
    )


# --- activities ---------------------------------------------------------------------------


def add_activity(plan: ActionPlan, activity: Activity | Mapping[str, Any]) -> ActionPlan:
    """The plan with ``activity`` (a record or a mapping of its fields) added at the end; its
    id must be new and its references must resolve."""
    from ..model import Activity

    try:
        record = Activity.model_validate(activity)
    except ValidationError as exc:
        raise ScenarioError(msg("scenario.error.invalid_activity"), _issues(exc)) from None
    return rebuild(
        plan,
        msg("scenario.edit.adding_activity", id=record.id),
        activities=[*plan.activities, record],
    )


def remove_activity(plan: ActionPlan, id: str) -> ActionPlan:
    """The plan without the activity ``id`` (nothing else refers to activities)."""
    record = _record_of_kind(plan, id, ("activity",), "remove")
    return rebuild(
        plan,
        msg("scenario.edit.removing_activity", id=id),
        activities=[a for a in plan.activities if a is not record],
    )
