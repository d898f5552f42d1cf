"""How often something happens: meetings, follow-ups, surveys (001 p. 12, p. 14; 002 §1.10)."""

from __future__ import annotations

from ._base import Term

__all__ = ["Frequency", "per_year"]


class Frequency(Term):
    """A recurrence, e.g. an annual follow-up in the council (001 p. 12)."""

    CONTINUOUS = ("continuous", "001 p. 15")
    WEEKLY = ("weekly", "calendar term, not in the seeds")
    MONTHLY = ("monthly", "calendar term, not in the seeds")
    QUARTERLY = ("quarterly", "001 p. 14")
    TWICE_A_YEAR = ("twice_a_year", "calendar term, not in the seeds")
    ANNUAL = ("annual", "001 p. 12, p. 15")
    EVERY_2_YEARS = ("every_2_years", "calendar term, not in the seeds")
    EVERY_3_YEARS = ("every_3_years", "002 §1.10")
    EVERY_TERM_OF_OFFICE = ("every_term_of_office", "001 p. 15")
    AS_NEEDED = ("as_needed", "001 p. 14")
    ONCE = ("once", "calendar term, not in the seeds")


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
