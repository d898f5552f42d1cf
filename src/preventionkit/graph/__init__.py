"""Responsibility chains as networkx graphs: build, query, find single points of failure,
export and draw (002 §1.5–1.8; 001 p. 12–15; 004 "från person till funktion").

Authority flows *down* the edges, from the political level through the mandate holder to the
activities. :func:`governance` is the one derivation of the chain of governance on a date:
every rule, the HTML report, the drawings, the checklist and the scenarios read it, so they
give one answer about every activity. The query functions used by the validators (:func:`mandate_holders`,
:func:`chain_roots`, :func:`in_chain`, :func:`single_points_of_failure`,
:func:`governance_cycles`) work on a small graph over actors and bodies, cached per plan, so
they stay fast on plans with 100,000 activities; :func:`responsibility_graph` builds the full
:class:`networkx.MultiDiGraph` for people and exports.
"""

from __future__ import annotations

from ._draw import draw
from ._governance import (
    LAYERS,
    POLITICAL_ANCHORS,
    Governance,
    governance,
    is_political,
    layer_of,
    political_ids,
    sector_of,
    sectors,
)
from ._participation import (
    civil_society_partners,
    sector_covered,
    sectors_taking_part,
    taking_part,
    without_sector,
)
from ._raci import RaciMatrix, raci
from ._relations import relations
from ._style import layer_label
from .build import responsibility_graph
from .chains import (
    chain_roots,
    chain_to,
    governance_cycles,
    in_chain,
    mandate_holders,
    unreachable_activities,
)
from .edges import AUTHORITY_EDGES, EDGE_KINDS, NODE_KINDS, EdgeKind
from .export import to_dot, to_gexf, to_graphml, to_mermaid
from .failure import Reason, SinglePointOfFailure, bus_factor, single_points_of_failure

__all__ = [
    "AUTHORITY_EDGES",
    "EDGE_KINDS",
    "LAYERS",
    "NODE_KINDS",
    "POLITICAL_ANCHORS",
    "EdgeKind",
    "Governance",
    "RaciMatrix",
    "Reason",
    "SinglePointOfFailure",
    "bus_factor",
    "chain_roots",
    "chain_to",
    "civil_society_partners",
    "draw",
    "governance",
    "governance_cycles",
    "in_chain",
    "is_political",
    "layer_label",
    "layer_of",
    "mandate_holders",
    "political_ids",
    "raci",
    "relations",
    "responsibility_graph",
    "sector_covered",
    "sector_of",
    "sectors",
    "sectors_taking_part",
    "single_points_of_failure",
    "taking_part",
    "to_dot",
    "to_gexf",
    "to_graphml",
    "to_mermaid",
    "unreachable_activities",
    "without_sector",
]
