"""Every ``as_of`` takes what ``validate`` takes: a date or ``YYYY-MM-DD`` text (issue 12)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

import preventionkit as pk
from preventionkit import graph

DAY = dt.date(2020, 1, 1)
FUNCTIONS: dict[str, Callable[..., Any]] = {
    "bus_factor": lambda plan, day: graph.bus_factor(plan, as_of=day),
    "single_points_of_failure": lambda plan, day: graph.single_points_of_failure(plan, as_of=day),
    "mandate_holders": lambda plan, day: graph.mandate_holders(plan, as_of=day),
    "chain_roots": lambda plan, day: graph.chain_roots(plan, as_of=day),
    "in_chain": lambda plan, day: graph.in_chain(plan, as_of=day),
    "unreachable_activities": lambda plan, day: graph.unreachable_activities(plan, as_of=day),
    "responsibility_graph": lambda plan, day: sorted(
        pk.responsibility_graph(plan, as_of=day).edges(keys=True)
    ),
    "to_graphml": lambda plan, day: graph.to_graphml(plan, as_of=day),
    "to_mermaid": lambda plan, day: graph.to_mermaid(plan, as_of=day),
}


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_as_of_text_equals_the_date(name: str) -> None:
    plan = pk.examples.load("umea")
    function = FUNCTIONS[name]
    assert function(plan, "2020-01-01") == function(plan, DAY)


def test_validate_and_graph_agree_on_text_dates() -> None:
    plan = pk.examples.load("umea")
    assert pk.validate(plan, as_of="2020-01-01") == pk.validate(plan, as_of=DAY)


@pytest.mark.parametrize("bad", ["yesterday", "2020-13-01", 20200101])
def test_a_bad_as_of_names_the_parameter(bad: object) -> None:
    with pytest.raises(ValueError, match="as_of must be a date or 'YYYY-MM-DD'"):
        graph.bus_factor(pk.examples.load("umea"), as_of=bad)  # type: ignore[arg-type]
