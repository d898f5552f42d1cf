"""Where a rule applies: the jurisdictions and kinds of plan it fits (issue 16).

A rule resting on one country's law or guidance (PK501 on the Swedish duty to report, PK409 on
Swedish terms of office) or on what the sources ask of one kind of plan (PK503–PK505: a
municipality's social services) says so in its :class:`Scope`; each
:class:`~.profiles.Profile` says which jurisdiction and kind of plan it checks. The engine asks
one question, :meth:`Scope.fits`, so a pack's rules and profiles take part on the same terms as
the built-in ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..vocab import PlanKind

if TYPE_CHECKING:
    from .profiles import Profile

__all__ = ["ANYWHERE", "JURISDICTION_PATTERN", "SWEDISH", "SWEDISH_MUNICIPAL", "Scope"]

JURISDICTION_PATTERN = r"^[A-Z]{2}$"
"""A jurisdiction: an ISO 3166-1 alpha-2 country code, e.g. ``SE``, ``NO``, ``GB``."""

_JURISDICTION = re.compile(JURISDICTION_PATTERN)


def check_jurisdiction(code: str) -> str:
    """``code`` if it is an ISO 3166-1 alpha-2 code, else ``ValueError`` with an example."""
    if not isinstance(code, str) or not _JURISDICTION.match(code):
        raise ValueError(
            f"jurisdiction {code!r} is not an ISO 3166-1 alpha-2 country code, e.g. 'SE'"
        )
    return code


def check_kind(value: str) -> PlanKind:
    """The :class:`~preventionkit.vocab.PlanKind` written ``value``, else ``ValueError``
    naming the kinds there are."""
    for kind in PlanKind:
        if kind.value == value:
            return kind
    known = ", ".join(repr(k.value) for k in PlanKind)
    raise ValueError(f"plan kind {value!r} is not one of {known}")


@dataclass(frozen=True, slots=True)
class Scope:
    """The jurisdictions and kinds of plan a rule fits; ``None`` for either means any.

    A rule limited to a jurisdiction runs only under a profile that declares that jurisdiction,
    and a rule limited to some kinds of plan only under a profile that declares one of them: a
    profile that declares none (the ``international`` profile, the default for a plan that
    does not name one) runs only the rules that hold everywhere.

    >>> from preventionkit.rules import PROFILES, Scope
    >>> from preventionkit.vocab import PlanKind
    >>> scope = Scope(jurisdictions=("SE",), kinds=(PlanKind.MUNICIPAL,))
    >>> [name for name, profile in PROFILES.items() if scope.fits(profile)]
    ['municipal']
    """

    jurisdictions: tuple[str, ...] | None = None
    """The countries whose law or guidance the rule rests on (ISO 3166-1 alpha-2 codes);
    ``None``: the rule holds whatever the country."""
    kinds: tuple[PlanKind, ...] | None = None
    """The kinds of plan the rule asks something of; ``None``: every kind."""

    def __post_init__(self) -> None:
        if self.jurisdictions is not None:
            codes = _unique_sorted(self.jurisdictions, "jurisdictions")
            object.__setattr__(self, "jurisdictions", tuple(check_jurisdiction(c) for c in codes))
        if self.kinds is not None:
            kinds = tuple(check_kind(k) for k in _unique_sorted(self.kinds, "kinds"))
            object.__setattr__(self, "kinds", kinds)

    @property
    def everywhere(self) -> bool:
        """Whether the rule applies under every profile."""
        return self.jurisdictions is None and self.kinds is None

    def fits(self, profile: Profile) -> bool:
        """Whether a rule of this scope runs under ``profile``."""
        if self.jurisdictions is not None and profile.jurisdiction not in self.jurisdictions:
            return False
        return self.kinds is None or profile.kind in self.kinds


def _unique_sorted(values: Iterable[str], what: str) -> tuple[str, ...]:
    if isinstance(values, str):
        raise TypeError(f"Scope {what} is a tuple of codes, not the string {values!r}")
    found = tuple(sorted(set(values)))
    if not found:
        raise ValueError(f"Scope {what} is empty: leave it out (None) for a rule that fits any")
    return found


ANYWHERE = Scope()
"""The scope of a rule that holds under every profile (the default)."""

SWEDISH = Scope(jurisdictions=("SE",))
"""A rule resting on Swedish law, for every kind of plan (PK501)."""

SWEDISH_MUNICIPAL = Scope(jurisdictions=("SE",), kinds=(PlanKind.MUNICIPAL,))
"""A rule resting on what the Swedish sources ask of a municipality-wide plan (PK210, PK409,
PK503–PK505)."""
