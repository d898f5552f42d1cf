"""The one layout of the chain pictures (issue 18): no line crosses a box, boxes never overlap,
labels are whole and fit their box, breaks are where the chain says they are, and the
matplotlib drawing and the HTML report's SVG draw the same scene in the same style."""

from __future__ import annotations

import itertools
import math
import xml.etree.ElementTree as ET

import pytest

import preventionkit as pk
from preventionkit.graph import governance, single_points_of_failure
from preventionkit.graph._style import EDGE_STYLES, legend
from preventionkit.graph.layout import (
    CLEARANCE,
    FONT_PT,
    LANE,
    Scene,
    chain_scene,
    label_width,
    layered_positions,
)
from preventionkit.report.chain import PRINT_HEIGHT, PRINT_WIDTH, print_cuts, scene_svg
from preventionkit.testing import synthetic_plan

ENGINES = ["grandalf", "barycentre"]
SVG = "{http://www.w3.org/2000/svg}"


def _plans() -> list[tuple[str, pk.ActionPlan]]:
    plans = [(name, pk.examples.load(name)) for name in ("umea", "gavle", "vasterbotten")]
    plans.append(("synthetic-100", synthetic_plan(60, n_actors=100, seed=3)))
    return plans


PLANS = _plans()


def _crosses(a: tuple[float, float], b: tuple[float, float], box: tuple[float, ...]) -> bool:
    """Whether the segment a–b enters the inside of the rectangle (Liang–Barsky clipping)."""
    x0, y0, x1, y1 = box
    dx, dy = b[0] - a[0], b[1] - a[1]
    lo, hi = 0.0, 1.0
    for p, q in ((-dx, a[0] - x0), (dx, x1 - a[0]), (-dy, a[1] - y0), (dy, y1 - a[1])):
        if p == 0:
            if q <= 0:
                return False
            continue
        t = q / p
        if p < 0:
            lo = max(lo, t)
        else:
            hi = min(hi, t)
        if lo >= hi:
            return False
    return True


def _inside(box: object, shrink: float = 0.5) -> tuple[float, ...]:
    return (
        box.x + shrink,  # type: ignore[attr-defined]
        box.y + shrink,  # type: ignore[attr-defined]
        box.x + box.w - shrink,  # type: ignore[attr-defined]
        box.y + box.h - shrink,  # type: ignore[attr-defined]
    )


def _check_geometry(scene: Scene) -> None:
    boxes = {b.id: b for b in scene.boxes}
    for link in scene.links:
        for a, b in zip(link.points, link.points[1:], strict=False):
            for box in scene.boxes:
                if box.id in (link.source, link.target):
                    # its own boxes: the link only touches their edge
                    if _crosses(a, b, _inside(box, 1.0)):
                        raise AssertionError(f"{link.source}→{link.target} runs into {box.id}")
                    continue
                assert not _crosses(a, b, _inside(box)), (
                    f"the link {link.source}→{link.target} ({link.kind.value}) crosses {box.id}"
                )
        first, last = link.points[0], link.points[-1]
        source, target = boxes[link.source], boxes[link.target]
        assert source.x - 1 <= first[0] <= source.x + source.w + 1
        assert target.x - 1 <= last[0] <= target.x + target.w + 1
    ordered = sorted(scene.boxes, key=lambda b: (b.y, b.x))
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if b.y >= a.y + a.h:
                break
            apart = b.x >= a.x + a.w + 8 or a.x >= b.x + b.w + 8
            assert apart, f"{a.id} and {b.id} overlap"
    for box in scene.boxes:
        needed = (len(box.lines) + (1 if box.sub else 0)) * FONT_PT * 1.25
        assert box.h >= needed, box.id
        assert box.x >= 0
        assert box.x + box.w <= scene.width
        assert box.y >= 0
        assert box.y + box.h <= scene.height


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(("name", "plan"), PLANS, ids=[n for n, _ in PLANS])
def test_no_line_crosses_a_box_and_no_box_overlaps(
    name: str, plan: pk.ActionPlan, engine: str
) -> None:
    scene = chain_scene(plan, lang="sv", engine=engine)
    assert scene.engine == engine
    _check_geometry(scene)


def test_the_checker_sees_a_line_through_a_box() -> None:
    assert _crosses((0, 5), (20, 5), (5, 0, 10, 10))
    assert not _crosses((0, -1), (20, -1), (5, 0, 10, 10))
    assert not _crosses((0, 0), (4, 20), (5, 0, 10, 10))


@pytest.mark.parametrize(("name", "plan"), PLANS, ids=[n for n, _ in PLANS])
def test_breaks_are_where_the_chain_says(name: str, plan: pk.ActionPlan) -> None:
    scene = chain_scene(plan, lang="en")
    drawn = {b.id for b in scene.boxes}
    unreached = {b.node for b in scene.breaks if b.kind == "unreached"}
    gov = governance(plan, None)
    # As PK204: with no mandate holder at all, PK201's one break instead of every activity.
    assert unreached == (set(gov.unreachable) & drawn if gov.holders else set())
    spof = {s.node for s in single_points_of_failure(plan) if s.edge is None}
    assert {b.node for b in scene.breaks if b.kind == "spof"} == spof & drawn
    for b in scene.breaks:
        assert b.code in ("PK201", "PK204", "PK205", "PK207")
        if b.kind == "no_holder":  # the head of the chain is missing: no box to mark
            assert not b.node
            assert not governance(plan, None).holders
            continue
        assert b.node in drawn
        assert b.number in scene.box(b.node).breaks
        assert "\n" not in b.text("sv")
    assert [b.number for b in scene.breaks] == list(range(1, len(scene.breaks) + 1))
    for node in unreached:  # the break list names the activity as the plan writes it, whole
        assert scene.box(node).name == plan.activity(node).title


def test_a_vacant_post_a_lapsed_mandate_and_a_mandate_without_decision_are_breaks() -> None:
    plan = pk.examples.load("umea")
    data = plan.model_dump(mode="json", exclude_none=True)
    function = next(a for a in data["actors"] if a["kind"] == "function")
    function["vacant"] = True
    data["mandates"][0]["valid_until"] = "2019-06-30"
    data["mandates"][1].pop("decision", None)
    data["mandates"][1]["leads"] = True
    changed = pk.ActionPlan.model_validate(data)
    scene = chain_scene(changed, lang="sv", as_of="2020-01-01")
    kinds = {(b.kind, b.code) for b in scene.breaks}
    assert ("vacant", "PK207") in kinds
    assert ("lapsed", "PK207") in kinds
    assert ("no_decision", "PK201") in kinds
    box = scene.box(function["id"])
    assert box.vacant
    assert box.breaks


def test_large_memberships_are_folded_with_their_number() -> None:
    scene = chain_scene(pk.examples.load("umea"), lang="sv")
    folded = [b for b in scene.boxes if b.folded]
    assert folded
    for box in folded:
        assert box.folded == len(box.folded_names) > 1
        assert box.lines[0].startswith(str(box.folded))
    ids = {b.id for b in scene.boxes}
    plan = pk.examples.load("umea")
    hidden = {a.id for a in plan.actors} - ids
    assert sum(b.folded for b in folded) == len(hidden)


def test_the_layout_is_deterministic_with_both_engines() -> None:
    plan = synthetic_plan(40, n_actors=60, seed=2)
    for engine in ENGINES:
        assert chain_scene(plan, engine=engine) == chain_scene(plan, engine=engine)


def test_layered_positions_keep_rows_apart_and_refuse_unknown_engines() -> None:
    ranks = {"a": 0, "b": 1, "c": 1, "d": 2}
    widths = dict.fromkeys(ranks, 50.0)
    xs, used = layered_positions(ranks, widths, [("a", "b"), ("a", "c"), ("b", "d")])
    assert used in ENGINES
    assert abs(xs["b"] - xs["c"]) >= 66
    with pytest.raises(ValueError, match="engine"):
        layered_positions(ranks, widths, [], engine="dot")


def test_the_svg_and_the_legend_show_what_the_scene_has_and_nothing_else() -> None:
    plan = pk.examples.load("gavle")
    scene = chain_scene(plan, lang="en")
    root = ET.fromstring(scene_svg(scene, "en", "Chain"))
    kinds = {p.get("class").split("pk-edge-")[1] for p in root.iter(f"{SVG}path") if p.get("class")}
    items = legend(scene, "en")
    assert {i.key for i in items if i.what == "edge"} == kinds
    assert {i.key for i in items if i.what == "fill"} == {b.category for b in scene.boxes}
    assert any(i.what == "break" for i in items) is bool(scene.breaks)
    strokes = {p.get("stroke") for p in root.iter(f"{SVG}path") if p.get("class")}
    assert strokes <= {s.colour for s in EDGE_STYLES.values()} | {"#c0392b"}
    sizes = {float(t.get("font-size")) for t in root.iter(f"{SVG}text")}
    assert min(sizes) >= 8


def test_matplotlib_labels_stay_inside_their_boxes() -> None:
    pytest.importorskip("matplotlib")
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from preventionkit.graph._draw import draw_scene

    scene = chain_scene(pk.examples.load("umea"), lang="sv")
    fig = draw_scene(scene, "Styrkedja", "sv", dpi=72)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    ax = fig.axes[0]
    to_data = ax.transData.inverted()
    boxes = sorted(scene.boxes, key=lambda b: (b.y, b.x))
    top = 30.0  # the title above the scene
    checked = 0
    for text in ax.texts:
        x, y = text.get_position()
        box = next(
            (b for b in boxes if b.x <= x <= b.x + b.w and b.y + top <= y <= b.y + top + b.h),
            None,
        )
        if box is None or text.get_text() not in ("\n".join(box.lines), box.sub):
            continue  # a badge on the corner, or a band's label
        extent = text.get_window_extent(renderer)
        (x0, _), (x1, _) = to_data.transform([(extent.x0, extent.y0), (extent.x1, extent.y1)])
        assert min(x0, x1) >= box.x - 1, (box.id, text.get_text())
        assert max(x0, x1) <= box.x + box.w + 1, (box.id, text.get_text())
        checked += 1
    assert checked >= len(scene.boxes) - sum(1 for b in scene.boxes if "$" in "".join(b.lines))


# --- Clearance (issue 18): links keep clear of boxes, of each other and of the layer names ----

LANGS = ("sv", "en", "nb")


def _segment_box_distance(
    a: tuple[float, float], b: tuple[float, float], box: tuple[float, float, float, float]
) -> float:
    """The least distance between the segment a–b and the rectangle (0 when they meet)."""
    if _crosses(a, b, box):
        return 0.0
    x0, y0, x1, y1 = box

    def point_box(p: tuple[float, float]) -> float:
        return math.hypot(max(x0 - p[0], 0.0, p[0] - x1), max(y0 - p[1], 0.0, p[1] - y1))

    def point_segment(p: tuple[float, float]) -> float:
        dx, dy = b[0] - a[0], b[1] - a[1]
        length = dx * dx + dy * dy
        t = (
            0.0
            if length == 0
            else max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length))
        )
        return math.hypot(a[0] + t * dx - p[0], a[1] + t * dy - p[1])

    corners = [(x0, y0), (x0, y1), (x1, y0), (x1, y1)]
    return min([point_box(a), point_box(b), *(point_segment(c) for c in corners)])


def test_the_distance_checker_measures() -> None:
    box = (10.0, 10.0, 20.0, 20.0)
    assert _segment_box_distance((0, 0), (30, 30), box) == 0
    assert _segment_box_distance((4, 0), (4, 30), box) == pytest.approx(6)
    assert _segment_box_distance((0, 0), (9, 0), box) == pytest.approx(math.hypot(1, 10))


def _check_clearance(scene: Scene) -> None:
    for link in scene.links:
        for a, b in itertools.pairwise(link.points):
            for box in scene.boxes:
                if box.id in (link.source, link.target):
                    continue
                rect = (box.x, box.y, box.x + box.w, box.y + box.h)
                gap = _segment_box_distance(a, b, rect)
                assert gap >= CLEARANCE - 0.01, (
                    f"{link.source}→{link.target} passes {gap:.1f} pt from {box.id}"
                )
    # Lanes through a row (straight pieces as tall as a row) of different links stay apart.
    lanes = [
        (x0, min(y0, y1), max(y0, y1), i)
        for i, link in enumerate(scene.links)
        for (x0, y0), (x1, y1) in itertools.pairwise(link.points)
        if x0 == x1 and abs(y1 - y0) > 3 * CLEARANCE
    ]
    for k, (x, top, bottom, i) in enumerate(lanes):
        for x2, top2, bottom2, j in lanes[k + 1 :]:
            if i != j and top < bottom2 and top2 < bottom:
                assert abs(x - x2) >= LANE - 0.01, f"two lanes {abs(x - x2):.1f} pt apart at {x}"


def _check_band_labels(scene: Scene, svg: str, lang: str) -> None:
    from preventionkit.graph import layer_label

    for band in scene.bands:
        top, bottom = band.label_box
        name = (
            band.label_x,
            top,
            band.label_x + label_width(layer_label(band.layer, lang)),
            bottom,
        )
        assert name[2] <= scene.width
        if not band.label_clear:
            continue
        for link in scene.links:
            for a, b in itertools.pairwise(link.points):
                assert not _crosses(a, b, name), f"{link.source}→{link.target} crosses {band.layer}"
    # Every name is drawn after every link (never under one), on a ground where crossed.
    root = ET.fromstring(svg)
    order = [
        el for el in root.iter() if el.get("class", "").startswith(("pk-edge", "pk-band-label"))
    ]
    first_label = next(i for i, el in enumerate(order) if el.get("class") == "pk-band-label")
    assert all(el.get("class") == "pk-band-label" for el in order[first_label:])
    crossed = {b.layer for b in scene.bands if not b.label_clear}
    grounded = {
        g.get("data-layer")
        for g in root.iter(f"{SVG}g")
        if g.get("class") == "pk-band-label" and g.find(f"{SVG}rect") is not None
    }
    assert grounded == crossed


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("name", "plan"), PLANS, ids=[n for n, _ in PLANS])
def test_links_keep_clear_of_boxes_each_other_and_layer_names(
    name: str, plan: pk.ActionPlan, lang: str
) -> None:
    scene = chain_scene(plan, lang=lang)
    _check_geometry(scene)
    _check_clearance(scene)
    _check_band_labels(scene, scene_svg(scene, lang, "Chain"), lang)


@pytest.mark.parametrize(("name", "plan"), PLANS, ids=[n for n, _ in PLANS])
def test_the_chain_prints_at_8_pt_on_landscape_a4(name: str, plan: pk.ActionPlan) -> None:
    """Drawn at the width of a landscape A4 page, no label is below 8 pt; cut for print,
    every piece fits a page and no cut runs through a box."""
    scene = chain_scene(plan, lang="sv")
    scale = PRINT_WIDTH / scene.width
    assert FONT_PT * scale >= 8, (
        f"{scene.width:.0f} pt wide: labels print at {FONT_PT * scale:.1f} pt"
    )
    cuts = print_cuts(scene)
    edges = [0.0, *cuts]
    for top, bottom in itertools.pairwise(edges):
        assert (bottom - top) * scale <= PRINT_HEIGHT
    for cut in cuts:
        for box in scene.boxes:
            assert not box.y - 2 < cut < box.y + box.h + 2, (
                f"the cut at {cut} runs through {box.id}"
            )


def test_a_100_actor_plan_folds_crowded_layers_without_inventing_links() -> None:
    """Folded boxes take their members' links: every link drawn to or from a fold stands for
    at least one relation of one of its members, and no break is folded away."""
    from preventionkit.graph import responsibility_graph

    plan = synthetic_plan(60, n_actors=100, seed=3)
    scene = chain_scene(plan, lang="sv")
    assert len(scene.boxes) <= 90
    graph = responsibility_graph(plan)
    members = {b.id: set(b.folded_names) for b in scene.boxes if b.folded}
    assert members, "nothing was folded"
    ids_of = {b.id: ({b.id} if not b.folded else set()) for b in scene.boxes}
    names = {n: str(graph.nodes[n].get("name") or n) for n in graph.nodes}
    for box in scene.boxes:
        if box.folded:
            ids_of[box.id] = {n for n in graph.nodes if names[n] in members[box.id]}
            assert len(ids_of[box.id]) >= box.folded
    for link in scene.links:
        real = any(graph.has_edge(u, v) for u in ids_of[link.source] for v in ids_of[link.target])
        assert real, f"{link.source}→{link.target} stands for no relation"
    broken = {b.node for b in scene.breaks}
    assert broken <= {b.id for b in scene.boxes if not b.folded}
