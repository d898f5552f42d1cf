"""The shape of one activity's flow network, taken on the short path for a single responsible
actor, is the one the general rule gives (issue 21: 100,000 such activities in ``dense``)."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from preventionkit.graph import failure
from preventionkit.graph._governance import governance
from preventionkit.model import ActionPlan
from preventionkit.testing import chain_plans, valid_plans


def _general(a: Any, targets: list[int]) -> tuple[object, ...]:
    """:func:`failure._shape` as written for any number of targets."""
    pred = a.pred
    if any(a.source[t] for t in targets):
        return ("nodes", *targets)
    into = [tuple(sorted(pred[t])) for t in targets]
    ends = set(targets)
    if any(u in ends for ps in into for u in ps):
        return ("nodes", *targets)
    lost = [a.candidate[t] and a.function[t] for t in targets]
    return ("shape", *sorted(zip(lost, into, strict=True)))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(chain_plans(), valid_plans(max_activities=5)))
def test_one_target_takes_the_shape_the_general_rule_gives(plan: ActionPlan) -> None:
    a = failure._analysis(governance(plan))
    for node in range(1, len(a.nodes)):
        assert failure._shape(a, [node]) == _general(a, [node])
