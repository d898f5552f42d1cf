"""Every broken plan in ``tests/bad/`` produces exactly its documented errors (issue 9 item 1),
and the guarantees of item 2 hold for each: only ``PlanLoadError``, bounded memory and time,
nothing executed, no file touched but the one read, errors in file order."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import preventionkit as pk
from preventionkit.errors import PlanLoadError

BAD = Path(__file__).parents[1] / "bad"
sys.path.insert(0, str(BAD))
import expect  # noqa: E402  (the corpus helper lives beside the corpus)

CASES = expect.cases()
IN_PROCESS = [c for c in CASES if not c.name.startswith("deep_")]
"""Deep nesting is loaded only in the capped subprocess, to be safe (tests/test_limits too)."""
MEMORY_CAP = 768 * 1024 * 1024
"""Address-space limit of the subprocess that loads the whole corpus."""
_POSITIONLESS = frozenset({"too_large", "io", "not_a_workbook", "encrypted", "macros"})


@pytest.fixture(scope="module")
def corpus_run() -> dict[str, Any]:
    """Load every corpus file in one capped subprocess (a crash there cannot take pytest down)."""
    done = subprocess.run(
        [sys.executable, str(BAD / "expect.py"), "--report", str(MEMORY_CAP)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _expected(case: Path) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(expect.expected_path(case).read_text("utf-8"))
    return data


def test_the_corpus_covers_issue_9() -> None:
    names = {c.name.split(".")[0] for c in CASES}
    wanted = {
        "syntax_unclosed_quote",
        "tab_indentation",
        "duplicate_key",
        "unknown_field",
        "wrong_type",
        "unknown_enum_value",
        "dangling_reference",
        "duplicate_id",
        "cycle_part_of",
        "cycle_reports_to",
        "dates_out_of_order",
        "empty",
        "comments_only",
        "huge_string",
        "deep_flow_lists",
        "deep_block_lists",
        "deep_json_arrays",
        "alias_bomb",
        "python_object_apply",
        "binary_data",
        "latin1",
        "utf8_bom",
        "json_nan",
        "json_infinity",
        "id_as_number",
        "json_named_yaml",
        "yaml_named_json",
    }
    assert wanted <= names
    assert len(CASES) >= 45


def test_every_corpus_file_has_an_expected_file() -> None:
    plans = [
        p
        for p in BAD.iterdir()
        if p.suffix in expect.SUFFIXES and not p.name.endswith(".expected.json")
    ]
    assert sorted(plans) == CASES


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_case_produces_exactly_its_documented_errors(
    case: Path, corpus_run: dict[str, Any]
) -> None:
    run = corpus_run[case.name]
    assert run["crash"] is None, run["crash"]
    assert run["issues"] == _expected(case)


@pytest.mark.parametrize("case", IN_PROCESS, ids=lambda p: p.name)
def test_case_raises_only_plan_load_error_with_located_issues(case: Path) -> None:
    expected = _expected(case)
    if not expected:
        assert isinstance(pk.load(case), pk.ActionPlan)
        return
    with pytest.raises(PlanLoadError) as info:
        pk.load(case)
    issues = info.value.issues
    for issue in issues:
        assert issue.file == str(case)
        if issue.kind not in _POSITIONLESS:
            assert issue.line is not None
            assert issue.column is not None
        assert issue.hint_text(), f"{issue} has no hint"
        if issue.cell is not None:  # a workbook: sheet and cell (issue 19)
            assert str(issue).startswith(f"{case}:{issue.cell}:")
            continue
        if issue.line is None and issue.kind in _POSITIONLESS:
            assert str(issue).startswith(f"{case}:")
            continue
        assert str(issue).startswith(f"{case}:{issue.line}:{issue.column}:")
        assert str(issue).endswith(f"[{issue.kind}]")
    # errors come in file order
    positions = [(i.line or 0, i.column or 0) for i in issues if i.cell is None]
    assert positions == sorted(positions)


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_loading_reads_only_the_file_and_runs_nothing(
    case: Path, corpus_run: dict[str, Any]
) -> None:
    run = corpus_run[case.name]
    assert run["opened"] == [str(case)]
    assert run["actions"] == []


def test_python_tags_are_never_executed(tmp_path: Path) -> None:
    target = tmp_path / "pwned"
    tags = [
        f"!!python/object/apply:os.system ['touch {target}']",
        f"!!python/object/apply:subprocess.call [['touch', '{target}']]",
        f"!!python/object/new:subprocess.Popen [['touch', '{target}']]",
        "!!python/name:os.system ''",
    ]
    for tag in tags:
        plan = tmp_path / "plan.yaml"
        plan.write_text(f"preventionkit: 1\nid: pwn\ntitle: {tag}\n", encoding="utf-8")
        with pytest.raises(PlanLoadError) as info:
            pk.load(plan)
        assert [i.kind for i in info.value.issues] == ["forbidden_tag"]
        assert not target.exists()


def test_a_new_users_three_mistakes_come_in_one_run() -> None:
    with pytest.raises(PlanLoadError) as info:
        pk.load(BAD / "new_user.yaml")
    lines = str(info.value).splitlines()
    assert len(lines) == 3
    assert "new_user.yaml:13:5: activities[0].prevention_level: unknown field" in lines[0]
    assert "did you mean 'prevention_levels'?" in lines[0]
    assert "new_user.yaml:14:37: activities[0].ecological_levels[1]:" in lines[1]
    assert "did you mean 'community'?" in lines[1]
    assert "new_user.yaml:15:19: activities[0].responsible[0]:" in lines[2]
    assert "'socialtjänsten'" in lines[2]
    assert "did you mean 'socialtjansten'?" in lines[2]


def test_the_alias_bomb_is_stopped_before_it_grows() -> None:
    with pytest.raises(PlanLoadError) as info:
        pk.load(BAD / "alias_bomb.yaml")
    (issue,) = info.value.issues
    # the bomb would expand to 9**9 ≈ 387 million values; the reader stops near the bound
    # alias_ratio × written values + alias_slack (about 10,000 here)
    count = int(issue.text("en").split("more than ")[1].split(" ")[0].replace(",", ""))
    assert count < 20_000


def test_the_corpus_is_small_and_fast_to_load(corpus_run: dict[str, Any]) -> None:
    # a hang guard with a generous margin, not a benchmark (see benchmarks/ for timings)
    assert all(run["seconds"] < 10 for run in corpus_run.values())
    assert sum((BAD / name).stat().st_size for name in corpus_run) < 1_000_000
