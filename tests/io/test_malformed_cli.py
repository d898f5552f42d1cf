"""``preventionkit validate`` on every file of the broken-plan corpus (issue 9 "Done when"):
exit 2, no traceback, one line per error with file:line:column. ``fmt`` refuses them too."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from preventionkit.cli import app

BAD = Path(__file__).parents[1] / "bad"
CASES = sorted(
    p
    for p in BAD.iterdir()
    if p.suffix in (".yaml", ".json") and not p.name.endswith(".expected.json")
)
BROKEN = [p for p in CASES if p.with_name(p.name.split(".")[0] + ".expected.json").exists()]
_DEEP = [p for p in BROKEN if p.name.startswith("deep_")]


def _expected(case: Path) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(
        case.with_name(case.name.split(".")[0] + ".expected.json").read_text("utf-8")
    )
    return data


def _issue_lines(output: str, case: Path) -> list[str]:
    return [line for line in output.splitlines() if line.startswith(f"{case}:")]


def _check(case: Path, code: int, output: str) -> None:
    assert "Traceback" not in output
    expected = _expected(case)
    if not expected:
        assert code in (0, 1), output  # the file loads; findings may follow
        return
    assert code == 2, output
    lines = _issue_lines(output, case)
    assert len(lines) == len(expected), output
    for line, want in zip(lines, expected, strict=True):
        assert line.startswith(f"{case}:{want['line']}:{want['column']}:"), line
        assert line.endswith(f"[{want['kind']}]"), line


@pytest.mark.parametrize("case", [p for p in BROKEN if p not in _DEEP], ids=lambda p: p.name)
def test_validate_exits_2_with_one_located_line_per_error(case: Path) -> None:
    result = CliRunner().invoke(app, ["validate", str(case)])
    assert result.exception is None or isinstance(result.exception, SystemExit)
    _check(case, result.exit_code, result.output)


@pytest.mark.parametrize("case", _DEEP, ids=lambda p: p.name)
def test_validate_on_deep_nesting_in_a_subprocess(case: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "preventionkit", "validate", str(case)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"},
    )
    _check(case, done.returncode, done.stdout + done.stderr)


@pytest.mark.parametrize(
    "case",
    [p for p in BROKEN if _expected(p) and p not in _DEEP],
    ids=lambda p: p.name,
)
def test_fmt_refuses_a_broken_plan_and_leaves_it_alone(case: Path, tmp_path: Path) -> None:
    copy = tmp_path / case.name
    copy.write_bytes(case.read_bytes())
    result = CliRunner().invoke(app, ["fmt", str(copy)])
    assert "Traceback" not in result.output
    assert result.exit_code == 2, result.output
    assert copy.read_bytes() == case.read_bytes()
    assert len(_issue_lines(result.output, copy)) == len(_expected(case))
