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

from ..graph import (
    civil_society_partners,
    governance,
    sector_covered,
    sectors_taking_part,
    taking_part,
)
from ..messages import Localized, Message, check_lang, default_lang, render
from ..messages import message as msg
from ..model import ActionPlan, ChecklistEntry
from ..vocab import Answer, BodyRole, FundingSource, Lang
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
    evidence: Message | None
    """What in the plan gave the answer, as data (None when nothing did)."""
    note: Message | None = None
    lang: str | None = None
    """The language :meth:`evidence_text` and :meth:`note_text` use by default."""

    def question(self, lang: Lang | None = None) -> str:
        """The question in ``lang``: the English one in English, else the guide's own
        Swedish words (002 §1.13), which are quoted, not translated."""
        lang = check_lang(lang) if lang is not None else self.lang or default_lang()
        return Localized((("sv", self.question_sv), ("en", self.question_en))).get(lang)

    def evidence_text(self, lang: Lang | None = None) -> str:
        """The evidence in ``lang`` ("" when nothing gave the answer)."""
        return render(self.evidence, lang or self.lang) if self.evidence is not None else ""

    def note_text(self, lang: Lang | None = None) -> str | None:
        """The note in ``lang``, or None."""
        return render(self.note, lang or self.lang) if self.note is not None else None

    def to_dict(self, lang: Lang | None = None) -> dict[str, Any]:
        """A JSON-ready dict: texts in ``lang`` and the evidence as data (``key``, ``params``)."""
        return {
            "item": self.item,
            "id": self.id,
            "question_sv": self.question_sv,
            "question_en": self.question_en,
            "answer": self.answer.value,
            "provenance": self.provenance,
            "evidence": self.evidence_text(lang),
            "evidence_data": self.evidence.to_dict() if self.evidence is not None else None,
            "note": self.note_text(lang),
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
_Found = tuple[Answer, Message] | None


def _names(plan: ActionPlan, ids: list[str]) -> tuple[str, ...]:
    return tuple(plan.name_of(i) or i for i in ids)


def _count(what: str, n: int) -> Message:
    return msg(f"count.{what}", n=n)


def _arenas(plan: ActionPlan) -> _Found:
    """Item 1: the arenas of the activities; several arenas at once (002 §1.2)."""
    arenas = list(dict.fromkeys(a for act in plan.activities for a in act.arenas))
    if not arenas:
        return None
    used = sum(1 for act in plan.activities if act.arenas)
    answer = Answer.YES if len(arenas) >= 2 else Answer.PARTLY
    return answer, msg(
        "checklist.arenas",
        n=len(arenas),
        activities=_count("activities", used),
        arenas=tuple(arenas),
    )


def _partners(plan: ActionPlan) -> _Found:
    """Item 2: strategic partners from several sectors, civil society among them (002 §1.4).
    Who takes part, the sectors they cover and the civil-society partners are the derivations
    PK601 and PK602 read (:mod:`preventionkit.graph`), so the answers agree."""
    sectors = sectors_taking_part(plan)
    if not sectors:
        return None
    civil = bool(civil_society_partners(plan))
    listed = tuple(sectors)
    if len(sectors) >= 2 and civil:
        return Answer.YES, msg("checklist.sectors.civil", n=len(sectors), sectors=listed)
    if len(sectors) >= 2:
        return Answer.PARTLY, msg("checklist.sectors.no_civil", n=len(sectors), sectors=listed)
    if not _who_takes_part_is_stated(plan):
        # One sector seen, but the plan leaves out who carries out the work or the sector of
        # some who take part: the sectors not seen may be there. Not stated, never "no" (the
        # three-valued knowledge PK601 applies to the same facts).
        return None
    return Answer.NO, msg("checklist.sectors.one", sectors=listed)


def _who_takes_part_is_stated(plan: ActionPlan) -> bool:
    """Whether the plan states who takes part fully enough to judge its sectors: its
    activities are listed, each names who is responsible, and every actor taking part has a
    sector (its own or what it is part of) — the facts PK601 asks about before it judges."""
    if plan.knows("activities") == "unstated" or not plan.activities:
        return False
    if any("responsible" not in a.model_fields_set or not a.responsible for a in plan.activities):
        return False
    return all(sector_covered(plan, a) is not None for a in taking_part(plan))


def _mandate_and_resources(plan: ActionPlan) -> _Found:
    """Item 3: a mandate to lead resting on a formal decision, and resources (002 §1.6)."""
    if not plan.mandates and not plan.decisions:
        return None
    # The same holders the chain of governance counts (PK201): leading mandates resting on a
    # decision or a statute, in mandate order.
    leading = set(governance(plan).holders)
    formal = [m for m in plan.mandates if m.leads and m.holder in leading]
    resourced = [m.holder for m in formal if m.resources]
    funded = [f for f in plan.funding if f.decision is not None]
    budgets = [d.id for d in plan.decisions if d.kind == "budget"]
    if not formal:
        if plan.mandates:
            return Answer.NO, msg("checklist.mandate.none_of", n=len(plan.mandates))
        if plan.knows("mandates") == "unstated":
            # Decisions recorded but no word on mandates: not stated, not "no" (PK201 asks).
            return None
        return Answer.NO, msg("checklist.mandate.none")
    holders = _names(plan, list(dict.fromkeys(m.holder for m in formal)))
    if resourced or funded or budgets:
        parts: list[Message] = []
        if resourced:
            parts.append(msg("checklist.mandate.resources_with", holders=_names(plan, resourced)))
        if funded:
            parts.append(msg("checklist.mandate.funding_decisions", n=len(funded)))
        if budgets:
            parts.append(msg("checklist.mandate.budget_decisions", ids=tuple(budgets)))
        return Answer.YES, msg("checklist.mandate.resourced", holders=holders, parts=tuple(parts))
    return Answer.PARTLY, msg("checklist.mandate.unresourced", holders=holders)


def _existing_structures(plan: ActionPlan) -> _Found:
    """Item 4: the work is linked to existing collaboration structures (002 §1.7)."""
    existing = [b.id for b in plan.bodies if b.existing_structure]
    if not existing:
        return None
    return Answer.YES, msg("checklist.existing", names=_names(plan, existing))


def _funding_and_organisation(plan: ActionPlan) -> _Found:
    """Item 5: funding entries and collaboration bodies (002 §1.5, §1.6)."""
    if not plan.funding:
        return None
    settled = [f for f in plan.funding if f.source is not FundingSource.UNRESOLVED]
    # A funding entry whose kind the plan does not say still counts as funding (001 p. 18).
    sources = tuple(
        dict.fromkeys(
            f.source if f.source is not None else msg("report.not_stated") for f in plan.funding
        )
    )
    said = msg("checklist.funding", sources=sources, bodies=_count("bodies", len(plan.bodies)))
    if settled and plan.bodies:
        return Answer.YES, said
    if not settled:
        return Answer.NO, msg(
            "checklist.funding.unresolved", bodies=_count("bodies", len(plan.bodies))
        )
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
    have = tuple(r for r, ok in present.items() if ok)
    lack = tuple(r for r, ok in present.items() if not ok)
    if not lack:
        return Answer.YES, msg("checklist.chain.all", have=have)
    if plan.knows("bodies") == "unstated":
        # The plan does not describe its organisation: the functions not seen are not stated,
        # not missing (PK203 asks about each instead of judging).
        return None
    if not have:
        return Answer.NO, msg("checklist.chain.none", lack=lack)
    return Answer.PARTLY, msg("checklist.chain.some", have=have, lack=lack)


def _vision(plan: ActionPlan) -> _Found:
    """Item 7: a vision in line with governing documents (002 §1.9)."""
    vision = plan.vision
    if vision is None:
        return None
    if vision.aligned_with:
        return Answer.YES, msg("checklist.vision.aligned", documents=tuple(vision.aligned_with))
    return Answer.PARTLY, msg("checklist.vision.unaligned")


def _organisational_readiness(plan: ActionPlan) -> _Found:
    """Item 8: organisational readiness assessed, e.g. with BFF (002 §1.11)."""
    readiness = plan.readiness
    if readiness is None or not readiness.organisational_readiness:
        return None
    what = readiness.organisational_readiness
    if readiness.assessed_on is not None:
        return Answer.YES, msg("checklist.readiness.on", what=what, day=readiness.assessed_on)
    return Answer.YES, msg("checklist.readiness", what=what)


def _readiness_when_violence(plan: ActionPlan) -> _Found:
    """Item 9: reporting routine, referral routines and support contacts (002 §1.12)."""
    readiness = plan.readiness
    if readiness is None:
        return None
    reporting = readiness.mandatory_reporting_routine
    parts = {
        msg("checklist.when_violence.reporting"): reporting is True,
        msg("checklist.when_violence.referral"): bool(readiness.referral_routines),
        msg("checklist.when_violence.support"): bool(readiness.support_contacts),
    }
    if reporting is None and not readiness.referral_routines and not readiness.support_contacts:
        return None
    have = tuple(k for k, ok in parts.items() if ok)
    lack = tuple(k for k, ok in parts.items() if not ok)
    if not lack:
        return Answer.YES, msg("checklist.when_violence.all", have=have)
    if not have:
        return Answer.NO, msg("checklist.when_violence.none", lack=lack)
    return Answer.PARTLY, msg("checklist.when_violence.some", have=have, lack=lack)


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


def _own(entry: ChecklistEntry) -> Message:
    if entry.note:
        return msg("checklist.own.note", answer=entry.answer, note=entry.note)
    return msg("checklist.own", answer=entry.answer)


def _one(
    plan: ActionPlan,
    framework: str,
    item: ChecklistItem,
    answerer: Callable[[ActionPlan], _Found] | None,
    own: ChecklistEntry | None,
    *,
    lang: str | None,
) -> ItemAssessment:
    id = f"{framework}.{item.number}"
    found = answerer(plan) if answerer is not None else None
    if found is not None:
        answer, evidence = found
        provenance: Provenance = "data"
        note: Message | None = None
        if own is not None and own.answer is not answer:
            note = msg("checklist.kept", own=_own(own))
    elif own is not None:
        answer, provenance = own.answer, "plan"
        evidence = msg("checklist.entry", id=id)
        note = msg("text", text=own.note) if own.note else None
    else:
        answer, provenance, evidence, note = Answer.UNKNOWN, "none", None, None
    return ItemAssessment(
        item=item.number,
        id=id,
        question_sv=item.question_sv,
        question_en=item.question_en,
        answer=answer,
        provenance=provenance,
        evidence=evidence,
        note=note,
        lang=lang,
    )


def assess(plan: ActionPlan, framework: str = "step1", *, lang: Lang | None = None) -> Assessment:
    """Answer a framework's checklist for ``plan``, item by item, each with its provenance.

    Step 1's nine items (002 §1.13) are answered from the data where it allows (arenas from
    the activities, partners from the sectors taking part, mandate and resources from
    mandates and decisions, existing structures and the chain of governance from the bodies,
    funding from the funding entries, the vision, and readiness), otherwise from the plan's
    ``checklist`` section, otherwise *unknown*. Evidence and notes are data, rendered in
    ``lang`` (the library default when None) by ``evidence_text`` and ``note_text``.

    >>> from preventionkit.examples import load
    >>> [i.provenance for i in assess(load("umea"))][:4]
    ['data', 'data', 'data', 'data']
    """
    lang = check_lang(lang) if lang is not None else None
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
                lang=lang,
            )
            for item in items
        ),
    )
