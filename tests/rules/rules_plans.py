"""Plans for the rule tests: a complete plan that triggers no rule, and small edits of it.

``clean_plan_data()`` follows the shape of the Umeå plan (001 p. 12–15): the council adopts
the plan, the executive board owns it and grants the steering group its mandate on the
council's decision; a collaboration team and an operational group report down the chain;
social services, education and a women's shelter take part.
"""

from __future__ import annotations

import copy
from typing import Any

from preventionkit.model import ActionPlan

ALL_P = ["universal", "selective", "indicated"]
ALL_E = ["individual", "relationship", "community", "society"]
MEMBERS = ["ifn", "fgn", "jouren"]

_CLEAN: dict[str, Any] = {
    "preventionkit": 1,
    "id": "ren-plan",
    "title": "Handlingsplan mot våld",
    "period": {"start": "2019-01-01", "end": "2022-12-31"},
    "owner": "ks",
    "adopted_by": "d-kf",
    "actors": [
        {
            "id": "kf",
            "name": "Kommunfullmäktige",
            "kind": "council",
            "sector": "municipal_leadership",
        },
        {
            "id": "ks",
            "name": "Kommunstyrelsen",
            "kind": "executive_board",
            "sector": "municipal_leadership",
        },
        {
            "id": "ifn",
            "name": "Individ- och familjenämnden",
            "kind": "committee",
            "sector": "social_services",
        },
        {
            "id": "fgn",
            "name": "För- och grundskolenämnden",
            "kind": "committee",
            "sector": "education",
        },
        {
            "id": "jouren",
            "name": "Kvinno- och tjejjouren",
            "kind": "civil_society_organisation",
            "sector": "civil_society",
        },
        {
            "id": "kvinnofridssamordnare",
            "name": "Kvinnofridssamordnare",
            "kind": "function",
            "sector": "social_services",
            "part_of": "ifn",
            "holders": 2,
        },
    ],
    "decisions": [
        {"id": "d-kf", "by": "kf", "date": "2019-06-17", "summary": "Antar handlingsplanen"},
    ],
    "bodies": [
        {
            "id": "styr",
            "name": "Styrgruppen",
            "role": "steering_group",
            "reports_to": "ks",
            "members": MEMBERS,
        },
        {
            "id": "team",
            "name": "Samverkansteamet",
            "role": "collaboration_team",
            "reports_to": "styr",
            "members": MEMBERS,
        },
        {
            "id": "ops",
            "name": "Arbetsgruppen",
            "role": "operational_group",
            "reports_to": "team",
            "members": MEMBERS,
        },
    ],
    "mandates": [
        {
            "holder": "styr",
            "granted_by": "ks",
            "decision": "d-kf",
            "scope": "Leda och följa upp planen",
        },
    ],
    "activities": [
        {
            "id": "kartlaggning",
            "title": "Kartläggning av arbetet mot våld",
            "prevention_levels": ALL_P,
            "ecological_levels": ALL_E,
            "responsible": ["ifn"],
            "timeline": {"start": "2019", "end": "2019"},
            "mapping": True,
            "target_groups": ["professionals", "managers"],
        },
        {
            "id": "mvp",
            "title": "MVP i grundskolan",
            "prevention_levels": ["universal"],
            "ecological_levels": ["community"],
            "responsible": ["fgn"],
            "arenas": ["school"],
            "programme": "mvp",
            "timeline": {"start": "2020-01", "end": "2021-06"},
            "target_groups": ["pupils"],
        },
        {
            "id": "stod",
            "title": "Stöd till våldsutsatta, deras barn och våldsutövare",
            "prevention_levels": ["indicated"],
            "ecological_levels": ["individual"],
            "responsible": ["jouren", "ifn"],
            "accountable": "ifn",
            "timeline": {"start": "2019"},
            "target_groups": ["victims", "children_experiencing_violence", "perpetrators"],
        },
    ],
    "goals": [{"id": "minska", "statement": "Minska våldet i kommunen", "indicators": ["unga"]}],
    "indicators": [
        {
            "id": "unga",
            "name": "UNGA-enkäten",
            "frequency": "annual",
            "target": {"value": 10, "unit": "percent"},
            "prevention_levels": ALL_P,
        }
    ],
    "follow_up": [{"forum": "kf", "frequency": "annual", "scope": "Aktivitetsplanen"}],
    "readiness": {
        "mandatory_reporting_routine": True,
        "referral_routines": ["Socialtjänsten", "Polisen"],
        "support_contacts": ["Kvinnofridslinjen 020-50 50 50"],
    },
}


def clean_plan_data() -> dict[str, Any]:
    """A fresh deep copy of the data of a plan no rule fires on."""
    return copy.deepcopy(_CLEAN)


def plan_of(data: dict[str, Any]) -> ActionPlan:
    """Validate ``data`` into a plan (plan-level checks included)."""
    return ActionPlan.model_validate(data)


def clean_plan() -> ActionPlan:
    """The plan no rule fires on."""
    return plan_of(clean_plan_data())


def activity(id: str, **fields: Any) -> dict[str, Any]:
    """An activity record that passes the activity rules unless ``fields`` say otherwise."""
    out: dict[str, Any] = {
        "id": id,
        "title": f"Aktivitet {id}",
        "responsible": ["ifn"],
        "timeline": {"start": "2020", "end": "2020"},
    }
    out.update(fields)
    return out
