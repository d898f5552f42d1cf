"""The chain of governance is built once per plan and set of dated facts, and what is read
from the shared chain is what a fresh one gives (issue 21: ``validate`` judges on today and the
graph functions ask without a date; a large plan was built and analysed twice)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import preventionkit as pk
from preventionkit.graph import _governance, bus_factor, failure, single_points_of_failure
from preventionkit.graph._governance import dated_facts, governance
from preventionkit.model import ActionPlan
from preventionkit.model.dates import as_date
from preventionkit.testing import chain_plans, valid_plans

_FIELDS = (
    "as_of",
    "order",
    "succ",
    "pred",
    "links",
    "holders",
    "roots",
    "in_chain",
    "vacant",
    "sources",
    "reach",
)

days = st.one_of(
    st.none(), st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2032, 12, 31))
)


def _fields(chain: Any) -> dict[str, Any]:
    return {name: getattr(chain, name) for name in _FIELDS}


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(chain_plans(), valid_plans(max_activities=5)), st.lists(days, max_size=4))
def test_the_cached_chain_on_any_date_is_a_fresh_one(plan: ActionPlan, dates: list[Any]) -> None:
    """Read in any order of dates, each chain equals one built afresh on a copy for that day,
    and the single points of failure and bus factor read from it equal a fresh plan's."""
    for day in [*dates, None]:
        fresh = plan.model_copy()
        assert _fields(governance(plan, day)) == _fields(_governance._build(fresh, day))
        assert single_points_of_failure(plan, day) == single_points_of_failure(fresh, day)
        assert bus_factor(plan, day) == bus_factor(fresh, day)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(chain_plans(), valid_plans(max_activities=5)), days, days)
def test_dates_share_a_chain_exactly_when_their_dated_facts_agree(
    plan: ActionPlan, a: Any, b: Any
) -> None:
    same = dated_facts(plan, a) == dated_facts(plan, b)
    assert (governance(plan, a).memo is governance(plan, b).memo) == same
    if same:
        assert _fields(governance(plan, a)) | {"as_of": b} == _fields(governance(plan, b))


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Counts the chains built and the failure analyses made."""
    counts = {"chain": 0, "analysis": 0}
    build, analyse = _governance._build, failure._analyse

    def counted_build(*args: Any) -> Any:
        counts["chain"] += 1
        return build(*args)

    def counted_analyse(*args: Any) -> Any:
        counts["analysis"] += 1
        return analyse(*args)

    monkeypatch.setattr(_governance, "_build", counted_build)
    monkeypatch.setattr(failure, "_analyse", counted_analyse)
    return counts


_UNDATED = """\
preventionkit: 1
id: p
title: T
adopted_by: d-kf
actors:
  - {id: kf, name: KF, kind: council}
  - {id: ks, name: KS, kind: executive_board}
  - {id: u, name: U, kind: unit}
decisions:
  - {id: d-kf, by: kf, summary: Antar planen}
bodies:
  - {id: sg, name: SG, role: steering_group, reports_to: ks, members: [u]}
mandates:
  - {holder: sg, granted_by: kf, decision: d-kf, scope: Leda}
activities:
  - {id: a, title: A, responsible: [u]}
"""


def test_validate_and_the_undated_graph_calls_build_one_chain(builds: dict[str, int]) -> None:
    plan = pk.loads(_UNDATED)
    pk.validate(plan)
    single_points_of_failure(plan)
    bus_factor(plan)
    pk.validate(plan, as_of="2020-01-01")
    assert builds == {"chain": 1, "analysis": 1}


def test_a_date_that_changes_the_chain_gets_its_own(builds: dict[str, int]) -> None:
    dated = _UNDATED.replace("scope: Leda}", "scope: Leda, valid_until: 2021-12}")
    plan = pk.loads(dated)
    single_points_of_failure(plan)  # no date: the mandate counts
    single_points_of_failure(plan, "2021-06-01")  # in force: the same chain
    single_points_of_failure(plan, "2024-01-01")  # lapsed: another chain
    single_points_of_failure(plan, "2025-01-01")  # lapsed too: shares the one of 2024
    assert builds == {"chain": 2, "analysis": 2}
    assert governance(plan, "2025-01-01").as_of == dt.date(2025, 1, 1)
    assert governance(plan, "2024-01-01").as_of == dt.date(2024, 1, 1)
    assert governance(plan).holders == ("sg",)
    assert governance(plan, "2024-01-01").holders == ()


_DATED = """\
preventionkit: 1
id: p
title: T
adopted_by: d-kf
actors:
  - {id: kf, name: KF, kind: council}
  - {id: ks, name: KS, kind: executive_board}
  - {id: u, name: U, kind: unit}
  - {id: v, name: V, kind: unit}
  - {id: samordnare, name: Samordnare, kind: function, vacant: true, vacant_since: 2023-02}
decisions:
  - {id: d-kf, by: kf, summary: Antar planen, date: 2019-05}
  - {id: d-ks, by: ks, summary: Inrättar gruppen, date: 2021-05}
bodies:
  - id: sg
    name: SG
    role: steering_group
    reports_to: ks
    members: [samordnare, {actor: u, valid_until: 2022-06}]
  - {id: og, name: OG, role: operational_group, reports_to: sg, members: [v], valid_from: 2022}
mandates:
  - {holder: sg, granted_by: kf, decision: d-kf, scope: Leda}
  - {holder: og, granted_by: ks, decision: d-ks, scope: Genomföra, valid_until: 2024}
activities:
  - {id: a, title: A, responsible: [u]}
  - {id: b, title: B, responsible: [v]}
  - {id: c, title: C, responsible: [samordnare]}
"""


@pytest.mark.parametrize("order", [1, -1])
def test_every_kind_of_dated_fact_separates_chains(order: int) -> None:
    """Bodies set up, decisions taken, mandates and memberships in force and functions
    falling vacant each change the chain: on each of these days, read in either order, the
    chain is a fresh one's."""
    plan = pk.loads(_DATED)
    days = [
        None,
        "2020-01-01",
        "2021-06-01",
        "2022-03-01",
        "2022-09-01",
        "2023-06-01",
        "2025-01-01",
    ]
    facts = {dated_facts(plan, as_date(d)) for d in days}
    assert len(facts) == len(days)
    for day in days[::order]:
        fresh = plan.model_copy()
        assert _fields(governance(plan, day)) == _fields(_governance._build(fresh, as_date(day)))
        assert single_points_of_failure(plan, day) == single_points_of_failure(fresh, day)
