"""Validation profiles: what a whole municipality, a single unit and a county are asked to have.

Thresholds and required sets live here, not in the rules (issue 4 item 3). The guide asks every
effort, "large or small", for a chain of governance and an organisation (002 §1.8), but a
delimited effort in one school or leisure centre needs no large collaboration group: a
steering function and an operational group suffice (002 §1.4, §1.8). County-level work is
coordinated by the county administrative board, which leads county collaboration (länssamverkan)
and networks (003 "Länsstyrelsernas roll som regionala samordnare", "Stöd till samordning").
A national strategy or a plan under another country's law is checked against what holds
whatever the country (``international``): the Swedish chain of four functions and Swedish law
are not asked of it. Each profile declares its jurisdiction and kind of plan, and a rule runs
under it when its :class:`~.scope.Scope` fits them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from ..model import PROFILE_NAME_PATTERN
from ..vocab import POLITICAL_KINDS, ActorKind, BodyRole, PlanKind
from .scope import check_jurisdiction, check_kind

__all__ = ["BUILTIN_PROFILES", "DEFAULT_PROFILE", "PROFILES", "PROFILE_NAME_PATTERN", "Profile"]


_NAME = re.compile(PROFILE_NAME_PATTERN)


@dataclass(frozen=True, slots=True)
class Profile:
    """What one kind of plan is checked against.

    ``required_roles`` are the functions of the chain of governance the plan must have (PK203);
    ``counts_as`` lets one role fill another (e.g. a political steering group is a steering
    function for a single school). ``political_kinds`` are the actor kinds a mandate must trace
    back to (PK202; empty: not required). ``coordinator_kinds`` are the kinds of which one must
    sit in the chain (PK203; the regional coordinator). ``min_sectors`` is the least number of
    sectors that must take part (PK601). ``select`` names the rules the profile runs (codes or
    prefixes such as ``"PK2"``; all when None), so a pack's profile can pick its own rules and
    some built-in ones. ``jurisdiction`` and ``kind`` say what plans the profile is for; a rule
    limited to some jurisdictions or kinds (:attr:`.Rule.applies_to`) runs only under a profile
    that declares them (:meth:`.Scope.fits`).
    """

    name: str
    title_en: str
    title_sv: str
    description: str
    required_roles: tuple[BodyRole, ...] = ()
    political_kinds: frozenset[ActorKind] = frozenset()
    min_sectors: int = 1
    counts_as: tuple[tuple[BodyRole, BodyRole], ...] = ()
    coordinator_kinds: frozenset[ActorKind] = frozenset()
    sources: tuple[str, ...] = ()
    select: tuple[str, ...] | None = None
    jurisdiction: str | None = None
    """The country whose law and guidance the profile applies (ISO 3166-1 alpha-2 code, e.g.
    ``"SE"``); ``None`` for none in particular. Only rules that hold whatever the country, or
    that name this one, run under it (e.g. PK501, on the Swedish duty to report, needs ``SE``)."""
    kind: PlanKind | None = None
    """The kind of plan the profile is for (municipal, single unit, regional, national);
    ``None`` for any. Only rules for every kind, or for this one, run under it (e.g. PK503–PK505
    ask a Swedish ``municipal`` plan for services the municipality's social services give)."""
    delegates_units: bool = False
    """A plan of this kind may leave unit-level readiness (the duty-to-report routine, referral
    routines, support contacts; 002 §1.12) to its members' own plans: when it names child
    plans (``related`` with relation ``child``), PK501 and PK502 do not ask it of the plan."""

    def __post_init__(self) -> None:
        if not _NAME.match(self.name):
            raise ValueError(
                f"profile name {self.name!r} is not lower-case words joined by hyphens, "
                "e.g. 'local-unit'"
            )
        if self.jurisdiction is not None:
            check_jurisdiction(self.jurisdiction)
        if self.kind is not None:
            object.__setattr__(self, "kind", check_kind(self.kind))

    def fillers(self, role: BodyRole) -> frozenset[BodyRole]:
        """The body roles that fill the required ``role`` in this profile."""
        return frozenset({role, *(have for have, fills in self.counts_as if fills is role)})


_MUNICIPAL_POLITICS = frozenset({ActorKind.COUNCIL, ActorKind.EXECUTIVE_BOARD, ActorKind.COMMITTEE})

MUNICIPAL = Profile(
    name="municipal",
    title_en="Municipality",
    title_sv="Kommun",
    description="A municipality-wide plan: every function of the chain of governance "
    "(political steering, steering group, collaboration team, operational groups), mandates "
    "tracing back to the council, the executive board or a committee, and cross-sector "
    "collaboration.",
    required_roles=(
        BodyRole.POLITICAL_STEERING,
        BodyRole.STEERING_GROUP,
        BodyRole.COLLABORATION_TEAM,
        BodyRole.OPERATIONAL_GROUP,
    ),
    political_kinds=_MUNICIPAL_POLITICS,
    min_sectors=2,
    jurisdiction="SE",
    kind=PlanKind.MUNICIPAL,
    sources=("002 §1.4", "002 §1.6", "002 §1.8", "001 p. 12–15"),
)

LOCAL_UNIT = Profile(
    name="local-unit",
    title_en="Single unit",
    title_sv="Enskild verksamhet",
    description="A delimited effort in one school, preschool or leisure centre: a steering "
    "function (the unit's ordinary management group, or a political steering group) and an "
    "operational group suffice; political anchoring is sought when necessary, not always; "
    "strategic partners may all come from the unit itself.",
    required_roles=(BodyRole.STEERING_GROUP, BodyRole.OPERATIONAL_GROUP),
    political_kinds=frozenset(),
    min_sectors=1,
    counts_as=((BodyRole.POLITICAL_STEERING, BodyRole.STEERING_GROUP),),
    jurisdiction="SE",
    kind=PlanKind.LOCAL_UNIT,
    sources=("002 §1.4", "002 §1.6", "002 §1.8"),
)

REGIONAL = Profile(
    name="regional",
    title_en="County",
    title_sv="Län",
    description="County-level coordination: a county administrative board (or region) as "
    "regional coordinator in the chain, a county collaboration forum at management or strategic "
    "level (länssamverkan; a steering group or collaboration team) and networks with the "
    "municipalities' coordinators, mandates tracing back to the Government or an elected "
    "assembly, and collaboration across sectors.",
    required_roles=(BodyRole.STEERING_GROUP, BodyRole.NETWORK),
    political_kinds=frozenset(
        {
            ActorKind.LEGISLATURE,
            ActorKind.GOVERNMENT,
            ActorKind.COUNCIL,
            ActorKind.EXECUTIVE_BOARD,
            ActorKind.COMMITTEE,
        }
    ),
    min_sectors=2,
    counts_as=((BodyRole.COLLABORATION_TEAM, BodyRole.STEERING_GROUP),),
    coordinator_kinds=frozenset({ActorKind.COUNTY_ADMINISTRATIVE_BOARD, ActorKind.REGION}),
    delegates_units=True,
    jurisdiction="SE",
    kind=PlanKind.REGIONAL,
    sources=(
        "003 Länsstyrelsernas roll som regionala samordnare",
        "003 Stöd till samordning",
        "003 Ett paradigmskifte",
    ),
)

INTERNATIONAL = Profile(
    name="international",
    title_en="National or non-Swedish plan",
    title_sv="Nationell eller utländsk plan",
    description="A national strategy, or a plan made under another country's law (e.g. an "
    "English Serious Violence Duty strategy or a Norwegian municipal plan): the mandate to lead "
    "must rest on a formal basis (a decision or a statute) and trace back to a political body "
    "(a legislature, a government or an elected assembly), and several sectors must take part; "
    "the four functions of the Swedish guide's chain of governance (002 §1.8) and rules resting "
    "on Swedish law (the duty to report, SoL) are not asked for. It is also the profile of a "
    "plan that names none, since nothing then says which country's law or guidance it is "
    "made under.",
    required_roles=(),
    political_kinds=POLITICAL_KINDS,
    min_sectors=2,
    jurisdiction=None,
    delegates_units=True,
    sources=("002 §1.4", "002 §1.6", "003 Ett paradigmskifte"),
)

BUILTIN_PROFILES: tuple[Profile, ...] = (MUNICIPAL, LOCAL_UNIT, REGIONAL, INTERNATIONAL)
"""The profiles of the built-in pack; packs may register more (:class:`~.pack.Pack`)."""

PROFILES: Mapping[str, Profile] = MappingProxyType({p.name: p for p in BUILTIN_PROFILES})
"""Every built-in profile by name: ``municipal``, ``local-unit``, ``regional`` and
``international``."""

DEFAULT_PROFILE = "international"
"""The profile used when neither the caller nor the plan names one: ``international``, which
declares no jurisdiction and no kind of plan, so a plan that does not say what it is gets only
the rules that hold whatever the country and kind (issue 16: an English or Norwegian plan is
not judged by Swedish law). A Swedish plan names its profile (``profile: municipal``), as the
embedded examples and the Swedish plans of ``tests/realworld`` do, or the caller does
(``--profile``)."""
