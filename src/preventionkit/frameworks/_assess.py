"""Assess a plan against step 1's checklist (002 §1.13), saying where every answer came from.

Each item is answered from the plan's data where the data can answer it (provenance
``"data"``); otherwise from the plan's own ``checklist`` section (``"plan"``); otherwise it is
unknown (``"none"``). An answer from data wins over the plan's own, so a checklist cannot say
*yes* where the plan's records show otherwise; the plan's answer is then kept in the note.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from ..graph import governance, sector_of
from ..model import ActionPlan, Actor, ChecklistEntry
from ..vocab import Answer, BodyRole, ExtraTerm, FundingSource, Lang, Sector
from ._load import checklist
from ._models import ChecklistItem

__all__ = ["Assessment", "ItemAssessment", "Provenance", "assess"]

Provenance = Literal["data", "plan", "none"]
"""Where an answer came from: the plan's data, the plan's own checklist, or nowhere."""


@dataclass(frozen=True, slots=True)
class ItemAssessment:
    """The answer to one checklist item, with where it came from and why."""

    item: int
    """The item's number, 1–9 for step 1."""
    id: str
    """The item's id as plans write it in ``checklist``, e.g. ``'step1.4'``."""
    question_sv: str
    question_en: str
    answer: Answer
    provenance: Provenance
    evidence: str
    """What in the plan gave the answer (empty when nothing did)."""
    note: str | None = None

    def question(self, lang: Lang = "en") -> str:
        """The question in ``lang``."""
        return self.question_sv if lang == "sv" else self.question_en

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "item": self.item,
            "id": self.id,
            "question_sv": self.question_sv,
            "question_en": self.question_en,
            "answer": self.answer.value,
            "provenance": self.provenance,
            "evidence": self.evidence,
            "note": self.note,
        }


@dataclass(frozen=True, slots=True)
class Assessment:
    """A plan's answers to a framework's checklist, item by item (iterable)."""

    framework: str
    plan: str
    items: tuple[ItemAssessment, ...]

    def __iter__(self) -> Iterator[ItemAssessment]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def item(self, number: int) -> ItemAssessment:
        """The assessment of item ``number`` (1-based); ``KeyError`` if there is none."""
        for entry in self.items:
            if entry.item == number:
                return entry
        raise KeyError(f"{self.framework} has no item {number}")

    def by_provenance(self, provenance: Provenance) -> tuple[ItemAssessment, ...]:
        """The items answered from ``provenance``."""
        return tuple(i for i in self.items if i.provenance == provenance)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "framework": self.framework,
            "plan": self.plan,
            "items": [i.to_dict() for i in self.items],
        }


# An item's answer from data and the evidence for it; None when the data cannot answer.
_Found = tuple[Answer, str] | None


def _names(plan: ActionPlan, ids: list[str]) -> str:
    return ", ".join(plan.name_of(i) or i for i in ids)


def _arenas(plan: ActionPlan) -> _Found:
    """Item 1: the arenas of the activities; several arenas at once (002 §1.2)."""
    arenas = list(dict.fromkeys(a for act in plan.activities for a in act.arenas))
    if not arenas:
        return None
    used = sum(1 for act in plan.activities if act.arenas)
    answer = Answer.YES if len(arenas) >= 2 else Answer.PARTLY
    return answer, f"{len(arenas)} arenas in {used} activities: {', '.join(arenas)}"


def _partners(plan: ActionPlan) -> _Found:
    """Item 2: strategic partners from several sectors, civil society among them (002 §1.4)."""
    taking_part: list[str] = []
    for body in plan.bodies:
        if body.convener is not None:
            taking_part.append(body.convener)
        taking_part.extend(body.member_ids)
    for act in plan.activities:
        taking_part.extend(act.responsible)
    for mandate in plan.mandates:
        taking_part.append(mandate.holder)
    for decision in plan.decisions:
        taking_part.extend(decision.parties)
    sectors: dict[Sector | ExtraTerm, None] = {}
    for id in dict.fromkeys(taking_part):
        record = plan.get(id)
        if isinstance(record, Actor):
            sector = sector_of(plan, record.id)
            if sector is not None:
                sectors[sector] = None
    if not sectors:
        return None
    civil = Sector.CIVIL_SOCIETY in sectors
    listed = ", ".join(sectors)
    if len(sectors) >= 2 and civil:
        return Answer.YES, f"{len(sectors)} sectors take part, civil society among them: {listed}"
    if len(sectors) >= 2:
        return Answer.PARTLY, f"{len(sectors)} sectors take part but no civil society: {listed}"
    return Answer.NO, f"only one sector takes part: {listed}"


def _mandate_and_resources(plan: ActionPlan) -> _Found:
    """Item 3: a mandate to lead resting on a formal decision, and resources (002 §1.6)."""
    if not plan.mandates and not plan.decisions:
        return None
    decisions = {d.id: d for d in plan.decisions}
    formal = [m for m in plan.mandates if m.leads and m.decision in decisions]
    # The same holders the chain of governance counts (PK201), in mandate order.
    leading = set(governance(plan).holders)
    formal = [m for m in formal if m.holder in leading]
    resourced = [m.holder for m in formal if m.resources]
    funded = [f for f in plan.funding if f.decision is not None]
    budgets = [d.id for d in plan.decisions if d.kind == "budget"]
    if not formal:
        what = "no mandate to lead rests on a formal decision"
        return Answer.NO, what + (f" ({len(plan.mandates)} mandates)" if plan.mandates else "")
    holders = _names(plan, list(dict.fromkeys(m.holder for m in formal)))
    said = f"mandates to lead by formal decision: {holders}"
    if resourced or funded or budgets:
        parts = []
        if resourced:
            parts.append(f"resources with the mandate of {_names(plan, resourced)}")
        if funded:
            parts.append(f"{len(funded)} funding decisions")
        if budgets:
            parts.append(f"budget decisions {', '.join(budgets)}")
        return Answer.YES, f"{said}; resources: {'; '.join(parts)}"
    return Answer.PARTLY, f"{said}; no resources recorded by formal decision"


def _existing_structures(plan: ActionPlan) -> _Found:
    """Item 4: the work is linked to existing collaboration structures (002 §1.7)."""
    existing = [b.id for b in plan.bodies if b.existing_structure]
    if not existing:
        return None
    return Answer.YES, f"linked to existing structures: {_names(plan, existing)}"


def _funding_and_organisation(plan: ActionPlan) -> _Found:
    """Item 5: funding entries and collaboration bodies (002 §1.5, §1.6)."""
    if not plan.funding:
        return None
    settled = [f for f in plan.funding if f.source is not FundingSource.UNRESOLVED]
    # A funding entry whose kind the plan does not say still counts as funding (001 p. 18).
    sources = ", ".join(
        dict.fromkeys(
            f.source.value if f.source is not None else "not stated" for f in plan.funding
        )
    )
    said = f"funding: {sources}; {len(plan.bodies)} collaboration bodies"
    if settled and plan.bodies:
        return Answer.YES, said
    if not settled:
        return Answer.NO, f"funding is still unresolved; {len(plan.bodies)} collaboration bodies"
    return Answer.PARTLY, said


def _chain(plan: ActionPlan) -> _Found:
    """Item 6: the four functions of the chain of governance (002 §1.8)."""
    if not plan.bodies and not plan.actors:
        return None
    # The chain as PK203 reads it: the roles of the bodies in the chain, and political
    # steering by the one predicate of political anchoring (002 §1.8).
    chain = governance(plan)
    roles = chain.roles
    present = {
        BodyRole.POLITICAL_STEERING: BodyRole.POLITICAL_STEERING in roles
        or chain.political_steering,
        BodyRole.STEERING_GROUP: BodyRole.STEERING_GROUP in roles,
        BodyRole.COLLABORATION_TEAM: BodyRole.COLLABORATION_TEAM in roles,
        BodyRole.OPERATIONAL_GROUP: BodyRole.OPERATIONAL_GROUP in roles,
    }
    have = [r.value for r, ok in present.items() if ok]
    lack = [r.value for r, ok in present.items() if not ok]
    said = f"functions present: {', '.join(have) or 'none'}"
    if lack:
        said += f"; missing: {', '.join(lack)}"
    if not lack:
        return Answer.YES, said
    return (Answer.PARTLY if have else Answer.NO), said


def _vision(plan: ActionPlan) -> _Found:
    """Item 7: a vision in line with governing documents (002 §1.9)."""
    vision = plan.vision
    if vision is None:
        return None
    if vision.aligned_with:
        return Answer.YES, f"vision aligned with: {', '.join(vision.aligned_with)}"
    return Answer.PARTLY, "a vision, but no governing document it is aligned with"


def _organisational_readiness(plan: ActionPlan) -> _Found:
    """Item 8: organisational readiness assessed, e.g. with BFF (002 §1.11)."""
    readiness = plan.readiness
    if readiness is None or not readiness.organisational_readiness:
        return None
    when = f" ({readiness.assessed_on})" if readiness.assessed_on is not None else ""
    return Answer.YES, f"organisational readiness: {readiness.organisational_readiness}{when}"


def _readiness_when_violence(plan: ActionPlan) -> _Found:
    """Item 9: reporting routine, referral routines and support contacts (002 §1.12)."""
    readiness = plan.readiness
    if readiness is None:
        return None
    reporting = readiness.mandatory_reporting_routine
    parts = {
        "routine for the duty to report children at risk": reporting is True,
        "referral routines": bool(readiness.referral_routines),
        "support contacts": bool(readiness.support_contacts),
    }
    if reporting is None and not readiness.referral_routines and not readiness.support_contacts:
        return None
    have = [k for k, ok in parts.items() if ok]
    lack = [k for k, ok in parts.items() if not ok]
    said = f"in place: {', '.join(have) or 'nothing'}"
    if lack:
        said += f"; not recorded: {', '.join(lack)}"
    if not lack:
        return Answer.YES, said
    return (Answer.PARTLY if have else Answer.NO), said


_STEP1: dict[int, Callable[[ActionPlan], _Found]] = {
    1: _arenas,
    2: _partners,
    3: _mandate_and_resources,
    4: _existing_structures,
    5: _funding_and_organisation,
    6: _chain,
    7: _vision,
    8: _organisational_readiness,
    9: _readiness_when_violence,
}

_ANSWERERS: dict[str, dict[int, Callable[[ActionPlan], _Found]]] = {"step1": _STEP1}


def _own(entry: ChecklistEntry | None) -> str:
    if entry is None:
        return ""
    note = f": {entry.note}" if entry.note else ""
    return f"the plan's checklist answers {entry.answer.value}{note}"


def _one(
    plan: ActionPlan,
    framework: str,
    item: ChecklistItem,
    answerer: Callable[[ActionPlan], _Found] | None,
    own: ChecklistEntry | None,
) -> ItemAssessment:
    id = f"{framework}.{item.number}"
    found = answerer(plan) if answerer is not None else None
    if found is not None:
        answer, evidence = found
        provenance: Provenance = "data"
        note = None
        if own is not None and own.answer is not answer:
            note = f"{_own(own)}; the answer from data is kept"
    elif own is not None:
        answer, provenance, evidence, note = own.answer, "plan", f"checklist entry {id}", own.note
    else:
        answer, provenance, evidence, note = Answer.UNKNOWN, "none", "", None
    return ItemAssessment(
        item=item.number,
        id=id,
        question_sv=item.question_sv,
        question_en=item.question_en,
        answer=answer,
        provenance=provenance,
        evidence=evidence,
        note=note,
    )


def assess(plan: ActionPlan, framework: str = "step1") -> Assessment:
    """Answer a framework's checklist for ``plan``, item by item, each with its provenance.

    Step 1's nine items (002 §1.13) are answered from the data where it allows (arenas from
    the activities, partners from the sectors taking part, mandate and resources from
    mandates and decisions, existing structures and the chain of governance from the bodies,
    funding from the funding entries, the vision, and readiness), otherwise from the plan's
    ``checklist`` section, otherwise *unknown*.

    >>> from preventionkit.examples import load
    >>> [i.provenance for i in assess(load("umea"))][:4]
    ['data', 'data', 'data', 'data']
    """
    items = checklist(framework)
    answerers = _ANSWERERS.get(framework, {})
    own: dict[str, ChecklistEntry] = {}
    for entry in plan.checklist:
        own.setdefault(entry.item, entry)
    return Assessment(
        framework=framework,
        plan=plan.id,
        items=tuple(
            _one(
                plan,
                framework,
                item,
                answerers.get(item.number),
                own.get(f"{framework}.{item.number}"),
            )
            for item in items
        ),
    )
