"""Shared test configuration: hypothesis profiles and fixtures used across test areas.

Hypothesis profiles (select with the ``HYPOTHESIS_PROFILE`` environment variable):

* ``ci`` (default): 100 examples, no deadline, derandomized so CI runs are reproducible.
* ``dev``: fewer examples and a random seed, for quick local iteration.
"""

from __future__ import annotations

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


@pytest.fixture(scope="session")
def check_against() -> Callable[[str, Any], None]:
    """Validate a document against ``schemas/NAME.schema.json``, resolving refs offline."""

    def check(name: str, document: Any) -> None:
        validator = offline_validator(SCHEMAS / f"{name}.schema.json")
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
        assert not errors, [f"{list(e.path)}: {e.message}" for e in errors]

    return check
