"""Every plan file the project ships or tests with reads as it is and, migrated, as format 2
to the same plan (issue "A format that real plans fit", Deliver 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

import preventionkit as pk
from preventionkit.errors import PlanLoadError
from preventionkit.io import migrate_text
from preventionkit.model import FORMAT_VERSION

ROOT = Path(__file__).resolve().parents[2]
_FOLDERS = ("examples", "src/preventionkit/data/examples", "tests")
_SKIP_PARTS = {"bad", "snapshots", "sarif"}


def _plan_files() -> list[Path]:
    found: list[Path] = []
    for folder in _FOLDERS:
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix not in (".yaml", ".yml", ".json") or _SKIP_PARTS & set(path.parts):
                continue
            text = path.read_text(encoding="utf-8")
            if "preventionkit" not in text[:2000]:
                continue
            try:
                pk.loads(text, source=str(path))
            except PlanLoadError:
                continue  # fixtures of broken plans are tested where they are used
            found.append(path)
    return found


PLAN_FILES = _plan_files()


def test_the_corpus_is_not_empty() -> None:
    names = {p.name for p in PLAN_FILES}
    assert {"umea.yaml", "gavle.yaml", "vasterbotten.yaml"} <= names
    assert len(PLAN_FILES) >= 6


@pytest.mark.parametrize("path", PLAN_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_plan_file_reads_in_both_versions_to_the_same_plan(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    before = pk.loads(text, source=str(path))
    migrated = migrate_text(text, source=str(path))
    after = pk.loads(migrated, source=str(path))
    assert after.preventionkit == FORMAT_VERSION
    assert after.model_copy(update={"preventionkit": before.preventionkit}) == before
    assert len(migrated.splitlines()) == len(text.splitlines())
