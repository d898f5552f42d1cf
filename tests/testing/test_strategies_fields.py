"""``preventionkit.testing`` draws every field of the plan format (issue 19): the property
tests built on it (YAML → xlsx → YAML, load → dump → load) then exercise every field, and a
field added to the model fails here until the strategies draw it too."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from _model_fields import leaves, stated
from preventionkit import ActionPlan
from preventionkit.testing import valid_plans


def test_valid_plans_state_every_field_of_the_format() -> None:
    seen: set[str] = set()

    # Derandomised, so the test draws the same plans on every run and cannot flicker.
    @settings(
        max_examples=200,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(plan=valid_plans(max_activities=3))
    def draw(plan: ActionPlan) -> None:
        seen.update(stated(plan))

    draw()
    assert sorted(leaves(ActionPlan) - seen) == []
