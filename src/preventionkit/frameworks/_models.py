"""The frameworks as frozen records: the five-step guide and its step 1 checklist (002), the
national strategy's goals (Skr. 2016/17:10) and the success factors (004; 003 Figur 10)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from ..vocab import NationalGoal

__all__ = [
    "ChecklistItem",
    "Factor",
    "Guide",
    "GuideChecklist",
    "NationalStrategy",
    "Step",
    "StrategyGoal",
    "SuccessFactors",
    "VisionCriteria",
    "VisionCriterion",
]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class _Versioned(_Frozen):
    id: str = Field(description="The framework's id, e.g. 'five-step-guide'.")
    version: str = Field(
        pattern=r"^\d+\.\d+\.\d+$", description="The version of this data file (semver)."
    )
    title_sv: str
    title_en: str
    source: str = Field(description="Where it comes from, so it can be cited.")


class Step(_Frozen):
    """One of the guide's five steps; only step 1 is in the seeds (domain §7)."""

    number: int = Field(ge=1, le=5)
    id: str
    name_sv: str
    name_en: str
    description_en: str
    source: str
    in_seeds: bool = Field(description="Whether a seed document holds this step (only step 1).")


class ChecklistItem(_Frozen):
    """A checklist item, with its question verbatim in Swedish (002 §1.13) and in English."""

    number: int = Field(ge=1)
    question_sv: str = Field(description="The question as the guide words it.")
    question_en: str = Field(description="An English translation.")
    sections: str = Field(description="The sections of the guide the item sums up.")
    data: str = Field(description="What in a plan's data can answer it.")


class GuideChecklist(_Frozen):
    """A step's checklist (002 §1.13 for step 1)."""

    title_sv: str
    title_en: str
    source: str
    items: tuple[ChecklistItem, ...]


class VisionCriterion(_Frozen):
    """One of the five criteria of a shared vision (002 §1.9)."""

    number: int = Field(ge=1)
    text_sv: str
    text_en: str


class VisionCriteria(_Frozen):
    """What a shared vision should be (002 §1.9)."""

    source: str
    lead_sv: str
    lead_en: str
    criteria: tuple[VisionCriterion, ...]


class Guide(_Versioned):
    """The five-step guide *Inget att vänta på* that seed 002 (step 1) belongs to."""

    publisher: str
    steps: tuple[Step, ...]
    checklists: dict[str, GuideChecklist]
    vision_criteria: VisionCriteria


class StrategyGoal(_Frozen):
    """A goal of the national strategy, tied to the :class:`~preventionkit.vocab.NationalGoal`
    tag activities carry."""

    number: int = Field(ge=1, le=4)
    goal: NationalGoal
    text_sv: str
    text_en: str


class NationalStrategy(_Versioned):
    """The national strategy to prevent and combat men's violence against women
    (Skr. 2016/17:10, 2017–2026)."""

    reference: str
    period: str
    goals: tuple[StrategyGoal, ...]


class Factor(_Frozen):
    """A success factor or development area, with its points as the source words them."""

    number: int = Field(ge=1)
    name_sv: str
    name_en: str
    points_sv: tuple[str, ...] = ()
    share_percent: int | None = Field(
        default=None, ge=0, le=100, description="Share of respondents naming it (003 Figur 10)."
    )


class SuccessFactors(_Versioned):
    """Success factors and development areas of municipal work (004; 003 Figur 10)."""

    success_factors: tuple[Factor, ...]
    development_areas: tuple[Factor, ...]
