"""The plan's goals, indicators, follow-up cycle, violence areas, posts and readiness are shown
as content in both reports, not as counts (issue 18), from one derivation
(:func:`preventionkit.report._content.plan_content`)."""

from __future__ import annotations

import pytest

import preventionkit as pk
from preventionkit.report import collect, render_html, render_markdown

PLAN = {
    "preventionkit": 2,
    "id": "content",
    "title": "Handlingsplan mot våld",
    "violence_areas": ["intimate_partner_violence"],
    "actors": [
        {
            "id": "ks",
            "name": "Kommunstyrelsen",
            "name_en": "Executive board",
            "kind": "executive_board",
        },
        {"id": "sn", "name": "Socialnämnden", "kind": "committee"},
        {
            "id": "samordnare",
            "name": "Samordnare mot våld",
            "kind": "function",
            "part_of": "sn",
            "holders": 1,
        },
        {
            "id": "kontakt",
            "name": "Kontaktperson",
            "kind": "function",
            "part_of": "sn",
            "vacant": True,
            "vacant_since": "2024-03",
        },
    ],
    "activities": [
        {
            "id": "a1",
            "title": "Stödsamtal",
            "violence_areas": ["intimate_partner_violence", "sexual_violence"],
            "responsible": ["sn"],
        },
    ],
    "goals": [
        {"id": "g1", "statement": "Minska våldet", "indicators": ["i1"], "target_date": "2030"},
        {"id": "g2", "statement": "Fler får stöd", "contributes_to": ["g1"]},
    ],
    "indicators": [
        {
            "id": "i1",
            "name": "Andel utsatta",
            "source": "Elevenkäten",
            "frequency": "every_2_years",
            "unit": "procent",
            "baseline": {"value": 12.5, "date": "2022"},
            "target": {"value": 8, "date": "2030"},
            "periods": [
                {
                    "label": "2024",
                    "target": {"value": 11},
                    "actual": {"value": 11.5},
                    "breakdown": [
                        {"dimension": "kön", "category": "flickor", "actual": {"value": 14}}
                    ],
                }
            ],
        }
    ],
    "follow_up": [{"forum": "ks", "frequency": "annual", "scope": "Handlingsplanen", "by": "sn"}],
    "readiness": {
        "mandatory_reporting_routine": False,
        "referral_routines": ["Socialtjänstens mottagning"],
        "support_contacts": ["Kvinnofridslinjen 020-50 50 50"],
    },
}


@pytest.fixture(scope="module")
def plan() -> pk.ActionPlan:
    return pk.ActionPlan.model_validate(PLAN)


def test_the_content_is_derived_once(plan: pk.ActionPlan) -> None:
    content = collect(plan, lang="sv").content
    assert content is not None
    assert [g.statement for g in content.goals] == ["Minska våldet", "Fler får stöd"]
    assert content.goals[1].contributes_to == (1,)
    (ind,) = content.indicators
    assert ind.baseline == "12.5 procent (2022)"
    assert ind.target == "8 procent (2030)"
    assert ind.goals == (1,)
    (period,) = ind.periods
    assert (period.period, period.target, period.actual) == ("2024", "11 procent", "11.5 procent")
    assert period.breakdown[0].category == "flickor"
    assert [(a.declared, a.activities) for a in content.areas] == [
        (True, ("Stödsamtal",)),
        (False, ("Stödsamtal",)),
    ]
    assert [(p.name, p.holders, p.vacant) for p in content.posts] == [
        ("Samordnare mot våld", 1, False),
        ("Kontaktperson", None, True),
    ]
    assert content.readiness is not None
    assert content.readiness.reporting_routine == "nej"
    assert content.follow_up[0].forum == "Kommunstyrelsen"
    assert content.follow_up[0].by == "Socialnämnden"


@pytest.mark.parametrize("render", [render_html, render_markdown])
def test_both_reports_show_it(plan: pk.ActionPlan, render: object) -> None:
    # Markdown escapes what could be read as markup ("12\\.5"); read it as a reader sees it.
    out = render(plan, lang="sv").replace("\\", "")  # type: ignore[operator]
    for shown in (
        "Minska våldet",
        "Andel utsatta",
        "Elevenkäten",
        "12.5 procent (2022)",
        "11.5 procent",
        "flickor",
        "Handlingsplanen",
        "bereds av Socialnämnden",
        "våld i nära relationer",
        "Samordnare mot våld",
        "en person",
        "vakant sedan 2024-03",
        "Kvinnofridslinjen 020-50 50 50",
        "Socialtjänstens mottagning",
    ):
        assert shown in out, shown


def test_names_in_one_language_per_report(plan: pk.ActionPlan) -> None:
    """The English report uses the English name where the plan gives one, the plan's own
    name elsewhere; the Swedish report never the English one."""
    english = render_html(plan, lang="en")
    swedish = render_html(plan, lang="sv")
    follow_up = english[english.index('id="follow-up"') :]
    assert "Executive board" in follow_up
    assert "Kommunstyrelsen" not in follow_up
    assert "Executive board" not in swedish


def test_a_plan_that_says_nothing_says_so() -> None:
    plan = pk.ActionPlan.model_validate({"preventionkit": 2, "id": "empty", "title": "Tom"})
    html = render_html(plan, lang="en")
    for said in (
        "The plan states no goals.",
        "The plan states no follow-up.",
        "The plan names no violence areas.",
        "The plan names no posts.",
        "The plan says nothing about readiness.",
    ):
        assert said in html
