"""The report's framework-pack sections (issue 17): one per pack the plan follows, with each
item's grade, evidence and provenance, and what would answer the items not met."""

from __future__ import annotations

import re

import pytest

import preventionkit as pk
from preventionkit.frameworks import FrameworkPackError
from preventionkit.report import render_html, render_markdown

PLAN = """\
preventionkit: 2
id: liten
title: Liten plan
follows: [se-national-strategy-2017, who-inspyre]
actors:
  - {id: ks, name: Kommunstyrelsen, kind: executive_board}
activities:
  - {id: a, title: Samtal i skolan, responsible: [ks], arenas: [school],
     national_goals: [preventive_work]}
"""


def test_html_has_a_section_per_known_pack_with_grades_and_evidence() -> None:
    page = render_html(pk.loads(PLAN))
    assert '<a href="#pack-se-national-strategy-2017">' in page
    assert "pack-who-inspyre" not in page  # unknown: PK002's finding, not a section
    section = re.search(
        r'<section class="card" id="pack-se-national-strategy-2017">.*?</section>', page, re.S
    )
    assert section is not None
    html = section.group(0)
    assert "(pack se-national-strategy-2017, version 1.0.0)" in html
    row = re.search(r'<tr data-item="preventive-work">.*?</tr>', html, re.S).group(0)  # type: ignore[union-attr]
    assert '<span class="pill yes">met</span>' in row
    assert "1 activity: a" in row
    unmet = re.search(r'<tr data-item="law-enforcement">.*?</tr>', html, re.S).group(0)  # type: ignore[union-attr]
    assert "not stated" in unmet
    assert "activities tagged with the national goal" in unmet  # what would answer it


def test_html_in_swedish_and_without_packs() -> None:
    page = render_html(pk.loads(PLAN), lang="sv")
    assert "uppfyllt" in page
    assert "planens data" in page
    plain = render_html(pk.loads("preventionkit: 2\nid: p\ntitle: P\n"))
    assert 'id="pack-' not in plain


def test_markdown_has_the_same_sections() -> None:
    text = render_markdown(pk.loads(PLAN))
    assert "## National strategy to prevent and combat men's violence against women" in text
    assert (
        "| Extended and effective preventive work against violence | met | 1 activity: a |" in text
    )


def test_packs_asked_for_are_graded_after_the_declared_ones_each_once() -> None:
    page = render_html(pk.loads(PLAN), frameworks=["who-inspire", "se-national-strategy-2017"])
    anchors = re.findall(r'<section class="card" id="pack-([a-z0-9-]+)">', page)
    assert anchors == ["se-national-strategy-2017", "who-inspire"]
    text = render_markdown(pk.loads(PLAN), frameworks=["who-inspire"])
    assert "(pack who-inspire, version 1.1.0)" in text


def test_an_unknown_pack_asked_for_is_refused_with_the_closest_id() -> None:
    with pytest.raises(FrameworkPackError) as caught:
        render_html(pk.loads(PLAN), frameworks=["who-inspyre"])
    assert caught.value.near == "who-inspire"


def test_umea_graded_against_the_swedish_packs_on_request() -> None:
    # Umeå's 2019 draft names no guidance it follows (001 p. 5: "Arbetet har sin utgångspunkt i
    # kommunens mål kring social hållbarhet och jämställdhet"), so the Swedish packs are asked for.
    plan = pk.examples.load("umea")
    assert plan.follows == ()
    page = render_html(plan, frameworks=["se-five-step", "se-national-strategy-2017"])
    for pack in ("se-five-step", "se-national-strategy-2017"):
        assert f'id="pack-{pack}"' in page
    step2 = re.search(r'<tr data-item="step2">.*?</tr>', page, re.S).group(0)  # type: ignore[union-attr]
    assert '<span class="pill yes">met</span>' in step2
    assert "kartlaggning" in step2  # the evidence names the mapping activity


def test_what_a_pack_leaves_out_is_said_below_its_table() -> None:
    plan = pk.loads(PLAN)
    page = render_html(plan, frameworks=["ctc"])
    section = re.search(r'<section class="card" id="pack-ctc">.*?</section>', page, re.S)
    assert section is not None
    assert "Left out of this pack" in section.group(0)
    assert "the milestones of phases 2 to 5" in section.group(0)
    national = re.search(
        r'<section class="card" id="pack-se-national-strategy-2017">.*?</section>', page, re.S
    )
    assert national is not None
    assert "Left out of this pack" not in national.group(0)
    assert "Left out of this pack" in render_markdown(plan, frameworks=["who-inspire"])
