""" "Did you mean" from an index: the same answer as difflib on small pools, and a typo found
among 100,000 ids without comparing each (issue 21)."""

from __future__ import annotations

import difflib

from hypothesis import given
from hypothesis import strategies as st

from preventionkit.errors import suggest
from preventionkit.model._index import Suggester


def test_a_typo_is_found_among_many_look_alike_ids() -> None:
    ids = [f"enhet-{i:06d}" for i in range(100_000)]
    ask = Suggester(ids)
    assert ask("enhet-012345x") == "enhet-012345"
    assert ask("ENHET-000007") == "enhet-000007"
    assert ask("kommunstyrelsen") is None


def test_case_only_differences_are_offered() -> None:
    assert suggest("KS", ["ks", "kf"]) == "ks"


@given(
    st.text("abcdefgh-", min_size=1, max_size=8),
    st.lists(st.text("abcdefgh-", min_size=1, max_size=8), max_size=30),
)
def test_small_pools_agree_with_difflib(wrong: str, pool: list[str]) -> None:
    expected = difflib.get_close_matches(wrong, list(dict.fromkeys(pool)), n=1, cutoff=0.6)
    found = suggest(wrong, pool)
    if expected:
        assert found == expected[0]
    else:
        assert found is None or found.casefold() == wrong.casefold()
