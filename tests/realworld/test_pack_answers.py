"""The reviewed framework-pack answers on the real plans (issue 17): every answer the packs
give for the plans of ``tests/realworld`` (the packs each declares, and those reviewed on
request) has a reviewed entry with the same grade and provenance, and every entry has an
answer. An answer that changes fails here until its review is updated in
``reviewed/pack-answers.yaml``; a *wrong* verdict must say what is left open."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import preventionkit as pk
from preventionkit.frameworks import SHIPPED_PACKS, assess_pack

HERE = Path(__file__).parent
ANSWERS = HERE / "reviewed" / "pack-answers.yaml"
DATA: dict[str, Any] = yaml.safe_load(ANSWERS.read_text(encoding="utf-8"))
PLANS: dict[str, Any] = DATA["plans"]
SWEDISH = ("se-five-step", "se-national-strategy-2017")
ENGLISH = ("uk-serious-violence-duty", "who-inspire")
SWEDISH_PLANS = (
    "harnosand-vinr-2020",
    "orust-vinr",
    "ulricehamn-vinr-2014",
    "vasternorrland-mvk-2022",
)
CASES = [(plan, pack) for plan, entry in PLANS.items() for pack in entry["packs"]]


def _load(plan_id: str) -> pk.ActionPlan:
    return pk.load(HERE / f"{plan_id}.yaml")


@pytest.mark.parametrize(("plan_id", "pack_id"), CASES, ids=[f"{p}:{k}" for p, k in CASES])
def test_every_answer_has_its_review_and_no_review_is_stale(plan_id: str, pack_id: str) -> None:
    reviewed = PLANS[plan_id]["packs"][pack_id]
    result = assess_pack(_load(plan_id), pack_id)
    assert reviewed["version"] == result.version, "the pack changed: review its answers again"
    got = [(r.item.id, r.grade, r.provenance) for r in result]
    want = [(e["item"], e["grade"], e["provenance"]) for e in reviewed["items"]]
    assert got == want, "an answer changed: review it in reviewed/pack-answers.yaml"


def test_every_entry_is_reviewed_with_a_reason_and_wrong_ones_say_what_is_open() -> None:
    for plan_id, plan in PLANS.items():
        assert str(plan["about"]).strip(), plan_id
        for pack_id, reviewed in plan["packs"].items():
            assert pack_id in SHIPPED_PACKS
            for e in reviewed["items"]:
                where = (plan_id, pack_id, e["item"])
                assert e["verdict"] in ("right", "wrong"), where
                assert len(str(e["reason"]).strip()) > 20, where
                if e["verdict"] == "wrong":
                    assert len(str(e.get("open", "")).strip()) > 20, where


def test_each_plan_is_reviewed_against_what_it_declares_and_its_jurisdictions_packs() -> None:
    plans = {p.stem: _load(p.stem) for p in HERE.glob("*.yaml") if p.name != "verdicts.yaml"}
    for plan_id, plan in plans.items():
        declared = set(plan.follows)
        if plan_id not in PLANS:
            assert not declared, f"{plan_id} declares {declared} but has no reviewed answers"
            continue
        packs = set(PLANS[plan_id]["packs"])
        assert declared <= packs, plan_id
        if "uk-serious-violence-duty" in declared:
            assert set(ENGLISH) <= packs, plan_id
        if plan_id in SWEDISH_PLANS:
            assert set(SWEDISH) <= packs, plan_id
    assert set(SWEDISH_PLANS) <= set(PLANS)
    # The English strategies all declare the duty (their own words; see the files).
    for plan_id in ("lbhf-svd-strategy", "harrow-svd-strategy-2024", "havering-svd-strategy-2024"):
        assert plans[plan_id].follows == ("uk-serious-violence-duty",)
