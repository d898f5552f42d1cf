"""The embedded examples: they load, round-trip, match their top-level copies, cite their
sources, and validate to their reviewed snapshots (001; 002 §1.5, §1.10)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import preventionkit as pk
from _snapshots import assert_snapshot, judged, uncited_records
from preventionkit.examples import json_text, load, names, path, text
from preventionkit.model import ActionPlan, Actor, Membership

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOTS = Path(__file__).parent / "snapshots"
EXPECTED = ("gavle", "umea", "vasterbotten")


def test_names_are_the_three_examples() -> None:
    assert names() == EXPECTED


@pytest.mark.parametrize("name", EXPECTED)
def test_example_loads_as_a_plan(name: str) -> None:
    plan = load(name)
    assert isinstance(plan, ActionPlan)
    assert plan.activities
    assert load(name) is plan  # immutable, so cached


@pytest.mark.parametrize("name", EXPECTED)
@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_example_round_trips(name: str, fmt: str) -> None:
    plan = load(name)
    assert pk.loads(pk.dumps(plan, format=fmt), format=fmt) == plan


_REGENERATE = (
    'regenerate it: python -c "import preventionkit as pk, pathlib; '
    "[pathlib.Path(f'src/preventionkit/data/examples/{n}.json').write_text("
    "pk.dumps(pk.loads(pk.examples.text(n), format='yaml'), format='json'), encoding='utf-8') "
    'for n in pk.examples.names()]"'
)


@pytest.mark.parametrize("name", EXPECTED)
def test_shipped_json_is_the_yaml_plan(name: str) -> None:
    """The JSON copy the core install reads is exactly the YAML source, dumped (issue 12)."""
    from_yaml = pk.loads(text(name), format="yaml")
    assert json_text(name) == pk.dumps(from_yaml, format="json"), _REGENERATE
    assert load(name) == from_yaml


@pytest.mark.parametrize("name", EXPECTED)
def test_shipped_positions_are_those_of_the_yaml(name: str) -> None:
    """The positions the core install reads are the safe reader's, of the shipped YAML."""
    from preventionkit.examples._examples import _dump_positions, _positions

    shipped = Path(path(name)).with_suffix(".positions.json").read_text(encoding="utf-8")
    assert shipped == _dump_positions(name), (
        'regenerate them: python -c "from preventionkit.examples._examples import *; '
        '_write_positions()"'
    )
    values, keys = _positions(name)
    assert values[("activities", 0, "id")][0] > 1
    assert keys[("activities",)][1] == 1


@pytest.mark.parametrize("name", EXPECTED)
def test_findings_point_at_lines_of_the_yaml(name: str) -> None:
    def places(plan: ActionPlan) -> list[tuple[str, str, int | None, int | None]]:
        report = pk.validate(plan)
        return [(f.code, f.path, f.line, f.column) for f in report.findings + report.questions]

    from_json = places(load(name))
    assert any(line is not None for *_, line, _ in from_json)
    assert from_json == places(pk.loads(text(name), format="yaml"))


@pytest.mark.parametrize("name", EXPECTED)
def test_top_level_copy_is_byte_identical(name: str) -> None:
    shipped = Path(path(name)).read_bytes()
    assert (ROOT / "examples" / f"{name}.yaml").read_bytes() == shipped
    assert text(name).encode("utf-8") == shipped


@pytest.mark.parametrize("name", EXPECTED)
def test_every_record_cites_its_source(name: str) -> None:
    plan = load(name)
    assert uncited_records(plan) == []
    assert plan.cites
    # Comments cite the seed pages or sections too: at least one per record.
    comments = [ln for ln in text(name).splitlines() if ln.lstrip().startswith("#")]
    cited = [ln for ln in comments if "p. " in ln or "§" in ln]
    assert len(cited) >= len(plan.activities)


def test_unknown_example_names_the_closest() -> None:
    with pytest.raises(KeyError, match="did you mean 'umea'"):
        load("umeaa")
    with pytest.raises(KeyError, match="the examples: gavle, umea, vasterbotten"):
        text("nowhere")


def test_reachable_from_the_package() -> None:
    assert pk.examples.load("umea") is load("umea")  # type: ignore[attr-defined]


# --- Umeå (001) -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def umea() -> ActionPlan:
    return load("umea")


def test_umea_council_has_17_member_units_meeting_four_times_a_year(umea: ActionPlan) -> None:
    council = umea.body("samverkansradet")
    assert council.name == "Samverkansrådet mot våld"
    assert len(council.members) == 17
    assert len(set(council.member_ids)) == 17
    assert council.meets_per_year == 4
    assert council.convener == "umebra"
    first = council.members[0]
    assert isinstance(first, Membership)
    assert first.actor == "umebra"
    assert first.role == "sammankallande"
    # 001 p. 13: which committee appoints whom is not said, so nothing is invented.
    assert all(isinstance(m, Membership) and m.appointed_by is None for m in council.members)


def test_umea_every_activity_has_a_responsible_body(umea: ActionPlan) -> None:
    assert len(umea.activities) == 13
    assert all(a.responsible for a in umea.activities)
    parts = [t for a in umea.activities for t in a.tags]
    assert parts.count("del-1") == 4
    assert parts.count("del-2") == 9


def test_umea_who_adopts_and_who_owns(umea: ActionPlan) -> None:
    assert umea.owner == "ks"
    assert umea.actor("ks").kind == "executive_board"
    # 001 p. 1: "Godkänd av: Kommunfullmäktige" in a template header ("2019-XX-XX"): the
    # approval is a proposal, not a decision taken, and the plan states no adopting decision.
    assert umea.knows("adopted_by") == "unstated"
    approval = umea.decision("d-kf-plan")
    assert (approval.by, approval.stage, approval.date) == ("kf", "proposal", None)
    assert umea.document_date is not None
    assert (umea.document_date.year, umea.document_date.precision) == (2019, "year")
    assert umea.revised is None  # "Reviderad: [20XX-XX-XX]"
    assert umea.version is None  # "Version: [1.0]", a bracketed placeholder
    assert umea.knows("status") == "unstated"


def test_umea_declares_six_violence_areas(umea: ActionPlan) -> None:
    # 001 p. 11: "våra identifierade våldsområden", whether or not an activity names them.
    assert [a.value for a in umea.violence_areas] == [
        "violence_in_public_places",
        "intimate_partner_violence",
        "honour_related_violence",
        "violent_extremism",
        "prostitution_and_trafficking",
        "sexual_violence",
    ]
    named = {area for a in umea.activities for area in a.violence_areas}
    assert "violence_in_public_places" not in named  # declared, yet no activity names it


def test_umea_partners_funds_employer_and_suggested_indicators(umea: ActionPlan) -> None:
    partners = {a.id for a in umea.actors if (a.description or "").startswith("Samverkanspartner")}
    assert partners == {
        "polisen",
        "region",
        "lansstyrelsen",
        "brottsofferjouren",
        "kvinno-och-tjejjouren",
        "oppen-gemenskap",
        "bris",
        "rfsl",
    }
    assert all("p. 11" in (umea.actor(p).cites or "") for p in partners)
    (funds,) = umea.funding  # 001 p. 18: "Medel riktade för detta ändamål"
    assert funds.activities == ("skyddat-boende",)
    assert umea.knows("funding[0].source") == "unstated"
    assert umea.knows("funding[0].amount") == "unstated"
    assert all(i.suggested for i in umea.indicators)  # "kan bestå av" (001 p. 8)
    assert umea.employer is not None
    assert umea.employer.support_for_exposed_staff
    assert umea.knows("employer.routine_for_staff_who_use_violence") == "unstated"


def test_umea_part_1_is_each_partys_own_part(umea: ActionPlan) -> None:
    # 001 p. 12, p. 13, p. 16: "Dessa aktiviteter är allas ansvar", each for its own area; the
    # website's content "alla gemensamt" (p. 12).
    modes = {a.id: a.responsibility for a in umea.activities if "del-1" in a.tags}
    assert modes == {
        "samverkan": "parallel",
        "kartlaggning": "parallel",
        "uppfoljning": "parallel",
        "hemsida": "shared",
    }
    assert umea.activity("handlingsplan-extremism").status == "done"  # "klart!" (p. 18)


def test_umea_reference_group_expert_function_and_contact_persons(umea: ActionPlan) -> None:
    reference = umea.body("referensgruppen")
    assert reference.role == "reference_group"
    assert reference.as_needed
    assert reference.meets_per_year == 1
    expert = umea.body("kompetenscentrum")
    assert expert.role == "expert_function"
    assert expert.supports == ("samverkansradet",)
    assert expert.member_ids == ("cmv",)
    contact = umea.actor("kontaktperson")
    assert isinstance(contact, Actor)
    assert contact.is_function
    assert contact.holders is None  # "varje verksamhet utser en kontaktperson": count unknown
    steering = umea.body("umebra-styrgrupp")
    assert steering.role == "steering_group"
    assert steering.part_of == "umebra"


def test_umea_goals_indicators_and_follow_up(umea: ActionPlan) -> None:
    assert [g.id for g in umea.goals] == ["minska-valdet", "oka-kunskapen"]
    assert sorted(i.name for i in umea.indicators) == [
        "UNGA-enkät",
        "Umeås kvalitet i korthet",
        "Öppna jämförelser",
    ]
    by_forum = {(f.forum, f.kind.value): f.frequency.value for f in umea.follow_up}
    assert by_forum[("kf", "follow_up")] == "annual"
    assert by_forum[("kf", "revision")] == "every_term_of_office"
    assert by_forum[("umebra-styrgrupp", "follow_up")] == "continuous"
    assert by_forum[("samverkansradet", "follow_up")] == "annual"


def test_umea_mandates(umea: ActionPlan) -> None:
    leading = {m.holder for m in umea.mandates if m.leads and m.decision is not None}
    assert leading == {"ks", "samverkansradet", "umebra"}
    carrying = {m.holder for m in umea.mandates if not m.leads}
    assert {"ifn", "fgn", "gvn", "aldrenamnden", "alla-namnder"} <= carrying


def test_umea_missing_years_stay_unknown(umea: ActionPlan) -> None:
    timeline = umea.activity("kartlaggning").timeline
    assert timeline is not None
    assert timeline.start is None
    assert timeline.end is None
    assert timeline.note is not None
    assert "Genomförs under" in timeline.note
    prostitution = umea.activity("handlingsplan-prostitution").timeline
    assert prostitution is not None
    assert prostitution.end is not None
    assert prostitution.end.year == 2019
    assert umea.period is not None
    assert umea.period.start is None


def test_umea_levels_only_where_the_seed_supports_them(umea: ActionPlan) -> None:
    assert umea.activity("centrum-mot-vald").prevention_levels == ("indicated",)
    huskurage = umea.activity("huskurage-kvartersvardar")
    assert huskurage.programme == "huskurage"
    assert (huskurage.prevention_levels, huskurage.ecological_levels) == (
        ("universal",),
        ("community",),
    )
    assert umea.activity("samverkan").prevention_levels == ()
    assert umea.activity("kartlaggning").mapping


def test_vasterbotten_agreement_and_parties() -> None:
    plan = load("vasterbotten")
    agreement = plan.get("d-overenskommelse")
    assert getattr(agreement, "kind", None) == "agreement"
    assert set(getattr(agreement, "parties", ())) == {
        "lansstyrelsen",
        "asele",
        "norsjo",
        "vilhelmina",
        "sorsele",
        "polisen",
        "man",
    }
    assert plan.actor("man").sector == "civil_society"
    assert {a.id for a in plan.actors if a.part_of == "lansstyrelsen"} == {
        "lst-jamstalldhet",
        "lst-brottsforebyggande",
    }
    assert any(f.kind == "evaluation" and f.by == "utvarderare" for f in plan.follow_up)
    # "ingen part är överordnad den andra": a mandate all parties grant, members of equal
    # standing, the two subject areas sharing their part; "all verksamhet" in the municipalities.
    mandate = next(m for m in plan.mandates if m.holder == "vpv")
    assert set(mandate.grantors) == set(getattr(agreement, "parties", ()))
    council = plan.body("vpv")
    assert {getattr(m, "position", None) for m in council.members} == {"member"}
    assert (council.lead, council.convener) == ("lansstyrelsen", None)
    assert plan.activity("processtod").responsibility == "shared"
    assert plan.activity("livscykelperspektiv").responsibility == "parallel"
    assert plan.applies_to == ("asele", "norsjo", "vilhelmina", "sorsele")
    assert plan.knows("funding[0].source") == "unstated"  # "Vi finansierar det mesta"


def test_gavle_vision_and_programmes() -> None:
    plan = load("gavle")
    assert plan.vision is not None
    assert plan.vision.decision == "d-ks-direktiv"
    assert "ingen i Gävle kommun ska utsättas för våld" in plan.vision.statement
    assert {a.programme for a in plan.activities} >= {
        "mvp",
        "agera-tillsammans",
        "huskurage",
        "trygghetsvandring",
    }
    assert plan.indicators[0].frequency == "every_3_years"
    assert plan.body("big").existing_structure
    # 002 §1.10: the directive decided the vision, and the work rests on it.
    assert plan.adopted_by == plan.vision.decision == "d-ks-direktiv"


def test_gavle_funding_and_the_work_in_place() -> None:
    plan = load("gavle")
    grant, own = plan.funding
    # 000 p. 17: the Inheritance Fund's grant went to the organisation, not the municipality.
    assert (grant.source, grant.by, grant.to) == ("inheritance_fund", "arvsfonden", "man")
    # 000 p. 14: the municipality's own funding was "en ännu olöst fråga".
    assert (own.source, own.to) == ("unresolved", "gavle-kommun")
    # 002 §1.10: much of the work in place was "av indikativ och selektiv karaktär".
    work = plan.activity("socialtjanstens-arbete")
    assert work.prevention_levels == ("selective", "indicated")
    assert work.responsible == ("socialtjansten",)
    assert plan.knows("activities[1].ecological_levels") == "unstated"


# --- validation snapshots ----------------------------------------------------------------------


def _report(name: str) -> dict[str, Any]:
    doc = judged(load(name)).to_dict()
    doc.pop("tool", None)  # the library version is not part of what is reviewed
    return doc


@pytest.mark.parametrize("name", EXPECTED)
def test_validation_matches_the_reviewed_snapshot(name: str) -> None:
    """``PK_UPDATE_SNAPSHOTS=1 pytest tests/examples`` rewrites the snapshots; review the diff:
    every finding must reflect the seed, never a modelling gap."""
    assert_snapshot(SNAPSHOTS / f"{name}.json", _report(name), "pytest tests/examples")


def test_umea_findings_are_the_seeds_gaps() -> None:
    codes = set(pk.validate(load("umea")).codes)
    # Mandate, chain, responsibility and follow-up are in the seed: none of these fire.
    assert codes.isdisjoint({"PK201", "PK202", "PK204", "PK206", "PK301", "PK401", "PK402"})
    # The seed names no reporting routine (001 p. 10, p. 16–18): asked, not judged.
    asked = {q.code for q in pk.validate(load("umea")).questions}
    assert "PK501" in asked
