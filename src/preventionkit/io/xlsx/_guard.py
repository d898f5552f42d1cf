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
from ...messages import Message
from ...messages import message as msg
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


def _refuse(kind: IssueKind, message: Message, file: str | None, hint: Message) -> PlanLoadError:
    return PlanLoadError([LoadIssue(kind, message, file, None, None, "", hint, cell=None)])


def check_package(data: bytes, file: str | None, limits: LoadLimits) -> zipfile.ZipFile:
    """The zip package of a workbook, checked; a ``PlanLoadError`` when it is not one to read."""
    if data.startswith(_CFB):
        if _ENCRYPTED in data:
            raise _refuse(
                "encrypted",
                msg("load.xlsx.encrypted"),
                file,
                msg("load.xlsx.encrypted.hint"),
            )
        raise _refuse(
            "not_a_workbook",
            msg("load.xlsx.xls"),
            file,
            msg("load.xlsx.save_xlsx.hint"),
        )
    if not data.startswith(_ZIP):
        raise _refuse(
            "not_a_workbook",
            msg("load.xlsx.not_zip"),
            file,
            msg("load.xlsx.not_zip.hint"),
        )
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        infos = package.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise _refuse(
            "not_a_workbook",
            msg("load.xlsx.damaged"),
            file,
            msg("load.xlsx.resave.hint"),
        ) from None
    if len(infos) > MAX_MEMBERS:
        raise _refuse(
            "too_large",
            msg("load.xlsx.too_many_parts", parts=len(infos), limit=MAX_MEMBERS),
            file,
            msg("load.xlsx.too_many_parts.hint"),
        )
    total = sum(i.file_size for i in infos)
    if total > limits.max_bytes:
        raise _refuse(
            "too_large",
            msg("load.xlsx.unpacks_to", size=total, limit=limits.max_bytes),
            file,
            msg("load.too_large.hint"),
        )
    for info in infos:
        if info.file_size > _BIG and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _refuse(
                "too_large",
                msg(
                    "load.xlsx.zip_bomb",
                    part=info.filename,
                    ratio=info.file_size // max(info.compress_size, 1),
                ),
                file,
                msg("load.xlsx.zip_bomb.hint"),
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
                    msg("load.xlsx.no_dimension", part=info.filename, size=info.file_size),
                    file,
                    msg("load.xlsx.no_dimension.hint"),
                )
    names = {i.filename for i in infos}
    if "xl/workbook.xml" not in names and "xl/workbook.bin" not in names:
        raise _refuse(
            "not_a_workbook",
            msg("load.xlsx.no_workbook"),
            file,
            msg("load.xlsx.no_workbook.hint"),
        )
    if "xl/workbook.bin" in names:
        raise _refuse(
            "not_a_workbook",
            msg("load.xlsx.xlsb"),
            file,
            msg("load.xlsx.save_xlsx.hint"),
        )
    if any(n.lower().endswith("vbaproject.bin") for n in names):
        raise _refuse(
            "macros",
            msg("load.xlsx.macros"),
            file,
            msg("load.xlsx.macros.hint"),
        )
    return package
