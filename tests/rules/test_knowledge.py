"""Severity follows knowledge (issue 16): for each rule, a gap the plan states is judged at
the rule's severity, a fact it leaves out is a question, and a stated fact is silent."""

from __future__ import annotations

import pytest

import preventionkit as pk
from preventionkit.rules import RULES

_HEAD = "preventionkit: 2\nid: p\ntitle: Handlingsplan mot våld\nprofile: municipal\n"
_ACTORS = """\
actors:
  - {id: kf, name: Kommunfullmäktige, kind: council, sector: municipal_leadership}
  - {id: ifn, name: Individ- och familjenämnden, kind: committee, sector: social_services}
  - {id: fgn, name: För- och grundskolenämnden, kind: committee, sector: education}
"""

# code: (stated gap → judged, left out → asked, stated → silent)
CASES: dict[str, tuple[str, str, str]] = {
    "PK101": (
        "activities: []\n",
        "",
        "activities:\n  - {id: a, title: A, prevention_levels: [universal, selective, indicated]}\n",
    ),
    "PK102": (
        "activities:\n  - {id: a, title: A, ecological_levels: []}\n",
        "activities:\n  - {id: a, title: A}\n",
        "activities:\n  - {id: a, title: A, ecological_levels: "
        "[individual, relationship, community, society]}\n",
    ),
    "PK201": (
        "mandates: []\n",
        "",
        _ACTORS + "decisions: [{id: d, by: kf, summary: Antar}]\n"
        "mandates: [{holder: ifn, granted_by: kf, decision: d, scope: Leda}]\n",
    ),
    "PK203": (
        _ACTORS + "bodies: []\n",
        _ACTORS,
        _ACTORS + "owner: kf\nbodies:\n"
        "  - {id: s, name: S, role: steering_group, members: [ifn]}\n"
        "  - {id: t, name: T, role: collaboration_team, members: [ifn]}\n"
        "  - {id: o, name: O, role: operational_group, members: [ifn]}\n",
    ),
    "PK301": (
        "activities:\n  - {id: a, title: A, responsible: []}\n",
        "activities:\n  - {id: a, title: A}\n",
        _ACTORS + "activities:\n  - {id: a, title: A, responsible: [ifn]}\n",
    ),
    "PK302": (
        "activities:\n  - {id: a, title: A, timeline: {}}\n",
        "activities:\n  - {id: a, title: A}\n",
        "activities:\n  - {id: a, title: A, timeline: {start: 2020}}\n",
    ),
    "PK304": (
        _ACTORS
        + "activities:\n  - {id: a, title: A, responsible: [ifn, fgn], responsibility: shared}\n",
        _ACTORS + "activities:\n  - {id: a, title: A, responsible: [ifn, fgn]}\n",
        _ACTORS
        + "activities:\n  - {id: a, title: A, responsible: [ifn, fgn], responsibility: parallel}\n",
    ),
    "PK401": (
        "goals: [{id: g, statement: Mindre våld, indicators: []}]\n",
        "goals: [{id: g, statement: Mindre våld}]\n",
        "goals: [{id: g, statement: Mindre våld, indicators: [i]}]\nindicators: [{id: i, name: I}]\n",
    ),
    "PK402": (
        "follow_up: []\n",
        "",
        _ACTORS + "follow_up: [{forum: kf, frequency: annual, scope: Planen}]\n",
    ),
    "PK403": (
        "activities:\n  - {id: a, title: A}\n",
        "",
        "needs: {summary: Kartläggning av våldet}\n",
    ),
    "PK501": (
        "activities:\n  - {id: a, title: A, arenas: [school]}\n"
        "readiness: {mandatory_reporting_routine: false}\n",
        "activities:\n  - {id: a, title: A, arenas: [school]}\n",
        "activities:\n  - {id: a, title: A, arenas: [school]}\n"
        "readiness: {mandatory_reporting_routine: true}\n",
    ),
    "PK502": (
        "readiness: {referral_routines: [], support_contacts: [Kvinnofridslinjen]}\n",
        "readiness: {support_contacts: [Kvinnofridslinjen]}\n",
        "readiness: {referral_routines: [Polisen], support_contacts: [Kvinnofridslinjen]}\n",
    ),
    "PK601": (
        "actors:\n  - {id: ifn, name: IFN, kind: committee, sector: social_services}\n"
        "activities:\n  - {id: a, title: A, responsible: [ifn]}\n",
        "actors:\n  - {id: ifn, name: IFN, kind: committee, sector: social_services}\n"
        "  - {id: x, name: X, kind: committee}\n"
        "activities:\n  - {id: a, title: A, responsible: [ifn, x]}\n",
        _ACTORS + "activities:\n  - {id: a, title: A, responsible: [ifn, fgn]}\n",
    ),
    "PK602": (
        _ACTORS,
        "",
        _ACTORS + "  - {id: j, name: Kvinnojouren, kind: civil_society_organisation}\n",
    ),
}


@pytest.mark.parametrize("code", sorted(CASES))
def test_a_stated_gap_is_judged_at_the_rules_severity(code: str) -> None:
    report = pk.validate(pk.loads(_HEAD + CASES[code][0]), select=[code])
    rule = next(r for r in RULES if r.code == code)
    assert report.by_code(code)
    assert {f.severity for f in report.by_code(code)} == {rule.severity}
    assert not any(q.code == code for q in report.questions)


@pytest.mark.parametrize("code", sorted(CASES))
def test_a_fact_left_out_is_asked_never_judged(code: str) -> None:
    report = pk.validate(pk.loads(_HEAD + CASES[code][1]), select=[code])
    assert not report.by_code(code)
    asked = [q for q in report.questions if q.code == code]
    assert asked
    for q in asked:
        assert q.is_question
        assert q.severity == "info"
        assert q.unstated
        for lang, opening in (("en", "The plan does not say"), ("sv", "Planen"), ("nb", "Planen")):
            assert q.text(lang).startswith(opening)


@pytest.mark.parametrize("code", sorted(CASES))
def test_a_stated_fact_is_silent(code: str) -> None:
    report = pk.validate(pk.loads(_HEAD + CASES[code][2]), select=[code])
    assert not report.by_code(code)
    assert not [q for q in report.questions if q.code == code]


def test_a_plan_without_activities_asks_once_per_rule_rather_than_per_level() -> None:
    report = pk.validate(pk.loads(_HEAD), select=["PK101", "PK102", "PK103"])
    assert report.findings == ()
    assert [(q.code, q.unstated) for q in report.questions] == [
        ("PK101", ("activities",)),
        ("PK102", ("activities",)),
    ]


def test_every_question_variant_is_phrased_as_a_question() -> None:
    for rule in RULES:
        for variant in rule.variants:
            if "unstated" not in variant and variant not in ("no_activities", "no_decision"):
                continue
            for lang, opening in (
                ("en", "The plan does not say"),
                ("sv", "Planen "),
                ("nb", "Planen "),
            ):
                cat = pk.messages._catalogue.translations(lang)
                key = rule.key(variant)
                text = cat.gettext(key)
                text = text if text != key else cat.ngettext(key, key, 2)
                assert text.startswith(opening), (rule.code, variant, lang)
