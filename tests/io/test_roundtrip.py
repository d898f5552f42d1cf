"""Round trips: every valid plan written as YAML or JSON reads back equal (issue 2, item 9)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings

import preventionkit as pk
from preventionkit.model import ActionPlan, Activity, Actor, Period
from preventionkit.testing import valid_plans
from preventionkit.testing.strategies import _AWKWARD_IDS, _AWKWARD_TEXTS


@settings(max_examples=200)
@given(valid_plans())
def test_yaml_round_trip(plan: ActionPlan) -> None:
    text = pk.dumps(plan, format="yaml")
    assert pk.loads(text, format="yaml") == plan


@settings(max_examples=200)
@given(valid_plans())
def test_json_round_trip(plan: ActionPlan) -> None:
    text = pk.dumps(plan, format="json")
    assert pk.loads(text, format="json") == plan


@settings(max_examples=25)
@given(valid_plans(max_activities=4))
def test_format_is_guessed_from_the_text(plan: ActionPlan) -> None:
    assert pk.loads(pk.dumps(plan, format="json")) == plan
    assert pk.loads(pk.dumps(plan, format="yaml")) == plan


@settings(max_examples=25)
@given(valid_plans(max_activities=4))
def test_dumping_is_deterministic_and_stable(plan: ActionPlan) -> None:
    for fmt in ("yaml", "json"):
        text = pk.dumps(plan, format=fmt)
        assert pk.dumps(pk.loads(text, format=fmt), format=fmt) == text


@settings(max_examples=25)
@given(valid_plans(max_activities=4))
def test_json_output_writes_exactly_what_the_plan_states(plan: ActionPlan) -> None:
    data = json.loads(pk.dumps(plan, format="json"))
    assert data["preventionkit"] == plan.preventionkit
    # written exactly when the plan states it (the strategies draw it in some plans)
    assert ("$schema" in data) == (plan.json_schema is not None)
    for actor, written in zip(plan.actors, data.get("actors", []), strict=True):
        assert set(written) == actor.model_fields_set  # "not stated" stays unwritten


def _plan_with(actor_id: str, text: str) -> ActionPlan:
    return ActionPlan(
        preventionkit=1,
        id="p",
        title=text if text.strip() else "Plan",  # a blank title is refused (issue 21)
        description=text,
        owner=actor_id,
        actors=(Actor(id=actor_id, name=text, kind="council", description=text),),
        activities=(
            Activity(
                id="a",
                title=text,
                responsible=(actor_id,),
                timeline=Period(start="2019-XX-XX", end="2019-12", note=text),
            ),
        ),
    )


@pytest.mark.parametrize("fmt", ["yaml", "json"])
@pytest.mark.parametrize("actor_id", _AWKWARD_IDS)
def test_ids_that_look_like_other_values_survive(fmt: str, actor_id: str) -> None:
    plan = _plan_with(actor_id, "Kommunstyrelsen")
    back = pk.loads(pk.dumps(plan, format=fmt), format=fmt)
    assert back == plan
    assert back.actors[0].id == actor_id
    assert back.owner == actor_id


@pytest.mark.parametrize("fmt", ["yaml", "json"])
@pytest.mark.parametrize(
    "text",
    [*_AWKWARD_TEXTS, "\u2028radseparator", "a\x85b", "\ufeffBOM", "😀", " ", "\n", "x\n\n"],
)
def test_awkward_texts_survive(fmt: str, text: str) -> None:
    plan = _plan_with("ks", text)
    back = pk.loads(pk.dumps(plan, format=fmt), format=fmt)
    assert back == plan
    assert back.description == text


@pytest.mark.parametrize("suffix", [".yaml", ".yml", ".json"])
def test_dump_and_load_a_file(tmp_path: Path, suffix: str) -> None:
    plan = _plan_with("ks", "Umeå kommuns handlingsplan mot våld")
    path = tmp_path / f"plan{suffix}"
    pk.dump(plan, path)
    written = path.read_text(encoding="utf-8")
    assert ("{" in written.lstrip()[:1]) == (suffix == ".json")
    assert "Umeå" in written  # UTF-8 as is, not escaped
    assert pk.load(path) == plan


def test_partial_dates_are_written_in_their_short_form() -> None:
    plan = _plan_with("ks", "t")
    text = pk.dumps(plan, format="json")
    timeline = json.loads(text)["activities"][0]["timeline"]
    assert timeline["start"] == "2019"
    assert timeline["end"] == "2019-12"


def test_the_editor_schema_comment_is_written_and_read_back() -> None:
    plan = _plan_with("ks", "t")
    text = pk.dumps(plan, schema_comment=pk.io.SCHEMA_ID)
    assert text.splitlines()[0] == f"# yaml-language-server: $schema={pk.io.SCHEMA_ID}"
    assert pk.loads(text) == plan


def test_a_loaded_plan_answers_queries_like_the_original() -> None:
    plan = _plan_with("ks", "t")
    back = pk.loads(pk.dumps(plan))
    assert back.actor("ks") == plan.actor("ks")
    assert back.kind_of("a") == "activity"
    assert back.index.path_of == plan.index.path_of
