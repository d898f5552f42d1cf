"""Seeded synthetic action plans of any size, for benchmarks, sweeps and tests (issue 8).

A synthetic plan looks like a Swedish municipality's plan against violence as the seeds
describe it, without being one: a council adopts the plan and the executive board owns it
(001 p. 13–15); committees in several sectors answer for activities in their areas, through
their administrations and units (001 p. 15–18); coordinators are functions with one or two
holders (002 §1.5; 004 "från person till funktion"); the chain of governance has its four
functions, political steering, a steering group holding the mandate to lead from a formal
decision, a collaboration team and operational groups (002 §1.6, §1.8); and activities are
spread over the prevention levels and the social-ecological levels (000 Förord; 001 p. 8–9).

Names are generic (``Socialnämnden``, ``Grundskola 3``): no real municipality is described.
The same arguments always give the same plan; only :class:`random.Random` is used.

    >>> from preventionkit.testing import synthetic_plan
    >>> plan = synthetic_plan(50, seed=1)
    >>> len(plan.activities)
    50
    >>> plan == synthetic_plan(50, seed=1)
    True
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..model import ActionPlan

__all__ = ["MIN_ACTORS", "MIN_BODIES", "synthetic_plan", "synthetic_plan_data"]

_PERIOD = (2023, 2026)  # one four-year term of office (mandatperiod, 001 p. 12)

# (id, committee, administration, sector, unit names, arenas, short name)
_SECTORS: tuple[tuple[str, str, str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "son",
        "Socialnämnden",
        "Socialförvaltningen",
        "social_services",
        ("Individ- och familjeomsorgen", "Barn och unga", "Familjecentralen", "Stödenheten"),
        ("social_services", "parenting_support", "shelters"),
    ),
    (
        "bun",
        "Barn- och utbildningsnämnden",
        "Utbildningsförvaltningen",
        "education",
        ("Grundskola", "Förskola", "Gymnasieskola", "Elevhälsan"),
        ("school", "preschool"),
    ),
    (
        "kfn",
        "Kultur- och fritidsnämnden",
        "Kultur- och fritidsförvaltningen",
        "culture_and_leisure",
        ("Fritidsgården", "Föreningsstödet", "Fältgruppen"),
        ("outreach_and_leisure", "sports_clubs", "associations"),
    ),
    (
        "von",
        "Vård- och omsorgsnämnden",
        "Vård- och omsorgsförvaltningen",
        "elderly_care",
        ("Hemtjänsten", "Särskilt boende", "Funktionsstöd"),
        ("elderly_care", "disability_services"),
    ),
    (
        "sbn",
        "Samhällsbyggnadsnämnden",
        "Samhällsbyggnadsförvaltningen",
        "urban_planning",
        ("Planenheten", "Gatu- och parkenheten"),
        ("streets_and_parks", "housing_areas"),
    ),
)

# (id, name, kind, tier, sector, arenas) of actors outside the municipal organisation (domain §4)
_PARTNERS: tuple[tuple[str, str, str, str, str, tuple[str, ...]], ...] = (
    ("polisen", "Lokalpolisområdet", "police", "local", "justice", ("streets_and_parks",)),
    ("region", "Regionen", "region", "regional", "health_care", ("health_care", "youth_clinic")),
    (
        "jouren",
        "Kvinno- och tjejjouren",
        "civil_society_organisation",
        "local",
        "civil_society",
        ("shelters",),
    ),
    (
        "bostad",
        "Bostadsbolaget",
        "municipal_company",
        "local",
        "housing",
        ("housing_areas",),
    ),
)

# (id, name, part_of) of the coordinating functions (002 §1.5; 003 "nyckelfunktioner")
_COORDINATORS: tuple[tuple[str, str, str], ...] = (
    ("kvinnofridssamordnare", "Kvinnofridssamordnare", "son-forv"),
    ("brottsforebyggande-samordnare", "Brottsförebyggande samordnare", "klk"),
    ("folkhalsosamordnare", "Folkhälsosamordnare", "klk"),
    ("jamstalldhetsstrateg", "Jämställdhetsstrateg", "klk"),
)

_TITLES: dict[str, tuple[str, ...]] = {
    "universal": (
        "MVP, våldsförebyggande arbete i skolan",
        "Trygghetsvandring",
        "Föräldraprogram för alla föräldrar",
        "Utbildning om våld i nära relationer för personal",
        "Normkritiskt arbete om maskulinitet",
        "Information om stödlinjer",
        "Huskurage i bostadsområdet",
        "Belysning i parker och gångstråk",
    ),
    "selective": (
        "Stödgrupp för unga i riskzon",
        "Föräldrastöd för föräldrar i konflikt",
        "Uppsökande fältarbete",
        "Samtalsgrupp för barn i utsatta familjer",
    ),
    "indicated": (
        "Stödsamtal för våldsutsatta",
        "Behandling för våldsutövare",
        "Krissamtal för barn som upplevt våld",
        "Bedömning av våldets art och risk",
        "Skyddat boende",
        "Riskbedömning vid hedersrelaterat våld",
    ),
}
_GROUPS: dict[str, tuple[str, ...]] = {
    "universal": ("everyone", "pupils", "children", "young_people", "parents", "professionals"),
    "selective": ("young_people", "parents", "children", "especially_vulnerable"),
    "indicated": ("victims", "perpetrators", "children_experiencing_violence", "women"),
}
_LEVELS = ("universal", "selective", "indicated")
_ECO = ("individual", "relationship", "community", "society")
_AREAS = (
    "intimate_partner_violence",
    "mens_violence_against_women",
    "honour_related_violence",
    "violence_in_public_places",
    "sexual_violence",
    "violence_against_children",
    "bullying_and_harassment",
)
_GOALS = (
    "preventive_work",
    "detection_protection_support",
    "law_enforcement",
    "knowledge_and_methods",
)

MIN_ACTORS = 2 + 2 * len(_SECTORS) + 1 + 1 + len(_PARTNERS) + len(_COORDINATORS) + len(_SECTORS)
"""The fewest actors a synthetic plan has: council, executive board, committees and their
administrations, the municipal office, a crime-prevention council, partners, coordinators,
and one unit per sector."""

MIN_BODIES = 5
"""The fewest bodies: the four functions of the chain of governance and a reference group."""


def _default_actors(n_activities: int) -> int:
    return MIN_ACTORS + max(0, n_activities // 25 - len(_SECTORS))


def _default_bodies(n_actors: int) -> int:
    return MIN_BODIES - 1 + len(_SECTORS) + (n_actors - MIN_ACTORS) // 10


def synthetic_plan_data(
    n_activities: int,
    *,
    n_actors: int | None = None,
    n_bodies: int | None = None,
    seed: int = 0,
) -> dict[str, Any]:
    """A synthetic plan as plain JSON-ready data (what ``json.loads`` of a plan file gives).

    ``n_actors`` defaults to about one unit or contact person per 25 activities on top of the
    core organisation, ``n_bodies`` to one operational group per ten extra actors; both are
    totals and must be at least :data:`MIN_ACTORS` and :data:`MIN_BODIES`.
    """
    if n_activities < 0:
        raise ValueError("n_activities must be zero or more")
    actors_wanted = _default_actors(n_activities) if n_actors is None else n_actors
    if actors_wanted < MIN_ACTORS:
        raise ValueError(f"n_actors must be at least {MIN_ACTORS} (the core organisation)")
    bodies_wanted = _default_bodies(actors_wanted) if n_bodies is None else n_bodies
    if bodies_wanted < MIN_BODIES:
        raise ValueError(f"n_bodies must be at least {MIN_BODIES} (the chain of governance)")
    rng = random.Random(seed)
    start, end = _PERIOD
    start_day, end_day = f"{start}-01-01", f"{end}-12-31"

    actors: list[dict[str, Any]] = [
        {
            "id": "kf",
            "name": "Kommunfullmäktige",
            "kind": "council",
            "tier": "local",
            "sector": "municipal_leadership",
        },
        {
            "id": "ks",
            "name": "Kommunstyrelsen",
            "kind": "executive_board",
            "tier": "local",
            "sector": "municipal_leadership",
        },
        {
            "id": "klk",
            "name": "Kommunledningskontoret",
            "kind": "administration",
            "tier": "local",
            "sector": "municipal_leadership",
            "part_of": "ks",
        },
        {
            "id": "bra",
            "name": "Lokala brottsförebyggande rådet",
            "kind": "crime_prevention_council",
            "tier": "local",
            "sector": "crime_prevention",
        },
    ]
    committees: list[str] = []
    administrations: list[str] = []
    for sid, committee, administration, sector, _units, _arenas in _SECTORS:
        committees.append(sid)
        administrations.append(f"{sid}-forv")
        actors.append(
            {"id": sid, "name": committee, "kind": "committee", "tier": "local", "sector": sector}
        )
        actors.append(
            {
                "id": f"{sid}-forv",
                "name": administration,
                "kind": "administration",
                "tier": "local",
                "sector": sector,
                "part_of": sid,
            }
        )
    for pid, name, kind, tier, sector, _arenas in _PARTNERS:
        actors.append({"id": pid, "name": name, "kind": kind, "tier": tier, "sector": sector})
    for fid, name, part_of in _COORDINATORS:
        actors.append(
            {
                "id": fid,
                "name": name,
                "kind": "function",
                "tier": "local",
                "part_of": part_of,
                "holders": rng.choice((1, 1, 2)),
            }
        )
    # Units and contact persons fill the rest, round-robin over the sectors.
    units_by_sector: dict[str, list[str]] = {s[0]: [] for s in _SECTORS}
    sector_of: dict[str, int] = {}
    k = 0
    while len(actors) < actors_wanted:
        s = k % len(_SECTORS)
        sid, _c, _a, sector, unit_names, _arenas = _SECTORS[s]
        serial = k // len(_SECTORS) + 1
        if k >= len(_SECTORS) and k % 4 == 3:
            unit = units_by_sector[sid][-1]
            actors.append(
                {
                    "id": f"{unit}-kontakt",
                    "name": f"Kontaktperson mot våld, {sid.upper()} {serial}",
                    "kind": "function",
                    "tier": "operational",
                    "part_of": unit,
                    "holders": rng.choice((1, 1, 2)),
                }
            )
            sector_of[f"{unit}-kontakt"] = s
        else:
            uid = f"{sid}-e{serial}"
            actors.append(
                {
                    "id": uid,
                    "name": f"{unit_names[serial % len(unit_names)]} {serial}",
                    "kind": "unit",
                    "tier": "operational",
                    "sector": sector,
                    "part_of": f"{sid}-forv",
                }
            )
            units_by_sector[sid].append(uid)
            sector_of[uid] = s
        k += 1

    # The chain of governance (002 §1.8; 001 p. 13–14).
    decisions: list[dict[str, Any]] = [
        {
            "id": "d-kf-antagande",
            "by": "kf",
            "kind": "adoption",
            "date": f"{start - 1}-11-28",
            "reference": "KF § 187",
            "summary": "Antar handlingsplanen mot våld",
        },
        {
            "id": "d-ks-uppdrag",
            "by": "ks",
            "kind": "assignment",
            "date": f"{start - 1}-12-12",
            "reference": "KS § 211",
            "summary": "Uppdrar åt styrgruppen att leda och följa upp arbetet mot våld",
        },
        {
            "id": "d-styrgrupp-uppdrag",
            "by": "b-styrgrupp",
            "kind": "assignment",
            "date": f"{start}-01-20",
            "summary": "Uppdrar åt samverkansteamet att planera och samordna aktiviteterna",
        },
    ]
    for sid in committees:
        decisions.append(
            {
                "id": f"d-{sid}-utse",
                "by": sid,
                "kind": "appointment",
                "date": f"{start}-01-{10 + len(decisions):02d}",
                "summary": "Utser representanter till styrgruppen och samverkansteamet",
            }
        )
    coordinator_ids = [c[0] for c in _COORDINATORS]
    bodies: list[dict[str, Any]] = [
        {
            "id": "b-politisk",
            "name": "Politisk styrgrupp mot våld",
            "role": "political_steering",
            "convener": "ks",
            "members": ["ks", *committees],
            "meets_per_year": 2,
            "reports_to": "ks",
        },
        {
            "id": "b-styrgrupp",
            "name": "Styrgrupp mot våld",
            "role": "steering_group",
            "convener": "klk",
            "members": [
                "klk",
                *(
                    {"actor": adm, "appointed_by": sid, "decision": f"d-{sid}-utse"}
                    for sid, adm in zip(committees, administrations, strict=True)
                ),
                "polisen",
                "region",
            ],
            "meets_per_year": 4,
            "reports_to": "b-politisk",
        },
        {
            "id": "b-samverkansteam",
            "name": "Samverkansteam mot våld",
            "role": "collaboration_team",
            "convener": "kvinnofridssamordnare",
            "members": [*coordinator_ids, "bra", "jouren", "bostad"],
            "meets_per_year": 10,
            "reports_to": "b-styrgrupp",
        },
        {
            "id": "b-referens",
            "name": "Referensgrupp",
            "role": "reference_group",
            "members": ["jouren", "region", "polisen"],
            "as_needed": True,
            "supports": ["b-samverkansteam"],
        },
    ]
    n_groups = bodies_wanted - len(bodies)
    groups: list[str] = []
    members_of_group: list[list[str]] = [[] for _ in range(n_groups)]
    group_of: dict[str, int] = {}
    for s, (sid, *_rest) in enumerate(_SECTORS):
        serving = list(range(s, n_groups, len(_SECTORS))) or [s % n_groups]
        if s < n_groups:
            members_of_group[s].append(f"{sid}-forv")
        # Every unit sits in one operational group of its sector, shared out in turn.
        for j, uid in enumerate(units_by_sector[sid]):
            g = serving[j % len(serving)]
            members_of_group[g].append(uid)
            group_of[uid] = g
    for uid in sector_of:
        if uid.endswith("-kontakt"):
            members_of_group[group_of[uid.removesuffix("-kontakt")]].append(uid)
    for g in range(n_groups):
        sid = _SECTORS[g % len(_SECTORS)][0]
        gid = f"b-op-{g + 1}"
        groups.append(gid)
        members = members_of_group[g] or [f"{sid}-forv"]
        bodies.append(
            {
                "id": gid,
                "name": f"Operativ arbetsgrupp {g + 1} ({sid.upper()})",
                "role": "operational_group",
                "convener": members[0],
                "members": members,
                "meets_per_year": rng.choice((6, 8, 10, 12)),
                "reports_to": "b-samverkansteam",
            }
        )
    mandates: list[dict[str, Any]] = [
        {
            "id": "m-styrgrupp",
            "holder": "b-styrgrupp",
            "granted_by": "ks",
            "decision": "d-ks-uppdrag",
            "scope": "Leda, samordna och följa upp arbetet mot våld",
            "resources": "Samordnartjänster och utvecklingsmedel i budgeten",
            "valid_from": start_day,
            "valid_until": end_day,
        },
        {
            "id": "m-samverkansteam",
            "holder": "b-samverkansteam",
            "granted_by": "b-styrgrupp",
            "decision": "d-styrgrupp-uppdrag",
            "scope": "Planera, samordna och följa upp aktiviteterna",
            "leads": False,
            "valid_from": start_day,
            "valid_until": end_day,
        },
        {
            "id": "m-kvinnofridssamordnare",
            "holder": "kvinnofridssamordnare",
            "granted_by": "son",
            "decision": "d-son-utse",
            "scope": "Samordna kvinnofridsarbetet",
            "leads": False,
        },
    ]

    # Who carries out activities: units, contact persons, operational groups, coordinators.
    doers: list[tuple[str, tuple[str, ...]]] = []
    for sid, _c, _a, _sector, _units, arenas in _SECTORS:
        doers.extend((uid, arenas) for uid in units_by_sector[sid])
        doers.append((f"{sid}-forv", arenas))
    for uid, s in sector_of.items():
        if uid.endswith("-kontakt"):
            doers.append((uid, _SECTORS[s][5]))
    doers.extend((gid, _SECTORS[g % len(_SECTORS)][5]) for g, gid in enumerate(groups))
    doers.extend((c, ()) for c in coordinator_ids)
    doers.extend((p[0], p[5]) for p in _PARTNERS)

    activities: list[dict[str, Any]] = []
    choice = rng.choice
    rand = rng.random
    randint = rng.randint
    n_doers = len(doers)
    for i in range(n_activities):
        if i < 12:  # every cell of the coverage matrix is filled at least once
            level, eco = _LEVELS[i % 3], _ECO[i // 3]
        else:
            r = rand()
            level = "indicated" if r < 0.45 else ("selective" if r < 0.7 else "universal")
            eco = _ECO[int(rand() * 4)]
        levels = [level]
        if rand() < 0.15:
            other = _LEVELS[int(rand() * 3)]
            if other != level:
                levels.append(other)
        ecos = [eco]
        if rand() < 0.25:
            other = _ECO[int(rand() * 4)]
            if other != eco:
                ecos.append(other)
        doer, arenas = doers[int(rand() * n_doers)]
        y0 = randint(start, end)
        m0 = randint(1, 12)
        y1 = randint(y0, end)
        m1 = randint(m0 if y1 == y0 else 1, 12)
        activity: dict[str, Any] = {
            "id": f"a-{i + 1:06d}",
            "title": choice(_TITLES[level]),
            "prevention_levels": levels,
            "ecological_levels": ecos,
            "violence_areas": [choice(_AREAS)],
            "target_groups": [choice(_GROUPS[level])],
            "responsible": [doer],
            "timeline": {"start": f"{y0}-{m0:02d}", "end": f"{y1}-{m1:02d}"},
            "national_goals": [
                "detection_protection_support" if level == "indicated" else choice(_GOALS)
            ],
        }
        if arenas:
            activity["arenas"] = [choice(arenas)]
        if rand() < 0.2:
            helper = doers[int(rand() * n_doers)][0]
            if helper != doer:
                activity["responsible"].append(helper)
                activity["accountable"] = doer
        if level == "universal" and "school" in arenas and rand() < 0.3:
            activity["programme"] = "mvp"
        activities.append(activity)
    if activities:
        activities[0]["title"] = "Kartläggning av verksamheternas arbete mot våld"
        activities[0]["mapping"] = True

    return {
        "preventionkit": 1,
        "id": f"syntetisk-{seed}-{n_activities}",
        "title": f"Handlingsplan mot våld, syntetisk kommun {seed}",
        "description": "A synthetic plan generated by preventionkit.testing.synthetic_plan; "
        "it describes no real municipality.",
        "profile": "municipal",
        "status": "adopted",
        "period": {"start": start_day, "end": end_day},
        "owner": "ks",
        "adopted_by": "d-kf-antagande",
        "vision": {
            "statement": "Ingen i kommunen ska utsättas för våld",
            "decision": "d-kf-antagande",
        },
        "actors": actors,
        "decisions": decisions,
        "bodies": bodies,
        "mandates": mandates,
        "activities": activities,
        "goals": [
            {
                "id": "g-minska-valdet",
                "statement": "Minska våldet i kommunen",
                "indicators": ["i-ungaenkat", "i-jamforelser"],
            },
            {
                "id": "g-kunskap",
                "statement": "Öka personalens kunskap för tidig upptäckt av våld",
                "indicators": ["i-utbildade"],
            },
        ],
        "indicators": [
            {
                "id": "i-ungaenkat",
                "name": "Ungdomsenkät om utsatthet för våld",
                "frequency": "every_3_years",
                "prevention_levels": ["universal", "selective"],
            },
            {
                "id": "i-jamforelser",
                "name": "Öppna jämförelser, våld i nära relationer",
                "source": "Socialstyrelsen",
                "frequency": "annual",
                "prevention_levels": ["indicated"],
            },
            {
                "id": "i-utbildade",
                "name": "Andel utbildad personal",
                "frequency": "annual",
                "prevention_levels": ["universal"],
            },
        ],
        "follow_up": [
            {"forum": "kf", "frequency": "annual", "scope": "Aktivitetsplanen"},
            {
                "forum": "b-styrgrupp",
                "frequency": "quarterly",
                "scope": "Aktiviteternas genomförande",
                "by": "b-samverkansteam",
            },
            {
                "forum": "kf",
                "frequency": "every_term_of_office",
                "kind": "revision",
                "scope": "Handlingsplanen",
            },
        ],
        "readiness": {
            "mandatory_reporting_routine": True,
            "referral_routines": ["Socialtjänsten", "Polisen"],
            "support_contacts": ["Kvinnofridslinjen 020-50 50 50"],
        },
        "funding": [
            {"source": "ordinary_budget", "by": "ks", "decision": "d-ks-uppdrag"},
        ],
    }


def synthetic_plan(
    n_activities: int,
    *,
    n_actors: int | None = None,
    n_bodies: int | None = None,
    seed: int = 0,
) -> ActionPlan:
    """A synthetic, valid :class:`~preventionkit.model.ActionPlan` (see the module docstring).

    The plan passes every plan-level check (unique ids, resolving references, no cycles).
    """
    from ..model import ActionPlan

    data = synthetic_plan_data(n_activities, n_actors=n_actors, n_bodies=n_bodies, seed=seed)
    return ActionPlan.model_validate(data)
