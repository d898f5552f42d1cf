"""PK207: a mandate has expired, or its holder's post is vacant."""

from __future__ import annotations

from collections.abc import Iterator

from .context import RuleContext
from .rule import Hit, Rule, hit


def check(ctx: RuleContext) -> Iterator[Hit]:
    """Mandates and the posts that carry them must still be in force.

    What it finds
    -------------
    With an ``as_of`` date: a mandate whose ``valid_until`` lies before that day, and a
    function (post) marked vacant on that day (since ``vacant_since``, or at all when no date
    is given). Without a date: a mandate that ends before the plan period ends, and every
    function marked vacant. Dates known only to the year or month count in the record's
    favour.

    Facts it reads
    --------------
    ``mandates[].valid_until``, ``period.end``, and each function's ``vacant`` and
    ``vacant_since``. Each finding rests on a date or a vacancy the plan states; a mandate
    with no end date, or a post not marked vacant, is taken as in force (nothing to ask).

    Why it matters
    --------------
    Anchoring "will need to be renewed ... when decision makers, managers or other key people
    are replaced" (002 §1.6); the activity plan is revised before each new term of office
    (001 p. 15). A vacant coordinator post leaves its tasks without anyone to carry them
    (002 §1.5; 004 "från person till funktion").

    Example
    -------
    A collaboration council whose mandate was valid until 2020 in a plan for 2019–2022, or a
    coordinator post vacant since spring.

    Fix
    ---
    Renew the mandate by a new decision, or fill the post (or let another function take over
    its tasks).
    """
    plan = ctx.plan
    day = ctx.as_of
    period_end = plan.period.end if plan.period is not None else None
    for i, m in enumerate(plan.mandates):
        end = m.valid_until
        if end is None:
            continue
        if day is not None:
            if end.latest() < day:
                yield hit(
                    f"mandates[{i}].valid_until",
                    holder=plan.name_of(m.holder),
                    end=str(end),
                    day=day.isoformat(),
                )
        elif period_end is not None and end.latest() < period_end.earliest():
            yield hit(
                f"mandates[{i}].valid_until",
                "ends_early",
                holder=plan.name_of(m.holder),
                end=str(end),
                period_end=str(period_end),
            )
    for i, actor in enumerate(plan.actors):
        if not actor.vacant:
            continue
        since = actor.vacant_since
        if day is not None and since is not None and since.earliest() > day:
            continue
        if since is None:
            yield hit(f"actors[{i}].vacant", "vacant", name=actor.name)
        else:
            yield hit(f"actors[{i}].vacant", "vacant_since", name=actor.name, since=since)


RULE = Rule(
    code="PK207",
    name="mandate-lapsed",
    severity="warning",
    sources=("002 §1.6", "001 p. 15", "002 §1.5"),
    variants=("ends_early", "vacant", "vacant_since"),
    examples_as_of="2021-06-30",  # inside the examples' period: validate judges on today
    check=check,
    failing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
period: {start: 2019, end: 2022}
actors:
  - {id: ks, name: Kommunstyrelsen, kind: executive_board}
  - {id: samordnare, name: Kvinnofridssamordnare, kind: function, vacant: true, vacant_since: 2020-03}
bodies:
  - {id: rad, name: Samverkansrådet mot våld, role: steering_group}
mandates:
  - {holder: rad, granted_by: ks, scope: Leda arbetet, valid_until: 2020}
""",
    passing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
period: {start: 2019, end: 2022}
actors:
  - {id: ks, name: Kommunstyrelsen, kind: executive_board}
  - {id: samordnare, name: Kvinnofridssamordnare, kind: function, holders: 1}
bodies:
  - {id: rad, name: Samverkansrådet mot våld, role: steering_group}
mandates:
  - {holder: rad, granted_by: ks, scope: Leda arbetet, valid_until: 2022}
""",
)
