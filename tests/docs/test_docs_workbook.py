"""The generated workbook reference names every sheet and every column of the workbook in the
three languages, and the plan field each column holds (issue 19)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "docs" / "hooks"))

from pk_gen import build_pages  # noqa: E402
from pk_gen.workbook import PATH, workbook_pages  # noqa: E402

from preventionkit.io.xlsx._layout import SHEETS  # noqa: E402
from preventionkit.io.xlsx._words import word  # noqa: E402
from preventionkit.io.xlsx._write import header  # noqa: E402


def test_the_page_is_built_with_the_site() -> None:
    assert PATH in build_pages()


@pytest.mark.parametrize("layout", SHEETS, ids=lambda s: s.key)
def test_every_sheet_and_column_is_on_the_page(layout: object) -> None:
    page = workbook_pages()[PATH]
    sheet = layout
    for lang in ("sv", "en", "nb"):
        assert word(f"sheet:{sheet.key}", lang) in page  # type: ignore[attr-defined]
    for column in sheet.columns:  # type: ignore[attr-defined]
        heads = " | ".join(header(sheet, column, lang) for lang in ("sv", "en", "nb"))  # type: ignore[arg-type]
        field = "—" if column.field in sheet.keys else f"`{column.field}`"  # type: ignore[attr-defined]
        assert f"| {heads} | {field} |" in page
