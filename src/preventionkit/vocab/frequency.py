"""How often something happens: meetings, follow-ups, surveys (001 p. 12, p. 14; 002 §1.10)."""

from __future__ import annotations

from ._base import Term

__all__ = ["Frequency", "per_year"]


class Frequency(Term):
    """A recurrence, e.g. an annual follow-up in the council (001 p. 12)."""

    CONTINUOUS = (
        "continuous",
        "löpande",
        "continuously",
        "Ongoing, without a fixed rhythm.",
        "001 p. 15",
    )
    WEEKLY = ("weekly", "varje vecka", "weekly", "Every week.", "calendar term, not in the seeds")
    MONTHLY = (
        "monthly",
        "varje månad",
        "monthly",
        "Every month.",
        "calendar term, not in the seeds",
    )
    QUARTERLY = (
        "quarterly",
        "fyra gånger per år",
        "four times a year",
        "Four times a year.",
        "001 p. 14",
    )
    TWICE_A_YEAR = (
        "twice_a_year",
        "två gånger per år",
        "twice a year",
        "Twice a year.",
        "calendar term, not in the seeds",
    )
    ANNUAL = ("annual", "årligen", "annually", "Once a year.", "001 p. 12, p. 15")
    EVERY_2_YEARS = (
        "every_2_years",
        "vartannat år",
        "every second year",
        "Every second year.",
        "calendar term, not in the seeds",
    )
    EVERY_3_YEARS = (
        "every_3_years",
        "var tredje år",
        "every third year",
        "Every third year.",
        "002 §1.10",
    )
    EVERY_TERM_OF_OFFICE = (
        "every_term_of_office",
        "varje mandatperiod",
        "every term of office",
        "Once per four-year term of office, e.g. revision before each new term.",
        "001 p. 15",
    )
    AS_NEEDED = (
        "as_needed",
        "vid behov",
        "as needed",
        "When needed, without a fixed rhythm.",
        "001 p. 14",
    )
    ONCE = ("once", "en gång", "once", "A single occasion.", "calendar term, not in the seeds")


_PER_YEAR: dict[Frequency, float | None] = {
    Frequency.CONTINUOUS: None,
    Frequency.WEEKLY: 52.0,
    Frequency.MONTHLY: 12.0,
    Frequency.QUARTERLY: 4.0,
    Frequency.TWICE_A_YEAR: 2.0,
    Frequency.ANNUAL: 1.0,
    Frequency.EVERY_2_YEARS: 0.5,
    Frequency.EVERY_3_YEARS: 1 / 3,
    Frequency.EVERY_TERM_OF_OFFICE: 0.25,
    Frequency.AS_NEEDED: None,
    Frequency.ONCE: None,
}


def per_year(frequency: Frequency) -> float | None:
    """Occurrences per year, or ``None`` when the frequency has no fixed rhythm.

    ``continuous`` counts as at least yearly for follow-up purposes; callers decide.

    >>> per_year(Frequency.QUARTERLY)
    4.0
    """
    return _PER_YEAR[frequency]
