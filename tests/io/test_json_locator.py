"""The lazy JSON locator finds the same lines and columns as the full position map."""

from __future__ import annotations

import json

from hypothesis import given, settings

import preventionkit as pk
from preventionkit.io._json import JsonLocator, json_positions
from preventionkit.testing import valid_plans


def _agree(text: str) -> int:
    values, keys = json_positions(text)
    locator = JsonLocator(text)
    for path, pos in sorted(values.items(), key=lambda kv: repr(kv[0]), reverse=True):
        assert locator.locate(path) == pos, path
    for path, pos in keys.items():
        assert locator.locate(path, key=True) == pos, path
    return len(values)


@settings(max_examples=40)
@given(valid_plans(max_activities=5))
def test_locator_agrees_with_the_full_map(plan: pk.ActionPlan) -> None:
    for indent in (2, None):
        text = json.dumps(
            json.loads(pk.dumps(plan, format="json")), indent=indent, ensure_ascii=False
        )
        assert _agree(text) > 0


def test_missing_paths_fall_back_to_the_nearest_ancestor() -> None:
    text = '{\n  "activities": [\n    {"id": "a",\n     "title": "t"}\n  ]\n}\n'
    locator = JsonLocator(text)
    assert locator.locate(("activities", 0, "title")) == (4, 15)
    assert locator.locate(("activities", 0, "title"), key=True) == (4, 6)
    assert locator.locate(("activities", 0, "nope")) == (3, 5)
    assert locator.locate(("activities", 7)) == (2, 17)
    assert locator.locate(()) == (1, 1)


def test_findings_of_a_json_plan_are_located() -> None:
    plan = pk.examples.load("vasterbotten")
    loaded = pk.loads(pk.dumps(plan, format="json"), format="json", source="v.json")
    report = pk.validate(loaded)
    located = [f for f in report.findings + report.questions if f.path]
    assert located
    values, _ = json_positions(pk.dumps(plan, format="json"))
    for finding in located:
        assert finding.line is not None
        assert finding.column is not None
    first = located[0]
    assert (first.line, first.column) in set(values.values())


def test_a_top_level_list_is_skipped_a_record_at_a_time() -> None:
    # Locating what follows the activities skips them one by one rather than decoding the
    # whole list (which doubled the peak memory of a 100,000-activity plan, issue 20); what it
    # learnt on the way serves later lookups inside the list.
    items = ",\n".join(f'{{"id": "a{i}", "title": "t"}}' for i in range(3))
    text = f'{{"activities": [\n{items}\n], "goals": [{{"id": "g"}}]}}'
    values, _keys = json_positions(text)
    locator = JsonLocator(text)
    assert locator.locate(("goals", 0, "id")) == values[("goals", 0, "id")] == (5, 21)
    skipped = locator._containers[("activities",)]
    assert skipped.done
    assert len(skipped.items) == 3
    assert locator.locate(("activities", 2, "title")) == values[("activities", 2, "title")]
