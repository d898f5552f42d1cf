"""Real public plans from outside our sources, encoded in format 2 (issue 15, deliverable 5).

Every ``tests/realworld/*.yaml`` loads without error, round-trips, cites where its records
come from, is listed in ``SOURCES.md``, and validates to its reviewed snapshot of findings (code,
severity and path). The snapshots change only together with the reviewed reading of every
finding (issue 16, deliverable 5).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import preventionkit as pk
from _snapshots import assert_snapshot, judged, uncited_records
from preventionkit.model import ActionPlan

HERE = Path(__file__).parent
SNAPSHOTS = HERE / "snapshots"
PLANS = sorted(HERE.glob("*.yaml"))
COMMAND = "pytest tests/realworld"


def _plan_id(path: Path) -> str:
    return path.stem


@pytest.fixture(scope="module", params=PLANS, ids=_plan_id)
def plan_file(request: pytest.FixtureRequest) -> Path:
    path: Path = request.param
    return path


def test_the_corpus_has_municipal_and_regional_plans() -> None:
    profiles = {pk.load(p).profile for p in PLANS}
    assert {"municipal", "regional"} <= profiles


def test_plan_loads_in_format_2_with_its_file_name_as_id(plan_file: Path) -> None:
    plan = pk.load(plan_file)
    assert isinstance(plan, ActionPlan)
    assert plan.preventionkit == 2
    assert plan.id == plan_file.stem


def test_plan_round_trips(plan_file: Path) -> None:
    plan = pk.load(plan_file)
    assert pk.loads(pk.dumps(plan, format="yaml"), format="yaml") == plan
    assert pk.loads(pk.dumps(plan, format="json"), format="json") == plan


def test_every_record_cites_its_source(plan_file: Path) -> None:
    plan = pk.load(plan_file)
    assert uncited_records(plan) == []
    assert plan.cites


def test_every_plan_is_listed_in_sources(plan_file: Path) -> None:
    sources = (HERE / "SOURCES.md").read_text(encoding="utf-8")
    assert f"`{plan_file.stem}`" in sources, f"add {plan_file.name} to SOURCES.md"


def _findings(path: Path) -> dict[str, Any]:
    report = judged(pk.load(path)).to_dict()
    return {
        "plan": report["plan"]["id"],
        "profile": report["profile"],
        "findings": [
            {"code": f["code"], "severity": f["severity"], "path": f["path"]}
            for f in report["findings"]
        ],
        "questions": [
            {"code": q["code"], "path": q["path"], "unstated": q["unstated"]}
            for q in report["questions"]
        ],
    }


def test_findings_match_the_reviewed_snapshot(plan_file: Path) -> None:
    """``PK_UPDATE_SNAPSHOTS=1 pytest tests/realworld`` rewrites the snapshots; every change is
    reviewed against the plan's text before it is committed."""
    assert_snapshot(SNAPSHOTS / f"{plan_file.stem}.json", _findings(plan_file), COMMAND)


def test_no_snapshot_outlives_its_plan() -> None:
    stale = sorted(
        s.name for s in SNAPSHOTS.glob("*.json") if not (HERE / f"{s.stem}.yaml").exists()
    )
    assert stale == [], "delete the snapshots of plans no longer in tests/realworld"
