"""preventionkit: violence-prevention action plans as a typed domain model.

Load a plan, check that it covers every prevention level and every level of the
social-ecological model, see who holds the mandate and where the chain of governance breaks::

    import preventionkit as pk

    plan = pk.examples.load("umea")
    report = pk.validate(plan)
    print(report.ok, [f.code for f in report.findings])

The public names below are imported lazily, so ``import preventionkit`` stays light: it never
imports YAML libraries, typer, rich, matplotlib or pandas.
"""

from __future__ import annotations

import importlib
import warnings
from typing import TYPE_CHECKING, Any

from ._version import __version__

# Each public name and the module that defines it: what most users need (about 30 names);
# the rest lives in its subpackage. Sections belong to the layers of design.md; keep each
# section sorted.
_LAZY: dict[str, str] = {
    # --- errors
    "LoadIssue": "preventionkit.errors",
    "PlanLoadError": "preventionkit.errors",
    "PreventionKitError": "preventionkit.errors",
    # --- vocab
    "ActorKind": "preventionkit.vocab",
    "BodyRole": "preventionkit.vocab",
    "EcologicalLevel": "preventionkit.vocab",
    "PreventionLevel": "preventionkit.vocab",
    "ViolenceArea": "preventionkit.vocab",
    # --- model
    "ActionPlan": "preventionkit.model",
    "Activity": "preventionkit.model",
    "Actor": "preventionkit.model",
    "Body": "preventionkit.model",
    "Decision": "preventionkit.model",
    "Goal": "preventionkit.model",
    "Mandate": "preventionkit.model",
    "PartialDate": "preventionkit.model",
    # --- io
    "dump": "preventionkit.io",
    "dumps": "preventionkit.io",
    "load": "preventionkit.io",
    "load_many": "preventionkit.io",
    "loads": "preventionkit.io",
    "schema": "preventionkit.io",
    "source_of": "preventionkit.io",
    # --- graph (issue 3)
    "responsibility_graph": "preventionkit.graph",
    "single_points_of_failure": "preventionkit.graph",
    # --- rules (issue 4)
    "Coverage": "preventionkit.rules",
    "Finding": "preventionkit.rules",
    "Pack": "preventionkit.rules",
    "Rule": "preventionkit.rules",
    "ValidationReport": "preventionkit.rules",
    "coverage": "preventionkit.rules",
    "validate": "preventionkit.rules",
    # --- scenarios (issue 8)
    "compare": "preventionkit.scenarios",
    "sweep": "preventionkit.scenarios",
}

# Names the top level had before issue 14: each still works for one release, with a
# DeprecationWarning naming its home (PEP 562 module ``__getattr__``).
_MOVED: dict[str, tuple[str, str]] = {
    "Arena": ("preventionkit.vocab", "Arena"),
    "Comparison": ("preventionkit.scenarios", "Comparison"),
    "EDGE_KINDS": ("preventionkit.graph", "EDGE_KINDS"),
    "FollowUp": ("preventionkit.model", "FollowUp"),
    "Frequency": ("preventionkit.vocab", "Frequency"),
    "Indicator": ("preventionkit.model", "Indicator"),
    "LoadLimits": ("preventionkit.io", "LoadLimits"),
    "Membership": ("preventionkit.model", "Membership"),
    "Period": ("preventionkit.model", "Period"),
    "Readiness": ("preventionkit.model", "Readiness"),
    "Report": ("preventionkit.rules", "ValidationReport"),
    "ScenarioError": ("preventionkit.scenarios", "ScenarioError"),
    "Sector": ("preventionkit.vocab", "Sector"),
    "SinglePointOfFailure": ("preventionkit.graph", "SinglePointOfFailure"),
    "Sweep": ("preventionkit.scenarios", "Sweep"),
    "TargetGroup": ("preventionkit.vocab", "TargetGroup"),
    "Tier": ("preventionkit.vocab", "Tier"),
    "Vision": ("preventionkit.model", "Vision"),
    "bus_factor": ("preventionkit.graph", "bus_factor"),
    "chain_roots": ("preventionkit.graph", "chain_roots"),
    "chain_to": ("preventionkit.graph", "chain_to"),
    "crosswalk": ("preventionkit.vocab", "crosswalk"),
    "draw": ("preventionkit.graph", "draw"),
    "governance_cycles": ("preventionkit.graph", "governance_cycles"),
    "in_chain": ("preventionkit.graph", "in_chain"),
    "label": ("preventionkit.vocab", "label"),
    "mandate_holders": ("preventionkit.graph", "mandate_holders"),
    "raci": ("preventionkit.graph", "raci"),
    "to_dot": ("preventionkit.graph", "to_dot"),
    "to_gexf": ("preventionkit.graph", "to_gexf"),
    "to_graphml": ("preventionkit.graph", "to_graphml"),
    "to_mermaid": ("preventionkit.graph", "to_mermaid"),
    "unreachable_activities": ("preventionkit.graph", "unreachable_activities"),
}

# Subpackages reachable as attributes, e.g. ``pk.examples.load("umea")``.
_SUBMODULES: frozenset[str] = frozenset(
    {
        "catalogue",
        "errors",
        "examples",
        "frameworks",
        "graph",
        "io",
        "messages",
        "model",
        "plugins",
        "report",
        "rules",
        "scenarios",
        "testing",
        "vocab",
        # --- more subpackages (examples, frameworks, graph, rules, scenarios, testing, report)
    }
)

# Built from the table so the two cannot drift; sorted like httpx and pydantic keep theirs.
__all__ = sorted([*_LAZY, "__version__"])  # noqa: PLE0605


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is not None:
        value = getattr(importlib.import_module(module), name)
        globals()[name] = value
        return value
    if name in _SUBMODULES:
        value = importlib.import_module(f"preventionkit.{name}")
        globals()[name] = value
        return value
    moved = _MOVED.get(name)
    if moved is not None:
        home, new = moved
        warnings.warn(
            f"preventionkit.{name} is deprecated and will be removed in the next release; "
            f"use {home}.{new}",
            DeprecationWarning,
            stacklevel=2,
        )
        return getattr(importlib.import_module(home), new)
    raise AttributeError(f"module 'preventionkit' has no attribute {name!r}")


def __dir__() -> list[str]:
    # The public API only, as pydantic does: helpers such as importlib stay out of completion.
    return sorted({*__all__, *_SUBMODULES})


if TYPE_CHECKING:
    from . import (
        catalogue,
        errors,
        examples,
        frameworks,
        graph,
        io,
        messages,
        model,
        plugins,
        report,
        rules,
        scenarios,
        testing,
        vocab,
    )
    from .errors import LoadIssue, PlanLoadError, PreventionKitError
    from .graph import responsibility_graph, single_points_of_failure
    from .io import dump, dumps, load, load_many, loads, schema, source_of
    from .model import ActionPlan, Activity, Actor, Body, Decision, Goal, Mandate, PartialDate
    from .rules import Coverage, Finding, Pack, Rule, ValidationReport, coverage, validate
    from .scenarios import compare, sweep
    from .vocab import ActorKind, BodyRole, EcologicalLevel, PreventionLevel, ViolenceArea
