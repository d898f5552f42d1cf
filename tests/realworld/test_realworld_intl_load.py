"""The real plans from outside Sweden in tests/realworld/ (issue 15 deliverable 5; sources in
SOURCES.md, "English plans" and "Norwegian plans"). test_realworld.py loads, round-trips and
snapshots every plan there; this file checks what these plans were encoded to show: what the
sources leave unsaid stays unstated, a statutory duty rests on its Act, a proposal is not an
adoption, and no actor stands in for a group."""

from __future__ import annotations

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


@pytest.mark.parametrize("name", ["lbhf-svd-strategy", "havering-svd-strategy-2024"])
def test_statutory_duty_rests_on_the_act(name: str) -> None:
    """England's duty holders get their mandate from the Act, not from a local decision."""
    plan = pk.load(HERE / f"{name}.yaml")
    (mandate,) = plan.mandates
    assert mandate.statute == "Police Crime Sentencing and Courts Act 2022"
    assert mandate.decision is None
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
