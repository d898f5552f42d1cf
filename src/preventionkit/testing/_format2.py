"""The format-2 parts of generated plans: the results chain, indicator periods, plan links,
status, joint and statutory mandates, budgets, needs, evaluation and the employer role.

Kept apart from :mod:`.strategies` so that a format-1 plan is drawn exactly as before and the
format-2 choices come after it, as one block the shrinker can drop.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from hypothesis import strategies as st
from hypothesis.strategies import DrawFn

from ..model import (
    Activity,
    Actor,
    Body,
    Breakdown,
    Decision,
    EmployerRole,
    Evaluation,
    Factor,
    Funding,
    Goal,
    Indicator,
    IndicatorPeriod,
    Mandate,
    Measure,
    Membership,
    NeedsAssessment,
    Period,
    PlanLink,
)
from ..model.dates import PartialDate
from ..vocab import (
    ActivityStatus,
    DecisionStage,
    EcologicalLevel,
    EvaluationKind,
    FactorKind,
    MemberPosition,
    PlanRelation,
    ResponsibilityMode,
    ResultLevel,
    Sector,
    ViolenceArea,
)

__all__ = [
    "Format2",
    "breakdowns",
    "employer_roles",
    "evaluations",
    "factors",
    "format_2",
    "indicator_periods",
    "needs_assessments",
    "plan_links",
]

T = TypeVar("T")

_STATUTES = (
    "Police, Crime, Sentencing and Courts Act 2022, Part 2, Chapter 1",
    "Socialtjänstlagen (2001:453) 5 kap. 11 §",
)
_FACTORS = ("Social isolering", "Tystnadskultur", "Trygga vuxna", "Alkohol och droger")
_QUESTIONS = ("Genomfördes insatsen som planerat?", "Nådde insatsen målgruppen?")
_DIMENSIONS = ("ålder", "kön", "område")
_CATEGORIES = ("under 25", "kvinnor", "Centrum")
_CITES = ("001 p. 8", "002 §1.13", "003 Mål och budget")
_PACKS = ("se-five-step", "se-national-strategy-2017", "who-inspire")
_SCHEMA = "https://preventionkit.readthedocs.io/schemas/plan.schema.json"


def _maybe(draw: DrawFn) -> bool:
    return bool(draw(st.integers(0, 3)) == 0)


def _pick(draw: DrawFn, values: Sequence[T]) -> T:
    return values[draw(st.integers(0, len(values) - 1))]


def _some(draw: DrawFn, values: Sequence[T], max_size: int = 2) -> tuple[T, ...]:
    if not values:
        return ()
    picked = draw(st.lists(st.integers(0, len(values) - 1), max_size=max_size, unique=True))
    return tuple(values[i] for i in sorted(picked))


def _opt(draw: DrawFn, values: Sequence[T]) -> T | None:
    return _pick(draw, values) if values and _maybe(draw) else None


def _measure(draw: DrawFn) -> Measure:
    unit = _opt(draw, ("procent", "antal"))
    date = PartialDate(draw(st.integers(2000, 2040))) if _maybe(draw) else None
    note = _opt(draw, ("enligt UNGA-enkäten", "preliminärt"))
    # a value, unless the measure states something else (a measure of nothing, '{}', is
    # a form 'preventionkit fmt' cannot yet keep comments around)
    stated = unit is not None or date is not None or note is not None
    value = float(draw(st.integers(0, 500))) if not (stated and _maybe(draw)) else None
    return Measure(value=value, unit=unit, date=date, note=note)


def _some_period(period: IndicatorPeriod, n: int) -> IndicatorPeriod:
    """``period``, labelled when it would otherwise state nothing ('{}')."""
    if period.model_dump(exclude_none=True, exclude_defaults=True):
        return period
    return period.model_copy(update={"label": str(2019 + n)})


class Format2:
    """The records of a format-1 plan with their format-2 fields drawn, and the plan-level
    format-2 fields."""

    def __init__(self) -> None:
        self.plan: dict[str, Any] = {}
        self.records: dict[str, Any] = {}


def format_2(
    draw: DrawFn,
    *,
    actors: list[Actor],
    bodies: list[Body],
    decisions: list[Decision],
    mandates: list[Mandate],
    activities: list[Activity],
    indicators: list[Indicator],
    goals: list[Goal],
    funding: list[Funding],
    new_id: Callable[[], str],
) -> Format2:
    """Format-2 fields for the records given (references only to what exists, the results
    chain only upwards so it never forms a cycle)."""
    out = Format2()
    nodes = tuple(a.id for a in actors) + tuple(b.id for b in bodies)
    goal_ids = tuple(g.id for g in goals)
    indicator_ids = tuple(i.id for i in indicators)
    activity_ids = tuple(a.id for a in activities)

    factors = [
        Factor(
            id=new_id(),
            kind=_pick(draw, tuple(FactorKind)),
            statement=_pick(draw, _FACTORS),
            ecological_level=_opt(draw, tuple(EcologicalLevel)),
            evidence=_opt(draw, ("Polisens lägesbild 2020", "UNGA-enkäten")),
            cites=_opt(draw, _CITES),
        )
        for _ in range(draw(st.integers(0, 2)))
    ]
    factor_ids = tuple(f.id for f in factors)
    if factors or _maybe(draw):
        out.plan["needs"] = NeedsAssessment(
            summary="Kartläggning av våldet" if _maybe(draw) else None,
            date=PartialDate(draw(st.integers(2000, 2040))) if _maybe(draw) else None,
            by=_opt(draw, nodes),
            factors=tuple(factors),
            priority_groups=_some(draw, ("unga under 25", "äldre")),
            places=_some(draw, ("Centrum", "Resecentrum")),
            times=_some(draw, ("fredagskvällar", "sommarlovet")),
            data_sources=_some(draw, ("Polisens anmälningsstatistik", "UNGA-enkäten")),
            cites=_opt(draw, _CITES),
        )

    earlier: list[str] = []
    out.records["actors"] = [
        a.model_copy(
            update={
                "also_part_of": _some(draw, tuple(x for x in nodes[:i] if x != a.part_of), 1),
                "represented_by": _opt(draw, nodes[:i]),
            }
        )
        for i, a in enumerate(actors)
    ]
    out.records["decisions"] = [
        d.model_copy(update={"stage": _opt(draw, tuple(DecisionStage))}) for d in decisions
    ]
    out.records["mandates"] = [
        m.model_copy(
            update={
                "co_granted_by": _some(draw, tuple(n for n in nodes if n != m.granted_by)),
                "statute": _opt(draw, _STATUTES),
            }
        )
        for m in mandates
    ]
    out.records["bodies"] = [
        b.model_copy(
            update={
                "lead": _opt(draw, nodes),
                "sectors": _some(draw, (Sector.SOCIAL_SERVICES, Sector.EDUCATION)),
                "members": tuple(
                    m.model_copy(
                        update={
                            "position": _opt(draw, tuple(MemberPosition)),
                            "deputy": _opt(draw, nodes),
                        }
                    )
                    if isinstance(m, Membership)
                    else m
                    for m in b.members
                ),
            }
        )
        for b in bodies
    ]
    new_goals = []
    for g in goals:
        new_goals.append(
            g.model_copy(
                update={
                    "level": _opt(draw, tuple(ResultLevel)),
                    "contributes_to": _some(draw, tuple(earlier)),
                }
            )
        )
        earlier.append(g.id)
    out.records["goals"] = new_goals
    out.records["indicators"] = [
        i.model_copy(
            update={
                "unit": _opt(draw, ("procent", "antal brott")),
                "definition": _opt(draw, ("Andel elever som uppger att de utsatts för våld",)),
                "level": _opt(draw, tuple(ResultLevel)),
                "dimensions": _some(draw, _DIMENSIONS),
                "suggested": _maybe(draw),
                "periods": tuple(
                    _some_period(
                        IndicatorPeriod(
                            # a period without a label of its own, or two with the same label
                            label=_pick(draw, (str(2019 + n), "HT", None)),
                            period=Period(
                                start=PartialDate(2019 + n),
                                end=PartialDate(2019 + n),
                                note=_opt(draw, ("läsåret", "kalenderåret")),
                            )
                            if _maybe(draw)
                            else None,
                            target=_measure(draw) if _maybe(draw) else None,
                            actual=_measure(draw) if _maybe(draw) else None,
                            breakdown=tuple(
                                Breakdown(
                                    dimension=_pick(draw, _DIMENSIONS),
                                    category=_pick(draw, _CATEGORIES),
                                    target=_measure(draw) if _maybe(draw) else None,
                                    actual=_measure(draw),
                                )
                                for _ in range(draw(st.integers(0, 1)))
                            ),
                            cites=_opt(draw, _CITES),
                        ),
                        n,
                    )
                    for n in range(draw(st.integers(0, 2)))
                ),
            }
        )
        for i in indicators
    ]
    out.records["activities"] = [
        a.model_copy(
            update={
                "status": _opt(draw, tuple(ActivityStatus)),
                "responsibility": _opt(draw, tuple(ResponsibilityMode))
                if len(a.responsible) > 1
                else None,
                "contributes_to": _some(draw, goal_ids),
                "indicators": _some(draw, indicator_ids),
                "addresses": _some(draw, factor_ids),
                "fidelity": "Manualen följs; handledning varje månad" if _maybe(draw) else None,
            }
        )
        for a in activities
    ]
    out.records["funding"] = [
        f.model_copy(
            update={
                "id": new_id() if _maybe(draw) else None,
                "source": None if _maybe(draw) else f.source,  # not stated (001 p. 18)
                "to": _opt(draw, nodes),
                "amount": float(draw(st.integers(0, 10**7))) if _maybe(draw) else None,
                "currency": _opt(draw, ("SEK", "NOK", "GBP")),
                "activities": _some(draw, activity_ids),
                "goals": _some(draw, goal_ids),
                "indicators": _some(draw, indicator_ids),
                "period": Period(
                    start=PartialDate(2020),
                    end=PartialDate(draw(st.integers(2020, 2025))),
                    note=_opt(draw, ("budgetåren",)),
                )
                if _maybe(draw)
                else None,
            }
        )
        for f in funding
    ]
    out.plan["evaluations"] = tuple(
        Evaluation(
            id=new_id(),
            kind=_pick(draw, tuple(EvaluationKind)),
            questions=_some(draw, _QUESTIONS),
            data=_some(draw, ("Deltagarenkät", "Polisens anmälningsstatistik")),
            by=_opt(draw, nodes),
            when=Period(
                start=PartialDate(2021, 1),
                end=PartialDate(2021, draw(st.integers(1, 12))),
                note="vårterminen" if draw(st.booleans()) else None,
            )
            if _maybe(draw)
            else None,
            activities=_some(draw, activity_ids),
            goals=_some(draw, goal_ids),
            cites=_opt(draw, _CITES),
        )
        for _ in range(draw(st.integers(0, 1)))
    )
    out.plan["related"] = tuple(
        PlanLink(
            plan=f"plan-{n}",
            relation=_pick(draw, tuple(PlanRelation)),
            path=_opt(draw, ("../lansstrategi.yaml",)),
            title=_opt(draw, ("Länsstrategi mot våld",)),
            cites=_opt(draw, _CITES),
        )
        for n in range(draw(st.integers(0, 1)))
    )
    out.plan["follows"] = _some(draw, _PACKS)
    if _maybe(draw):
        out.plan["$schema"] = _SCHEMA
    out.plan["applies_to"] = _some(draw, nodes)
    out.plan["partners"] = _some(draw, nodes)
    out.plan["incomplete"] = _some(draw, ("activities", "indicators"))
    out.plan["violence_areas"] = _some(draw, tuple(ViolenceArea), max_size=3)
    if _maybe(draw):
        out.plan["employer"] = EmployerRole(
            support_for_exposed_staff=_opt(draw, (True, False)),
            routine_for_staff_who_use_violence=_opt(draw, (True, False)),
            by=_opt(draw, nodes),
            activities=_some(draw, activity_ids),
            description=_opt(draw, ("Stöd via företagshälsovården",)),
            cites=_opt(draw, ("001 p. 18",)),
        )
    return out


# --- public strategies of the format-2 records (re-exported by preventionkit.testing) -------


def _pool(draw: DrawFn, refs: st.SearchStrategy[str]) -> tuple[str, ...]:
    return tuple(draw(st.lists(refs, min_size=0, max_size=3, unique=True)))


@st.composite
def _breakdown(draw: DrawFn) -> Breakdown:
    return Breakdown(
        dimension=_pick(draw, _DIMENSIONS),
        category=_pick(draw, _CATEGORIES),
        target=_measure(draw) if _maybe(draw) else None,
        actual=_measure(draw) if _maybe(draw) else None,
    )


def breakdowns() -> st.SearchStrategy[Breakdown]:
    """Indicator values for one category of a dimension (format 2)."""
    return _breakdown()


@st.composite
def _indicator_period(draw: DrawFn) -> IndicatorPeriod:
    year = draw(st.integers(2000, 2040))
    return IndicatorPeriod(
        period=Period(start=PartialDate(year), end=PartialDate(year)) if _maybe(draw) else None,
        label=str(year) if _maybe(draw) else None,
        target=_measure(draw) if _maybe(draw) else None,
        actual=_measure(draw) if _maybe(draw) else None,
        breakdown=tuple(draw(st.lists(_breakdown(), max_size=2))),
    )


def indicator_periods() -> st.SearchStrategy[IndicatorPeriod]:
    """An indicator's target and actual value for one period (format 2)."""
    return _indicator_period()


@st.composite
def _factor(draw: DrawFn, ids: st.SearchStrategy[str]) -> Factor:
    return Factor(
        id=draw(ids),
        kind=_pick(draw, tuple(FactorKind)),
        statement=_pick(draw, _FACTORS),
        ecological_level=_opt(draw, tuple(EcologicalLevel)),
    )


def factors(ids: st.SearchStrategy[str]) -> st.SearchStrategy[Factor]:
    """Risk and protective factors (format 2) with ids drawn from ``ids``."""
    return _factor(ids)


@st.composite
def _needs(
    draw: DrawFn, refs: st.SearchStrategy[str], ids: st.SearchStrategy[str]
) -> NeedsAssessment:
    found = draw(st.lists(_factor(ids), max_size=2, unique_by=lambda f: f.id))
    return NeedsAssessment(
        summary="Kartläggning av våldet" if _maybe(draw) else None,
        by=draw(refs) if _maybe(draw) else None,
        factors=tuple(found),
        priority_groups=_some(draw, ("unga under 25", "äldre")),
        places=_some(draw, ("Centrum", "Resecentrum")),
        data_sources=_some(draw, ("Polisens anmälningsstatistik", "UNGA-enkäten")),
    )


def needs_assessments(
    refs: st.SearchStrategy[str], ids: st.SearchStrategy[str]
) -> st.SearchStrategy[NeedsAssessment]:
    """Needs assessments (format 2): ``refs`` draws who made them, ``ids`` the factors' ids."""
    return _needs(refs, ids)


@st.composite
def _evaluation(
    draw: DrawFn, refs: st.SearchStrategy[str], ids: st.SearchStrategy[str]
) -> Evaluation:
    return Evaluation(
        id=draw(ids),
        kind=_pick(draw, tuple(EvaluationKind)),
        questions=_some(draw, _QUESTIONS),
        by=draw(refs) if _maybe(draw) else None,
        activities=_pool(draw, refs),
        goals=_pool(draw, refs),
    )


def evaluations(
    refs: st.SearchStrategy[str], ids: st.SearchStrategy[str]
) -> st.SearchStrategy[Evaluation]:
    """Evaluations (format 2): ``refs`` draws the records they name, ``ids`` their ids."""
    return _evaluation(refs, ids)


@st.composite
def _plan_link(draw: DrawFn, ids: st.SearchStrategy[str]) -> PlanLink:
    return PlanLink(
        plan=draw(ids),
        relation=_pick(draw, tuple(PlanRelation)),
        path="../annan-plan.yaml" if _maybe(draw) else None,
        title="Länsstrategi mot våld" if _maybe(draw) else None,
    )


def plan_links(ids: st.SearchStrategy[str]) -> st.SearchStrategy[PlanLink]:
    """Links to other plans (format 2), by ids drawn from ``ids``."""
    return _plan_link(ids)


@st.composite
def _employer(draw: DrawFn, refs: st.SearchStrategy[str]) -> EmployerRole:
    return EmployerRole(
        support_for_exposed_staff=_opt(draw, (True, False)),
        routine_for_staff_who_use_violence=_opt(draw, (True, False)),
        by=draw(refs) if _maybe(draw) else None,
        activities=_pool(draw, refs),
    )


def employer_roles(refs: st.SearchStrategy[str]) -> st.SearchStrategy[EmployerRole]:
    """What a plan says about its own staff (format 2); ``refs`` draws the ids it names."""
    return _employer(refs)
