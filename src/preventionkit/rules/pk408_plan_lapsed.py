"""PK408: the plan's period has ended on the day it is judged on, or an activity is past its
timeline without being done."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..model import ActionPlan
from ..vocab import ActivityStatus
from ._text import short
from .context import RuleContext
from .rule import Hit, Rule, hit

_NOT_DONE = (ActivityStatus.PROPOSED, ActivityStatus.DECIDED, ActivityStatus.ONGOING)


def lapsed(plan: ActionPlan, day: dt.date) -> bool:
    """Whether the plan's stated period ended before ``day`` (an end known only to the year or
    month counts as its last day: the benefit of the doubt)."""
    period = plan.period
    return period is not None and period.end is not None and period.end.latest() < day


def check(ctx: RuleContext) -> Iterator[Hit]:
    """A plan is judged on a day: the day ``validate`` is given, today by default.

    What it finds
    -------------
    On the day of the run (``as_of``; today when none is given, and the report states it): a
    plan whose ``period`` ended before that day (one finding), and, in a plan still in force,
    an activity whose ``timeline`` ended before that day while its ``status`` says it is
    proposed, decided or ongoing (one finding per activity). An archived plan is not judged.

    Facts it reads
    --------------
    ``period``, ``status``, ``activities[*].timeline`` and ``activities[*].status``. A plan
    that states no ``period`` at all is asked (a question to confirm); a period whose end is
    ``null`` (open, or not known) is given the benefit of the doubt, and so is an activity
    that states no status.

    Why it matters
    --------------
    The activity plan names "the areas to be prioritised during the term of office", is
    followed up once a year and "revised before each new term of office" (001 p. 15). A plan
    whose period is over no longer says what is to be done; reading a 2016–2020 strategy in
    2026 as if it were in force misleads everyone who relies on it. An activity left ongoing
    past its timeline is what the annual follow-up is there to catch (001 p. 12, p. 15).

    Severity: a warning. The work may well go on under the old plan; the finding asks for the
    revision or for the follow-up to be recorded, not for the work to stop.

    Example
    -------
    ``period: {start: 2016, end: 2020}`` validated with ``as_of`` 2026-01-01 (or on any day
    after 2020).

    Fix
    ---
    Revise the plan and give it a new ``period`` (and ``revised`` date), or mark it
    ``status: archived`` when a successor has replaced it (``related``). For an activity, set
    ``status: done`` (or ``cancelled``), or move its ``timeline``.
    """
    plan = ctx.plan
    day = ctx.as_of or dt.date.today()
    if plan.status == "archived":
        return
    if ctx.unstated("period"):
        yield hit("period", "unstated", unstated=("period",), day=day.isoformat())
        return
    if lapsed(plan, day):
        assert plan.period is not None
        assert plan.period.end is not None
        yield hit("period.end", end=str(plan.period.end), day=day.isoformat())
        return
    for i, activity in enumerate(plan.activities):
        timeline = activity.timeline
        if activity.status not in _NOT_DONE or timeline is None or timeline.end is None:
            continue
        if timeline.end.latest() < day:
            yield hit(
                f"activities[{i}].timeline",
                "activity",
                title=short(activity.title),
                end=str(timeline.end),
                status=activity.status,
                day=day.isoformat(),
            )


RULE = Rule(
    code="PK408",
    name="plan-lapsed",
    severity="warning",
    sources=("001 p. 15", "001 p. 12"),
    variants=("activity", "unstated"),
    check=check,
    failing_example="""\
preventionkit: 2
id: exempel
title: Strategi mot våld 2016–2020
period: {start: 2016, end: 2020}
""",
    passing_example="""\
preventionkit: 2
id: exempel
title: Strategi mot våld 2016–2020
status: archived
period: {start: 2016, end: 2020}
""",
)
