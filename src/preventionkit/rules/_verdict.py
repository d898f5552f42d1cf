"""The verdicts rules share: nothing when what they look for is there, a question when the plan
leaves out a fact that could change that, else the finding (issue 16: a finding resting on an
unstated fact asks rather than judges)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from enum import Enum

from ..messages import Param
from ._text import listing
from .context import RuleContext
from .rule import Hit, hit

__all__ = ["asked_once", "missing_levels", "verdict"]


def verdict(
    path: str, present: bool, unstated: tuple[str, ...] = (), **params: Param
) -> Iterator[Hit]:
    """Nothing when ``present``; else one hit at ``path``: the rule's ``unstated`` variant (a
    question) when the plan leaves out the facts ``unstated`` names, else its finding. One
    place for the present / question / gap shape of PK210, PK410 and PK503–PK505; ``params``
    go to the message and hint (e.g. the hint's example)."""
    if present:
        return
    if unstated:
        yield hit(path, "unstated", unstated=unstated, **params)
    else:
        yield hit(path, **params)


def missing_levels(
    ctx: RuleContext,
    field: str,
    missing: Collection[Enum],
    params: Callable[[Enum], Mapping[str, Param]],
) -> Iterator[Hit]:
    """One hit at ``activities`` per level in ``missing`` (with ``params(level)``), for the
    levels no activity works at on the axis ``field`` (PK101 ``prevention_levels``, PK102
    ``ecological_levels``). When the plan does not list its activities, one ``no_activities``
    question instead; when some activities leave ``field`` out, each hit is an ``unstated``
    question counting them (``n``), since those activities may work at the level. When the
    file gives its activities only in part (``incomplete``) and every listed one states
    ``field``, each hit is an ``incomplete`` question: the activities left out may work there.
    Two or more levels asked about for the same reason are asked once (``unstated_levels``,
    ``incomplete_levels``, the levels in ``level``): three questions that differ only in the
    level's name are noise to the strategist reading them."""
    if not missing:
        return
    unknown = ctx.unstated_items("activities", field)
    if ctx.plan.knows("activities") == "unstated":
        yield hit("activities", "no_activities", unstated=unknown)
        return
    counted = {"n": ctx.count_unstated("activities", field)} if unknown else {}
    variant = "incomplete" if unknown == ("activities",) else "unstated" if unknown else None
    if variant is not None and len(missing) > 1:
        yield hit(
            "activities", f"{variant}_levels", unstated=unknown, level=tuple(missing), **counted
        )
        return
    for level in missing:
        yield hit(
            "activities",
            variant,
            unstated=unknown,
            level=level,
            value=level.value,
            **params(level),
            **counted,
        )


def asked_once(
    items: str, asked: Sequence[tuple[Hit, str]], total: int, **params: Param
) -> Iterator[Hit]:
    """The questions a per-record rule asks (``asked``: each record's question and the
    record's id), asked once for the list when there are several: one hit at ``items``,
    ``unstated_all`` when every record of the list leaves the fact out, else
    ``unstated_several``, counting them (``n`` of ``total``), naming the first few ids (``names``)
    and keeping every record's unstated path in ``unstated``, so tools and the report can
    still point at each. A wall of one identical question per indicator or activity is
    noise to the strategist who reads it; a single record keeps its own question."""
    if len(asked) < 2:
        yield from (h for h, _ in asked)
        return
    yield hit(
        items,
        "unstated_all" if len(asked) == total else "unstated_several",
        unstated=tuple(p for h, _ in asked for p in h.unstated),
        n=len(asked),
        total=total,
        names=listing([id for _, id in asked]),
        **params,
    )
