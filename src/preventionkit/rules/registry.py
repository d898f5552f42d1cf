"""The registry of rules: one module per rule, found by its code (``pk101_...``).

Adding a rule is one module defining ``RULE`` plus one line in :data:`_MODULES`.
"""

from __future__ import annotations

import importlib
from functools import cache

from .rule import Rule

__all__ = ["get_rule", "registry"]

_MODULES: tuple[str, ...] = (
    "pk001_suppression_reason",
    "pk101_prevention_levels",
    "pk102_ecological_levels",
    "pk103_coverage_gaps",
    "pk201_mandate_holder",
    "pk202_political_anchoring",
    "pk203_governance_functions",
    "pk204_responsible_in_chain",
    "pk205_single_point_of_failure",
    "pk206_governance_cycle",
    "pk207_mandate_lapsed",
    "pk301_responsible",
    "pk302_timeline",
    "pk303_catalogue_levels",
    "pk304_accountable",
    "pk401_goal_indicator",
    "pk402_annual_follow_up",
    "pk403_mapping",
    "pk501_mandatory_reporting",
    "pk502_referral_and_support",
    "pk601_sectors",
    "pk602_civil_society",
)


@cache
def registry() -> tuple[Rule, ...]:
    """Every rule, sorted by code."""
    rules = [importlib.import_module(f"{__package__}.{m}").RULE for m in _MODULES]
    codes = [r.code for r in rules]
    if len(set(codes)) != len(codes):  # pragma: no cover - guarded by the tests
        raise RuntimeError(f"duplicate rule codes in the registry: {codes}")
    return tuple(sorted(rules, key=lambda r: r.code))


def get_rule(code: str) -> Rule:
    """The rule with ``code`` (e.g. ``"PK201"``); ``KeyError`` if there is none."""
    wanted = code.strip().upper()
    for rule in registry():
        if rule.code == wanted:
            return rule
    raise KeyError(f"no rule has the code {code!r}")
