"""``preventionkit fmt``: canonical layout, comments kept, --check for CI, standard input."""

from __future__ import annotations

from pathlib import Path

import preventionkit as pk

MESSY = """# Our plan (comment kept)
preventionkit: 1
id: p
title:   Plan mot våld
actors:
- {id: ks,   name: Kommunstyrelsen, kind: executive_board}\x20\x20\x20
"""


def test_fmt_rewrites_and_keeps_the_plan(invoke, tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(MESSY, encoding="utf-8")
    before = pk.load(path)
    result = invoke("fmt", str(path))
    assert result.exit_code == 0, result.output
    assert f"reformatted {path}" in result.stdout
    text = path.read_text(encoding="utf-8")
    assert text != MESSY
    assert "# Our plan (comment kept)" in text
    assert pk.load(path) == before
    again = invoke("fmt", str(path))
    assert again.exit_code == 0
    assert "0 reformatted, 1 left unchanged" in again.stdout


def test_fmt_check_writes_nothing_and_exits_1(invoke, tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(MESSY, encoding="utf-8")
    result = invoke("fmt", "--check", str(path))
    assert result.exit_code == 1
    assert f"would reformat {path}" in result.stdout
    assert path.read_text(encoding="utf-8") == MESSY
    invoke("fmt", str(path))
    assert invoke("fmt", "--check", str(path)).exit_code == 0


def test_fmt_standard_input(invoke) -> None:
    result = invoke("fmt", "-", input=MESSY)
    assert result.exit_code == 0
    assert result.stdout.startswith("# Our plan (comment kept)\npreventionkit: 1\n")
    assert pk.loads(result.stdout) == pk.loads(MESSY)
    assert invoke("fmt", "--check", "-", input=MESSY).exit_code == 1
    assert invoke("fmt", "--check", "-", input=result.stdout).exit_code == 0


def test_fmt_broken_file_is_left_alone_and_exits_2(invoke, broken: Path, tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_bytes(broken.read_bytes())
    result = invoke("fmt", str(path))
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0].startswith(f"{path}:9:25:")
    assert path.read_bytes() == broken.read_bytes()


def test_fmt_needs_input(invoke) -> None:
    result = invoke("fmt")
    assert result.exit_code == 2
    assert "give plan files" in result.stderr
