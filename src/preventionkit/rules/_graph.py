"""The chain-of-governance queries the rules need, taken from :mod:`preventionkit.graph`.

Kept in one place so rules depend on five function names only, and the results are normalised
to plain tuples of ids.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..graph import Governance
    from ..model import ActionPlan
    from ..vocab import Sector

__all__ = [
    "chain_roots",
    "governance",
    "governance_cycles",
    "in_chain",
    "mandate_holders",
    "political_ids",
    "sectors",
    "single_points_of_failure",
    "unreachable_activities",
]


def _impl() -> Any:
    from .. import graph

    return graph


def mandate_holders(plan: ActionPlan, as_of: dt.date | None) -> tuple[str, ...]:
    """Ids of the bodies and functions holding a mandate to lead (002 §1.6, §1.8)."""
    return tuple(_impl().mandate_holders(plan, as_of=as_of))


def chain_roots(plan: ActionPlan, as_of: dt.date | None) -> tuple[str, ...]:
    """The political top of the chain: the adopting decision-maker and the mandates' grantors."""
    return tuple(_impl().chain_roots(plan, as_of=as_of))


def in_chain(plan: ActionPlan, as_of: dt.date | None) -> frozenset[str]:
    """Ids reachable from the mandate holders through the chain of governance."""
    return frozenset(_impl().in_chain(plan, as_of=as_of))


def governance(plan: ActionPlan, as_of: dt.date | None) -> Governance:
    """The chain of governance on ``as_of`` (002 §1.8), built once per plan and date."""
    from ..graph import governance as chain

    return chain(plan, as_of)


def unreachable_activities(plan: ActionPlan, as_of: dt.date | None) -> tuple[str, ...]:
    """Ids of the activities the chain does not reach (002 §1.8), in plan order."""
    return tuple(_impl().unreachable_activities(plan, as_of=as_of))


def sectors(plan: ActionPlan) -> Mapping[str, Sector | None]:
    """Every actor's sector, or that of what it is part of (002 §1.4), memoised per plan."""
    from ..graph import sectors as all_sectors

    return all_sectors(plan)


def political_ids(plan: ActionPlan) -> frozenset[str]:
    """The actors and bodies that anchor work politically (the one predicate,
    :func:`preventionkit.graph.is_political`; 002 §1.6, §1.8), once per plan."""
    from ..graph import political_ids as political

    return political(plan)


def governance_cycles(plan: ActionPlan) -> tuple[tuple[str, ...], ...]:
    """Cycles in ``reports_to`` / ``part_of``, each as the tuple of ids around it."""
    out: list[tuple[str, ...]] = []
    for cycle in _impl().governance_cycles(plan):
        nodes = getattr(cycle, "nodes", cycle)
        out.append(tuple(str(n) for n in nodes))
    return tuple(out)


def single_points_of_failure(plan: ActionPlan, as_of: dt.date | None) -> tuple[Any, ...]:
    """Single points of failure with ``node``, ``edge``, ``reason``, ``activities`` and
    ``explanation(lang)`` (002 §1.5; 004 "från person till funktion")."""
    return tuple(_impl().single_points_of_failure(plan, as_of=as_of))
