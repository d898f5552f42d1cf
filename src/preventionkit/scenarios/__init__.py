"""Scenarios for researchers: what-if edits, comparisons and sweeps over many plans (issue 8).

Edits return a new plan and never change their input; :func:`compare` says what a change does
to the findings, the coverage matrix and the chains of governance; :func:`sweep` runs a
function over many plans in parallel. "What if the coordinator leaves?" (002 §1.5)::

    import preventionkit as pk
    after = pk.scenarios.vacate_function(plan, "kvinnofridssamordnare")
    print(pk.scenarios.compare(plan, after))
"""

from __future__ import annotations

from ._check import ScenarioError
from ._compare import CellChange, Comparison, compare
from ._sweep import Sweep, summarize, sweep
from .edits import (
    add_activity,
    end_mandate,
    remove_activity,
    remove_actor,
    replace_members,
    vacate_function,
)
from .plot import plot_coverage

__all__ = [
    "CellChange",
    "Comparison",
    "ScenarioError",
    "Sweep",
    "add_activity",
    "compare",
    "end_mandate",
    "plot_coverage",
    "remove_activity",
    "remove_actor",
    "replace_members",
    "summarize",
    "sweep",
    "vacate_function",
]
