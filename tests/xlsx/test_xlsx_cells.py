"""Cell values: text escaped as Excel does, lists in one cell, and what no cell can hold."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import preventionkit as pk
from preventionkit.io.xlsx import xlsx_bytes
from preventionkit.io.xlsx._cells import (
    CellTooLong,
    ListItemError,
    escape_text,
    join_list,
    split_list,
    unescape_text,
)

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\ufffe\uffff]")
_ITEM = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1).filter(
    lambda s: "\n" not in s and "\r" not in s
)


@given(st.text(st.characters(codec="utf-8", exclude_categories=["Cs"])))
def test_escaping_is_reversible_and_leaves_only_what_xml_holds(text: str) -> None:
    escaped = escape_text(text)
    assert unescape_text(escaped) == text
    assert not _XML_ILLEGAL.search(escaped)


def test_a_literal_escape_in_the_text_survives() -> None:
    assert escape_text("_x0041_") == "_x005F_x0041_"
    assert unescape_text("_x005F_x0041_") == "_x0041_"


@given(st.lists(_ITEM, min_size=1, max_size=5))
def test_a_list_in_one_cell_reads_back_the_same(items: list[str]) -> None:
    assert split_list(join_list(items)) == items


def test_lists_people_type_are_read_either_way() -> None:
    assert split_list("ks; ifn ;;umebra") == ["ks", "ifn", "umebra"]
    assert split_list("ks\r\nifn\n") == ["ks", "ifn"]


@pytest.mark.parametrize("item", ["", "två\nrader"])
def test_an_item_no_list_cell_can_hold_is_refused(item: str) -> None:
    with pytest.raises(ListItemError):
        join_list(["a", item])


def test_a_text_longer_than_a_cell_is_refused_on_export() -> None:
    plan = pk.examples.load("gavle")
    long = plan.model_copy(update={"description": "x" * 40_000})
    with pytest.raises(CellTooLong, match="32,767"):
        xlsx_bytes(long)
    first = plan.activities[0].model_copy(update={"tags": ("del\n1",)})
    odd = plan.model_copy(update={"activities": (first, *plan.activities[1:])})
    with pytest.raises(ValueError, match=r"activities\[0\]\.tags"):
        xlsx_bytes(odd)
