"""Fuzzing ``loads`` (issue 9 item 3): whatever the input, only ``PlanLoadError`` escapes, and
every issue it carries is well formed and points inside the input.

Bounded for CI (a few hundred examples); long runs use the atheris harness in ``fuzz/``.
"""

from __future__ import annotations

import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import preventionkit as pk
from preventionkit.errors import PlanLoadError
from preventionkit.io import LoadLimits
from preventionkit.testing import valid_plans

_BREAKS = re.compile("\r\n|[\n\r\x85\u2028\u2029]")
_FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_KINDS = set(pk.errors.IssueKind.__args__)  # type: ignore[attr-defined]

_YAML_BITS = st.sampled_from(
    [
        "\n",
        "  ",
        "\t",
        "- ",
        ": ",
        "[",
        "]",
        "{",
        "}",
        ",",
        "&a ",
        "*a",
        "!!python/object:os.system ",
        "!foo ",
        "<<: ",
        "? ",
        "---\n",
        "...\n",
        '"',
        "'",
        "#",
        "|\n",
        ">\n",
        "%YAML 1.1\n",
        "id",
        "preventionkit: 1\n",
        "title: t\n",
        "actors:\n",
        "activities:\n",
        "~",
        "null",
        "NaN",
        ".inf",
        "9" * 50,
        "\ufeff",
        "\x00",
        "\x85",
        "\u2028",
        "é",
    ]
)


def _outcome(data: str | bytes, **kwargs: Any) -> pk.ActionPlan | PlanLoadError:
    try:
        return pk.loads(data, **kwargs)
    except PlanLoadError as exc:
        return exc


def _check(data: str | bytes, **kwargs: Any) -> None:
    """Load ``data``; only a plan or a well-formed ``PlanLoadError`` may come out."""
    outcome = _outcome(data, source="fuzz.yaml", **kwargs)
    if isinstance(outcome, pk.ActionPlan):
        return
    assert outcome.issues
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    lines = len(_BREAKS.split(text)) + 1  # YAML also breaks lines at NEL, LS and PS
    for issue in outcome.issues:
        assert issue.kind in _KINDS
        assert issue.file == "fuzz.yaml"
        assert issue.text()
        assert issue.line is None or 1 <= issue.line <= lines
        assert issue.column is None or issue.column >= 1
        assert str(issue).endswith(f"[{issue.kind}]")
    positions = [(i.line or 0, i.column or 0) for i in outcome.issues]
    assert positions == sorted(positions)


@_FAST
@given(st.text(max_size=400))
def test_loads_on_arbitrary_text(text: str) -> None:
    _check(text)


@_FAST
@given(st.binary(max_size=400))
def test_loads_on_arbitrary_bytes(data: bytes) -> None:
    _check(data)


@_FAST
@given(st.lists(_YAML_BITS, max_size=60).map("".join))
def test_loads_on_yaml_shaped_text(text: str) -> None:
    _check(text)


@_FAST
@given(st.text(max_size=300), st.sampled_from(["yaml", "json"]))
def test_loads_with_a_forced_format(text: str, fmt: str) -> None:
    _check(text, format=fmt)


@st.composite
def _mutated_plans(draw: st.DrawFn) -> str:
    """The YAML or JSON text of a valid plan with a few random edits."""
    plan = draw(valid_plans(max_activities=2))
    text = pk.dumps(plan, format=draw(st.sampled_from(["yaml", "json"])))
    for _ in range(draw(st.integers(1, 4))):
        if not text:
            break
        at = draw(st.integers(0, len(text) - 1))
        edit = draw(st.sampled_from(["delete", "insert", "duplicate_line", "cut", "swap"]))
        if edit == "delete":
            text = text[:at] + text[at + 1 :]
        elif edit == "insert":
            text = text[:at] + draw(_YAML_BITS) + text[at:]
        elif edit == "cut":
            text = text[:at]
        else:
            lines = text.split("\n")
            i = draw(st.integers(0, len(lines) - 1))
            j = draw(st.integers(0, len(lines) - 1))
            if edit == "duplicate_line":
                lines.insert(j, lines[i])
            else:
                lines[i], lines[j] = lines[j], lines[i]
            text = "\n".join(lines)
    return text


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(_mutated_plans())
def test_loads_on_mutated_valid_plans(text: str) -> None:
    _check(text)


@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
@given(_mutated_plans(), st.integers(1, 5))
def test_the_error_limit_holds_under_fuzzing(text: str, max_errors: int) -> None:
    outcome = _outcome(text, limits=LoadLimits(max_errors=max_errors))
    if isinstance(outcome, PlanLoadError):
        assert 1 <= len(outcome.issues) <= max_errors


@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
@given(valid_plans(max_activities=3))
def test_valid_plans_survive_loading_from_both_formats(plan: pk.ActionPlan) -> None:
    for fmt in ("yaml", "json"):
        assert pk.loads(pk.dumps(plan, format=fmt), format=fmt) == plan  # type: ignore[arg-type]
