"""The JSON Schema of the plan format: the committed copy is current, it accepts every valid
plan, rejects broken ones, and its regular expressions mean the same in every engine."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from jsonschema import Draft202012Validator

import preventionkit as pk
import preventionkit.io as pkio
from preventionkit.model import ActionPlan
from preventionkit.testing import valid_plans

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "schemas" / "plan.schema.json"
REGENERATE = (
    "python -c \"import preventionkit.io as io; print(io.schema_json(), end='')\" "
    "> schemas/plan.schema.json"
)


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = pkio.schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _patterns(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [node["pattern"]] if isinstance(node.get("pattern"), str) else []
        for value in node.values():
            found += _patterns(value)
        return found
    if isinstance(node, list):
        return [p for item in node for p in _patterns(item)]
    return []


def _minimal() -> dict[str, Any]:
    return {
        "preventionkit": 1,
        "id": "umea-2019",
        "title": "Umeå kommuns handlingsplan mot våld",
        "actors": [
            {"id": "kf", "name": "Kommunfullmäktige", "kind": "council"},
            {"id": "ks", "name": "Kommunstyrelsen", "kind": "executive_board"},
        ],
        "decisions": [
            {"id": "d-kf-2019", "by": "kf", "date": "2019-XX-XX", "summary": "Antar planen"}
        ],
        "activities": [
            {
                "id": "kartlaggning",
                "title": "Kartläggning",
                "prevention_levels": ["universal"],
                "responsible": ["ks"],
                "timeline": {"start": 2019, "end": "2019-12"},
            }
        ],
        "owner": "ks",
        "adopted_by": "d-kf-2019",
    }


def test_committed_schema_is_current() -> None:
    assert SCHEMA_FILE.exists(), (
        f"schemas/plan.schema.json is missing; create it with:\n{REGENERATE}"
    )
    committed = SCHEMA_FILE.read_text(encoding="utf-8")
    assert committed == pkio.schema_json(), (
        f"schemas/plan.schema.json is out of date with the model; regenerate it with:\n{REGENERATE}"
    )


def test_schema_is_draft_2020_12_with_id_and_title() -> None:
    schema = pk.schema()
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == pkio.SCHEMA_ID
    assert schema["$id"].endswith("/plan.schema.json")
    assert schema["title"] == "preventionkit action plan"
    assert schema["additionalProperties"] is False
    assert {"preventionkit", "id", "title"} <= set(schema["required"])


def test_schema_json_is_the_schema_as_text() -> None:
    assert json.loads(pkio.schema_json()) == pkio.schema()
    assert pkio.schema_json().endswith("}\n")


def test_every_field_is_described() -> None:
    """Field descriptions cite their sources and become what editors show on hover."""
    schema = pkio.schema()
    missing = [
        f"{name}.{field}"
        for name, definition in {"ActionPlan": schema, **schema["$defs"]}.items()
        for field, spec in definition.get("properties", {}).items()
        if not spec.get("description")
    ]
    assert missing == []


def test_schema_accepts_a_minimal_plan(validator: Draft202012Validator) -> None:
    document = _minimal()
    assert list(validator.iter_errors(document)) == []
    ActionPlan.model_validate(document)  # and the model agrees


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d.pop("preventionkit"), "preventionkit"),
        (lambda d: d.update(preventionkit=3), "preventionkit"),
        (lambda d: d.update(colour="red"), "colour"),
        (lambda d: d["activities"][0].update(ecologcal_levels=["community"]), "ecologcal_levels"),
        (lambda d: d["activities"][0].update(prevention_levels=["primary"]), "primary"),
        (lambda d: d["actors"][0].update(kind="city_council"), "city_council"),
        (lambda d: d["actors"][0].update(id="has space"), "has space"),
        (lambda d: d["actors"][0].update(id=17), "17"),
        (lambda d: d["actors"][0].pop("name"), "name"),
        (lambda d: d["decisions"][0].update(date="17 juni 2019"), "17 juni 2019"),
        (lambda d: d["activities"][0].update(responsible="ks"), "ks"),
        (lambda d: d.update(title=""), "title"),
        (lambda d: d["actors"].append("kf"), "kf"),
    ],
    ids=[
        "no-version",
        "version-3",
        "unknown-field",
        "misspelt-field",
        "unknown-level",
        "unknown-kind",
        "id-with-space",
        "id-not-text",
        "missing-name",
        "free-text-date",
        "list-given-as-text",
        "empty-title",
        "actor-not-a-mapping",
    ],
)
def test_schema_rejects_broken_documents(
    validator: Draft202012Validator, change: Any, where: str
) -> None:
    document = copy.deepcopy(_minimal())
    assert list(validator.iter_errors(document)) == []
    change(document)
    errors = list(validator.iter_errors(document))
    assert errors, "the schema accepted a broken document"
    assert any(where in (e.message + json.dumps(list(e.absolute_path))) for e in errors), [
        e.message for e in errors
    ]
    with pytest.raises(ValueError, match=r"validation error"):
        ActionPlan.model_validate(document)  # the model refuses it too


_VALIDATOR = Draft202012Validator(pkio.schema())


@given(valid_plans())
def test_schema_accepts_every_generated_plan(plan: ActionPlan) -> None:
    document = json.loads(pk.dumps(plan, format="json"))
    errors = [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in _VALIDATOR.iter_errors(document)
    ]
    assert errors == []


# ECMA-262 (the regex dialect of JSON Schema, and of editors such as VS Code) reads \w, \d and
# \s as ASCII only, while Python's re and pydantic's Rust regex read them as Unicode: the same
# schema pattern would accept 'förskola' in one tool and reject it in another.
_NON_PORTABLE = re.compile(r"\\[wWdDsSbB]")


def test_schema_patterns_mean_the_same_in_every_regex_engine() -> None:
    patterns = _patterns(pkio.schema())
    assert patterns, "the schema has no patterns at all"
    assert [p for p in patterns if _NON_PORTABLE.search(p)] == []


@pytest.mark.parametrize(
    "text",
    ["ks", "d-kf-2019", "förskola", "Älvsbyn", "a.b:c-d", "_x", "čáhppes", "fo\u0308rskola"],
)
def test_model_and_schema_accept_the_same_ids(validator: Draft202012Validator, text: str) -> None:
    document = _minimal()
    document["id"] = text
    assert list(validator.iter_errors(document)) == []
    assert ActionPlan.model_validate(document).id == text


@pytest.mark.parametrize(
    "text", ["", "has space", "-leading-dash", ".dot", "²", "٣", "日本", "a/b", "x" * 129]
)
def test_model_and_schema_reject_the_same_ids(validator: Draft202012Validator, text: str) -> None:
    document = _minimal()
    document["id"] = text
    assert list(validator.iter_errors(document)) != []
    with pytest.raises(ValueError, match=r"\bid\b"):
        ActionPlan.model_validate(document)


@pytest.mark.parametrize("text", ["٢٠١٩", "２０１９-06", "2019-٠٦-17"])
def test_dates_in_other_digits_are_rejected_by_model_and_schema(
    validator: Draft202012Validator, text: str
) -> None:
    document = _minimal()
    document["decisions"][0]["date"] = text
    assert list(validator.iter_errors(document)) != []
    with pytest.raises(ValueError, match=r"decisions\.0\.date"):
        ActionPlan.model_validate(document)
