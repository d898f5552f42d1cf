"""The id index and its suggestions for misspelt ids."""

from __future__ import annotations

import pytest

from preventionkit.errors import suggest
from preventionkit.model import PlanIndex


@pytest.mark.parametrize(
    ("wrong", "candidates", "expected"),
    [
        ("kss", ["ks", "kf", "ifn"], "ks"),
        ("samverkansradet", ["samverkansrådet", "umebra"], "samverkansrådet"),
        ("KS", ["ks", "kf"], "ks"),  # only the case differs
        ("zzzz", ["ks", "kf"], None),
        ("ks", [], None),
    ],
)
def test_suggest(wrong: str, candidates: list[str], expected: str | None) -> None:
    assert suggest(wrong, candidates) == expected


def test_suggest_reads_any_iterable_once() -> None:
    assert suggest("KS", iter(["ks", "kf"])) == "ks"
    assert suggest("KS", (c for c in ["kf", "ks"])) == "ks"


def test_unknown_names_the_kind_and_the_nearest_id() -> None:
    index = PlanIndex()
    index.by_id["ks"] = ("actor", None)
    index.by_id["radet"] = ("body", None)
    assert index.unknown("kss", ("actor",)) == "no actor has the id 'kss'; did you mean 'ks'?"
    assert index.unknown("radet", ("actor",)) == "'radet' is a body, not an actor"
    assert index.unknown("x", ("indicator",)) == "no indicator has the id 'x'"
    assert index.ids_of(("actor", "body")) == ["ks", "radet"]
