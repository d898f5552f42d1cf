"""Snapshots of ``preventionkit validate --example umea`` in English and Swedish.

A change in the output shows up as a diff to review. Regenerate after a deliberate change with
``PK_UPDATE_SNAPSHOTS=1 pytest tests/cli/test_cli_snapshots.py`` and read the diff before
committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SNAPSHOTS = Path(__file__).parent / "snapshots"


@pytest.mark.parametrize("lang", ["en", "sv", "nb"])
def test_validate_umea(invoke, lang: str) -> None:
    result = invoke("validate", "--example", "umea", "--lang", lang)
    assert result.exit_code in (0, 1), result.output
    assert "Traceback" not in result.output
    snapshot = SNAPSHOTS / f"validate-umea-{lang}.txt"
    actual = f"exit {result.exit_code}\n{result.stdout}"
    if os.environ.get("PK_UPDATE_SNAPSHOTS") == "1":
        snapshot.write_text(actual, encoding="utf-8")
    if not snapshot.exists():
        pytest.fail(f"no snapshot {snapshot.name}; run with PK_UPDATE_SNAPSHOTS=1 to write it")
    assert actual == snapshot.read_text(encoding="utf-8")
