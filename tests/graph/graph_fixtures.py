"""Hand-made plans for the graph tests, kept as small JSON files in ``fixtures/``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from preventionkit.model import ActionPlan

FIXTURES = Path(__file__).parent / "fixtures"


def plan_data(name: str) -> dict[str, Any]:
    """The JSON data of fixture ``name``."""
    data: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    return data


def make_plan(name: str, **changes: Any) -> ActionPlan:
    """Fixture ``name`` as a validated plan, with top-level fields replaced by ``changes``."""
    return ActionPlan.model_validate({**plan_data(name), **changes})
