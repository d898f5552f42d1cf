"""The chain of governance (styrkedja) as an inline SVG for the HTML report: the same scene,
layout and look as the matplotlib drawing (:mod:`preventionkit.graph.layout`,
:mod:`preventionkit.graph._style`), written as SVG.

The guide's chain has four functions, from political steering through a steering group that
gives mandate and a collaboration team to operational groups (002 §1.8); Umeå's plan is
adopted by the council, owned by the executive board, led by a collaboration council with a
mandate, supported by an expert function and carried out by committees and units
(001 p. 13–14). Each layer is a band, top to bottom, and the activities are at the bottom.
Every break of the chain is red and numbered; :func:`breaks_html` lists them with their
reason and the code of the finding.
"""

from __future__ import annotations

import datetime as dt
import itertools
import warnings
from collections.abc import Iterable, Sequence

from ..graph import EDGE_KINDS as GRAPH_EDGE_KINDS
from ..graph import EdgeKind, layer_label
from ..graph.layout import (
    BAND_FILL,
    BREAK,
    CATEGORIES,
    EDGE_STYLES,
    FONT_PT,
    HOLDER,
    INK,
    Box,
    LegendItem,
    Scene,
    chain_scene,
    label_width,
    legend,
)
from ..messages import check_lang, default_lang, text
from ..model import ActionPlan
from ..vocab import Lang
from ._i18n import t
from ._svg import FONT, esc, fmt

__all__ = [
    "EDGE_KINDS",
    "PRINT_HEIGHT",
    "PRINT_WIDTH",
    "breaks_html",
    "chain_svg",
    "print_cuts",
    "print_pieces_svg",
    "scene_svg",
]

EDGE_KINDS: tuple[EdgeKind, ...] = tuple(EDGE_STYLES)
"""The kinds of link the drawing shows, in legend order (the one style table,
:data:`preventionkit.graph._style.EDGE_STYLES`)."""

_ROW = 16.0
_COLUMNS = 3


def _dash(dash: tuple[float, ...]) -> str:
    return f' stroke-dasharray="{" ".join(fmt(d) for d in dash)}"' if dash else ""


def _box_svg(box: Box) -> str:
    fill = CATEGORIES[box.category]
    broken = bool(box.breaks)
    stroke = BREAK if broken else HOLDER if box.holder else "#4d5656"
    width = 2.4 if broken or box.holder else 0.8
    dash = ' stroke-dasharray="4 2"' if box.vacant else ""
    rx = "6" if box.shape == "round" else "0"
    title = f"{box.name} ({box.kind})" if box.kind else box.name
    if box.folded_names:
        title += ": " + ", ".join(box.folded_names)
    attrs = [f'class="pk-node pk-layer-{box.layer}"', f'data-id="{esc(box.id)}"']
    if box.holder:
        attrs.append('data-mandate="true"')
    if broken:
        attrs.append(f'data-breaks="{" ".join(str(n) for n in box.breaks)}"')
    if box.folded:
        attrs.append(f'data-folded="{box.folded}"')
    parts = [f"<g {' '.join(attrs)}><title>{esc(title)}</title>"]
    if box.folded:
        for k in (2, 1):
            parts.append(
                f'<rect x="{fmt(box.x + 3 * k)}" y="{fmt(box.y - 3 * k)}" width="{fmt(box.w)}" '
                f'height="{fmt(box.h)}" fill="{fill}" stroke="#4d5656" stroke-width="0.6"/>'
            )
    parts.append(
        f'<rect x="{fmt(box.x)}" y="{fmt(box.y)}" width="{fmt(box.w)}" height="{fmt(box.h)}" '
        f'rx="{rx}" fill="{fill}" stroke="{stroke}" stroke-width="{fmt(width)}"{dash}/>'
    )
    # One <text> per box, a <tspan> per line: the element count does not depend on the name.
    lines = [(line, "") for line in box.lines]
    if box.sub:
        lines.append((box.sub, ' font-style="italic" fill="#4a5568"'))
    line_h = FONT_PT * 1.25
    y = box.y + box.h / 2 - (len(lines) - 1) * line_h / 2 + FONT_PT * 0.35
    spans = "".join(
        f'<tspan x="{fmt(box.cx)}" y="{fmt(y + i * line_h)}"{style}>{esc(line)}</tspan>'
        for i, (line, style) in enumerate(lines)
    )
    parts.append(
        f'<text text-anchor="middle" font-size="{fmt(FONT_PT)}" fill="{INK}">{spans}</text>'
    )
    if box.holder:
        parts.append(
            f'<circle cx="{fmt(box.x)}" cy="{fmt(box.y)}" r="7" fill="{HOLDER}" '
            f'stroke="#fff"/><text x="{fmt(box.x)}" y="{fmt(box.y + 3)}" '
            f'text-anchor="middle" font-size="9" font-weight="700" fill="#fff">M</text>'
        )
    for k, number in enumerate(box.breaks):
        cx = box.x + box.w - k * 15
        parts.append(
            f'<circle cx="{fmt(cx)}" cy="{fmt(box.y)}" r="7.5" fill="{BREAK}" stroke="#fff"/>'
            f'<text x="{fmt(cx)}" y="{fmt(box.y + 3)}" text-anchor="middle" font-size="9" '
            f'font-weight="700" fill="#fff">{number}</text>'
        )
    parts.append("</g>")
    return "".join(parts)


def _legend_svg(items: Iterable[LegendItem], top: float, width: float) -> list[str]:
    out: list[str] = []
    column = (width - 24) / _COLUMNS
    for i, item in enumerate(items):
        x = 12 + (i % _COLUMNS) * column
        y = top + (i // _COLUMNS) * _ROW + _ROW / 2
        mark = ""
        if item.what == "fill":
            mark = (
                f'<rect x="{fmt(x)}" y="{fmt(y - 5)}" width="22" height="10" '
                f'fill="{CATEGORIES[item.key]}" stroke="#4d5656" stroke-width="0.6"/>'
            )
        elif item.what == "edge":
            style = EDGE_STYLES[GRAPH_EDGE_KINDS[item.key]]
            mark = (
                f'<line x1="{fmt(x)}" y1="{fmt(y)}" x2="{fmt(x + 22)}" y2="{fmt(y)}" '
                f'stroke="{style.colour}" stroke-width="{fmt(style.width)}"{_dash(style.dash)}/>'
            )
        elif item.what in ("holder", "break"):
            colour = HOLDER if item.what == "holder" else BREAK
            mark = (
                f'<rect x="{fmt(x)}" y="{fmt(y - 5)}" width="22" height="10" fill="#fff" '
                f'stroke="{colour}" stroke-width="2.4"/>'
                f'<circle cx="{fmt(x + (0 if item.what == "holder" else 22))}" '
                f'cy="{fmt(y - 5)}" r="4.5" fill="{colour}"/>'
            )
        elif item.what == "vacant":
            mark = (
                f'<rect x="{fmt(x)}" y="{fmt(y - 5)}" width="22" height="10" fill="#fff" '
                f'stroke="#4d5656" stroke-dasharray="4 2"/>'
            )
        elif item.what == "folded":
            mark = "".join(
                f'<rect x="{fmt(x + 2 * k)}" y="{fmt(y - 5 - 2 * k)}" width="18" height="9" '
                f'fill="#fff" stroke="#4d5656" stroke-width="0.6"/>'
                for k in (2, 1, 0)
            )
        elif item.what == "body":
            mark = (
                f'<rect x="{fmt(x)}" y="{fmt(y - 5)}" width="22" height="10" fill="#fff" '
                f'stroke="#4d5656" stroke-width="0.8"/>'
            )
        out.append(
            f'<g class="pk-legend-item" data-what="{item.what}" data-key="{esc(item.key)}">'
            f'{mark}<text x="{fmt(x + 30)}" y="{fmt(y + 3)}" font-size="{fmt(FONT_PT)}" '
            f'fill="{INK}">{esc(item.label)}</text></g>'
        )
    return out


# A landscape A4 page with 10 mm margins, in points: the print stylesheet's ``@page chain``.
PRINT_WIDTH = 785.0
"""The printed width of the chain (277 mm): the SVG is drawn at 100 % of it."""
PRINT_HEIGHT = 538.0
"""The printed height of a landscape page's content (190 mm)."""
_HEAD_ROOM = 60.0  # the section's heading and introduction above the first slice


def _svg_body(scene: Scene, lang: Lang, items: Sequence[LegendItem], suffix: str = "") -> list[str]:
    """The elements of the drawing: arrow markers (ids made unique by ``suffix``), layer
    bands, links, boxes and the legend."""
    out = ["<defs>"]
    colours = sorted({s.colour for s in EDGE_STYLES.values()} | {BREAK})
    for i, colour in enumerate(colours):
        out.append(
            f'<marker id="pk-arrow{suffix}-{i}" viewBox="0 0 10 10" refX="9" refY="5" '
            f'markerWidth="7" markerHeight="7" markerUnits="userSpaceOnUse" orient="auto">'
            f'<path d="M0,0 L10,5 L0,10 z" fill="{colour}"/></marker>'
        )
    out.append("</defs>")
    for i, band in enumerate(scene.bands):
        out.append(
            f'<g class="pk-band" data-layer="{band.layer}"><rect x="2" y="{fmt(band.top)}" '
            f'width="{fmt(scene.width - 4)}" height="{fmt(band.bottom - band.top)}" '
            f'fill="{BAND_FILL[i % 2]}" stroke="#d5dbe1" stroke-width="0.6"/></g>'
        )
    names = {b.id: b.name for b in scene.boxes}
    for link in scene.links:
        style = EDGE_STYLES[link.kind]
        colour = BREAK if link.broken is not None else style.colour
        width = style.width * (1.6 if link.broken is not None else 1)
        d = "M" + " L".join(f"{fmt(x)},{fmt(y)}" for x, y in link.points)
        extra = f' data-break="{link.broken}"' if link.broken is not None else ""
        out.append(
            f'<path class="pk-edge pk-edge-{link.kind.value}" d="{d}" fill="none" '
            f'stroke="{colour}" stroke-width="{fmt(width)}"{_dash(style.dash)}{extra} '
            f'marker-end="url(#pk-arrow{suffix}-{colours.index(colour)})">'
            f"<title>{esc(names[link.source])} → {esc(names[link.target])}: "
            f"{esc(link.kind.label(lang))}</title></path>"
        )
    for i, band in enumerate(scene.bands):
        # The names of the layers, where no link crosses them (a halo in the rare picture
        # with no such place, :class:`~preventionkit.graph.layout.Band`).
        name = layer_label(band.layer, lang)
        top, bottom = band.label_box
        ground = (
            ""
            if band.label_clear
            else f'<rect x="{fmt(band.label_x - 2)}" y="{fmt(top - 1)}" '
            f'width="{fmt(label_width(name) + 4)}" height="{fmt(bottom - top + 2)}" rx="2" '
            f'fill="{BAND_FILL[i % 2]}" fill-opacity="0.92"/>'
        )
        out.append(
            f'<g class="pk-band-label" data-layer="{band.layer}">{ground}'
            f'<text x="{fmt(band.label_x)}" y="{fmt(band.top + 12)}" font-size="{fmt(FONT_PT)}" '
            f'font-weight="700" fill="#4a5568">{esc(name)}</text></g>'
        )
    for box in scene.boxes:
        out.append(_box_svg(box))
    out.extend(_legend_svg(items, scene.height + 10, scene.width))
    return out


def _full_height(scene: Scene, items: Sequence[LegendItem]) -> float:
    rows = -(-len(items) // _COLUMNS)
    return scene.height + 10 + rows * _ROW + 6


def print_cuts(scene: Scene, first: float | None = None, rest: float | None = None) -> list[float]:
    """Where the drawing is cut into pieces that each fit a landscape A4 page at full size
    (no label below 8 pt): the ``y`` of each cut, in the gaps between rows of boxes so no box
    is cut, each piece at most ``first`` (the first, below the heading) or ``rest`` high, in
    the drawing's units. Empty when the whole drawing fits the first page."""
    scale = PRINT_WIDTH / scene.width
    first = first if first is not None else (PRINT_HEIGHT - _HEAD_ROOM) / scale
    rest = rest if rest is not None else (PRINT_HEIGHT - 8) / scale
    items = legend(scene, "en")
    bottom = _full_height(scene, items)
    spans = sorted((b.y - 2, b.y + b.h + 8) for b in scene.boxes)  # + the break markers
    merged: list[list[float]] = []
    for lo, hi in spans:
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    gaps = [(a[1] + b[0]) / 2 for a, b in itertools.pairwise(merged)]
    gaps.append(scene.height + 4)  # between the drawing and its legend
    cuts: list[float] = []
    top, room = 0.0, first
    while bottom - top > room:
        fitting = [g for g in gaps if top + 20 < g <= top + room]
        cut = max(fitting) if fitting else top + room
        cuts.append(cut)
        top, room = cut, rest
    return cuts


def scene_svg(scene: Scene, lang: Lang, title: str) -> str:
    """A placed scene of the chain as SVG (units are points), with its legend below."""
    items = legend(scene, lang)
    height = _full_height(scene, items)
    return "\n".join(
        [
            f'<svg xmlns="http://www.w3.org/2000/svg" class="pk-chain" id="pk-chain" '
            f'viewBox="0 0 {fmt(scene.width)} {fmt(height)}" width="{fmt(scene.width)}pt" '
            f'role="img" aria-labelledby="pk-chain-title" font-family="{esc(FONT)}" '
            f'data-engine="{scene.engine}">',
            f'<title id="pk-chain-title">{esc(title)}</title>',
            *_svg_body(scene, lang, items),
            "</svg>",
        ]
    )


def print_pieces_svg(scene: Scene, lang: Lang) -> tuple[str, ...]:
    """For print: the drawing of :func:`scene_svg` cut between rows into pieces that each
    fit a landscape A4 page (:func:`print_cuts`), one SVG each, so a tall chain runs on over
    pages without a label shrinking below 8 pt or a box being cut. Empty when it fits one
    page. The report shows them only in print."""
    cuts = print_cuts(scene)
    if not cuts:
        return ()
    items = legend(scene, lang)
    edges = [0.0, *cuts, _full_height(scene, items)]
    return tuple(
        f'<svg xmlns="http://www.w3.org/2000/svg" class="pk-chain-piece" '
        f'data-piece="{k + 1}" viewBox="0 {fmt(top)} {fmt(scene.width)} {fmt(bottom - top)}" '
        f'width="{fmt(scene.width)}pt" aria-hidden="true" font-family="{esc(FONT)}">'
        + "\n".join(_svg_body(scene, lang, items, f"-p{k}"))
        + "</svg>"
        for k, (top, bottom) in enumerate(itertools.pairwise(edges))
    )


def breaks_html(scene: Scene, lang: Lang) -> str:
    """The numbered list of the breaks of the chain, each with its one-line reason and a link
    to its finding's code; or one sentence saying there is none."""
    if not scene.breaks:
        return f'<p class="pk-no-breaks">{esc(text("draw.no_breaks", lang))}</p>'
    items = []
    names = {b.id: b.name for b in scene.boxes}
    for b in scene.breaks:
        items.append(
            f'<li value="{b.number}" data-node="{esc(b.node)}" data-code="{b.code}">'
            + (f"<strong>{esc(names[b.node])}</strong>: " if b.node else "")
            + f"{esc(b.text(lang))} "
            f'(<a href="#finding-{b.code}">{b.code}</a>)</li>'
        )
    return f'<ol class="pk-breaks">{"".join(items)}</ol>'


def chain_svg(
    plan: ActionPlan,
    *,
    lang: Lang | None = None,
    single_points_of_failure: Iterable[str] | None = None,
    mandate_holders: Iterable[str] | None = None,
    as_of: dt.date | None = None,
) -> str:
    """The plan's chain of governance as an inline SVG: the scene of
    :func:`preventionkit.graph.layout.chain_scene` (the same layout, colours, shapes, layer
    order and legend as :func:`preventionkit.graph.draw`), its breaks red and numbered. The
    same plan always draws the same picture.

    ``single_points_of_failure`` and ``mandate_holders`` are deprecated and ignored: the
    picture reads both from the one derivation of the chain (issue 14)."""
    if single_points_of_failure is not None or mandate_holders is not None:
        warnings.warn(
            "chain_svg() reads single points of failure and mandate holders from the chain "
            "itself; the arguments are ignored and will be removed in the next release",
            DeprecationWarning,
            stacklevel=2,
        )
    lang = check_lang(lang) if lang is not None else default_lang()
    title = t("chain_title", lang)
    scene = chain_scene(plan, lang=lang, as_of=as_of)
    if not scene.boxes:
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" class="pk-chain" id="pk-chain" '
            f'viewBox="0 0 600 60" role="img" aria-labelledby="pk-chain-title" '
            f'font-family="{esc(FONT)}"><title id="pk-chain-title">{esc(title)}</title>'
            f'<text x="300" y="34" text-anchor="middle" font-size="12" fill="#555">'
            f"{esc(t('chain_empty', lang))}</text></svg>"
        )
    return scene_svg(scene, lang, title)
