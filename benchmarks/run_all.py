"""Every figure of issue 8 in one run: load, validate, graph and sweep at 1k, 10k and 100k.

For each size a synthetic plan (``preventionkit.testing.synthetic_plan_data``, seed 1) is
written as JSON and as YAML (``pk.dumps``), and each step is timed as the median of several
runs and printed with its ratio to pydantic's own ``ActionPlan.model_validate_json`` of the same
JSON, measured in the same run:

* ``mvj``: bare ``model_validate_json``, the garbage collector on, as a user would call it (the
  baseline every ratio is taken to), and ``mvj-nogc`` with the collector paused;
* ``loads json`` / ``loads yaml``: ``pk.loads`` (duplicate keys and NaN refused, positions kept);
* ``validate``: ``pk.validate`` of a freshly loaded plan, graph included;
* ``graph``: the full ``responsibility_graph`` build, then the governance queries the rules use
  (``in_chain``, ``unreachable_activities``, ``single_points_of_failure``) and ``chain_to`` of
  100 activities, on a freshly loaded plan;
* ``sweep``: ``scenarios.sweep`` of ``size / 200`` plans of 200 activities, each loaded from JSON
  and validated (``scenarios.summarize``) in the default process pool; wall time.

Then the growth from 10k to 100k, the peak memory (maximum resident set size of a fresh
process that loads and validates the plan), and the target of a sweep over 290 plans of 200
activities (every Swedish municipality).

Times are CPU seconds of this process (``time.process_time``), less disturbed than wall time
by other work on a shared machine; the sweep, which runs in other processes, is wall time.

Run:  python benchmarks/run_all.py [--sizes 1000 10000 100000] [--repeat 5] [--json out.json]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import preventionkit as pk
from preventionkit import graph, scenarios
from preventionkit.io import _fastyaml
from preventionkit.model import ActionPlan
from preventionkit.testing.synthetic import synthetic_plan_data

# VmHWM (the resident high-water mark of this address space) and not ru_maxrss: on Linux a
# child's ru_maxrss can carry the parent's high-water mark over fork and exec, which made the
# figure report the benchmark process itself.
_MEMORY_SCRIPT = """
import sys
import preventionkit as pk
plan = pk.load(sys.argv[1])
report = pk.validate(plan)
with open("/proc/self/status") as status:
    hwm = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
print(hwm, len(report.findings))
"""


def _cpu(fn: Callable[[], Any], *, gc_on: bool = True) -> float:
    gc.collect()
    was = gc.isenabled()
    if not gc_on:
        gc.disable()
    try:
        start = time.process_time()
        fn()
        return time.process_time() - start
    finally:
        if was:
            gc.enable()


def _median(fn: Callable[[], Any], repeat: int, *, gc_on: bool = True) -> float:
    return statistics.median(_cpu(fn, gc_on=gc_on) for _ in range(repeat))


def _load_and_summarize(text: str) -> dict[str, Any]:
    """Sweep work item: read one plan from JSON and validate it (module level: picklable)."""
    return scenarios.summarize(pk.loads(text, format="json"))


def _graph_steps(text: str) -> Callable[[], Any]:
    def run() -> None:
        plan = pk.loads(text, format="json")
        graph.responsibility_graph(plan)
        graph.in_chain(plan)
        graph.unreachable_activities(plan)
        graph.single_points_of_failure(plan)
        step = max(1, len(plan.activities) // 100)
        for activity in plan.activities[::step][:100]:
            graph.chain_to(plan, activity.id)

    return run


def _sweep_texts(n_plans: int) -> list[str]:
    return [
        json.dumps(synthetic_plan_data(200, seed=i), ensure_ascii=False) for i in range(n_plans)
    ]


def _sweep_wall(texts: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = scenarios.sweep(texts, _load_and_summarize)
        times.append(time.perf_counter() - start)
        assert len(result) == len(texts)
    return statistics.median(times)


def _peak_rss_mib(path: Path) -> float:
    done = subprocess.run(
        [sys.executable, "-c", _MEMORY_SCRIPT, str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    kib = int(done.stdout.split()[0])
    return kib / 1024


def measure(n: int, repeat: int, workdir: Path) -> dict[str, Any]:
    """Every figure for a plan of ``n`` activities."""
    data = synthetic_plan_data(n, seed=1)
    text = json.dumps(data, ensure_ascii=False, indent=1)
    yaml_text = pk.dumps(ActionPlan.model_validate(data))
    del data
    json_path = workdir / f"plan-{n}.json"
    json_path.write_text(text, encoding="utf-8")
    reps = repeat if n < 100_000 else max(3, repeat // 2)
    row: dict[str, Any] = {
        "activities": n,
        "json_mb": len(text.encode()) / 1e6,
        "yaml_mb": len(yaml_text.encode()) / 1e6,
        "yaml_fast_path": _fastyaml.read_fast(yaml_text) is not None,
    }
    row["mvj"] = _median(lambda: ActionPlan.model_validate_json(text), reps)
    row["mvj-nogc"] = _median(lambda: ActionPlan.model_validate_json(text), reps, gc_on=False)
    row["loads json"] = _median(lambda: pk.loads(text, format="json"), reps)
    row["loads yaml"] = _median(lambda: pk.loads(yaml_text, format="yaml"), reps)

    def validate_fresh() -> float:
        plan = pk.loads(text, format="json")
        return _cpu(lambda: pk.validate(plan))

    row["validate"] = statistics.median(validate_fresh() for _ in range(reps))
    loads_only = row["loads json"]
    row["graph"] = max(0.0, _median(_graph_steps(text), reps) - loads_only)
    texts = _sweep_texts(max(1, n // 200))
    row["sweep"] = _sweep_wall(texts, reps)
    row["sweep_plans"] = len(texts)
    row["peak_rss_mib"] = _peak_rss_mib(json_path)
    return row


_STEPS = ("mvj", "mvj-nogc", "loads json", "loads yaml", "validate", "graph", "sweep")


def _machine() -> dict[str, Any]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "nproc": os.cpu_count(),
        "python": platform.python_version(),
        "cpu": cpu,
        "platform": platform.platform(),
        "preventionkit": pk.__version__,
        "fast_paths": _fastyaml.available(),
        "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None,
    }


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--sweep-plans", type=int, default=290)
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args(argv)

    machine = _machine()
    print(
        f"machine: {machine['nproc']} cores, {machine['cpu']}, Python {machine['python']}, "
        f"fast paths (rapidyaml+jiter): {machine['fast_paths']}, load {machine['load_average']}"
    )
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            row = measure(n, args.repeat, Path(tmp))
            rows.append(row)
            print(
                f"\n{n:,} activities (JSON {row['json_mb']:.1f} MB, YAML {row['yaml_mb']:.1f} MB, "
                f"YAML fast path: {row['yaml_fast_path']}); median of runs, CPU s:"
            )
            for step in _STEPS:
                extra = f"  ({row['sweep_plans']} plans x 200, wall s)" if step == "sweep" else ""
                print(
                    f"  {step:<11} {row[step]:>8.3f} s  {row[step] / row['mvj']:>5.2f}x mvj{extra}"
                )
            print(
                f"  loads json / mvj-nogc {row['loads json'] / row['mvj-nogc']:.2f}x;  "
                f"loads yaml / loads json {row['loads yaml'] / row['loads json']:.2f}x;  "
                f"validate / mvj-nogc {row['validate'] / row['mvj-nogc']:.2f}x"
            )
            print(
                f"  peak memory, load + validate in a fresh process: {row['peak_rss_mib']:.0f} MiB"
            )

    by_size = {r["activities"]: r for r in rows}
    growth: dict[str, float] = {}
    if 10_000 in by_size and 100_000 in by_size:
        small, large = by_size[10_000], by_size[100_000]
        print("\ngrowth 10k -> 100k (10x the plan):")
        for step in _STEPS:
            growth[step] = large[step] / small[step]
            print(f"  {step:<11} {growth[step]:>5.1f}x")

    print(f"\nsweep target: {args.sweep_plans} plans x 200 activities, load + validate each")
    texts = _sweep_texts(args.sweep_plans)
    target = _sweep_wall(texts, 3)
    serial = _median(lambda: [_load_and_summarize(t) for t in texts], 1)
    print(f"  default executor: {target:.2f} s wall (serial in one process: {serial:.2f} s CPU)")

    result = {
        "machine": machine,
        "rows": rows,
        "growth_10k_100k": growth,
        "sweep_290": {"wall_s": target, "serial_cpu_s": serial},
    }
    if args.json is not None:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\n(this benchmark process peaked at {peak:.0f} MiB)")
    return result


if __name__ == "__main__":
    main()
