"""Fixtures of the graph tests: hand-made plans from ``fixtures/``."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from graph_fixtures import make_plan

from preventionkit.model import ActionPlan


@pytest.fixture
def coordinator() -> ActionPlan:
    """One coordinator function with one holder is the only link between the steering group
    and the operational groups (002 §1.5)."""
    return make_plan("coordinator")


@pytest.fixture
def redundant() -> ActionPlan:
    """Two functions, each convening its own team, link the steering group to the school."""
    return make_plan("redundant")


@pytest.fixture
def plan_factory() -> Callable[..., ActionPlan]:
    """Build a fixture plan with some top-level fields replaced."""
    return make_plan
