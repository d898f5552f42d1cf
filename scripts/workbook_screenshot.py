"""Render the tutorial's picture of a workbook: ``python scripts/workbook_screenshot.py OUT.png``.

Exports the Umeå example as a Swedish workbook, keeps its activities sheet (the first rows and
the columns a strategist fills first), prints it to PDF with LibreOffice headless and turns
the page into a PNG with pdftoppm (Debian: libreoffice-calc-nogui, poppler-utils).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import openpyxl
from openpyxl.worksheet.properties import PageSetupProperties

import preventionkit as pk
from preventionkit.io.xlsx import to_xlsx


def main(out: Path) -> None:
    soffice, pdftoppm = shutil.which("soffice"), shutil.which("pdftoppm")
    if soffice is None or pdftoppm is None:
        raise SystemExit("needs soffice (LibreOffice) and pdftoppm (poppler-utils)")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        book = work / "aktiviteter.xlsx"
        to_xlsx(pk.examples.load("umea"), book, lang="sv")
        wb = openpyxl.load_workbook(book)
        for ws in list(wb.worksheets):
            if ws.title != "Aktiviteter":
                wb.remove(ws)
        ws = wb["Aktiviteter"]
        for letter in ("C", "H"):  # the long description and timeline texts
            ws.column_dimensions[letter].hidden = True
        ws.print_area = "A1:J14"
        ws.page_setup.orientation = "landscape"
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 1
        ws.print_options.gridLines = True
        ws.print_options.headings = True
        wb.save(book)
        subprocess.run(
            [soffice, "--headless", "--norestore",
             f"-env:UserInstallation=file://{work / 'profile'}",
             "--convert-to", "pdf", "--outdir", str(work), str(book)],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
        subprocess.run(
            [pdftoppm, "-png", "-r", "200", "-f", "1", "-l", "1", "-singlefile",
             str(work / "aktiviteter.pdf"), str(work / "page")],
            check=True, capture_output=True, timeout=60,
        )  # fmt: skip
        _trim(work / "page.png", out)


def _trim(page: Path, out: Path) -> None:
    """The printed cells without the white page around them."""
    from PIL import Image, ImageChops

    with Image.open(page) as image:
        rgb = image.convert("RGB")
        box = ImageChops.difference(rgb, Image.new("RGB", rgb.size, "white")).getbbox()
        if box is not None:
            pad = 12
            rgb = rgb.crop(
                (max(box[0] - pad, 0), max(box[1] - pad, 0),
                 min(box[2] + pad, rgb.width), min(box[3] + pad, rgb.height))
            )  # fmt: skip
        rgb.save(out, optimize=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
