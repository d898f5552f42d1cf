"""PK504: no activity reaches children who experience violence (Swedish municipal plans)."""

from __future__ import annotations

from collections.abc import Iterator

from ..vocab import TargetGroup
from ._reach import unreached
from .context import RuleContext
from .rule import Hit, Rule
from .scope import SWEDISH_MUNICIPAL


def check(ctx: RuleContext) -> Iterator[Hit]:
    """A municipal plan should attend to children who experience violence.

    What it finds
    -------------
    A municipality-wide plan none of whose activities (nor the programmes they deliver, e.g.
    Trappan) reaches ``children_experiencing_violence``. One finding for the plan. Applies
    under the ``municipal`` profile only: the duty rests on the municipality's social
    services.

    Facts it reads
    --------------
    ``activities[*].target_groups``, ``activities[*].programme`` (the catalogue's target
    groups) and ``activities[*].status``. When no activity reaches these children but some
    leave their target groups out (or the plan has no ``activities`` at all), the finding is a
    question to confirm.
    A file that gives its activities only in part (``incomplete: [activities]``) is asked, not
    judged.

    Why it matters
    --------------
    "The social welfare committee shall take particular account of the fact that a child who
    has witnessed violence or other abuse by or against a close relative is a victim of crime"
    and is responsible for the child getting the support and help it needs (002 §1.12, SoL
    5 kap. 11 §). Children who experience violence are within the scope of the municipalities'
    work against violence (004 "Kvinnofridssatsningen omfattar": "barn som upplever våld"), and
    early detection of "children who have witnessed or experienced violence" is part of it
    (004 "Kvinnofrid handlar om att").

    Severity: a warning. The law binds the social welfare committee, not the plan, and the
    support may sit in the social services' ordinary work; but a municipality-wide plan that
    never mentions these children leaves a group the sources name explicitly outside it.

    Example
    -------
    A municipal plan with support for adult victims and nothing for their children.

    The rule applies to Swedish municipal plans (``applies_to``: jurisdiction ``SE``, kind
    ``municipal``): it rests on what the Swedish sources ask of a municipality, so it runs
    under the ``municipal`` profile (or a pack's profile declaring the same), not under
    ``international``, the profile of a plan that does not say what kind of plan it is.

    Fix
    ---
    Add the support the municipality offers children who experience violence (e.g. Trappan
    crisis talks, 003 "Stöd- och behandling till barn och unga som lever med våld") with
    ``target_groups: [children_experiencing_violence]``.
    """
    yield from unreached(ctx, (TargetGroup.CHILDREN_EXPERIENCING_VIOLENCE,))


RULE = Rule(
    code="PK504",
    name="children-experiencing-violence-unattended",
    severity="warning",
    sources=("002 §1.12", "004 Kvinnofridssatsningen omfattar"),
    variants=("unstated",),
    applies_to=SWEDISH_MUNICIPAL,
    check=check,
    failing_example="""\
preventionkit: 2
id: exempel
title: Handlingsplan mot våld
profile: municipal
activities:
  - id: stodsamtal
    title: Stödsamtal för våldsutsatta kvinnor
    target_groups: [victims, women]
""",
    passing_example="""\
preventionkit: 2
id: exempel
title: Handlingsplan mot våld
profile: municipal
activities:
  - id: stodsamtal
    title: Stödsamtal för våldsutsatta kvinnor
    target_groups: [victims, women]
  - id: trappan
    title: Trappansamtal för barn som upplevt våld
    target_groups: [children_experiencing_violence]
""",
)
