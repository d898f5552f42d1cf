"""PK402: no follow-up at least once a year."""

from __future__ import annotations

from collections.abc import Iterator

from ..vocab import FollowUpKind, Frequency, per_year
from .context import RuleContext
from .rule import Hit, Rule, hit

_FOLLOW_UP_KINDS = frozenset({FollowUpKind.FOLLOW_UP, FollowUpKind.EVALUATION})


def _at_least_yearly(frequency: Frequency) -> bool:
    if frequency is Frequency.CONTINUOUS:
        return True
    rate = per_year(frequency)
    return rate is not None and rate >= 1.0


def check(ctx: RuleContext) -> Iterator[Hit]:
    """The plan must be followed up at least once a year.

    What it finds
    -------------
    A plan with no ``follow_up`` entry of kind follow-up or evaluation that happens at least
    once a year. Continuous follow-up counts; follow-up "as needed", once, or every few years
    does not, and neither does revision (which happens once per term of office).

    Facts it reads
    --------------
    ``follow_up`` (``kind``, ``frequency``). A plan that lists its follow-up (or states
    ``follow_up: []``) is judged; one that does not say how it is followed up gets a
    question.

    Why it matters
    --------------
    "To make sure the action plan is followed, a plan for follow-up is needed": annual
    follow-up of the activity plan in the council, and in each committee's own plan
    (001 p. 12, p. 15). Without it nobody sees whether the work has gone as intended.

    Example
    -------
    A plan revised before each new term of office and otherwise never followed up.

    Fix
    ---
    Add ``follow_up: [{forum: kf, frequency: annual, scope: Aktivitetsplanen}]``.
    """
    for f in ctx.plan.follow_up:
        if f.kind in _FOLLOW_UP_KINDS and _at_least_yearly(f.frequency):
            return
    unstated = ctx.unstated("follow_up")
    yield hit("follow_up", "unstated" if unstated else None, unstated=unstated)


RULE = Rule(
    code="PK402",
    name="no-annual-follow-up",
    severity="warning",
    sources=("001 p. 12", "001 p. 15"),
    variants=("unstated",),
    check=check,
    failing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
actors:
  - {id: kf, name: Kommunfullmäktige, kind: council}
follow_up:
  - {forum: kf, frequency: every_term_of_office, kind: revision, scope: Handlingsplanen}
""",
    passing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
actors:
  - {id: kf, name: Kommunfullmäktige, kind: council}
follow_up:
  - {forum: kf, frequency: annual, scope: Aktivitetsplanen}
""",
)
