"""sweep() on a Dask distributed cluster, through ``Client.get_executor()`` (issue 20): the same
records, in input order, as in one process. A one-worker in-process ``LocalCluster`` keeps the
test light; a real cluster differs only in where the workers run."""

from __future__ import annotations

import pytest

import preventionkit as pk
from preventionkit.testing import synthetic_plan

distributed = pytest.importorskip("distributed")


def test_a_sweep_on_a_dask_cluster_gives_the_records_of_a_local_sweep() -> None:
    plans = [synthetic_plan(30, seed=seed) for seed in range(4)]
    here = [pk.scenarios.summarize(plan) for plan in plans]
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        on_dask = pk.scenarios.sweep(plans, pk.scenarios.summarize, client.get_executor())
    assert [row["plan"] for row in on_dask] == [plan.id for plan in plans]
    assert on_dask.rows() == here


def test_failures_on_a_dask_cluster_are_recorded_per_item() -> None:
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        result = pk.scenarios.sweep(
            ["not a plan", synthetic_plan(10)],
            pk.scenarios.summarize,
            client.get_executor(),
            on_error="record",
        )
    assert "error" in result[0]
    assert result[1]["activities"] == 10
