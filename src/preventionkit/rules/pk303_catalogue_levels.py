"""PK303: an activity's levels disagree with the catalogue entry of its programme, or its
programme is described nowhere."""

from __future__ import annotations

from collections.abc import Iterator

from ..catalogue import ids
from ..errors import suggest
from ..model import ProgrammeRecord
from ._text import short
from .context import RuleContext
from .rule import Hit, Rule, Said, Variant, hit


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
            name = Said(entry.name, entry.name_en or entry.name)
        else:
            name = Said(entry.name_sv, entry.name_en)
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


_HINT_EN = (
    "Check the activity's levels against the programme; if it is adapted to another level, "
    "describe the adaptation in the activity's description."
)
_HINT_SV = (
    "Kontrollera aktivitetens nivåer mot programmet; om det är anpassat till en annan nivå, "
    "beskriv anpassningen i aktivitetens beskrivning."
)

RULE = Rule(
    code="PK303",
    name="levels-disagree-with-catalogue",
    severity="warning",
    sources=("003 Tidigt förebyggande insatser", "002 §1.10", "000 Förord"),
    summary_en="An activity's levels disagree with the catalogue entry of its programme.",
    summary_sv="En aktivitets nivåer stämmer inte med katalogens uppgifter om programmet.",
    message_en="The activity '{title}' places {programme} at a prevention level the catalogue "
    "does not list for it: {extra} (the catalogue lists {catalogued}).",
    message_sv="Aktiviteten ”{title}” placerar {programme} på en preventionsnivå som katalogen "
    "inte anger för programmet: {extra} (katalogen anger {catalogued}).",
    hint_en=_HINT_EN,
    hint_sv=_HINT_SV,
    variants={
        "unknown": Variant(
            message_sv="Aktiviteten ”{title}” använder programmet ”{programme}”, som varken "
            "finns i katalogen, i ett installerat paket eller under programmes: i planen.",
            message_en="The activity '{title}' uses the programme '{programme}', which is "
            "neither in the catalogue, in an installed pack nor under programmes: in the plan.",
            hint_sv="Beskriv programmet under programmes: (namn, nivåer, evidens och källa), "
            "eller använd ett id ur katalogen ('preventionkit catalogue list').",
            hint_en="Describe the programme under programmes: (name, levels, evidence and "
            "source), or use a catalogue id ('preventionkit catalogue list').",
        ),
        "unknown_near": Variant(
            message_sv="Aktiviteten ”{title}” använder programmet ”{programme}”, som varken "
            "finns i katalogen, i ett installerat paket eller under programmes: i planen.",
            message_en="The activity '{title}' uses the programme '{programme}', which is "
            "neither in the catalogue, in an installed pack nor under programmes: in the plan.",
            hint_sv="Menade du ”{near}”? Annars: beskriv programmet under programmes:.",
            hint_en="Did you mean '{near}'? Otherwise describe the programme under programmes:.",
        ),
        "ecological": Variant(
            message_sv="Aktiviteten ”{title}” placerar {programme} på en nivå i den "
            "socioekologiska modellen som katalogen inte anger för programmet: {extra} "
            "(katalogen anger {catalogued}).",
            message_en="The activity '{title}' places {programme} at a social-ecological level "
            "the catalogue does not list for it: {extra} (the catalogue lists {catalogued}).",
            hint_sv=_HINT_SV,
            hint_en=_HINT_EN,
        ),
    },
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
