"""Questions asked once, not once per record (the review of the real plans: Stockholm County's
strategy got 19 identical "no target" questions, one per indicator).

A rule that asks the same thing of several records asks it once for the list, counting them,
naming the first few ids and keeping every record's path in ``unstated``; one record keeps
its own question, and a judged gap (the plan states the record lacks it) stays one finding per
record. PK101, PK102 and PK203 ask once for the levels or functions they ask about for the same
reason.
"""

from __future__ import annotations

import pytest

import preventionkit as pk
from preventionkit.rules.profiles import MUNICIPAL

_HEAD = "preventionkit: 2\nid: p\ntitle: Handlingsplan mot våld\n"


def _validate(body: str, code: str, lang: str = "en") -> pk.ValidationReport:
    return pk.validate(pk.loads(_HEAD + body), select=[code], profile="municipal", lang=lang)


def _indicators(n: int, with_target: int = 0) -> str:
    lines = [f"  - {{id: i{k}, name: Indikator {k}}}" for k in range(n)]
    lines += [f"  - {{id: t{k}, name: Mål {k}, target: {{value: 1}}}}" for k in range(with_target)]
    return "indicators:\n" + "\n".join(lines) + "\n"


def test_pk405_asks_about_one_indicator_at_the_indicator() -> None:
    report = _validate(_indicators(1, with_target=1), "PK405")
    (question,) = report.questions
    assert question.path == "indicators[0]"
    assert question.message.key == "rule.PK405.message"


def test_pk405_asks_once_for_several_indicators_and_keeps_every_path() -> None:
    report = _validate(_indicators(5, with_target=1), "PK405")
    assert report.findings == ()
    (question,) = report.questions
    assert question.path == "indicators"
    assert question.message.key == "rule.PK405.unstated_several.message"
    assert question.unstated == tuple(f"indicators[{k}].target" for k in range(5))
    assert question.message.params["n"] == 5
    assert question.message.params["total"] == 6
    assert question.text("en") == (
        "The plan does not say the target of 5 of its 6 indicators (i0, i1, i2 and 2 more)."
    )
    assert "i0, i1, i2 och 2 till" in question.text("sv")
    assert "i0, i1, i2 og 2 til" in question.text("nb")


def test_pk405_says_any_when_no_indicator_has_a_target() -> None:
    (question,) = _validate(_indicators(3), "PK405").questions
    assert question.message.key == "rule.PK405.unstated_all.message"
    assert question.text("en") == (
        "The plan does not say the target of any of its 3 indicators (i0, i1 and i2)."
    )


def test_pk405_is_silent_when_every_indicator_has_a_target() -> None:
    assert _validate(_indicators(0, with_target=3), "PK405").questions == ()


_GOALS = """\
goals:
  - {id: g1, statement: Minska våldet.}
  - {id: g2, statement: Öka kunskapen.}
  - {id: g3, statement: Stärka samverkan, indicators: []}
  - {id: g4, statement: Fler söker stöd, indicators: []}
  - {id: g5, statement: Tryggare skolor, indicators: [u]}
indicators:
  - {id: u, name: UNGA-enkäten, target: {value: 1}}
"""


def test_pk401_asks_once_and_still_judges_each_goal_stated_without_indicator() -> None:
    report = _validate(_GOALS, "PK401")
    assert [f.path for f in report.findings] == ["goals[2]", "goals[3]"]
    (question,) = report.questions
    assert question.path == "goals"
    assert question.unstated == ("goals[0].indicators", "goals[1].indicators")
    assert (
        question.text("en")
        == "The plan does not say how 2 of its 5 goals are measured (g1 and g2)."
    )


def test_pk401_keeps_one_goal_question_at_the_goal() -> None:
    report = _validate(_GOALS.replace("  - {id: g2, statement: Öka kunskapen.}\n", ""), "PK401")
    (question,) = report.questions
    assert question.path == "goals[0]"


_ACTIVITIES = """\
goals:
  - {id: g, statement: Minska våldet}
activities:
  - {id: a1, title: Stödsamtal, contributes_to: [g], responsible: [], timeline: {note: ''}}
  - {id: a2, title: MVP, contributes_to: []}
  - {id: a3, title: Huskurage}
  - {id: a4, title: Trygghetsvandringar}
"""


@pytest.mark.parametrize(
    ("code", "field", "paths", "judged"),
    [
        ("PK301", "responsible", ("activities[1]", "activities[2]", "activities[3]"), 1),
        ("PK302", "timeline", ("activities[1]", "activities[2]", "activities[3]"), 1),
        ("PK305", "contributes_to", ("activities[2]", "activities[3]"), 1),
    ],
)
def test_activity_rules_ask_once_for_the_activities_that_leave_the_field_out(
    code: str, field: str, paths: tuple[str, ...], judged: int
) -> None:
    report = _validate(_ACTIVITIES, code)
    assert len(report.findings) == judged  # the stated gap is still judged at its activity
    (question,) = report.questions
    assert question.path == "activities"
    assert question.message.key == f"rule.{code}.unstated_several.message"
    assert question.unstated == tuple(f"{p}.{field}" for p in paths)
    assert question.message.params["n"] == len(paths)
    assert question.message.params["total"] == 4


def test_activity_rules_keep_one_activity_question_at_the_activity() -> None:
    body = _ACTIVITIES.replace("  - {id: a4, title: Trygghetsvandringar}\n", "")
    (question,) = _validate(body, "PK305").questions
    assert question.path == "activities[2]"
    assert question.message.key == "rule.PK305.unstated.message"


def test_pk302_says_any_when_no_activity_gives_a_timeline() -> None:
    body = "activities:\n  - {id: a, title: A}\n  - {id: b, title: B}\n"
    (question,) = _validate(body, "PK302").questions
    assert question.text("en") == (
        "The plan does not say when any of its 2 activities is to be carried out (a and b)."
    )


_NO_LEVELS = "activities:\n  - {id: a, title: A}\n  - {id: b, title: B}\n"


def test_pk101_and_pk102_ask_once_for_the_levels_missing_for_the_same_reason() -> None:
    (prevention,) = _validate(_NO_LEVELS, "PK101").questions
    assert prevention.message.key == "rule.PK101.unstated_levels.message"
    assert prevention.message.params["level"] == tuple(pk.PreventionLevel)
    assert prevention.text("en").startswith(
        "The plan does not say whether it has work at the universal, selective and indicated "
        "prevention levels: 2 activities give no prevention level"
    )
    (ecological,) = _validate(_NO_LEVELS, "PK102").questions
    assert ecological.message.params["level"] == tuple(pk.EcologicalLevel)
    assert ecological.unstated == (
        "activities[0].ecological_levels",
        "activities[1].ecological_levels",
    )


def test_pk101_asks_about_a_single_missing_level_alone() -> None:
    body = _NO_LEVELS + ("  - {id: c, title: C, prevention_levels: [universal, selective]}\n")
    (question,) = _validate(body, "PK101").questions
    assert question.message.key == "rule.PK101.unstated.message"
    assert question.message.params["value"] == "indicated"


def test_pk101_still_judges_each_level_a_complete_plan_leaves_out() -> None:
    body = "activities:\n  - {id: a, title: A, prevention_levels: [indicated]}\n"
    report = _validate(body, "PK101")
    assert [f.message.params["value"] for f in report.findings] == ["universal", "selective"]
    assert report.questions == ()


def test_pk203_asks_once_for_the_functions_of_a_plan_that_describes_no_bodies() -> None:
    (question,) = _validate("", "PK203").questions
    assert question.message.key == "rule.PK203.unstated_roles.message"
    assert question.path == "bodies"
    assert question.unstated == ("bodies",)
    assert len(question.message.params["role"]) == len(MUNICIPAL.required_roles)
    assert "Planen säger inte om styrkedjan har funktionerna" in question.text("sv")


_CLUB = """\
actors:
  - {id: kf, name: Kommunfullmäktige, kind: council}
  - {id: ks, name: Kommunstyrelsen, kind: executive_board, part_of: kf}
  - {id: klubben, name: Idrottsklubben, kind: civil_society_organisation}
decisions:
  - {id: d, by: kf, summary: Antar planen}
mandates:
  - {holder: ks, granted_by: kf, decision: d, scope: Leda arbetet}
activities:
  - {id: a1, title: Kampanj, responsible: [klubben]}
  - {id: a2, title: Läger, responsible: [klubben]}
"""


def test_pk204_asks_once_per_actor_how_it_is_connected() -> None:
    report = _validate(_CLUB, "PK204")
    assert report.findings == ()
    (question,) = report.questions
    assert question.path == "actors[2]"
    assert question.message.key == "rule.PK204.unstated_several.message"
    assert question.text("en") == (
        "The plan does not say how Idrottsklubben, responsible for 2 activities (a1 and a2), "
        "is connected to the chain of governance."
    )


def test_pk204_asks_about_one_activity_at_its_responsible_link() -> None:
    body = _CLUB.replace("  - {id: a2, title: Läger, responsible: [klubben]}\n", "")
    (question,) = _validate(body, "PK204").questions
    assert question.path == "activities[0].responsible[0]"
    assert question.message.key == "rule.PK204.unstated.message"
