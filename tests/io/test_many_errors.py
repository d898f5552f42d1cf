"""Files with very many problems cost what the reported ones do (issue 21): a plan with tens of
thousands of unknown keys reports ``max_errors`` of them, says more were found, and keeps
file, line and column."""

from __future__ import annotations

import json

import pytest

import preventionkit as pk
from preventionkit.errors import PlanLoadError


@pytest.mark.parametrize("format", ["json", "yaml"])
def test_tens_of_thousands_of_unknown_keys_are_reported_up_to_the_limit(format: str) -> None:
    activity = {"id": "a", "title": "A", "responsible": []} | {f"k{i}": i for i in range(20_000)}
    data = {"preventionkit": 1, "id": "p", "title": "T", "activities": [activity]}
    text = json.dumps(data, indent=1)
    with pytest.raises(PlanLoadError) as caught:
        pk.loads(text, format=format)  # JSON is valid YAML
    error = caught.value
    assert error.truncated
    assert len(error.issues) == 100
    first = error.issues[0]
    assert (first.kind, first.path) == ("unknown_field", "activities[0].k0")
    assert first.line is not None
    assert first.column is not None


def test_many_bad_values_are_reported_up_to_the_limit() -> None:
    activities = [
        {"id": f"a{i}", "title": "A", "responsible": [], "prevention_levels": ["universall"]}
        for i in range(2_000)
    ]
    data = {"preventionkit": 1, "id": "p", "title": "T", "activities": activities}
    with pytest.raises(PlanLoadError) as caught:
        pk.loads(json.dumps(data), format="json")
    assert caught.value.truncated
    assert len(caught.value.issues) == 100
    assert caught.value.issues[0].hint is not None
    assert "universal" in caught.value.issues[0].hint_text()
