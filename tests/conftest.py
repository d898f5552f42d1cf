"""Shared test configuration: hypothesis profiles and fixtures used across test areas.

Hypothesis profiles (select with the ``HYPOTHESIS_PROFILE`` environment variable):

* ``ci`` (default): 100 examples, no deadline, derandomized so CI runs are reproducible.
* ``dev``: fewer examples and a random seed, for quick local iteration.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from _schema_files import SCHEMAS, offline_validator

settings.register_profile(
    "ci",
    max_examples=100,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "dev",
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


TEST_DAY = dt.date(2021, 6, 30)
"""The day the suite's validations are judged on when a test gives no ``as_of``: inside the
period (2019–2022) and the term of office (2018–2022) of the plans the tests build, so that no
verdict depends on the day the tests run (issue 16: ``validate`` judges on today by default).
Tests of dates pass ``as_of``; the reviewed snapshots pass the day of their reading."""


@pytest.fixture(autouse=True)
def _judged_on_a_fixed_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("preventionkit.rules.engine._today", lambda: TEST_DAY)


@pytest.fixture(scope="session")
def check_against() -> Callable[[str, Any], None]:
    """Validate a document against ``schemas/NAME.schema.json``, resolving refs offline."""

    def check(name: str, document: Any) -> None:
        validator = offline_validator(SCHEMAS / f"{name}.schema.json")
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
        assert not errors, [f"{list(e.path)}: {e.message}" for e in errors]

    return check
