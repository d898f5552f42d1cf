"""The id index and its suggestions for misspelt ids."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings

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
