"""Violence areas (våldsområden) named by the seeds (001 p. 11; 004; 002 §1.3)."""

from __future__ import annotations

from ._base import Term

__all__ = ["ViolenceArea"]


class ViolenceArea(Term):
    """A kind of violence an activity works against (001 p. 11; 004 "Kvinnofridssatsningen omfattar")."""

    MENS_VIOLENCE_AGAINST_WOMEN = (
        "mens_violence_against_women",
        "mäns våld mot kvinnor",
        "men's violence against women",
        "The umbrella of the national strategy (Skr. 2016/17:10) and of kvinnofrid work.",
        "004; 003",
    )
    INTIMATE_PARTNER_VIOLENCE = (
        "intimate_partner_violence",
        "våld i nära relationer",
        "intimate partner and domestic violence",
        "Violence by a partner, former partner or other close relative.",
        "001 p. 11; 004",
    )
    HONOUR_RELATED_VIOLENCE = (
        "honour_related_violence",
        "hedersrelaterat våld och förtryck",
        "honour-related violence and oppression",
        "Including child and forced marriage and female genital mutilation.",
        "001 p. 11; 004",
    )
    VIOLENCE_IN_PUBLIC_PLACES = (
        "violence_in_public_places",
        "våld i offentlig miljö",
        "violence in public places",
        "Violence in streets, parks, public transport and other public settings.",
        "001 p. 11",
    )
    VIOLENT_EXTREMISM = (
        "violent_extremism",
        "våldsbejakande extremism",
        "violent extremism",
        "Ideologically motivated violence and its support.",
        "001 p. 11",
    )
    PROSTITUTION_AND_TRAFFICKING = (
        "prostitution_and_trafficking",
        "prostitution och människohandel",
        "prostitution and human trafficking",
        "Prostitution and trafficking in human beings for sexual purposes.",
        "001 p. 11; 004",
    )
    SEXUAL_VIOLENCE = (
        "sexual_violence",
        "sexuellt våld",
        "sexual violence",
        "Sexual assault, abuse and harassment (incl. #MeToo at work, 001 p. 18).",
        "001 p. 11; 004",
    )
    VIOLENCE_AGAINST_CHILDREN = (
        "violence_against_children",
        "våld mot barn",
        "violence against children",
        "Violence against children, including children who experience violence between adults.",
        "004; 002 §1.12",
    )
    BULLYING_AND_HARASSMENT = (
        "bullying_and_harassment",
        "mobbning och kränkningar",
        "bullying and harassment",
        "Bullying, threats and sexual harassment among children and young people in school.",
        "002 §1.3",
    )
