"""Typed loaders for the frameworks' package data (``data/frameworks/*.json``)."""

from __future__ import annotations

from functools import cache
from importlib import resources

from ..errors import suggest
from ._models import ChecklistItem, Guide, NationalStrategy, Step, SuccessFactors

__all__ = [
    "CHECKLISTS",
    "checklist",
    "county_boards_2018",
    "guide",
    "national_strategy",
    "skl_success_factors",
    "step",
]

_FOLDER = "frameworks"


def _read(name: str) -> bytes:
    return resources.files("preventionkit.data").joinpath(_FOLDER, name).read_bytes()


@cache
def guide() -> Guide:
    """The five-step guide: its steps, step 1's nine-item checklist verbatim (002 §1.13) and
    the vision's five criteria (002 §1.9).

    >>> [s.name_sv for s in guide().steps][:2]
    ['Initiera samverkan', 'Beskriv våld som problem']
    """
    return Guide.model_validate_json(_read("guide.json"))


def step(key: int | str) -> Step:
    """A step of the guide by number (1–5) or id (``'step1'``); ``KeyError`` if there is none.

    >>> step(4).name_en
    'Develop interventions'
    """
    for candidate in guide().steps:
        if key in (candidate.number, candidate.id):
            return candidate
    raise KeyError(f"the guide has no step {key!r}; its steps are 1–5 ('step1' … 'step5')")


@cache
def national_strategy() -> NationalStrategy:
    """The national strategy's four goals (Skr. 2016/17:10)."""
    return NationalStrategy.model_validate_json(_read("national_strategy.json"))


@cache
def skl_success_factors() -> SuccessFactors:
    """SKL's five success factors and six development areas (004)."""
    return SuccessFactors.model_validate_json(_read("skl_success_factors.json"))


@cache
def county_boards_2018() -> SuccessFactors:
    """The success factors and development areas the municipalities named in the county
    administrative boards' 2017 survey, with their shares (003 Figur 10)."""
    return SuccessFactors.model_validate_json(_read("county_boards_2018.json"))


CHECKLISTS: tuple[str, ...] = ("step1",)
"""Frameworks with a checklist that :func:`checklist` and ``assess`` know."""


def checklist(framework: str = "step1") -> tuple[ChecklistItem, ...]:
    """The items of a framework's checklist; a ``KeyError`` names the known ones.

    >>> len(checklist("step1"))
    9
    """
    lists = guide().checklists
    if framework not in lists:
        near = suggest(framework, sorted(lists))
        hint = f"; did you mean {near!r}?" if near else ""
        raise KeyError(
            f"no checklist {framework!r}{hint} (the checklists: {', '.join(sorted(lists))})"
        )
    return lists[framework].items
