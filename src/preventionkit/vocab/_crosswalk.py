"""An explicitly approximate crosswalk from prevention levels to primary / secondary / tertiary.

The seeds use the universal / selective / indicated continuum (who is reached). Research often
uses primary / secondary / tertiary prevention (when, relative to violence). The two are
different axes, so this crosswalk is approximate, kept apart from the plan format, and never
used by the validators (domain §1).
"""

from __future__ import annotations

from dataclasses import dataclass

from ._base import Term
from .levels import PreventionLevel

__all__ = ["CROSSWALK_CAVEAT", "ClassicPrevention", "CrosswalkEntry", "crosswalk"]

CROSSWALK_CAVEAT = (
    "Approximate: universal/selective/indicated describes who an intervention reaches; "
    "primary/secondary/tertiary describes when it acts relative to violence. An activity's "
    "place on one axis does not determine its place on the other."
)


class ClassicPrevention(Term):
    """The classic timing-based prevention scale, common in research but not used in the seeds."""

    PRIMARY = ("primary", "domain §1 (not in the seeds)")
    SECONDARY = ("secondary", "domain §1 (not in the seeds)")
    TERTIARY = ("tertiary", "domain §1 (not in the seeds)")


@dataclass(frozen=True, slots=True)
class CrosswalkEntry:
    """Where a prevention level usually falls on the classic scale, and how sure that is."""

    level: PreventionLevel
    typical: tuple[ClassicPrevention, ...]
    note: str
    approximate: bool = True
    caveat: str = CROSSWALK_CAVEAT


_CROSSWALK: dict[PreventionLevel, CrosswalkEntry] = {
    PreventionLevel.UNIVERSAL: CrosswalkEntry(
        PreventionLevel.UNIVERSAL,
        (ClassicPrevention.PRIMARY,),
        "Work for everyone is almost always before violence; some universal work, such as "
        "asking everyone about violence, also detects it early.",
    ),
    PreventionLevel.SELECTIVE: CrosswalkEntry(
        PreventionLevel.SELECTIVE,
        (ClassicPrevention.PRIMARY, ClassicPrevention.SECONDARY),
        "Groups at raised risk may not yet have met violence (primary) or be at its start "
        "(secondary).",
    ),
    PreventionLevel.INDICATED: CrosswalkEntry(
        PreventionLevel.INDICATED,
        (ClassicPrevention.SECONDARY, ClassicPrevention.TERTIARY),
        "Violence is a fact: early support is secondary, treatment and protection after "
        "repeated violence tertiary.",
    ),
}


def crosswalk(level: PreventionLevel) -> CrosswalkEntry:
    """The approximate classic-scale counterpart of ``level`` (see ``CROSSWALK_CAVEAT``).

    >>> [c.value for c in crosswalk(PreventionLevel.SELECTIVE).typical]
    ['primary', 'secondary']
    """
    return _CROSSWALK[level]
