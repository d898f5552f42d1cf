"""Assess a plan against a framework pack: every item graded on the pack's scale, with its
evidence (the records and fields it rests on) and its provenance.

An item is answered from the plan's data when its evidence check can answer (provenance
``"data"``), else from the plan's own ``checklist`` (``"plan"``), else it is *not stated*
(``"none"``), as :func:`~preventionkit.frameworks.assess` does for step 1 (002 §1.13). The
result is data; words come late from the message catalogue and the pack's labels.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ..messages import Message, check_lang, default_lang, render
from ..messages import message as msg
from ..model import ActionPlan, ChecklistEntry
from ..vocab import Answer
from ._assess import Provenance
from ._checks import CHECKS, Evidence, Found
from ._pack import FrameworkPack, PackItem
from ._packs import framework_pack

__all__ = ["ItemResult", "PackAssessment", "assess_declared", "assess_pack"]


@dataclass(frozen=True, slots=True)
class ItemResult:
    """One item's grade, answer, evidence and provenance."""

    item: PackItem
    grade: str
    """The grade's code on the pack's scale, e.g. ``'partly_met'``."""
    answer: Answer
    provenance: Provenance
    evidence: Evidence | None
    """What in the plan gave the answer; None when nothing did."""
    note: Message | None = None
    """The plan's own answer when the data says otherwise (the data's answer is kept)."""

    @property
    def id(self) -> str:
        """The item's id in its pack."""
        return self.item.id

    def to_dict(self, pack: FrameworkPack, lang: str | None = None) -> dict[str, Any]:
        """JSON-ready data, with the texts in ``lang``."""
        lang = check_lang(lang) if lang is not None else default_lang()
        return {
            "item": self.item.id,
            "key": pack.key(self.item),
            "kind": self.item.kind,
            "parent": self.item.parent,
            "label": self.item.labels.get(lang),
            "grade": self.grade,
            "grade_label": pack.scale.level(self.grade).labels.get(lang),
            "answer": self.answer.value,
            "provenance": self.provenance,
            "evidence": render(self.evidence.message, lang) if self.evidence else None,
            "records": list(self.evidence.records) if self.evidence else [],
            "fields": list(self.evidence.fields) if self.evidence else [],
            "evidence_data": self.evidence.to_dict() if self.evidence else None,
            "approximate": self.item.evidence.approximate,
            "note": render(self.note, lang) if self.note is not None else None,
            "citation": self.item.citation.model_dump(exclude_none=True),
        }


@dataclass(frozen=True, slots=True)
class PackAssessment:
    """A plan assessed against one framework pack, recording the pack's version (iterable
    over the item results, in the pack's order)."""

    pack: FrameworkPack
    plan: str
    items: tuple[ItemResult, ...]

    @property
    def pack_id(self) -> str:
        """The pack's id."""
        return self.pack.id

    @property
    def version(self) -> str:
        """The version of the pack this assessment used."""
        return self.pack.version

    def __iter__(self) -> Iterator[ItemResult]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def result(self, item: str) -> ItemResult:
        """The result for the item with id ``item``; ``KeyError`` otherwise."""
        for r in self.items:
            if r.item.id == item:
                return r
        raise KeyError(f"pack {self.pack.id!r} has no item {item!r}")

    def counts(self) -> dict[str, int]:
        """How many items got each grade, in the scale's order (zeros included)."""
        seen = Counter(r.grade for r in self.items)
        return {g.code: seen.get(g.code, 0) for g in self.pack.scale.levels}

    def score(self) -> float | None:
        """The mean score of the items the plan states something about (None if none):
        a summary for comparing plans, not a verdict."""
        scores = [self.pack.scale.level(r.grade).score for r in self.items]
        known = [s for s in scores if s is not None]
        return sum(known) / len(known) if known else None

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """JSON-ready data: the pack (id, version, title), the plan, counts and every item."""
        lang = check_lang(lang) if lang is not None else default_lang()
        return {
            "pack": self.pack.id,
            "version": self.pack.version,
            "title": self.pack.title.get(lang),
            "plan": self.plan,
            "lang": lang,
            "counts": self.counts(),
            "score": self.score(),
            "items": [r.to_dict(self.pack, lang) for r in self.items],
            "not_included": [n.model_dump() for n in self.pack.not_included],
        }


def _checklist(plan: ActionPlan) -> dict[str, ChecklistEntry]:
    own: dict[str, ChecklistEntry] = {}
    for entry in plan.checklist:
        own.setdefault(entry.item, entry)
    return own


def _own(entry: ChecklistEntry) -> Message:
    if entry.note:
        return msg("pack.own.note", answer=entry.answer, note=entry.note)
    return msg("pack.own", answer=entry.answer)


def _from_children(pack: FrameworkPack, item: PackItem, done: dict[str, ItemResult]) -> Found:
    """An item graded from the items under it: yes when all known answers are yes, no when
    all are no, partly otherwise; None when none of them is known."""
    children = [r for r in done.values() if r.item.parent == item.id]
    known = [r for r in children if r.answer is not Answer.UNKNOWN]
    if not known:
        return None
    answers = {r.answer for r in known}
    answer = answers.pop() if len(answers) == 1 else Answer.PARTLY
    met = sum(1 for r in known if r.answer is Answer.YES)
    return answer, Evidence(
        msg("pack.evidence.children", n=len(children), known=len(known), met=met),
        tuple(r.item.id for r in children),
    )


def _one(
    pack: FrameworkPack,
    item: PackItem,
    plan: ActionPlan,
    own: dict[str, ChecklistEntry],
    done: dict[str, ItemResult],
) -> ItemResult:
    spec = item.evidence
    if spec.check == "children":
        found = _from_children(pack, item, done)
    elif spec.check is not None:
        found = CHECKS[spec.check](plan, spec.params)
    else:
        found = None
    entry = next((own[k] for k in (pack.key(item), *item.aliases) if k in own), None)
    if found is not None:
        answer, evidence = found
        if not evidence.fields and spec.fields:
            evidence = Evidence(evidence.message, evidence.records, spec.fields)
        note = None
        if entry is not None and entry.answer is not answer:
            note = msg("pack.kept", own=_own(entry))
        return ItemResult(item, pack.scale.of(answer).code, answer, "data", evidence, note)
    if entry is not None:
        evidence = Evidence(_own(entry), fields=(f"checklist[{plan.checklist.index(entry)}]",))
        return ItemResult(item, pack.scale.of(entry.answer).code, entry.answer, "plan", evidence)
    return ItemResult(item, pack.scale.not_stated.code, Answer.UNKNOWN, "none", None)


def _order(pack: FrameworkPack) -> list[PackItem]:
    """Items whose grade comes from their children after those children."""
    first = [i for i in pack.items if i.evidence.check != "children"]
    return first + [i for i in pack.items if i.evidence.check == "children"]


def assess_pack(
    plan: ActionPlan, pack: str | FrameworkPack, extra: Iterable[FrameworkPack] = ()
) -> PackAssessment:
    """Grade ``plan`` against the framework pack ``pack`` (an id or a pack), item by item.

    >>> from preventionkit.examples import load
    >>> result = assess_pack(load("umea"), "se-national-strategy-2017")
    >>> result.version, len(result)
    ('1.0.0', 4)
    """
    chosen = framework_pack(pack, extra)
    own = _checklist(plan)
    done: dict[str, ItemResult] = {}
    for item in _order(chosen):
        done[item.id] = _one(chosen, item, plan, own, done)
    return PackAssessment(pack=chosen, plan=plan.id, items=tuple(done[i.id] for i in chosen.items))


def assess_declared(
    plan: ActionPlan,
    frameworks: Iterable[str | FrameworkPack] = (),
    extra: Iterable[FrameworkPack] = (),
) -> tuple[PackAssessment, ...]:
    """Assess ``plan`` against every pack it declares in ``follows`` and every pack in
    ``frameworks`` (each once, declared ones first). An unknown id is a
    :class:`~preventionkit.frameworks.FrameworkPackError` naming the closest one.

    >>> import preventionkit as pk
    >>> plan = pk.loads("preventionkit: 2\\nid: p\\ntitle: P\\nfollows: [who-inspire]\\n")
    >>> [a.pack_id for a in assess_declared(plan, ["se-five-step"])]
    ['who-inspire', 'se-five-step']
    """
    extra = tuple(extra)
    wanted: dict[str, str | FrameworkPack] = {}
    for value in (*plan.follows, *frameworks):
        wanted.setdefault(value if isinstance(value, str) else value.id, value)
    return tuple(assess_pack(plan, value, extra) for value in wanted.values())
