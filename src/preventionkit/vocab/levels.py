"""Prevention levels and the levels of the social-ecological model (000 Förord; 001 p. 8–9)."""

from __future__ import annotations

from ._base import Term

__all__ = ["EcologicalLevel", "PreventionLevel"]


class PreventionLevel(Term):
    """Who an intervention reaches: everyone, groups at raised risk, or individuals where
    violence is already a fact (000 Förord; 002 §1.2, §1.12; 003 "Tidigt förebyggande insatser")."""

    UNIVERSAL = (
        "universal",
        "universell",
        "universal",
        "Reaches everyone in a population or arena, whatever their risk (e.g. MVP in school).",
        "002 §1.2; 003 Tidigt förebyggande insatser",
    )
    SELECTIVE = (
        "selective",
        "selektiv",
        "selective",
        "Reaches groups at raised risk of violence (riskgrupper), e.g. KOMET for parents.",
        "003 Tidigt förebyggande insatser",
    )
    INDICATED = (
        "indicated",
        "indikerad",
        "indicated",
        "Reaches individuals where violence is already a fact: victims and perpetrators.",
        "002 §1.12; 003 Tidigt förebyggande insatser",
    )


class EcologicalLevel(Term):
    """The four nested levels of the social-ecological model, each with its own risk and
    protective factors (001 p. 8–9; 000 p. 23, from *Inget att vänta på*)."""

    INDIVIDUAL = (
        "individual",
        "individ",
        "individual",
        "Each person's own history and conditions.",
        "001 p. 9",
    )
    RELATIONSHIP = (
        "relationship",
        "relation",
        "relationship",
        "Peer groups, partner relationships and families, which can protect or put at risk.",
        "001 p. 9",
    )
    COMMUNITY = (
        "community",
        "närmiljö",
        "community",
        "Workplaces, sports clubs, housing areas and schools as places; e.g. a culture of silence.",
        "001 p. 9",
    )
    SOCIETY = (
        "society",
        "samhälle",
        "society",
        "Legislation, policies, economy and social norms such as traditional gender norms.",
        "001 p. 9",
    )
