"""Who takes part in the work and which sectors they cover: the one derivation PK601, PK602
and checklist item 2 read (002 §1.4; issue 16 "one answer per question")."""

from __future__ import annotations

from collections.abc import Mapping

from ..model import ActionPlan, cached
from ..vocab import ActorKind, ExtraTerm, Sector
from ._governance import sectors

__all__ = [
    "civil_society_partners",
    "sector_covered",
    "sectors_taking_part",
    "taking_part",
    "without_sector",
]


def sector_covered(plan: ActionPlan, actor_id: str) -> Sector | ExtraTerm | None:
    """The sector actor ``actor_id`` brings into the work: its own or inherited sector
    (:func:`~preventionkit.graph.sector_of`); a municipality without one is the municipality
    as a whole, which acts through its leadership (``municipal_leadership``; issue 16)."""
    return _covered(plan, sectors(plan), actor_id)


def _covered(
    plan: ActionPlan, table: Mapping[str, Sector | None], actor_id: str
) -> Sector | ExtraTerm | None:
    """:func:`sector_covered` with the plan's sectors looked up once by the caller."""
    sector = table.get(actor_id)
    if sector is None:
        actor = plan.get(actor_id)
        if getattr(actor, "kind", None) is ActorKind.MUNICIPALITY:
            return Sector.MUNICIPAL_LEADERSHIP
    return sector


def taking_part(plan: ActionPlan) -> tuple[str, ...]:
    """The actors taking part in the work, in a fixed order: those responsible or accountable
    for an activity, members, conveners and leads of bodies (a body counts with its members),
    mandate holders (not their grantors, who steer), the parties of a joint decision (e.g. the signatories of a
    county agreement, 003 "Ett paradigmskifte") and the organisations the plan is adopted to
    govern (``applies_to``; e.g. every committee and company of the municipality), and the
    partners the plan names without a place in a body or activity (``partners``)."""

    def build() -> tuple[str, ...]:
        by_id = plan.index.by_id
        seen: dict[str, None] = {}
        bodies_seen: set[str] = set()

        def add(ref: str | None) -> None:
            if ref is None or ref in seen or ref in bodies_seen:
                return
            entry = by_id.get(ref)
            if entry is None:
                return
            if entry[0] == "actor":
                seen[ref] = None
            elif entry[0] == "body":
                bodies_seen.add(ref)
                body = entry[1]
                for member in body.member_ids:
                    if member not in seen:  # a large plan's actors sit in several bodies
                        add(member)
                add(body.convener)
                add(body.lead)

        for activity in plan.activities:
            for ref in activity.responsible:
                add(ref)
            add(activity.accountable)
        for body in plan.bodies:
            add(body.id)
        for mandate in plan.mandates:
            add(mandate.holder)  # the grantors steer; the holder takes part
        for decision in plan.decisions:
            for party in decision.parties:
                add(party)
        for ref in plan.applies_to:
            add(ref)
        for ref in plan.partners:
            add(ref)
        return tuple(seen)

    return cached(plan, "taking_part", build, depends_on=_TAKING_PART_FIELDS)


_TAKING_PART_FIELDS = (
    "actors",
    "bodies",
    "activities",
    "mandates",
    "decisions",
    "applies_to",
    "partners",
)


def _coverage(plan: ActionPlan) -> dict[str, Sector | ExtraTerm | None]:
    """Each actor :func:`taking_part` and the sector it brings (:func:`sector_covered`),
    worked out once per plan for both :func:`sectors_taking_part` and :func:`without_sector`
    (PK601 asked again for each of 100,000 actors, issue 21)."""

    def build() -> dict[str, Sector | ExtraTerm | None]:
        table = sectors(plan)
        return {actor_id: _covered(plan, table, actor_id) for actor_id in taking_part(plan)}

    return cached(plan, "coverage_of_actors", build, depends_on=_TAKING_PART_FIELDS)


def without_sector(plan: ActionPlan) -> tuple[str, ...]:
    """The actors :func:`taking_part` that bring no sector (:func:`sector_covered` is None),
    in the same order: what PK601 asks the plan to state (002 §1.4)."""
    return tuple(actor_id for actor_id, sector in _coverage(plan).items() if sector is None)


def sectors_taking_part(plan: ActionPlan) -> tuple[Sector | ExtraTerm, ...]:
    """The sectors the actors :func:`taking_part` cover (:func:`sector_covered`), in
    vocabulary order (declared extra sectors after the built-in ones). The municipality as a
    whole counts with ``municipal_leadership``: a municipality or its executive board taking
    part brings the municipal organisation into the work (issue 16). A body whose members
    the plan gives only by sector brings those sectors (``Body.sectors``)."""
    found: set[Sector | ExtraTerm] = {s for s in _coverage(plan).values() if s is not None}
    for body in plan.bodies:  # members the plan gives only by their sector
        found.update(body.sectors)
    extra = sorted(s for s in found if isinstance(s, ExtraTerm))
    return (*(s for s in Sector if s in found), *extra)


def civil_society_partners(plan: ActionPlan) -> tuple[str, ...]:
    """The civil-society organisations the plan names among its actors: of kind
    ``civil_society_organisation`` or of the civil-society sector. Naming one is enough, e.g.
    the shelters and organisations Umeå lists as collaboration partners (001 p. 11, p. 13)."""
    table = sectors(plan)
    return tuple(
        a.id
        for a in plan.actors
        if a.kind is ActorKind.CIVIL_SOCIETY_ORGANISATION or table.get(a.id) is Sector.CIVIL_SOCIETY
    )
