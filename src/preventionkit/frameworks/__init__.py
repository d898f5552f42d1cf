"""The guidance plans are checked against, as versioned, citable package data.

* :func:`guide`: the five-step guide that seed 002 belongs to, with step 1's nine-item
  checklist verbatim (002 §1.13) and the vision's five criteria (002 §1.9);
* :func:`national_strategy`: the national strategy's four goals (Skr. 2016/17:10), tied to
  :class:`~preventionkit.vocab.NationalGoal`;
* :func:`skl_success_factors`: SKL's five success factors and six development areas (004);
* :func:`county_boards_2018`: the success factors and development areas in the county
  administrative boards' survey (003 Figur 10);
* :func:`assess`: a plan's answers to a checklist, each saying where it came from::

    import preventionkit as pk

    for item in pk.frameworks.assess(pk.examples.load("umea"), "step1"):
        print(item.item, item.answer, item.provenance, item.evidence)

* framework packs (issue 17): :class:`FrameworkPack` (versioned, cited items graded on the
  pack's own scale), :func:`framework_pack` / :func:`framework_packs` (the shipped ones,
  those installed packs carry, and any passed in) and :func:`assess_pack`, which grades a
  plan item by item with evidence and provenance::

    result = pk.frameworks.assess_pack(pk.examples.load("umea"), "who-inspire")
    print(result.version, result.counts())
"""

from __future__ import annotations

from ._assess import Assessment, ItemAssessment, Provenance, assess
from ._checks import CHECKS, Evidence
from ._compare import Comparison, compare
from ._grade import ItemResult, PackAssessment, assess_declared, assess_pack
from ._load import (
    CHECKLISTS,
    checklist,
    county_boards_2018,
    guide,
    national_strategy,
    skl_success_factors,
    step,
)
from ._models import (
    ChecklistItem,
    Factor,
    Guide,
    GuideChecklist,
    NationalStrategy,
    Step,
    StrategyGoal,
    SuccessFactors,
    VisionCriteria,
    VisionCriterion,
)
from ._pack import (
    Citation,
    EvidenceSpec,
    FrameworkPack,
    GradeLevel,
    GradingScale,
    ItemKind,
    Labels,
    NotIncluded,
    PackItem,
)
from ._packs import SHIPPED_PACKS, FrameworkPackError, framework_pack, framework_packs

__all__ = [
    "CHECKLISTS",
    "CHECKS",
    "SHIPPED_PACKS",
    "Assessment",
    "ChecklistItem",
    "Citation",
    "Comparison",
    "Evidence",
    "EvidenceSpec",
    "Factor",
    "FrameworkPack",
    "FrameworkPackError",
    "GradeLevel",
    "GradingScale",
    "Guide",
    "GuideChecklist",
    "ItemAssessment",
    "ItemKind",
    "ItemResult",
    "Labels",
    "NationalStrategy",
    "NotIncluded",
    "PackAssessment",
    "PackItem",
    "Provenance",
    "Step",
    "StrategyGoal",
    "SuccessFactors",
    "VisionCriteria",
    "VisionCriterion",
    "assess",
    "assess_declared",
    "assess_pack",
    "checklist",
    "compare",
    "county_boards_2018",
    "framework_pack",
    "framework_packs",
    "guide",
    "national_strategy",
    "skl_success_factors",
    "step",
]
