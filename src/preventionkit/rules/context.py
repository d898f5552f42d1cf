"""What a rule sees: the plan, the profile, the date and language, and shared queries over the
plan (coverage, the chain of governance, who takes part) computed at most once per validation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from functools import cached_property
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from ..messages import Message, message
from ..vocab import ActorKind, ExtraTerm, Lang, Sector
from . import _graph
from ._coverage import Coverage, coverage
from .profiles import Profile

if TYPE_CHECKING:
    from ..catalogue import Programme
    from ..graph import Governance
    from ..model import ActionPlan, Actor, ProgrammeRecord

__all__ = ["RuleContext"]


class RuleContext:
    """The read-only view a check function gets of one validation run.

    Rules must not mutate the plan; shared results (the coverage matrix, mandate holders, the
    set of ids in the chain of governance) are computed lazily and cached here, so that each
    costs one pass whatever the number of rules that use it.
    """

    def __init__(
        self,
        plan: ActionPlan,
        profile: Profile,
        as_of: dt.date | None = None,
        lang: Lang = "en",
        *,
        programmes: Mapping[str, ProgrammeRecord] = MappingProxyType({}),
        frameworks: frozenset[str] = frozenset(),
    ) -> None:
        self.plan = plan
        self.profile = profile
        self.as_of = as_of
        self.lang: Lang = lang
        self.programmes = programmes
        """The programmes of the packs in this run, by id (the catalogue's come on top)."""
        self._frameworks = frameworks

    @cached_property
    def frameworks(self) -> frozenset[str]:
        """The ids of the framework packs a plan may follow: the shipped ones and those the
        packs in this run carry (issue 17). Read only when a plan follows a pack."""
        from ..data import shipped_framework_packs

        return self._frameworks | frozenset(shipped_framework_packs())

    def programme(self, id: str) -> ProgrammeRecord | Programme | None:
        """What ``id`` names as a programme: the plan's own record, a pack's, or the built-in
        catalogue's entry, in that order; None when none of them has it (issue 14: the
        catalogue is advice, not a gate)."""
        own = self.plan.get(id)
        if own is not None and self.plan.kind_of(id) == "programme":
            return own  # type: ignore[return-value]
        if id in self.programmes:
            return self.programmes[id]
        from ..catalogue import get

        try:
            return get(id)
        except KeyError:
            return None

    # --- plan lookups -------------------------------------------------------------------

    def example(self, key: str) -> Message:
        """The example a hint gives, as a nested message: ``key`` (a Swedish programme,
        helpline or organisation, as the sources name them) under a profile of Sweden, else
        ``key + ".general"`` (the same kind of thing, named for no country in particular), so
        that a Norwegian or English plan is not pointed to Kvinnofridslinjen (issue 16)."""
        return message(key if self.profile.jurisdiction == "SE" else f"{key}.general")

    def unstated(self, *paths: str) -> tuple[str, ...]:
        """Those of ``paths`` the plan does not state (left out, or ``null``), in the order
        given: what a finding resting on them must ask rather than judge (issue 16; see
        :meth:`preventionkit.ActionPlan.knows`). A list the file gives only in part
        (:attr:`~preventionkit.ActionPlan.incomplete`) counts as not stated: what it lacks,
        the plan may well have."""
        incomplete = self.plan.incomplete
        return tuple(p for p in paths if p in incomplete or self.plan.knows(p) == "unstated")

    def unstated_items(self, items: str, field: str, *, limit: int = 5) -> tuple[str, ...]:
        """The paths ``items[i].field`` the plan does not state, the first ``limit`` of them
        (e.g. the activities that give no ``prevention_levels``); ``(items,)`` when the list
        itself is not stated: what a finding on the whole list must ask rather than judge.
        For a list the file gives only in part, ``items`` comes last: the records it leaves
        out may state what the listed ones do not."""
        if self.plan.knows(items) == "unstated":
            return (items,)
        found: list[str] = []
        for i, record in enumerate(getattr(self.plan, items)):
            if field not in record.model_fields_set or getattr(record, field) is None:
                found.append(f"{items}[{i}].{field}")
                if len(found) >= limit:
                    break
        if items in self.plan.incomplete:
            found.append(items)
        return tuple(found)

    def count_unstated(self, items: str, field: str) -> int:
        """How many records of ``items`` do not state ``field``."""
        return sum(
            1
            for record in getattr(self.plan, items)
            if field not in record.model_fields_set or getattr(record, field) is None
        )

    def path_of(self, id: str) -> str:
        """The path of the record with ``id`` (e.g. ``"bodies[2]"``), or ``""``."""
        return self.plan.index.path_of.get(id, "")

    def name_of(self, id: str) -> str:
        """A readable name for ``id`` (an actor's or body's name, a title, or the id)."""
        return self.plan.name_of(id)

    def actor_or_none(self, id: str) -> Actor | None:
        """The actor with ``id``, or None when ``id`` names something else."""
        entry = self.plan.index.by_id.get(id)
        if entry is None or entry[0] != "actor":
            return None
        actor: Actor = entry[1]
        return actor

    @cached_property
    def coverage(self) -> Coverage:
        """The prevention × social-ecological coverage matrix."""
        return coverage(self.plan)

    # --- the chain of governance (preventionkit.graph) -------------------------------------

    @cached_property
    def governance(self) -> Governance:
        """The chain of governance on ``as_of`` (:func:`preventionkit.graph.governance`): the
        one derivation every rule reads."""
        return _graph.governance(self.plan, self.as_of)

    @cached_property
    def mandate_holders(self) -> tuple[str, ...]:
        """Bodies and functions holding a mandate to lead, from a formal decision, on ``as_of``."""
        return _graph.mandate_holders(self.plan, self.as_of)

    @cached_property
    def roots(self) -> tuple[str, ...]:
        """The political top of the chain: the adopting decision-maker and the grantors."""
        return _graph.chain_roots(self.plan, self.as_of)

    @cached_property
    def chain(self) -> frozenset[str]:
        """Ids reachable from the mandate holders through the chain of governance."""
        return _graph.in_chain(self.plan, self.as_of)

    @cached_property
    def unreachable(self) -> tuple[str, ...]:
        """Ids of the activities the chain of governance does not reach, in plan order."""
        return _graph.unreachable_activities(self.plan, self.as_of)

    @cached_property
    def cycles(self) -> tuple[tuple[str, ...], ...]:
        """Cycles in ``reports_to`` / ``part_of``, each as the ids around it."""
        return _graph.governance_cycles(self.plan)

    @cached_property
    def single_points_of_failure(self) -> tuple[Any, ...]:
        """Nodes or edges whose loss cuts the chain (``preventionkit.graph``)."""
        return _graph.single_points_of_failure(self.plan, self.as_of)

    # --- who takes part ------------------------------------------------------------------

    @cached_property
    def participants(self) -> tuple[str, ...]:
        """Actors taking part in the work, in a fixed order: those responsible or accountable
        for an activity (a body counts with its members) and the members and conveners of
        bodies other than political steering groups."""
        from ..vocab import BodyRole

        plan = self.plan
        by_id = plan.index.by_id
        seen: dict[str, None] = {}

        def add(ref: str) -> None:
            if ref in seen:
                return
            entry = by_id.get(ref)
            if entry is None:
                return
            if entry[0] == "actor":
                seen[ref] = None
            elif entry[0] == "body":
                body = entry[1]
                for member in body.member_ids:
                    if by_id.get(member, ("",))[0] == "actor":
                        seen.setdefault(member, None)
                if body.convener is not None and by_id.get(body.convener, ("",))[0] == "actor":
                    seen.setdefault(body.convener, None)

        done: set[str] = set()
        for activity in plan.activities:
            for ref in activity.responsible:
                if ref not in done:
                    done.add(ref)
                    add(ref)
            acc = activity.accountable
            if acc is not None and acc not in done:
                done.add(acc)
                add(acc)
        for body in plan.bodies:
            if body.role is BodyRole.POLITICAL_STEERING:
                continue
            for ref in body.member_ids:
                add(ref)
            if body.convener is not None:
                add(body.convener)
        return tuple(seen)

    def sector_of(self, actor_id: str) -> Sector | ExtraTerm | None:
        """The actor's sector; a function (or unit) without one takes the sector of what it is
        part of, up the ``part_of`` chain (002 §1.4; :func:`preventionkit.graph.sector_of`,
        memoised for the whole plan)."""
        return self._sectors.get(actor_id)

    @cached_property
    def _sectors(self) -> Mapping[str, Sector | None]:
        return _graph.sectors(self.plan)

    def anchors_politically(self, id: str) -> bool:
        """Whether ``id`` is a political body: the one predicate of political anchoring
        (:func:`preventionkit.graph.is_political`; 002 §1.6, §1.8)."""
        return id in self._political

    @cached_property
    def _political(self) -> frozenset[str]:
        return _graph.political_ids(self.plan)

    def is_political(self, id: str, kinds: frozenset[ActorKind] | None = None) -> bool:
        """Whether ``id`` is an actor of one of ``kinds`` (default: the profile's political kinds)."""
        actor = self.actor_or_none(id)
        wanted = self.profile.political_kinds if kinds is None else kinds
        return actor is not None and actor.kind in wanted
