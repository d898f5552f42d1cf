"""Benchmark: full validation (graph included) against pydantic's parse of the same document.

Issue 4 item 7 / issue 8: ``validate`` of a loaded plan with 100,000 activities should take at
most 1.5x the time of ``ActionPlan.model_validate_json`` on the same JSON, and grow close to
linearly (10x the plan, at most 12x the time).

Run:  python benchmarks/bench_validate.py [--sizes 10000 100000] [--repeat 3]

Each measurement parses a fresh plan (so no cached governance graph is reused), then times
``preventionkit.validate`` on it; the best of ``--repeat`` runs is reported, in CPU seconds
(``time.process_time``), which other processes on a shared machine disturb less than wall
time. The garbage
collector is paused during each timed call, for both parse and validate alike, so that a
collection triggered by the other step's allocations does not land in the measurement.
"""

from __future__ import annotations

import argparse
import gc
import json
import time
from collections.abc import Callable
from typing import Any

import preventionkit as pk
from preventionkit.model import ActionPlan
from preventionkit.testing.synthetic import synthetic_plan_data


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    """CPU time of ``fn()`` (process time: less disturbed than wall time on a busy machine)."""
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        value = fn()
        return time.process_time() - start, value
    finally:
        gc.enable()


def measure(n: int, repeat: int) -> dict[str, Any]:
    """Best-of-``repeat`` parse and validate times for a synthetic plan of ``n`` activities."""
    text = json.dumps(synthetic_plan_data(n, seed=1), ensure_ascii=False)
    best_parse = best_validate = float("inf")
    report = None
    for _ in range(repeat):
        t_parse, plan = _timed(lambda: ActionPlan.model_validate_json(text))
        t_validate, report = _timed(lambda plan=plan: pk.validate(plan))
        best_parse = min(best_parse, t_parse)
        best_validate = min(best_validate, t_validate)
    assert report is not None
    return {
        "activities": n,
        "bytes": len(text.encode()),
        "parse_s": best_parse,
        "validate_s": best_validate,
        "ratio": best_validate / best_parse,
        "findings": report.counts,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    rows = [measure(n, args.repeat) for n in args.sizes]
    print(
        f"{'activities':>10} {'MB':>6} {'parse s':>8} {'validate s':>10} {'ratio':>6}  findings   (CPU seconds)"
    )
    for r in rows:
        print(
            f"{r['activities']:>10} {r['bytes'] / 1e6:>6.1f} {r['parse_s']:>8.3f} "
            f"{r['validate_s']:>10.3f} {r['ratio']:>6.2f}  {r['findings']}"
        )
    if len(rows) >= 2:
        small, large = rows[0], rows[-1]
        size = large["activities"] / small["activities"]
        growth = large["validate_s"] / small["validate_s"]
        print(
            f"growth: {size:.0f}x the activities -> {growth:.1f}x the validate time "
            f"({large['parse_s'] / small['parse_s']:.1f}x the parse time)"
        )


if __name__ == "__main__":
    main()
