"""The heat map and the chain of governance as SVG: well-formed, counted, labelled, stable."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import preventionkit as pk
from preventionkit.report import chain_svg, heatmap_svg
from preventionkit.report._svg import ink_on, ramp, wrap
from preventionkit.vocab import EcologicalLevel as E
from preventionkit.vocab import PreventionLevel as P

SVG = "{http://www.w3.org/2000/svg}"
SMALL = Path(__file__).parents[1] / "cli" / "fixtures" / "small.yaml"
CELLS = [(p, e) for p in P for e in E]


def _cells(svg: str) -> dict[tuple[str, str], int]:
    root = ET.fromstring(svg)
    return {
        (g.get("data-prevention"), g.get("data-ecological")): int(g.get("data-count"))
        for g in root.iter(f"{SVG}g")
        if g.get("class") == "pk-cell"
    }


@settings(max_examples=30)
@given(st.dictionaries(st.sampled_from(CELLS), st.integers(0, 500)))
def test_heatmap_has_every_cell_with_its_count(counts) -> None:
    svg = heatmap_svg(counts)
    found = _cells(svg)
    assert len(found) == 12
    for (p, e), n in found.items():
        assert n == counts.get((P(p), E(e)), 0)


def test_heatmap_marks_empty_cells_and_totals() -> None:
    svg = heatmap_svg({(P.UNIVERSAL, E.COMMUNITY): 3, (P.INDICATED, E.INDIVIDUAL): 2}, lang="sv")
    root = ET.fromstring(svg)
    assert root.find(f"{SVG}title").text.startswith("Täckningskarta")
    hatched = [g for g in root.iter(f"{SVG}g") if g.get("data-count") == "0"]
    assert len(hatched) == 10
    assert all(g.find(f"{SVG}rect").get("fill") == "url(#pk-hatch)" for g in hatched)
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "ingen aktivitet" in texts
    assert "3 aktiviteter" in texts
    # the cell, its row total (universal) and its column total (community)
    assert texts.count("3") == 3
    assert texts.count("2") == 3
    assert "Universell" in texts
    assert "Närmiljö" in texts


def test_heatmap_colour_grows_with_the_count() -> None:
    low, high = ramp(0.1), ramp(1.0)
    assert low != high
    assert ink_on(high) == "#ffffff"
    assert ink_on(ramp(0.0)) != "#ffffff"


def test_wrap_keeps_words_and_cuts_with_an_ellipsis() -> None:
    assert wrap("Individ- och familjenämnden", 21, 2) == ["Individ- och", "familjenämnden"]
    assert wrap("a " * 40, 5, 2)[-1].endswith("…")
    assert wrap("Kvinnofridssamordnare", 10, 3) == ["Kvinnofri-", "dssamordn-", "are"]


def test_chain_draws_every_actor_body_and_activity_in_bands() -> None:
    plan = pk.load(SMALL)
    root = ET.fromstring(chain_svg(plan))
    nodes = {
        g.get("data-id"): g for g in root.iter(f"{SVG}g") if "pk-node" in (g.get("class") or "")
    }
    drawn = {a.id for a in plan.actors} | {b.id for b in plan.bodies}
    drawn |= {a.id for a in plan.activities}
    assert set(nodes) == drawn
    assert nodes["samverkansradet"].get("data-mandate") == "true"
    spof = {s.node for s in pk.graph.single_points_of_failure(plan) if s.edge is None}
    marked = {i for i, g in nodes.items() if g.get("data-breaks")}
    assert spof <= marked
    assert nodes["kf"].get("data-breaks") is None
    bands = [g.get("data-layer") for g in root.iter(f"{SVG}g") if g.get("class") == "pk-band"]
    # The one layering of the chain (graph.LAYERS), activities at the bottom: UmeBrå, which
    # convenes the steering group, sits with the steering.
    assert bands[:2] == ["political", "steering"]
    assert bands[-1] == "activities"
    assert {nodes[i].get("class") for i in ("umebra", "samverkansradet")} == {
        "pk-node pk-layer-steering"
    }
    edges = {p.get("class") for p in root.iter(f"{SVG}path") if p.get("class")}
    assert "pk-edge pk-edge-grants_mandate" in edges
    assert "pk-edge pk-edge-convenes" in edges


def test_the_deprecated_arguments_warn() -> None:
    with pytest.warns(DeprecationWarning, match="ignored"):
        chain_svg(pk.load(SMALL), single_points_of_failure=["samordnare"])


def test_chain_places_political_bodies_above_the_mandate_holder() -> None:
    plan = pk.load(SMALL)
    root = ET.fromstring(chain_svg(plan))
    y = {
        g.get("data-id"): float(g.find(f"{SVG}rect").get("y"))
        for g in root.iter(f"{SVG}g")
        if "pk-node" in (g.get("class") or "")
    }
    # political bodies in the top band; inside the steering band, UmeBrå convenes the group
    assert y["kf"] == y["ifn"] == y["ks"] < y["umebra"] < y["samverkansradet"]


def test_chain_marks_work_the_chain_does_not_reach() -> None:
    text = SMALL.read_text("utf-8").replace(
        "    responsible: [ks]\n    accountable: ks\n", "    responsible: [samordnare]\n"
    )
    plan = pk.loads(text.replace("members: [umebra, ifn]", "members: [umebra]"))
    assert pk.graph.unreachable_activities(plan) == ("kartlaggning",)
    root = ET.fromstring(chain_svg(plan, lang="en"))
    marked = {
        g.get("data-id"): g.get("data-breaks") for g in root.iter(f"{SVG}g") if g.get("data-breaks")
    }
    assert "kartlaggning" in marked
    scene = pk.graph.layout.chain_scene(plan, lang="en")
    (only,) = [b for b in scene.breaks if b.node == "kartlaggning"]
    assert (only.kind, only.code) == ("unreached", "PK204")
    assert only.text("en") == "no mandate holder reaches this activity"


def test_chain_of_an_empty_plan_says_so() -> None:
    plan = pk.loads("preventionkit: 1\nid: p\ntitle: T\n")
    svg = chain_svg(plan, lang="sv")
    assert "ingen styrkedja" in svg
    ET.fromstring(svg)


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_chain_is_deterministic(lang: str) -> None:
    plan = pk.load(SMALL)
    assert chain_svg(plan, lang=lang) == chain_svg(pk.load(SMALL), lang=lang)
