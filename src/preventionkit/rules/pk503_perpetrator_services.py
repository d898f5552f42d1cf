"""PK503: no activity offers anything to those who use violence (Swedish municipal plans)."""

from __future__ import annotations

from collections.abc import Iterator

from ..vocab import TargetGroup
from ._reach import unreached
from .context import RuleContext
from .rule import Hit, Rule
from .scope import SWEDISH_MUNICIPAL


def check(ctx: RuleContext) -> Iterator[Hit]:
    """A municipal plan should offer something to those who use violence.

    What it finds
    -------------
    A municipality-wide plan none of whose activities (nor the programmes they deliver, e.g.
    ATV) reaches ``perpetrators``. One finding for the plan. Applies under the ``municipal``
    profile only: the duty rests on the municipality's social services.

    Facts it reads
    --------------
    ``activities[*].target_groups``, ``activities[*].programme`` (the catalogue's target
    groups) and ``activities[*].status`` (a cancelled activity reaches no one). When no
    activity reaches perpetrators but some leave their target groups out (or the plan has no
    ``activities`` at all), the finding is a question to confirm.
    A file that gives its activities only in part (``incomplete: [activities]``) is asked, not
    judged.

    Why it matters
    --------------
    The social welfare committee "should also offer those who use violence interventions aimed
    at changing their behaviour and stopping the violence" (002 §1.12), and readiness for when
    violence is a fact includes "interventions for victims and perpetrators" (002 §1.12).
    Services for perpetrators are one of the six development areas of municipal work against
    violence (004 "Utvecklingsområden för framtiden" 3), and the municipalities themselves name
    "functioning services for perpetrators need to be implemented" (003 Figure 10).

    Severity: a warning. The sources say *should* (bör) and count it as an area to develop,
    not a legal duty of the plan; the services may also sit in the social services' own line
    work, which the plan need not repeat.

    Example
    -------
    A municipal plan whose activities all reach pupils, parents and victims.

    The rule applies to Swedish municipal plans (``applies_to``: jurisdiction ``SE``, kind
    ``municipal``): it rests on what the Swedish sources ask of a municipality, so it runs
    under the ``municipal`` profile (or a pack's profile declaring the same), not under
    ``international``, the profile of a plan that does not say what kind of plan it is.

    Fix
    ---
    Add the municipality's offer to perpetrators (e.g. ATV or individual support talks,
    003 "Stöd och behandling till våldsutövare") with ``target_groups: [perpetrators]``, or
    suppress the finding with the reason where it lives (e.g. in the social services' plan).
    """
    # The hint names ATV, a Swedish programme, only to a Swedish plan.
    example = ctx.example("rule.PK503.example")
    yield from unreached(ctx, (TargetGroup.PERPETRATORS,), example=example)


RULE = Rule(
    code="PK503",
    name="no-perpetrator-services",
    severity="warning",
    sources=("002 §1.12", "004 Utvecklingsområden för framtiden", "003 Figur 10"),
    variants=("unstated",),
    applies_to=SWEDISH_MUNICIPAL,
    check=check,
    failing_example="""\
preventionkit: 2
id: exempel
title: Handlingsplan mot våld
profile: municipal
activities:
  - id: mvp
    title: MVP i grundskolan
    target_groups: [pupils]
  - id: stodsamtal
    title: Stödsamtal för våldsutsatta
    target_groups: [victims]
""",
    passing_example="""\
preventionkit: 2
id: exempel
title: Handlingsplan mot våld
profile: municipal
activities:
  - id: mvp
    title: MVP i grundskolan
    target_groups: [pupils]
  - id: atv
    title: Behandling för våldsutövare
    target_groups: [perpetrators]
""",
)
