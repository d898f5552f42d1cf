"""Prevention levels and the levels of the social-ecological model (000 Förord; 001 p. 8–9)."""

from __future__ import annotations

from ._base import Term

__all__ = ["EcologicalLevel", "PreventionLevel"]


class PreventionLevel(Term):
    """Who an intervention reaches: everyone, groups at raised risk, or individuals where
    violence is already a fact (000 Förord; 002 §1.2, §1.12; 003 "Tidigt förebyggande insatser")."""

    UNIVERSAL = ("universal", "002 §1.2; 003 Tidigt förebyggande insatser")
    SELECTIVE = ("selective", "003 Tidigt förebyggande insatser")
    INDICATED = ("indicated", "002 §1.12; 003 Tidigt förebyggande insatser")


class EcologicalLevel(Term):
    """The four nested levels of the social-ecological model, each with its own risk and
    protective factors (001 p. 8–9; 000 p. 23, from *Inget att vänta på*)."""

    INDIVIDUAL = ("individual", "001 p. 9")
    RELATIONSHIP = ("relationship", "001 p. 9")
    COMMUNITY = ("community", "001 p. 9")
    SOCIETY = ("society", "001 p. 9")
