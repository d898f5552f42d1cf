"""Sweep: validate many plans in parallel and summarise them in one table.

Uses seeded synthetic plans from :func:`preventionkit.testing.synthetic_plan`, so the result is the
same on every run. With pandas installed the rows become a DataFrame. Run:
``python examples/sweep_synthetic_plans.py [N_PLANS]``.
"""

from __future__ import annotations

import sys

from preventionkit import scenarios
from preventionkit.testing import synthetic_plan


def main(n_plans: int = 12) -> None:
    """Validate ``n_plans`` synthetic plans of 100 activities and print a summary per plan."""
    plans = [synthetic_plan(100, seed=seed) for seed in range(n_plans)]
    rows = scenarios.sweep(plans, scenarios.summarize)
    print(f"{len(rows)} plans, {sum(row['ok'] for row in rows.rows())} without errors")
    try:
        frame = rows.to_frame()
    except ImportError:
        for row in rows.rows():
            print(row["plan"], row["errors"], row["warnings"], row["codes"])
    else:
        print(frame[["plan", "activities", "errors", "warnings", "codes"]].to_string(index=False))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 12)
