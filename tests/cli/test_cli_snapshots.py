"""Snapshots of ``preventionkit validate --example umea`` in English and Swedish.

A change in the output shows up as a diff to review. Regenerate after a deliberate change with
``PK_UPDATE_SNAPSHOTS=1 pytest tests/cli/test_cli_snapshots.py`` and read the diff before
committing it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _snapshots import how_to_update, reviewed_text

SNAPSHOTS = Path(__file__).parent / "snapshots"


@pytest.mark.parametrize("lang", ["en", "sv", "nb"])
def test_validate_umea(invoke, lang: str) -> None:
    # The day the snapshot was read on: ``validate`` judges on today by default.
    result = invoke("validate", "--example", "umea", "--lang", lang, "--as-of", "2026-11-27")
    assert result.exit_code in (0, 1), result.output
    assert "Traceback" not in result.output
    snapshot = SNAPSHOTS / f"validate-umea-{lang}.txt"
    actual = f"exit {result.exit_code}\n{result.stdout}"
    command = "pytest tests/cli/test_cli_snapshots.py"
    assert actual == reviewed_text(snapshot, actual, command), how_to_update(snapshot, command)
