"""A plain typed pydantic model of the plan document: the baseline of the load benchmark.

Written by hand for the benchmark (issue 20) and deliberately *not* derived from
``preventionkit.model``: the same records, enums, lists and dates, ``extra="forbid"`` and frozen,
but none of the library's own work (no id patterns, no partial-date objects, no model
validators, no plan-level reference and cycle checks). It is what a developer would write to
read the same JSON with pydantic alone, so ``ActionPlan`` is measured against pydantic's own
pace rather than against itself.

Dates in a plan may be known to the year or the month only (``2026-11``), which no pydantic
type holds; a plain model would check them as pattern-constrained strings, and so does this one.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

__all__ = ["PlainPlan"]

DateText = Annotated[
    str, StringConstraints(pattern=r"^[0-9]{4}(-([0-9]{2}|XX|xx)(-([0-9]{2}|XX|xx))?)?$")
]


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ActorKind(StrEnum):
    government = "government"
    national_agency = "national_agency"
    county_administrative_board = "county_administrative_board"
    region = "region"
    municipality = "municipality"
    council = "council"
    executive_board = "executive_board"
    committee = "committee"
    administration = "administration"
    unit = "unit"
    municipal_company = "municipal_company"
    crime_prevention_council = "crime_prevention_council"
    police = "police"
    civil_society_organisation = "civil_society_organisation"
    research = "research"
    business = "business"
    association_of_authorities = "association_of_authorities"
    function = "function"


class AmbitionLevel(StrEnum):
    basic = "basic"
    advanced = "advanced"
    research = "research"


class Answer(StrEnum):
    yes = "yes"
    partly = "partly"
    no = "no"
    unknown = "unknown"


class Arena(StrEnum):
    preschool = "preschool"
    school = "school"
    higher_education = "higher_education"
    youth_clinic = "youth_clinic"
    outreach_and_leisure = "outreach_and_leisure"
    parenting_support = "parenting_support"
    civic_orientation = "civic_orientation"
    shelters = "shelters"
    faith_communities = "faith_communities"
    sports_clubs = "sports_clubs"
    associations = "associations"
    workplaces = "workplaces"
    housing_areas = "housing_areas"
    streets_and_parks = "streets_and_parks"
    public_events = "public_events"
    online = "online"
    social_services = "social_services"
    health_care = "health_care"
    elderly_care = "elderly_care"
    disability_services = "disability_services"


class BodyRole(StrEnum):
    political_steering = "political_steering"
    steering_group = "steering_group"
    collaboration_team = "collaboration_team"
    operational_group = "operational_group"
    reference_group = "reference_group"
    expert_function = "expert_function"
    network = "network"


class DecisionKind(StrEnum):
    adoption = "adoption"
    directive = "directive"
    assignment = "assignment"
    appointment = "appointment"
    agreement = "agreement"
    budget = "budget"
    other = "other"


class EcologicalLevel(StrEnum):
    individual = "individual"
    relationship = "relationship"
    community = "community"
    society = "society"


class FollowUpKind(StrEnum):
    follow_up = "follow_up"
    revision = "revision"
    evaluation = "evaluation"


class Frequency(StrEnum):
    continuous = "continuous"
    weekly = "weekly"
    monthly = "monthly"
    quarterly = "quarterly"
    twice_a_year = "twice_a_year"
    annual = "annual"
    every_2_years = "every_2_years"
    every_3_years = "every_3_years"
    every_term_of_office = "every_term_of_office"
    as_needed = "as_needed"
    once = "once"


class FundingSource(StrEnum):
    ordinary_budget = "ordinary_budget"
    development_funds = "development_funds"
    social_investment_fund = "social_investment_fund"
    inheritance_fund = "inheritance_fund"
    state_grant = "state_grant"
    partner_contribution = "partner_contribution"
    unresolved = "unresolved"


class NationalGoal(StrEnum):
    preventive_work = "preventive_work"
    detection_protection_support = "detection_protection_support"
    law_enforcement = "law_enforcement"
    knowledge_and_methods = "knowledge_and_methods"


class PreventionLevel(StrEnum):
    universal = "universal"
    selective = "selective"
    indicated = "indicated"


class Sector(StrEnum):
    municipal_leadership = "municipal_leadership"
    social_services = "social_services"
    education = "education"
    culture_and_leisure = "culture_and_leisure"
    health_care = "health_care"
    justice = "justice"
    housing = "housing"
    urban_planning = "urban_planning"
    civil_society = "civil_society"
    business = "business"
    research = "research"
    crime_prevention = "crime_prevention"
    public_health = "public_health"
    gender_equality = "gender_equality"
    integration = "integration"
    elderly_care = "elderly_care"
    disability = "disability"
    employer = "employer"
    public_administration = "public_administration"


class TargetGroup(StrEnum):
    everyone = "everyone"
    children = "children"
    young_people = "young_people"
    pupils = "pupils"
    parents = "parents"
    women = "women"
    men = "men"
    girls = "girls"
    boys = "boys"
    victims = "victims"
    perpetrators = "perpetrators"
    children_experiencing_violence = "children_experiencing_violence"
    lgbtq_people = "lgbtq_people"
    especially_vulnerable = "especially_vulnerable"
    older_people = "older_people"
    people_with_disabilities = "people_with_disabilities"
    newly_arrived = "newly_arrived"
    people_in_prostitution = "people_in_prostitution"
    sex_buyers = "sex_buyers"
    professionals = "professionals"
    managers = "managers"
    employees = "employees"
    residents = "residents"
    decision_makers = "decision_makers"


class Tier(StrEnum):
    national = "national"
    regional = "regional"
    local = "local"
    operational = "operational"


class ViolenceArea(StrEnum):
    mens_violence_against_women = "mens_violence_against_women"
    intimate_partner_violence = "intimate_partner_violence"
    honour_related_violence = "honour_related_violence"
    violence_in_public_places = "violence_in_public_places"
    violent_extremism = "violent_extremism"
    prostitution_and_trafficking = "prostitution_and_trafficking"
    sexual_violence = "sexual_violence"
    violence_against_children = "violence_against_children"
    bullying_and_harassment = "bullying_and_harassment"


class Period(_Record):
    start: DateText | None = None
    end: DateText | None = None
    note: str | None = None


class Actor(_Record):
    id: str
    name: str
    name_en: str | None = None
    kind: ActorKind
    tier: Tier | None = None
    sector: Sector | None = None
    part_of: str | None = None
    holders: int | None = None
    vacant: bool = False
    vacant_since: DateText | None = None
    description: str | None = None
    cites: str | None = None


class Decision(_Record):
    id: str
    by: str
    kind: DecisionKind = DecisionKind.adoption
    date: DateText | None = None
    reference: str | None = None
    summary: str
    parties: list[str] = []
    cites: str | None = None


class Membership(_Record):
    actor: str
    appointed_by: str | None = None
    decision: str | None = None
    role: str | None = None
    valid_from: DateText | None = None
    valid_until: DateText | None = None


class Body(_Record):
    id: str
    name: str
    name_en: str | None = None
    role: BodyRole
    convener: str | None = None
    members: list[str | Membership] = []
    meets_per_year: int | None = None
    as_needed: bool = False
    reports_to: str | None = None
    part_of: str | None = None
    supports: list[str] = []
    existing_structure: bool = False
    valid_from: DateText | None = None
    valid_until: DateText | None = None
    description: str | None = None
    cites: str | None = None


class Mandate(_Record):
    id: str | None = None
    holder: str
    granted_by: str
    decision: str | None = None
    scope: str
    leads: bool = True
    resources: str | None = None
    valid_from: DateText | None = None
    valid_until: DateText | None = None
    cites: str | None = None


class ProgrammeTheory(_Record):
    problem: str | None = None
    mechanism: str | None = None
    short_term_effects: list[str] = []
    long_term_effects: list[str] = []


class Activity(_Record):
    id: str
    title: str
    description: str | None = None
    prevention_levels: list[PreventionLevel] = []
    ecological_levels: list[EcologicalLevel] = []
    violence_areas: list[ViolenceArea] = []
    target_groups: list[TargetGroup] = []
    arenas: list[Arena] = []
    responsible: list[str] = []
    accountable: str | None = None
    timeline: Period | None = None
    programme: str | None = None
    risk_factors: list[str] = []
    protective_factors: list[str] = []
    national_goals: list[NationalGoal] = []
    ambition: AmbitionLevel | None = None
    programme_theory: ProgrammeTheory | None = None
    mapping: bool = False
    tags: list[str] = []
    cites: str | None = None


class Measure(_Record):
    value: float | None = None
    unit: str | None = None
    date: DateText | None = None
    note: str | None = None


class Indicator(_Record):
    id: str
    name: str
    source: str | None = None
    frequency: Frequency | None = None
    baseline: Measure | None = None
    target: Measure | None = None
    disaggregation: list[TargetGroup] = []
    prevention_levels: list[PreventionLevel] = []
    description: str | None = None
    cites: str | None = None


class Goal(_Record):
    id: str
    statement: str
    indicators: list[str] = []
    target_date: DateText | None = None
    cites: str | None = None


class FollowUp(_Record):
    id: str | None = None
    forum: str
    frequency: Frequency
    kind: FollowUpKind = FollowUpKind.follow_up
    scope: str
    by: str | None = None
    cites: str | None = None


class Readiness(_Record):
    mandatory_reporting_routine: bool | None = None
    referral_routines: list[str] = []
    support_contacts: list[str] = []
    organisational_readiness: str | None = None
    assessed_on: DateText | None = None
    cites: str | None = None


class Vision(_Record):
    statement: str
    decision: str | None = None
    aligned_with: list[str] = []
    cites: str | None = None


class Funding(_Record):
    source: FundingSource
    by: str | None = None
    decision: str | None = None
    description: str | None = None
    cites: str | None = None


class ChecklistEntry(_Record):
    item: str
    answer: Answer
    note: str | None = None


class Suppression(_Record):
    code: str
    reason: str | None = None
    path: str | None = None


class PlainPlan(_Record):
    """The whole plan document."""

    json_schema: str | None = Field(default=None, alias="$schema")
    preventionkit: int
    id: str
    title: str
    title_en: str | None = None
    description: str | None = None
    profile: str | None = None
    status: str | None = None
    version: str | None = None
    document_date: DateText | None = None
    revised: DateText | None = None
    period: Period | None = None
    owner: str | None = None
    adopted_by: str | None = None
    vision: Vision | None = None
    actors: list[Actor] = []
    decisions: list[Decision] = []
    bodies: list[Body] = []
    mandates: list[Mandate] = []
    activities: list[Activity] = []
    goals: list[Goal] = []
    indicators: list[Indicator] = []
    follow_up: list[FollowUp] = []
    readiness: Readiness | None = None
    funding: list[Funding] = []
    checklist: list[ChecklistEntry] = []
    suppress: list[Suppression] = []
    cites: str | None = None
