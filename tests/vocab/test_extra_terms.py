"""Open vocabularies without losing typos: built-in terms stay enums; a plan or a pack declares
extra terms, namespaced ``x-<namespace>:<code>``, and uses them; an undeclared value is still an
error with "did you mean" (issue 14 item 3). The examples are the English Serious Violence
Duty's: fire and rescue authorities are specified authorities, community safety partnerships
the local partnership, serious youth violence its concern."""

from __future__ import annotations

import json
import pickle
from typing import Any

import pytest
from hypothesis import given, settings
from jsonschema import Draft202012Validator

import preventionkit as pk
from preventionkit.errors import PlanLoadError
from preventionkit.model import Activity, Actor
from preventionkit.testing import valid_plans
from preventionkit.vocab import (
    OPEN_VOCABULARIES,
    ActorKind,
    ExtraTerm,
    TermDeclaration,
    declared_terms,
)
from preventionkit.vocab.extra import OpenVocabulary

_ACT = "Police, Crime, Sentencing and Courts Act 2022, Schedule 1"

FIRE = TermDeclaration(
    code="x-uk:fire_and_rescue",
    vocabulary="actor_kind",
    labels={"en": "Fire and rescue authority", "sv": "Räddningstjänst"},
    description="A specified authority under the Serious Violence Duty.",
    source=_ACT,
)

PLAN = """\
preventionkit: 2
id: uk
title: Serious violence strategy
vocabulary:
  - code: x-uk:fire_and_rescue
    vocabulary: actor_kind
    labels: {en: Fire and rescue authority, sv: Räddningstjänst}
    source: Police, Crime, Sentencing and Courts Act 2022, Schedule 1
  - code: x-uk:community_safety_partnership
    vocabulary: body_role
    labels: {en: Community safety partnership}
    source: Home Office, Serious Violence Duty statutory guidance (2022)
  - code: x-uk:youth_violence
    vocabulary: violence_area
    labels: {en: Serious youth violence}
    source: Home Office, Serious Violence Duty statutory guidance (2022)
actors:
  - {id: fire, name: Fire and Rescue Service, kind: KIND}
  - {id: police, name: Police, kind: police}
bodies:
  - {id: csp, name: Community Safety Partnership, role: x-uk:community_safety_partnership, members: [fire, police]}
activities:
  - {id: a, title: Outreach, violence_areas: [x-uk:youth_violence], responsible: [csp]}
"""


def _load(kind: str = "x-uk:fire_and_rescue", text: str = PLAN) -> pk.ActionPlan:
    return pk.loads(text.replace("KIND", kind), format="yaml")


def _issues(kind: str, text: str = PLAN) -> list[Any]:
    with pytest.raises(PlanLoadError) as caught:
        _load(kind, text)
    return list(caught.value.issues)


def test_a_plan_declares_extra_terms_and_uses_them() -> None:
    plan = _load()
    kind = plan.actor("fire").kind
    assert isinstance(kind, ExtraTerm)
    assert kind == "x-uk:fire_and_rescue"
    assert kind.label("en") == "Fire and rescue authority"
    assert kind.sv == "Räddningstjänst"
    assert kind.source == _ACT
    assert kind.message_key == "vocab.actor_kind.x-uk:fire_and_rescue"
    assert plan.body("csp").role.label("sv") == "Community safety partnership"  # falls back
    assert plan.activity("a").violence_areas == ("x-uk:youth_violence",)
    assert plan.actor("police").kind is ActorKind.POLICE


def test_a_misspelt_declared_term_suggests_the_declared_one() -> None:
    (issue,) = _issues("x-uk:fire_and_rescu")
    assert issue.kind == "unknown_term"
    assert issue.path == "actors[0].kind"
    assert (issue.line, issue.column) == (18, 53)
    assert issue.text("en") == "'x-uk:fire_and_rescu' is not a declared actor_kind term"
    assert issue.hint_text("en") == "did you mean 'x-uk:fire_and_rescue'?"


def test_an_undeclared_namespaced_term_says_how_to_declare_it() -> None:
    (issue,) = _issues("x-se:brandforsvar")
    assert issue.kind == "unknown_term"
    assert "declare it under 'vocabulary:'" in (issue.hint_text("en") or "")
    assert "install the pack" in (issue.hint_text("en") or "")


def test_a_built_in_typo_is_still_an_unknown_value_with_did_you_mean() -> None:
    (issue,) = _issues("polise")
    assert issue.kind == "unknown_value"
    assert (issue.hint_text("en") or "").startswith("did you mean 'police'?")
    # A term written without its namespace points to the declared one.
    (bare,) = _issues("fire_and_rescue")
    assert (bare.hint_text("en") or "").startswith("did you mean 'x-uk:fire_and_rescue'?")


def test_a_term_declared_for_another_vocabulary_is_refused() -> None:
    (issue,) = _issues("x-uk:youth_violence")
    assert issue.text("en") == (
        "'x-uk:youth_violence' is declared as a violence_area term, not actor_kind"
    )


def test_a_term_declared_twice_is_an_error() -> None:
    text = PLAN.replace(
        "actors:\n",
        "  - {code: x-uk:youth_violence, vocabulary: violence_area, labels: {en: Y}, source: S}\n"
        "actors:\n",
    )
    (issue,) = _issues("x-uk:fire_and_rescue", text)
    assert issue.kind == "duplicate_id"
    assert issue.path.startswith("vocabulary")


@pytest.mark.parametrize("code", ["uk:fire", "x-UK:fire", "x-uk:Fire", "x-:fire", "fire"])
def test_a_declaration_needs_a_namespaced_code(code: str) -> None:
    with pytest.raises(ValueError, match="pattern"):
        TermDeclaration(code=code, vocabulary="actor_kind", labels={"en": "F"}, source="S")


def test_records_outside_a_plan_use_terms_declared_in_scope() -> None:
    with pytest.raises(ValueError, match="not a declared actor_kind term"):
        Actor(id="f", name="F", kind="x-uk:fire_and_rescue")
    with declared_terms([FIRE]):
        actor = Actor(id="f", name="F", kind="x-uk:fire_and_rescue")
    assert actor.kind.label("en") == "Fire and rescue authority"
    # Once validated, the value carries its declaration: passing it on needs no scope.
    assert Actor(id="g", name="G", kind=actor.kind).kind.label("en") == actor.kind.label("en")


def test_prevention_and_ecological_levels_stay_closed() -> None:
    assert "prevention_level" not in OPEN_VOCABULARIES
    assert "ecological_level" not in OPEN_VOCABULARIES
    with declared_terms([FIRE]), pytest.raises(ValueError, match="Input should be"):
        Activity(id="a", title="A", prevention_levels=["x-uk:fire_and_rescue"])  # type: ignore[list-item]


def test_the_open_vocabularies_are_the_declarable_ones() -> None:
    assert set(OPEN_VOCABULARIES) == set(OpenVocabulary.__args__)


def test_extra_terms_survive_dump_load_and_pickle() -> None:
    plan = _load()
    again = pk.loads(pk.dumps(plan), format="yaml")
    assert again == plan
    assert pickle.loads(pickle.dumps(plan)) == plan
    kind = pickle.loads(pickle.dumps(plan.actor("fire").kind))
    assert isinstance(kind, ExtraTerm)
    assert kind.label("en") == "Fire and rescue authority"


def test_the_rules_and_the_report_read_extra_terms() -> None:
    plan = _load()
    report = pk.validate(plan)
    assert report.findings  # runs every rule without tripping over an extra term
    from preventionkit.report import render_html

    html = render_html(plan, report=report)
    assert "Fire and rescue authority" in html
    assert "Community safety partnership" in html


def test_the_json_schema_explains_both_forms() -> None:
    schema = pk.schema()
    validator = Draft202012Validator(schema)
    kind = schema["$defs"]["Actor"]["properties"]["kind"]
    assert {"$ref": "#/$defs/ActorKind"} in kind["anyOf"]
    assert any("x-<namespace>:<code>" in s.get("description", "") for s in kind["anyOf"])
    assert "vocabulary" in schema["properties"]
    document = pk.dumps(_load(), format="json")
    assert list(validator.iter_errors(json.loads(document))) == []
    body = schema["$defs"]["Body"]["properties"]["role"]
    assert len(body["anyOf"]) == 2


def test_a_pack_term_is_used_when_the_pack_is_in_scope() -> None:
    text = PLAN.replace("  - code: x-uk:fire_and_rescue\n", "  - code: x-uk:unused\n")
    with declared_terms([FIRE]):
        plan = _load(text=text)
    assert plan.actor("fire").kind.label("en") == "Fire and rescue authority"


def test_messages_render_an_extra_term_by_its_own_label() -> None:
    # The catalogue has no key for a declared term; its declaration's labels are used.
    from preventionkit.messages import message, render

    kind = FIRE.term()
    assert render(message("text", text=kind), "en") == "Fire and rescue authority"
    assert render(message("text", text=kind), "sv") == "Räddningstjänst"
    assert render(message("text", text=kind), "nb") == "Fire and rescue authority"  # English


def test_the_report_names_a_plan_s_own_programme() -> None:
    from preventionkit.report import collect

    text = PLAN.replace(
        "activities:\n",
        "programmes:\n  - {id: outreach-x, name: Street outreach, prevention_levels: [selective]}\n"
        "activities:\n",
    ).replace("responsible: [csp]}", "responsible: [csp], programme: outreach-x}")
    plan = _load(text=text)
    (row,) = collect(plan, lang="en").activities
    assert row.programme == "Street outreach"


def test_scenario_edits_keep_extra_terms() -> None:
    from preventionkit.scenarios import edits

    plan = _load()
    after = edits.replace_members(plan, "csp", ["police"])
    assert after.body("csp").role.label("en") == "Community safety partnership"
    assert after.vocabulary == plan.vocabulary
    gone = edits.remove_actor(plan, "fire")
    assert [a.id for a in gone.actors] == ["police"]


def test_declaring_terms_is_format_2() -> None:
    with pytest.raises(PlanLoadError) as caught:
        _load(text=PLAN.replace("preventionkit: 2", "preventionkit: 1"))
    assert "vocabulary" in {issue.path for issue in caught.value.issues}


_EVERY_OPEN = {
    name: TermDeclaration(
        code=f"x-test:{name}", vocabulary=name, labels={"en": name.upper()}, source="a test"
    )
    for name in OPEN_VOCABULARIES
}


def _with_extra_terms_everywhere(plan: pk.ActionPlan) -> pk.ActionPlan:
    data = plan.model_dump(mode="json", by_alias=True)
    data["preventionkit"] = 2
    data["vocabulary"] = [
        *data.get("vocabulary", ()),
        *(t.model_dump() for t in _EVERY_OPEN.values()),
    ]
    for i, actor in enumerate(data["actors"]):
        actor["sector"] = "x-test:sector"
        if i % 2 and actor["kind"] != "function":
            actor["kind"] = "x-test:actor_kind"
    for body in data["bodies"]:
        body["role"] = "x-test:body_role"
    for activity in data["activities"]:
        activity["arenas"] = ["x-test:arena"]
        activity["target_groups"] = ["x-test:target_group"]
        activity["violence_areas"] = ["x-test:violence_area"]
    for indicator in data["indicators"]:
        indicator["disaggregation"] = ["x-test:target_group"]
    return pk.ActionPlan.model_validate(data)


@settings(max_examples=25, deadline=None)
@given(valid_plans(max_activities=4, max_actors=5))
def test_every_analysis_and_output_reads_extra_terms_in_every_open_field(
    plan: pk.ActionPlan,
) -> None:
    from preventionkit.report import render_html, render_markdown

    extra = _with_extra_terms_everywhere(plan)
    report = pk.validate(extra)
    assert {f.code for f in report.findings} <= set(report.rules)
    render_html(extra, report=report)
    render_markdown(extra, report=report)
    for export in (pk.graph.to_mermaid, pk.graph.to_dot, pk.graph.to_graphml, pk.graph.to_gexf):
        assert export(extra)
    pk.graph.raci(extra)
    pk.graph.bus_factor(extra)
    pk.frameworks.assess(extra)
    pk.scenarios.summarize(extra)
    assert pk.loads(pk.dumps(extra), format="yaml") == extra
