"""The false alarms the review of the corpus found (issue 16, deliverable 5), each fixed at its
cause and shown here to fire where it should and stay silent where the plan says enough:

- a list a file gives only in part (``incomplete``): what it lacks is asked, not judged;
- partners named without a place in a body or activity (``partners``), and a body's members
  given only by sector (``Body.sectors``), count among those taking part (PK601);
- hints name Swedish programmes, helplines and organisations only to Swedish plans;
- PK601 never speaks of "0 taking part".
"""

from __future__ import annotations

import preventionkit as pk

_HEAD = "preventionkit: 2\nid: p\ntitle: Handlingsplan mot våld\n"


def _validate(text: str, *select: str, profile: str | None = "municipal") -> pk.ValidationReport:
    return pk.validate(pk.loads(text), select=list(select), profile=profile, lang="en")


# --- incomplete lists -------------------------------------------------------------------------

_BODIES = (
    _HEAD
    + """\
actors:
  - {id: kf, name: Kommunfullmäktige, kind: council}
decisions:
  - {id: d, by: kf, summary: Antar planen}
mandates:
  - {holder: styrgrupp, granted_by: kf, decision: d, scope: Leda arbetet}
bodies:
  - {id: styrgrupp, name: Styrgrupp, role: steering_group, members: [kf]}
"""
)


def test_pk203_judges_a_complete_list_of_bodies() -> None:
    report = _validate(_BODIES, "PK203", profile="municipal")
    assert {f.message.params["value"] for f in report.findings} >= {"operational_group"}
    assert report.questions == ()


def test_pk203_asks_when_the_file_gives_the_bodies_only_in_part() -> None:
    text = _BODIES.replace("bodies:\n", "incomplete: [bodies]\nbodies:\n")
    report = _validate(text, "PK203", profile="municipal")
    assert report.findings == ()
    (question,) = report.questions
    assert question.message.key == "rule.PK203.incomplete_roles.message"
    assert pk.BodyRole.OPERATIONAL_GROUP in question.message.params["role"]
    assert question.unstated == ("bodies",)
    assert "only part of its bodies" in question.text()
    assert "describes no bodies" not in question.text()


_ACTIVITIES = (
    _HEAD
    + """\
activities:
  - {id: a, title: Stödsamtal, prevention_levels: [indicated], ecological_levels: [individual]}
"""
)


def test_pk101_judges_a_complete_list_and_asks_about_one_given_in_part() -> None:
    judged = _validate(_ACTIVITIES, "PK101")
    assert {f.message.params["value"] for f in judged.findings} == {"universal", "selective"}
    asked = _validate(
        _ACTIVITIES.replace("activities:\n", "incomplete: [activities]\nactivities:\n"), "PK101"
    )
    assert asked.findings == ()
    (question,) = asked.questions  # the two levels asked once (rule.PK101.incomplete_levels)
    assert question.message.params["level"] == (
        pk.PreventionLevel.UNIVERSAL,
        pk.PreventionLevel.SELECTIVE,
    )
    assert question.unstated == ("activities",)
    assert "only part of its activities" in question.text()


def test_pk503_asks_when_the_activities_are_given_in_part() -> None:
    text = _ACTIVITIES.replace("prevention_levels", "target_groups: [victims], prevention_levels")
    assert [f.code for f in _validate(text, "PK503").findings] == ["PK503"]
    asked = _validate(
        text.replace("activities:\n", "incomplete: [activities]\nactivities:\n"), "PK503"
    )
    assert asked.findings == ()
    assert [q.unstated for q in asked.questions] == [("activities",)]


def test_pk602_asks_when_the_actors_are_given_in_part() -> None:
    text = _HEAD + "actors:\n  - {id: kf, name: Kommunfullmäktige, kind: council}\n"
    assert [f.code for f in _validate(text, "PK602").findings] == ["PK602"]
    asked = _validate(text.replace("actors:\n", "incomplete: [actors]\nactors:\n"), "PK602")
    assert asked.findings == ()
    (question,) = asked.questions
    assert "only part of its actors" in question.text()


def test_pk210_asks_when_the_actors_are_given_in_part() -> None:
    text = _HEAD + (
        "profile: municipal\nactors:\n  - {id: pl, name: Projektledare, kind: function}\n"
    )
    assert [f.code for f in _validate(text, "PK210").findings] == ["PK210"]
    asked = _validate(text.replace("actors:\n", "incomplete: [actors]\nactors:\n"), "PK210")
    assert asked.findings == ()
    assert [q.code for q in asked.questions] == ["PK210"]


def test_pk404_never_asks_for_goals_a_plan_lists() -> None:
    text = _HEAD + "incomplete: [goals]\ngoals:\n  - {id: g, statement: Mindre våld}\n"
    report = _validate(text, "PK404")
    assert report.findings == report.questions == ()
    assert [f.code for f in _validate(_HEAD + "goals: []\n", "PK404").findings] == ["PK404"]


def test_incomplete_is_format_2_and_names_lists_only() -> None:
    plan = pk.loads(_HEAD + "incomplete: [bodies, activities]\n")
    assert plan.incomplete == ("bodies", "activities")
    for bad in (
        "preventionkit: 1\nid: p\ntitle: T\nincomplete: [bodies]\n",
        _HEAD + "incomplete: [bodys]\n",
    ):
        try:
            pk.loads(bad)
        except pk.PlanLoadError:
            continue
        raise AssertionError(f"loaded: {bad!r}")


# --- who takes part: partners and members given by sector --------------------------------------

_ONE_SECTOR = (
    _HEAD
    + """\
actors:
  - {id: kommun, name: Kommunen, kind: municipality}
  - {id: polisen, name: Polisen, kind: police, sector: justice}
  - {id: region, name: Regionen, kind: region, sector: health_care}
activities:
  - {id: a, title: Stödsamtal, responsible: [kommun]}
"""
)


def test_pk601_counts_the_partners_a_plan_names() -> None:
    # The municipality alone, named as a whole: which administrations work is asked.
    assert [q.code for q in _validate(_ONE_SECTOR, "PK601").questions] == ["PK601"]
    with_partners = _ONE_SECTOR + "partners: [polisen, region]\n"
    report = _validate(with_partners, "PK601")
    assert report.findings == report.questions == ()


def test_pk601_counts_the_sectors_a_body_gives_its_members_by() -> None:
    text = (
        _HEAD
        + """\
actors:
  - {id: kommun, name: Kommunen, kind: municipality}
activities:
  - {id: a, title: Stödsamtal, responsible: [kommun]}
bodies:
  - {id: ag, name: Arbeidsgruppe, role: collaboration_team}
"""
    )
    assert [q.code for q in _validate(text, "PK601").questions] == ["PK601"]
    given = text.replace(
        "role: collaboration_team}", "role: collaboration_team, sectors: [health_care, education]}"
    )
    report = _validate(given, "PK601")
    assert report.findings == report.questions == ()


def test_pk601_asks_who_takes_part_and_never_says_zero() -> None:
    text = (
        _HEAD
        + "actors:\n  - {id: g, name: Gruppens ordförande, kind: function}\nbodies:\n  - {id: b, name: Board, role: steering_group}\n"
    )
    (question,) = _validate(text, "PK601").questions
    assert question.text().startswith("The plan does not say who takes part in the work")
    assert " 0 " not in question.text()
    assert "bodies" not in question.unstated  # the bodies are stated; their members are not


def test_pk601_says_nobody_takes_part_when_the_plan_states_it() -> None:
    text = _HEAD + (
        "activities: []\nbodies: []\nmandates: []\ndecisions: []\napplies_to: []\npartners: []\n"
    )
    (finding,) = _validate(text, "PK601").findings
    assert finding.text().startswith("Nobody takes part in the work")


# --- hints that fit the plan's country ----------------------------------------------------------

_READINESS = (
    _HEAD
    + "readiness: {mandatory_reporting_routine: true, referral_routines: [], support_contacts: []}\n"
)


def _hints(text: str, code: str, profile: str, lang: str = "en") -> str:
    report = pk.validate(pk.loads(text), select=[code], profile=profile, lang=lang)
    return " ".join(f.hint_text() or "" for f in (*report.findings, *report.questions))


def test_the_swedish_helpline_is_named_to_swedish_plans_only() -> None:
    assert "Kvinnofridslinjen" in _hints(_READINESS, "PK502", "municipal")
    for lang in ("en", "sv", "nb"):
        hint = _hints(_READINESS, "PK502", "international", lang)
        assert "Kvinnofridslinjen" not in hint
        assert hint


def test_swedish_programmes_and_organisations_only_in_hints_to_swedish_plans() -> None:
    no_activities = (
        _HEAD
        + "activities:\n  - {id: a, title: Samtal, prevention_levels: [indicated], target_groups: [victims]}\nactors: []\n"
    )
    swedish = " ".join(_hints(no_activities, c, "municipal") for c in ("PK101", "PK503", "PK602"))
    assert {"MVP", "KOMET", "ATV", "MÄN", "BRIS"} <= {
        w for w in ("MVP", "KOMET", "ATV", "MÄN", "BRIS") if w in swedish
    }
    for lang in ("en", "nb"):
        other = " ".join(
            _hints(no_activities, c, "international", lang) for c in ("PK101", "PK503", "PK602")
        )
        assert other
        assert not any(w in other for w in ("MVP", "KOMET", "ATV", "MÄN", "BRIS", "Kvinnofrid"))


def test_pk401_names_swedish_indicators_to_swedish_plans_only() -> None:
    text = _HEAD + "goals:\n  - {id: g, statement: Mindre våld, indicators: []}\n"
    assert "Öppna jämförelser" in _hints(text, "PK401", "municipal")
    for lang in ("en", "sv", "nb"):
        hint = _hints(text, "PK401", "international", lang)
        assert hint
        assert "Öppna" not in hint
        assert "UNGA" not in hint


# --- PK601: a municipality named as a whole ----------------------------------------------------

_WHOLE = (
    _HEAD
    + """\
actors:
  - {id: kommunen, name: Arvika kommun, kind: municipality}
activities:
  - {id: a, title: Utbildning av all personal, responsible: [kommunen]}
"""
)


def test_pk601_asks_which_administrations_of_a_municipality_named_as_a_whole_do_the_work() -> None:
    report = _validate(_WHOLE, "PK601")
    assert report.findings == ()
    (question,) = report.questions
    assert question.message.key == "rule.PK601.unstated_municipal.message"
    assert question.unstated == ("actors[0].sector",)
    assert "Arvika kommun" in question.text()


def test_pk601_still_judges_a_municipality_whose_sector_is_stated() -> None:
    text = _WHOLE.replace("kind: municipality}", "kind: municipality, sector: social_services}")
    report = _validate(text, "PK601")
    assert [f.code for f in report.findings] == ["PK601"]
    assert report.questions == ()


def test_pk601_is_silent_on_a_municipality_working_with_the_police() -> None:
    # Arvika's strategy: the municipality and the local police; whatever part of the
    # municipality does the work, two sectors take part (tests/realworld/arvika-mvk-2025.yaml).
    text = _WHOLE.replace(
        "activities:\n",
        "  - {id: polisen, name: Polisen, kind: police, sector: justice}\nactivities:\n",
    ).replace("responsible: [kommunen]", "responsible: [polisen, kommunen]")
    report = _validate(text, "PK601")
    assert report.findings == ()
    assert report.questions == ()
