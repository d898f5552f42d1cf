"""Reviewed snapshots: a test's output compared with a file kept beside the test.

One protocol for every snapshot test (the CLI output, the embedded examples' findings, the real
plans' findings), and the pieces the corpus tests share (the day the corpus is judged on, the
check that every record cites its source): ``PK_UPDATE_SNAPSHOTS=1`` rewrites the files instead of comparing, and the diff
is then reviewed before it is committed. Hand-made rather than a snapshot plugin because the
protocol is these few lines and the suite should not depend on a plugin's file layout.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

import preventionkit as pk
from preventionkit.model import ActionPlan
from preventionkit.rules import ValidationReport

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


# --- the reviewed corpus: the embedded examples and the real plans in tests/realworld ----------

REVIEWED_ON = "2026-11-27"
"""The day the corpus's snapshots and verdicts were read on, and the plans are judged on
(``validate`` judges on today by default; each reviewed reading holds for this day). The
verdicts file states the same day (``tests/realworld/review/verdicts.yaml``)."""


def judged(plan: ActionPlan) -> ValidationReport:
    """``plan`` validated as it was reviewed: on :data:`REVIEWED_ON`, under its own profile."""
    return pk.validate(plan, as_of=REVIEWED_ON)


def uncited_records(plan: ActionPlan) -> list[str]:
    """The ids (or reprs) of the records of ``plan`` that cite no source: every record of a
    plan in the corpus says where it comes from."""
    groups: tuple[tuple[Any, ...], ...] = (
        plan.actors,
        plan.decisions,
        plan.bodies,
        plan.mandates,
        plan.activities,
        plan.goals,
        plan.indicators,
        plan.follow_up,
        plan.funding,
        plan.related,
        plan.evaluations,
    )
    return [getattr(r, "id", None) or repr(r) for group in groups for r in group if not r.cites]


def assert_snapshot(snapshot: Path, actual: Any, command: str) -> None:
    """``actual`` equals the reviewed JSON ``snapshot`` (rewritten with
    ``PK_UPDATE_SNAPSHOTS=1``); a difference fails with how to update and review it."""
    assert actual == reviewed_json(snapshot, actual, command), how_to_update(snapshot, command)
