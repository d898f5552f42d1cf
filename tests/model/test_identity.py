"""Ids are NFC-normalised, and ids that look alike are refused (issue 21, item 6)."""

from __future__ import annotations

import unicodedata

import pytest
from pydantic import ValidationError

import preventionkit as pk
from preventionkit.model._confusable import skeleton, skeleton_table

HEAD = "preventionkit: 1\nid: p\ntitle: Plan\nactors:\n"


def _actors(*ids: str) -> str:
    return HEAD + "".join(
        f'  - {{id: "{i}", name: N{n}, kind: council}}\n' for n, i in enumerate(ids)
    )


def _issues(text: str) -> list[pk.LoadIssue]:
    with pytest.raises(pk.PlanLoadError) as info:
        pk.loads(text)
    return list(info.value.issues)


def test_ids_and_references_are_nfc_on_load() -> None:
    nfd = unicodedata.normalize("NFD", "umeå")
    plan = pk.loads(_actors(nfd).replace("title: Plan\n", f"title: Plan\nowner: {nfd}\n"))
    assert plan.actors[0].id == "umeå"
    assert plan.owner == "umeå"
    assert unicodedata.is_normalized("NFC", plan.actors[0].id)


def test_ids_are_nfc_in_plans_built_in_code() -> None:
    nfd = unicodedata.normalize("NFD", "kärna")
    actor = pk.Actor(id=nfd, name="Kärnan", kind="council")
    assert actor.id == "kärna"


def test_nfc_and_nfd_spellings_of_one_id_are_a_duplicate() -> None:
    (issue,) = _issues(_actors("\u00e4", "a\u0308"))
    assert issue.kind == "duplicate_id"
    assert (issue.line, issue.column, issue.path) == (6, 10, "actors[1].id")
    assert "actors[0] (line 5)" in issue.text()


def test_confusable_ids_are_a_located_error_naming_both_places() -> None:
    (issue,) = _issues(_actors("kf", "ks", "kſ"))
    assert issue.kind == "duplicate_id"
    assert (issue.line, issue.column, issue.path) == (7, 10, "actors[2].id")
    assert "'kf' at actors[0] (line 5)" in issue.text()
    assert issue.hint is not None
    assert "'kf'" in issue.hint_text()


def test_confusable_ids_are_refused_in_plans_built_in_code() -> None:
    actors = [pk.Actor(id=i, name=i, kind="council") for i in ("kf", "kſ")]
    with pytest.raises(ValidationError) as info:
        pk.ActionPlan(preventionkit=1, id="p", title="Plan", actors=actors)
    (error,) = info.value.errors()
    assert error["type"] == "confusable_id"
    assert error["loc"] == ("actors", 1, "id")


def test_swedish_letters_are_not_confusable_with_plain_ones() -> None:
    plan = pk.loads(_actors("umea", "umeå", "ostersund", "östersund"))
    assert len(plan.actors) == 4


def test_stacked_accent_marks_are_refused() -> None:
    (issue,) = _issues(_actors("e\u0301\u0302\u0303"))
    assert issue.kind == "invalid_value"
    assert issue.path == "actors[0].id"
    assert "accent" in issue.text()


def test_skeleton_follows_unicode_data() -> None:
    table = skeleton_table()
    assert table is not None
    assert skeleton("kſ", table) == skeleton("kf", table)
    assert skeleton("rn", table) == skeleton("m", table)
    assert skeleton("ks", table) != skeleton("kf", table)


def test_the_ascii_table_is_the_ascii_part_of_the_whole_table() -> None:
    full, ascii_only = skeleton_table(), skeleton_table(ascii_only=True)
    assert full is not None
    assert ascii_only is not None
    assert ascii_only == {k: v for k, v in full.items() if k < 128}
    assert ascii_only[ord("m")] == "rn"  # Unicode's own data, not an empty table
    printable = [chr(c) for c in range(32, 127)]
    for a in printable:
        for b in ("", "1", "m", "x"):
            assert skeleton(a + b, ascii_only) == skeleton(a + b, full)


def test_ascii_ids_that_look_alike_are_refused() -> None:
    (issue,) = _issues(_actors("rn", "m"))
    assert issue.kind == "duplicate_id"  # the kind of a confusable id (io._errors)
    assert issue.path == "actors[1].id"
    assert "'rn'" in issue.text()


def test_an_ascii_id_that_looks_like_a_non_ascii_one_is_refused() -> None:
    (issue,) = _issues(_actors("kf", "kſ"))
    assert issue.kind == "duplicate_id"
    assert issue.path == "actors[1].id"
