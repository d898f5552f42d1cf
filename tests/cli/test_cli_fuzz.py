"""No input makes the command line print a traceback: random bytes, random text and mutated
plans through standard input always end in exit 0, 1 or 2 with readable lines."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from preventionkit.cli import app

SMALL = (Path(__file__).parent / "fixtures" / "small.yaml").read_text(encoding="utf-8")
RUNNER = CliRunner(env={"NO_COLOR": "1", "COLUMNS": "120"})


def _check(data: bytes | str, *args: str) -> None:
    result = RUNNER.invoke(app, ["validate", "-", *args], input=data, catch_exceptions=False)
    assert result.exit_code in (0, 1, 2), result.output
    assert "Traceback" not in result.output
    if "json" in args:
        doc = json.loads(result.stdout)
        assert doc["exit_code"] == result.exit_code
        assert doc["plans"][0]["source"] == "<stdin>"
    elif result.exit_code == 2:
        assert result.stdout.startswith("<stdin>"), result.output


@settings(max_examples=25)
@given(st.binary(max_size=300))
def test_random_bytes(data: bytes) -> None:
    _check(data)


@settings(max_examples=25)
@given(st.text(max_size=300))
def test_random_text(text: str) -> None:
    _check(text, "--format", "json")


@settings(max_examples=30)
@given(st.data())
def test_mutated_plans(data: st.DataObject) -> None:
    lines = SMALL.splitlines()
    index = data.draw(st.integers(0, len(lines) - 1))
    action = data.draw(st.sampled_from(["drop", "dup", "indent", "garble"]))
    if action == "drop":
        del lines[index]
    elif action == "dup":
        lines.insert(index, lines[index])
    elif action == "indent":
        lines[index] = "   " + lines[index]
    else:
        position = data.draw(st.integers(0, max(len(lines[index]) - 1, 0)))
        char = data.draw(st.sampled_from(list(":-[]{}'\"#&*!|>%@`\t")))
        lines[index] = lines[index][:position] + char + lines[index][position + 1 :]
    _check("\n".join(lines) + "\n", "--lang", "sv")
