"""The command line on hostile files and streams (issue 21 item 4): every I/O problem is one
located line and exit 2, never a traceback or exit 3; nothing hangs; outputs never replace
an input; a run over many files goes on past a failing one.

The cases in ``CASES`` are the CLI-level corpus of issue 21 item 8: each names the files it
sets up, the command, the exit code and the start and end of the line it must print.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

import preventionkit as pk

PLAN = "preventionkit: 1\nid: p\ntitle: Plan\n"
MESSY = "preventionkit: 1\nid:    p\ntitle:   Plan\n"
POSIX = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and devices are POSIX")
QUICK = {"PREVENTIONKIT_READ_TIMEOUT": "0.3"}


def _plan(folder: Path) -> None:
    (folder / "plan.yaml").write_text(PLAN, encoding="utf-8")


def _dangling(folder: Path) -> None:
    (folder / "plan.yaml").symlink_to(folder / "gone.yaml")


def _fifo(folder: Path) -> None:
    os.mkfifo(folder / "plan.yaml")


def _folder_output(folder: Path) -> None:
    _plan(folder)
    (folder / "out.html").mkdir()
    (folder / "chain.png").mkdir()


@dataclass(frozen=True)
class Case:
    """One hostile use of the command line and the one line it must answer with."""

    name: str
    setup: Callable[[Path], None]
    args: tuple[str, ...]
    exit_code: int
    starts: str
    ends: str = "[io]"


CASES = [
    Case(
        "validate_missing", lambda f: None, ("validate", "plan.yaml"), 2, "plan.yaml: cannot read"
    ),
    Case("fmt_missing", lambda f: None, ("fmt", "plan.yaml"), 2, "plan.yaml: cannot read"),
    Case("fmt_dangling_link", _dangling, ("fmt", "plan.yaml"), 2, "plan.yaml: cannot read"),
    Case("report_dangling_link", _dangling, ("report", "plan.yaml"), 2, "plan.yaml: cannot read"),
    Case("migrate_missing", lambda f: None, ("migrate", "plan.yaml"), 2, "plan.yaml: cannot read"),
    Case("migrate_fifo", _fifo, ("migrate", "plan.yaml"), 2, "plan.yaml: no end of input"),
    Case("validate_fifo", _fifo, ("validate", "plan.yaml"), 2, "plan.yaml: no end of input"),
    Case("fmt_fifo", _fifo, ("fmt", "plan.yaml"), 2, "plan.yaml: no end of input"),
    Case("graph_fifo", _fifo, ("graph", "plan.yaml"), 2, "plan.yaml: no end of input"),
    Case(
        "report_over_its_input",
        _plan,
        ("report", "plan.yaml", "-o", "plan.yaml"),
        2,
        "plan.yaml: cannot write the file: it is the input plan.yaml",
    ),
    Case(
        "graph_over_its_input",
        _plan,
        ("graph", "plan.yaml", "-f", "dot", "-o", "plan.yaml"),
        2,
        "plan.yaml: cannot write the file: it is the input plan.yaml",
    ),
    Case(
        "report_into_a_folder",
        _folder_output,
        ("report", "plan.yaml", "-o", "out.html"),
        2,
        "out.html: cannot write the file: it is a folder",
    ),
    Case(
        "graph_draw_into_a_folder",
        _folder_output,
        ("graph", "plan.yaml", "--draw", "chain.png"),
        2,
        "chain.png: cannot write the file: it is a folder",
    ),
    Case(
        "report_into_a_missing_folder",
        _plan,
        ("report", "plan.yaml", "-o", "nope/out.html"),
        2,
        "nope/out.html: cannot write the file: the folder nope does not exist",
    ),
    Case(
        "validate_a_device",
        lambda f: None,
        ("validate", "/dev/zero"),
        2,
        "/dev/zero:1:1: the file holds binary data",
        "[binary]",
    ),
    Case(
        "fmt_a_device",
        lambda f: None,
        ("fmt", "/dev/zero"),
        2,
        "/dev/zero:1:1: the file holds binary data",
        "[binary]",
    ),
]


@POSIX
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_hostile_files_are_one_line_and_exit_2(
    case: Case, invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    case.setup(tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    result = invoke(*case.args, env=QUICK)
    assert result.exit_code == case.exit_code, result.output
    assert "Traceback" not in result.output
    assert "InternalError" not in result.output
    lines = [line for line in result.output.splitlines() if line.startswith(case.starts)]
    assert len(lines) == 1, result.output
    assert lines[0].endswith(case.ends), lines[0]
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    assert after == before  # no input changed, no half-written output left


def test_fmt_goes_on_past_failing_files_and_reports_them(invoke, tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(MESSY, encoding="utf-8")
    (tmp_path / "c.yaml").write_text(MESSY, encoding="utf-8")
    (tmp_path / "d.yaml").write_text("preventionkit: 1\nid: p\ntitle: a\tb\n", encoding="utf-8")
    missing = tmp_path / "b.yaml"
    result = invoke(
        "fmt",
        str(tmp_path / "a.yaml"),
        str(missing),
        str(tmp_path / "d.yaml"),
        str(tmp_path / "c.yaml"),
    )
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0].startswith(f"{missing}: cannot read the file")
    assert result.stderr.splitlines()[1].startswith(f"{tmp_path / 'd.yaml'}:3:9: fmt cannot")
    assert "2 reformatted, 0 left unchanged, 2 could not be formatted" in result.stdout
    assert (tmp_path / "a.yaml").read_text(encoding="utf-8") == PLAN
    assert (tmp_path / "c.yaml").read_text(encoding="utf-8") == PLAN


def test_validate_goes_on_past_a_missing_file(invoke, tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(PLAN, encoding="utf-8")
    result = invoke("validate", str(tmp_path / "missing.yaml"), str(tmp_path / "a.yaml"))
    assert result.exit_code == 2
    # The plan states nothing, so it is asked, not judged (issue 16): no error.
    assert "Checked 2 plans: 1 without errors, 0 with errors, 1 not loaded" in result.stdout


def test_fmt_standard_input_latin1_is_an_encoding_error(invoke) -> None:
    result = invoke("fmt", "-", input="preventionkit: 1\nid: p\ntitle: å\n".encode("latin-1"))
    assert result.exit_code == 2
    assert result.stderr.startswith("<stdin>:3:8: the file is not valid UTF-8")
    assert result.stderr.rstrip().endswith("[encoding]")


def test_fmt_standard_input_binary_is_refused(invoke) -> None:
    result = invoke("fmt", "-", input=b"\x00\x01\x02" * 10)
    assert result.exit_code == 2
    assert result.stderr.rstrip().endswith("[binary]")


def test_report_output_keeps_the_plan_beside_it(invoke, tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN, encoding="utf-8")
    result = invoke("report", str(plan), "-o", str(tmp_path / "report.html"))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert pk.load(plan).id == "p"


def test_a_bad_read_timeout_names_the_variable(invoke, tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN, encoding="utf-8")
    result = invoke("validate", str(plan), env={"PREVENTIONKIT_READ_TIMEOUT": "soon"})
    assert result.exit_code == 2
    assert "PREVENTIONKIT_READ_TIMEOUT takes a number of seconds" in result.stderr


# --- real standard streams (a subprocess) ------------------------------------------------------


def _run(
    *args: str, stdin: object = None, stdout: object = subprocess.PIPE
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "preventionkit", *args],
        stdin=stdin,  # type: ignore[arg-type]
        stdout=stdout,  # type: ignore[arg-type]
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "NO_COLOR": "1", "PREVENTIONKIT_READ_TIMEOUT": "2"},
    )


@POSIX
@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
@pytest.mark.parametrize("command", ["validate", "fmt", "report", "coverage"])
def test_standard_input_from_dev_zero_is_binary(command: str) -> None:
    with open("/dev/zero", "rb") as zero:
        done = _run(command, "-", stdin=zero)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert "<stdin>:1:1: the file holds binary data" in done.stdout + done.stderr


@POSIX
def test_standard_input_that_never_ends_times_out() -> None:
    read_end, write_end = os.pipe()
    try:
        with os.fdopen(read_end, "rb", closefd=False) as stream:
            done = _run("validate", "-", stdin=stream)
    finally:
        os.close(read_end)
        os.close(write_end)
    assert done.returncode == 2
    assert "<stdin>: no end of input after 2 seconds" in done.stdout + done.stderr


@POSIX
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", [("report",), ("graph", "-f", "dot"), ("validate",)])
def test_standard_output_on_a_full_disk_is_one_line(args: tuple[str, ...], tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN, encoding="utf-8")
    with open("/dev/full", "w", encoding="utf-8") as full:
        done = _run(*args, str(plan), stdout=full)
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines() == [
        "<stdout>: cannot write: no space left on device [io]"
    ]


@POSIX
def test_fmt_under_a_file_size_limit_leaves_the_plan_whole(tmp_path: Path) -> None:
    """The reproduction of issue 21: ``fmt`` on Umeå's plan with a 20 KB file-size limit left
    a truncated plan that still validated. Now the write fails as one line and the plan is
    as it was, with no temporary file left."""
    from preventionkit import examples

    plan = tmp_path / "umea.yaml"
    messy = examples.text("umea").replace("\nid: ", "\nid:    ", 1)
    plan.write_text(messy, encoding="utf-8")
    limited = (
        "import resource, runpy, sys; "
        "resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000)); "
        "sys.argv = ['preventionkit', 'fmt', sys.argv[1]]; "
        "runpy.run_module('preventionkit', run_name='__main__')"
    )
    done = subprocess.run(
        [sys.executable, "-c", limited, str(plan)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert done.returncode == 2, done.stdout + done.stderr
    assert done.stderr.strip() == f"{plan}: cannot write the file: file too large [io]"
    assert plan.read_text(encoding="utf-8") == messy
    assert [p.name for p in tmp_path.iterdir()] == ["umea.yaml"]


@POSIX
@pytest.mark.skipif(not Path("/dev/stdout").exists(), reason="needs /dev/stdout")
def test_output_to_dev_stdout_through_a_pipe(tmp_path: Path) -> None:
    """``-o /dev/stdout`` is written in place, whole, even when it is a pipe."""
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN, encoding="utf-8")
    done = _run("report", str(plan), "-o", "/dev/stdout")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("<!DOCTYPE html>")
    assert done.stdout.rstrip().endswith("</html>")


@POSIX
@pytest.mark.parametrize(
    ("redirect", "args", "line"),
    [
        ("<&-", "validate -", "<stdin>: cannot read: standard input is closed"),
        (">&-", "report {plan}", "<stdout>: cannot write the file: standard output is closed"),
    ],
)
def test_a_closed_standard_stream_is_one_line(
    redirect: str, args: str, line: str, tmp_path: Path
) -> None:
    import shlex

    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN, encoding="utf-8")
    command = f"{shlex.quote(sys.executable)} -m preventionkit {args.format(plan=plan)} {redirect}"
    done = subprocess.run(
        ["/bin/sh", "-c", command],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "NO_COLOR": "1"},
    )
    said = done.stdout + done.stderr  # validate prints load problems on standard output
    assert done.returncode == 2, said
    assert said.startswith(line), said
    assert said.rstrip().endswith("[io]")


def test_fmt_on_an_unwritable_file_is_one_line_and_goes_on(
    invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As in issue 21 (an unwritable file was ``InternalError``, exit 3, and later files were
    skipped). The refusal is simulated, so the test holds when run as root too."""
    from preventionkit.io import files

    locked, free = tmp_path / "locked.yaml", tmp_path / "free.yaml"
    for path in (locked, free):
        path.write_text(MESSY, encoding="utf-8")
    real = files.os.replace

    def replace(src: str, dst: str) -> None:
        if Path(dst).name == "locked.yaml":
            raise PermissionError(13, "Permission denied", dst)
        real(src, dst)

    monkeypatch.setattr(files.os, "replace", replace)
    result = invoke("fmt", str(locked), str(free))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"{locked}: cannot write the file: permission denied "
        "(hint: check the file's permissions) [io]"
    ]
    assert locked.read_text(encoding="utf-8") == MESSY
    assert free.read_text(encoding="utf-8") == PLAN
    assert sorted(p.name for p in tmp_path.iterdir()) == ["free.yaml", "locked.yaml"]


def test_migrate_keeps_the_byte_order_mark_and_line_ends(invoke, tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_bytes(b"\xef\xbb\xbfpreventionkit: 1\r\nid: p\r\ntitle: Plan # c\r\n")
    result = invoke("migrate", str(plan))
    assert result.exit_code == 0, result.output
    assert plan.read_bytes() == b"\xef\xbb\xbfpreventionkit: 2\r\nid: p\r\ntitle: Plan # c\r\n"


def test_each_file_goes_on_past_a_failure_and_stops_at_anything_else() -> None:
    """The one loop of validate, fmt, migrate and assess (``cli._common.each_file``)."""
    from preventionkit.cli._common import each_file
    from preventionkit.errors import PlanLoadError

    def work(source: str) -> int:
        if source == "bad":
            raise PlanLoadError([])
        if source == "bug":
            raise RuntimeError(source)
        return len(source)

    runs = list(each_file(["a", "bad", "ccc"], work))
    assert [(r.source, r.result) for r in runs] == [("a", 1), ("bad", None), ("ccc", 3)]
    assert isinstance(runs[1].error, PlanLoadError)
    assert runs[0].error is None
    with pytest.raises(RuntimeError):
        list(each_file(["a", "bug", "ccc"], work))


def test_migrate_goes_on_past_failing_files_and_reports_them(invoke, tmp_path: Path) -> None:
    good, missing = tmp_path / "good.yaml", tmp_path / "missing.yaml"
    bad = tmp_path / "bad.yaml"
    good.write_text(PLAN, encoding="utf-8")
    bad.write_text("preventionkit: 1\nid: [\n", encoding="utf-8")
    result = invoke("migrate", str(missing), str(bad), str(good))
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"{missing}: cannot read the file")
    assert any(line.startswith(f"{bad}:") for line in lines[1:])
    assert good.read_text(encoding="utf-8").startswith("preventionkit: 2")
    assert "1 migrated" in result.stdout


def test_assess_reports_every_plan_that_does_not_load(invoke, tmp_path: Path) -> None:
    """A comparison of several plans names the problems of all that fail, not the first only."""
    one, two = tmp_path / "one.yaml", tmp_path / "two.yaml"
    result = invoke("assess", str(one), str(two), "-F", "who-inspire")
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert [line.split(":")[0] for line in lines] == [str(one), str(two)]
    as_json = invoke("assess", str(one), str(two), "-F", "who-inspire", "--format", "json")
    assert as_json.exit_code == 2
    assert [i["file"] for i in json.loads(as_json.stdout)["issues"]] == [
        str(one),
        str(two),
    ]
