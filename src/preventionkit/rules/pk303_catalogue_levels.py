"""PK303: an activity's levels disagree with the catalogue entry of its programme, or its
programme is described nowhere."""

from __future__ import annotations

from collections.abc import Iterator

from ..catalogue import ids
from ..errors import suggest
from ..messages import Localized
from ..model import ProgrammeRecord
from ._text import short
from .context import RuleContext
from .rule import Hit, Rule, hit


def check(ctx: RuleContext) -> Iterator[Hit]:
    """An activity that names a catalogued programme should place it where the catalogue does.

    What it finds
    -------------
    An activity with a ``programme`` whose declared prevention levels, or social-ecological
    levels, include a level the catalogue entry does not list. Declaring fewer levels than
    the entry is fine (the activity may use part of the programme); declaring none is left
    to PK101/PK102. One finding per activity and axis. The plan's own ``programmes:`` records
    and the programmes of packs count as entries. A programme described nowhere (neither in
    the catalogue, a pack nor the plan) is allowed — the catalogue is advice, not a gate —
    but reported once, with the closest catalogue id, since it is often a misspelt one.

    Facts it reads
    --------------
    Each activity's ``programme``, ``prevention_levels`` and ``ecological_levels``, and the
    catalogue entry. Only levels the activity states are compared; levels left out are
    PK101/PK102's to ask, so this rule has nothing to ask.

    Why it matters
    --------------
    The seeds place each programme: MVP, Friends and ABC are universal, KOMET selective,
    Trappan and ATV indicated (003 "Tidigt förebyggande insatser"; 002 §1.10; 000). A wrong
    level makes the coverage matrix (PK101–PK103) claim work the plan does not do.

    Example
    -------
    ``{programme: mvp, prevention_levels: [indicated]}``: MVP is a universal programme.

    Fix
    ---
    Correct the activity's levels, or, if the programme is adapted to another level, say so
    in the description and drop the ``programme`` reference.
    """
    for i, activity in enumerate(ctx.plan.activities):
        if activity.programme is None:
            continue
        entry = ctx.programme(activity.programme)
        title = short(activity.title)
        if entry is None:
            near = suggest(activity.programme, sorted({*ids(), *ctx.programmes}))
            yield hit(
                f"activities[{i}].programme",
                "unknown_near" if near else "unknown",
                title=title,
                programme=activity.programme,
                near=near or "",
            )
            continue
        if isinstance(entry, ProgrammeRecord):
            name = Localized((("sv", entry.name), ("en", entry.name_en or entry.name)))
        else:
            name = Localized((("sv", entry.name_sv), ("en", entry.name_en)))
        if entry.prevention_levels:
            extra = tuple(
                lv
                for lv in dict.fromkeys(activity.prevention_levels)
                if lv not in entry.prevention_levels
            )
            if extra:
                yield hit(
                    f"activities[{i}].prevention_levels",
                    title=title,
                    programme=name,
                    extra=extra,
                    catalogued=entry.prevention_levels,
                )
        if entry.ecological_levels:
            extra_e = tuple(
                lv
                for lv in dict.fromkeys(activity.ecological_levels)
                if lv not in entry.ecological_levels
            )
            if extra_e:
                yield hit(
                    f"activities[{i}].ecological_levels",
                    "ecological",
                    title=title,
                    programme=name,
                    extra=extra_e,
                    catalogued=entry.ecological_levels,
                )


RULE = Rule(
    code="PK303",
    name="levels-disagree-with-catalogue",
    severity="warning",
    sources=("003 Tidigt förebyggande insatser", "002 §1.10", "000 Förord"),
    variants=("ecological", "unknown", "unknown_near"),
    check=check,
    failing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
activities:
  - id: mvp
    title: MVP för våldsutövare
    programme: mvp
    prevention_levels: [indicated]
""",
    passing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
activities:
  - id: mvp
    title: MVP i grundskolan
    programme: mvp
    prevention_levels: [universal]
    ecological_levels: [individual, community]
""",
)
