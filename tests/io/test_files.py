"""Reading and writing files (issue 21 item 4): every source read within a size and a time
limit, every write atomic, permissions kept, links followed, inputs never replaced, and every
failure one located error."""

from __future__ import annotations

import io
import os
import stat
import sys
import threading
from pathlib import Path

import pytest

import preventionkit as pk
from preventionkit.errors import PlanLoadError
from preventionkit.io import LoadLimits
from preventionkit.io import files as pk_files
from preventionkit.io.files import FileWriteError, read_bytes, read_stream, write_file

PLAN = "preventionkit: 1\nid: p\ntitle: Plan\n"
POSIX = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and devices are POSIX")
QUICK = LoadLimits(read_timeout=0.3)


def _issue(exc: pytest.ExceptionInfo[PlanLoadError]) -> tuple[str, str | None, str]:
    (issue,) = exc.value.issues
    return issue.kind, issue.file, issue.text("en")


# --- reading --------------------------------------------------------------------------------


def test_a_regular_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN, encoding="utf-8")
    assert read_bytes(path) == PLAN.encode()


def test_a_missing_file_is_one_io_issue(tmp_path: Path) -> None:
    with pytest.raises(PlanLoadError) as info:
        pk.load(tmp_path / "missing.yaml")
    kind, file, message = _issue(info)
    assert (kind, file) == ("io", str(tmp_path / "missing.yaml"))
    assert "no such file" in message


@POSIX
def test_a_dangling_link_names_where_it_points(tmp_path: Path) -> None:
    link = tmp_path / "plan.yaml"
    link.symlink_to(tmp_path / "gone.yaml")
    with pytest.raises(PlanLoadError) as info:
        pk.load(link)
    kind, _, message = _issue(info)
    assert kind == "io"
    assert "gone.yaml, which does not exist" in message


def test_a_folder_is_not_a_plan(tmp_path: Path) -> None:
    with pytest.raises(PlanLoadError) as info:
        pk.load(tmp_path)
    assert _issue(info)[0] == "io"
    assert "folder" in _issue(info)[2]


def test_a_file_over_the_size_limit_is_too_large(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN, encoding="utf-8")
    with pytest.raises(PlanLoadError) as info:
        read_bytes(path, limits=LoadLimits(max_bytes=10))
    assert _issue(info)[0] == "too_large"


@POSIX
@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_dev_zero_stops_at_once_as_binary() -> None:
    """An endless device: reading stops after the first 8 KiB (they hold NUL), never runs
    out of memory, and the loader calls it binary."""
    assert len(read_bytes("/dev/zero")) < 1024 * 1024
    with pytest.raises(PlanLoadError) as info:
        pk.load("/dev/zero")
    assert _issue(info)[0] == "binary"


@POSIX
@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_an_endless_device_without_nul_stops_at_the_size_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pk_files, "_binary_head", lambda buffer: False)
    with pytest.raises(PlanLoadError) as info:
        read_bytes("/dev/zero", limits=LoadLimits(max_bytes=100_000))
    assert _issue(info)[0] == "too_large"


@POSIX
def test_a_fifo_nobody_writes_to_times_out(tmp_path: Path) -> None:
    fifo = tmp_path / "plan.yaml"
    os.mkfifo(fifo)
    with pytest.raises(PlanLoadError) as info:
        pk.load(fifo, limits=QUICK)
    kind, file, message = _issue(info)
    assert (kind, file) == ("io", str(fifo))
    assert "no end of input after 0.3 seconds" in message


@POSIX
def test_a_fifo_with_a_writer_is_read(tmp_path: Path) -> None:
    fifo = tmp_path / "plan.yaml"
    os.mkfifo(fifo)

    def write() -> None:
        with fifo.open("w", encoding="utf-8") as stream:
            stream.write(PLAN)

    writer = threading.Thread(target=write)
    writer.start()
    try:
        plan = pk.load(fifo, limits=LoadLimits(read_timeout=30))
    finally:
        writer.join()
    assert plan.id == "p"


@POSIX
def test_a_pipe_that_never_ends_times_out() -> None:
    read_end, write_end = os.pipe()
    try:
        with (
            os.fdopen(read_end, "rb", closefd=False) as stream,
            pytest.raises(PlanLoadError) as info,
        ):
            read_stream(stream, limits=QUICK)
        assert _issue(info)[:2] == ("io", "<stdin>")
    finally:
        os.close(read_end)
        os.close(write_end)


@POSIX
def test_a_pipe_is_read_to_its_end() -> None:
    read_end, write_end = os.pipe()
    os.write(write_end, PLAN.encode())
    os.close(write_end)
    with os.fdopen(read_end, "rb") as stream:
        assert read_stream(stream, limits=QUICK) == PLAN.encode()


def test_a_stream_in_memory_is_read_up_to_the_limit() -> None:
    assert read_stream(io.BytesIO(PLAN.encode())) == PLAN.encode()
    assert read_stream(io.StringIO(PLAN)) == PLAN.encode()
    with pytest.raises(PlanLoadError) as info:
        read_stream(io.BytesIO(b"x" * 100), limits=LoadLimits(max_bytes=10))
    assert _issue(info)[0] == "too_large"


# --- writing --------------------------------------------------------------------------------


def test_write_replaces_the_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    path.write_text("old", encoding="utf-8")
    write_file(path, "new\r\nline")
    assert path.read_bytes() == b"new\r\nline"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


@POSIX
def test_write_keeps_the_permissions(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o640)
    write_file(path, "new")
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


@POSIX
def test_a_new_file_gets_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        write_file(tmp_path / "new.txt", "x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == 0o640


@POSIX
def test_a_link_is_followed_and_stays_a_link(tmp_path: Path) -> None:
    target = tmp_path / "real.yaml"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.yaml"
    link.symlink_to(target)
    write_file(link, "new")
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == "new"


def test_an_interrupted_write_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write cut short (here: the rename fails, as after a kill) never leaves half a file:
    the fmt of issue 21 left a 20 KB truncated Umeå plan that still validated."""
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN, encoding="utf-8")

    def broken(src: str, dst: str) -> None:
        raise OSError(27, "File too large")

    monkeypatch.setattr(pk_files.os, "replace", broken)
    with pytest.raises(FileWriteError) as info:
        write_file(path, "x" * 100_000)
    assert path.read_text(encoding="utf-8") == PLAN
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.yaml"]
    assert info.value.line() == f"{path}: cannot write the file: file too large [io]"


def test_an_input_of_the_run_is_never_replaced(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN, encoding="utf-8")
    with pytest.raises(FileWriteError) as info:
        write_file(tmp_path / "." / "plan.yaml", "<html>", protect=[str(path)])
    assert "it is the input" in str(info.value)
    assert path.read_text(encoding="utf-8") == PLAN


@POSIX
def test_a_link_to_an_input_is_refused_too(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN, encoding="utf-8")
    (tmp_path / "report.html").symlink_to(path)
    with pytest.raises(FileWriteError):
        write_file(tmp_path / "report.html", "<html>", protect=[path])
    assert path.read_text(encoding="utf-8") == PLAN


def test_a_folder_is_not_written_over(tmp_path: Path) -> None:
    with pytest.raises(FileWriteError) as info:
        write_file(tmp_path, "x")
    assert info.value.reason == "it is a folder"


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(FileWriteError) as info:
        write_file(tmp_path / "nope" / "out.txt", "x")
    assert "does not exist" in info.value.reason


@POSIX
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_device_is_one_error_and_stays_a_device() -> None:
    with pytest.raises(FileWriteError) as info:
        write_file("/dev/full", "x")
    assert "no space left" in info.value.reason
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


@POSIX
def test_dev_null_is_written_in_place() -> None:
    write_file(os.devnull, "x")
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


@POSIX
@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_an_unwritable_folder_is_one_error(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(FileWriteError) as info:
            write_file(folder / "out.txt", "x")
    finally:
        folder.chmod(0o755)
    assert "permission denied" in info.value.reason


def test_dump_writes_through_the_one_writer(tmp_path: Path) -> None:
    plan = pk.loads(PLAN)
    with pytest.raises(FileWriteError):
        pk.dump(plan, tmp_path)
    pk.dump(plan, tmp_path / "plan.json")
    assert pk.load(tmp_path / "plan.json") == plan


@POSIX
def test_a_fifo_without_a_reader_is_an_error_not_a_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "out.html"
    os.mkfifo(fifo)
    with pytest.raises(FileWriteError) as info:
        write_file(fifo, "x")
    assert info.value.reason == "it is a FIFO that no program is reading"


@POSIX
def test_a_slow_reader_of_a_fifo_gets_everything(tmp_path: Path) -> None:
    """More than a pipe holds (64 KiB): the writer waits for the reader instead of failing."""
    fifo = tmp_path / "out.html"
    os.mkfifo(fifo)
    got: list[bytes] = []

    def read() -> None:  # the reading side is the module's own bounded reader
        got.append(read_bytes(fifo, limits=LoadLimits(read_timeout=30)))

    reader = threading.Thread(target=read)
    reader.start()
    for _ in range(1000):  # until the reader has the FIFO open
        try:
            write_file(fifo, b"x" * 300_000)
            break
        except FileWriteError:
            threading.Event().wait(0.01)
    reader.join(30)
    assert got == [b"x" * 300_000]
    assert stat.S_ISFIFO(fifo.stat().st_mode)


@POSIX
def test_a_dangling_link_as_output_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "out.html"
    link.symlink_to(tmp_path / "real.html")
    write_file(link, "x")
    assert link.is_symlink()
    assert (tmp_path / "real.html").read_text(encoding="utf-8") == "x"
