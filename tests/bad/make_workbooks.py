"""Write the hostile workbooks of the corpus: ``python tests/bad/make_workbooks.py``.

Each is a realistic plan (the embedded Umeå example as a Swedish workbook) with one thing
wrong, or a file that only claims to be a workbook. The password-protected one needs
``msoffcrypto-tool`` (used here only, to encrypt; preventionkit never decrypts), so it is
written only when that is installed; the committed file stays otherwise.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import openpyxl

import preventionkit as pk
from preventionkit.io.xlsx import xlsx_bytes

HERE = Path(__file__).parent


def _umea() -> bytes:
    return xlsx_bytes(pk.examples.load("umea"), "sv")


def _edited(**cells: object) -> bytes:
    wb = openpyxl.load_workbook(io.BytesIO(_umea()))
    for where, value in cells.items():
        sheet, ref = where.split("__")
        wb[sheet][ref] = value
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _repack(data: bytes, change: dict[str, bytes | None]) -> bytes:
    """The package ``data`` with parts replaced, added or (``None``) removed."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            if info.filename in change:
                continue
            dst.writestr(info, src.read(info.filename), zipfile.ZIP_DEFLATED)
        for name, part in change.items():
            if part is not None:
                dst.writestr(name, part, zipfile.ZIP_DEFLATED, compresslevel=9)
    return out.getvalue()


def _sheet_part(data: bytes, title: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as pkg:
        book = pkg.read("xl/workbook.xml").decode()
        rels = pkg.read("xl/_rels/workbook.xml.rels").decode()
    rid = re.search(rf'<sheet[^>]*name="{title}"[^>]*r:id="(rId\d+)"', book)
    assert rid is not None
    target = re.search(rf'Id="{rid.group(1)}"[^>]*Target="([^"]+)"', rels) or re.search(
        rf'Target="([^"]+)"[^>]*Id="{rid.group(1)}"', rels
    )
    assert target is not None
    return "xl/" + target.group(1).removeprefix("/xl/")


def _external_link() -> bytes:
    """A workbook linked to a workbook on the web (an ``externalLink`` part, as Excel writes
    one), with a title that is a formula reading from it: nothing may be fetched."""
    from openpyxl.packaging.relationship import Relationship
    from openpyxl.workbook.external_link.external import (
        ExternalBook,
        ExternalLink,
        ExternalSheetNames,
    )

    wb = openpyxl.load_workbook(io.BytesIO(_umea()))
    book = ExternalBook(sheetNames=ExternalSheetNames(sheetName=["Blad1"]), id="rId1")
    link = ExternalLink(externalBook=book)
    link.file_link = Relationship(
        type="externalLinkPath",
        Target="https://example.invalid/plan.xlsx",
        TargetMode="External",
        Id="rId1",
    )
    wb._external_links.append(link)
    wb["Aktiviteter"]["B5"] = "=[1]Blad1!A1"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def main() -> None:
    (HERE / "xlsx_not_a_workbook.xlsx").write_bytes(
        b"Aktivitet;Ansvar;Tidsplan\nKartl\xc3\xa4ggning;KS;2019\n"
    )
    (HERE / "xlsx_old_xls.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    (HERE / "xlsx_misspelt_committee.xlsx").write_bytes(_edited(Aktiviteter__D14="fgn; gvm"))
    (HERE / "xlsx_unknown_column.xlsx").write_bytes(_edited(Aktiviteter__I1="Preventionsniva"))
    (HERE / "xlsx_formula_external_link.xlsx").write_bytes(_external_link())
    wb = openpyxl.load_workbook(io.BytesIO(_umea()))
    wb["Aktiviteter"].merge_cells("D2:D4")
    merged = io.BytesIO()
    wb.save(merged)
    (HERE / "xlsx_merged_cells.xlsx").write_bytes(merged.getvalue())
    (HERE / "xlsx_macros.xlsm").write_bytes(
        _repack(_umea(), {"xl/vbaProject.bin": b'\xd0\xcf\x11\xe0 Attribute VB_Name = "Module1"'})
    )
    base = _umea()
    part = _sheet_part(base, "Aktiviteter")
    # a zip bomb: the activities sheet unpacks to 64 MiB of blanks (about 1000 times its size)
    bomb = b'<?xml version="1.0"?><worksheet>' + b" " * (64 * 1024 * 1024) + b"</worksheet>"
    (HERE / "xlsx_zip_bomb.xlsx").write_bytes(_repack(base, {part: bomb}))
    # a million empty rows, then one activity in the last row of the sheet (the sheet's stated
    # size is left as it was: a file that lies about it)
    with zipfile.ZipFile(io.BytesIO(base)) as pkg:
        sheet_xml = pkg.read(part).decode()
    head = re.search(r'<row r="1".*?</row>', sheet_xml, re.S)
    assert head is not None
    last = (
        '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>sist</t></is></c>'
        '<c r="B1048576" t="inlineStr"><is><t>Sista raden</t></is></c>'
        '<c r="D1048576" t="inlineStr"><is><t>ingen</t></is></c></row>'
    )
    rows = head.group(0) + "<row/>" * 1_048_000 + last
    tall = re.sub(
        r"<sheetData>.*</sheetData>", "<sheetData>" + rows + "</sheetData>", sheet_xml, flags=re.S
    )
    (HERE / "xlsx_million_empty_rows.xlsx").write_bytes(_repack(base, {part: tall.encode()}))
    try:
        from msoffcrypto.format import ooxml  # only to write the fixture
    except ImportError:
        return
    encrypted = io.BytesIO()
    ooxml.OOXMLFile(io.BytesIO(_umea())).encrypt("hemligt", encrypted)
    (HERE / "xlsx_password.xlsx").write_bytes(encrypted.getvalue())


if __name__ == "__main__":
    main()
