"""The reviewed reading of every finding on the corpus (issue 16, deliverable 5).

``review/verdicts.yaml`` holds, for each embedded example and each real plan here, a verdict on every
finding and question preventionkit gives (sensible, not stated, false alarm), a reason and the
passage it rests on. These tests keep the data and the findings together: a finding or
question nobody reviewed, an entry for one no longer given, and any false alarm fail; and no
finding judges a fact the plan does not state.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from _snapshots import REVIEWED_ON

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "docs" / "hooks"))

from pk_gen.real_plans import (  # noqa: E402
    PATH,
    VERDICT_WORDS,
    Reviewed,
    corpus,
    load_verdicts,
    real_plans_pages,
    review_key,
    reviewed,
)

DATA = load_verdicts()
PLANS = reviewed(DATA)
IDS = [p.id for p in PLANS]
FIX = (
    "review it against the plan's text and the sources, and add its entry to "
    "tests/realworld/review/verdicts.yaml (a false alarm is fixed in the rule or the encoding, "
    "not entered)"
)


def _entries(plan_id: str) -> list[tuple[str, dict[str, Any]]]:
    mine = DATA["plans"].get(plan_id) or {}
    return [
        (kind, entry)
        for kind, group in (("finding", "findings"), ("question", "questions"))
        for entry in mine.get(group) or ()
    ]


def test_the_data_is_judged_on_the_snapshots_day() -> None:
    assert str(DATA["reviewed_on"]) == REVIEWED_ON


def test_every_plan_of_the_corpus_is_reviewed_and_no_other() -> None:
    assert sorted(DATA["plans"]) == sorted(plan_id for plan_id, _, _ in corpus())
    assert {"umea", "gavle", "vasterbotten"} <= set(DATA["plans"])
    assert len(IDS) == len(set(IDS))


@pytest.mark.parametrize("plan", PLANS, ids=IDS)
def test_keys_tell_every_finding_apart(plan: Reviewed) -> None:
    keys = Counter(
        ("question" if f.is_question else "finding", review_key(f))
        for f in (*plan.findings, *plan.questions)
    )
    assert [k for k, n in keys.items() if n > 1] == []


@pytest.mark.parametrize("plan", PLANS, ids=IDS)
def test_every_finding_and_question_has_a_reviewed_entry(plan: Reviewed) -> None:
    unreviewed = [
        f"{'question' if f.is_question else 'finding'} {review_key(f)}: {f.text('en')}"
        for f in (*plan.findings, *plan.questions)
        if plan.entry(f) is None
    ]
    assert unreviewed == [], f"{plan.id}: not reviewed; {FIX}"


@pytest.mark.parametrize("plan", PLANS, ids=IDS)
def test_no_entry_is_stale(plan: Reviewed) -> None:
    given = {
        f"{'question' if f.is_question else 'finding'} {review_key(f)}"
        for f in (*plan.findings, *plan.questions)
    }
    stale = [
        f"{kind} {e['key']}" for kind, e in _entries(plan.id) if f"{kind} {e['key']}" not in given
    ]
    assert stale == [], (
        f"{plan.id}: entries for findings no longer given; re-review and remove them"
    )


@pytest.mark.parametrize("plan", PLANS, ids=IDS)
def test_no_false_alarm(plan: Reviewed) -> None:
    alarms = [e["key"] for _, e in _entries(plan.id) if e["verdict"] == "false alarm"]
    assert alarms == [], f"{plan.id}: fix each false alarm at its cause, then re-review it"


@pytest.mark.parametrize("plan", PLANS, ids=IDS)
def test_each_entry_is_a_verdict_with_its_reason_and_passage(plan: Reviewed) -> None:
    for kind, entry in _entries(plan.id):
        assert set(entry) == {"key", "verdict", "reason", "plan"}, entry
        assert entry["verdict"] in VERDICT_WORDS, entry
        # A finding judges what the plan states; a question asks what it does not state.
        wanted = "sensible" if kind == "finding" else "not stated"
        assert entry["verdict"] in (wanted, "false alarm"), entry
        assert str(entry["reason"]).strip(), entry
        assert str(entry["plan"]).strip(), entry


@pytest.mark.parametrize("plan", PLANS, ids=IDS)
def test_no_finding_rests_on_a_fact_the_plan_does_not_state(plan: Reviewed) -> None:
    assert [f for f in plan.findings if f.unstated] == []
    assert all(q.unstated and q.severity == "info" for q in plan.questions)
    assert [
        f for f in (*plan.findings, *plan.questions) if f.severity == "error" and f.unstated
    ] == []


def test_the_page_lists_every_plan_with_its_counts_and_who_reviewed() -> None:
    (page,) = real_plans_pages().values()
    assert page.startswith("# What preventionkit says about real plans")
    assert "automated reviewer" in page
    for plan in PLANS:
        assert f"{{ #{plan.id} }}" in page
        assert f"[`{plan.id}`](#{plan.id})" in page
    counts = Counter(str(e["verdict"]) for p in PLANS for _, e in _entries(p.id))
    assert (
        f"In all: {counts['sensible']} sensible, {counts['not stated']} not stated, "
        f"{counts['false alarm']} false alarms." in page
    )
    assert "unreviewed" not in page


def test_the_page_is_in_the_nav() -> None:
    assert f": {PATH}" in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")


def test_a_finding_without_an_entry_shows_as_unreviewed() -> None:
    import copy

    data = copy.deepcopy(DATA)
    removed = data["plans"]["umea"]["findings"].pop(0)
    (umea,) = [p for p in reviewed(data) if p.id == "umea"]
    missing = [f for f in umea.findings if umea.entry(f) is None]
    assert [review_key(f) for f in missing] == [removed["key"]]
    (page,) = real_plans_pages().values()
    assert "unreviewed" not in page  # the real data has none
