"""Every runnable script in ``examples/`` runs to completion and prints what it promises."""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SCRIPTS = sorted(EXAMPLES.glob("*.py"))

# What each script must print: a phrase that shows it did its job, not just that it ran.
EXPECTED = {
    "coordinator_leaves.py": ["samordnare: single_holder", "chains broken: ('mvp', 'stodsamtal')"],
    "findings_for_ci.py": ["SARIF results"],
    "sweep_synthetic_plans.py": ["12 plans"],
    "validate_a_plan.py": ["not ok", "PK101", "PK601"],
}


def test_every_script_is_covered() -> None:
    assert {s.name for s in SCRIPTS} == set(EXPECTED)


@pytest.mark.parametrize("script", SCRIPTS, ids=[s.name for s in SCRIPTS])
def test_script_runs(
    script: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MPLBACKEND", "Agg")
    monkeypatch.setattr(sys, "argv", [str(script)])
    runpy.run_path(str(script), run_name="__main__")
    out = capsys.readouterr().out
    for phrase in EXPECTED[script.name]:
        assert phrase in out, f"{script.name} did not print {phrase!r}:\n{out}"


def test_findings_for_ci_writes_valid_sarif(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "argv", ["findings_for_ci.py"])
    runpy.run_path(str(EXAMPLES / "findings_for_ci.py"), run_name="__main__")
    sarif = json.loads((tmp_path / "findings.sarif").read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0"
    report = json.loads((tmp_path / "findings.json").read_text(encoding="utf-8"))
    assert len(sarif["runs"][0]["results"]) == len(report["findings"]) + len(report["questions"])
