"""Benchmark: the responsibility-chain graph and every query on a very large plan (issue 3).

A synthetic plan of 100,000 activities, 10,000 actors and 1,000 bodies is serialised to JSON;
``ActionPlan.model_validate_json`` parses it, and each graph step is timed on the parsed plan
and printed as a ratio to that parse. The steps the validator uses (building the governance
graph, mandate holders, chain roots, in_chain, unreachable activities, cycles, single points
of failure) run on the small governance graph over actors and bodies, with activities attached
by index, so together they should cost a fraction of the parse (issue 8 target: validation,
graph included, in about the time pydantic takes to parse).

Run:  python benchmarks/bench_graph.py [--activities 100000] [--actors 10000] [--bodies 1000]
      [--seed 1] [--no-memory]

Times are CPU seconds (``time.process_time``), which other processes on a shared machine disturb
less than wall time; the garbage collector is paused during each timed step, for the parse as
for the graph, so that a collection triggered by earlier allocations does not land in the wrong
measurement. Peak memory is measured in a second pass with ``tracemalloc`` (which slows Python
down, so its times are not used) and the process's maximum resident set size is printed last.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

from preventionkit import graph
from preventionkit.graph._governance import governance
from preventionkit.model import ActionPlan
from preventionkit.testing.synthetic import synthetic_plan_data


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        value = fn()
        return time.process_time() - start, value
    finally:
        gc.enable()


def _steps(plan: ActionPlan) -> list[tuple[str, bool, Callable[[], Any]]]:
    """(name, used by the validator, call) for every step, in the order they are run."""
    first = plan.activities[len(plan.activities) // 2].id if plan.activities else None
    return [
        ("governance graph (build, cached)", True, lambda: governance(plan)),
        ("mandate_holders", True, lambda: graph.mandate_holders(plan)),
        ("chain_roots", True, lambda: graph.chain_roots(plan)),
        ("in_chain", True, lambda: graph.in_chain(plan)),
        ("unreachable_activities", True, lambda: graph.unreachable_activities(plan)),
        ("governance_cycles", True, lambda: graph.governance_cycles(plan)),
        ("single_points_of_failure", True, lambda: graph.single_points_of_failure(plan)),
        ("chain_to (one activity)", False, lambda: graph.chain_to(plan, first) if first else ()),
        ("bus_factor", False, lambda: graph.bus_factor(plan)),
        ("raci", False, lambda: graph.raci(plan)),
        ("responsibility_graph (full)", False, lambda: graph.responsibility_graph(plan)),
    ]


def _size(value: Any) -> str:
    if hasattr(value, "number_of_nodes"):
        return f"{value.number_of_nodes():,} nodes, {value.number_of_edges():,} edges"
    if hasattr(value, "activities") and hasattr(value, "parties"):
        return f"{len(value.activities):,} × {len(value.parties):,}"
    if isinstance(value, tuple | frozenset | dict | list):
        return f"{len(value):,} items"
    return ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=100_000)
    parser.add_argument("--actors", type=int, default=10_000)
    parser.add_argument("--bodies", type=int, default=1_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc pass")
    args = parser.parse_args(argv)

    data = synthetic_plan_data(
        args.activities, n_actors=args.actors, n_bodies=args.bodies, seed=args.seed
    )
    text = json.dumps(data, ensure_ascii=False)
    del data
    print(
        f"plan: {args.activities:,} activities, {args.actors:,} actors, {args.bodies:,} bodies; "
        f"JSON {len(text.encode()) / 1e6:.1f} MB; Python {sys.version.split()[0]}"
    )
    parse, plan = _timed(lambda: ActionPlan.model_validate_json(text))
    print(f"{'ActionPlan.model_validate_json':<36} {parse:8.3f} s   1.000x parse")
    validator_total = 0.0
    for name, for_validator, step in _steps(plan):
        seconds, value = _timed(step)
        if for_validator:
            validator_total += seconds
        mark = "*" if for_validator else " "
        print(
            f"{mark} {name:<34} {seconds:8.3f} s   {seconds / parse:5.3f}x parse   {_size(value)}"
        )
    print(
        f"* validator's graph steps together     {validator_total:8.3f} s   {validator_total / parse:5.3f}x parse"
    )

    if not args.no_memory:
        fresh = ActionPlan.model_validate_json(text)
        tracemalloc.start()
        governance(fresh)
        graph.single_points_of_failure(fresh)
        graph.governance_cycles(fresh)
        graph.unreachable_activities(fresh)
        _, peak_small = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        full = graph.responsibility_graph(fresh)
        _, peak_full = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        del full
        print(f"peak memory, validator's graph steps:  {peak_small / 1e6:8.1f} MB (tracemalloc)")
        print(f"peak memory, full responsibility graph: {peak_full / 1e6:8.1f} MB (tracemalloc)")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"max resident set size of the process:   {rss / 1024:8.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
