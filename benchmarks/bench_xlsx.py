"""Benchmark: writing and reading a plan as an Excel workbook, against YAML (issue 19).

Run:  python benchmarks/bench_xlsx.py [--sizes 100 1000 10000] [--repeat 3]

For each size a synthetic plan (``preventionkit.testing.synthetic_plan``, seed 0) is written
with ``preventionkit.io.xlsx.xlsx_bytes`` and read back with ``pk.load``'s workbook reader, and
the same plan is dumped and loaded as YAML; the best of ``--repeat`` runs is printed in CPU
seconds (``time.process_time``), with the workbook's size.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

import preventionkit as pk
from preventionkit.io.xlsx import xlsx_bytes
from preventionkit.io.xlsx._read import read_workbook
from preventionkit.testing import synthetic_plan


def _best(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    best, value = float("inf"), None
    for _ in range(repeat):
        start = time.process_time()
        value = fn()
        best = min(best, time.process_time() - start)
    return best, value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    xlsx_bytes(pk.examples.load("umea"))  # imports happen here, not in the first timing
    print(f"{'activities':>10} {'write xlsx':>11} {'read xlsx':>10} {'dump yaml':>10} "
          f"{'load yaml':>10} {'xlsx KiB':>9}")  # fmt: skip
    for size in args.sizes:
        plan = synthetic_plan(size)
        write, data = _best(lambda plan=plan: xlsx_bytes(plan), args.repeat)
        read, back = _best(
            lambda data=data: read_workbook(data, "plan.xlsx", pk.io.DEFAULT_LIMITS), args.repeat
        )
        assert back == plan
        dump, text = _best(lambda plan=plan: pk.dumps(plan), args.repeat)
        load, _ = _best(lambda text=text: pk.loads(text, format="yaml"), args.repeat)
        print(f"{size:>10} {write:>10.2f}s {read:>9.2f}s {dump:>9.2f}s {load:>9.2f}s "
              f"{len(data) / 1024:>9.0f}")  # fmt: skip


if __name__ == "__main__":
    main()
