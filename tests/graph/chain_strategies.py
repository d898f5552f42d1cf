"""A hypothesis strategy for small plans with rich chains of governance: several functions,
bodies with members, mandates on decisions and activities, so that single points of failure,
alternative paths and vacancies all occur often (002 §1.5, §1.8)."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from preventionkit.model import ActionPlan

_KINDS = (
    "council",
    "committee",
    "administration",
    "unit",
    "function",
    "function",
    "civil_society_organisation",
)
_ROLES = (
    "steering_group",
    "collaboration_team",
    "operational_group",
    "reference_group",
    "expert_function",
)


@st.composite
def chain_plans(draw: st.DrawFn) -> ActionPlan:
    """A valid plan of 2–8 actors, 1–4 bodies, 1–2 mandates and 1–6 activities."""
    n_actors = draw(st.integers(2, 8))
    actors: list[dict[str, Any]] = []
    for i in range(n_actors):
        kind = draw(st.sampled_from(_KINDS))
        actor: dict[str, Any] = {"id": f"a{i}", "name": f"Aktör {i}", "kind": kind}
        if kind == "function":
            actor["holders"] = draw(st.sampled_from([None, 1, 1, 2]))
            actor["vacant"] = draw(st.sampled_from([False, False, True]))
        if i and draw(st.booleans()):
            actor["part_of"] = f"a{draw(st.integers(0, i - 1))}"
        actors.append(actor)
    actor_ids = [a["id"] for a in actors]
    n_bodies = draw(st.integers(1, 4))
    bodies: list[dict[str, Any]] = []
    for j in range(n_bodies):
        earlier = actor_ids + [f"b{k}" for k in range(j)]
        body: dict[str, Any] = {
            "id": f"b{j}",
            "name": f"Organ {j}",
            "role": draw(st.sampled_from(_ROLES)),
            "members": draw(st.lists(st.sampled_from(earlier), max_size=3, unique=True)),
        }
        if draw(st.booleans()):
            body["convener"] = draw(st.sampled_from(actor_ids))
        if draw(st.booleans()):
            body["reports_to"] = draw(st.sampled_from(earlier))
        if draw(st.booleans()):
            body["supports"] = [draw(st.sampled_from(earlier))]
        bodies.append(body)
    parties = actor_ids + [b["id"] for b in bodies]
    decisions = [{"id": "d0", "by": draw(st.sampled_from(actor_ids)), "summary": "Beslut"}]
    mandates = [
        {
            "id": f"m{k}",
            "holder": draw(st.sampled_from(parties)),
            "granted_by": draw(st.sampled_from(actor_ids)),
            "decision": "d0",
            "scope": "Leda arbetet",
        }
        for k in range(draw(st.integers(1, 2)))
    ]
    activities = [
        {
            "id": f"x{k}",
            "title": f"Aktivitet {k}",
            "responsible": draw(
                st.lists(st.sampled_from(parties), min_size=0, max_size=2, unique=True)
            ),
        }
        for k in range(draw(st.integers(1, 6)))
    ]
    data: dict[str, Any] = {
        "preventionkit": 1,
        "id": "plan",
        "title": "Plan",
        "actors": actors,
        "bodies": bodies,
        "decisions": decisions,
        "mandates": mandates,
        "activities": activities,
    }
    if draw(st.booleans()):
        data["adopted_by"] = "d0"
    if draw(st.booleans()):
        data["owner"] = draw(st.sampled_from(actor_ids))
    return ActionPlan.model_validate(data)
