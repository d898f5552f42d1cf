"""Look at a workbook's package before any spreadsheet code reads it (issue 19, hostile input).

An ``.xlsx`` file is a zip package of XML parts. Before openpyxl opens it, this checks what the
bytes are (a zip package, an encrypted or old binary Excel file, or something else), that it
holds a workbook, that it carries no macros, and that it cannot unpack into more than the
limits allow (a zip bomb). Each refusal is one located error with a hint.
"""

from __future__ import annotations

import io
import zipfile

from ...errors import IssueKind, LoadIssue, PlanLoadError
from ...messages import plain
from .._limits import LoadLimits

__all__ = ["MAX_MEMBERS", "MAX_RATIO", "check_package"]

_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
MAX_MEMBERS = 10_000
"""The most parts a workbook package may hold."""
MAX_RATIO = 100
"""The most a part larger than 16 MiB may grow when unpacked (real sheets grow 5–20 times)."""
_BIG = 16 * 1024 * 1024
_BIG_SHEET = 1024 * 1024
_HEAD = 64 * 1024


def _refuse(kind: IssueKind, message: str, file: str | None, hint: str) -> PlanLoadError:
    # Workbook refusals are not yet in the catalogue: their English text is carried as is.
    return PlanLoadError(
        [LoadIssue(kind, plain(message), file, None, None, "", plain(hint), cell=None)]
    )


def check_package(data: bytes, file: str | None, limits: LoadLimits) -> zipfile.ZipFile:
    """The zip package of a workbook, checked; a ``PlanLoadError`` when it is not one to read."""
    if data.startswith(_CFB):
        if _ENCRYPTED in data:
            raise _refuse(
                "encrypted",
                "the workbook is protected with a password (it is encrypted)",
                file,
                "remove the password (File → Info → Protect Workbook) and save it as .xlsx",
            )
        raise _refuse(
            "not_a_workbook",
            "this is an Excel 97–2003 workbook (.xls), which preventionkit does not read",
            file,
            "save it as an Excel workbook (.xlsx)",
        )
    if not data.startswith(_ZIP):
        raise _refuse(
            "not_a_workbook",
            "the file is not an Excel workbook (.xlsx): it is not a zip package",
            file,
            "save the plan as an Excel workbook (.xlsx), or load a YAML or JSON plan",
        )
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        infos = package.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise _refuse(
            "not_a_workbook",
            "the workbook's zip package is damaged and cannot be read",
            file,
            "open it in Excel or LibreOffice and save it again as .xlsx",
        ) from None
    if len(infos) > MAX_MEMBERS:
        raise _refuse(
            "too_large",
            f"the workbook package holds {len(infos):,} parts; the limit is {MAX_MEMBERS:,}",
            file,
            "save the plan again as a plain .xlsx workbook",
        )
    total = sum(i.file_size for i in infos)
    if total > limits.max_bytes:
        raise _refuse(
            "too_large",
            f"the workbook unpacks to {total:,} bytes; the limit is {limits.max_bytes:,}",
            file,
            "raise LoadLimits.max_bytes if the plan really is this large",
        )
    for info in infos:
        if info.file_size > _BIG and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _refuse(
                "too_large",
                f"the part {info.filename!r} unpacks {info.file_size // max(info.compress_size, 1):,} "
                f"times larger than it is packed (a zip bomb)",
                file,
                "this is not a workbook a spreadsheet program writes; save the plan again",
            )
    for info in infos:
        if info.filename.startswith("xl/worksheets/") and info.file_size > _BIG_SHEET:
            with package.open(info) as stream:
                start = stream.read(_HEAD)
            if b"<dimension" not in start and b":dimension" not in start:
                # openpyxl reads a sheet without its size through to the end before any row
                # is read; a spreadsheet program always writes it.
                raise _refuse(
                    "too_large",
                    f"the sheet part {info.filename!r} unpacks to {info.file_size:,} bytes and "
                    "does not state its size (no <dimension>), as spreadsheet programs do",
                    file,
                    "open the workbook in Excel or LibreOffice and save it again",
                )
    names = {i.filename for i in infos}
    if "xl/workbook.xml" not in names and "xl/workbook.bin" not in names:
        raise _refuse(
            "not_a_workbook",
            "the zip package holds no Excel workbook (no xl/workbook.xml)",
            file,
            "save the plan as an Excel workbook (.xlsx)",
        )
    if "xl/workbook.bin" in names:
        raise _refuse(
            "not_a_workbook",
            "this is a binary Excel workbook (.xlsb), which preventionkit does not read",
            file,
            "save it as an Excel workbook (.xlsx)",
        )
    if any(n.lower().endswith("vbaproject.bin") for n in names):
        raise _refuse(
            "macros",
            "the workbook holds macros (VBA); preventionkit never runs them and reads no "
            "macro-enabled workbook",
            file,
            "save it as an Excel workbook without macros (.xlsx)",
        )
    return package
