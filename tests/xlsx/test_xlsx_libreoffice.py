"""The Umeå example exported to xlsx, opened and saved by LibreOffice headless, imports back
equal (issue 19, "Done when"); so does a plan with every sheet the library writes (declared
terms, its own programmes, indicator breakdowns, lists stated empty). Skipped, saying why,
where LibreOffice is not installed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

import preventionkit as pk
from preventionkit.io.xlsx import to_xlsx

from .xlsx_helpers import WHOLE_PLAN, cell_normal

pytest.importorskip("openpyxl")
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

needs_libreoffice = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice (soffice) is not installed; apt-get install libreoffice-calc-nogui",
)


def _saved_by_libreoffice(source: Path, tmp_path: Path) -> Path:
    """``source`` as LibreOffice writes it after opening it (its own xlsx export)."""
    assert SOFFICE is not None
    out = tmp_path / "saved"
    done = subprocess.run(
        [
            SOFFICE,
            "--headless",
            "--norestore",
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(out),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    saved = out / source.name
    assert done.returncode == 0, done.stderr
    assert saved.exists(), done.stdout + done.stderr
    assert saved.read_bytes() != source.read_bytes()  # LibreOffice wrote its own file
    return saved


@needs_libreoffice
@pytest.mark.parametrize("lang", ["sv", "nb"])
def test_umea_saved_by_libreoffice_imports_back_equal(tmp_path: Path, lang: str) -> None:
    source = tmp_path / "umea.xlsx"
    to_xlsx(pk.examples.load("umea"), source, lang=lang)  # type: ignore[arg-type]
    assert pk.load(_saved_by_libreoffice(source, tmp_path)) == pk.examples.load("umea")


@needs_libreoffice
def test_every_sheet_saved_by_libreoffice_imports_back_equal(tmp_path: Path) -> None:
    plan = pk.ActionPlan.model_validate(WHOLE_PLAN)
    source = tmp_path / "svd.xlsx"
    to_xlsx(plan, source, lang="en")
    back = pk.load(_saved_by_libreoffice(source, tmp_path))
    assert back == cell_normal(plan)
    assert back.knows("mandates") == "absent"
    assert back.knows("indicators[0].periods[1].breakdown") == "absent"
