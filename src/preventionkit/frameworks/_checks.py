"""The evidence checks a framework pack's items name: each reads a plan's records and returns
an answer (yes, partly, no) with its evidence, or None when the data cannot answer.

A check never returns *no* merely because the plan is silent: an absent record is "not
stated" (the design's three-valued knowledge), and the plan's own ``checklist`` may then
answer. Packs are data, so they name checks by key (:data:`CHECKS`); a check's parameters come
from the pack. The crosswalk checks (``activities_matching``) read the library's vocabularies
as a framework's strategies; the packs mark those items ``approximate``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from ..graph import sector_of
from ..messages import Message, plain
from ..messages import message as msg
from ..model import ActionPlan
from ..vocab import Answer, FollowUpKind, Frequency, per_year
from ._assess import _STEP1

__all__ = ["CHECKS", "Check", "Evidence", "Found"]


@dataclass(frozen=True, slots=True)
class Evidence:
    """What in the plan gave an answer: a message saying it (rendered late), the ids of the
    records and the paths of the fields it rests on."""

    message: Message
    records: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data."""
        return {
            "message": self.message.to_dict(),
            "records": list(self.records),
            "fields": list(self.fields),
        }


Found = tuple[Answer, Evidence] | None
"""A check's result: an answer with its evidence, or None when the data cannot answer."""

Check = Callable[[ActionPlan, Mapping[str, Any]], Found]
"""An evidence check: the plan and the item's parameters in, a :data:`Found` out."""


def _step1(plan: ActionPlan, params: Mapping[str, Any]) -> Found:
    """Step 1's checklist item ``item`` (002 §1.13), answered as ``checklist step1`` does."""
    found = _STEP1[int(params["item"])](plan)
    if found is None:
        return None
    answer, said = found
    # Step 1's answerers give their evidence as a message (or, before the catalogue, text).
    evidence: object = said
    message = evidence if isinstance(evidence, Message) else plain(str(evidence))
    return answer, Evidence(message)


def _national_goal(plan: ActionPlan, params: Mapping[str, Any]) -> Found:
    """Activities tagged with the national strategy's goal ``goal`` (Skr. 2016/17:10)."""
    goal = str(params["goal"])
    ids = [a.id for a in plan.activities if any(g == goal for g in a.national_goals)]
    if not ids:
        return None
    fields = tuple(
        f"activities[{i}].national_goals"
        for i, a in enumerate(plan.activities)
        if any(g == goal for g in a.national_goals)
    )
    return Answer.YES, Evidence(
        msg("pack.evidence.activities", n=len(ids), ids=tuple(ids)), tuple(ids), fields
    )


_MATCHABLE = ("arenas", "target_groups", "violence_areas", "prevention_levels", "programme")


def _values(activity: Any, field: str) -> tuple[str, ...]:
    value = getattr(activity, field)
    if value is None:
        return ()
    if isinstance(value, tuple):
        return tuple(str(v) for v in value)
    return (str(value),)


def _activities_matching(plan: ActionPlan, params: Mapping[str, Any]) -> Found:
    """Activities with any of the listed terms in the named fields (a crosswalk, e.g. arena
    ``parenting_support`` → INSPIRE's *parent and caregiver support*)."""
    ids: list[str] = []
    fields: list[str] = []
    for i, activity in enumerate(plan.activities):
        hit = False
        for field in _MATCHABLE:
            wanted = params.get(field)
            if not wanted:
                continue
            wanted_set = {wanted} if isinstance(wanted, str) else set(wanted)
            if wanted_set & set(_values(activity, field)):
                fields.append(f"activities[{i}].{field}")
                hit = True
        if hit:
            ids.append(activity.id)
    if not ids:
        return None
    return Answer.YES, Evidence(
        msg("pack.evidence.activities", n=len(ids), ids=tuple(ids)), tuple(ids), tuple(fields)
    )


def _needs(plan: ActionPlan, params: Mapping[str, Any]) -> Found:
    """A needs assessment, or (unless ``strict``) mapping activities (step 2; 003 'Omfattning
    och kartläggning')."""
    needs = plan.needs
    if needs is not None:
        if needs.summary or needs.factors or needs.places or needs.times or needs.data_sources:
            return Answer.YES, Evidence(msg("pack.evidence.needs"), fields=("needs",))
        if needs.priority_groups:
            # Who is given priority, but nothing of what the violence looks like or what the
            # priority rests on: part of a description of the problem, not the whole.
            return Answer.PARTLY, Evidence(
                msg("pack.evidence.needs_priorities", groups=tuple(needs.priority_groups)),
                fields=("needs.priority_groups",),
            )
    if params.get("strict"):
        return None  # only a needs assessment counts, not a mapping activity
    mapping = [(i, a.id) for i, a in enumerate(plan.activities) if a.mapping]
    if mapping:
        ids = tuple(id for _, id in mapping)
        return Answer.YES, Evidence(
            msg("pack.evidence.mapping", n=len(ids), ids=ids),
            ids,
            tuple(f"activities[{i}].mapping" for i, _ in mapping),
        )
    return None


def _factors(plan: ActionPlan, params: Mapping[str, Any]) -> Found:
    """Risk and protective factors: in the needs assessment or on activities."""
    listed = len(plan.needs.factors) if plan.needs is not None else 0
    acting = [
        (i, a.id)
        for i, a in enumerate(plan.activities)
        if a.risk_factors or a.protective_factors or a.addresses
    ]
    if not listed and not acting:
        return None
    ids = tuple(id for _, id in acting)
    fields = (("needs.factors",) if listed else ()) + tuple(f"activities[{i}]" for i, _ in acting)
    return Answer.YES, Evidence(
        msg("pack.evidence.factors", factors=listed, activities=len(ids)), ids, fields
    )


def _programme_theory(plan: ActionPlan, params: Mapping[str, Any]) -> Found:
    """Activities with a programme theory or an ambition level (step 4): yes when every
    activity has one, partly when some do."""
    theirs = [
        (i, a.id)
        for i, a in enumerate(plan.activities)
        if a.programme_theory is not None or a.ambition is not None
    ]
    if not theirs:
        return None
    ids = tuple(id for _, id in theirs)
    answer = Answer.YES if len(theirs) == len(plan.activities) else Answer.PARTLY
    return answer, Evidence(
        msg("pack.evidence.theory", n=len(ids), of=len(plan.activities)),
        ids,
        tuple(f"activities[{i}].programme_theory" for i, _ in theirs),
    )


def _goals(plan: ActionPlan, params: Mapping[str, Any]) -> Found:
    """Goals with indicators: yes when every goal has one, partly when some do (001 "mätbara
    mål")."""
    if not plan.goals:
        return None
    measured = [(i, g.id) for i, g in enumerate(plan.goals) if g.indicators]
    answer = (
        Answer.YES
        if len(measured) == len(plan.goals)
        else (Answer.PARTLY if measured else Answer.NO)
    )
    return answer, Evidence(
        msg("pack.evidence.goals", n=len(measured), of=len(plan.goals)),
        tuple(id for _, id in measured),
        tuple(f"goals[{i}].indicators" for i, _ in measured) or ("goals",),
    )


def _programmes(plan: ActionPlan, params: Mapping[str, Any]) -> Found:
    """Activities that use a named programme (the catalogue's or the plan's own)."""
    named = [(i, a.id) for i, a in enumerate(plan.activities) if a.programme]
    if not named:
        return None
    ids = tuple(id for _, id in named)
    return Answer.YES, Evidence(
        msg("pack.evidence.activities", n=len(ids), ids=ids),
        ids,
        tuple(f"activities[{i}].programme" for i, _ in named),
    )


def _evaluation(plan: ActionPlan, params: Mapping[str, Any]) -> Found:
    """Evaluations of the kind ``kind`` (process, outcome or impact)."""
    kind = str(params["kind"])
    found = [(i, e.id) for i, e in enumerate(plan.evaluations) if str(e.kind) == kind]
    if not found:
        return None
    ids = tuple(id for _, id in found)
    return Answer.YES, Evidence(
        msg("pack.evidence.evaluations", n=len(ids), ids=ids),
        ids,
        tuple(f"evaluations[{i}]" for i, _ in found),
    )


def _yearly(frequency: Frequency) -> bool:
    if frequency is Frequency.CONTINUOUS:
        return True
    rate = per_year(frequency)
    return rate is not None and rate >= 1.0


def _annual_follow_up(plan: ActionPlan, params: Mapping[str, Any]) -> Found:
    """Follow-up or evaluation at least once a year, as PK402 reads it (001 p. 12)."""
    if not plan.follow_up:
        return None
    yearly = [
        (i, f)
        for i, f in enumerate(plan.follow_up)
        if f.kind in (FollowUpKind.FOLLOW_UP, FollowUpKind.EVALUATION) and _yearly(f.frequency)
    ]
    fields = tuple(f"follow_up[{i}]" for i, _ in yearly) or ("follow_up",)
    forums = tuple(dict.fromkeys(f.forum for _, f in yearly))
    if yearly:
        return Answer.YES, Evidence(msg("pack.evidence.yearly", forums=forums), forums, fields)
    return Answer.NO, Evidence(msg("pack.evidence.not_yearly", n=len(plan.follow_up)), (), fields)


def _monitoring(plan: ActionPlan, params: Mapping[str, Any]) -> Found:
    """Indicators on goals, and follow-up or evaluation: monitoring and evaluation."""
    indicated = [g.id for g in plan.goals if g.indicators]
    followed = bool(plan.follow_up) or bool(plan.evaluations)
    if not indicated and not followed:
        return None
    fields = (("goals[].indicators",) if indicated else ()) + (
        ("follow_up", "evaluations") if followed else ()
    )
    answer = Answer.YES if indicated and followed else Answer.PARTLY
    return answer, Evidence(
        msg(
            "pack.evidence.monitoring",
            goals=len(indicated),
            follow_up=len(plan.follow_up),
            evaluations=len(plan.evaluations),
        ),
        tuple(indicated),
        fields,
    )


def _actor_groups(plan: ActionPlan, params: Mapping[str, Any]) -> Found:
    """Which of the named groups of actors take part: ``groups`` is a tuple of
    ``name=kind:x|sector:y|code:z`` alternatives; yes when all are present, partly when some."""
    found: dict[str, list[str]] = {}
    names: list[str] = []
    for spec in params["groups"]:
        name, _, alternatives = str(spec).partition("=")
        names.append(name)
        for actor in plan.actors:
            if any(_actor_is(plan, actor, alt) for alt in alternatives.split("|")):
                found.setdefault(name, []).append(actor.id)
    if not found:
        return None
    present = tuple(n for n in names if n in found)
    missing = tuple(n for n in names if n not in found)
    ids = tuple(dict.fromkeys(i for n in present for i in found[n]))
    fields = tuple(f"actors[{i}]" for i, a in enumerate(plan.actors) if a.id in set(ids))
    if not missing:
        return Answer.YES, Evidence(msg("pack.evidence.groups.all", present=present), ids, fields)
    return Answer.PARTLY, Evidence(
        msg("pack.evidence.groups.some", present=present, missing=missing), ids, fields
    )


def _actor_is(plan: ActionPlan, actor: Any, alternative: str) -> bool:
    what, _, value = alternative.partition(":")
    if what == "kind":
        return str(actor.kind) == value
    if what == "sector":
        sector = sector_of(plan, actor.id)
        return sector is not None and str(sector) == value
    return False


def _adopted(plan: ActionPlan, params: Mapping[str, Any]) -> Found:
    """The plan adopted by a formal decision (or said to be adopted): yes; a draft: no."""
    if plan.adopted_by is not None:
        return Answer.YES, Evidence(
            msg("pack.evidence.adopted", decision=plan.adopted_by),
            (plan.adopted_by,),
            ("adopted_by",),
        )
    if plan.status in ("adopted", "revised"):
        return Answer.YES, Evidence(
            msg("pack.evidence.status", status=plan.status), (), ("status",)
        )
    if plan.status == "draft":
        return Answer.NO, Evidence(msg("pack.evidence.status", status=plan.status), (), ("status",))
    return None


def _violence_areas(plan: ActionPlan, params: Mapping[str, Any]) -> Found:
    """The kinds of violence the plan declares as its scope (``violence_areas``, format 2),
    e.g. the Serious Violence Duty's "identify the kinds of serious violence"."""
    areas = tuple(plan.violence_areas)
    if not areas:
        return None
    return Answer.YES, Evidence(
        msg("pack.evidence.violence_areas", n=len(areas), areas=areas),
        fields=("violence_areas",),
    )


def _children(plan: ActionPlan, params: Mapping[str, Any]) -> Found:
    """Placeholder key: an item whose check is ``children`` is graded from the items under
    it by :func:`~preventionkit.frameworks.assess_pack`, which knows their results."""
    return None


CHECKS: Mapping[str, Check] = MappingProxyType(
    {
        "activities_matching": _activities_matching,
        "actor_groups": _actor_groups,
        "adopted": _adopted,
        "children": _children,
        "annual_follow_up": _annual_follow_up,
        "evaluation": _evaluation,
        "factors": _factors,
        "goals": _goals,
        "monitoring": _monitoring,
        "national_goal": _national_goal,
        "needs": _needs,
        "programme_theory": _programme_theory,
        "programmes": _programmes,
        "step1": _step1,
        "violence_areas": _violence_areas,
    }
)
"""Every evidence check a pack may name, by key."""


def check_names() -> Iterable[str]:
    """The keys of :data:`CHECKS`, sorted."""
    return sorted(CHECKS)
