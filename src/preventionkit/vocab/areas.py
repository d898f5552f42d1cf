"""Violence areas (våldsområden) named by the seeds (001 p. 11; 004; 002 §1.3)."""

from __future__ import annotations

from ._base import Term

__all__ = ["ViolenceArea"]


class ViolenceArea(Term):
    """A kind of violence an activity works against (001 p. 11; 004 "Kvinnofridssatsningen omfattar")."""

    MENS_VIOLENCE_AGAINST_WOMEN = ("mens_violence_against_women", "004; 003")
    INTIMATE_PARTNER_VIOLENCE = ("intimate_partner_violence", "001 p. 11; 004")
    HONOUR_RELATED_VIOLENCE = ("honour_related_violence", "001 p. 11; 004")
    VIOLENCE_IN_PUBLIC_PLACES = ("violence_in_public_places", "001 p. 11")
    VIOLENT_EXTREMISM = ("violent_extremism", "001 p. 11")
    PROSTITUTION_AND_TRAFFICKING = ("prostitution_and_trafficking", "001 p. 11; 004")
    SEXUAL_VIOLENCE = ("sexual_violence", "001 p. 11; 004")
    VIOLENCE_AGAINST_CHILDREN = ("violence_against_children", "004; 002 §1.12")
    BULLYING_AND_HARASSMENT = ("bullying_and_harassment", "002 §1.3")
