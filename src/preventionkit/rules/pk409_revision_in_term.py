"""PK409: a Swedish municipal plan not revised within the current or the previous term of
office."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..messages import Param
from ..model import PartialDate
from ..vocab import DecisionStage
from .context import RuleContext
from .pk408_plan_lapsed import lapsed
from .rule import Hit, Rule, hit
from .scope import SWEDISH_MUNICIPAL

FIRST_ELECTION = 1994
"""Swedish municipal councils have been elected for four years at a time since the election of
1994, each term running from 15 October of the election year (Kommunallagen (2017:725) 5 kap.
9 §): 2018–2022, 2022–2026, 2026–2030 and so on. A day before the second such term is not
judged."""


def _start(year: int) -> dt.date:
    return dt.date(year, 10, 15)


def term_of(day: dt.date) -> int | None:
    """The election year of the term of office ``day`` falls in (e.g. 2026 for 2026-11-27),
    or None before the term that followed :data:`FIRST_ELECTION`'s."""
    year = FIRST_ELECTION + (day.year - FIRST_ELECTION) // 4 * 4
    if day < _start(year):
        year -= 4
    return year if year > FIRST_ELECTION else None


def check(ctx: RuleContext) -> Iterator[Hit]:
    """A Swedish municipal plan is revised before each new term of office.

    What it finds
    -------------
    Under the ``municipal`` profile, on the day of the run (``as_of``, today by default): a
    plan whose last revision or adoption lies before the start of the previous term of office
    of the municipal council (terms 2018–2022, 2022–2026, 2026–2030 and so on, each from 15
    October of the election year). Revised within the previous term (ahead of this one) or within this
    one, it passes: the revision "before each new term" is made in the term before it. One
    finding for the plan. A draft or archived plan, and a plan whose period has ended (PK408),
    are not judged.

    Facts it reads
    --------------
    ``revised``, the date of the adopting decision (``adopted_by``; a proposal does not
    count) and ``document_date``, whichever is latest; a date known only to the year counts
    as its last day. A plan that states none of them is asked (a question to confirm). So is
    a plan whose adoption lies before the previous term but which does not say whether it has
    been revised since (``revised`` left out): a plan document cannot show the revisions that
    followed it, so that is a question too. The plan is judged only when it states
    ``revised`` and the latest of its dates still lies before the previous term.

    Why it matters
    --------------
    The activity plan "is to be followed up once a year and revised before each new term of
    office" (001 p. 15: "ska revideras inför varje ny mandatperiod"). A new council sets new
    priorities, and anchoring "will need to be renewed ... when decision makers are replaced"
    (002 §1.6); a plan not revised for the term in force rests on the priorities of a council
    that is no longer there.

    Severity: a warning, because the plan may still be followed in practice; the sources ask
    for the revision, not for the work to stop.

    Example
    -------
    A municipal plan adopted in 2019 and never revised, judged on 2026-11-27 (term 2026–2030;
    the previous term began on 2022-10-15).

    The rule applies to Swedish municipal plans (``applies_to``: jurisdiction ``SE``, kind
    ``municipal``): it rests on what the Swedish sources ask of a municipality, so it runs
    under the ``municipal`` profile (or a pack's profile declaring the same), not under
    ``international``, the profile of a plan that does not say what kind of plan it is.

    Fix
    ---
    Revise the plan for the new term and record it: ``revised: 2027-03-01`` (and the decision
    that adopted the revision in ``adopted_by``).
    """
    plan = ctx.plan
    day = ctx.as_of or dt.date.today()
    if plan.status in ("draft", "archived") or lapsed(plan, day):
        return
    now = term_of(day)
    if now is None:
        return
    previous = now - 4
    dates: list[tuple[PartialDate, str]] = [
        (d, path)
        for d, path in ((plan.revised, "revised"), (plan.document_date, "document_date"))
        if d is not None
    ]
    adoption = plan.get(plan.adopted_by) if plan.adopted_by else None
    adopted_on = getattr(adoption, "date", None)
    if adopted_on is not None and getattr(adoption, "stage", None) is not DecisionStage.PROPOSAL:
        dates.append((adopted_on, f"{ctx.path_of(plan.adopted_by or '')}.date"))
    if not dates:
        yield hit(
            "revised",
            "unstated",
            unstated=("revised", "document_date", "adopted_by"),
            day=day.isoformat(),
        )
        return
    last, where = max(dates, key=lambda d: d[0].latest())
    if last.latest() < _start(previous):
        params: dict[str, Param] = {
            "last": str(last),
            "since": _start(previous).isoformat(),
            "term": f"{now}–{now + 4}",
            "day": day.isoformat(),
        }
        if where != "revised" and plan.knows("revised") == "unstated":
            # A plan document cannot show the revisions made after it: asked, not judged.
            yield hit(where, "revised_unstated", unstated=("revised",), **params)
        else:
            yield hit(where, **params)


RULE = Rule(
    code="PK409",
    name="not-revised-for-term",
    severity="warning",
    sources=("001 p. 15", "002 §1.6"),
    variants=("unstated", "revised_unstated"),
    applies_to=SWEDISH_MUNICIPAL,
    examples_as_of="2026-11-27",
    check=check,
    failing_example="""\
preventionkit: 2
id: exempel
title: Handlingsplan mot våld
profile: municipal
status: adopted
revised: 2019-06-17
""",
    passing_example="""\
preventionkit: 2
id: exempel
title: Handlingsplan mot våld
profile: municipal
status: adopted
revised: 2025-03-10
""",
)
