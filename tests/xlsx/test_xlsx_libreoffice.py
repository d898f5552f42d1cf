"""The Umeå example exported to xlsx, opened and saved by LibreOffice headless, imports back
equal (issue 19, "Done when"). Skipped, saying why, where LibreOffice is not installed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

import preventionkit as pk
from preventionkit.io.xlsx import to_xlsx

pytest.importorskip("openpyxl")
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice (soffice) is not installed; apt-get install libreoffice-calc-nogui",
)
@pytest.mark.parametrize("lang", ["sv", "nb"])
def test_umea_saved_by_libreoffice_imports_back_equal(tmp_path: Path, lang: str) -> None:
    assert SOFFICE is not None
    source = tmp_path / "umea.xlsx"
    to_xlsx(pk.examples.load("umea"), source, lang=lang)  # type: ignore[arg-type]
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
    saved = out / "umea.xlsx"
    assert done.returncode == 0, done.stderr
    assert saved.exists(), done.stdout + done.stderr
    assert saved.read_bytes() != source.read_bytes()  # LibreOffice wrote its own file
    assert pk.load(saved) == pk.examples.load("umea")
