"""Compare two plans: the findings that appear and disappear, the coverage cells that change,
and the responsibility chains that break or form (issue 8).

Meant for a plan and a scenario made from it ("what if the coordinator leaves?", 002 §1.5),
but any two plans can be compared::

    import preventionkit as pk
    after = pk.scenarios.vacate_function(plan, "kvinnofridssamordnare")
    print(pk.scenarios.compare(plan, after))
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..messages import Message, text
from ..vocab import EcologicalLevel, PreventionLevel, Term

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ..model import ActionPlan
    from ..rules import Pack, Rule
    from ..rules.finding import Finding

__all__ = ["CellChange", "Comparison", "compare"]

_INDEXED = re.compile(r"^(\w+)\[(\d+)\]")
_PATH_LIMIT = 5_000


@dataclass(frozen=True, slots=True)
class CellChange:
    """A cell of the prevention × social-ecological matrix whose activity count changed
    (000 Förord; 001 p. 8–9)."""

    prevention_level: str
    ecological_level: str
    before: int
    after: int

    @property
    def emptied(self) -> bool:
        """The cell had activities and has none now."""
        return self.before > 0 and self.after == 0

    @property
    def filled(self) -> bool:
        """The cell had no activity and has some now."""
        return self.before == 0 and self.after > 0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data."""
        return {
            "prevention_level": self.prevention_level,
            "ecological_level": self.ecological_level,
            "before": self.before,
            "after": self.after,
        }

    def text(self, lang: str | None = None) -> str:
        """The change in ``lang`` (the library default when None), levels by their labels."""
        key = "scenario.cell" + (".emptied" if self.emptied else ".filled" if self.filled else "")
        return text(
            key,
            lang,
            prevention=_term(PreventionLevel, self.prevention_level),
            ecological=_term(EcologicalLevel, self.ecological_level),
            before=self.before,
            after=self.after,
        )

    def __str__(self) -> str:
        return self.text()


@dataclass(frozen=True, slots=True)
class Comparison:
    """What changes from plan ``a`` (before) to plan ``b`` (after).

    Findings are matched by code, message and path, the path read by record id rather than
    by position (``activities[3]`` of ``a`` and ``activities[2]`` of ``b`` are the same record
    if they have the same id), so removing one record does not make every later finding look
    new. ``chains_broken`` are activities of both plans the chain of governance reaches in
    ``a`` but not in ``b`` (PK204); ``chains_formed`` the reverse; ``chains_rerouted`` those
    reached in both along different paths (empty when paths were not compared).
    """

    a_id: str
    b_id: str
    as_of: dt.date | None
    findings_appeared: tuple[Finding, ...]
    findings_disappeared: tuple[Finding, ...]
    coverage_changes: tuple[CellChange, ...]
    chains_broken: tuple[str, ...]
    chains_formed: tuple[str, ...]
    chains_rerouted: tuple[str, ...]
    activities_added: tuple[str, ...]
    activities_removed: tuple[str, ...]

    @property
    def is_empty(self) -> bool:
        """Nothing the comparison looks at changed."""
        return not (
            self.findings_appeared
            or self.findings_disappeared
            or self.coverage_changes
            or self.chains_broken
            or self.chains_formed
            or self.chains_rerouted
            or self.activities_added
            or self.activities_removed
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data (findings as in the validation report)."""
        return {
            "a": self.a_id,
            "b": self.b_id,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "findings_appeared": [f.to_dict() for f in self.findings_appeared],
            "findings_disappeared": [f.to_dict() for f in self.findings_disappeared],
            "coverage_changes": [c.to_dict() for c in self.coverage_changes],
            "chains_broken": list(self.chains_broken),
            "chains_formed": list(self.chains_formed),
            "chains_rerouted": list(self.chains_rerouted),
            "activities_added": list(self.activities_added),
            "activities_removed": list(self.activities_removed),
        }

    def text(self, lang: str | None = None) -> str:
        """The comparison as text in ``lang`` (the library default when None)."""
        if self.as_of:
            head = text("scenario.head.as_of", lang, a=self.a_id, b=self.b_id, day=self.as_of)
        else:
            head = text("scenario.head", lang, a=self.a_id, b=self.b_id)
        if self.is_empty:
            return text("scenario.no_differences", lang, head=head)
        lines = [f"{head}:"]

        def word(item: Any) -> str:
            return str(item.text(lang))

        def section(key: str, items: tuple[Any, ...], mark: str) -> None:
            if items:
                lines.append(f"  {text(f'scenario.{key}', lang)} ({len(items)}):")
                lines.extend(f"    {mark} {word(item)}" for item in items[:20])
                if len(items) > 20:
                    lines.append(f"    {text('scenario.more', lang, n=len(items) - 20)}")

        def ids(key: str, items: tuple[str, ...]) -> None:
            if items:
                shown = ", ".join(items[:10])
                if len(items) > 10:
                    shown += f", {text('scenario.more', lang, n=len(items) - 10)}"
                lines.append(f"  {text(f'scenario.{key}', lang)} ({len(items)}): {shown}")

        section("findings_appeared", self.findings_appeared, "+")
        section("findings_disappeared", self.findings_disappeared, "-")
        section("coverage_changes", self.coverage_changes, "~")
        ids("chains_broken", self.chains_broken)
        ids("chains_formed", self.chains_formed)
        ids("chains_rerouted", self.chains_rerouted)
        ids("activities_added", self.activities_added)
        ids("activities_removed", self.activities_removed)
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.text()


def _term(vocabulary: type[Term], value: str) -> Term | str:
    """The vocabulary term of ``value`` (rendered as its label), or the value as written."""
    return next((t for t in vocabulary if t.value == value), value)


def _stable_path(plan: ActionPlan, path: str) -> str:
    """``activities[3].responsible[0]`` → ``activities[id=a-4].responsible[0]``."""
    m = _INDEXED.match(path)
    if m is None:
        return path
    records = getattr(plan, m.group(1), None)
    i = int(m.group(2))
    if not isinstance(records, tuple) or i >= len(records):
        return path
    rid = getattr(records[i], "id", None)
    if rid is None:
        return path
    return f"{m.group(1)}[id={rid}]{path[m.end() :]}"


def _finding_keys(
    plan: ActionPlan, findings: tuple[Finding, ...]
) -> dict[tuple[str, str, Message], Finding]:
    out: dict[tuple[str, str, Message], Finding] = {}
    for f in findings:
        out.setdefault((f.code, _stable_path(plan, f.path), f.message), f)
    return out


def _chains(
    plan: ActionPlan, ids: list[str], as_of: dt.date | None
) -> dict[str, tuple[tuple[str, ...], ...]]:
    from ..graph import chain_to

    cache: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {}
    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for aid in ids:
        activity = plan.activity(aid)
        key = activity.responsible
        if key not in cache:
            # The path up to the activity depends only on who is responsible for it.
            paths = chain_to(plan, aid, as_of)
            cache[key] = tuple(p[:-1] for p in paths)
        out[aid] = cache[key]
    return out


def compare(
    a: ActionPlan,
    b: ActionPlan,
    *,
    as_of: dt.date | str | None = None,
    paths: bool | None = None,
    profile: str | None = None,
    packs: Iterable[Pack] = (),
    rules: Iterable[Rule] = (),
) -> Comparison:
    """What changes from ``a`` to ``b``: findings, coverage cells and chains.

    ``as_of`` is the day mandates, memberships and vacancies are judged on (as in
    :func:`preventionkit.validate`); give a day after an :func:`end_mandate` to see its
    effect. ``paths`` also compares the chain of each activity reached in both plans
    (``chains_rerouted``); by default it does so for plans of up to 5,000 activities.
    ``profile``, ``packs`` and ``rules`` are passed to :func:`preventionkit.validate`.
    """
    from ..graph import unreachable_activities
    from ..model.dates import as_date
    from ..rules import coverage
    from ..rules.engine import _today, validate

    # One day for the chains and the findings: ``validate`` judges on today when none is given.
    day = as_date(as_of) or _today()
    packs, rules = tuple(packs), tuple(rules)
    report_a = validate(a, profile=profile, as_of=day, packs=packs, rules=rules)
    report_b = validate(b, profile=profile, as_of=day, packs=packs, rules=rules)
    keys_a = _finding_keys(a, report_a.findings)
    keys_b = _finding_keys(b, report_b.findings)
    appeared = tuple(f for k, f in keys_b.items() if k not in keys_a)
    disappeared = tuple(f for k, f in keys_a.items() if k not in keys_b)

    counts_a = coverage(a).counts()
    counts_b = coverage(b).counts()
    cells = tuple(
        CellChange(p.value, e.value, counts_a[(p, e)], counts_b[(p, e)])
        for (p, e) in counts_a
        if counts_a[(p, e)] != counts_b[(p, e)]
    )

    ids_a = [act.id for act in a.activities]
    ids_b = {act.id for act in b.activities}
    set_a = set(ids_a)
    common = [aid for aid in ids_a if aid in ids_b]
    lost_a = set(unreachable_activities(a, day))
    lost_b = set(unreachable_activities(b, day))
    broken = tuple(aid for aid in common if aid not in lost_a and aid in lost_b)
    formed = tuple(aid for aid in common if aid in lost_a and aid not in lost_b)
    rerouted: tuple[str, ...] = ()
    if paths or (paths is None and max(len(a.activities), len(b.activities)) <= _PATH_LIMIT):
        both = [aid for aid in common if aid not in lost_a and aid not in lost_b]
        chains_a = _chains(a, both, day)
        chains_b = _chains(b, both, day)
        rerouted = tuple(aid for aid in both if chains_a[aid] != chains_b[aid])
    return Comparison(
        a_id=a.id,
        b_id=b.id,
        as_of=day,
        findings_appeared=appeared,
        findings_disappeared=disappeared,
        coverage_changes=cells,
        chains_broken=broken,
        chains_formed=formed,
        chains_rerouted=rerouted,
        activities_added=tuple(act.id for act in b.activities if act.id not in set_a),
        activities_removed=tuple(aid for aid in ids_a if aid not in ids_b),
    )
