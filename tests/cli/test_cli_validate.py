"""``preventionkit validate``: exit codes, one line per load problem, JSON against its schema,
many plans at once, standard input, select/ignore, markdown and SARIF."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

LOCATED = re.compile(
    r"^(?P<file>[^:]+):(?P<line>\d+):(?P<column>\d+): (?P<path>\S+): .+ \(hint: .+\) \[\w+\]$"
)


def test_valid_plan_without_errors_exits_0(invoke, small: Path) -> None:
    result = invoke("validate", str(small))
    assert result.exit_code == 0, result.output
    assert "PK102" in result.stdout
    assert str(small) in result.stdout.splitlines()[0]
    assert "0 errors" in result.stdout


def test_error_findings_exit_1(invoke, erroneous: Path) -> None:
    result = invoke("validate", str(erroneous))
    assert result.exit_code == 1
    assert "PK101 error ×3: " in result.stdout
    full = invoke("validate", str(erroneous), "--output-format", "full")
    assert full.stdout.count("PK101 error") == 3


def test_exit_zero_keeps_findings_but_not_their_status(
    invoke, erroneous: Path, broken: Path
) -> None:
    result = invoke("validate", str(erroneous), "--exit-zero")
    assert result.exit_code == 0, result.output
    assert "PK101 error ×3" in result.stdout
    assert invoke("validate", str(broken), "--exit-zero").exit_code == 2


def test_broken_file_prints_one_located_line_per_problem_and_exits_2(invoke, broken: Path) -> None:
    result = invoke("validate", str(broken))
    assert result.exit_code == 2
    lines = result.stdout.splitlines()
    assert len(lines) == 3, lines
    for line in lines:
        match = LOCATED.match(line)
        assert match is not None, line
        assert match["file"] == str(broken)
    assert lines[0].startswith(f"{broken}:9:25: activities[0].prevention_levels[0]:")
    assert "did you mean 'universal'" in lines[0]
    assert "did you mean 'ks'" in lines[1]
    assert "Traceback" not in result.output


def test_standard_input(invoke, small: Path, broken: Path) -> None:
    ok = invoke("validate", "-", input=small.read_bytes())
    assert ok.exit_code == 0
    bad = invoke("validate", "-", input=broken.read_bytes())
    assert bad.exit_code == 2
    assert bad.stdout.startswith("<stdin>:9:25:")


def test_json_follows_its_schema(
    invoke, check_schema, small: Path, erroneous: Path, broken: Path
) -> None:
    result = invoke("validate", str(small), str(erroneous), str(broken), "--format", "json")
    assert result.exit_code == 2
    doc = json.loads(result.stdout)
    check_schema("validate", doc)
    assert [p["status"] for p in doc["plans"]] == ["ok", "errors", "load_error"]
    assert doc["plans"][2]["load_issues"][1]["kind"] == "dangling_reference"
    assert doc["plans"][0]["coverage_percent"] == 25.0


def test_json_single_plan_carries_its_report(invoke, check_schema, erroneous: Path) -> None:
    result = invoke("validate", str(erroneous), "-f", "json", "--lang", "sv")
    assert result.exit_code == 1
    doc = json.loads(result.stdout)
    check_schema("validate", doc)
    report = doc["plans"][0]["report"]
    assert report["lang"] == "sv"
    assert {f["code"] for f in report["findings"]} >= {"PK101"}


def test_many_plans_and_a_directory_give_a_summary_and_the_worst_status(
    invoke, tmp_path: Path, small: Path, erroneous: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    plans = tmp_path / "plans"
    plans.mkdir()
    shutil.copy(small, plans / "a.yaml")
    shutil.copy(erroneous, plans / "b.yml")
    (plans / "notes.txt").write_text("not a plan", encoding="utf-8")
    result = invoke("validate", "plans")
    assert result.exit_code == 1
    out = result.stdout
    assert "a.yaml" in out
    assert "b.yml" in out
    assert "notes.txt" not in out
    assert "25%" in out
    assert "0%" in out
    assert "Checked 2 plans: 1 without errors, 1 with errors, 0 not loaded" in out


def test_many_plans_with_one_unreadable_exit_2_and_list_its_problems(
    invoke, small: Path, broken: Path
) -> None:
    result = invoke("validate", str(small), str(broken))
    assert result.exit_code == 2
    assert f"{broken}:10:19: activities[0].responsible[0]:" in result.stdout
    assert "could not load" in result.stdout


def test_many_plans_list_every_plans_findings_by_default(
    invoke, small: Path, erroneous: Path
) -> None:
    result = invoke("validate", str(small), str(erroneous))
    out = result.stdout
    # Each plan is named above its own findings, before the summary table.
    assert out.index(str(small)) < out.index("PK102") < out.index(str(erroneous))
    assert out.index(str(erroneous)) < out.index("PK101 error ×3")
    assert "hint: " in out
    loud = invoke("validate", str(small), str(erroneous), "--verbose")
    assert loud.stdout.count("PK101 error") == 3
    assert "    source: " in loud.stdout
    concise = invoke("validate", str(small), str(erroneous), "--output-format", "concise")
    assert "hint: " not in concise.stdout
    assert concise.stdout.count(f"{erroneous}:8:13: PK101 error: ") == 3


def test_select_and_ignore(invoke, erroneous: Path) -> None:
    only = invoke("validate", str(erroneous), "--select", "PK101", "-f", "json")
    codes = {f["code"] for f in json.loads(only.stdout)["plans"][0]["report"]["findings"]}
    assert codes == {"PK101"}
    without = invoke("validate", str(erroneous), "--ignore", "PK1,PK2", "--ignore", "PK3")
    assert without.exit_code == 0
    assert "PK101" not in without.stdout


def test_swedish_messages(invoke, erroneous: Path) -> None:
    result = invoke("validate", str(erroneous), "--lang", "sv")
    assert "preventionsnivå" in result.stdout
    assert " fel " in result.stdout


def test_lang_from_the_environment(invoke, erroneous: Path) -> None:
    result = invoke("validate", str(erroneous), env={"PREVENTIONKIT_LANG": "sv"})
    assert "preventionsnivå" in result.stdout


def test_markdown_and_sarif(invoke, erroneous: Path) -> None:
    md = invoke("validate", str(erroneous), "-f", "markdown")
    assert md.exit_code == 1
    assert "PK101" in md.stdout
    assert "|" in md.stdout
    sarif = invoke("validate", str(erroneous), "-f", "sarif")
    assert sarif.exit_code == 1
    log = json.loads(sarif.stdout)
    assert log["version"] == "2.1.0"
    assert any(r["ruleId"] == "PK101" for r in log["runs"][0]["results"])


def test_markdown_takes_one_plan(invoke, small: Path, erroneous: Path) -> None:
    result = invoke("validate", str(small), str(erroneous), "-f", "markdown")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: --format markdown takes one plan")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "give a plan file"),
        (("missing-plan.yaml",), "cannot read the file"),
        (("-", "-"), "standard input (-) can be read only once"),
        (("--profile", "nonsense", "PLAN"), "nonsense"),
        (("--as-of", "yesterday", "PLAN"), "yesterday"),
    ],
)
def test_bad_input_is_one_line_never_a_traceback(invoke, small: Path, args, message: str) -> None:
    args = tuple(str(small) if a == "PLAN" else a for a in args)
    result = invoke("validate", *args)
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1, result.output


def test_a_binary_file_is_a_load_error(invoke, tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_bytes(b"\x00\x01\x02PNG")
    result = invoke("validate", str(path))
    assert result.exit_code == 2
    assert result.stdout.startswith(f"{path}:1:1:")
    assert "[binary]" in result.stdout


def test_progress_bar_only_on_a_terminal(invoke, small: Path, erroneous: Path) -> None:
    on_tty = invoke(
        "validate", str(small), str(erroneous), env={"FORCE_COLOR": "1", "NO_COLOR": None}
    )
    assert "Validating" in on_tty.stderr
    assert "━" in on_tty.stderr
    piped = invoke("validate", str(small), str(erroneous))
    assert piped.stderr == ""
    as_json = invoke("validate", str(small), str(erroneous), "-f", "json", env={"FORCE_COLOR": "1"})
    assert "Validating" not in as_json.stderr


def test_umea_fits_one_screen_without_losing_a_finding(invoke) -> None:
    """Issue 18: the default output on Umeå fits in about 40 lines, and every finding the
    JSON report has still appears, each at its own line number. The questions of issue 16
    (what the plan does not state) add one line each, their hints waiting for ``-v``."""
    text = invoke("validate", "--example", "umea")
    lines = text.stdout.splitlines()
    assert len(lines) <= 45, text.stdout
    report = json.loads(invoke("validate", "--example", "umea", "-f", "json").stdout)
    findings = report["plans"][0]["report"]["findings"]
    for f in findings:
        place = f"{f['line']}:{f['column']}: "
        assert any(place in line and f["message"] in line for line in lines), f
    for q in report["plans"][0]["report"]["questions"]:
        assert any(q["message"] in line for line in lines), q


@pytest.mark.parametrize("style", ["full", "grouped", "concise"])
def test_output_formats_keep_every_finding(invoke, erroneous: Path, style: str) -> None:
    full = invoke("validate", str(erroneous), "-f", "json")
    messages = [f["message"] for f in json.loads(full.stdout)["plans"][0]["report"]["findings"]]
    out = invoke("validate", str(erroneous), "--output-format", style).stdout
    for message in messages:
        assert message in out
    assert ("hint: " in out) is (style != "concise")


def test_coverage_table_leaves_empty_cells_empty_and_names_unstated_levels(
    invoke, erroneous: Path
) -> None:
    out = invoke("validate", str(erroneous)).stdout.splitlines()
    for level in ("universal", "selective", "indicated"):
        row = next(line for line in out if line.startswith(f"{level} "))
        assert row.strip() == level  # no zeros: the plan has no activity at all
    unstated = "No activity states these levels: universal, selective, indicated, individual, "
    assert any(line.startswith(unstated) for line in out)
    umea = invoke("validate", "--example", "umea").stdout.splitlines()
    universal = next(line for line in umea if line.startswith("universal "))
    assert "0" not in universal.split()
    assert any(line.startswith("No activity states these levels: ") for line in umea)
