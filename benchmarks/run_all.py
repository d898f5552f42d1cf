"""Every figure of issues 8 and 20 in one run: start-up, load against plain pydantic, growth,
memory, the fast paths at the sizes users have, and the national sweep.

1. **Start-up**: ``preventionkit validate --example umea --exit-zero`` and
   ``import preventionkit as pk; pk.validate(pk.examples.load("umea"))``, each a fresh process,
   timed whole (wall clock) over ``--startup-runs`` runs after two warm-ups; median, with the
   modules each imports, their CPU time, and (when valgrind is installed) the instructions
   each executes, which do not depend on the machine's load. The child processes may write
   bytecode caches, as an installed package has them (``pip`` compiles on install;
   ``PYTHONDONTWRITEBYTECODE`` is dropped).
2. **Load**: for each size a synthetic plan (``preventionkit.testing.synthetic_plan_data``,
   seed 1) as JSON and YAML. Every ratio is to ``PlainPlan.model_validate_json`` of the same
   JSON (``benchmarks/plain_model.py``: a plain typed pydantic model written for the benchmark,
   the collector on, as a user calls it) and to the JSON floor ``json.loads``. ``pk.loads``
   refuses duplicate keys and NaN, resolves every reference and keeps line numbers for errors.
3. **Growth** from 10,000 to 100,000 activities, and **peak memory** (``VmHWM``) of a fresh
   process that loads and validates the 100,000-activity JSON.
4. **Fast paths** at the sizes users have: YAML through rapidyaml against the safe reader
   alone, and the JSON reader against jiter when jiter is installed (it is no dependency).
5. **Sweep**: ``scenarios.sweep`` of 290 plans of 200 activities (every Swedish municipality),
   each loaded from JSON and validated, in the default process pool; wall clock.

Load times are CPU seconds of this process (``time.process_time``), the median of
``--repeat`` runs, less disturbed than wall time by other work on a shared machine; start-up
and the sweep run in other processes and are wall time.

Run:  python benchmarks/run_all.py [--sizes 1000 10000 100000] [--repeat 5] [--json out.json]
      [--no-instructions]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import preventionkit as pk
from preventionkit import scenarios
from preventionkit.io import _fastyaml, _json, _yaml
from preventionkit.io._limits import DEFAULT_LIMITS
from preventionkit.model import ActionPlan
from preventionkit.testing.synthetic import synthetic_plan_data

sys.path.insert(0, str(Path(__file__).parent))
from plain_model import PlainPlan  # beside this file, not a package

TARGETS = {
    "cli_startup_s": 0.30,
    "api_startup_s": 0.25,
    "json_ratio": 1.2,
    "yaml_ratio": 2.5,
    "growth": 11.0,
    "peak_mib": 600.0,
    "sweep_s": 1.0,
}
"""Issue 20's targets."""

_SCRIPT = Path(sys.executable).parent / "preventionkit"
CLI = [
    *([str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "preventionkit"]),
    "validate",
    "--example",
    "umea",
    "--exit-zero",
]
API = [
    sys.executable,
    "-c",
    "import preventionkit as pk; pk.validate(pk.examples.load('umea'))",
]
_COUNT = "import sys; print(len(sys.modules), file=sys.stderr)"

# VmHWM (the resident high-water mark of this address space) and not ru_maxrss: on Linux a
# child's ru_maxrss can carry the parent's high-water mark over fork and exec.
_MEMORY_SCRIPT = """
import sys
import preventionkit as pk
plan = pk.load(sys.argv[1])
report = pk.validate(plan)
with open("/proc/self/status") as status:
    hwm = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
print(hwm, len(report.findings))
"""


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system, from the child's resource usage) of one run."""
    start = time.perf_counter()
    child = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise subprocess.CalledProcessError(child.returncode, cmd)
    return wall, usage.ru_utime + usage.ru_stime


def _runs(cmd: list[str], runs: int, warmup: int = 2) -> tuple[list[float], list[float]]:
    """Wall and CPU times of ``runs`` runs after ``warmup`` (which write bytecode caches)."""
    env = _child_env()
    for _ in range(warmup):
        _timed(cmd, env)
    done = [_timed(cmd, env) for _ in range(runs)]
    return [w for w, _ in done], [c for _, c in done]


def _wall_runs(cmd: list[str], runs: int, warmup: int = 2) -> list[float]:
    return _runs(cmd, runs, warmup)[0]


def instructions(cmd: list[str]) -> float | None:
    """Millions of instructions the command executes (``valgrind --tool=callgrind``), or None
    without valgrind. Unlike time, the count does not depend on what else the machine runs,
    so it tells whether a change to start-up helped on a shared machine."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(
            [valgrind, "--tool=callgrind", f"--callgrind-out-file={tmp}/out", *_python(cmd)],
            env=_child_env(),
            capture_output=True,
            text=True,
            check=True,
        )
    for line in done.stderr.splitlines():
        if "Collected :" in line:
            return int(line.split()[-1]) / 1e6
    return None


def _python(cmd: list[str]) -> list[str]:
    """``cmd`` with a console script run by the interpreter (valgrind follows one process)."""
    return cmd if cmd[0] == sys.executable else [sys.executable, *cmd]


def _modules(cmd: list[str]) -> int:
    """How many modules the command's process holds at exit."""
    if cmd[0] == sys.executable and cmd[1] == "-c":
        probe = [cmd[0], "-c", f"{cmd[2]}\n{_COUNT}"]
    else:
        args = cmd[cmd.index("validate") :]
        code = f"import sys\nfrom preventionkit.__main__ import main\nmain({args!r})\n{_COUNT}\n"
        probe = [sys.executable, "-c", code]
    done = subprocess.run(probe, env=_child_env(), capture_output=True, text=True, check=False)
    return int(done.stderr.strip().splitlines()[-1])


def startup(runs: int, count_instructions: bool) -> dict[str, Any]:
    """Whole-process wall and CPU times of the two start-up commands, their module counts and
    (with valgrind) the instructions each executes."""
    out: dict[str, Any] = {}
    for name, cmd in (("cli", CLI), ("api", API)):
        times, cpu = _runs(cmd, runs)
        out[name] = {
            "command": "preventionkit " + " ".join(cmd[cmd.index("validate") :])
            if name == "cli"
            else cmd[2],
            "median_s": statistics.median(times),
            "min_s": min(times),
            "cpu_median_s": statistics.median(cpu),
            "runs": len(times),
            "modules": _modules(cmd),
            "instructions_m": instructions(cmd) if count_instructions else None,
        }
    out["bare_python_s"] = statistics.median(_wall_runs([sys.executable, "-c", "pass"], runs))
    out["hyperfine"] = shutil.which("hyperfine") is not None
    return out


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


def _peak_rss_mib(path: Path) -> float:
    done = subprocess.run(
        [sys.executable, "-c", _MEMORY_SCRIPT, str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stdout.split()[0]) / 1024


def _texts(n: int) -> tuple[str, str]:
    data = synthetic_plan_data(n, seed=1)
    text = json.dumps(data, ensure_ascii=False, indent=1)
    yaml_text = pk.dumps(ActionPlan.model_validate(data))
    return text, yaml_text


def load_row(n: int, repeat: int, workdir: Path, memory: bool) -> dict[str, Any]:
    """Load figures for a plan of ``n`` activities."""
    text, yaml_text = _texts(n)
    plain = PlainPlan.model_validate_json(text)
    assert len(plain.activities) == n  # the baseline reads the same document
    reps = repeat if n < 100_000 else max(3, repeat // 2)
    row: dict[str, Any] = {
        "activities": n,
        "json_mb": len(text.encode()) / 1e6,
        "yaml_mb": len(yaml_text.encode()) / 1e6,
        "yaml_fast_path": _fastyaml.read_fast(yaml_text) is not None,
    }
    row["json.loads"] = _median(lambda: json.loads(text), reps)
    row["plain"] = _median(lambda: PlainPlan.model_validate_json(text), reps)
    row["plain-nogc"] = _median(lambda: PlainPlan.model_validate_json(text), reps, gc_on=False)
    row["loads json"] = _median(lambda: pk.loads(text, format="json"), reps)
    row["loads yaml"] = _median(lambda: pk.loads(yaml_text, format="yaml"), reps)

    def validate_fresh() -> float:
        plan = pk.loads(text, format="json")
        return _cpu(lambda: pk.validate(plan))

    row["validate"] = statistics.median(validate_fresh() for _ in range(reps))
    if memory:
        path = workdir / f"plan-{n}.json"
        path.write_text(text, encoding="utf-8")
        row["peak_mib"] = _peak_rss_mib(path)
    return row


def paths_row(n: int, repeat: int) -> dict[str, Any]:
    """The fast paths against what would run without them, at a size users have."""
    text, yaml_text = _texts(n)
    row: dict[str, Any] = {"activities": n, "yaml_kib": len(yaml_text.encode()) / 1024}
    row["plain"] = _median(lambda: PlainPlan.model_validate_json(text), repeat)
    row["loads yaml"] = _median(lambda: pk.loads(yaml_text, format="yaml"), repeat)
    row["safe reader"] = _median(
        lambda: ActionPlan.model_validate(_yaml.read_yaml(yaml_text, None, DEFAULT_LIMITS).data),
        repeat,
    )
    row["parse_json"] = _median(lambda: _json.parse_json(text), repeat)
    try:
        import jiter
    except ImportError:
        row["jiter"] = None
    else:
        row["jiter"] = _median(
            lambda: jiter.from_json(text.encode(), allow_inf_nan=False, catch_duplicate_keys=True),
            repeat,
        )
    return row


def _load_and_summarize(text: str) -> dict[str, Any]:
    """Sweep work item: read one plan from JSON and validate it (module level: picklable)."""
    return scenarios.summarize(pk.loads(text, format="json"))


def sweep_figures(n_plans: int, repeat: int) -> dict[str, Any]:
    texts = [
        json.dumps(synthetic_plan_data(200, seed=i), ensure_ascii=False) for i in range(n_plans)
    ]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = scenarios.sweep(texts, _load_and_summarize)
        times.append(time.perf_counter() - start)
        assert len(result) == len(texts)
    serial = _cpu(lambda: [_load_and_summarize(t) for t in texts])
    return {"plans": n_plans, "wall_s": statistics.median(times), "serial_cpu_s": serial}


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
        "rapidyaml": _fastyaml.available(),
        "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None,
    }


def _verdict(value: float, target: float) -> str:
    return "met" if value <= target else f"NOT met (by {value / target - 1:.0%})"


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--path-sizes", type=int, nargs="+", default=[200, 1_000, 5_000])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--startup-runs", type=int, default=10)
    parser.add_argument("--sweep-plans", type=int, default=290)
    parser.add_argument(
        "--no-instructions",
        action="store_true",
        help="skip counting start-up instructions with valgrind (about a minute)",
    )
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args(argv)

    machine = _machine()
    print(
        f"machine: {machine['nproc']} cores, {machine['cpu']}, Python {machine['python']}, "
        f"rapidyaml: {machine['rapidyaml']}, load average {machine['load_average']}"
    )
    result: dict[str, Any] = {"machine": machine}

    up = startup(args.startup_runs, not args.no_instructions)
    result["startup"] = up
    print(f"\nstart-up, wall, median of {args.startup_runs} runs after 2 warm-ups:")
    print(f"  python -c pass                 {up['bare_python_s']:.3f} s")
    for name in ("cli", "api"):
        s = up[name]
        counted = (
            f"  {s['instructions_m']:,.0f} M instructions"
            if s["instructions_m"] is not None
            else ""
        )
        print(
            f"  {name}  {s['median_s']:.3f} s (min {s['min_s']:.3f}; CPU {s['cpu_median_s']:.3f})"
            f"  {s['modules']} modules{counted}  {s['command']}"
        )

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            row = load_row(n, args.repeat, Path(tmp), memory=n == max(args.sizes))
            rows.append(row)
            print(
                f"\n{n:,} activities (JSON {row['json_mb']:.1f} MB, YAML {row['yaml_mb']:.1f} MB,"
                f" rapidyaml: {row['yaml_fast_path']}), CPU s, median of runs:"
            )
            for step in ("json.loads", "plain", "plain-nogc", "loads json", "loads yaml"):
                print(
                    f"  {step:<11} {row[step]:>8.3f} s  {row[step] / row['plain']:>5.2f}x plain"
                    f"  {row[step] / row['json.loads']:>5.2f}x json.loads"
                )
            print(f"  validate    {row['validate']:>8.3f} s  (a loaded plan, graph included)")
            if "peak_mib" in row:
                print(f"  peak memory, load + validate, fresh process: {row['peak_mib']:.0f} MiB")
    result["rows"] = rows

    by_size = {r["activities"]: r for r in rows}
    growth: dict[str, float] = {}
    if 10_000 in by_size and 100_000 in by_size:
        small, large = by_size[10_000], by_size[100_000]
        print("\ngrowth 10k -> 100k (10x the plan):")
        for step in ("json.loads", "plain", "loads json", "loads yaml", "validate"):
            growth[step] = large[step] / small[step]
            print(f"  {step:<11} {growth[step]:>5.1f}x")
    result["growth_10k_100k"] = growth

    paths = [paths_row(n, args.repeat) for n in args.path_sizes]
    result["paths"] = paths
    print("\nfast paths at the sizes users have, CPU s:")
    for p in paths:
        jiter = f"jiter {p['jiter']:.4f}" if p["jiter"] is not None else "jiter not installed"
        print(
            f"  {p['activities']:>5,} activities ({p['yaml_kib']:.0f} KiB YAML): pk.loads yaml"
            f" {p['loads yaml']:.4f} vs safe reader {p['safe reader']:.4f}"
            f" ({p['safe reader'] / p['loads yaml']:.1f}x);"
            f" JSON: parse_json {p['parse_json']:.4f}, {jiter}; plain {p['plain']:.4f}"
        )

    sweep = sweep_figures(args.sweep_plans, 3)
    result["sweep"] = sweep
    print(
        f"\nsweep: {sweep['plans']} plans x 200 activities, load + validate each: "
        f"{sweep['wall_s']:.2f} s wall, default executor ({sweep['serial_cpu_s']:.2f} s CPU "
        "serially in one process)"
    )

    print("\ntargets (issue 20):")
    checks = [
        ("CLI start-up <= 0.30 s", up["cli"]["median_s"], TARGETS["cli_startup_s"]),
        ("API start-up <= 0.25 s", up["api"]["median_s"], TARGETS["api_startup_s"]),
    ]
    for r in rows:
        n = f"{r['activities']:,}"
        checks.append((f"JSON {n} <= 1.2x plain", r["loads json"] / r["plain"], 1.2))
        checks.append((f"YAML {n} <= 2.5x plain", r["loads yaml"] / r["plain"], 2.5))
    for step in ("loads json", "loads yaml"):
        if step in growth:
            checks.append((f"growth {step} <= 11x", growth[step], TARGETS["growth"]))
    for r in rows:
        if "peak_mib" in r:
            checks.append(
                (f"peak memory {r['activities']:,} < 600 MiB", r["peak_mib"], TARGETS["peak_mib"])
            )
    checks.append(("sweep 290 x 200 <= 1.0 s", sweep["wall_s"], TARGETS["sweep_s"]))
    result["targets"] = []
    for label, value, target in checks:
        verdict = _verdict(value, target)
        result["targets"].append({"target": label, "value": value, "verdict": verdict})
        print(f"  {label:<32} {value:>8.3f}  {verdict}")
    result["load_average_end"] = os.getloadavg() if hasattr(os, "getloadavg") else None
    print(f"\nload average at the end: {result['load_average_end']}")
    if args.json is not None:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return result


if __name__ == "__main__":
    main()
