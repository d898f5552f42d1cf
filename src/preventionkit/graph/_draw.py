"""A drawing of the chain of governance: political level at the top, then steering,
collaboration and coordination, organisations, operational groups and the activities at the
bottom, coloured by actor kind, with the breaks of the chain marked and listed, and a legend
(002 §1.8; 001 p. 13–15).

The layout is :func:`~preventionkit.graph.layout.chain_scene`, the same the HTML report
draws; the look is the one table in :mod:`._style`. Needs matplotlib (``pip install
'preventionkit[plot]'``), imported only when drawing. Only the figure API is used, never
pyplot's global state; the output is deterministic (fixed SVG ids, no timestamps), so a
drawing can be kept under version control.
"""

from __future__ import annotations

import contextlib
import io
import sys
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..escape import mathtext as _mathtext
from ..io.files import write_file
from ..messages import check_lang, default_lang, text
from ..model import ActionPlan
from ..model.dates import AsOf, as_date
from ..vocab import Lang
from ._style import (
    BAND_FILL,
    BREAK,
    CATEGORIES,
    EDGE_STYLES,
    FONT_PT,
    HOLDER,
    INK,
    LegendItem,
    layer_label,
    legend,
)

if TYPE_CHECKING:
    from .layout import Scene
from .edges import EDGE_KINDS

__all__ = ["draw", "draw_scene"]

_TITLE_H = 30.0  # points above the scene
_ROW = 13.0  # one line of legend or list, in points
_SUB_PT = 8.0


def _t(key: str, lang: Lang | None, **params: object) -> str:
    return text(f"draw.{key}", lang, **params)


def _footer(scene: Scene, lang: Lang, width: float) -> tuple[list[LegendItem], list[str], int]:
    """The legend items, the lines of the list of breaks, and how many rows the legend
    takes (three items a row)."""
    items = list(legend(scene, lang))
    chars = max(int((width - 24) / (FONT_PT * 0.55)), 40)
    lines: list[str] = []
    for b in scene.breaks:
        name = f"{scene.box(b.node).name}: " if b.node else ""
        line = f"{b.number}. {name}{b.text(lang)} ({b.code})"
        lines.extend(textwrap.wrap(line, chars, subsequent_indent="    "))
    return items, lines, -(-len(items) // 3)


def draw_scene(scene: Scene, title: str, lang: Lang, dpi: int = 150) -> Any:
    """The scene as a matplotlib :class:`~matplotlib.figure.Figure` (points as units, y down):
    bands, links, boxes, badges, then the legend and the numbered list of breaks below."""
    from matplotlib.figure import Figure
    from matplotlib.patches import Circle, FancyArrowPatch, FancyBboxPatch, Rectangle
    from matplotlib.path import Path as MplPath

    items, break_lines, legend_rows = _footer(scene, lang, scene.width)
    footer_h = 16 + legend_rows * _ROW + (16 + (len(break_lines) + 1) * _ROW)
    width, height = scene.width, _TITLE_H + scene.height + footer_h
    fig = Figure(figsize=(width / 72, height / 72), dpi=dpi)
    ax = fig.add_axes((0.0, 0.0, 1.0, 1.0))
    ax.set_xlim(0, width)
    ax.set_ylim(height, 0)
    ax.set_axis_off()
    top = _TITLE_H
    ax.text(12, 18, _mathtext(title), fontsize=11, fontweight="bold", va="center", color=INK)
    for i, band in enumerate(scene.bands):
        ax.add_patch(
            Rectangle(
                (2, top + band.top),
                width - 4,
                band.bottom - band.top,
                facecolor=BAND_FILL[i % 2],
                edgecolor="#d5dbe1",
                linewidth=0.6,
                zorder=0,
            )
        )
        ax.text(
            band.label_x,
            top + band.top + 3,
            _mathtext(layer_label(band.layer, lang)),
            fontsize=FONT_PT,
            color="#4a5568",
            fontweight="bold",
            va="top",
            ha="left",
            zorder=1 if band.label_clear else 4,
            bbox=None
            if band.label_clear
            else {"facecolor": BAND_FILL[i % 2], "edgecolor": "none", "pad": 1},
        )
    for link in scene.links:
        style = EDGE_STYLES[link.kind]
        colour = BREAK if link.broken is not None else style.colour
        pts = [(x, y + top) for x, y in link.points]
        codes = [MplPath.MOVETO] + [MplPath.LINETO] * (len(pts) - 1)
        arrow = FancyArrowPatch(
            path=MplPath(pts, codes),
            arrowstyle="-|>",
            mutation_scale=7,
            color=colour,
            linewidth=style.width * (1.6 if link.broken is not None else 1),
            linestyle=(0, style.dash) if style.dash else "-",
            zorder=2,
        )
        ax.add_patch(arrow)
    for box in scene.boxes:
        y = box.y + top
        fill = CATEGORIES[box.category]
        broken = bool(box.breaks)
        edge = BREAK if broken else HOLDER if box.holder else "#4d5656"
        lw = 2.4 if broken or box.holder else 0.8
        if box.folded:
            for k in (2, 1):
                ax.add_patch(
                    Rectangle(
                        (box.x + 3 * k, y - 3 * k),
                        box.w,
                        box.h,
                        facecolor=fill,
                        edgecolor="#4d5656",
                        linewidth=0.6,
                        zorder=3,
                    )
                )
        ax.add_patch(
            FancyBboxPatch(
                (box.x, y),
                box.w,
                box.h,
                boxstyle="square,pad=0" if box.shape != "round" else "round,pad=0,rounding_size=6",
                facecolor=fill,
                edgecolor=edge,
                linewidth=lw,
                linestyle=(0, (4, 2)) if box.vacant else "-",
                zorder=3,
            )
        )
        label = "\n".join(_mathtext(line) for line in box.lines)
        lines = len(box.lines) + (1 if box.sub else 0)
        ax.text(
            box.cx,
            y + box.h / 2 - (FONT_PT * 0.62 if box.sub else 0),
            label,
            fontsize=FONT_PT,
            ha="center",
            va="center",
            linespacing=1.1,
            color=INK,
            zorder=4,
        )
        if box.sub:
            ax.text(
                box.cx,
                y + box.h / 2 + (lines - 1) * FONT_PT * 0.62,
                _mathtext(box.sub),
                fontsize=_SUB_PT,
                style="italic",
                ha="center",
                va="center",
                color="#4a5568",
                zorder=4,
            )
        if box.holder:
            ax.add_patch(Circle((box.x, y), 6.5, facecolor=HOLDER, edgecolor="white", zorder=5))
            ax.text(
                box.x,
                y,
                "M",
                color="white",
                fontsize=8,
                fontweight="bold",
                ha="center",
                va="center",
                zorder=6,
            )
        for k, number in enumerate(box.breaks):
            bx = box.x + box.w - k * 15
            ax.add_patch(Circle((bx, y), 7, facecolor=BREAK, edgecolor="white", zorder=5))
            ax.text(
                bx,
                y,
                str(number),
                color="white",
                fontsize=8,
                fontweight="bold",
                ha="center",
                va="center",
                zorder=6,
            )
    # The legend: three items a row.
    y0 = top + scene.height + 10
    column = (width - 24) / 3
    for i, item in enumerate(items):
        x = 12 + (i % 3) * column
        y = y0 + (i // 3) * _ROW + _ROW / 2
        _legend_mark(ax, item, x, y)
        ax.text(x + 30, y, _mathtext(item.label), fontsize=FONT_PT, va="center", color=INK)
    y = y0 + legend_rows * _ROW + 12
    heading = _t("breaks", lang) if scene.breaks else _t("no_breaks", lang)
    ax.text(
        12,
        y,
        _mathtext(heading),
        fontsize=9.5,
        fontweight="bold",
        color=BREAK if scene.breaks else INK,
        va="center",
    )
    for i, line in enumerate(break_lines):
        ax.text(12, y + (i + 1) * _ROW, _mathtext(line), fontsize=FONT_PT, va="center", color=INK)
    return fig


def _legend_mark(ax: Any, item: Any, x: float, y: float) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Circle, Rectangle

    if item.what == "fill":
        ax.add_patch(
            Rectangle(
                (x, y - 5),
                22,
                10,
                facecolor=CATEGORIES[item.key],
                edgecolor="#4d5656",
                linewidth=0.6,
            )
        )
    elif item.what == "edge":
        style = EDGE_STYLES[EDGE_KINDS[item.key]]
        ax.add_line(
            Line2D(
                [x, x + 22],
                [y, y],
                color=style.colour,
                linewidth=style.width,
                linestyle=(0, style.dash) if style.dash else "-",
            )
        )
    elif item.what == "holder":
        ax.add_patch(
            Rectangle((x, y - 5), 22, 10, facecolor="white", edgecolor=HOLDER, linewidth=2.4)
        )
        ax.add_patch(Circle((x, y - 5), 4.5, facecolor=HOLDER))
    elif item.what == "vacant":
        ax.add_patch(
            Rectangle(
                (x, y - 5), 22, 10, facecolor="white", edgecolor="#4d5656", linestyle=(0, (4, 2))
            )
        )
    elif item.what == "folded":
        for k in (2, 1, 0):
            ax.add_patch(
                Rectangle(
                    (x + 2 * k, y - 5 - 2 * k),
                    18,
                    9,
                    facecolor="white",
                    edgecolor="#4d5656",
                    linewidth=0.6,
                )
            )
    elif item.what == "body":
        ax.add_patch(
            Rectangle((x, y - 5), 22, 10, facecolor="white", edgecolor="#4d5656", linewidth=0.8)
        )
    elif item.what == "break":
        ax.add_patch(
            Rectangle((x, y - 5), 22, 10, facecolor="white", edgecolor=BREAK, linewidth=2.4)
        )
        ax.add_patch(Circle((x + 22, y - 5), 4.5, facecolor=BREAK))


def draw(
    plan: ActionPlan,
    path: str | Path,
    *,
    lang: Lang | None = None,
    as_of: AsOf = None,
    dpi: int = 150,
) -> None:
    """Draw the chain of governance of ``plan`` to ``path``: PNG or SVG by its suffix.

    Rows are the layers of the chain (:data:`~preventionkit.graph.LAYERS`), from the political
    level down to the activities (002 §1.8), placed by the same layered layout the HTML report
    draws; boxes are coloured by actor kind or body role, bodies have square corners, mandate
    holders a thick dark border and an "M", vacant functions a dashed border, and a body's
    members with no other link are folded into one box with their number. Every break of the
    chain is red, numbered, and listed under the legend with a one-line reason and the code of
    its finding: activities no mandate holder reaches (PK204), single points of failure
    (PK205, 002 §1.5), vacant posts and lapsed mandates (PK207), leading mandates resting on no
    decision (PK201). Labels are in ``lang`` (the library default when None; English names
    only where the plan gives them, when it is ``"en"``); a name is wrapped, never cut.
    """
    lang = check_lang(lang) if lang is not None else default_lang()
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise ValueError(f"draw writes .png or .svg files, not {target.suffix or 'no suffix'!r}")
    try:
        import matplotlib
    except ImportError as exc:  # pragma: no cover - exercised only without matplotlib
        raise ImportError("drawing needs matplotlib: pip install 'preventionkit[plot]'") from exc
    if "matplotlib.pyplot" not in sys.modules:
        matplotlib.use("Agg")

    from .layout import chain_scene

    day = as_date(as_of)
    scene = chain_scene(plan, lang=lang, as_of=day)
    shown = plan.title_en if lang == "en" and plan.title_en else plan.title
    title = _t("title", lang, chain=_t("chain", lang), title=shown)
    if day is not None:
        title += f" ({_t('as_of', lang, day=day)})"
    with matplotlib.rc_context(
        {"svg.hashsalt": "preventionkit", "svg.fonttype": "path", "font.family": "DejaVu Sans"}
    ):
        fig = draw_scene(scene, title, lang, dpi)
        picture = io.BytesIO()
        if suffix == ".svg":
            fig.savefig(picture, format="svg", metadata={"Date": None})
        else:
            fig.savefig(picture, format="png", dpi=dpi, metadata={"Software": None})
    # Written atomically through the one file writer (issue 21); a failure is a FileWriteError.
    with contextlib.suppress(OSError):
        target.parent.mkdir(parents=True, exist_ok=True)
    write_file(target, picture.getvalue())
