"""Run a hypothesis test again and again for a fixed time: fuzzing with a budget, for CI.

Hypothesis has no time budget of its own, so :func:`run_for` calls the test in batches, each
with fresh random inputs, until the time is up. A failing input stops the run: hypothesis
shrinks it and prints it, and the script exits 1. Nothing is stored between runs (no example
database), so CI runs are independent; ``--seed N`` makes a run repeatable.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, Phase, seed, settings

__all__ = ["options", "run_for"]


def options(description: str, default_seconds: float) -> argparse.Namespace:
    """``--seconds`` (the budget), ``--batch`` (examples per batch) and ``--seed``."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--seconds", type=float, default=default_seconds, help="time budget")
    parser.add_argument("--batch", type=int, default=25, help="examples per batch")
    parser.add_argument("--seed", type=int, default=None, help="repeat a run")
    return parser.parse_args()


def run_for(test: Callable[..., Any], seconds: float, batch: int, first_seed: int | None) -> int:
    """Run the ``@given`` test ``test`` in batches of ``batch`` examples for ``seconds``;
    the number of examples tried. Raises what the test raises (after shrinking)."""
    deadline = time.monotonic() + seconds
    configured = settings(
        max_examples=batch,
        deadline=None,
        database=None,
        phases=(Phase.generate, Phase.target, Phase.shrink),
        suppress_health_check=list(HealthCheck),
        print_blob=True,
    )(test)
    tried = 0
    round_ = 0
    while time.monotonic() < deadline:
        if first_seed is not None:
            configured = seed(first_seed + round_)(configured)
        configured()  # fresh random inputs on every call
        tried += batch
        round_ += 1
    return tried
