"""Frameworks as data: the five-step guide with step 1's checklist verbatim (002 §1.13), the
vision's criteria (002 §1.9), the national strategy's goals (Skr. 2016/17:10), the success
factors (004; 003 Figur 10), and the step 1 assessment with per-item provenance."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest
from pydantic import ValidationError

import preventionkit as pk
from preventionkit.frameworks import (
    Assessment,
    Guide,
    checklist,
    county_boards_2018,
    guide,
    national_strategy,
    skl_success_factors,
)
from preventionkit.vocab import NationalGoal

FILES = (
    "guide.json",
    "national_strategy.json",
    "skl_success_factors.json",
    "county_boards_2018.json",
)


@pytest.mark.parametrize("name", FILES)
def test_every_file_is_versioned_and_cites_its_source(name: str) -> None:
    raw = json.loads(
        resources.files("preventionkit.data").joinpath("frameworks", name).read_text("utf-8")
    )
    assert re.fullmatch(r"\d+\.\d+\.\d+", raw["version"])
    assert raw["id"]
    assert raw["source"]


def test_loaders_return_frozen_models() -> None:
    g = guide()
    assert isinstance(g, Guide)
    with pytest.raises(ValidationError):
        g.version = "9.9.9"  # type: ignore[misc]
    for loaded in (national_strategy(), skl_success_factors(), county_boards_2018()):
        assert loaded.version == "1.0.0"


def test_the_five_steps() -> None:
    steps = guide().steps
    assert [s.name_sv for s in steps] == [
        "Initiera samverkan",
        "Beskriv våld som problem",
        "Identifiera förändringsfaktorer",
        "Utveckla insatser",
        "Implementera, följ upp och sprid",
    ]
    assert [s.in_seeds for s in steps] == [True, False, False, False, False]
    assert all("not in the seeds" in s.source for s in steps[1:])


def test_step_by_number_or_id() -> None:
    assert pk.frameworks.step(1) is pk.frameworks.step("step1")  # type: ignore[attr-defined]
    assert pk.frameworks.step("step5").name_sv == "Implementera, följ upp och sprid"  # type: ignore[attr-defined]
    with pytest.raises(KeyError, match="no step 6"):
        pk.frameworks.step(6)  # type: ignore[attr-defined]


def test_step1_checklist_is_verbatim() -> None:
    items = checklist("step1")
    assert [i.number for i in items] == list(range(1, 10))
    assert items[2].question_sv == (
        "Har ni säkerställt tillräckliga mandat och resurser genom formella beslut?"
    )
    # The guide's own spelling is kept ("våldförebyggande", 002 §1.13).
    assert items[3].question_sv == (
        "Kan ni knyta ert våldförebyggande arbete till befintliga samverkansstrukturer för "
        "förebyggande arbete?"
    )
    assert items[8].question_sv == (
        "Har ni säkerställt samverkan och intern beredskap också när våldet är ett faktum?"
    )
    assert all(i.question_en and i.question_en.endswith("?") for i in items)
    assert all(i.question_sv.endswith("?") for i in items)


def test_vision_criteria() -> None:
    criteria = guide().vision_criteria
    assert criteria.source == "002 §1.9"
    assert [c.text_sv for c in criteria.criteria] == [
        "visar på fördelarna för alla som deltar",
        "är lätt att kommunicera och förstå",
        "är lätt att komma ihåg av många människor",
        "går att uppnå",
        "ligger i linje med relevant och tidigare formulerad policy.",
    ]


def test_national_strategy_goals_are_the_vocabulary() -> None:
    strategy = national_strategy()
    assert strategy.reference == "Skr. 2016/17:10"
    assert [g.goal for g in strategy.goals] == list(NationalGoal)
    assert [g.number for g in strategy.goals] == [1, 2, 3, 4]


def test_skl_success_factors_and_development_areas() -> None:
    skl = skl_success_factors()
    assert [f.name_sv for f in skl.success_factors] == [
        "Många vägar in",
        "Direkt och adekvat stöd och hjälp",
        "Integrera kvinnofridsarbetet i ordinarie strukturer",
        "Samverkan med andra samhällsaktörer",
        "Nationellt stöd",
    ]
    assert len(skl.development_areas) == 6
    assert skl.development_areas[0].name_sv == "Satsa på våldsförebyggande arbete"
    assert any(
        "Från person till funktion".casefold() in p.casefold()
        for p in skl.success_factors[2].points_sv
    )


def test_county_boards_figure_10_shares() -> None:
    survey = county_boards_2018()
    assert [f.share_percent for f in survey.success_factors] == [54, 38, 30, 25]
    assert [f.share_percent for f in survey.development_areas] == [56, 43, 31, 23, 22]


def test_unknown_checklist_names_the_known() -> None:
    with pytest.raises(KeyError, match="did you mean 'step1'"):
        checklist("step 1")


# --- assessment ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def umea() -> Assessment:
    return pk.frameworks.assess(pk.examples.load("umea"), "step1")  # type: ignore[attr-defined]


def test_umea_assessment_answers_nine_items_with_provenance(umea: Assessment) -> None:
    assert len(umea) == 9
    assert [i.item for i in umea] == list(range(1, 10))
    assert all(i.provenance in {"data", "plan", "none"} for i in umea)
    from_data = umea.by_provenance("data")
    assert len(from_data) >= 4
    for number in (1, 3, 6, 9):
        item = umea.item(number)
        assert item.provenance == "data", number
        assert item.evidence
    assert umea.item(7).provenance == "plan"
    assert umea.item(7).answer == "partly"
    assert umea.item(8).provenance == "none"
    assert umea.item(8).answer == "unknown"


def test_umea_answers_reflect_the_seed(umea: Assessment) -> None:
    assert umea.item(1).answer == "yes"  # several arenas
    assert umea.item(3).answer == "partly"  # mandates by decision, no resources recorded
    assert "Samverkansrådet mot våld" in umea.item(3).evidence_text("en")
    assert umea.item(4).answer == "yes"  # UmeBrå's steering group exists
    assert umea.item(6).answer == "partly"
    assert umea.item(6).evidence is not None
    assert pk.BodyRole.OPERATIONAL_GROUP in umea.item(6).evidence.params["lack"]
    assert "operational working group" in umea.item(6).evidence_text("en")
    assert "operativ arbetsgrupp" in umea.item(6).evidence_text("sv")
    assert "operativ arbeidsgruppe" in umea.item(6).evidence_text("nb")
    assert "operational_group" not in umea.item(6).evidence_text("sv")
    assert umea.item(9).answer == "partly"  # support contacts only
    doc = umea.to_dict()
    assert json.loads(json.dumps(doc)) == doc
    assert umea.item(1).question("sv").startswith("Vilka arenor")


_BARE = """\
preventionkit: 1
id: p
title: T
"""

_FULL = """\
preventionkit: 1
id: p
title: T
adopted_by: d1
actors:
  - {id: kf, name: KF, kind: council, sector: municipal_leadership}
  - {id: soc, name: Soc, kind: unit, sector: social_services}
  - {id: jour, name: Jour, kind: civil_society_organisation, sector: civil_society}
decisions:
  - {id: d1, by: kf, summary: Antar planen}
bodies:
  - {id: sg, name: SG, role: steering_group, members: [soc, jour], existing_structure: true}
  - {id: team, name: Team, role: collaboration_team, members: [soc], reports_to: sg}
  - {id: op, name: Op, role: operational_group, members: [soc], reports_to: team}
mandates:
  - {holder: sg, granted_by: kf, decision: d1, scope: Leda, resources: 1 tjänst}
activities:
  - {id: a, title: A, responsible: [soc], arenas: [school, preschool]}
funding:
  - {source: ordinary_budget, by: kf, decision: d1}
vision:
  statement: Ingen ska utsättas för våld
  aligned_with: [Kommunplanen]
readiness:
  mandatory_reporting_routine: true
  referral_routines: [Socialtjänsten]
  support_contacts: [Kvinnofridslinjen]
  organisational_readiness: BFF 2024
checklist:
  - {item: step1.1, answer: 'no', note: Vi tycker inte det}
"""


def test_bare_plan_is_all_unknown() -> None:
    result = pk.frameworks.assess(pk.loads(_BARE, format="yaml"))  # type: ignore[attr-defined]
    assert {(i.answer.value, i.provenance) for i in result} == {("unknown", "none")}


def test_full_plan_is_all_yes_from_data_and_data_wins() -> None:
    result = pk.frameworks.assess(pk.loads(_FULL, format="yaml"))  # type: ignore[attr-defined]
    assert [(i.answer.value, i.provenance) for i in result] == [("yes", "data")] * 9
    note = result.item(1).note_text("en")
    assert note is not None
    assert "the plan's checklist answers no" in note
    assert "planens checklista svarar nej" in (result.item(1).note_text("sv") or "")


def test_plan_checklist_answers_what_data_cannot() -> None:
    text = (
        _BARE + "checklist:\n  - {item: step1.8, answer: partly, note: BFF i två förvaltningar}\n"
    )
    result = pk.frameworks.assess(pk.loads(text, format="yaml"))  # type: ignore[attr-defined]
    item = result.item(8)
    assert (item.answer, item.provenance, item.note_text()) == (
        "partly",
        "plan",
        "BFF i två förvaltningar",
    )
    assert item.evidence_text("en") == "checklist entry step1.8"
    assert item.evidence_text("nb") == "sjekklistepunkt step1.8"


def test_single_sector_and_unresolved_funding_answer_no() -> None:
    text = (
        _BARE
        + "actors:\n  - {id: soc, name: Soc, kind: unit, sector: social_services}\n"
        + "activities:\n  - {id: a, title: A, responsible: [soc]}\n"
        + "funding:\n  - {source: unresolved}\n"
        + "readiness:\n  mandatory_reporting_routine: false\n"
        # No bodies, stated: item 6 judges the chain (left out, it would be not stated).
        + "bodies: []\n"
    )
    result = pk.frameworks.assess(pk.loads(text, format="yaml"))  # type: ignore[attr-defined]
    assert result.item(2).answer == "no"
    assert result.item(5).answer == "no"
    assert result.item(6).answer == "no"
    # mandatory_reporting_routine: false is an answer, and nothing else is in place
    assert (result.item(9).answer, result.item(9).provenance) == ("no", "data")


def test_unknown_framework_is_a_key_error() -> None:
    with pytest.raises(KeyError, match="no checklist 'step9'"):
        pk.frameworks.assess(pk.loads(_BARE, format="yaml"), "step9")  # type: ignore[attr-defined]
