"""Synthetic plans: seeded, reproducible, realistic and valid at any size (issue 8)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import preventionkit as pk
from preventionkit.graph import mandate_holders, unreachable_activities
from preventionkit.testing import synthetic_plan, synthetic_plan_data
from preventionkit.testing.synthetic import MIN_ACTORS, MIN_BODIES
from preventionkit.vocab import POLITICAL_KINDS, BodyRole, EcologicalLevel, PreventionLevel


@settings(max_examples=20)
@given(
    n=st.integers(0, 120),
    actors=st.one_of(st.none(), st.integers(MIN_ACTORS, 80)),
    bodies=st.one_of(st.none(), st.integers(MIN_BODIES, 20)),
    seed=st.integers(0, 2**32),
)
def test_every_size_loads_and_is_reproducible(
    n: int, actors: int | None, bodies: int | None, seed: int
) -> None:
    data = synthetic_plan_data(n, n_actors=actors, n_bodies=bodies, seed=seed)
    assert data == synthetic_plan_data(n, n_actors=actors, n_bodies=bodies, seed=seed)
    plan = pk.loads(json.dumps(data), format="json")
    assert plan == synthetic_plan(n, n_actors=actors, n_bodies=bodies, seed=seed)
    assert len(plan.activities) == n
    if actors is not None:
        assert len(plan.actors) == actors
    if bodies is not None:
        assert len(plan.bodies) == bodies


def test_different_seeds_give_different_plans() -> None:
    assert synthetic_plan(50, seed=1) != synthetic_plan(50, seed=2)


def test_a_synthetic_plan_looks_like_a_municipality() -> None:
    plan = synthetic_plan(300)
    sectors = {a.sector for a in plan.actors if a.sector is not None}
    assert len(sectors) >= 6
    assert {a.kind for a in plan.actors} & POLITICAL_KINDS
    roles = {b.role for b in plan.bodies}
    assert {
        BodyRole.POLITICAL_STEERING,
        BodyRole.STEERING_GROUP,
        BodyRole.COLLABORATION_TEAM,
        BodyRole.OPERATIONAL_GROUP,
    } <= roles
    coordinators = [a for a in plan.functions if a.holders is not None]
    assert coordinators
    assert {a.holders for a in coordinators} <= {1, 2}
    assert mandate_holders(plan) == ("b-styrgrupp",)
    assert not unreachable_activities(plan)
    coverage = pk.coverage(plan)
    assert not coverage.empty_cells()
    assert all(
        plan.period is not None and a.timeline is not None and a.timeline.within(plan.period)
        for a in plan.activities
    )


def test_a_synthetic_plan_has_no_errors_and_round_trips() -> None:
    plan = synthetic_plan(120, seed=7)
    report = pk.validate(plan)
    assert report.ok, [str(f) for f in report.findings if f.severity == "error"]
    assert pk.loads(pk.dumps(plan), format="yaml") == plan


def test_levels_are_spread() -> None:
    plan = synthetic_plan(1000)
    for level in PreventionLevel:
        assert len(plan.activities_at(level)) > 100
    for eco in EcologicalLevel:
        assert len(plan.activities_at(eco)) > 100


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"n_activities": -1}, "zero or more"),
        ({"n_activities": 5, "n_actors": 3}, "n_actors must be at least"),
        ({"n_activities": 5, "n_bodies": 2}, "n_bodies must be at least"),
    ],
)
def test_impossible_sizes_are_refused(kwargs: dict[str, int], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        synthetic_plan_data(**kwargs)


def test_the_static_export_list_matches_the_lazy_tables() -> None:
    from preventionkit import testing

    lazy = {*testing._STRATEGIES, *testing._SYNTHETIC}
    assert sorted(testing.__all__) == sorted(lazy)
    for name in testing.__all__:
        assert getattr(testing, name) is not None
