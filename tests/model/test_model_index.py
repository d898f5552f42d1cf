"""The id index and its suggestions for misspelt ids."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

import preventionkit as pk
from preventionkit.errors import suggest
from preventionkit.model import ActionPlan, PlanIndex
from preventionkit.testing import valid_plans


@pytest.mark.parametrize(
    ("wrong", "candidates", "expected"),
    [
        ("kss", ["ks", "kf", "ifn"], "ks"),
        ("samverkansradet", ["samverkansrådet", "umebra"], "samverkansrådet"),
        ("KS", ["ks", "kf"], "ks"),  # only the case differs
        ("zzzz", ["ks", "kf"], None),
        ("ks", [], None),
    ],
)
def test_suggest(wrong: str, candidates: list[str], expected: str | None) -> None:
    assert suggest(wrong, candidates) == expected


def test_suggest_reads_any_iterable_once() -> None:
    assert suggest("KS", iter(["ks", "kf"])) == "ks"
    assert suggest("KS", (c for c in ["kf", "ks"])) == "ks"


def test_unknown_names_the_kind_and_the_nearest_id() -> None:
    index = PlanIndex()
    index.by_id["ks"] = ("actor", None)
    index.by_id["radet"] = ("body", None)
    assert index.unknown("kss", ("actor",)) == "no actor has the id 'kss'; did you mean 'ks'?"
    assert index.unknown("radet", ("actor",)) == "'radet' is a body, not an actor"
    assert index.unknown("x", ("indicator",)) == "no indicator has the id 'x'"
    assert index.ids_of(("actor", "body")) == ["ks", "radet"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(valid_plans(format_version=2))
def test_raw_input_and_the_plan_give_the_same_references(plan: ActionPlan) -> None:
    # One table drives both walks (issue 21): a plan's data, as a file holds it, refers to
    # exactly what the validated plan refers to, in the same order.
    from preventionkit.model._index import _raw_references, references

    data = json.loads(pk.dumps(plan, format="json"))
    assert list(_raw_references(data)) == list(references(plan))


def test_references_are_checked_in_raw_input_wherever_the_plan_has_them() -> None:
    # A field error elsewhere: the plan-level check runs over raw input, and finds the
    # dangling ids of the employer role, the needs assessment and applies_to, which the raw
    # walk once missed (it read employer.responsible and needs.by as a list).
    from preventionkit.model._index import raw_reference_errors

    data = {
        "preventionkit": 2,
        "id": "p",
        "title": "T",
        "actors": [{"id": "ks", "name": "KS", "kind": "executive_board"}],
        "activities": [{"id": "a", "title": "A", "responsible": ["ks"], "level": "x"}],
        "employer": {"by": "kss"},
        "needs": {"by": "kss"},
        "applies_to": ["kss"],
    }
    found = {tuple(e["loc"]) for e in raw_reference_errors(data)}
    assert found == {("employer", "by"), ("needs", "by"), ("applies_to", 0)}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(valid_plans(format_version=2), st.data())
def test_a_broken_reference_is_found_wherever_it_is(plan: ActionPlan, data: st.DataObject) -> None:
    # Loading asks first, in one sweep a field at a time, whether every reference resolves, and
    # walks the plan with locations only when one does not (issue 20): wherever a reference is
    # broken, that sweep must see it, and the walk must put the error there.
    from preventionkit.model._index import references

    locations = [loc for loc, _ref, _kinds in references(plan)]
    assume(locations)
    loc = data.draw(st.sampled_from(locations))
    raw = json.loads(pk.dumps(plan, format="json"))
    holder = raw
    for part in loc[:-1]:
        holder = holder[part]
    holder[loc[-1]] = "zz-no-such-record"
    with pytest.raises(ValidationError) as caught:
        ActionPlan.model_validate(raw)
    dangling = [tuple(e["loc"]) for e in caught.value.errors() if e["type"] == "dangling_reference"]
    assert loc in dangling


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(valid_plans(format_version=2))
def test_the_quick_format_2_question_agrees_with_the_located_one(plan: ActionPlan) -> None:
    from preventionkit.model.plan import _format_2_used, _version_2_fields

    assert _format_2_used([plan]) == any(True for _ in _version_2_fields(plan, ()))
