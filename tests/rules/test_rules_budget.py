"""PK410: goals and indicators in the budget (003 "Mål och budget"; 004 "Framgångsfaktorer" 3).
The finding where the plan states its budget without them, a question where it does not say,
silence where a budget names them or the plan has no goals to put there."""

from __future__ import annotations

import pytest

import preventionkit as pk
from preventionkit.rules import validate

_HEAD = """\
preventionkit: 2
id: p
title: Handlingsplan mot våld
profile: municipal
actors:
  - {id: kf, name: Kommunfullmäktige, kind: council}
goals:
  - {id: g, statement: Minska våldet, indicators: [i]}
indicators:
  - {id: i, name: Elevenkät}
"""


def _run(funding: str, head: str = _HEAD) -> tuple[list[str], list[tuple[str, tuple[str, ...]]]]:
    report = validate(pk.loads(head + funding), select=["PK410"])
    return (
        [f.path for f in report.findings],
        [(q.path, q.unstated) for q in report.questions],
    )


@pytest.mark.parametrize(
    "funding",
    [
        "funding: []\n",
        "funding:\n  - {source: ordinary_budget, by: kf, goals: [], indicators: []}\n",
        "funding:\n  - {source: ordinary_budget, by: kf, goals: []}\n",
        "funding:\n  - {source: state_grant, by: kf, goals: [g]}\n",
        "funding:\n  - {source: development_funds, by: kf}\n",
    ],
    ids=["no-funding", "budget-names-none", "budget-names-no-goal", "grant-only", "project-money"],
)
def test_a_stated_budget_without_goals_is_a_warning(funding: str) -> None:
    assert _run(funding) == (["funding"], [])
    report = validate(pk.loads(_HEAD + funding), select=["PK410"])
    assert report.findings[0].severity == "warning"


@pytest.mark.parametrize(
    ("funding", "unstated"),
    [
        ("", ("funding",)),
        ("funding:\n  - {source: ordinary_budget, by: kf}\n", ("funding[0].goals",)),
        ("funding:\n  - {by: kf, description: Medel}\n", ("funding[0].goals",)),
        (
            "funding:\n  - {source: state_grant}\n  - {source: ordinary_budget}\n",
            ("funding[1].goals",),
        ),
    ],
    ids=["no-funding-field", "budget-silent", "source-not-named", "grant-and-silent-budget"],
)
def test_a_budget_the_plan_does_not_describe_is_a_question(
    funding: str, unstated: tuple[str, ...]
) -> None:
    assert _run(funding) == ([], [("funding", unstated)])


@pytest.mark.parametrize(
    "funding",
    [
        "funding:\n  - {source: ordinary_budget, by: kf, goals: [g]}\n",
        "funding:\n  - {source: ordinary_budget, by: kf, indicators: [i]}\n",
        "funding:\n  - {by: kf, goals: [g], indicators: [i]}\n",
        "funding:\n  - {source: state_grant}\n  - {source: ordinary_budget, goals: [g]}\n",
    ],
)
def test_a_budget_naming_a_goal_or_indicator_passes(funding: str) -> None:
    assert _run(funding) == ([], [])


def test_a_plan_without_goals_or_indicators_is_left_to_pk404() -> None:
    head = "preventionkit: 2\nid: p\ntitle: T\nprofile: municipal\ngoals: []\n"
    assert _run("funding: []\n", head) == ([], [])


def test_budget_references_must_resolve() -> None:
    with pytest.raises(pk.PlanLoadError) as caught:
        pk.loads(_HEAD + "funding:\n  - {source: ordinary_budget, goals: [g2], indicators: [x]}\n")
    paths = {issue.path for issue in caught.value.issues}
    assert paths == {"funding[0].goals[0]", "funding[0].indicators[0]"}


def test_budget_goals_are_format_2() -> None:
    text = _HEAD.replace("preventionkit: 2", "preventionkit: 1") + (
        "funding:\n  - {source: ordinary_budget, goals: [g]}\n"
    )
    with pytest.raises(pk.PlanLoadError) as caught:
        pk.loads(text)
    assert "funding[0].goals" in {issue.path for issue in caught.value.issues}


def test_budget_goals_round_trip() -> None:
    plan = pk.loads(_HEAD + "funding:\n  - {source: ordinary_budget, goals: [g], indicators: []}\n")
    again = pk.loads(pk.dumps(plan, format="yaml"), format="yaml")
    assert again == plan
    assert again.knows("funding[0].indicators") == "absent"


@pytest.mark.parametrize("lang", ["en", "sv", "nb"])
def test_the_messages_are_in_every_language(lang: str) -> None:
    found = validate(pk.loads(_HEAD + "funding: []\n"), select=["PK410"], lang=lang).findings[0]
    asked = validate(pk.loads(_HEAD), select=["PK410"], lang=lang).questions[0]
    assert found.text() != asked.text()
    assert "{" not in found.text() + asked.text()
