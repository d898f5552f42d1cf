"""The coverage matrix: prevention levels × levels of the social-ecological model.

A plan must work on every prevention level (000 Förord; 003 Rekommendationer) and at every
level of the social-ecological model (001 p. 8–9); the matrix shows which activities sit in
which cell, and which cells are empty.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from ..vocab import EcologicalLevel, Lang, PreventionLevel

if TYPE_CHECKING:
    from ..model import ActionPlan

__all__ = ["Cell", "Coverage", "coverage"]

Cell = tuple[PreventionLevel, EcologicalLevel]
"""One cell of the matrix: a prevention level and a social-ecological level."""


@dataclass(frozen=True, slots=True)
class Coverage:
    """Which activities work at which prevention level and social-ecological level.

    ``cells`` maps every (prevention level, ecological level) pair, in enum order, to the ids
    of the activities declaring both, in plan order. ``by_prevention`` and ``by_ecological``
    count an activity on one axis even when it declares nothing on the other.
    """

    cells: Mapping[Cell, tuple[str, ...]]
    by_prevention: Mapping[PreventionLevel, tuple[str, ...]]
    by_ecological: Mapping[EcologicalLevel, tuple[str, ...]]

    def empty_cells(self) -> tuple[Cell, ...]:
        """Cells no activity covers, in enum order."""
        return tuple(cell for cell, ids in self.cells.items() if not ids)

    def counts(self) -> dict[Cell, int]:
        """The number of activities in each cell."""
        return {cell: len(ids) for cell, ids in self.cells.items()}

    def missing_prevention_levels(self) -> tuple[PreventionLevel, ...]:
        """Prevention levels no activity works at."""
        return tuple(level for level, ids in self.by_prevention.items() if not ids)

    def missing_ecological_levels(self) -> tuple[EcologicalLevel, ...]:
        """Social-ecological levels no activity works at."""
        return tuple(level for level, ids in self.by_ecological.items() if not ids)

    def table(self, lang: Lang = "en") -> list[list[str]]:
        """The matrix as rows of text: a header row of ecological levels, then one row per
        prevention level with the number of activities in each cell."""
        header = [""] + [e.label(lang) for e in EcologicalLevel]
        rows = [header]
        for p in PreventionLevel:
            rows.append([p.label(lang)] + [str(len(self.cells[(p, e)])) for e in EcologicalLevel])
        return rows

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data: the levels, every cell with its activities, and the totals."""
        return {
            "prevention_levels": [p.value for p in PreventionLevel],
            "ecological_levels": [e.value for e in EcologicalLevel],
            "cells": [
                {
                    "prevention_level": p.value,
                    "ecological_level": e.value,
                    "activities": list(ids),
                }
                for (p, e), ids in self.cells.items()
            ],
            "by_prevention_level": {p.value: len(ids) for p, ids in self.by_prevention.items()},
            "by_ecological_level": {e.value: len(ids) for e, ids in self.by_ecological.items()},
            "empty_cells": [[p.value, e.value] for p, e in self.empty_cells()],
        }


def coverage(plan: ActionPlan) -> Coverage:
    """The prevention × social-ecological coverage matrix of ``plan`` (one pass over activities).

    >>> import preventionkit as pk
    >>> plan = pk.loads('''
    ... preventionkit: 1
    ... id: p
    ... title: T
    ... activities:
    ...   - {id: a, title: A, prevention_levels: [universal], ecological_levels: [community]}
    ... ''')
    >>> pk.coverage(plan).cells[(pk.PreventionLevel.UNIVERSAL, pk.EcologicalLevel.COMMUNITY)]
    ('a',)
    >>> len(pk.coverage(plan).empty_cells())
    11
    """
    cells: dict[Cell, list[str]] = {(p, e): [] for p in PreventionLevel for e in EcologicalLevel}
    by_p: dict[PreventionLevel, list[str]] = {p: [] for p in PreventionLevel}
    by_e: dict[EcologicalLevel, list[str]] = {e: [] for e in EcologicalLevel}
    # Plans repeat a few combinations of levels: work out once per combination which lists an
    # activity goes into, so each activity costs one dict lookup and its appends, in plan order.
    targets: dict[tuple[object, object], list[Callable[[str], None]]] = {}
    for activity in plan.activities:
        key = (activity.prevention_levels, activity.ecological_levels)
        appends = targets.get(key)
        if appends is None:
            ps = tuple(dict.fromkeys(activity.prevention_levels))
            es = tuple(dict.fromkeys(activity.ecological_levels))
            appends = [by_p[p].append for p in ps] + [by_e[e].append for e in es]
            appends += [cells[(p, e)].append for p in ps for e in es]
            targets[key] = appends
        aid = activity.id
        for append in appends:
            append(aid)
    return Coverage(
        cells=MappingProxyType({k: tuple(v) for k, v in cells.items()}),
        by_prevention=MappingProxyType({k: tuple(v) for k, v in by_p.items()}),
        by_ecological=MappingProxyType({k: tuple(v) for k, v in by_e.items()}),
    )
