"""SARIF that code hosts accept: one log for many plans, valid against the official OASIS
SARIF 2.1.0 schema (shipped in ``tests/rules/sarif/``), with percent-encoded relative URIs,
a stable pseudo-URI for standard input, stable fingerprints and help links to the pages the
docs build (issue 12 item 4)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import preventionkit as pk
from preventionkit.errors import PlanLoadError
from preventionkit.rules.formats import sarif_log
from preventionkit.rules.formats.sarif import SRCROOT, STDIN_URI, artifact_location, find_root

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((Path(__file__).parent / "sarif" / "sarif-schema-2.1.0.json").read_text())
sys.path.insert(0, str(ROOT / "docs" / "hooks"))
from pk_gen.rules import page_path  # noqa: E402


def _check(log: dict[str, Any]) -> None:
    """Valid against the official schema, with the uri and uri-reference formats checked."""
    checker = jsonschema.FormatChecker()
    assert checker.conforms("a b", "uri-reference") is False  # the format is really checked
    jsonschema.Draft4Validator(SCHEMA, format_checker=checker).validate(log)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository with plans whose names need percent-encoding."""
    (tmp_path / ".git").mkdir()
    plans = tmp_path / "plans"
    plans.mkdir()
    shutil.copy(pk.examples.path("gavle"), plans / "gävle.yaml")
    shutil.copy(pk.examples.path("umea"), plans / "ny plan.yaml")
    (plans / "trasig.yaml").write_text("preventionkit: 1\nid: [\n", encoding="utf-8")
    return tmp_path


def _cli(cwd: Path, *args: str, stdin: str | None = None) -> tuple[int, dict[str, Any]]:
    done = subprocess.run(
        [sys.executable, "-m", "preventionkit", "validate", *args, "--format", "sarif"],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    return done.returncode, json.loads(done.stdout)


def test_many_plans_with_awkward_names_are_one_valid_log(repo: Path) -> None:
    code, log = _cli(repo, "plans/gävle.yaml", "plans/ny plan.yaml")
    assert code == 0  # no error in either example since issue 16: warnings and questions
    _check(log)
    (run,) = log["runs"]
    uris = [a["location"]["uri"] for a in run["artifacts"]]
    assert uris == ["plans/g%C3%A4vle.yaml", "plans/ny%20plan.yaml"]
    assert {a["location"]["uriBaseId"] for a in run["artifacts"]} == {SRCROOT}
    assert run["originalUriBaseIds"][SRCROOT]["uri"] == repo.as_uri() + "/"
    files = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]
    }
    assert files == set(uris)
    assert run["invocations"][0]["executionSuccessful"] is True


def test_the_uris_are_relative_to_the_repository_root_from_a_subfolder(repo: Path) -> None:
    _, log = _cli(repo / "plans", "gävle.yaml")
    _check(log)
    (artifact,) = log["runs"][0]["artifacts"]
    assert artifact["location"]["uri"] == "plans/g%C3%A4vle.yaml"


def test_standard_input_has_a_stable_pseudo_uri(repo: Path) -> None:
    text = pk.examples.text("umea")
    first = _cli(repo, "-", stdin=text)[1]
    second = _cli(repo, "-", stdin=text)[1]
    _check(first)
    assert first["runs"][0]["artifacts"][0]["location"]["uri"] == STDIN_URI
    assert first["runs"][0]["results"] == second["runs"][0]["results"]


def test_an_unreadable_plan_is_a_notification_in_the_same_log(repo: Path) -> None:
    code, log = _cli(repo, "plans/gävle.yaml", "plans/trasig.yaml")
    assert code == 2
    _check(log)
    (invocation,) = log["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    (note,) = invocation["toolExecutionNotifications"]
    assert note["level"] == "error"
    where = note["locations"][0]["physicalLocation"]
    assert where["artifactLocation"]["uri"] == "plans/trasig.yaml"
    assert where["region"]["startLine"] >= 2


def test_fingerprints_are_stable_across_runs_and_argument_order(repo: Path) -> None:
    def prints(*args: str) -> dict[tuple[str, str, str], str]:
        _, log = _cli(repo, *args)
        return {
            (
                r["ruleId"],
                r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                r["properties"]["path"],
            ): r["partialFingerprints"]["preventionkit/v1"]
            for r in log["runs"][0]["results"]
        }

    forward = prints("plans/gävle.yaml", "plans/ny plan.yaml")
    assert forward == prints("plans/ny plan.yaml", "plans/gävle.yaml")
    assert len(set(forward.values())) == len(forward)


def test_help_uris_point_at_the_pages_the_docs_build() -> None:
    log = sarif_log(pk.validate(pk.examples.load("umea")))
    for rule in log["runs"][0]["tool"]["driver"]["rules"]:
        page = page_path(rule["id"]).removesuffix(".md")
        assert rule["helpUri"] == f"https://preventionkit.readthedocs.io/{page}/"


def test_files_outside_the_root_get_absolute_file_uris(tmp_path: Path) -> None:
    outside = tmp_path / "annan plats" / "plan.yaml"
    where = artifact_location(str(outside), tmp_path / "repo")
    assert where == {"uri": outside.as_uri()}
    assert "%20" in where["uri"]
    assert artifact_location("example:umea", tmp_path) == {"uri": "example:umea"}
    assert artifact_location("<stdin>", tmp_path) == {"uri": STDIN_URI}


def test_the_root_is_the_nearest_folder_with_git(tmp_path: Path) -> None:
    (tmp_path / ".git").write_text("gitdir: elsewhere\n", encoding="utf-8")  # a worktree
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_root(deep) == tmp_path


def test_the_log_of_reports_built_in_python_is_valid(tmp_path: Path) -> None:
    reports = [pk.validate(pk.examples.load(n)) for n in pk.examples.names()]
    error = PlanLoadError([])
    log = sarif_log(reports, root=tmp_path, errors=[("plans/x.yaml", error)])
    _check(log)
    assert len(log["runs"]) == 1
    assert [a["location"]["uri"] for a in log["runs"][0]["artifacts"]] == [
        "example:gavle",
        "example:umea",
        "example:vasterbotten",
    ]
    with pytest.raises(ValueError, match="single report"):
        sarif_log(reports, "plan.yaml")
