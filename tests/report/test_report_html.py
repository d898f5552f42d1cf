"""The HTML and Markdown reports: self-contained, offline, both languages, A4 print rules."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

import preventionkit as pk
from preventionkit.report import collect, render_html, render_markdown

SMALL = Path(__file__).parents[1] / "cli" / "fixtures" / "small.yaml"
NO_ACTIVITIES = Path(__file__).parents[1] / "cli" / "fixtures" / "no_activities.yaml"


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


@pytest.fixture(scope="module")
def plan() -> pk.ActionPlan:
    return pk.load(SMALL)


def test_self_contained_and_offline(plan: pk.ActionPlan) -> None:
    html = render_html(plan)
    parser = _Tags()
    parser.feed(html)
    tags = {t for t, _ in parser.tags}
    assert not tags & {"script", "link", "img", "iframe", "object", "embed"}
    for _, attrs in parser.tags:
        for name in ("src", "href"):
            value = attrs.get(name)
            assert value is None or value.startswith("#"), (name, value)
    urls = set(re.findall(r"(?:https?:)?//[\w.-]+[^\s\"')]*", html))
    assert urls == {"http://www.w3.org/2000/svg"}, urls
    assert "@import" not in html
    assert "url(http" not in html
    assert "@font-face" not in html
    csp = next(a for t, a in parser.tags if t == "meta" and a.get("http-equiv"))
    assert "default-src 'none'" in (csp.get("content") or "")


def test_prints_on_a4(plan: pk.ActionPlan) -> None:
    html = render_html(plan)
    assert "@page { size: A4;" in html
    assert "@media print" in html
    assert "break-inside: avoid" in html


def test_sections_in_order(plan: pk.ActionPlan) -> None:
    html = render_html(plan)
    order = [
        html.index(f'id="{s}"')
        for s in (
            "summary",
            "coverage",
            "pk-heatmap",
            "chain",
            "pk-chain",
            "findings",
            "checklist",
            "activities",
        )
    ]
    assert order == sorted(order)


def test_findings_grouped_by_severity_with_source_and_hint() -> None:
    plan = pk.load(NO_ACTIVITIES)
    report = pk.validate(plan)
    html = render_html(plan, report=report)
    for severity in ("error", "warning"):
        cards = re.findall(rf'class="finding {severity}(?: multi)?"[^>]*data-places="(\d+)"', html)
        codes = {f.code for f in report.findings if f.severity == severity}
        assert len(cards) == len(codes), "one entry per rule"
        assert sum(map(int, cards)) == report.counts[severity], "every finding is listed"
    assert html.index("severity-error") < html.index("severity-warning")
    first = report.findings[0]
    assert first.source in html
    assert first.hint is not None
    assert (first.hint_text() or "").replace("'", "&#x27;") in html
    assert f"{report.counts['error']} errors" in html


def test_swedish_report(plan: pk.ActionPlan) -> None:
    html = render_html(plan, lang="sv")
    assert '<html lang="sv">' in html
    assert "Styrkedja" in html
    assert "Täckning" in html
    assert "Fynd" in html
    assert "Planen har ingen aktivitet" in html  # findings in Swedish too


def test_text_is_escaped() -> None:
    plan = pk.loads(
        "preventionkit: 1\nid: p\ntitle: '<script>alert(1)</script> & co'\n"
        "actors: [{id: a, name: '<b>x</b>', kind: committee}]\n"
    )
    html = render_html(plan)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in html
    assert "&lt;b&gt;x&lt;/b&gt;" in html


def test_deterministic(plan: pk.ActionPlan) -> None:
    assert render_html(plan, lang="sv") == render_html(pk.load(SMALL), lang="sv")
    assert render_markdown(plan) == render_markdown(pk.load(SMALL))


def test_collect_counts_cells_and_sizes(plan: pk.ActionPlan) -> None:
    data = collect(plan)
    assert data.covered_cells == 3
    assert dict(data.sizes)["activities"] == 1
    assert data.mandate_holders == ("Samverkansrådet mot våld",)
    assert data.activities[0].responsible == ("Kommunstyrelsen",)


def test_markdown_has_every_section(plan: pk.ActionPlan) -> None:
    md = render_markdown(plan, lang="sv")
    for heading in (
        "## Sammanfattning",
        "## Täckning",
        "## Fynd",
        "## Checklista steg 1",
        "## Aktiviteter",
    ):
        assert heading in md
    assert "| universell | **0** | **0** | 1 | **0** | 1 |" in md
    assert "PK102" in md


def test_markdown_escapes_table_cells() -> None:
    plan = pk.loads(
        "preventionkit: 1\nid: p\ntitle: T\n"
        "actors: [{id: a, name: A, kind: committee}]\n"
        "activities: [{id: x, title: 'a | b', responsible: [a]}]\n"
    )
    assert "| a \\| b |" in render_markdown(plan)


@pytest.mark.parametrize("name", ["umea", "gavle", "vasterbotten"])
def test_every_link_inside_the_report_has_its_target(name: str) -> None:
    """Each break and next step links to its finding, or to its question where the rule asks
    (issue 18): no link points at nothing."""
    html = render_html(pk.examples.load(name), lang="en")
    targets = set(re.findall(r'href="#([^"]+)"', html))
    ids = set(re.findall(r' id="([^"]+)"', html))
    assert targets, "the report links nowhere"
    assert targets <= ids, targets - ids
