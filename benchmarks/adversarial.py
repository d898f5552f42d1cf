"""Benchmark: hostile shapes at 1k, 10k and 100k (issue 21 item 1).

Each shape is a plan built to make some analysis work hard: a long ``reports_to`` chain of
bodies (single points of failure), a deep ``part_of`` chain (sectors, ancestors), dense
memberships, many cycles, many errors (dangling look-alike references, bad vocabulary values,
a million unknown keys) and a large plan written as one line of JSON (locating findings).
Every case runs in a fresh subprocess under a memory limit (``RLIMIT_AS``) and a timeout, so
a regression cannot take the machine down; the child loads the file with ``pk.load``, and when
it loads, validates it and asks for the single points of failure and the bus factor. It
reports CPU seconds (``time.process_time``), wall seconds, and its resident high-water mark
(``VmHWM``), then the growth per 10× input and a verdict on each target. On a quiet machine
CPU and wall agree; under load, read the CPU figures.

Targets: 10× the input costs at most 12× the time and memory; 100k of any shape under 10 s
and 1 GiB.

Run:  python benchmarks/adversarial.py [--sizes 1000 10000 100000] [--shapes chain ...]
      [--limit-mib 3072] [--timeout 300] [--json out.json] [--src OTHER/src]

``--src`` runs the children on another checkout's ``src`` (e.g. main before a change), for
before/after figures taken under the same load.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

_CHILD = r"""
import json, resource, sys, time
limit = int(sys.argv[2]) * 1024 * 1024
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
import preventionkit as pk
from preventionkit import graph
from preventionkit.errors import PlanLoadError
start = time.process_time()
wall = time.perf_counter()
out = {}
try:
    plan = pk.load(sys.argv[1])
except PlanLoadError as exc:
    out["outcome"] = f"load error ({len(exc.issues)} issues)"
else:
    report = pk.validate(plan)
    spofs = graph.single_points_of_failure(plan)
    factors = graph.bus_factor(plan)
    out["outcome"] = f"{len(report.findings)} findings, {len(spofs)} single points"
out["seconds"] = time.process_time() - start
out["wall"] = time.perf_counter() - wall
with open("/proc/self/status") as status:
    out["mib"] = int(next(l.split()[1] for l in status if l.startswith("VmHWM:"))) / 1024
print(json.dumps(out))
"""


def _head(n_actors: int = 0) -> dict[str, Any]:
    return {
        "preventionkit": 1,
        "id": "hostile",
        "title": "Hostile shape",
        "adopted_by": "d-kf",
        "owner": "ks",
        "actors": [
            {"id": "kf", "name": "Kommunfullmäktige", "kind": "council"},
            {"id": "ks", "name": "Kommunstyrelsen", "kind": "executive_board"},
        ],
        "decisions": [{"id": "d-kf", "by": "kf", "summary": "Antar planen"}],
        "bodies": [],
        "mandates": [],
        "activities": [],
    }


def chain(n: int) -> tuple[dict[str, Any], str]:
    """``n`` bodies each reporting to the one before; the first holds the mandate and the
    last carries the work: every body is a single point of failure."""
    plan = _head()
    plan["bodies"] = [
        {"id": f"b{i}", "name": f"Grupp {i}", "role": "operational_group"}
        | ({"reports_to": f"b{i - 1}"} if i else {})
        for i in range(n)
    ]
    plan["mandates"] = [{"holder": "b0", "granted_by": "kf", "decision": "d-kf", "scope": "Leda"}]
    plan["activities"] = [
        {"id": f"a{i}", "title": f"Aktivitet {i}", "responsible": [f"b{n - 1}"]} for i in range(3)
    ]
    return plan, "yaml"


def deep_part_of(n: int) -> tuple[dict[str, Any], str]:
    """``n`` units each part of the one before, the sector given only at the top; one
    activity per ten units, carried by units deep down."""
    plan = _head()
    plan["actors"] += [
        {"id": f"u{i}", "name": f"Enhet {i}", "kind": "unit"}
        | ({"part_of": f"u{i - 1}"} if i else {"sector": "social_services"})
        for i in range(n)
    ]
    plan["mandates"] = [{"holder": "ks", "granted_by": "kf", "decision": "d-kf", "scope": "Leda"}]
    plan["activities"] = [
        {"id": f"a{i}", "title": f"Aktivitet {i}", "responsible": [f"u{n - 1 - i * 10}"]}
        for i in range(n // 10)
    ]
    return plan, "yaml"


def dense(n: int) -> tuple[dict[str, Any], str]:
    """``n`` actors, each a member of five of ``n // 100`` bodies that report to the holder;
    an activity per actor."""
    plan = _head()
    groups = max(n // 100, 5)
    plan["actors"] += [
        {"id": f"x{i}", "name": f"Aktör {i}", "kind": "unit", "sector": "education"}
        for i in range(n)
    ]
    members: list[list[str]] = [[] for _ in range(groups)]
    for i in range(n):
        for k in range(5):
            members[(i * 7 + k * 13) % groups].append(f"x{i}")
    plan["bodies"] = [{"id": "sg", "name": "Styrgrupp", "role": "steering_group"}] + [
        {
            "id": f"g{j}",
            "name": f"Grupp {j}",
            "role": "operational_group",
            "reports_to": "sg",
            "members": list(dict.fromkeys(members[j])),
        }
        for j in range(groups)
    ]
    plan["mandates"] = [{"holder": "sg", "granted_by": "kf", "decision": "d-kf", "scope": "Leda"}]
    plan["activities"] = [
        {"id": f"a{i}", "title": f"Aktivitet {i}", "responsible": [f"x{i}"]} for i in range(n)
    ]
    return plan, "yaml"


def cycles(n: int) -> tuple[dict[str, Any], str]:
    """``n`` bodies in pairs that report to each other: ``n / 2`` cycles (a load error)."""
    plan = _head()
    plan["bodies"] = [
        {"id": f"b{i}", "name": f"Grupp {i}", "role": "network", "reports_to": f"b{i ^ 1}"}
        for i in range(n)
    ]
    return plan, "yaml"


def dangling(n: int) -> tuple[dict[str, Any], str]:
    """``n`` actors and ``n`` activities each naming a look-alike of an actor's id."""
    plan = _head()
    plan["actors"] += [
        {"id": f"enhet-{i:06d}", "name": f"Enhet {i}", "kind": "unit"} for i in range(n)
    ]
    plan["activities"] = [
        {"id": f"a{i}", "title": f"Aktivitet {i}", "responsible": [f"enhet-{i:06d}x"]}
        for i in range(n)
    ]
    return plan, "yaml"


def bad_values(n: int) -> tuple[dict[str, Any], str]:
    """``n`` activities, each with a misspelt prevention level."""
    plan = _head()
    plan["activities"] = [
        {
            "id": f"a{i}",
            "title": f"Aktivitet {i}",
            "responsible": ["ks"],
            "prevention_levels": ["universall"],
        }
        for i in range(n)
    ]
    return plan, "yaml"


def many_keys(n: int) -> tuple[dict[str, Any], str]:
    """One activity with ``10 n`` unknown keys (a million at 100k)."""
    plan = _head()
    activity: dict[str, Any] = {"id": "a0", "title": "Aktivitet", "responsible": ["ks"]}
    activity.update({f"k{i}": i for i in range(10 * n)})
    plan["activities"] = [activity]
    return plan, "json"


def minified(n: int) -> tuple[dict[str, Any], str]:
    """A synthetic plan of ``n`` activities as one line of JSON."""
    from preventionkit.testing.synthetic import synthetic_plan_data

    return synthetic_plan_data(n, seed=1), "minified"


SHAPES: dict[str, Callable[[int], tuple[dict[str, Any], str]]] = {
    "chain": chain,
    "deep_part_of": deep_part_of,
    "dense": dense,
    "cycles": cycles,
    "dangling": dangling,
    "bad_values": bad_values,
    "many_keys": many_keys,
    "minified": minified,
}


def _write(data: dict[str, Any], how: str, folder: Path, name: str) -> Path:
    if how == "yaml":
        import yaml

        path = folder / f"{name}.yaml"
        path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), "utf-8")
    elif how == "minified":
        path = folder / f"{name}.json"
        path.write_text(json.dumps(data, separators=(",", ":"), ensure_ascii=False), "utf-8")
    else:
        path = folder / f"{name}.json"
        path.write_text(json.dumps(data, indent=1, ensure_ascii=False), "utf-8")
    return path


def _run(path: Path, limit: int, timeout: float, src: Path | None = None) -> dict[str, Any]:
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(src), env.get("PYTHONPATH", "")]).rstrip(
            os.pathsep
        )
    try:
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, str(path), str(limit)],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            env=env,
        )
    except subprocess.TimeoutExpired:
        return {"outcome": f"timeout after {timeout:.0f} s", "seconds": None, "mib": None}
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        return {"outcome": f"failed: {last[:80]}", "seconds": None, "mib": None, "wall": None}
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _growth(a: float | None, b: float | None) -> str:
    return f"{b / a:.1f}×" if a and b else "–"


TARGET_GROWTH = 12.0
"""10× the input costs at most this many times the time and the memory."""
TARGET_SECONDS = 10.0
TARGET_MIB = 1024.0
"""100,000 of any shape: under 10 s and 1 GiB."""


def _verdicts(rows: list[dict[str, Any]], shapes: list[str]) -> list[str]:
    """One line per shape: the growth and the 100k figures against the targets."""
    lines: list[str] = []
    for shape in shapes:
        mine = [r for r in rows if r["shape"] == shape]
        misses: list[str] = []
        for a, b in itertools.pairwise(mine):
            if b["size"] != 10 * a["size"]:
                continue
            for key, what in (("seconds", "time"), ("mib", "memory")):
                if a[key] and b[key] and b[key] / a[key] > TARGET_GROWTH:
                    misses.append(f"{what} grows {b[key] / a[key]:.1f}× to {b['size']:,}")
        big = next((r for r in mine if r["size"] == 100_000), None)
        if big is not None:
            if big["seconds"] is None:
                misses.append(f"100,000: {big['outcome']}")
            else:
                if big["seconds"] >= TARGET_SECONDS:
                    misses.append(f"100,000 takes {big['seconds']:.2f} s CPU")
                if big.get("wall") is not None and big["wall"] >= TARGET_SECONDS:
                    misses.append(f"100,000 takes {big['wall']:.2f} s wall")
                if big["mib"] >= TARGET_MIB:
                    misses.append(f"100,000 needs {big['mib']:.0f} MiB")
        checked = "growth" + (" and 100,000" if big is not None else "")
        verdict = "met" if not misses else "NOT met: " + "; ".join(misses)
        lines.append(f"  {shape:13} {checked}: {verdict}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--shapes", nargs="+", default=list(SHAPES), choices=list(SHAPES))
    parser.add_argument("--limit-mib", type=int, default=3072)
    parser.add_argument("--timeout", type=float, default=300.0)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--src", type=Path, help="run the children on this src folder")
    args = parser.parse_args(argv)
    rows: list[dict[str, Any]] = []
    print(f"load average at start: {os.getloadavg()[0]:.1f} ({os.cpu_count()} cores)")
    print(f"{'shape':13} {'size':>7} {'file':>10} {'CPU':>9} {'wall':>9} {'peak':>9}  outcome")
    with tempfile.TemporaryDirectory() as tmp:
        for shape in args.shapes:
            for size in args.sizes:
                data, how = SHAPES[shape](size)
                path = _write(data, how, Path(tmp), f"{shape}-{size}")
                result = _run(path, args.limit_mib, args.timeout, args.src)
                row = {"shape": shape, "size": size, "bytes": path.stat().st_size, **result}
                rows.append(row)
                path.unlink()
                secs = f"{row['seconds']:.2f} s" if row["seconds"] is not None else "–"
                wall = f"{row['wall']:.2f} s" if row.get("wall") is not None else "–"
                mib = f"{row['mib']:.0f} MiB" if row["mib"] is not None else "–"
                print(
                    f"{shape:13} {size:>7,} {row['bytes'] / 1e6:7.2f} MB {secs:>9} {wall:>9}"
                    f" {mib:>9}  {row['outcome']}",
                    flush=True,
                )
    print(f"load average at end: {os.getloadavg()[0]:.1f}")
    print("\ngrowth per 10× input (CPU time, memory):")
    for shape in args.shapes:
        mine = [r for r in rows if r["shape"] == shape]
        steps = [
            f"{a['size']:,}→{b['size']:,}: {_growth(a['seconds'], b['seconds'])}, "
            f"{_growth(a['mib'], b['mib'])}"
            for a, b in itertools.pairwise(mine)
        ]
        print(f"  {shape:13} " + "; ".join(steps))
    print(
        f"\ntargets (10× input ≤ {TARGET_GROWTH:.0f}× time and memory; 100,000 under "
        f"{TARGET_SECONDS:.0f} s and {TARGET_MIB / 1024:.0f} GiB):"
    )
    for line in _verdicts(rows, args.shapes):
        print(line)
    if args.json is not None:
        args.json.write_text(json.dumps(rows, indent=2), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
