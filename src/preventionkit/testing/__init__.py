"""Hypothesis strategies for plans and their records, for tests of tools built on preventionkit.

Needs `hypothesis <https://hypothesis.readthedocs.io>`_, which is not a dependency of
preventionkit itself: ``pip install 'preventionkit[testing]'`` (or the ``dev`` extra).
``import preventionkit`` never imports this module or hypothesis; ``import
preventionkit.testing`` does.

>>> from hypothesis import given
>>> import preventionkit as pk
>>> from preventionkit.testing import valid_plans
>>> @given(valid_plans(max_activities=4))
... def test_round_trip(plan):
...     assert pk.loads(pk.dumps(plan, format="json"), format="json") == plan
>>> test_round_trip()
"""

from __future__ import annotations

try:
    import hypothesis  # noqa: F401
except ImportError as exc:  # pragma: no cover - exercised only without hypothesis
    raise ImportError(
        "preventionkit.testing needs hypothesis: pip install 'preventionkit[testing]'"
    ) from exc

from .strategies import (
    activities,
    actors,
    bodies,
    checklist_entries,
    decisions,
    follow_ups,
    funding,
    goals,
    ids,
    indicators,
    mandates,
    measures,
    memberships,
    partial_dates,
    periods,
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
    "checklist_entries",
    "decisions",
    "follow_ups",
    "funding",
    "goals",
    "ids",
    "indicators",
    "mandates",
    "measures",
    "memberships",
    "partial_dates",
    "periods",
    "programme_theories",
    "readiness",
    "suppressions",
    "synthetic_plan",
    "synthetic_plan_data",
    "texts",
    "valid_plans",
    "visions",
]
