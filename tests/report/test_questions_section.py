"""The HTML report shows the questions to confirm in a section of their own (issue 16)."""

from __future__ import annotations

import preventionkit as pk
from preventionkit.report.html import render_html

_PLAN = (
    "preventionkit: 2\nid: p\ntitle: Handlingsplan mot våld\nreadiness: {support_contacts: []}\n"
)


def test_questions_have_their_own_section_apart_from_the_findings() -> None:
    plan = pk.loads(_PLAN)
    report = pk.validate(plan, select=["PK502"], lang="en")
    html = render_html(plan, lang="en", report=report)
    findings, questions = html.split('id="findings"')[1].split('id="questions"')
    assert 'data-code="PK502"' in findings  # the stated gap: support contacts: []
    assert "Not stated in the plan: questions to confirm (1)" in questions
    assert 'class="finding question"' in questions
    assert "does not say whether there are routines for referral" in questions
    assert '<a href="#questions">' in html


def test_no_questions_no_section() -> None:
    plan = pk.loads(
        _PLAN.replace("{support_contacts: []}", "{support_contacts: [], referral_routines: []}")
    )
    html = render_html(plan, lang="sv", report=pk.validate(plan, select=["PK502"], lang="sv"))
    assert 'id="questions"' not in html
