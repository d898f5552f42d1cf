"""The RACI matrix of a plan, derived from the plan and never typed by hand (001 p. 13–18;
002 §1.8).

Letters are derived from the plan's own records:

* **R** (responsible, *utför*): the activity's ``responsible`` actors or bodies (001 p. 15–18,
  "Ansvar").
* **A** (accountable, *ansvarar*): the activity's ``accountable`` actor, or its sole responsible
  actor (see :attr:`~preventionkit.model.Activity.accountable_actor`).
* **C** (consulted, *konsulteras*): bodies that ``support`` an R or A party, e.g. an expert
  function supporting the responsible body (001 p. 13: Centrum mot våld as competence centre);
  and reference groups or expert functions that report to, or are part of, an R or A party
  (001 p. 13–14: key people activated as needed).
* **I** (informed, *informeras*): the plan's owner (001 p. 15); the forums that follow up the
  plan and who prepares that follow-up (001 p. 12, p. 15: annual follow-up in the council); the
  mandate holders, which see that commitments are carried out and followed up (002 §1.8); and
  the body or actor an R or A party reports to or is part of (001 p. 13: each area answers for
  implementation and follow-up).

A party gets C only if it is neither R nor A for that activity, and I only if it has no other
letter. Cells hold the letters in the order R, A, C, I (e.g. ``"RA"``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from ..escape import csv_cell, markdown
from ..messages import text
from ..model import ActionPlan
from ..output import capped
from ..vocab import BodyRole, Lang
from ._governance import governance

__all__ = ["RaciMatrix", "raci"]

_CONSULTED_ROLES = frozenset({BodyRole.REFERENCE_GROUP, BodyRole.EXPERT_FUNCTION})


@dataclass(frozen=True, slots=True)
class RaciMatrix:
    """Rows are activities, columns the actors and bodies with at least one letter, both in plan
    order; ``cells`` maps ``(activity id, party id)`` to letters such as ``"RA"``."""

    activities: tuple[str, ...]
    parties: tuple[str, ...]
    cells: Mapping[tuple[str, str], str]
    names: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False, repr=False)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle with plain dicts (a ``mappingproxy`` cannot be pickled)."""
        return (_raci_matrix, (self.activities, self.parties, dict(self.cells), dict(self.names)))

    def get(self, activity: str, party: str) -> str:
        """The letters of ``party`` for ``activity`` (``""`` when it has none)."""
        return self.cells.get((activity, party), "")

    def row(self, activity: str) -> dict[str, str]:
        """Every party with a letter for ``activity``, in column order."""
        return {p: self.cells[(activity, p)] for p in self.parties if (activity, p) in self.cells}

    def with_letter(self, activity: str, letter: str) -> tuple[str, ...]:
        """The parties holding ``letter`` (R, A, C or I) for ``activity``."""
        return tuple(p for p in self.parties if letter in self.cells.get((activity, p), ""))

    def to_rows(self) -> list[dict[str, str]]:
        """One dict per activity: ``activity``, ``title`` and one key per party (``""`` when it
        has no letter); ready for ``csv.DictWriter`` or ``pandas.DataFrame``. A title that
        starts like a spreadsheet formula (``=``, ``+``, ``-``, ``@``) is prefixed with ``'``
        so a spreadsheet shows it as text and never evaluates it."""
        rows = []
        for a in self.activities:
            row = {"activity": a, "title": csv_cell(self.names.get(a, a))}
            row.update({p: self.cells.get((a, p), "") for p in self.parties})
            rows.append(row)
        return rows

    def to_markdown(self, *, lang: Lang | None = None) -> str:
        """The matrix as a Markdown table, parties named, with a legend line."""
        head = text("raci.activity", lang)
        cols = [head, *(markdown(self.names.get(p, p)) for p in self.parties)]
        lines = [
            "| " + " | ".join(cols) + " |",
            "|" + "|".join([" --- "] + [" :-: "] * len(self.parties)) + "|",
        ]
        for a in self.activities:
            cells = [markdown(self.names.get(a, a))]
            cells.extend(self.cells.get((a, p), "") for p in self.parties)
            lines.append("| " + " | ".join(cells) + " |")
        legend = text("raci.legend", lang)
        return capped("\n".join([*lines, "", legend]) + "\n", "RACI table")


def _raci_matrix(
    activities: tuple[str, ...],
    parties: tuple[str, ...],
    cells: dict[tuple[str, str], str],
    names: dict[str, str],
) -> RaciMatrix:
    """Rebuild a pickled :class:`RaciMatrix` with read-only mappings."""
    return RaciMatrix(activities, parties, MappingProxyType(cells), MappingProxyType(names))


def raci(plan: ActionPlan) -> RaciMatrix:
    """Derive the RACI matrix of ``plan`` (rules in the module docstring)."""
    gov = governance(plan)
    supporters: dict[str, list[str]] = {}
    for b in plan.bodies:
        for s in b.supports:
            supporters.setdefault(s, []).append(b.id)
        if b.role in _CONSULTED_ROLES:
            for up in (b.reports_to, b.part_of):
                if up is not None:
                    supporters.setdefault(up, []).append(b.id)
    parents: dict[str, list[str]] = {}
    for a in plan.actors:
        if a.part_of is not None:
            parents.setdefault(a.id, []).append(a.part_of)
    for b in plan.bodies:
        for up in (b.reports_to, b.part_of):
            if up is not None:
                parents.setdefault(b.id, []).append(up)
    informed_all: list[str] = []
    if plan.owner is not None:
        informed_all.append(plan.owner)
    for f in plan.follow_up:
        informed_all.append(f.forum)
        if f.by is not None:
            informed_all.append(f.by)
    informed_all.extend(gov.holders)
    cells: dict[tuple[str, str], str] = {}
    used: set[str] = set()
    for act in plan.activities:
        letters: dict[str, list[str]] = {}
        for r in act.responsible:
            letters.setdefault(r, []).append("R")
        accountable = act.accountable_actor
        if accountable is not None:
            letters.setdefault(accountable, []).append("A")
        doers = list(letters)
        for d in doers:
            for s in supporters.get(d, ()):
                if s not in letters:
                    letters[s] = ["C"]
        informed = [*informed_all]
        for d in doers:
            informed.extend(parents.get(d, ()))
        for i in informed:
            if i not in letters:
                letters[i] = ["I"]
        for party, got in letters.items():
            cells[(act.id, party)] = "".join(got)
            used.add(party)
    order = [a.id for a in plan.actors] + [b.id for b in plan.bodies]
    parties = tuple(p for p in order if p in used)
    names = {p: plan.name_of(p) for p in parties}
    names.update({a.id: a.title for a in plan.activities})
    return RaciMatrix(
        activities=tuple(a.id for a in plan.activities),
        parties=parties,
        cells=MappingProxyType(cells),
        names=MappingProxyType(names),
    )
