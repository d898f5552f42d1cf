"""The coverage matrix: prevention level × social-ecological level."""

from __future__ import annotations

from rules_plans import activity, clean_plan, clean_plan_data, plan_of

import preventionkit as pk
from preventionkit.vocab import EcologicalLevel, PreventionLevel


def test_cells_hold_activity_ids_in_enum_and_plan_order() -> None:
    cov = pk.coverage(clean_plan())
    assert list(cov.cells) == [(p, e) for p in PreventionLevel for e in EcologicalLevel]
    assert cov.cells[(PreventionLevel.UNIVERSAL, EcologicalLevel.COMMUNITY)] == (
        "kartlaggning",
        "mvp",
    )
    assert cov.empty_cells() == ()
    assert cov.counts()[(PreventionLevel.INDICATED, EcologicalLevel.INDIVIDUAL)] == 2


def test_axes_count_activities_that_declare_only_one_axis() -> None:
    data = clean_plan_data()
    data["activities"] = [
        activity("a", prevention_levels=["selective", "selective"]),
        activity("b", ecological_levels=["society"]),
    ]
    cov = pk.coverage(plan_of(data))
    assert cov.by_prevention[PreventionLevel.SELECTIVE] == ("a",)
    assert cov.missing_prevention_levels() == (PreventionLevel.UNIVERSAL, PreventionLevel.INDICATED)
    assert cov.missing_ecological_levels() == (
        EcologicalLevel.INDIVIDUAL,
        EcologicalLevel.RELATIONSHIP,
        EcologicalLevel.COMMUNITY,
    )
    assert len(cov.empty_cells()) == 12


def test_to_dict_and_table() -> None:
    cov = pk.coverage(clean_plan())
    doc = cov.to_dict()
    assert len(doc["cells"]) == 12
    assert doc["cells"][0] == {
        "prevention_level": "universal",
        "ecological_level": "individual",
        "activities": ["kartlaggning"],
    }
    assert doc["by_prevention_level"] == {"universal": 2, "selective": 1, "indicated": 2}
    table = cov.table("sv")
    assert table[0] == ["", "individ", "relation", "närmiljö", "samhälle"]
    assert table[1][0] == "universell"


def test_report_carries_the_same_matrix() -> None:
    plan = clean_plan()
    assert pk.validate(plan).coverage == pk.coverage(plan)
