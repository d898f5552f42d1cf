"""Reading and writing files: the one place every command and function goes through (issue 21).

Reading is bounded whatever the source is. A regular file is read up to
:attr:`LoadLimits.max_bytes <preventionkit.io.LoadLimits>`; anything else (standard input, a
pipe, a FIFO, a device such as ``/dev/zero``) is read in chunks that stop at the same size
limit or after :attr:`LoadLimits.read_timeout` seconds, so a FIFO nobody writes to never
hangs and an endless device never exhausts memory. A FIFO is opened without waiting for a
writer. Reading stops early once the first 8 KiB hold a NUL byte: the loader refuses binary
data on those bytes alone (``io/load.py``), so reading on would only waste time and memory.
Every failure is a :class:`~preventionkit.errors.PlanLoadError` of kind ``io`` (or
``too_large``) naming the file: one line, never a traceback.

Writing is atomic: the text goes to a temporary file in the target's own folder, is flushed
to disk (``fsync``) and renamed over the target, so an interruption (a full disk, a file-size
limit, a kill) leaves either the old file or the new one, never half of one. The target's
permission bits are kept (a new file gets the usual ``0o666`` less the umask). **Symbolic
links are followed**: the file the link points to is replaced and the link stays a link, as
an editor saving through a link does. Targets that are not regular files (``/dev/null``,
``/dev/stdout``, a FIFO) cannot be renamed over, so they are written directly. A write may
name the inputs of the same run (``protect``): writing over one of them is refused, so
``report plan.yaml -o plan.yaml`` cannot replace the plan with its report. Every failure is a
:class:`FileWriteError`: one line naming the file and the reason.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from ..errors import LoadIssue, PlanLoadError, PreventionKitError
from ..messages import Message, plain, render, text
from ..messages import message as msg
from ._limits import DEFAULT_LIMITS, LoadLimits

__all__ = [
    "FileWriteError",
    "check_target",
    "os_reason",
    "read_bytes",
    "read_stream",
    "write_file",
]

_CHUNK = 64 * 1024
_HEAD = 8192
"""The bytes the loader looks at for NUL to call a file binary (``io/load.py`` ``_decode``)."""

StrPath = str | os.PathLike[str]


def _as_message(value: Message | str) -> Message:
    return value if isinstance(value, Message) else plain(value)


class FileWriteError(PreventionKitError, OSError):
    """A file could not be written; the message names it and says why (one line).

    ``reason`` and ``hint`` are catalogue messages (``error.write.*``, ``error.os.*``) or,
    from a caller of its own, text as given; the attributes of the same names hold them in
    English, ``reason_message`` and ``hint_message`` as messages for any language."""

    def __init__(self, path: str, reason: Message | str, hint: Message | str | None = None) -> None:
        self.path = path
        self.reason_message = _as_message(reason)
        self.hint_message = _as_message(hint) if hint is not None else None
        self.reason = render(self.reason_message, "en")
        self.hint = render(self.hint_message, "en") if self.hint_message is not None else None
        super().__init__(self.line())

    def line(self, lang: str | None = None) -> str:
        """``file: cannot write the file: reason (hint: …) [io]`` in ``lang``, the CLI's
        one-line form."""
        said = text("error.write", lang, reason=self.reason_message)
        hint = ""
        if self.hint_message is not None:
            hint = f" ({text('load.hint', lang, hint=self.hint_message)})"
        return f"{self.path}: {said}{hint} [io]"

    def text(self, lang: str | None = None) -> str:
        """The error in ``lang`` (see :meth:`line`)."""
        return self.line(lang)

    def __str__(self) -> str:
        return self.line()

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.path, self.reason_message, self.hint_message))


def _read_error(name: str, message: Message, hint: Message | None = None) -> PlanLoadError:
    return PlanLoadError([LoadIssue("io", message, name, None, None, "", hint)])


def _too_large(name: str, limits: LoadLimits, size: int | None = None) -> PlanLoadError:
    if size is not None:
        said = msg("load.too_large", size=size, limit=limits.max_bytes)
    else:
        said = msg("load.too_large.stream", limit=limits.max_bytes)
    hint = msg("load.too_large.hint")
    return PlanLoadError([LoadIssue("too_large", said, name, None, None, "", hint)])


def os_reason(exc: OSError) -> Message:
    """What went wrong, from an OS error: the catalogue's ``error.os.<errno name>`` (so
    ``ENOSPC`` reads "disken är full" in Swedish), else the system's own words as given."""
    reason = exc.strerror or str(exc) or type(exc).__name__
    reason = reason[:1].lower() + reason[1:]
    name = errno.errorcode.get(exc.errno, "") if isinstance(exc.errno, int) else ""
    if not name:
        return plain(reason)
    return Message(f"error.os.{name.lower()}", {}, {"en": reason})


def _why(exc: OSError, path: StrPath | None) -> tuple[Message, Message | None]:
    """A reason and a hint for an OS error, as messages."""
    if path is not None and isinstance(exc, FileNotFoundError) and os.path.islink(path):
        return msg("error.io.link", target=os.readlink(path)), None
    if exc.errno == errno.ENXIO:
        return msg("error.io.fifo"), msg("error.io.fifo.hint")
    hints = {
        FileNotFoundError: "error.io.not_found.hint",
        PermissionError: "error.io.permission.hint",
        IsADirectoryError: "error.io.is_a_directory.hint",
    }
    hint = next((msg(h) for t, h in hints.items() if isinstance(exc, t)), None)
    return os_reason(exc), hint


def _binary_head(buffer: bytearray) -> bool:
    return len(buffer) >= _HEAD and b"\x00" in buffer[:_HEAD]


def _drain(fd: int, name: str, limits: LoadLimits, buffer: bytearray) -> None:
    """Read ``fd`` to its end into ``buffer``, within the size limit and the time limit.

    Used for everything that is not a regular file. ``select.poll`` waits for data with a
    deadline (on systems without it, such as Windows, reads block as usual).
    """
    try:
        import select

        poller: Any = select.poll()
        poller.register(fd, select.POLLIN | select.POLLPRI)
    except (ImportError, AttributeError):  # pragma: no cover - Windows
        poller = None
    deadline = time.monotonic() + limits.read_timeout
    while True:
        if poller is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not poller.poll(max(1, int(remaining * 1000))):
                if time.monotonic() < deadline:
                    continue
                raise _read_error(
                    name,
                    msg("load.io.timeout", seconds=f"{limits.read_timeout:g}"),
                    msg("load.io.timeout.hint"),
                )
        try:
            chunk = os.read(fd, _CHUNK)
        except BlockingIOError:
            continue
        if not chunk:
            return
        buffer += chunk
        if len(buffer) > limits.max_bytes:
            raise _too_large(name, limits)
        if _binary_head(buffer):
            return


def _read_fd(fd: int, info: os.stat_result, name: str, limits: LoadLimits) -> bytes:
    """Everything from ``fd``: a regular file up to the size limit (its size is known, so
    it cannot hang), anything else through :func:`_drain`."""
    buffer = bytearray()
    if not stat.S_ISREG(info.st_mode):
        _drain(fd, name, limits, buffer)
        return bytes(buffer)
    if info.st_size > limits.max_bytes:
        raise _too_large(name, limits, info.st_size)
    while len(buffer) <= limits.max_bytes:
        chunk = os.read(fd, max(_CHUNK, info.st_size + 1 - len(buffer)))
        if not chunk:
            break
        buffer += chunk
    if len(buffer) > limits.max_bytes:
        raise _too_large(name, limits, len(buffer))
    return bytes(buffer)


def read_bytes(
    path: StrPath, *, limits: LoadLimits = DEFAULT_LIMITS, name: str | None = None
) -> bytes:
    """The bytes of the file at ``path``, read within ``limits`` (see the module docstring).

    ``name`` is how errors name the file (default: the path as given).
    """
    label = name if name is not None else os.fspath(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        reason, hint = _why(exc, path)
        raise _read_error(label, msg("load.io", reason=reason), hint) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise _read_error(label, msg("load.io.folder"), msg("load.io.folder.hint"))
        return _read_fd(fd, info, label, limits)
    except OSError as exc:
        reason, hint = _why(exc, None)
        raise _read_error(label, msg("load.io", reason=reason), hint) from None
    finally:
        os.close(fd)


def read_stream(
    stream: IO[Any] | None = None, *, limits: LoadLimits = DEFAULT_LIMITS, name: str = "<stdin>"
) -> bytes:
    """Everything on ``stream`` (default: standard input), read within ``limits``.

    A stream with a real file descriptor (a pipe, a terminal, a redirected file or device) is
    read with the size and time limits; a stream in memory (as in tests) is read up to the
    size limit. Text streams without a byte buffer are encoded as UTF-8.
    """
    stream = sys.stdin if stream is None else stream
    if stream is None:  # the process was started with standard input closed
        raise _read_error(name, msg("load.io.stdin_closed"), msg("load.io.stdin_closed.hint"))
    fd: int | None
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError):
        fd = None
    if fd is not None:
        try:
            return _read_fd(fd, os.fstat(fd), name, limits)
        except OSError as exc:
            raise _read_error(name, msg("load.io.stream", reason=_why(exc, None)[0])) from None
    binary = getattr(stream, "buffer", stream)
    data = binary.read(limits.max_bytes + 1)
    if isinstance(data, str):
        data = data.encode("utf-8", errors="surrogateescape")
    if len(data) > limits.max_bytes:
        raise _too_large(name, limits)
    return bytes(data)


def _same_file(a: os.stat_result, b: os.stat_result) -> bool:
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _refuse_inputs(label: str, existing: os.stat_result, protect: Iterable[StrPath | None]) -> None:
    for source in protect:
        if source is None or os.fspath(source) in ("", "-"):
            continue
        try:
            other = os.stat(source)
        except OSError:
            continue
        if _same_file(existing, other):
            raise FileWriteError(
                label,
                msg("error.write.input", path=os.fspath(source)),
                msg("error.write.input.hint"),
            )


def check_target(path: StrPath, protect: Iterable[StrPath | None] = ()) -> None:
    """Raise :class:`FileWriteError` now if ``path`` cannot be written by :func:`write_file`
    because it is a folder or one of the inputs in ``protect``: for a command to stop before
    rendering something slow."""
    try:
        existing = os.stat(path)
    except OSError:
        return
    _refuse_inputs(os.fspath(path), existing, protect)
    if stat.S_ISDIR(existing.st_mode):
        raise FileWriteError(
            os.fspath(path), msg("error.write.folder"), msg("error.write.folder.hint")
        )


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_file(
    path: StrPath,
    data: bytes | str,
    *,
    protect: Iterable[StrPath | None] = (),
) -> None:
    """Write ``data`` (text is written as UTF-8, newlines as given) to ``path`` atomically.

    See the module docstring: a temporary file in the same folder, ``fsync``, rename;
    permissions kept; symbolic links followed; ``protect`` lists the inputs of the run, which
    are never written over. Raises :class:`FileWriteError`.
    """
    label = os.fspath(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    if label == "":
        raise FileWriteError(label, msg("error.write.no_name"))
    try:
        try:
            existing: os.stat_result | None = os.stat(path)  # follows symbolic links
        except FileNotFoundError:
            existing = None
        if existing is not None:
            _refuse_inputs(label, existing, protect)
            if stat.S_ISDIR(existing.st_mode):
                raise FileWriteError(
                    label, msg("error.write.folder"), msg("error.write.folder.hint")
                )
            if not stat.S_ISREG(existing.st_mode):
                _write_in_place(path, payload)
                return
        _write_atomic(Path(os.path.realpath(path)), payload, existing)
    except FileWriteError:
        raise
    except OSError as exc:
        reason, hint = _why(exc, None)
        if isinstance(exc, FileNotFoundError):
            reason = msg("error.write.no_folder", folder=str(Path(label).parent))
            hint = msg("error.write.no_folder.hint")
        raise FileWriteError(label, reason, hint) from None


def _write_in_place(target: StrPath, payload: bytes) -> None:
    """Devices and FIFOs: written directly (a rename would replace the device node). Opened
    without waiting (a FIFO with no reader is an error, not a hang), then written blocking,
    so a reader that is slower than the writer (``-o /dev/stdout | less``) gets everything."""
    fd = os.open(target, os.O_WRONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        with contextlib.suppress(OSError, AttributeError):
            os.set_blocking(fd, True)
        view = memoryview(payload)
        while view:
            written = os.write(fd, view)
            view = view[written:]
    finally:
        os.close(fd)


def _write_atomic(target: Path, payload: bytes, existing: os.stat_result | None) -> None:
    import tempfile

    folder = target.parent
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        try:
            view = memoryview(payload)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        mode = stat.S_IMODE(existing.st_mode) if existing is not None else 0o666 & ~_umask()
        os.chmod(temp, mode)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    _sync_folder(folder)


def _sync_folder(folder: Path) -> None:
    """Flush the rename to disk too (POSIX); a folder cannot be opened for this on Windows."""
    if not hasattr(os, "O_DIRECTORY"):  # pragma: no cover - Windows
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
