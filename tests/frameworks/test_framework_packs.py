"""Framework packs (issue 17): cited, versioned items; grades with evidence and provenance;
plans declaring what they follow; packs carried by the registry."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from pydantic import ValidationError

import preventionkit as pk
from preventionkit.frameworks import (
    CHECKS,
    SHIPPED_PACKS,
    Citation,
    FrameworkPack,
    FrameworkPackError,
    assess_declared,
    assess_pack,
    checklist,
    compare,
    framework_pack,
    framework_packs,
    national_strategy,
)
from preventionkit.messages import render
from preventionkit.rules import Pack, PackError, build_registry
from preventionkit.testing import valid_plans


def plan(body: str = "", version: int = 2) -> pk.ActionPlan:
    return pk.loads(f"preventionkit: {version}\nid: p\ntitle: P\n{body}")


SMALL_PACK = {
    "id": "region-x",
    "version": "0.1.0",
    "title": {"en": "Regional guideline X"},
    "source": {
        "wording": "Guideline X",
        "lang": "en",
        "title": "Guideline X",
        "publisher": "Region X",
        "year": 2024,
        "section": "1",
    },
    "items": [
        {
            "id": "needs",
            "kind": "requirement",
            "labels": {"en": "A needs assessment", "sv": "En behovsinventering"},
            "citation": {
                "wording": "Map the needs",
                "lang": "en",
                "title": "Guideline X",
                "publisher": "Region X",
                "year": 2024,
                "page": "3",
            },
            "evidence": {"describes": {"en": "needs"}, "check": "needs", "params": {"strict": 1}},
        },
        {
            "id": "budget",
            "kind": "requirement",
            "labels": {"en": "A budget"},
            "citation": {
                "wording": "Set a budget",
                "lang": "en",
                "title": "Guideline X",
                "publisher": "Region X",
                "year": 2024,
                "page": "4",
            },
            "evidence": {"describes": {"en": "answered in the checklist"}},
            "aliases": ["x.2"],
        },
    ],
}


def small_pack(**changes: object) -> FrameworkPack:
    return FrameworkPack.model_validate({**SMALL_PACK, **changes})


# --- the shipped packs ------------------------------------------------------------------


@pytest.mark.parametrize("id", SHIPPED_PACKS)
def test_every_item_of_every_shipped_pack_cites_its_public_source(id: str) -> None:
    pack = framework_pack(id)
    assert pack.version.count(".") == 2
    for item in (pack.source, *(i.citation for i in pack.items)):
        assert isinstance(item, Citation)
        assert item.wording.strip()
        assert item.title.strip()
        assert item.publisher.strip()
        assert 1990 <= item.year <= 2026
        assert item.section or item.page or item.url


def test_an_item_without_a_citation_is_refused() -> None:
    item = dict(SMALL_PACK["items"][0])  # type: ignore[index]
    del item["citation"]
    with pytest.raises(ValidationError, match="citation"):
        small_pack(items=[item])


def test_a_citation_without_a_place_to_find_it_is_refused() -> None:
    with pytest.raises(ValidationError, match="section, a page or a URL"):
        Citation(wording="x", lang="en", title="T", publisher="P", year=2020)


def test_packs_are_hashable_frozen_records() -> None:
    for pack in framework_packs().values():
        assert hash(pack) == hash(pack.model_copy())
    carrier = Pack(name="regionx", version="1", prefix="RX", frameworks=(small_pack(),))
    assert carrier in {carrier}


def test_every_shipped_pack_names_only_known_checks() -> None:
    for pack in framework_packs().values():
        for item in pack.items:
            assert item.evidence.check is None or item.evidence.check in CHECKS


def test_five_step_keeps_step_1s_checklist_verbatim() -> None:
    pack = framework_pack("se-five-step")
    steps = [i for i in pack.items if i.kind == "step"]
    assert [s.id for s in steps] == ["step1", "step2", "step3", "step4", "step5"]
    questions = [i for i in pack.items if i.parent == "step1"]
    assert [q.citation.wording for q in questions] == [c.question_sv for c in checklist("step1")]
    assert [q.aliases for q in questions] == [(f"step1.{n}",) for n in range(1, 10)]


def test_national_strategy_pack_is_the_four_goals() -> None:
    pack = framework_pack("se-national-strategy-2017")
    assert [i.citation.wording for i in pack.items] == [
        g.text_sv for g in national_strategy().goals
    ]
    assert [i.evidence.params["goal"] for i in pack.items] == [
        g.goal.value for g in national_strategy().goals
    ]


def test_inspire_has_seven_strategies_spelling_inspire_and_two_cross_cutting() -> None:
    pack = framework_pack("who-inspire")
    strategies = [i for i in pack.items if i.kind == "strategy"]
    assert "".join(i.labels.en[0] for i in strategies) == "INSPIRE"
    assert [i.id for i in pack.items if i.kind == "cross_cutting"] == [
        "multisectoral",
        "monitoring",
    ]
    for item in strategies:
        assert item.citation.wording.lower() in pack.source.wording.lower()


def test_uk_duty_cites_the_act_and_the_guidance() -> None:
    pack = framework_pack("uk-serious-violence-duty")
    sections = {i.id: i.citation.section for i in pack.items}
    assert sections["kinds-of-violence"] == "section 8(3)(a)"
    assert sections["strategy"] == "section 8(3)(c)"
    official = [i for i in pack.items if i.id != "published-strategy"]
    assert all((i.citation.url or "").startswith("https://www.") for i in official)
    # Publication is cited from the Home Office factsheet (read in a public copy); the
    # annual review could not be read anywhere and is listed as not included, not invented.
    published = pack.item("published-strategy").citation
    assert published.publisher == "Home Office"
    assert "publish" in published.wording
    assert [n.what for n in pack.not_included] == ["the annual review of the strategy"]


def test_five_step_cites_each_step_from_its_own_page() -> None:
    pack = framework_pack("se-five-step")
    step3, step4 = pack.item("step3").citation, pack.item("step4").citation
    assert step3.wording.startswith("Identifiera förändringsfaktorer")
    assert (step3.url or "").endswith("/identifiera-forandringsfaktorer/")
    assert step4.wording.startswith("Utveckla insatser")
    assert (step4.url or "").endswith("/utveckla-insatser/")
    for item in pack.items:  # no step is cited from another step's page any more
        assert "summing up" not in (item.citation.section or "")


def test_ctc_has_phase_1s_milestones_and_says_what_it_leaves_out() -> None:
    pack = framework_pack("ctc")
    milestones = [i for i in pack.items if i.kind == "milestone"]
    assert [m.id for m in milestones] == [f"m1.{n}" for n in range(1, 7)]
    assert {m.parent for m in milestones} == {"get-started"}
    assert all(m.citation.wording.startswith(f"Milestone {m.id[1:]} ") for m in milestones)
    left_out = " ".join(n.what for n in pack.not_included)
    for part in ("phases 2 to 5", "benchmarks", "grading scale"):
        assert part in left_out


def test_inspire_lists_the_approaches_and_indicator_levels_as_not_included() -> None:
    pack = framework_pack("who-inspire")
    assert not [i for i in pack.items if i.kind == "approach"]
    assert len(pack.not_included) == 2
    assert all(n.reason and n.source for n in pack.not_included)


def test_not_included_needs_what_source_and_reason() -> None:
    with pytest.raises(ValidationError, match="reason"):
        small_pack(not_included=[{"what": "x", "source": "y"}])
    assert small_pack(not_included=[{"what": "x", "source": "y", "reason": "z"}]).not_included


# --- grading ------------------------------------------------------------------------------


def test_answers_come_from_data_then_the_plans_checklist_then_nowhere() -> None:
    p = plan(
        "needs: {summary: Kartlagt}\n"
        "checklist:\n"
        "  - {item: region-x.budget, answer: partly, note: Halva budgeten}\n"
    )
    result = assess_pack(p, small_pack())
    needs, budget = result.items
    assert (needs.grade, needs.provenance, needs.evidence.fields) == ("met", "data", ("needs",))
    assert (budget.grade, budget.provenance) == ("partly_met", "plan")
    assert budget.evidence.fields == ("checklist[0]",)
    assert "Halva budgeten" in render(budget.evidence.message, "en")
    empty = assess_pack(plan(), small_pack())
    assert [(r.grade, r.provenance, r.evidence) for r in empty] == [
        ("not_stated", "none", None),
        ("not_stated", "none", None),
    ]


def test_an_alias_answers_and_the_data_wins_over_the_plans_own_answer() -> None:
    p = plan(
        "needs: {summary: Kartlagt}\n"
        "checklist:\n"
        "  - {item: region-x.needs, answer: no}\n"
        "  - {item: x.2, answer: yes}\n"
    )
    needs, budget = assess_pack(p, small_pack())
    assert needs.answer is pk.vocab.Answer.YES
    assert needs.note is not None
    assert "answers no" in render(needs.note, "en")
    assert (budget.grade, budget.provenance) == ("met", "plan")


def test_the_assessment_records_the_pack_version_and_counts() -> None:
    result = assess_pack(plan("needs: {summary: K}\n"), small_pack(version="2.3.4"))
    assert result.version == "2.3.4"
    assert result.counts() == {"met": 1, "partly_met": 0, "not_met": 0, "not_stated": 1}
    assert result.score() == 1.0
    data = json.loads(json.dumps(result.to_dict("sv")))
    assert data["version"] == "2.3.4"
    assert data["items"][0]["label"] == "En behovsinventering"
    assert data["items"][1]["label"] == "A budget"  # falls back to English


def test_umea_reads_as_inspire_coverage_with_evidence() -> None:
    result = assess_pack(pk.examples.load("umea"), "who-inspire")
    safe = result.result("safe-environments")
    assert safe.grade == "met"
    assert safe.provenance == "data"
    assert safe.item.evidence.approximate
    assert set(safe.evidence.records) <= {a.id for a in pk.examples.load("umea").activities}
    assert all(f.startswith("activities[") for f in safe.evidence.fields)
    assert result.result("income").grade == "not_stated"


def test_a_step_is_graded_from_its_checklist_items() -> None:
    result = assess_pack(pk.examples.load("umea"), "se-five-step")
    step1 = result.result("step1")
    children = [r for r in result if r.item.parent == "step1"]
    assert step1.evidence.records == tuple(r.id for r in children)
    known = {r.answer for r in children} - {pk.vocab.Answer.UNKNOWN}
    assert step1.answer is (known.pop() if len(known) == 1 else pk.vocab.Answer.PARTLY)
    nothing = assess_pack(plan(), "se-five-step").result("step1")
    assert (nothing.grade, nothing.provenance) == ("not_stated", "none")


def test_step1_items_answer_as_the_checklist_does() -> None:
    umea = pk.examples.load("umea")
    old = pk.frameworks.assess(umea, "step1")
    new = assess_pack(umea, "se-five-step")
    for entry in old:
        r = new.result(f"step1.{entry.item}")
        assert (r.answer, r.provenance) == (entry.answer, entry.provenance)


def test_national_goals_count_tagged_activities() -> None:
    p = plan(
        "actors: [{id: ks, name: KS, kind: executive_board}]\n"
        "activities:\n"
        "  - {id: a, title: A, responsible: [ks], national_goals: [preventive_work]}\n"
    )
    result = assess_pack(p, "se-national-strategy-2017")
    first = result.result("preventive-work")
    assert (first.grade, first.evidence.records) == ("met", ("a",))
    assert first.evidence.fields == ("activities[0].national_goals",)
    assert result.result("law-enforcement").grade == "not_stated"


def test_uk_specified_authorities_partly_when_fire_and_rescue_is_missing() -> None:
    p = plan(
        "actors:\n"
        "  - {id: pol, name: Police, kind: police}\n"
        "  - {id: la, name: Council, kind: council}\n"
    )
    r = assess_pack(p, "uk-serious-violence-duty").result("specified-authorities")
    assert r.grade == "partly_met"
    assert set(r.evidence.records) == {"pol", "la"}
    assert "fire_and_rescue" in render(r.evidence.message, "en")


def test_uk_strategy_adopted_or_draft() -> None:
    adopted = plan(
        "actors: [{id: kf, name: KF, kind: council}]\n"
        "decisions: [{id: d1, by: kf, date: 2024-01-01, summary: Antar}]\nadopted_by: d1\n"
    )
    assert assess_pack(adopted, "uk-serious-violence-duty").result("strategy").grade == "met"
    draft = plan("status: draft\n")
    assert assess_pack(draft, "uk-serious-violence-duty").result("strategy").grade == "not_met"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(valid_plans(max_activities=4))
def test_every_pack_grades_any_valid_plan_consistently(p: pk.ActionPlan) -> None:
    for id in SHIPPED_PACKS:
        result = assess_pack(p, id)
        assert [r.item for r in result] == list(result.pack.items)
        for r in result:
            assert result.pack.scale.of(r.answer).code == r.grade
            assert (r.provenance == "none") == (r.evidence is None)
            if r.evidence is not None:
                assert render(r.evidence.message, "sv")


# --- follows, declared packs, comparison ------------------------------------------------


def test_follows_is_a_format_2_field() -> None:
    assert plan("follows: [who-inspire]\n").follows == ("who-inspire",)
    with pytest.raises(pk.PlanLoadError, match="follows"):
        plan("follows: [who-inspire]\n", version=1)


def test_declared_packs_first_then_those_asked_for_each_once() -> None:
    p = plan("follows: [se-five-step, who-inspire]\n")
    ids = [a.pack_id for a in assess_declared(p, ["who-inspire", "uk-serious-violence-duty"])]
    assert ids == ["se-five-step", "who-inspire", "uk-serious-violence-duty"]


def test_an_unknown_pack_names_the_closest() -> None:
    with pytest.raises(FrameworkPackError, match="did you mean 'who-inspire'"):
        assess_declared(plan("follows: [who-inspyre]\n"))


def test_compare_many_plans_against_one_pack() -> None:
    table = compare([pk.examples.load("umea"), plan()], "who-inspire")
    rows = table.rows()
    assert [r["plan"] for r in rows] == [pk.examples.load("umea").id, "p"]
    assert rows[1]["score"] is None
    assert rows[1]["norms"] == "not_stated"
    frame = table.to_frame()
    assert list(frame.columns[:2]) == ["pack", "version"]
    assert frame.loc["p", "safe-environments"] == "not_stated"


# --- the registry --------------------------------------------------------------------------


def test_a_rule_pack_carries_framework_packs_through_the_registry() -> None:
    carrier = Pack(name="regionx", version="1", prefix="RX", frameworks=(small_pack(),))
    registry = build_registry([carrier], installed=False)
    assert registry.frameworks["region-x"] is carrier.frameworks[0]
    assert "region-x" in framework_packs([carrier.frameworks[0]])


def test_the_registry_refuses_what_is_not_a_framework_pack_and_repeated_ids() -> None:
    with pytest.raises(PackError, match="FrameworkPack"):
        Pack(name="bad", version="1", prefix="BAD", frameworks=("who-inspire",))  # type: ignore[arg-type]
    with pytest.raises(PackError, match="twice"):
        Pack(name="bad", version="1", prefix="BAD", frameworks=(small_pack(), small_pack()))
    other = small_pack(version="9.9.9")
    with pytest.raises(PackError, match="region-x"):
        build_registry(
            [
                Pack(name="a", version="1", prefix="AA", frameworks=(small_pack(),)),
                Pack(name="b", version="1", prefix="BB", frameworks=(other,)),
            ],
            installed=False,
        )


def test_a_pack_cannot_take_a_shipped_id_or_name_an_unknown_check() -> None:
    with pytest.raises(FrameworkPackError, match="two different"):
        framework_packs([small_pack(id="who-inspire")])
    item = {**SMALL_PACK["items"][0], "evidence": {"describes": {"en": "x"}, "check": "need"}}  # type: ignore[dict-item]
    with pytest.raises(FrameworkPackError, match="did you mean 'needs'"):
        framework_pack(small_pack(items=[item]))


def test_respect_spells_respect_and_spf_gto_ctc_have_their_steps() -> None:
    respect = framework_pack("who-respect")
    assert "".join(i.labels.en[0] for i in respect.items) == "RESPECT"
    spf = framework_pack("spf")
    assert [i.kind for i in spf.items] == ["step"] * 5 + ["principle"] * 2
    assert [i.citation.wording.split(":")[0] for i in spf.items[:5]] == [
        f"Step {n}" for n in range(1, 6)
    ]
    gto = framework_pack("gto")
    assert [i.labels.en.split(".")[0] for i in gto.items] == [str(n) for n in range(1, 11)]
    for item in gto.items:
        assert item.citation.wording in gto.source.wording
    assert [i.kind for i in framework_pack("ctc").items if i.parent is None] == ["phase"] * 5


def test_goals_programmes_and_evaluations_answer_gto() -> None:
    p = plan(
        "actors: [{id: ks, name: KS, kind: executive_board}]\n"
        "indicators: [{id: i1, name: Enkät, source: Kommunen}]\n"
        "goals:\n"
        "  - {id: g1, statement: Mindre våld, indicators: [i1]}\n"
        "  - {id: g2, statement: Tryggare skolor}\n"
        "activities:\n"
        "  - {id: a, title: MVP, programme: mvp, responsible: [ks]}\n"
        "evaluations:\n"
        "  - {id: e1, kind: process}\n"
    )
    result = assess_pack(p, "gto")
    goals = result.result("goals")
    assert (goals.grade, goals.evidence.records) == ("partly_met", ("g1",))
    assert result.result("best-practices").evidence.fields == ("activities[0].programme",)
    assert result.result("process-evaluation").evidence.records == ("e1",)
    assert result.result("outcome-evaluation").grade == "not_stated"
    assert result.result("fit").provenance == "none"


def test_one_sector_seen_is_not_stated_while_who_takes_part_is_left_out() -> None:
    base = {
        "preventionkit": 2,
        "id": "x",
        "title": "X",
        "actors": [
            {"id": "ks", "name": "KS", "kind": "executive_board", "sector": "social_services"}
        ],
    }
    unstated = pk.loads(json.dumps(base), format="json")
    assert assess_pack(unstated, "who-inspire").result("multisectoral").grade == "not_stated"
    stated = pk.loads(
        json.dumps({**base, "activities": [{"id": "a", "title": "A", "responsible": ["ks"]}]}),
        format="json",
    )
    assert assess_pack(stated, "who-inspire").result("multisectoral").grade == "not_met"


def test_no_mandate_is_not_stated_when_the_plan_says_nothing_of_mandates() -> None:
    base = {
        "preventionkit": 2,
        "id": "x",
        "title": "X",
        "actors": [{"id": "ks", "name": "KS", "kind": "executive_board"}],
        "decisions": [{"id": "d", "by": "ks", "date": "2020-01-01", "summary": "Antar planen"}],
    }
    silent = pk.loads(json.dumps(base), format="json")
    assert assess_pack(silent, "se-five-step").result("step1.3").grade == "not_stated"
    said = pk.loads(json.dumps({**base, "mandates": []}), format="json")
    assert assess_pack(said, "se-five-step").result("step1.3").grade == "not_met"


def test_the_chain_is_not_stated_while_the_plan_describes_no_bodies() -> None:
    base = {
        "preventionkit": 2,
        "id": "x",
        "title": "X",
        "actors": [{"id": "kf", "name": "KF", "kind": "council"}],
        "decisions": [{"id": "d", "by": "kf", "date": "2020-01-01", "summary": "Antar planen"}],
        "adopted_by": "d",
    }
    silent = pk.loads(json.dumps(base), format="json")
    assert assess_pack(silent, "se-five-step").result("step1.6").grade == "not_stated"
    said = pk.loads(json.dumps({**base, "bodies": []}), format="json")
    assert assess_pack(said, "se-five-step").result("step1.6").grade == "partly_met"


def test_kinds_of_violence_read_from_the_plans_declared_scope() -> None:
    text = "preventionkit: 2\nid: x\ntitle: X\nviolence_areas: [sexual_violence, honour_related_violence]\n"
    result = assess_pack(pk.loads(text), "uk-serious-violence-duty").result("kinds-of-violence")
    assert (result.grade, result.provenance) == ("met", "data")
    assert result.evidence is not None
    assert result.evidence.fields == ("violence_areas",)
    assert "2 violence areas declared" in render(result.evidence.message, "en")
    bare = pk.loads("preventionkit: 2\nid: x\ntitle: X\n")
    assert assess_pack(bare, "uk-serious-violence-duty").result("kinds-of-violence").grade == (
        "not_stated"
    )


def test_priority_groups_alone_describe_the_problem_only_in_part() -> None:
    text = "preventionkit: 2\nid: x\ntitle: X\nneeds:\n  priority_groups: [barn, äldre]\n"
    step2 = assess_pack(pk.loads(text), "se-five-step").result("step2")
    assert (step2.grade, step2.provenance) == ("partly_met", "data")
    assert step2.evidence is not None
    assert step2.evidence.fields == ("needs.priority_groups",)
    full = text + "  summary: Våldet är vanligast i hemmet.\n"
    assert assess_pack(pk.loads(full), "se-five-step").result("step2").grade == "met"
