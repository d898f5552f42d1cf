"""PK210: no coordinator or strategist function carries the work (Swedish municipal plans)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..vocab import ActorKind
from ._verdict import verdict
from .context import RuleContext
from .rule import Hit, Rule
from .scope import SWEDISH_MUNICIPAL

COORDINATOR_NAME = re.compile(
    r"samordnare|strateg(?!i)|koordinator|utvecklingsledare|coordinator|strategist",
    re.IGNORECASE,
)
"""The words the sources use for the key function: "Kvinnofridssamordnare, strateg eller
motsvarande", "samordnare för våld i nära relation", "kvinnofridsstrateg",
"familjefridssamordnare", "folkhälsostrateg" (003 footnote 19), "utvecklingsledare eller
strateger" (003 "Organisation och styrning"), and their English and Norwegian names. The
model has no field for the function, so the name is what a plan states; ``strategi``
(strategy) is not a post."""


def check(ctx: RuleContext) -> Iterator[Hit]:
    """A municipal plan needs a coordinator or strategist who drives the work.

    What it finds
    -------------
    A municipality-wide plan none of whose actors is a coordinator or strategist (by name:
    samordnare, strateg, koordinator, utvecklingsledare, coordinator, strategist). One finding
    for the plan. Applies under the ``municipal`` profile only (a county's coordinator is
    PK203's).

    Facts it reads
    --------------
    ``actors[*].name`` and ``actors[*].kind``. The coordinator is a post: a plan that names no
    post at all (no actor of kind ``function``; e.g. one that lists only the municipality and
    its council) says nothing about its posts, so the finding is a question to confirm. A post by another name (e.g. "Kvinnofridshandläggare") is not recognised: name
    the function as the sources do, or suppress the finding with the reason.
    A file that gives its actors only in part (``incomplete: [actors]``) is asked, not judged.

    Why it matters
    --------------
    "A coordinator, strategist or equivalent often has a key function in the municipality for
    driving development in the field of violence" (003 Kvinnofridssamordnare eller
    motsvarande); "coordinators and strategists are important key functions and resources"
    who work systematically with strategic questions across the municipality (004
    "Framgångsfaktorer" 3, "Integrera kvinnofridsarbetet i ordinarie strukturer").

    Severity: a warning. The sources call the function key but note that small municipalities
    cannot always have one full time (003); a part-time or shared post counts.

    Example
    -------
    A municipal plan whose posts are contact persons in each unit, with no coordinator or
    strategist above them.

    The rule applies to Swedish municipal plans (``applies_to``: jurisdiction ``SE``, kind
    ``municipal``): it rests on what the Swedish sources ask of a municipality, so it runs
    under the ``municipal`` profile (or a pack's profile declaring the same), not under
    ``international``, the profile of a plan that does not say what kind of plan it is.

    Fix
    ---
    Add the function as an actor, e.g. ``{id: samordnare, name: Kvinnofridssamordnare, kind:
    function, part_of: soc}``, and give it its tasks in the plan.
    """
    actors = ctx.plan.actors
    posts = any(a.kind is ActorKind.FUNCTION for a in actors)
    present = any(COORDINATOR_NAME.search(a.name) for a in actors)
    # A post named, in a list the file gives in full: judged; else asked.
    yield from verdict("actors", present, ctx.unstated("actors") if posts else ("actors",))


RULE = Rule(
    code="PK210",
    name="no-coordinator",
    severity="warning",
    sources=("003 Kvinnofridssamordnare eller motsvarande", "004 Framgångsfaktorer"),
    variants=("unstated",),
    applies_to=SWEDISH_MUNICIPAL,
    check=check,
    failing_example="""\
preventionkit: 2
id: exempel
title: Handlingsplan mot våld
profile: municipal
actors:
  - {id: kf, name: Kommunfullmäktige, kind: council}
  - {id: soc, name: Socialnämnden, kind: committee}
  - {id: kontakt, name: Kontaktperson mot våld, kind: function, part_of: soc}
""",
    passing_example="""\
preventionkit: 2
id: exempel
title: Handlingsplan mot våld
profile: municipal
actors:
  - {id: kf, name: Kommunfullmäktige, kind: council}
  - {id: soc, name: Socialnämnden, kind: committee}
  - {id: samordnare, name: Kvinnofridssamordnare, kind: function, part_of: soc}
""",
)
