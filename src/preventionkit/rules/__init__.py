"""Validators: a rule engine with stable codes (PK101–PK602), findings in Swedish and English,
profiles, suppression in the plan, and machine-readable reports (design.md "Rule codes").

    >>> import preventionkit as pk
    >>> from preventionkit.rules import get_rule
    >>> get_rule("PK201").severity
    'error'
"""

from __future__ import annotations

from .context import RuleContext
from .coverage import Cell, Coverage, coverage
from .engine import select_rules, validate
from .finding import SEVERITIES, Finding, Severity
from .profiles import DEFAULT_PROFILE, PROFILES, Profile, get_profile
from .registry import get_rule, registry
from .report import REPORT_SCHEMA_VERSION, Report
from .rule import DOC_SECTIONS, Hit, Rule, hit

RULES: tuple[Rule, ...] = registry()
"""Every rule, sorted by code."""

__all__ = [
    "DEFAULT_PROFILE",
    "DOC_SECTIONS",
    "PROFILES",
    "REPORT_SCHEMA_VERSION",
    "RULES",
    "SEVERITIES",
    "Cell",
    "Coverage",
    "Finding",
    "Hit",
    "Profile",
    "Report",
    "Rule",
    "RuleContext",
    "Severity",
    "coverage",
    "get_profile",
    "get_rule",
    "hit",
    "registry",
    "select_rules",
    "validate",
]
