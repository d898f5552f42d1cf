"""Plan text and file names reach the terminal as text: no escape sequences, no Rich markup,
no OSC-8 links (issue 21, item 3)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import preventionkit as pk
from preventionkit.cli import app

Invoke = Any

ERASE = "\x1b[1A\x1b[2K\x1b[1A\x1b[2K\x1b[32m✓ no findings\x1b[0m"


def _plan(tmp_path: Path, title: str, name: str = "plan.yaml") -> Path:
    data = pk.examples.load("umea").model_dump(mode="json", exclude_none=True)
    data["title"] = title
    data["actors"][0]["name"] = title
    target = tmp_path / name
    target.write_text(pk.dumps(pk.ActionPlan.model_validate(data)), encoding="utf-8")
    return target


def test_escape_sequences_in_a_broken_file_cannot_erase_its_error_lines(
    invoke: Invoke, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        "preventionkit: 1\nid: p\ntitle: t\nactors:\n"
        '  - {id: ks, name: "\\e[2K", kind: "\\e[1A\\e[2K\\e[1A\\e[2K\\e[32m✓ no findings"}\n',
        encoding="utf-8",
    )
    result = invoke("validate", str(broken))
    assert result.exit_code == 2
    assert "\x1b" not in result.output
    assert "\\x1b[1A\\x1b[2K" in result.output
    assert "actors[0].kind" in result.output


@pytest.mark.parametrize("fmt", ["text", "table"])
def test_escape_sequences_in_plan_text_are_shown_not_obeyed(
    invoke: Invoke, tmp_path: Path, fmt: str
) -> None:
    plan = _plan(tmp_path, f"Plan {ERASE}")
    result = invoke("validate", str(plan)) if fmt == "text" else invoke("coverage", str(plan))
    assert result.exit_code in (0, 1)
    assert "\x1b" not in result.output
    assert "\\x1b[2K" in result.output


@pytest.mark.parametrize("command", ["coverage", "checklist", "validate"])
def test_rich_markup_in_a_title_is_shown_as_written(
    invoke: Invoke, tmp_path: Path, command: str
) -> None:
    title = "Plan [bold]fet[/bold] [/bold] [link=https://example.invalid]här[/link]"
    result = invoke(command, str(_plan(tmp_path, title)))
    assert result.exit_code in (0, 1), result.output
    assert "[/bold] [link=https://example.invalid]" in result.output.replace("\n", "")


def test_rich_markup_in_a_file_name_is_shown_as_written(
    invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "[").mkdir()  # the name holds a '/': a folder '[' and a file 'bold]plan.yaml'
    _plan(tmp_path, "Plan", name="[/bold]plan.yaml")
    monkeypatch.chdir(tmp_path)  # a short relative name, so no table folds it
    for args in (
        ["validate", "[/bold]plan.yaml"],
        ["validate", "[/bold]plan.yaml", "[/bold]plan.yaml"],
    ):
        result = invoke(*args)
        assert result.exit_code in (0, 1), result.output
        assert "[/bold]plan.yaml" in result.output


def test_a_link_in_a_title_is_no_terminal_link(tmp_path: Path) -> None:
    plan = _plan(
        tmp_path, "[link=https://example.invalid]klicka[/link] \x1b]8;;https://x.invalid\x07"
    )
    runner = CliRunner(env={"FORCE_COLOR": "1", "NO_COLOR": None, "COLUMNS": "120"})
    for command in ("validate", "coverage", "checklist"):
        result = runner.invoke(app, [command, str(plan)], catch_exceptions=False)
        assert result.exit_code in (0, 1), result.output
        assert "\x1b]8;" not in result.output
        assert "[link=https://example.invalid]" in result.output.replace("\n", "")


@pytest.mark.parametrize("command", ["fmt", "migrate", "validate"])
def test_escape_sequences_in_a_file_name_are_shown_not_obeyed(
    invoke: Invoke, tmp_path: Path, command: str
) -> None:
    plan = tmp_path / "\x1b[2Kplan.yaml"
    plan.write_text("preventionkit: 1\nid: p\ntitle:   Plan\n", encoding="utf-8")
    result = invoke(command, str(plan))
    assert result.exit_code in (0, 1), result.output
    assert "\x1b" not in result.output
    assert "\\x1b[2Kplan.yaml" in result.output
