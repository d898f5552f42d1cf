"""sweep(): any Executor, records in input order, to_frame(), coverage heat map (issue 8)."""

from __future__ import annotations

import hashlib
import math
import multiprocessing
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

import preventionkit as pk
from preventionkit.scenarios import (
    Sweep,
    plot_coverage,
    remove_actor,
    summarize,
    sweep,
    vacate_function,
)
from preventionkit.scenarios._sweep import _batches
from preventionkit.testing import synthetic_plan


def _size(plan: pk.ActionPlan) -> dict[str, Any]:
    return {"plan": plan.id, "activities": len(plan.activities)}


def _coordinator_leaves(plan: pk.ActionPlan) -> dict[str, Any]:
    after = vacate_function(plan, "kvinnofridssamordnare")
    result = pk.scenarios.compare(plan, after)
    return {"plan": plan.id, "appeared": len(result.findings_appeared)}


def _fails_on_odd(n: int) -> int:
    if n % 2:
        raise ValueError(f"odd {n}")
    return n


@pytest.fixture(scope="module")
def plans() -> list[pk.ActionPlan]:
    return [synthetic_plan(15 + i, seed=i) for i in range(6)]


def test_a_thread_pool_gives_records_in_input_order(plans: list[pk.ActionPlan]) -> None:
    with ThreadPoolExecutor(max_workers=3) as pool:
        result = sweep(plans, _size, pool)
    assert [r["activities"] for r in result] == [15, 16, 17, 18, 19, 20]
    assert len(result) == 6
    assert result[0]["plan"] == plans[0].id


def test_the_default_executor_runs_scenarios_in_other_processes(
    plans: list[pk.ActionPlan],
) -> None:
    result = sweep(plans, _coordinator_leaves)
    assert [r["plan"] for r in result] == [p.id for p in plans]
    assert all(r["appeared"] > 0 for r in result)


def test_loaded_plans_with_caches_pickle_into_the_pool(tmp_path: Path) -> None:
    plan = synthetic_plan(20)
    path = tmp_path / "plan.json"
    pk.dump(plan, path)
    loaded = pk.load(path)
    pk.validate(loaded)  # fills the graph cache
    result = sweep([loaded, loaded], _size)
    assert [r["activities"] for r in result] == [20, 20]
    assert pk.source_of(loaded) is not None  # the caller's plan keeps its source


class _Recording(Executor):
    """A foreign executor (like Dask's or Ray's): only the Executor interface."""

    def __init__(self) -> None:
        self.calls = 0

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        self.calls += 1
        future: Future[Any] = Future()
        future.set_result(fn(*args, **kwargs))
        return future


def test_any_executor_is_used_through_the_standard_interface(
    plans: list[pk.ActionPlan],
) -> None:
    pool = _Recording()
    result = sweep(plans[:3], _size, pool)
    assert pool.calls == 3
    assert [r["activities"] for r in result] == [15, 16, 17]


def test_errors_raise_or_are_recorded() -> None:
    with ThreadPoolExecutor(2) as pool:
        with pytest.raises(ValueError, match="odd 1"):
            sweep(range(4), _fails_on_odd, pool)
        result = sweep(range(4), _fails_on_odd, pool, on_error="record")
    assert list(result) == [0, {"error": "ValueError: odd 1"}, 2, {"error": "ValueError: odd 3"}]


def test_an_empty_sweep_is_empty() -> None:
    result = sweep([], _size)
    assert len(result) == 0
    assert result.rows() == []


def test_to_frame_has_one_row_per_item(plans: list[pk.ActionPlan]) -> None:
    pytest.importorskip("pandas")
    with ThreadPoolExecutor(2) as pool:
        frame = sweep(plans, summarize, pool).to_frame()
    assert list(frame["plan"]) == [p.id for p in plans]
    assert frame.shape[0] == 6
    assert {"ok", "errors", "warnings", "cell.universal.community"} <= set(frame.columns)
    assert (frame["activities"] == [15, 16, 17, 18, 19, 20]).all()


def test_rows_of_other_records() -> None:
    result = Sweep((pk.PartialDate(2020), {"a": 1}, 3))
    assert result.rows()[1:] == [{"a": 1}, {"value": 3}]
    assert result.rows()[0] == {"year": 2020, "month": None, "day": None}


def test_summarize_reports_findings_and_coverage() -> None:
    plan = synthetic_plan(30)
    row = summarize(plan)
    report = pk.validate(plan)
    assert row["ok"] == report.ok
    assert row["warnings"] == sum(f.severity == "warning" for f in report.findings)
    assert sum(v for k, v in row.items() if k.startswith("cell.")) >= 30
    broken = summarize(remove_actor(plan, "b-samverkansteam"))
    assert broken["unreachable"] > 0
    assert "PK204" in broken["codes"].split() or "PK301" in broken["codes"].split()


def test_the_coverage_heat_map_is_deterministic(tmp_path: Path, plans: list[pk.ActionPlan]) -> None:
    pytest.importorskip("matplotlib")
    with ThreadPoolExecutor(2) as pool:
        rows = sweep(plans, summarize, pool)
    first = plot_coverage(rows, tmp_path / "a.svg")
    second = plot_coverage(plans, tmp_path / "b.svg", lang="sv")
    third = plot_coverage(rows, tmp_path / "c.svg")
    text = first.read_text("utf-8")
    assert text.startswith("<?xml")
    assert all(p.id in text for p in plans)
    assert (
        hashlib.sha256(first.read_bytes()).digest() == hashlib.sha256(third.read_bytes()).digest()
    )
    assert "Täckning" in second.read_text("utf-8")
    with pytest.raises(ValueError, match="at least one plan"):
        plot_coverage([], tmp_path / "d.svg")
    with pytest.raises(TypeError, match="plans or summarize"):
        plot_coverage([3], tmp_path / "e.svg")


def test_a_lambda_in_a_process_pool_is_explained_before_anything_runs() -> None:
    """A bare PicklingError from deep in the pool helped no one (issue 12 item 7)."""
    from concurrent.futures import ProcessPoolExecutor

    plans = [synthetic_plan(3, seed=1)]
    with ProcessPoolExecutor(max_workers=1) as pool:
        with pytest.raises(TypeError, match="must be importable") as info:
            sweep(plans, lambda p: p.id, pool)
        assert "<lambda>" in str(info.value)
        assert "ThreadPoolExecutor" in str(info.value)

    def nested(plan: pk.ActionPlan) -> str:
        return plan.id

    with ProcessPoolExecutor(max_workers=1) as pool, pytest.raises(TypeError, match="nested"):
        sweep(plans, nested, pool)
    with ThreadPoolExecutor(max_workers=1) as threads:
        assert list(sweep(plans, lambda p: p.id, threads)) == [plans[0].id]


def test_summarize_counts_the_unreachable_on_the_day_validate_judged(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One chain of governance per plan: the row's count is that of the date the findings
    were judged on, so the two agree, and the chain is built once, not twice."""
    from preventionkit.graph import _governance, unreachable_activities

    plan = remove_actor(synthetic_plan(30), "b-samverkansteam")
    judged = pk.validate(plan).as_of
    assert judged is not None
    expected = len(unreachable_activities(plan, judged))
    builds: list[object] = []
    real = _governance._build

    def counting(*args: object) -> object:
        builds.append(args[1])
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(_governance, "_build", counting)
    row = summarize(plan)
    assert row["unreachable"] == expected > 0
    assert builds == [judged]


class _Counted:
    """An item that counts, in the process that made it, how often it is pickled."""

    pickled = 0

    def __init__(self, n: int) -> None:
        self.n = n

    def __reduce__(self) -> tuple[Any, ...]:
        type(self).pickled += 1
        return (_Counted, (self.n,))


def _n(item: _Counted) -> int:
    return item.n


def test_the_default_pool_gives_every_record_in_input_order() -> None:
    assert list(sweep(range(37), _fails_on_odd, on_error="record")) == [
        n if n % 2 == 0 else {"error": f"ValueError: odd {n}"} for n in range(37)
    ]
    with pytest.raises(ValueError, match="odd 1"):
        sweep(range(37), _fails_on_odd)


@pytest.mark.skipif(
    multiprocessing.get_context().get_start_method() != "fork", reason="workers are not forked"
)
def test_forked_workers_inherit_the_items_instead_of_receiving_them_pickled() -> None:
    """Only positions go to the workers of the default pool, and records come back (issue 20:
    290 plans as JSON are 25 MB to pickle)."""
    _Counted.pickled = 0
    items = [_Counted(n) for n in range(25)]
    assert list(sweep(items, _n)) == list(range(25))
    assert _Counted.pickled == 0
    with ProcessPoolExecutor(2) as pool:  # a pool given is already running: items are sent
        assert list(sweep(items, _n, pool)) == list(range(25))
    assert _Counted.pickled == 25


@pytest.mark.parametrize("n", [1, 2, 7, 290, 1000])
@pytest.mark.parametrize("workers", [1, 2, 8])
def test_guided_batches_cover_every_item_once_in_order_and_end_with_single_items(
    n: int, workers: int
) -> None:
    batches = _batches(n, workers, None)
    assert [i for b in batches for i in b] == list(range(n))
    sizes = [len(b) for b in batches]
    assert sizes == sorted(sizes, reverse=True)  # never growing
    assert sizes[-1] == 1
    assert sizes[0] == -(-n // (2 * workers))
    assert len(batches) <= 2 * workers * (1 + math.ceil(math.log(n + 1)))
    fixed = _batches(n, workers, 3)
    assert [len(b) for b in fixed[:-1]] == [3] * (len(fixed) - 1)
    assert [i for b in fixed for i in b] == list(range(n))
