"""A vocabulary value written as its Swedish or English label gets *did you mean* with the
code, since the library itself prints those labels (issue 12 item 7)."""

from __future__ import annotations

import pytest

import preventionkit as pk
from preventionkit.vocab import ActorKind, EcologicalLevel
from preventionkit.vocab._base import term_for

PLAN = """\
preventionkit: 1
id: x
title: T
actors:
  - {{id: ks, name: KS, kind: {kind}}}
activities:
  - {{id: a, title: A, responsible: [ks], ecological_levels: [{level}]}}
"""


def _hints(kind: str = "committee", level: str = "society") -> dict[str, str]:
    with pytest.raises(pk.PlanLoadError) as info:
        pk.loads(PLAN.format(kind=kind, level=level))
    return {i.path: i.hint_text() or "" for i in info.value.issues if i.kind == "unknown_value"}


@pytest.mark.parametrize(
    ("written", "code", "said"),
    [
        ("samhälle", "society", "Swedish"),
        ("Närmiljö", "community", "Swedish"),
        ("Society", "society", None),
        ("societal", "society", None),
    ],
)
def test_ecological_levels_from_labels(written: str, code: str, said: str | None) -> None:
    hint = _hints(level=written)["activities[0].ecological_levels[0]"]
    assert hint.startswith(f"did you mean '{code}'?")
    if said:
        assert f"'{written}' is its {said} label" in hint


def test_actor_kind_from_its_swedish_label() -> None:
    hint = _hints(kind="nämnd")["actors[0].kind"]
    assert hint.startswith("did you mean 'committee'? ('nämnd' is its Swedish label)")


def test_english_labels_that_are_not_codes() -> None:
    english = {
        t.label("en"): t for t in ActorKind if t.label("en").casefold() != t.value.replace("_", " ")
    }
    label, term = next(iter(sorted(english.items())))
    assert term_for(label, ActorKind) == (term, "en")


def test_term_for_prefers_exact_matches_and_gives_up_on_nonsense() -> None:
    assert term_for("SAMHÄLLE", EcologicalLevel) == (EcologicalLevel.SOCIETY, "sv")
    assert term_for("society", EcologicalLevel) == (EcologicalLevel.SOCIETY, "value")
    assert term_for("xyzzy", EcologicalLevel) is None
