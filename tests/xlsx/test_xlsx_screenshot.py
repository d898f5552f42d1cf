"""The tutorial's picture of a workbook is rendered, not drawn: the script that makes it runs
(through LibreOffice headless and pdftoppm), and the committed picture is there."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
PICTURE = ROOT / "docs" / "tutorials" / "img" / "workbook-activities.png"


def test_the_tutorial_shows_the_committed_picture() -> None:
    page = (ROOT / "docs" / "tutorials" / "06-spreadsheets.md").read_text(encoding="utf-8")
    assert "(img/workbook-activities.png)" in page
    assert PICTURE.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftoppm") is None,
    reason="needs LibreOffice (soffice) and poppler-utils (pdftoppm) to render the workbook",
)
def test_the_picture_script_renders_the_activities_sheet(tmp_path: Path) -> None:
    pytest.importorskip("PIL")
    out = tmp_path / "sheet.png"
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "workbook_screenshot.py"), str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    from PIL import Image

    with Image.open(out) as image:
        width, height = image.size
    assert width > 1000
    assert 100 < height < width
