"""The real plans from outside Sweden in tests/realworld/ (issue 15 deliverable 5; sources in
SOURCES-intl.md): each loads, round-trips, keeps what it leaves unstated unstated, and can be
validated. The shared test_realworld.py snapshots their findings; this file only guards loading."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import preventionkit as pk

HERE = Path(__file__).parent
PLANS = (
    "harrow-svd-strategy-2024",
    "havering-svd-strategy-2024",
    "kristiansund-vold-2023",
    "lbhf-svd-strategy",
    "levanger-vold-2020",
    "lillestrom-vold-2021",
    "loten-vold-2023",
    "vestre-toten-vold-2024",
)


@pytest.mark.parametrize("name", PLANS)
def test_plan_loads_under_its_file_name(name: str) -> None:
    plan = pk.load(HERE / f"{name}.yaml")
    assert plan.id == name
    assert plan.preventionkit == 2


@pytest.mark.parametrize("name", PLANS)
@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_plan_round_trips(name: str, fmt: str) -> None:
    plan = pk.load(HERE / f"{name}.yaml")
    assert pk.loads(pk.dumps(plan, format=fmt), format=fmt) == plan


@pytest.mark.parametrize("name", PLANS)
def test_plan_validates(name: str) -> None:
    report = pk.validate(pk.load(HERE / f"{name}.yaml"))
    assert all(f.code for f in report.findings)


@pytest.mark.parametrize(
    ("name", "path"),
    [
        # The sources are silent on these; the files leave them out rather than say "none".
        ("lbhf-svd-strategy", "readiness.referral_routines"),
        ("lbhf-svd-strategy", "activities[0].prevention_levels"),
        ("lbhf-svd-strategy", "bodies[0].members"),
        ("loten-vold-2023", "activities"),
        ("havering-svd-strategy-2024", "follow_up"),
        ("vestre-toten-vold-2024", "adopted_by"),
    ],
)
def test_what_the_source_does_not_state_stays_unstated(name: str, path: str) -> None:
    assert pk.load(HERE / f"{name}.yaml").knows(path) == "unstated"


def test_statutory_duty_rests_on_the_act() -> None:
    """England's duty holders get their mandate from the Act, not from a local decision."""
    plan = pk.load(HERE / "lbhf-svd-strategy.yaml")
    (mandate,) = plan.mandates
    assert mandate.statute == "Police Crime Sentencing and Courts Act 2022"
    assert plan.actor(mandate.granted_by).kind == "legislature"


def test_an_inter_municipal_plan_names_the_municipalities_it_governs() -> None:
    plan = pk.load(HERE / "kristiansund-vold-2023.yaml")
    names = [plan.name_of(i) for i in plan.applies_to]
    assert names == ["Averøy", "Kristiansund", "Aure", "Tingvoll", "Smøla"]


def test_a_proposal_is_not_recorded_as_an_adoption() -> None:
    """Levanger's page holds the chief executive's proposal, not the council's decision."""
    plan = pk.load(HERE / "levanger-vold-2020.yaml")
    assert plan.knows("adopted_by") == "unstated"
    assert plan.decision("d-forslag-2019").stage == "proposal"


def test_a_group_named_as_partner_is_not_made_an_actor() -> None:
    """Harrow names "our Voluntary and Community Sector" among its partners: a sector, which
    the file keeps in the description instead of letting one actor stand in for it."""
    plan = pk.load(HERE / "harrow-svd-strategy-2024.yaml")
    assert "our Voluntary and Community Sector" in (plan.description or "")
    assert all("Voluntary" not in a.name for a in plan.actors)


@pytest.mark.parametrize("name", PLANS)
def test_every_record_cites_where_in_its_source_it_comes_from(name: str) -> None:
    plan = pk.load(HERE / f"{name}.yaml")
    uncited = [path for path, record in plan.iter_records() if not getattr(record, "cites", None)]
    uncited += [f"related[{i}]" for i, link in enumerate(plan.related) if not link.cites]
    if plan.needs is not None and not plan.needs.cites:
        uncited.append("needs")
    assert plan.cites
    assert uncited == []


@pytest.mark.parametrize("name", PLANS)
def test_findings_match_the_reviewed_snapshot(name: str) -> None:
    """The findings as reviewed finding by finding (verdicts in the review of these plans);
    the shared tests/realworld test keeps the same snapshots once the corpora are joined."""
    report = pk.validate(pk.load(HERE / f"{name}.yaml")).to_dict()
    actual = {
        "plan": report["plan"]["id"],
        "profile": report["profile"],
        "findings": [
            {"code": f["code"], "severity": f["severity"], "path": f["path"]}
            for f in report["findings"]
        ],
    }
    snapshot = HERE / "snapshots" / f"{name}.json"
    assert actual == json.loads(snapshot.read_text(encoding="utf-8")), (
        f"{snapshot.name} differs; update it only together with the reviewed verdicts"
    )
