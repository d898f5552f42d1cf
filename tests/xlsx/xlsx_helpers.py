"""Helpers shared by the workbook tests: normalising the one thing a cell cannot keep apart."""

from __future__ import annotations

from typing import Any

from preventionkit import ActionPlan

_LABEL_ORDER = ("sv", "en", "nb")


def _prune(value: Any) -> Any:
    """Drop ``null`` (which states nothing) and nested records that hold nothing (``{}``) from
    mappings, innermost first; items of lists stay (an empty row is still a row)."""
    if isinstance(value, dict):
        out = {k: _prune(v) for k, v in value.items() if v is not None}
        return {k: v for k, v in out.items() if v != {}}
    if isinstance(value, list):
        return [_prune(item) for item in value]
    return value


def cell_normal(plan: ActionPlan) -> ActionPlan:
    """``plan`` with the two differences a workbook cannot keep, and that no rule tells apart:
    an empty nested record (``timeline: {}``, ``employer: {}``) is no record, since empty cells
    mean both (PK302 counts an empty timeline as none); and a declared term's labels come in
    the order of the sheet's columns (sv, en, nb, then the others as written), since a mapping's
    order says nothing."""
    data = _prune(plan.model_dump(mode="json", by_alias=True, exclude_unset=True))
    for term in data.get("vocabulary", []):
        labels = term["labels"]
        first = {k: labels[k] for k in _LABEL_ORDER if k in labels}
        term["labels"] = first | {k: v for k, v in labels.items() if k not in first}
    return ActionPlan.model_validate(data)


# A plan with every part the first workbook left out: declared terms (one with a label in a
# fourth language, one whose label holds ';'), the plan's own programme, indicator periods
# broken down by category (one period without a label, one stated to have no breakdown), and
# lists stated empty (mandates, an indicator's periods), beside a list not stated (goals).
_FIRE = {
    "code": "x-uk:fire_and_rescue",
    "vocabulary": "actor_kind",
    "labels": {"en": "Fire and rescue authority", "sv": "Räddningstjänst", "de": "Feuerwehr"},
    "description": "A specified authority under the Serious Violence Duty.",
    "source": "Police, Crime, Sentencing and Courts Act 2022, Schedule 1",
}

WHOLE_PLAN: dict[str, Any] = {
    "preventionkit": 2,
    "id": "svd",
    "title": "Serious violence strategy",
    "vocabulary": [
        _FIRE,
        {
            "code": "x-uk:youth_violence",
            "vocabulary": "violence_area",
            "labels": {"en": "Serious youth violence", "fr": "Violence grave; des jeunes"},
            "source": "Home Office, Serious Violence Duty statutory guidance (December 2022)",
        },
    ],
    "actors": [
        {"id": "council", "name": "Borough council", "kind": "council"},
        {"id": "fire", "name": "London Fire Brigade", "kind": "x-uk:fire_and_rescue"},
    ],
    "programmes": [
        {
            "id": "reach",
            "name": "Reach youth mentoring",
            "kind": "programme",
            "prevention_levels": ["selective"],
            "evidence": "Local evaluation 2021",
        }
    ],
    "activities": [
        {
            "id": "mentoring",
            "title": "Mentoring",
            "responsible": ["council", "fire"],
            "violence_areas": ["x-uk:youth_violence"],
            "programme": "reach",
        }
    ],
    "indicators": [
        {
            "id": "injuries",
            "name": "Hospital admissions for assault with a sharp object",
            "periods": [
                {
                    "label": "2023",
                    "actual": {"value": 41},
                    "breakdown": [
                        {"dimension": "age", "category": "under 25", "actual": {"value": 17}},
                        {"dimension": "age", "category": "25 and over", "actual": {"value": 24}},
                    ],
                },
                {"label": "2024", "breakdown": []},
                {"actual": {"value": 30}, "breakdown": [{"dimension": "sex", "category": "f"}]},
            ],
        },
        {"id": "reoffending", "name": "Proven reoffending", "periods": []},
    ],
    "mandates": [],
    "follows": ["uk-serious-violence-duty"],
}
