"""``validate`` without rich where the output shows no style (issue 20): what it writes is what
rich would have printed, and its console answers as rich's would, so a release of rich that
changes either fails here rather than changing the output unseen."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from typing import Any

import pytest
from rich.console import Console

import preventionkit as pk
from preventionkit.cli._common import LazyConsole, consoles
from preventionkit.cli.validate import _coverage_cells, _coverage_table, _plain_table
from preventionkit.testing import synthetic_plan

_ENV = ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "COLUMNS", "LINES", "TERM")


def _reports() -> list[Any]:
    empty = pk.loads('{"preventionkit": 1, "id": "p", "title": "T"}')
    return [pk.validate(p) for p in (pk.examples.load("umea"), synthetic_plan(40), empty)]


def _rich_lines(table: Any, width: int) -> list[str]:
    buffer = io.StringIO()
    console = Console(
        file=buffer, width=width, color_system=None, highlight=False, soft_wrap=True, emoji=False
    )
    console.print(table)
    return buffer.getvalue().splitlines()


@pytest.mark.parametrize("lang", ["en", "sv", "nb"])
def test_the_plain_coverage_table_is_what_rich_prints(lang: str) -> None:
    drawn = 0
    for report in _reports():
        rows = _coverage_cells(report, lang)  # type: ignore[arg-type]
        for width in (200, 120, 80, 70, 60, 40, 20):
            plain = _plain_table(rows, width)
            if plain is not None:
                drawn += 1
                assert plain == _rich_lines(_coverage_table(report, lang), width), width  # type: ignore[arg-type]
        assert _plain_table(rows, 200) is not None  # the labels of every language qualify
        assert _plain_table(rows, 20) is None  # too narrow: rich wraps, and draws it
    assert drawn >= 9


def test_characters_rich_may_measure_otherwise_leave_the_table_to_rich() -> None:
    assert _plain_table([["予防", "a"], ["x", "1"]], 200) is None
    assert _plain_table([["e\u0301", "a"], ["x", "1"]], 200) is None  # a combining accent
    assert _plain_table([["tab\there", "a"], ["x", "1"]], 200) is None
    assert _plain_table([["åäö ×", "a"], ["x", "1"]], 200) == ["åäö ×  a", "x      1"]


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in _ENV:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("stream", [io.StringIO, _Tty])
@pytest.mark.parametrize("no_color", [False, True])
@pytest.mark.parametrize(
    "env",
    [
        {},
        {"NO_COLOR": "1"},
        {"FORCE_COLOR": "1"},
        {"FORCE_COLOR": ""},
        {"TTY_COMPATIBLE": "1"},
        {"TTY_COMPATIBLE": "0"},
        {"TERM": "dumb"},
        {"TERM": "xterm-256color"},
    ],
)
def test_the_lazy_console_shows_style_exactly_when_rich_would(
    clean_env: pytest.MonkeyPatch, stream: type[io.StringIO], no_color: bool, env: dict[str, str]
) -> None:
    for name, value in env.items():
        clean_env.setenv(name, value)
    clean_env.setattr(sys, "stdout", stream())
    lazy = LazyConsole(stderr=False, no_color=no_color)
    said = lazy.color_system
    rich_out, _ = consoles(no_color)
    assert said == rich_out.color_system
    if stream is io.StringIO and not no_color and not env:
        assert lazy._made is None  # answered without rich


@pytest.mark.parametrize("stream", [io.StringIO, _Tty])
@pytest.mark.parametrize("terminal", [None, 100, 0])
@pytest.mark.parametrize(
    "env",
    [
        {},
        {"COLUMNS": "50"},
        {"COLUMNS": "0"},
        {"COLUMNS": "wide"},
        {"COLUMNS": "50", "LINES": "20"},
        {"TERM": "dumb"},
        {"TERM": "dumb", "COLUMNS": "50"},
        {"TERM": "unknown", "COLUMNS": "50", "LINES": "20"},
    ],
)
def test_the_lazy_console_is_as_wide_as_rich_s(
    clean_env: pytest.MonkeyPatch,
    stream: type[io.StringIO],
    terminal: int | None,
    env: dict[str, str],
) -> None:
    for name, value in env.items():
        clean_env.setenv(name, value)
    clean_env.setattr(sys, "stdout", stream())

    def size(fd: int) -> os.terminal_size:
        if terminal is None or fd != 1:
            raise OSError("not a terminal")
        return os.terminal_size((terminal, 24))

    clean_env.setattr(os, "get_terminal_size", size)
    for no_color in (False, True):
        lazy = LazyConsole(stderr=False, no_color=no_color)
        assert lazy.width == consoles(no_color)[0].width, (env, terminal, no_color)


def _typer_imports_rich() -> bool:
    """Whether ``import typer`` alone imports rich (typer before 0.17 does, where rich is
    installed): then no code of ours can keep it out."""
    done = subprocess.run(
        [sys.executable, "-c", "import sys, typer; print('rich' in sys.modules)"],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip() == "True"


def test_validate_to_a_pipe_imports_no_rich() -> None:
    if _typer_imports_rich():
        pytest.skip("this typer imports rich itself")
    code = (
        "import sys\nfrom preventionkit.__main__ import main\n"
        "status = main(['validate', '--example', 'umea', '--exit-zero'])\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'rich'), file=sys.stderr)\n"
        "sys.exit(status)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in _ENV}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert done.stderr.strip().splitlines()[-1] == "[]"
    assert "prevention × ecological" in done.stdout


def test_without_rich_the_command_line_says_how_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from preventionkit.__main__ import main

    monkeypatch.setitem(sys.modules, "rich", None)
    assert main(["validate"]) == 2
    assert "pip install 'preventionkit[cli]'" in capsys.readouterr().err
