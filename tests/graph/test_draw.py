"""Drawing the chain of governance to PNG and SVG with matplotlib (002 §1.8)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

import preventionkit as pk
from preventionkit.graph import draw
from preventionkit.graph._style import row_of
from preventionkit.graph.layout import _sub_levels, chain_scene, wrap_label
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
    scene = chain_scene(coordinator)
    y = {b.id: b.y for b in scene.boxes}
    assert y["kf"] < y["styrgrupp"] < y["samordnare"] < y["op-skola"] < y["a-skola"]
    graph = pk.responsibility_graph(coordinator)
    assert row_of(graph.nodes["kf"]) == 0
    assert row_of(graph.nodes["a-skola"]) == 5


def test_sub_rows_inside_a_layer_follow_authority() -> None:
    down = {"kf": ["ks"], "ks": ["ifn"], "ifn": ["kf"], "x": []}  # a loop is not followed forever
    levels = _sub_levels(["kf", "ks", "ifn", "x"], down)
    assert levels == {"kf": 0, "ks": 1, "ifn": 2, "x": 0}
    assert _sub_levels(["a", "b"], {"b": ["a"]}) == {"a": 1, "b": 0}


def test_labels_wrap_whole_and_mark_posts(coordinator: ActionPlan) -> None:
    name = "Kvinnofridssamordnare i socialtjänstens enhet för stöd"
    lines = wrap_label(name)
    assert all(len(line) <= 19 for line in lines)
    assert "".join(lines).replace("-", "").replace(" ", "") == name.replace(" ", "")  # whole
    scene = chain_scene(coordinator, lang="sv")
    assert scene.box("samordnare").sub == "1 innehavare"


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
