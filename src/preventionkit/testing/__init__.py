"""Test support for tools built on preventionkit: hypothesis strategies and synthetic plans.

The strategies need `hypothesis <https://hypothesis.readthedocs.io>`_, which is not a
dependency of preventionkit itself (``pip install 'preventionkit[testing]'``, or the ``dev``
extra); it is imported only when a strategy is first used. The seeded generator
``synthetic_plan`` needs nothing beyond the core. ``import preventionkit`` never imports
this module.

>>> from hypothesis import given
>>> import preventionkit as pk
>>> from preventionkit.testing import valid_plans
>>> @given(valid_plans(max_activities=4))
... def test_round_trip(plan):
...     assert pk.loads(pk.dumps(plan, format="json"), format="json") == plan
>>> test_round_trip()
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_STRATEGIES = (
    "activities",
    "actors",
    "bodies",
    "breakdowns",
    "checklist_entries",
    "decisions",
    "employer_roles",
    "evaluations",
    "factors",
    "follow_ups",
    "funding",
    "goals",
    "ids",
    "indicator_periods",
    "indicators",
    "mandates",
    "measures",
    "memberships",
    "needs_assessments",
    "partial_dates",
    "periods",
    "plan_links",
    "programme_records",
    "programme_theories",
    "readiness",
    "suppressions",
    "texts",
    "valid_plans",
    "visions",
)
_SYNTHETIC = ("synthetic_plan", "synthetic_plan_data")


def __getattr__(name: str) -> Any:
    # Strategies need hypothesis; the synthetic generator does not, so it loads without it.
    if name in _SYNTHETIC:
        module = importlib.import_module(".synthetic", __name__)
    elif name in _STRATEGIES:
        try:
            import hypothesis  # noqa: F401
        except ImportError as exc:  # pragma: no cover - exercised only without hypothesis
            raise ImportError(
                "preventionkit.testing strategies need hypothesis: "
                "pip install 'preventionkit[testing]'"
            ) from exc
        module = importlib.import_module(".strategies", __name__)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(module, name)
    globals()[name] = value
    return value


if TYPE_CHECKING:
    from .strategies import (
        activities,
        actors,
        bodies,
        breakdowns,
        checklist_entries,
        decisions,
        employer_roles,
        evaluations,
        factors,
        follow_ups,
        funding,
        goals,
        ids,
        indicator_periods,
        indicators,
        mandates,
        measures,
        memberships,
        needs_assessments,
        partial_dates,
        periods,
        plan_links,
        programme_records,
        programme_theories,
        readiness,
        suppressions,
        texts,
        valid_plans,
        visions,
    )
    from .synthetic import synthetic_plan, synthetic_plan_data

__all__ = [
    "activities",
    "actors",
    "bodies",
    "breakdowns",
    "checklist_entries",
    "decisions",
    "employer_roles",
    "evaluations",
    "factors",
    "follow_ups",
    "funding",
    "goals",
    "ids",
    "indicator_periods",
    "indicators",
    "mandates",
    "measures",
    "memberships",
    "needs_assessments",
    "partial_dates",
    "periods",
    "plan_links",
    "programme_records",
    "programme_theories",
    "readiness",
    "suppressions",
    "synthetic_plan",
    "synthetic_plan_data",
    "texts",
    "valid_plans",
    "visions",
]
