"""The rules for what the validator used to miss (issue 16, deliverable 3): each fires on a
stated gap, stays silent on a plan that has what it asks for, and asks when the plan does not
state the fact it rests on."""

from __future__ import annotations

import datetime as dt

import pytest

import preventionkit as pk
from preventionkit.rules import SWEDISH_MUNICIPAL, RuleContext, get_profile, get_rule
from preventionkit.rules.formats import format_text
from preventionkit.rules.pk409_revision_in_term import term_of

_HEAD = "preventionkit: 2\nid: p\ntitle: Handlingsplan mot våld\n"


def _run(
    body: str, code: str, as_of: str | None = None, profile: str | None = None
) -> pk.ValidationReport:
    return pk.validate(pk.loads(_HEAD + body), select=[code], as_of=as_of, profile=profile)


def _judged(report: pk.ValidationReport) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity, f.path) for f in report.findings]


def _asked(report: pk.ValidationReport) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(q.code, q.path, q.unstated) for q in report.questions]


# --- the done-when plan: no goals, no owner, no adopting decision ------------------------------


def test_a_plan_without_goals_owner_and_adoption_gets_one_finding_for_each() -> None:
    report = pk.validate(
        pk.loads(_HEAD + "status: draft\ngoals: []\n"), select=["PK208", "PK209", "PK404"]
    )
    assert _judged(report) == [("PK404", "error", "goals"), ("PK209", "warning", "status")]
    assert _asked(report) == [("PK208", "owner", ("owner",))]
    assert not report.ok


def test_left_out_goals_owner_and_adoption_are_three_questions() -> None:
    report = pk.validate(pk.loads(_HEAD), select=["PK208", "PK209", "PK404"])
    assert report.findings == ()
    assert sorted(q.code for q in report.questions) == ["PK208", "PK209", "PK404"]
    assert report.ok


# --- PK208 owner ------------------------------------------------------------------------------


def test_pk208_asks_for_the_owner_and_is_silent_when_named() -> None:
    assert _asked(_run("", "PK208")) == [("PK208", "owner", ("owner",))]
    named = _run(
        "owner: ks\nactors: [{id: ks, name: Kommunstyrelsen, kind: executive_board}]\n", "PK208"
    )
    assert named.findings == ()
    assert named.questions == ()


# --- PK209 adopting decision ------------------------------------------------------------------

_DECISION = (
    "actors: [{id: kf, name: Kommunfullmäktige, kind: council}]\n"
    "decisions: [{id: d, by: kf, kind: adoption, stage: STAGE, summary: Antar planen}]\n"
    "adopted_by: d\n"
)


def test_pk209_a_proposal_does_not_adopt_the_plan() -> None:
    report = _run(_DECISION.replace("STAGE", "proposal"), "PK209")
    assert _judged(report) == [("PK209", "warning", "adopted_by")]
    assert "only a proposal" in report.findings[0].text("en")


def test_pk209_is_silent_on_a_decided_adoption_and_on_an_archived_plan() -> None:
    assert _run(_DECISION.replace("STAGE", "decided"), "PK209").findings == ()
    archived = _run("status: archived\n", "PK209")
    assert archived.findings == ()
    assert archived.questions == ()


def test_pk209_judges_a_stated_draft_and_asks_otherwise() -> None:
    assert _judged(_run("status: draft\n", "PK209")) == [("PK209", "warning", "status")]
    assert _asked(_run("status: adopted\n", "PK209")) == [("PK209", "adopted_by", ("adopted_by",))]


# --- PK210 coordinator ------------------------------------------------------------------------

_POSTS = "profile: municipal\nactors:\n  - {id: kf, name: Kommunfullmäktige, kind: council}\n"


@pytest.mark.parametrize(
    "name", ["Kvinnofridssamordnare", "Folkhälsostrateg", "Utvecklingsledare", "VNR coordinator"]
)
def test_pk210_recognises_the_names_the_sources_use(name: str) -> None:
    body = _POSTS + f"  - {{id: s, name: {name}, kind: function}}\n"
    assert _run(body, "PK210").findings == ()


def test_pk210_judges_posts_without_a_coordinator_and_asks_without_posts() -> None:
    body = _POSTS + "  - {id: k, name: Kontaktperson mot våld, kind: function}\n"
    assert _judged(_run(body, "PK210")) == [("PK210", "warning", "actors")]
    assert _asked(_run(_POSTS, "PK210")) == [("PK210", "actors", ("actors",))]


def test_pk210_a_strategy_is_not_a_post() -> None:
    body = _POSTS + "  - {id: k, name: Strategiska rådet, kind: function}\n"
    assert _judged(_run(body, "PK210")) == [("PK210", "warning", "actors")]


# --- PK305 and PK406: goals and the activities that serve them -------------------------------

_GOALS = (
    "goals:\n"
    "  - {id: minska, statement: Minska våldet}\n"
    "  - {id: kunskap, statement: Öka kunskapen, contributes_to: [minska]}\n"
    "  - {id: trygghet, statement: Ökad trygghet}\n"
)


def test_pk406_judges_a_goal_no_activity_serves_through_the_results_chain() -> None:
    body = _GOALS + "activities:\n  - {id: a, title: Utbildning, contributes_to: [kunskap]}\n"
    report = _run(body, "PK406")
    assert _judged(report) == [("PK406", "warning", "goals[2]")]  # minska is served via kunskap


def test_pk406_asks_once_when_no_activity_says_what_it_serves() -> None:
    body = _GOALS + "activities:\n  - {id: a, title: A}\n  - {id: b, title: B}\n"
    assert _asked(_run(body, "PK406")) == [
        (
            "PK406",
            "activities",
            ("activities[0].contributes_to", "activities[1].contributes_to"),
        )
    ]


def test_pk406_asks_per_goal_when_some_activities_leave_the_link_out() -> None:
    body = _GOALS + (
        "activities:\n  - {id: a, title: A, contributes_to: [kunskap]}\n  - {id: b, title: B}\n"
    )
    report = _run(body, "PK406")
    assert report.findings == ()
    assert _asked(report) == [("PK406", "goals[2]", ("activities[1].contributes_to",))]


def test_pk406_a_cancelled_activity_serves_nothing() -> None:
    body = _GOALS.replace("  - {id: trygghet, statement: Ökad trygghet}\n", "") + (
        "activities:\n  - {id: a, title: A, contributes_to: [kunskap], status: cancelled}\n"
        "  - {id: b, title: B, contributes_to: []}\n"
    )
    assert [f.path for f in _run(body, "PK406").findings] == ["goals[0]", "goals[1]"]


def test_pk305_notes_an_activity_that_serves_no_goal_and_asks_about_a_silent_one() -> None:
    body = _GOALS + (
        "activities:\n  - {id: a, title: A, contributes_to: [kunskap]}\n"
        "  - {id: b, title: B, contributes_to: []}\n  - {id: c, title: C}\n"
    )
    report = _run(body, "PK305")
    assert _judged(report) == [("PK305", "info", "activities[1]")]
    assert _asked(report) == [("PK305", "activities[2]", ("activities[2].contributes_to",))]


def test_pk305_is_silent_when_the_plan_links_nothing_or_has_no_goals() -> None:
    unlinked = _GOALS + "activities:\n  - {id: a, title: A}\n"
    assert _run(unlinked, "PK305").questions == ()
    no_goals = "activities:\n  - {id: a, title: A, contributes_to: []}\n"
    assert _run(no_goals, "PK305").findings == ()


# --- PK404 goals ------------------------------------------------------------------------------


def test_pk404_judges_stated_none_asks_left_out_and_is_silent_with_goals() -> None:
    assert _judged(_run("goals: []\n", "PK404")) == [("PK404", "error", "goals")]
    assert _asked(_run("", "PK404")) == [("PK404", "goals", ("goals",))]
    assert _run("goals: [{id: g, statement: Minska våldet}]\n", "PK404").findings == ()


# --- PK405 targets ----------------------------------------------------------------------------


def test_pk405_asks_for_a_target_and_counts_period_targets() -> None:
    body = (
        "indicators:\n"
        "  - {id: a, name: A}\n"
        "  - {id: b, name: B, target: {value: 10}}\n"
        "  - {id: c, name: C, periods: [{label: '2021', actual: {value: 3}}]}\n"
        "  - {id: d, name: D, periods: [{label: '2021', target: {value: 3}}]}\n"
        "  - {id: e, name: E, suggested: true}\n"
    )
    report = _run(body, "PK405")
    assert report.findings == ()
    # Asked once for the two indicators without one (tests/rules/test_asked_once.py).
    assert _asked(report) == [
        ("PK405", "indicators", ("indicators[0].target", "indicators[2].target")),
    ]


# --- PK407 prevention levels of the indicators -------------------------------------------------


def test_pk407_judges_each_missing_level_when_every_indicator_states_its_levels() -> None:
    body = "indicators:\n  - {id: a, name: A, prevention_levels: [indicated]}\n"
    report = _run(body, "PK407")
    assert [(f.path, f.text("en")) for f in report.findings] == [
        ("indicators", "None of the plan's indicators measures the universal prevention level."),
        ("indicators", "None of the plan's indicators measures the selective prevention level."),
    ]


def test_pk407_asks_once_when_no_indicator_states_its_levels() -> None:
    body = "indicators:\n  - {id: a, name: A}\n  - {id: b, name: B}\n"
    assert _asked(_run(body, "PK407")) == [
        (
            "PK407",
            "indicators",
            ("indicators[0].prevention_levels", "indicators[1].prevention_levels"),
        )
    ]


def test_pk407_asks_about_a_missing_level_some_indicator_may_measure() -> None:
    body = (
        "indicators:\n  - {id: a, name: A, prevention_levels: [indicated, selective]}\n"
        "  - {id: b, name: B}\n"
    )
    report = _run(body, "PK407")
    assert report.findings == ()
    assert _asked(report) == [("PK407", "indicators", ("indicators[1].prevention_levels",))]


def test_pk407_is_silent_without_indicators_and_with_every_level() -> None:
    assert _run("", "PK407").questions == ()
    body = (
        "indicators:\n  - {id: a, name: A, prevention_levels: [universal, selective, indicated]}\n"
    )
    assert _run(body, "PK407").findings == ()


# --- PK408 a lapsed plan, judged on as_of ---------------------------------------------------


_STRATEGY = "period: {start: 2016, end: 2020}\n"


def test_pk408_the_same_plan_is_in_force_in_2017_and_lapsed_in_2026() -> None:
    assert _run(_STRATEGY, "PK408", as_of="2017-05-01").findings == ()
    late = _run(_STRATEGY, "PK408", as_of="2026-01-01")
    assert _judged(late) == [("PK408", "warning", "period.end")]
    assert late.findings[0].text("en") == (
        "The plan's period ended in 2020; judged on 2026-01-01, the plan has lapsed."
    )
    assert late.as_of == dt.date(2026, 1, 1)


def test_pk408_an_end_known_to_the_year_runs_to_its_last_day() -> None:
    assert _run(_STRATEGY, "PK408", as_of="2020-12-31").findings == ()
    assert _run(_STRATEGY, "PK408", as_of="2021-01-01").findings != ()


def test_pk408_judges_on_today_when_no_day_is_given_and_says_so() -> None:
    from preventionkit.rules import engine

    day = engine._today()  # the day the suite fixes as "today" (tests/conftest.py)
    report = _run("period: {start: 2016, end: 2020-06-30}\n", "PK408")
    assert report.as_of == day
    assert f"judged on {day.isoformat()}" in report.findings[0].text("en")
    assert f"judged on {day.isoformat()}" in format_text(report, color=False)
    assert report.to_dict()["as_of"] == day.isoformat()


def test_pk408_asks_for_a_period_and_leaves_an_open_end_alone() -> None:
    assert _asked(_run("", "PK408")) == [("PK408", "period", ("period",))]
    assert _run("period: {start: 2016, note: Tills vidare}\n", "PK408").findings == ()
    assert _run("status: archived\n" + _STRATEGY, "PK408", as_of="2026-01-01").findings == ()


def test_pk408_an_activity_past_its_timeline_that_is_not_done() -> None:
    body = "period: {start: 2019, end: 2030}\nactivities:\n" + "".join(
        f"  - {{id: a{i}, title: A{i}, timeline: {{start: 2019, end: 2020}}{status}}}\n"
        for i, status in enumerate(
            [", status: ongoing", ", status: done", "", ", status: decided", ", status: cancelled"]
        )
    )
    report = _run(body, "PK408", as_of="2022-01-01")
    assert [f.path for f in report.findings] == [
        "activities[0].timeline",
        "activities[3].timeline",
    ]
    assert report.findings[0].text("en") == (
        "The activity A0 was to end by 2020 but is still ongoing on 2022-01-01."
    )
    assert _run(body, "PK408", as_of="2020-12-31").findings == ()


# --- PK409 revision within the term of office ----------------------------------------------

_MUNICIPAL = "profile: municipal\nstatus: adopted\n"


@pytest.mark.parametrize(
    ("day", "term"),
    [
        ("2026-11-27", 2026),
        ("2026-10-15", 2026),
        ("2026-10-14", 2022),
        ("2019-01-01", 2018),
        ("1998-10-14", None),
    ],
)
def test_terms_of_office_start_on_15_october_of_the_election_year(
    day: str, term: int | None
) -> None:
    assert term_of(dt.date.fromisoformat(day)) == term


def test_pk409_a_2019_plan_passes_until_the_term_after_next() -> None:
    body = _MUNICIPAL + "revised: 2019-06-17\n"
    assert _run(body, "PK409", as_of="2022-11-01").findings == ()  # revised within 2018–2022
    late = _run(body, "PK409", as_of="2026-11-27")
    assert _judged(late) == [("PK409", "warning", "revised")]
    assert "term 2026–2030" in late.findings[0].text("en")


def test_pk409_reads_the_adopting_decision_and_the_latest_date() -> None:
    body = _MUNICIPAL + (
        "revised: 2015\ndocument_date: 2016\nadopted_by: d\n"
        "actors: [{id: kf, name: Kommunfullmäktige, kind: council}]\n"
        "decisions: [{id: d, by: kf, date: 2023-02-01, summary: Antar planen}]\n"
    )
    assert _run(body, "PK409", as_of="2026-11-27").findings == ()
    proposal = body.replace("summary: Antar", "stage: proposal, summary: Antar")
    # the proposal's date does not count; the latest of the others (2016) is the one shown
    assert _judged(_run(proposal, "PK409", as_of="2026-11-27")) == [
        ("PK409", "warning", "document_date")
    ]


def test_pk409_asks_whether_an_old_plan_was_revised_when_it_does_not_say() -> None:
    # A 2019 plan document cannot show the revisions that followed it: with ``revised`` left
    # out, whether it was revised for the term is asked; stated, it is judged.
    adopted = _MUNICIPAL + (
        "adopted_by: d\nactors: [{id: kf, name: Kommunfullmäktige, kind: council}]\n"
        "decisions: [{id: d, by: kf, date: 2019-06-17, summary: Antar planen}]\n"
    )
    assert _asked(_run(adopted, "PK409", as_of="2026-11-27")) == [
        ("PK409", "decisions[0].date", ("revised",))
    ]
    assert _run(adopted, "PK409", as_of="2026-11-27").findings == ()
    dated = _MUNICIPAL + "document_date: 2019-06\n"
    assert _asked(_run(dated, "PK409", as_of="2026-11-27")) == [
        ("PK409", "document_date", ("revised",))
    ]
    revised = adopted + "revised: 2019-06-17\n"
    assert _judged(_run(revised, "PK409", as_of="2026-11-27")) == [("PK409", "warning", "revised")]


def test_pk409_asks_without_dates_and_leaves_drafts_and_lapsed_plans_alone() -> None:
    assert _asked(_run(_MUNICIPAL, "PK409", as_of="2026-11-27")) == [
        ("PK409", "revised", ("revised", "document_date", "adopted_by"))
    ]
    draft = "profile: municipal\nstatus: draft\nrevised: 2010\n"
    assert _run(draft, "PK409", as_of="2026-11-27").findings == ()
    lapsed = _MUNICIPAL + "revised: 2010\nperiod: {start: 2010, end: 2014}\n"
    assert _run(lapsed, "PK409", as_of="2026-11-27").findings == ()


# --- PK503–PK505 readiness: perpetrators, children, staff competence ---------------------------


@pytest.mark.parametrize(
    ("code", "group"),
    [
        ("PK503", "perpetrators"),
        ("PK504", "children_experiencing_violence"),
        ("PK505", "professionals"),
        ("PK505", "managers"),
        ("PK505", "decision_makers"),
    ],
)
def test_readiness_rules_are_silent_when_an_activity_reaches_the_group(
    code: str, group: str
) -> None:
    body = f"profile: municipal\nactivities:\n  - {{id: a, title: A, target_groups: [{group}]}}\n"
    report = _run(body, code)
    assert report.findings == ()
    assert report.questions == ()


@pytest.mark.parametrize("code", ["PK503", "PK504", "PK505"])
def test_readiness_rules_judge_stated_groups_and_ask_when_groups_are_left_out(code: str) -> None:
    stated = "profile: municipal\nactivities:\n  - {id: a, title: A, target_groups: [pupils]}\n"
    assert _judged(_run(stated, code)) == [(code, "warning", "activities")]
    silent = stated + "  - {id: b, title: B}\n"
    assert _asked(_run(silent, code)) == [(code, "activities", ("activities[1].target_groups",))]
    assert _asked(_run("profile: municipal\n", code)) == [(code, "activities", ("activities",))]


def test_readiness_rules_read_the_programme_an_activity_delivers() -> None:
    atv = "profile: municipal\nactivities:\n  - {id: a, title: Behandling, programme: atv}\n"
    report = _run(atv, "PK503")
    assert report.findings == ()
    assert report.questions == ()


def test_a_cancelled_activity_reaches_no_one() -> None:
    body = (
        "profile: municipal\nactivities:\n"
        "  - {id: a, title: A, target_groups: [perpetrators], status: cancelled}\n"
        "  - {id: b, title: B, target_groups: [pupils]}\n"
    )
    assert _judged(_run(body, "PK503")) == [("PK503", "warning", "activities")]


# --- profiles ---------------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["PK210", "PK409", "PK503", "PK504", "PK505"])
def test_swedish_municipal_rules_apply_under_the_municipal_profile_only(code: str) -> None:
    assert get_rule(code).applies_to == SWEDISH_MUNICIPAL
    for profile in ("local-unit", "regional", "international"):
        report = _run("", code, as_of="2026-11-27", profile=profile)
        assert code not in report.rules
        assert report.findings == ()
        assert report.questions == ()
    assert code in _run("", code, as_of="2026-11-27", profile="municipal").rules


def test_a_rule_context_without_a_day_judges_on_today() -> None:
    plan = pk.loads(_HEAD + "period: {start: 2000, end: 2001}\n")
    ctx = RuleContext(plan, get_profile("municipal"))
    assert [h.path for h in get_rule("PK408").check(ctx)] == ["period.end"]


@pytest.mark.parametrize("code", ["PK210", "PK409", "PK503", "PK504", "PK505"])
def test_swedish_municipal_rules_wait_for_the_profile_to_be_named(code: str) -> None:
    """A plan that does not say what it is (no ``profile:``) gets the default profile,
    ``international``, and so not the rules that rest on Swedish law and practice (e.g.
    Swedish terms of office)."""
    unnamed = pk.loads(_HEAD + "revised: 2010\n")
    assert code not in pk.validate(unnamed, as_of="2026-11-27").rules
    assert code in pk.validate(unnamed, as_of="2026-11-27", profile="municipal").rules
