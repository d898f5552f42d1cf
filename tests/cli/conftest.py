"""Fixtures for the command-line tests: a runner with a fixed width and no colour, plan files,
and the CLI's JSON schemas."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from preventionkit.cli import app

FIXTURES = Path(__file__).parent / "fixtures"
SCHEMAS = Path(__file__).parents[2] / "schemas"

Invoke = Callable[..., Result]


@pytest.fixture
def invoke() -> Invoke:
    """Run ``preventionkit ARGS`` in-process with a fixed terminal width and no colour."""
    runner = CliRunner(env={"NO_COLOR": "1", "COLUMNS": "120", "PREVENTIONKIT_LANG": None})

    def run(
        *args: str, input: str | bytes | None = None, env: dict[str, str] | None = None
    ) -> Result:
        return runner.invoke(app, list(args), input=input, env=env, catch_exceptions=False)

    return run


@pytest.fixture
def small() -> Path:
    """A small valid plan (design.md's example): warnings, no errors."""
    return FIXTURES / "small.yaml"


@pytest.fixture
def broken() -> Path:
    """A plan with three load errors: an unknown value, a dangling id, a misspelt field."""
    return FIXTURES / "broken.yaml"


@pytest.fixture
def erroneous() -> Path:
    """A plan that loads but has error findings (no activity at any prevention level)."""
    return FIXTURES / "no_activities.yaml"


@pytest.fixture(scope="session")
def check_schema(check_against: Callable[[str, Any], None]) -> Callable[[str, Any], None]:
    """Validate a document against ``schemas/cli-NAME.schema.json`` (raises on mismatch), with
    every ``$ref`` resolved from the schema files alone (see ``tests/conftest.py``)."""

    def check(name: str, document: Any) -> None:
        check_against(f"cli-{name}", document)

    return check
