"""Reviewed snapshots: a test's output compared with a file kept beside the test.

One protocol for every snapshot test (the CLI output, the embedded examples' findings, the real
plans' findings): ``PK_UPDATE_SNAPSHOTS=1`` rewrites the files instead of comparing, and the diff
is then reviewed before it is committed. Hand-made rather than a snapshot plugin because the
protocol is these few lines and the suite should not depend on a plugin's file layout.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

UPDATE = "PK_UPDATE_SNAPSHOTS"


def how_to_update(snapshot: Path, command: str) -> str:
    """The sentence a failing comparison shows: how to rewrite the snapshot, and to review it."""
    return (
        f"{snapshot.name} differs from the output; if the change is deliberate, run "
        f"{UPDATE}=1 {command} and review the diff of {snapshot} before committing it"
    )


def reviewed_text(snapshot: Path, actual: str, command: str) -> str:
    """The snapshot's text to compare ``actual`` with; with ``PK_UPDATE_SNAPSHOTS=1`` it is
    rewritten from ``actual`` first. A missing snapshot fails the test with the command that
    writes it."""
    if os.environ.get(UPDATE) == "1":
        snapshot.parent.mkdir(parents=True, exist_ok=True)
        snapshot.write_text(actual, encoding="utf-8")
    if not snapshot.exists():
        pytest.fail(f"no snapshot {snapshot}; run {UPDATE}=1 {command} to write it")
    return snapshot.read_text(encoding="utf-8")


def reviewed_json(snapshot: Path, actual: Any, command: str) -> Any:
    """Like :func:`reviewed_text` for a JSON document: written indented with non-ASCII kept,
    compared as data so that formatting alone never fails a test."""
    rendered = json.dumps(actual, ensure_ascii=False, indent=2) + "\n"
    return json.loads(reviewed_text(snapshot, rendered, command))
