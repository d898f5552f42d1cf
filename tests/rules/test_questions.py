"""A fact the plan does not state is a question to confirm, never a judged gap (issue 16)."""

from __future__ import annotations

import json

import preventionkit as pk
from preventionkit.rules.formats import format_markdown, format_sarif, format_text

_HEAD = "preventionkit: 2\nid: p\ntitle: Handlingsplan mot våld\n"


def _report(readiness: str) -> pk.ValidationReport:
    return pk.validate(pk.loads(_HEAD + readiness), select=["PK502"], lang="en")


def test_left_out_is_asked_and_never_counted() -> None:
    report = _report("readiness: {mandatory_reporting_routine: true}\n")
    assert report.findings == ()
    assert [q.unstated for q in report.questions] == [
        ("readiness.referral_routines",),
        ("readiness.support_contacts",),
    ]
    assert all(q.is_question and q.severity == "info" for q in report.questions)
    assert report.counts == {"error": 0, "warning": 0, "info": 0}
    assert report.ok
    assert "does not say whether" in report.questions[0].text()


def test_stated_none_is_judged_at_the_rules_severity() -> None:
    report = _report(
        "readiness: {mandatory_reporting_routine: true, referral_routines: [], "
        "support_contacts: []}\n"
    )
    assert report.questions == ()
    assert [(f.code, f.severity, f.path) for f in report.findings] == [
        ("PK502", "warning", "readiness.referral_routines"),
        ("PK502", "warning", "readiness.support_contacts"),
    ]
    assert not any(f.is_question for f in report.findings)


def test_stated_present_is_silent() -> None:
    report = _report(
        "readiness: {referral_routines: [Socialtjänsten], support_contacts: [Kvinnojouren]}\n"
    )
    assert report.findings == ()
    assert report.questions == ()


def test_no_readiness_at_all_asks_both() -> None:
    report = _report("")
    assert [q.path for q in report.questions] == ["readiness", "readiness"]


def test_every_format_keeps_questions_apart() -> None:
    report = _report("readiness: {mandatory_reporting_routine: true}\n")
    data = report.to_dict()
    assert data["findings"] == []
    assert [q["unstated"] for q in data["questions"]] == [
        ["readiness.referral_routines"],
        ["readiness.support_contacts"],
    ]
    text = format_text(report)
    assert "questions to confirm" in text
    assert "PK502 question" in text
    assert "## Not stated in the plan: questions to confirm" in format_markdown(report)
    results = json.loads(format_sarif(report))["runs"][0]["results"]
    assert [(r["level"], r["properties"]["question"]) for r in results] == [
        ("note", True),
        ("note", True),
    ]


def test_questions_speak_every_language() -> None:
    plan = pk.loads(_HEAD + "readiness: {mandatory_reporting_routine: true}\n")
    sv = pk.validate(plan, select=["PK502"], lang="sv")
    assert sv.questions[0].text().startswith("Planen säger inte om")
    assert sv.questions[0].text("nb").startswith("Planen sier ikke om")
