"""Focused tests per rule: a clean plan triggers nothing, and one edit triggers one rule."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from rules_plans import activity, clean_plan, clean_plan_data, plan_of

import preventionkit as pk
from preventionkit.model import ActionPlan
from preventionkit.rules import PROFILES, RuleContext, validate
from preventionkit.rules.examples import construct_unchecked
from preventionkit.rules.pk207_mandate_lapsed import RULE as PK207
from preventionkit.vocab import PreventionLevel


def codes(plan: ActionPlan, **kw: Any) -> list[str]:
    return [f.code for f in validate(plan, **kw).findings]


def test_clean_plan_triggers_no_rule_in_any_profile() -> None:
    plan = clean_plan()
    assert validate(plan).findings == ()
    assert validate(plan, as_of="2020-06-01").findings == ()
    assert validate(plan, profile="local-unit").findings == ()


# --- PK1xx coverage ------------------------------------------------------------------------


@pytest.mark.parametrize("level", list(PreventionLevel))
def test_pk101_names_each_missing_level(level: PreventionLevel) -> None:
    data = clean_plan_data()
    for a in data["activities"]:
        a["prevention_levels"] = [p for p in a["prevention_levels"] if p != level.value]
    report = validate(plan_of(data), select=["PK101"], lang="sv")
    (f,) = report.findings
    assert level.label("sv") in f.text()
    assert f.path == "activities"
    assert not report.ok


def test_pk102_one_finding_per_missing_ecological_level() -> None:
    data = clean_plan_data()
    data["activities"] = [
        activity("a", prevention_levels=["universal"], ecological_levels=["society"])
    ]
    found = validate(plan_of(data), select=["PK102"]).findings
    assert len(found) == 3
    assert {
        m for f in found for m in ("individual", "relationship", "community") if m in f.text()
    } == {
        "individual",
        "relationship",
        "community",
    }


def test_pk103_lists_only_gaps_not_explained_by_pk101_or_pk102() -> None:
    data = clean_plan_data()
    data["activities"] = [
        activity("a", prevention_levels=["universal"], ecological_levels=["community"]),
        activity("b", prevention_levels=["indicated"], ecological_levels=["individual"]),
    ]
    report = validate(plan_of(data), select=["PK103"])
    (f,) = report.findings
    # The count agrees with the matrix: 10 of the 12 cells are empty, 2 of them between
    # levels that have work.
    empty = sum(1 for row in report.coverage.table()[1:] for cell in row[1:] if cell == "0")
    assert f.text().startswith(f"{empty} of the 12 cells of the coverage matrix are empty; 2 ")
    assert "universal × individual" in f.text()
    assert "indicated × community" in f.text()
    assert "selective" not in f.text()


def test_pk103_single_gap_uses_the_singular_message() -> None:
    data = clean_plan_data()
    data["activities"] = [
        activity(
            "a", prevention_levels=["universal", "indicated"], ecological_levels=["community"]
        ),
        activity("b", prevention_levels=["indicated"], ecological_levels=["individual"]),
    ]
    (f,) = validate(plan_of(data), select=["PK103"], lang="sv").findings
    assert f.text() == (
        "9 av täckningsmatrisens 12 celler är tomma; en av dem förenar en preventionsnivå och "
        "en socialekologisk nivå som båda har arbete på annat håll: universell × individ."
    )


# --- PK2xx governance ----------------------------------------------------------------------


def test_pk201_points_at_a_leading_mandate_without_decision() -> None:
    data = clean_plan_data()
    del data["mandates"][0]["decision"]
    report = validate(plan_of(data), select=["PK201"])
    assert report.findings == ()
    (f,) = report.questions
    assert f.path == "mandates[0]"
    assert f.unstated == ("mandates[0].decision",)
    assert "does not say which formal decision" in f.text()


def test_pk201_accepts_a_mandate_resting_on_a_statute() -> None:
    data = clean_plan_data()
    data["preventionkit"] = 2
    del data["mandates"][0]["decision"]
    data["mandates"][0]["statute"] = "Förordning (2021:995)"
    report = validate(plan_of(data), select=["PK201", "PK202"])
    assert report.findings == report.questions == ()


def test_pk201_asks_when_the_plan_lists_no_mandates_and_judges_an_empty_list() -> None:
    data = clean_plan_data()
    del data["mandates"]
    report = validate(plan_of(data), select=["PK201"])
    assert report.findings == ()
    assert [q.unstated for q in report.questions] == [("mandates",)]
    data["mandates"] = []
    (f,) = validate(plan_of(data), select=["PK201"]).findings
    assert f.severity == "error"


def test_pk201_ignores_mandates_that_do_not_lead() -> None:
    data = clean_plan_data()
    data["mandates"][0]["leads"] = False
    (f,) = validate(plan_of(data), select=["PK201"]).findings
    assert f.path == "mandates"


def test_pk201_reports_a_mandate_not_in_force_on_the_as_of_day() -> None:
    data = clean_plan_data()
    data["mandates"][0]["valid_until"] = "2020"
    plan = plan_of(data)
    assert not validate(plan, select=["PK201"], as_of="2020-12-31").findings
    (f,) = validate(plan, select=["PK201"], as_of=dt.date(2021, 1, 1)).findings
    assert "2021-01-01" in f.text()


def test_pk202_fires_when_nothing_political_is_above_the_grantor() -> None:
    data = clean_plan_data()
    data["actors"].append({"id": "chef", "name": "Socialchefen", "kind": "function", "holders": 1})
    data["mandates"][0].update(granted_by="chef")
    data["decisions"].append({"id": "d-chef", "by": "chef", "summary": "Tjänstebeslut"})
    data["mandates"][0]["decision"] = "d-chef"
    (f,) = validate(plan_of(data), select=["PK202"]).findings
    assert f.path == "mandates[0].granted_by"
    assert "Socialchefen" in f.text()


def test_pk202_traces_through_part_of_and_the_decision_maker() -> None:
    data = clean_plan_data()
    data["actors"].append(
        {"id": "chef", "name": "Socialchefen", "kind": "function", "holders": 1, "part_of": "ifn"}
    )
    data["mandates"][0]["granted_by"] = "chef"
    assert not validate(plan_of(data), select=["PK202"]).findings  # decision by kf
    data["decisions"].append({"id": "d-chef", "by": "chef", "summary": "Tjänstebeslut"})
    data["mandates"][0]["decision"] = "d-chef"
    assert not validate(plan_of(data), select=["PK202"]).findings  # chef is part of ifn


def test_pk202_is_not_asked_of_a_single_unit() -> None:
    data = clean_plan_data()
    data["actors"].append({"id": "rektor", "name": "Rektor", "kind": "function", "holders": 1})
    data["decisions"].append({"id": "d-r", "by": "rektor", "summary": "Beslut"})
    data["mandates"][0].update(granted_by="rektor", decision="d-r")
    plan = plan_of(data)
    assert validate(plan, select=["PK202"]).findings
    assert not validate(plan, select=["PK202"], profile="local-unit").findings


def test_pk203_names_each_missing_function() -> None:
    data = clean_plan_data()
    data["bodies"] = [b for b in data["bodies"] if b["id"] == "styr"]
    found = validate(plan_of(data), select=["PK203"], profile="municipal", lang="sv").findings
    assert [f.text() for f in found] == [  # same code and path: in the chain's order
        "Styrkedjan saknar samverkansteam.",
        "Styrkedjan saknar operativ arbetsgrupp.",
    ]


def test_pk203_political_steering_is_filled_by_the_adopting_council() -> None:
    data = clean_plan_data()
    assert not validate(plan_of(data), select=["PK203"], profile="municipal").findings
    for d in data["decisions"]:
        d["by"] = "styr"
    data["owner"] = "styr"
    data["mandates"][0]["granted_by"] = "styr"
    del data["bodies"][0]["reports_to"]
    (f,) = validate(plan_of(data), select=["PK203"], profile="municipal").findings
    assert f.text() == "The chain of governance has no political steering group."


def test_pk203_local_unit_needs_a_steering_function_and_an_operational_group() -> None:
    data = clean_plan_data()
    data["bodies"] = [b for b in data["bodies"] if b["id"] != "team"]
    data["bodies"][1]["reports_to"] = "styr"
    plan = plan_of(data)
    assert validate(plan, select=["PK203"], profile="municipal").findings
    assert not validate(plan, select=["PK203"], profile="local-unit").findings
    data["bodies"] = [b for b in data["bodies"] if b["id"] != "ops"]
    (f,) = validate(plan_of(data), select=["PK203"], profile="local-unit").findings
    assert "operational" in f.text()


def test_pk203_regional_asks_for_a_network_and_a_county_coordinator() -> None:
    plan = clean_plan()
    found = validate(plan, select=["PK203"], profile="regional").findings
    assert sorted(f.text() for f in found) == [
        "No regional coordinator (county administrative board and region) sits in the chain "
        "of governance.",
        "The chain of governance has no network.",
    ]
    data = clean_plan_data()
    data["actors"].append(
        {"id": "lst", "name": "Länsstyrelsen", "kind": "county_administrative_board"}
    )
    data["bodies"].append(
        {
            "id": "natverk",
            "name": "Länsnätverket",
            "role": "network",
            "convener": "lst",
            "reports_to": "styr",
        }
    )
    data["bodies"][0]["members"] = [*data["bodies"][0]["members"], "lst"]
    assert not validate(plan_of(data), select=["PK203"], profile="regional").findings


def test_pk204_points_at_each_responsible_of_an_unreached_activity() -> None:
    data = clean_plan_data()
    data["actors"] += [
        {"id": "klubb", "name": "Idrottsklubben", "kind": "civil_society_organisation"},
        {"id": "jour", "name": "Kvinnojouren", "kind": "civil_society_organisation"},
    ]
    data["activities"].append(activity("x", responsible=["klubb", "jour"], accountable="klubb"))
    found = validate(plan_of(data), select=["PK204"]).findings
    assert [f.path for f in found] == [
        "activities[3].responsible[0]",
        "activities[3].responsible[1]",
    ]
    assert found[0].text().startswith("Idrottsklubben")


def test_pk204_is_silent_when_a_co_responsible_actor_is_reached() -> None:
    # One answer per activity: reached when one of its responsible actors is, as
    # graph.unreachable_activities and graph.bus_factor say (issue 14).
    data = clean_plan_data()
    data["actors"].append(
        {"id": "klubb", "name": "Idrottsklubben", "kind": "civil_society_organisation"}
    )
    data["activities"].append(activity("x", responsible=["ifn", "klubb"], accountable="ifn"))
    assert not validate(plan_of(data), select=["PK204"]).findings


def test_pk204_leaves_plans_without_mandate_holder_to_pk201() -> None:
    data = clean_plan_data()
    data["mandates"] = []
    data["actors"].append(
        {"id": "klubb", "name": "Idrottsklubben", "kind": "civil_society_organisation"}
    )
    data["activities"].append(activity("x", responsible=["klubb"]))
    got = codes(plan_of(data), select=["PK2"])
    assert "PK201" in got
    assert "PK204" not in got


def test_pk205_reports_a_one_person_function_that_is_the_only_link() -> None:
    data = clean_plan_data()
    data["actors"].append(
        {"id": "samordnare", "name": "Kvinnofridssamordnare", "kind": "function", "holders": 1}
    )
    data["actors"].append(
        {
            "id": "klubb",
            "name": "Idrottsklubben",
            "kind": "civil_society_organisation",
            "part_of": "samordnare",
        }
    )
    data["bodies"][2]["members"] = [*data["bodies"][2]["members"], "samordnare"]
    data["activities"].append(activity("x", responsible=["klubb"]))
    found = validate(plan_of(data), select=["PK205"], lang="sv").findings
    assert found
    assert any(f.path == "actors[6]" and "en enda person" in f.text() for f in found)


def test_pk205_fires_for_a_one_person_function_without_any_mandate() -> None:
    data = clean_plan_data()
    data["mandates"] = []
    data["actors"].append({"id": "s", "name": "Samordnaren", "kind": "function", "holders": 1})
    data["activities"].append(activity("x", responsible=["s"]))
    (f,) = validate(plan_of(data), select=["PK205"]).findings
    assert f.path == "actors[6]"
    assert "1 activity" in f.text()
    data["actors"][6]["holders"] = 2
    assert not validate(plan_of(data), select=["PK205"]).findings


def test_pk206_fires_on_a_plan_built_with_model_construct() -> None:
    plan = construct_unchecked(
        "preventionkit: 1\nid: p\ntitle: T\n"
        "actors:\n"
        "  - {id: a, name: Förvaltningen, kind: administration, part_of: b}\n"
        "  - {id: b, name: Enheten, kind: unit, part_of: a}\n"
    )
    (f,) = validate(plan, select=["PK206"]).findings
    assert (
        f.text()
        == "The chain of governance runs in a circle: Förvaltningen → Enheten → Förvaltningen."
    )
    assert f.path == "actors[0]"
    assert not validate(clean_plan(), select=["PK206"]).findings


def test_pk207_judges_mandates_and_vacancies_on_the_as_of_day() -> None:
    data = clean_plan_data()
    data["mandates"][0]["valid_until"] = "2020-06"
    data["actors"].append(
        {
            "id": "s",
            "name": "Samordnaren",
            "kind": "function",
            "vacant": True,
            "vacant_since": "2021-03",
        }
    )
    plan = plan_of(data)
    # ``validate`` judges on today when given no day; a context without one judges regardless
    # of date: mandates against the plan period.
    no_date = list(PK207.check(RuleContext(plan, PROFILES["municipal"])))
    assert sorted(h.path for h in no_date) == ["actors[6].vacant", "mandates[0].valid_until"]
    (early_end,) = [h for h in no_date if h.path.startswith("mandates")]
    assert early_end.variant == "ends_early"
    assert early_end.params["period_end"] == "2022-12-31"
    early = validate(plan, select=["PK207"], as_of="2020-06-30").findings
    assert early == ()
    late = validate(plan, select=["PK207"], as_of="2021-04-01", lang="sv").findings
    assert [f.text() for f in late] == [
        "Tjänsten Samordnaren är vakant sedan 2021-03.",
        "Mandatet för Styrgruppen gällde till 2020-06 och har gått ut den 2021-04-01.",
    ]


# --- PK3xx activities ----------------------------------------------------------------------


def test_pk301_fires_per_activity_without_responsible() -> None:
    data = clean_plan_data()
    data["activities"].append(activity("x", responsible=[]))
    (f,) = validate(plan_of(data), select=["PK301"]).findings
    assert f.path == "activities[3]"
    assert not validate(plan_of(data), select=["PK301"], ignore=["PK301"]).findings


def test_pk302_gives_partial_dates_the_benefit_of_the_doubt() -> None:
    data = clean_plan_data()
    data["activities"] += [
        activity("a", timeline={"end": "2022"}),  # inside
        activity("b", timeline={"start": "2022-12", "end": "2023"}),  # runs past the end
        activity("c", timeline={"end": "2018-12"}),  # over before the plan starts
        activity("d", timeline={}),
        activity("e", timeline={}),
        activity("f", timeline={"note": "Genomförs under 2019"}),  # a worded timeline counts
        activity("g", timeline={"start": "2019"}),  # open end
    ]
    found = validate(plan_of(data), select=["PK302"]).findings
    assert [(f.path, "outside" in f.text()) for f in found] == [
        ("activities[4].timeline", True),
        ("activities[5].timeline", True),
        ("activities[6]", False),
        ("activities[7]", False),
    ]
    assert "(2022-12–2023)" in found[0].text()


def test_pk302_counts_work_begun_before_the_plan_and_carried_into_it() -> None:
    # Arvika's strategy (valid from 2025-11-24) builds on staff training "sedan 2023": work begun
    # before the plan and going on into its period is not outside it (001 p. 15).
    data = clean_plan_data()
    data["activities"] += [
        activity("a", timeline={"start": "2017"}),  # begun before, still going on
        activity("b", timeline={"start": "2017", "end": "2020"}),  # begun before, ends inside
        activity("c", timeline={"start": "2017", "end": "2018"}),  # over before the plan
        activity("d", timeline={"start": "2017", "end": "2024"}),  # runs past the end
    ]
    found = validate(plan_of(data), select=["PK302"]).findings
    assert [f.path for f in found] == ["activities[5].timeline", "activities[6].timeline"]
    assert all("outside" in f.text() for f in found)


def test_pk302_asks_when_an_activity_leaves_its_timeline_out() -> None:
    data = clean_plan_data()
    data["activities"].append(activity("x"))
    data["activities"][-1].pop("timeline", None)
    report = validate(plan_of(data), select=["PK302"])
    assert report.findings == ()
    assert [q.unstated for q in report.questions] == [("activities[3].timeline",)]


def test_pk302_without_plan_period_only_needs_a_timeline() -> None:
    data = clean_plan_data()
    del data["period"]
    data["activities"].append(activity("a", timeline={"start": "1990", "end": "1991"}))
    assert not validate(plan_of(data), select=["PK302"]).findings


def test_pk303_compares_each_axis_with_the_catalogue() -> None:
    data = clean_plan_data()
    data["activities"][1]["prevention_levels"] = ["universal", "selective"]
    data["activities"][1]["ecological_levels"] = ["society"]
    found = validate(plan_of(data), select=["PK303"]).findings
    assert [f.path for f in found] == [
        "activities[1].ecological_levels",
        "activities[1].prevention_levels",
    ]
    assert "selective" in found[1].text()


def test_pk304_fires_only_without_accountable() -> None:
    data = clean_plan_data()
    data["preventionkit"] = 2
    del data["activities"][2]["accountable"]
    report = validate(plan_of(data), select=["PK304"], lang="sv")
    (q,) = report.questions  # neither who answers nor how they share it is stated
    assert report.findings == ()
    assert "2 ansvariga (Kvinno- och tjejjouren och Individ- och familjenämnden)" in q.text()
    data["activities"][2]["responsibility"] = "shared"
    (f,) = validate(plan_of(data), select=["PK304"], lang="sv").findings
    assert "2 ansvariga (Kvinno- och tjejjouren och Individ- och familjenämnden)" in f.text()
    assert f.severity == "warning"
    data["activities"][2]["responsibility"] = "parallel"  # 'allas ansvar' (001 p. 16)
    report = validate(plan_of(data), select=["PK304"])
    assert report.findings == report.questions == ()


# --- PK4xx goals and follow-up --------------------------------------------------------------


def test_pk401_per_goal_without_indicator() -> None:
    data = clean_plan_data()
    data["goals"].append({"id": "g2", "statement": "Öka kunskapen om våld hos yrkesverksamma"})
    report = validate(plan_of(data), select=["PK401"])
    (q,) = report.questions
    assert (report.findings, q.path, q.unstated) == ((), "goals[1]", ("goals[1].indicators",))
    data["goals"][-1]["indicators"] = []
    (f,) = validate(plan_of(data), select=["PK401"]).findings
    assert f.path == "goals[1]"


@pytest.mark.parametrize(
    ("frequency", "kind", "fires"),
    [
        ("annual", "follow_up", False),
        ("continuous", "follow_up", False),
        ("quarterly", "evaluation", False),
        ("every_2_years", "follow_up", True),
        ("as_needed", "follow_up", True),
        ("annual", "revision", True),
    ],
)
def test_pk402_needs_follow_up_at_least_yearly(frequency: str, kind: str, fires: bool) -> None:
    data = clean_plan_data()
    data["follow_up"] = [{"forum": "kf", "frequency": frequency, "kind": kind, "scope": "Planen"}]
    assert bool(validate(plan_of(data), select=["PK402"]).findings) is fires


def test_pk403_any_mapping_activity_suffices() -> None:
    data = clean_plan_data()
    data["activities"][0]["mapping"] = False
    assert codes(plan_of(data), select=["PK403"]) == ["PK403"]


# --- PK5xx readiness -----------------------------------------------------------------------


@pytest.mark.parametrize("routine", [None, False])
def test_pk501_needs_the_routine_to_be_true(routine: bool | None) -> None:
    data = clean_plan_data()
    data["readiness"]["mandatory_reporting_routine"] = routine
    report = validate(plan_of(data), select=["PK501"], profile="municipal", lang="sv")
    (f,) = report.findings if routine is False else report.questions
    assert f.is_question is (routine is None)
    assert f.path == "readiness.mandatory_reporting_routine"
    assert "(skola; 1 aktivitet)" in f.text()


def test_pk501_does_not_apply_without_arenas_with_children() -> None:
    data = clean_plan_data()
    del data["readiness"]
    data["activities"][1]["arenas"] = []
    assert not validate(plan_of(data), select=["PK501"], profile="municipal").findings
    # Sports clubs are only recommended to report (002 §1.12): no duty, no finding.
    data["activities"][1]["arenas"] = ["sports_clubs", "shelters"]
    assert not validate(plan_of(data), select=["PK501"], profile="municipal").questions
    data["activities"][1]["arenas"] = ["health_care"]
    (q,) = validate(plan_of(data), select=["PK501"], profile="municipal").questions
    assert q.path == "activities[1].arenas"


def test_pk501_applies_only_under_swedish_profiles() -> None:
    data = clean_plan_data()
    data["readiness"]["mandatory_reporting_routine"] = False
    plan = plan_of(data)
    assert validate(plan, select=["PK501"], profile="municipal").findings
    report = validate(plan, select=["PK501"], profile="international")
    assert "PK501" not in report.rules
    assert report.findings == ()


def test_unit_readiness_is_not_asked_of_a_regional_strategy_with_members_plans() -> None:
    data = clean_plan_data()
    data["preventionkit"] = 2
    data["readiness"] = {"mandatory_reporting_routine": False, "referral_routines": []}
    data["related"] = [{"plan": "umea-plan", "relation": "child"}]
    plan = plan_of(data)
    assert validate(plan, select=["PK501", "PK502"], profile="municipal").findings
    report = validate(plan, select=["PK501", "PK502"], profile="regional")
    assert report.findings == report.questions == ()


def test_pk502_reports_referral_and_support_separately() -> None:
    data = clean_plan_data()
    data["readiness"]["support_contacts"] = []
    (f,) = validate(plan_of(data), select=["PK502"]).findings
    assert f.path == "readiness.support_contacts"
    del data["readiness"]
    silent = validate(plan_of(data), select=["PK502"])
    assert silent.findings == ()  # the plan says nothing about readiness: asked, not judged
    assert [q.unstated for q in silent.questions] == [
        ("readiness.referral_routines",),
        ("readiness.support_contacts",),
    ]


# --- PK6xx partners ------------------------------------------------------------------------


def test_pk601_counts_sectors_inherited_through_part_of_and_leadership() -> None:
    data = clean_plan_data()
    for a in data["actors"]:
        if a["id"] in ("fgn", "jouren"):
            a["sector"] = "social_services"
    (f,) = validate(plan_of(data), select=["PK601"]).findings
    assert f.text() == "Only one sector takes part in the work: social services."
    # The executive board brings the whole municipal organisation in (issue 16).
    data["actors"].append({"id": "enhet", "name": "Enheten", "kind": "unit", "part_of": "ks"})
    data["activities"].append(activity("x", responsible=["enhet"], accountable="enhet"))
    assert not validate(plan_of(data), select=["PK601"]).findings


def test_pk601_counts_the_parties_to_a_joint_agreement() -> None:
    data = clean_plan_data()
    for a in data["actors"]:
        if a["id"] in ("fgn", "jouren"):
            a["sector"] = "social_services"
    data["actors"].append({"id": "polis", "name": "Polisen", "kind": "police", "sector": "justice"})
    data["decisions"][0]["parties"] = ["kf", "polis"]
    assert not validate(plan_of(data), select=["PK601"]).findings


def test_pk601_is_not_asked_of_a_single_unit() -> None:
    data = clean_plan_data()
    for a in data["actors"]:
        a["sector"] = "education"
    plan = plan_of(data)
    assert validate(plan, select=["PK601"]).findings
    assert not validate(plan, select=["PK601"], profile="local-unit").findings


def test_pk601_without_any_sector() -> None:
    data = clean_plan_data()
    for a in data["actors"]:
        a.pop("sector")
    report = validate(plan_of(data), select=["PK601"])
    (q,) = report.questions  # the sectors may well be there: the plan does not say
    assert report.findings == ()
    assert "does not say the sector of any of the 3 taking part" in q.text()


def test_pk601_asks_who_takes_part_when_the_plan_does_not_say() -> None:
    plan = plan_of({"preventionkit": 1, "id": "p", "title": "T"})
    (q,) = validate(plan, select=["PK601"]).questions
    assert "does not say who takes part" in q.text()


def test_pk602_any_civil_society_actor_is_a_partner() -> None:
    data = clean_plan_data()
    data["activities"][2]["responsible"] = ["ifn"]
    for b in data["bodies"]:
        b["members"] = ["ifn", "fgn"]
    assert not validate(plan_of(data), select=["PK602"]).findings  # jouren is named
    data["actors"] = [a for a in data["actors"] if a["id"] != "jouren"]
    data["actors"].append(
        {"id": "ff", "name": "Idrottsföreningen", "kind": "unit", "sector": "civil_society"}
    )
    assert not validate(plan_of(data), select=["PK602"]).findings
    data["actors"][-1]["sector"] = "culture_and_leisure"
    (f,) = validate(plan_of(data), select=["PK602"], lang="sv").findings
    assert f.text() == "Planen anger ingen organisation från civilsamhället som samverkanspartner."


def test_pk601_names_one_actor_of_unknown_sector_in_the_singular() -> None:
    # Kalmar's county board alone (before its partners were recorded) read "any of the 1".
    plan = pk.loads(
        "preventionkit: 2\nid: x\ntitle: T\nprofile: regional\nactors:\n"
        "  - {id: r, name: Regeringen, kind: government}\n"
        "  - {id: l, name: Länsstyrelsen, kind: county_administrative_board}\n"
        "mandates:\n  - {holder: l, granted_by: r, statute: Förordning, scope: Samordna}\n"
    )
    (q,) = validate(plan, select=["PK601"]).questions
    assert "the one actor taking part in the work (Länsstyrelsen)" in q.text("en")
    assert "any of the" not in q.text("en")


_COUNTY = """\
preventionkit: 2
id: lan
title: Länsstrategi
profile: regional
actors:
  - {id: r, name: Regeringen, kind: government}
  - {id: l, name: Länsstyrelsen, kind: county_administrative_board}
  - {id: p, name: Polisen, kind: police}
mandates:
  - {holder: l, granted_by: r, statute: Regeringsuppdrag, scope: Samordna}
bodies:
  - {id: s, name: Styrgruppen, role: steering_group, lead: l, members: [l, p]}
  - {id: n, name: Operation Kvinnofrid, role: network, members: [l, p]%s}
"""


def _network_hits(extra: str) -> list[tuple[str, str, bool]]:
    report = validate(pk.loads(_COUNTY % extra), select=["PK203"])
    return [
        (f.path or "", f.message.key, f.is_question)
        for f in (*report.findings, *report.questions)
        if f.message.params.get("value") == "network"
    ]


def test_pk203_names_a_body_that_has_the_function_but_no_link_to_the_chain() -> None:
    # Stockholm's Operation Kvinnofrid is the county network; until its lead was recorded the
    # rule said "none of those has it" (tests/realworld/stockholm-lan-vald-2020.yaml).
    assert _network_hits("") == [("bodies[1]", "rule.PK203.unlinked_unstated.message", True)]
    # A link that does not reach the chain is stated, so it is judged.
    beside = ", reports_to: q}\n  - {id: q, name: Referensgruppen, role: reference_group"
    assert _network_hits(beside) == [("bodies[1]", "rule.PK203.unlinked.message", False)]


def test_pk203_counts_a_network_led_from_the_mandate_holder() -> None:
    assert _network_hits(", lead: l") == []
