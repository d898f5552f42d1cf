"""Plan text is data in every output format (issue 21, item 3).

Hostile strings (``preventionkit.testing.hostile_texts``) go through each escaping function
and through every writer, and each result is read back with a real parser of its format:
markdown-it-py for Markdown, xml.etree and networkx for GraphML/GEXF, pydot for DOT, json,
csv and html.parser. The checks are structural (which tokens, tags or cells the parser sees),
never a library's wording.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from typing import Any

import networkx as nx
import pydot
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

import preventionkit as pk
from preventionkit import escape
from preventionkit.rules.formats import format_json, format_markdown, format_sarif, format_text
from preventionkit.testing import hostile_texts

_MD = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
_INLINE_MARKUP = {
    "html_inline",
    "link_open",
    "image",
    "em_open",
    "strong_open",
    "code_inline",
    "s_open",
    "softbreak",
    "hardbreak",
}
_BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _hidden(text: str) -> list[str]:
    """Characters a reader cannot see: controls and bidirectional overrides."""
    return [ch for ch in text if unicodedata.category(ch) == "Cc" or ch in _BIDI]


def _inline_text(children: list[Any]) -> str:
    return "".join(c.content for c in children if c.type in ("text", "text_special"))


# --- each function on its own --------------------------------------------------------------


@given(hostile_texts())
def test_markdown_text_is_one_plain_paragraph(text: str) -> None:
    tokens = _MD.parse(f"Before {escape.markdown(text)} after\n")
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    children = tokens[1].children or []
    assert not {c.type for c in children} & _INLINE_MARKUP
    assert _inline_text(children) == f"Before {escape.one_line(text)} after"


@given(hostile_texts(), hostile_texts())
def test_markdown_table_cells_stay_in_their_cell(a: str, b: str) -> None:
    source = f"| x | y |\n|---|---|\n| {escape.markdown(a)} | {escape.markdown_code(b)} |\n"
    tokens = _MD.parse(source)
    cells = [tokens[i + 1] for i, t in enumerate(tokens) if t.type == "td_open"]
    assert len(cells) == 2
    first, second = cells[0].children or [], cells[1].children or []
    assert not {c.type for c in first} & _INLINE_MARKUP
    assert _inline_text(first) == escape.one_line(a)
    assert [c.type for c in second] == ["code_inline"]
    assert second[0].content.strip() == escape.one_line(b).strip()


def test_markdown_examples() -> None:
    assert escape.markdown("<b>x</b>") == "&lt;b&gt;x&lt;/b&gt;"
    assert escape.markdown("a\nb|c") == "a b\\|c"
    assert escape.markdown("1. one") == "1\\. one"
    assert escape.markdown_code("a`b") == "``a`b``"


@given(hostile_texts())
def test_terminal_text_has_no_control_character(text: str) -> None:
    shown = escape.terminal(text)
    assert not _hidden(shown)
    assert "\n" not in shown


def test_terminal_shows_escape_sequences_visibly() -> None:
    assert escape.terminal("\x1b[2Kgone") == "\\x1b[2Kgone"
    assert escape.terminal("a\u202eb") == "a\\u202eb"
    assert str(escape.rich_text("[bold]x[/bold] [/bold]")) == "[bold]x[/bold] [/bold]"


@given(hostile_texts())
def test_mermaid_text_has_no_syntax(text: str) -> None:
    shown = escape.mermaid(text)
    assert "%" not in shown
    assert not set(shown) & set('"<>|{}`\n\r')
    assert not _hidden(shown)


@given(hostile_texts())
def test_xml_text_is_well_formed_and_reads_back(text: str) -> None:
    shown = escape.xml(text)
    element = ET.Element("node", {"label": shown})
    element.text = shown
    back = ET.fromstring(ET.tostring(element, encoding="unicode"))
    assert back.get("label") == shown
    assert back.text == shown


# pydot's parser still calls pyparsing names that pyparsing 3.3 deprecates; it is slow, too.
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@settings(max_examples=25, deadline=None)
@given(hostile_texts())
def test_dot_string_parses_to_the_same_label(text: str) -> None:
    graphs = pydot.graph_from_dot_data(f"digraph g {{ a [label={escape.dot(text)}]; }}")
    assert graphs is not None
    assert len(graphs) == 1
    (node,) = graphs[0].get_node("a")
    assert node.get("label") == escape.dot(text)


@given(hostile_texts())
def test_csv_cell_never_starts_a_formula(text: str) -> None:
    out = io.StringIO()
    csv.writer(out).writerow([escape.csv_cell(text), "x"])
    (row,) = list(csv.reader(io.StringIO(out.getvalue())))
    assert row[0] == escape.csv_cell(text)
    assert not row[0].startswith(("=", "+", "-", "@", "\t", "\r", "\n"))


@given(hostile_texts())
def test_mathtext_has_no_unescaped_dollar(text: str) -> None:
    shown = escape.mathtext(text)
    assert shown.count("$") == shown.count("\\$")
    assert not [ch for ch in _hidden(shown) if ch != "\n"]


# --- every writer, with a plan full of hostile text -------------------------------------------


def _hostile_plan(title: str, name: str, activity: str) -> pk.ActionPlan:
    data = pk.examples.load("umea").model_dump(mode="json", exclude_none=True)
    data["title"] = title
    data["actors"][0]["name"] = name
    data["actors"][1]["name"] = title
    data["activities"][0]["title"] = activity
    return pk.ActionPlan.model_validate(data)


_texts = st.tuples(hostile_texts(), hostile_texts(), hostile_texts())
_slow = settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _assert_markdown_is_plain(text: str) -> None:
    for token in _MD.parse(text):
        assert token.type not in ("html_block", "html_inline")
        for child in token.children or []:
            assert child.type not in ("html_inline", "image", "link_open")


@_slow
@given(_texts)
def test_markdown_outputs_hold_no_html_and_keep_their_tables(texts: tuple[str, str, str]) -> None:
    plan = _hostile_plan(*texts)
    report = pk.validate(plan)
    for text in (pk.report.render_markdown(plan, report=report), format_markdown(report)):
        _assert_markdown_is_plain(text)
        tokens = _MD.parse(text)
        heads = [t for t in tokens if t.type == "heading_open"]
        assert heads[0].tag == "h1"
        rows = [t for t in tokens if t.type == "tr_open"]
        assert rows  # the tables are still tables
    raci = pk.graph.raci(plan)
    table = _MD.parse(raci.to_markdown())
    assert sum(t.type == "tr_open" for t in table) == len(raci.activities) + 1


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def _tags(html: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


@_slow
@given(_texts)
def test_html_report_adds_no_element(texts: tuple[str, str, str]) -> None:
    plan = _hostile_plan(*texts)
    plain = _hostile_plan("Plan", "Namn", "Aktivitet")
    # A longer name wraps onto more lines of its box (<tspan>s): layout, not markup.
    expected = sorted(tag for tag, _ in _tags(pk.report.render_html(plain)) if tag != "tspan")
    tags = _tags(pk.report.render_html(plan))
    assert sorted(tag for tag, _ in tags if tag != "tspan") == expected
    assert not [a for _, attrs in tags for a, _ in attrs if a.startswith("on")]


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@given(_texts)
def test_graph_exports_parse_with_real_parsers(texts: tuple[str, str, str]) -> None:
    plan = _hostile_plan(*texts)
    graphml = nx.read_graphml(io.BytesIO(pk.graph.to_graphml(plan).encode()))
    gexf = nx.read_gexf(io.BytesIO(pk.graph.to_gexf(plan).encode()))
    graph = pk.graph.responsibility_graph(plan)
    for back in (graphml, gexf):
        assert back.number_of_nodes() == graph.number_of_nodes()
    actor = plan.actors[0]
    assert graphml.nodes[actor.id]["name"] == escape.xml(actor.name)
    dots = pydot.graph_from_dot_data(pk.graph.to_dot(plan))
    assert dots is not None
    assert len(dots[0].get_nodes()) >= graph.number_of_nodes()
    mermaid = pk.graph.to_mermaid(plan)
    body = mermaid.splitlines()[1:]
    assert not [line for line in body if "%%" in line.replace("  %% ", "", 1)]
    assert "%%{" not in mermaid
    assert mermaid.count("\n") == len(mermaid.splitlines())


@_slow
@given(_texts)
def test_json_sarif_text_and_csv_outputs(texts: tuple[str, str, str]) -> None:
    plan = _hostile_plan(*texts)
    report = pk.validate(plan)
    assert json.loads(format_json(report))["plan"]["title"] == plan.title
    json.loads(format_sarif(report))
    for line in format_text(report).splitlines():
        assert not _hidden(line)
    rows = pk.graph.raci(plan).to_rows()
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    back = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(back) == len(rows)
    assert not [r for r in back if r["title"].startswith(("=", "+", "-", "@"))]


def test_drawing_does_not_read_dollars_as_mathematics(tmp_path: Any) -> None:
    pytest.importorskip("matplotlib")
    plan = _hostile_plan("$\\frac{1}{$", "Namn $x^", "$$")
    target = tmp_path / "chain.svg"
    pk.graph.draw(plan, target)
    assert target.read_text(encoding="utf-8").startswith("<?xml")


def test_the_hostile_corpus_plan_renders_safely_everywhere() -> None:
    """tests/bad/hostile_text.yaml: every kind of markup at once, from a file."""
    from pathlib import Path

    plan = pk.load(Path(__file__).parent / "bad" / "hostile_text.yaml")
    report = pk.validate(plan)
    for text in (pk.report.render_markdown(plan, report=report), format_markdown(report)):
        _assert_markdown_is_plain(text)
    html_tags = _tags(pk.report.render_html(plan, report=report))
    plain_tags = _tags(pk.report.render_html(pk.examples.load("umea")))
    for tag in ("script", "img", "a"):
        # Links inside the page (a break to its finding) are the report's own.
        def outward(tags: list[tuple[str, list[tuple[str, str | None]]]], tag: str = tag) -> int:
            return sum(
                1
                for t, attrs in tags
                if t == tag and not any(k == "href" and (v or "").startswith("#") for k, v in attrs)
            )

        assert outward(html_tags) <= outward(plain_tags)
    assert not [a for _, attrs in html_tags for a, _ in attrs if a.startswith("on")]
    ET.fromstring(pk.graph.to_graphml(plan))
    ET.fromstring(pk.graph.to_gexf(plan))
    assert "%%{" not in pk.graph.to_mermaid(plan)
    assert "\x1b" not in format_text(report)
    assert pk.graph.raci(plan).to_rows()[0]["title"].startswith("'@SUM")
