"""Fixtures of the docs tests."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.fixture(autouse=True)
def _judged_on_a_fixed_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pages show what ``validate`` says on the day they were written (it judges on today
    by default); a command run in a subprocess passes ``--as-of`` for the same reason."""
    monkeypatch.setattr("preventionkit.rules.engine._today", lambda: dt.date(2026, 11, 27))
