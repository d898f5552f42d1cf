"""The actors taking part without a sector, worked out once per plan with the sectors they
bring, are those :func:`sector_covered` finds none for (issue 21: PK601 asked again for each
actor)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

import preventionkit as pk
from preventionkit.graph import sector_covered, sectors_taking_part, taking_part, without_sector
from preventionkit.model import ActionPlan
from preventionkit.testing import valid_plans
from preventionkit.vocab import ExtraTerm, Sector


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(valid_plans(max_activities=6))
def test_without_sector_is_every_actor_taking_part_that_brings_none(plan: ActionPlan) -> None:
    part = taking_part(plan)
    assert without_sector(plan) == tuple(a for a in part if sector_covered(plan, a) is None)
    brought = {sector_covered(plan, a) for a in part} - {None}
    brought |= {s for b in plan.bodies for s in b.sectors}
    extra = sorted(s for s in brought if isinstance(s, ExtraTerm))
    assert sectors_taking_part(plan) == (*(s for s in Sector if s in brought), *extra)


def test_an_edited_plan_is_asked_afresh() -> None:
    plan = pk.examples.load("umea")
    before = without_sector(plan)
    edited = plan.model_copy(
        update={"actors": tuple(a.model_copy(update={"sector": None}) for a in plan.actors)}
    )
    assert len(without_sector(edited)) > len(before)
    assert without_sector(edited) == tuple(
        a for a in taking_part(edited) if sector_covered(edited, a) is None
    )
