"""``preventionkit migrate``: rewrite plan files to the current format version."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from preventionkit.cli import app

RUNNER = CliRunner()
V1 = "# adopted by the council\r\npreventionkit: 1  # format\r\nid: p\r\ntitle: T\r\n"


def _run(*args: str, stdin: str | None = None) -> tuple[int, str]:
    result = RUNNER.invoke(app, ["migrate", *args], input=stdin)
    return result.exit_code, result.output


def test_check_reports_files_to_migrate_and_writes_nothing(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_bytes(V1.encode())
    code, out = _run("--check", str(plan))
    assert code == 1
    assert "would migrate" in out
    assert plan.read_bytes() == V1.encode()


def test_migrate_rewrites_the_version_only_and_keeps_permissions(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_bytes(V1.encode())
    plan.chmod(0o640)
    code, _ = _run(str(plan))
    assert code == 0
    assert plan.read_bytes() == V1.replace("preventionkit: 1", "preventionkit: 2").encode()
    assert stat.S_IMODE(os.stat(plan).st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["plan.yaml"]  # no temporary file left
    code, out = _run("--check", str(plan))
    assert (code, "0 would migrate, 1 already current" in out) == (0, True)


def test_migrate_reads_standard_input() -> None:
    code, out = _run("-", stdin="preventionkit: 1\nid: p\ntitle: T\n")
    assert code == 0
    assert out == "preventionkit: 2\nid: p\ntitle: T\n"


def test_an_invalid_plan_is_a_located_error_and_left_alone(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text("preventionkit: 1\nid: p\n", encoding="utf-8")
    code, out = _run(str(plan))
    assert code == 2
    assert f"{plan}:" in out
    assert plan.read_text(encoding="utf-8") == "preventionkit: 1\nid: p\n"


@pytest.mark.parametrize("args", [[], ["-", "x.yaml"]])
def test_usage_errors_exit_2(args: list[str]) -> None:
    code, _ = _run(*args)
    assert code == 2
