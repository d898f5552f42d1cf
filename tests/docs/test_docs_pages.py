"""Every runnable block of every hand-written docs page runs, in page order, as a reader would."""

from __future__ import annotations

from pathlib import Path

import pytest
from pk_docblocks import DOCS, blocks, pages, run_page

PAGES = pages()


@pytest.mark.parametrize("page", PAGES, ids=[p.relative_to(DOCS).as_posix() for p in PAGES])
def test_page_runs(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MPLBACKEND", "Agg")
    ran = run_page(page)
    assert ran == len(blocks(page))


def test_the_docs_have_pages_with_code() -> None:
    assert len(PAGES) >= 15
    assert sum(len(blocks(p)) for p in PAGES) >= 40


def test_skipped_blocks_are_rare() -> None:
    skipped = [
        p.relative_to(DOCS).as_posix()
        for p in PAGES
        for _ in range(p.read_text(encoding="utf-8").count("<!-- docs: skip -->"))
    ]
    assert len(skipped) <= 3, skipped
