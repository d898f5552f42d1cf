"""PK302: an activity has no timeline, or one outside the plan period."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ._text import period_text, short
from ._verdict import asked_once
from .context import RuleContext
from .rule import Hit, Rule, hit

if TYPE_CHECKING:
    from ..model import Period
    from ..model.dates import PartialDate


def check(ctx: RuleContext) -> Iterator[Hit]:
    """Every activity needs a timeline inside the plan's period.

    What it finds
    -------------
    An activity without a ``timeline`` (or with one that gives neither start, end nor a
    note), and an activity whose timeline cannot lie inside the plan's ``period``: one over
    before the period starts, one starting after it ends, or one running past its end. Dates
    known only to the year or month, and unknown ends, get the benefit of the doubt.

    Work begun before the plan and carried on into its period is not outside it: a plan names
    the areas to prioritise during the term (001 p. 15), and ongoing work it builds on counts,
    such as Arvika's staff training "sedan 2023" under a strategy valid from 24 November 2025
    (tests/realworld/arvika-mvk-2025.yaml). Only where it ends is checked against the period.

    Facts it reads
    --------------
    Each activity's ``timeline`` and the plan's ``period``. A timeline written with neither
    start, end nor note is judged (a warning), as is one outside the stated period; an
    activity that leaves ``timeline`` out is a question (when will it be done?), asked once for
    the plan when several leave it out (``unstated_several``, ``unstated_all``). Without a
    ``period`` nothing is judged against it.

    Why it matters
    --------------
    The activity plan gives every activity a timeline (tidsplan) beside its responsible body
    (001 p. 15); follow-up once a year and revision before each term of office (001 p. 15)
    need to know what should have happened when.

    Example
    -------
    A plan for 2019–2022 with an activity planned for 2024, or with no timeline at all.

    Fix
    ---
    Add ``timeline: {start: 2020-01, end: 2020-12}`` (or ``note: "Genomförs under 2020"``),
    inside the plan's period, or widen the period.
    """
    period = ctx.plan.period
    asked: list[tuple[Hit, str]] = []
    for i, activity in enumerate(ctx.plan.activities):
        t = activity.timeline
        if t is None or (t.start is None and t.end is None and not t.note):
            unstated = ctx.unstated(f"activities[{i}].timeline")
            found = hit(
                f"activities[{i}]",
                "unstated" if unstated else None,
                unstated=unstated,
                title=short(activity.title),
            )
            if unstated:
                asked.append((found, activity.id))
            else:
                yield found
            continue
        if period is None:
            continue
        if not in_period(t, period):
            yield hit(
                f"activities[{i}].timeline",
                "outside",
                title=short(activity.title),
                timeline=period_text(t),
                period=period_text(period),
            )

    yield from asked_once("activities", asked, len(ctx.plan.activities))


_Day = tuple[int, int, int]


def _first(d: PartialDate) -> _Day:
    """The first day ``d`` can mean, as ``(year, month, day)`` (``PartialDate.earliest``)."""
    return (d.year, d.month or 1, d.day or 1)


def _last(d: PartialDate) -> _Day:
    """The last day ``d`` can mean, as a tuple that compares with any real day as
    ``PartialDate.latest`` does: no month ends after its 31st, and a real day of the same
    month is never after its month's last day, so ``31`` stands in for it without a calendar."""
    return (d.year, d.month or 12, d.day or 31)


def in_period(timeline: Period, period: Period) -> bool:
    """Whether the timeline can share a day with the period and cannot end after it.

    That is ``timeline.overlaps(period)`` with the timeline's end, where known, no later than
    the period's, compared on ``(year, month, day)`` tuples: PK302 asks it for every activity,
    and the model's methods (several calls of ``earliest``/``latest`` each) were a fifth of
    validating a 200-activity plan (issue 20). A property test holds the answer equal to the
    model's.
    """
    lo = _first(period.start) if period.start is not None else (1, 1, 1)
    hi = _last(period.end) if period.end is not None else (9999, 12, 31)
    start, end = timeline.start, timeline.end
    if start is not None and _first(start) > hi:
        return False
    return end is None or (_first(end) <= hi and _last(end) >= lo)


RULE = Rule(
    code="PK302",
    name="no-timeline",
    severity="warning",
    sources=("001 p. 15",),
    variants=("outside", "unstated", "unstated_several", "unstated_all"),
    check=check,
    failing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
period: {start: 2019-01-01, end: 2022-12-31}
activities:
  - id: hemsida
    title: Gemensam hemsida mot våld
    timeline: {start: 2024-01, end: 2024-06}
  - id: kartlaggning
    title: Kartläggning
""",
    passing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
period: {start: 2019-01-01, end: 2022-12-31}
activities:
  - id: hemsida
    title: Gemensam hemsida mot våld
    timeline: {start: 2019, end: 2020}
  - id: kartlaggning
    title: Kartläggning
    timeline: {note: Genomförs under 2019}
""",
)
