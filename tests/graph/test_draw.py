"""Drawing the chain of governance to PNG and SVG with matplotlib (002 §1.8)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

import preventionkit as pk
from preventionkit.graph import draw
from preventionkit.graph._draw import _label, _layout, _levels
from preventionkit.graph._style import row_of
from preventionkit.model import ActionPlan

pytest.importorskip("matplotlib")


def test_png_and_svg_are_deterministic(coordinator: ActionPlan, tmp_path: Path) -> None:
    for suffix in (".svg", ".png"):
        a, b = tmp_path / f"a{suffix}", tmp_path / "sub" / f"b{suffix}"
        draw(coordinator, a, as_of=dt.date(2020, 1, 1), dpi=50)
        draw(coordinator, b, as_of=dt.date(2020, 1, 1), dpi=50)
        assert a.read_bytes() == b.read_bytes()
    assert (tmp_path / "a.png").read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    svg = (tmp_path / "a.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml")
    assert "<svg" in svg
    assert "<dc:date>" not in svg


def test_english_labels(coordinator: ActionPlan, tmp_path: Path) -> None:
    sv, en = tmp_path / "sv.svg", tmp_path / "en.svg"
    draw(coordinator, sv, lang="sv", dpi=50)
    draw(coordinator, en, lang="en", dpi=50)
    assert sv.read_bytes() != en.read_bytes()


def test_rejects_unknown_formats_and_languages(coordinator: ActionPlan, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"\.png or \.svg"):
        draw(coordinator, tmp_path / "chain.pdf")
    with pytest.raises(ValueError, match="lang"):
        draw(coordinator, tmp_path / "chain.png", lang="de")  # type: ignore[arg-type]


def test_layout_puts_politics_on_top_and_activities_at_the_bottom(coordinator: ActionPlan) -> None:
    graph = pk.responsibility_graph(coordinator)
    nodes = [
        n for n in graph if graph.nodes[n]["kind"] in ("actor", "function", "body", "activity")
    ]
    centres, _, _, _ = _layout(graph, nodes, [])
    y = {n: centres[n][1] for n in nodes}
    assert y["kf"] < y["styrgrupp"] < y["samordnare"] < y["op-skola"] < y["a-skola"]
    assert row_of(graph.nodes["kf"]) == 0
    assert row_of(graph.nodes["a-skola"]) == 5


def test_boxes_never_overlap_on_the_umea_example() -> None:
    plan = pk.examples.load("umea")
    graph = pk.responsibility_graph(plan)
    nodes = [
        n for n in graph if graph.nodes[n]["kind"] in ("actor", "function", "body", "activity")
    ]
    centres, _, _, _ = _layout(graph, nodes, [])
    points = sorted(centres.values())
    from preventionkit.graph._draw import _BOX_H, _BOX_W

    for i, (x1, y1) in enumerate(points):
        for x2, y2 in points[i + 1 :]:
            assert abs(x1 - x2) >= _BOX_W or abs(y1 - y2) >= _BOX_H


def test_levels_inside_a_row_follow_authority() -> None:
    from preventionkit.graph.edges import EdgeKind

    edges = [
        ("kf", "ks", EdgeKind.CONTAINS),
        ("ks", "ifn", EdgeKind.CONTAINS),
        ("ifn", "kf", EdgeKind.CONTAINS),  # a loop is ignored, not followed forever
        ("x", "kf", EdgeKind.SUPPORTS),  # not authority
    ]
    levels = _levels(["kf", "ks", "ifn", "x"], edges)
    assert levels["kf"] == 0
    assert levels["ks"] == 1
    assert levels["ifn"] == 2
    assert levels["x"] == 0


def test_labels_wrap_and_mark_posts() -> None:
    label = _label(
        {"name": "Kvinnofridssamordnare i socialtjänstens enhet för stöd", "holders": 1}, "k", "sv"
    )
    lines = label.splitlines()
    assert len(lines) <= 3
    assert lines[-1] == "(1 innehavare)"
    assert "(vacant)" in _label({"name": "Strateg", "vacant": True}, "s", "en")
    assert (
        _label({"name": "Kommunstyrelsen", "name_en": "Executive board"}, "ks", "en")
        == "Executive board"
    )


def test_the_umea_example_draws(tmp_path: Path) -> None:
    draw(pk.examples.load("umea"), tmp_path / "umea.png")
    assert (tmp_path / "umea.png").stat().st_size > 10_000


def test_importing_the_graph_package_does_not_import_matplotlib() -> None:
    code = (
        "import sys, preventionkit as pk\n"
        "import preventionkit.graph\n"
        "assert 'matplotlib' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
