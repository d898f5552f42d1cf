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
from typing import TYPE_CHECKING, Any

from ._version import __version__

# Each public name and the module that defines it. Sections belong to the layers of
# design.md; keep each section sorted.
_LAZY: dict[str, str] = {
    # --- errors
    "LoadIssue": "preventionkit.errors",
    "PlanLoadError": "preventionkit.errors",
    "PreventionKitError": "preventionkit.errors",
    # --- vocab
    "ActorKind": "preventionkit.vocab",
    "Arena": "preventionkit.vocab",
    "BodyRole": "preventionkit.vocab",
    "EcologicalLevel": "preventionkit.vocab",
    "Frequency": "preventionkit.vocab",
    "PreventionLevel": "preventionkit.vocab",
    "Sector": "preventionkit.vocab",
    "TargetGroup": "preventionkit.vocab",
    "Tier": "preventionkit.vocab",
    "ViolenceArea": "preventionkit.vocab",
    "crosswalk": "preventionkit.vocab",
    "label": "preventionkit.vocab",
    # --- model
    "ActionPlan": "preventionkit.model",
    "Activity": "preventionkit.model",
    "Actor": "preventionkit.model",
    "Body": "preventionkit.model",
    "Decision": "preventionkit.model",
    "FollowUp": "preventionkit.model",
    "Goal": "preventionkit.model",
    "Indicator": "preventionkit.model",
    "Mandate": "preventionkit.model",
    "Membership": "preventionkit.model",
    "PartialDate": "preventionkit.model",
    "Period": "preventionkit.model",
    "Readiness": "preventionkit.model",
    "Vision": "preventionkit.model",
    # --- io
    "LoadLimits": "preventionkit.io",
    "dump": "preventionkit.io",
    "dumps": "preventionkit.io",
    "load": "preventionkit.io",
    "load_many": "preventionkit.io",
    "loads": "preventionkit.io",
    "schema": "preventionkit.io",
    "source_of": "preventionkit.io",
    # --- graph (issue 3)
    "EDGE_KINDS": "preventionkit.graph",
    "SinglePointOfFailure": "preventionkit.graph",
    "bus_factor": "preventionkit.graph",
    "chain_roots": "preventionkit.graph",
    "chain_to": "preventionkit.graph",
    "draw": "preventionkit.graph",
    "governance_cycles": "preventionkit.graph",
    "in_chain": "preventionkit.graph",
    "mandate_holders": "preventionkit.graph",
    "raci": "preventionkit.graph",
    "responsibility_graph": "preventionkit.graph",
    "single_points_of_failure": "preventionkit.graph",
    "to_dot": "preventionkit.graph",
    "to_gexf": "preventionkit.graph",
    "to_graphml": "preventionkit.graph",
    "to_mermaid": "preventionkit.graph",
    "unreachable_activities": "preventionkit.graph",
    # --- rules (issue 4)
    "Coverage": "preventionkit.rules",
    "Finding": "preventionkit.rules",
    "Report": "preventionkit.rules",
    "Rule": "preventionkit.rules",
    "coverage": "preventionkit.rules",
    "validate": "preventionkit.rules",
    # --- scenarios (issue 8)
    "Comparison": "preventionkit.scenarios",
    "ScenarioError": "preventionkit.scenarios",
    "Sweep": "preventionkit.scenarios",
    "compare": "preventionkit.scenarios",
    "sweep": "preventionkit.scenarios",
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
        report,
        rules,
        scenarios,
        testing,
        vocab,
    )
    from .errors import LoadIssue, PlanLoadError, PreventionKitError
    from .graph import (
        EDGE_KINDS,
        SinglePointOfFailure,
        bus_factor,
        chain_roots,
        chain_to,
        draw,
        governance_cycles,
        in_chain,
        mandate_holders,
        raci,
        responsibility_graph,
        single_points_of_failure,
        to_dot,
        to_gexf,
        to_graphml,
        to_mermaid,
        unreachable_activities,
    )
    from .io import LoadLimits, dump, dumps, load, load_many, loads, schema, source_of
    from .model import (
        ActionPlan,
        Activity,
        Actor,
        Body,
        Decision,
        FollowUp,
        Goal,
        Indicator,
        Mandate,
        Membership,
        PartialDate,
        Period,
        Readiness,
        Vision,
    )
    from .rules import Coverage, Finding, Report, Rule, validate
    from .rules.coverage import coverage
    from .scenarios import Comparison, ScenarioError, Sweep
    from .scenarios.compare import compare
    from .scenarios.sweep import sweep
    from .vocab import (
        ActorKind,
        Arena,
        BodyRole,
        EcologicalLevel,
        Frequency,
        PreventionLevel,
        Sector,
        TargetGroup,
        Tier,
        ViolenceArea,
        crosswalk,
        label,
    )
