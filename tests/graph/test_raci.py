"""The RACI matrix is derived from the plan (001 p. 13–18; 002 §1.8)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from graph_fixtures import plan_data

from preventionkit.graph import RaciMatrix, raci
from preventionkit.model import ActionPlan

PlanFactory = Callable[..., ActionPlan]


@pytest.fixture
def rich(plan_factory: PlanFactory) -> ActionPlan:
    data = plan_data("coordinator")
    return plan_factory(
        "coordinator",
        actors=[
            *data["actors"],
            {"id": "ifn", "name": "Individ- och familjenämnden", "kind": "committee"},
        ],
        bodies=[
            *data["bodies"],
            {
                "id": "cmv",
                "name": "Centrum mot våld",
                "role": "expert_function",
                "supports": ["op-skola"],
            },
            {
                "id": "ref",
                "name": "Referensgrupp",
                "role": "reference_group",
                "reports_to": "skola",
                "as_needed": True,
            },
        ],
        activities=[
            *data["activities"],
            {
                "id": "a-delad",
                "title": "Delat | ansvar",
                "responsible": ["op-skola", "jour"],
                "accountable": "ifn",
            },
        ],
        follow_up=[
            {"forum": "kf", "frequency": "annual", "scope": "Aktivitetsplanen", "by": "styrgrupp"}
        ],
    )


def test_responsible_and_accountable(rich: ActionPlan) -> None:
    matrix = raci(rich)
    assert matrix.get("a-skola", "skola") == "RA"  # the sole responsible actor answers for it
    assert matrix.get("a-delad", "op-skola") == "R"
    assert matrix.get("a-delad", "jour") == "R"
    assert matrix.get("a-delad", "ifn") == "A"
    assert matrix.get("a-gemensam", "op-skola") == "R"
    assert matrix.with_letter("a-gemensam", "A") == ()  # two responsible, none named accountable


def test_consulted(rich: ActionPlan) -> None:
    matrix = raci(rich)
    assert matrix.get("a-gemensam", "cmv") == "C"  # supports a responsible group
    assert matrix.get("a-skola", "ref") == "C"  # a reference group reporting to the doer
    assert matrix.get("a-fritid", "cmv") == ""


def test_informed(rich: ActionPlan) -> None:
    matrix = raci(rich)
    for activity in matrix.activities:
        assert matrix.get(activity, "ks") == "I"  # the owner
        assert matrix.get(activity, "kf") == "I"  # the follow-up forum
        assert matrix.get(activity, "styrgrupp") == "I"  # mandate holder and preparer
    assert matrix.get("a-skola", "op-fritid") == ""


def test_rows_and_markdown(rich: ActionPlan) -> None:
    matrix = raci(rich)
    assert matrix.activities == tuple(a.id for a in rich.activities)
    order = [a.id for a in rich.actors] + [b.id for b in rich.bodies]
    assert list(matrix.parties) == sorted(matrix.parties, key=order.index)
    rows = matrix.to_rows()
    assert rows[0]["activity"] == "a-skola"
    assert rows[0]["title"] == "Normkritiskt arbete i skolan"
    assert rows[0]["skola"] == "RA"
    assert set(rows[0]) == {"activity", "title", *matrix.parties}
    md = matrix.to_markdown()
    lines = md.splitlines()
    assert lines[0].startswith("| Activity | ")
    assert "Delat \\| ansvar" in md  # pipes escaped
    assert all(
        line.count(" | ") >= len(matrix.parties) for line in lines[2 : 2 + len(matrix.activities)]
    )
    assert "R = responsible" in md
    assert raci(rich).to_markdown(lang="sv").startswith("| Aktivitet |")
    assert matrix.row("a-delad")["ifn"] == "A"


def test_is_frozen_and_deterministic(rich: ActionPlan, plan_factory: PlanFactory) -> None:
    matrix = raci(rich)
    assert isinstance(matrix, RaciMatrix)
    with pytest.raises(dataclasses.FrozenInstanceError):
        matrix.parties = ()  # type: ignore[misc]
    with pytest.raises(TypeError):
        matrix.cells[("a-skola", "skola")] = "C"  # type: ignore[index]
    assert raci(plan_factory("coordinator")) == raci(plan_factory("coordinator"))
