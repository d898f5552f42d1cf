"""Validators: a rule engine with stable codes (PK101–PK602), findings in Swedish and English,
profiles, suppression in the plan, and machine-readable reports (design.md "Rule codes").

The registry is open: packs (:class:`Pack`) add rules under a prefix of their own, profiles,
vocabulary terms and programmes, installed through the entry-point group
``preventionkit.packs`` or passed to :func:`validate`.

    >>> import preventionkit as pk
    >>> from preventionkit.rules import get_rule
    >>> get_rule("PK201").severity
    'error'
"""

from __future__ import annotations

import warnings
from typing import Any

from ._coverage import Cell, Coverage, coverage
from ._registry import Registry, build_registry, builtin_pack, get_profile, get_rule, registry
from .context import RuleContext
from .engine import select_rules, validate
from .finding import SEVERITIES, Finding, Severity
from .pack import BUILTIN_PREFIX, Pack, PackError
from .profiles import BUILTIN_PROFILES, DEFAULT_PROFILE, PROFILES, Profile
from .report import REPORT_SCHEMA_VERSION, ValidationReport
from .rule import CODE_PATTERN, DOC_SECTIONS, Hit, Rule, hit
from .scope import ANYWHERE, SWEDISH, SWEDISH_MUNICIPAL, Scope

RULES: tuple[Rule, ...] = registry()
"""Every built-in rule, sorted by code."""

__all__ = [
    "ANYWHERE",
    "BUILTIN_PREFIX",
    "BUILTIN_PROFILES",
    "CODE_PATTERN",
    "DEFAULT_PROFILE",
    "DOC_SECTIONS",
    "PROFILES",
    "REPORT_SCHEMA_VERSION",
    "RULES",
    "SEVERITIES",
    "SWEDISH",
    "SWEDISH_MUNICIPAL",
    "Cell",
    "Coverage",
    "Finding",
    "Hit",
    "Pack",
    "PackError",
    "Profile",
    "Registry",
    "Rule",
    "RuleContext",
    "Scope",
    "Severity",
    "ValidationReport",
    "build_registry",
    "builtin_pack",
    "coverage",
    "get_profile",
    "get_rule",
    "hit",
    "registry",
    "select_rules",
    "validate",
]


def __getattr__(name: str) -> Any:
    # ``Report`` became ``ValidationReport`` (issue 14: ``pk.Report`` and the package
    # ``pk.report`` differed only by case); the old name works for one release.
    if name == "Report":
        warnings.warn(
            "preventionkit.rules.Report is deprecated and will be removed in the next release; "
            "use preventionkit.rules.ValidationReport",
            DeprecationWarning,
            stacklevel=2,
        )
        return ValidationReport
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
