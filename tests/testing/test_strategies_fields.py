"""``preventionkit.testing`` draws every field of the plan format (issue 19): the property
tests built on it (YAML → xlsx → YAML, load → dump → load) then exercise every field, and a
field added to the model fails here until the strategies draw it too."""

from __future__ import annotations

import contextlib

from hypothesis import HealthCheck, Phase, given, settings

from _model_fields import leaves, stated
from preventionkit import ActionPlan
from preventionkit.testing import valid_plans


class _EverySeen(Exception):
    """Raised to stop drawing once every field has been drawn."""


def test_valid_plans_state_every_field_of_the_format() -> None:
    wanted = leaves(ActionPlan)
    seen: set[str] = set()

    # Draws plans until every field has been stated at least once; some fields are rare by
    # design (a vacant function's vacant_since), so the budget is far above the ~200 plans
    # it usually takes, and the draws stop as soon as nothing is missing.
    @settings(
        max_examples=2000,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
        deadline=None,
    )
    @given(plan=valid_plans(max_activities=3))
    def draw(plan: ActionPlan) -> None:
        seen.update(stated(plan))
        if wanted <= seen:
            raise _EverySeen

    with contextlib.suppress(_EverySeen):
        draw()
    assert sorted(wanted - seen) == []
