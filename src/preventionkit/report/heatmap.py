"""The coverage heat map: prevention levels as rows, social-ecological levels as columns.

A plan should reach every prevention level (000 Förord: "insatser på samtliga
preventionsnivåer"; 003 Rekommendationer) and every level of the social-ecological model
(001 p. 8–9). The map shows at a glance where the activities are and where they are not:
each cell carries its count as a number as well as a colour, and empty cells are hatched,
so the map reads in grey print and for readers who do not see colour.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..vocab import EcologicalLevel, Lang, PreventionLevel
from ._i18n import count as count_of
from ._i18n import t
from ._svg import FONT, esc, fmt, ink_on, ramp, wrap

__all__ = ["CoverageCounts", "heatmap_svg"]

CoverageCounts = Mapping[tuple[PreventionLevel, EcologicalLevel], int]
"""How many activities sit in each cell of the coverage matrix."""

_HEAD_W = 170.0
_CELL_W = 150.0
_CELL_H = 78.0
_TOTAL_W = 96.0
_TOP = 64.0
_GAP = 4.0


def _cell_text(count: int, lang: Lang | None) -> str:
    if count == 0:
        return t("empty_cell", lang)
    return count_of("activities", count, lang)


def heatmap_svg(counts: CoverageCounts, *, lang: Lang | None = None) -> str:
    """The coverage matrix as an inline SVG heat map with counts, totals and a title.

    >>> from preventionkit.vocab import EcologicalLevel as E, PreventionLevel as P
    >>> svg = heatmap_svg({(P.UNIVERSAL, E.COMMUNITY): 3})
    >>> svg.startswith("<svg") and ">3<" in svg
    True
    """
    rows = list(PreventionLevel)
    cols = list(EcologicalLevel)
    largest = max([counts.get((r, c), 0) for r in rows for c in cols] + [1])
    width = _HEAD_W + len(cols) * _CELL_W + _TOTAL_W
    height = _TOP + len(rows) * _CELL_H + _CELL_H * 0.6 + 8
    title = t("heatmap_title", lang)
    out: list[str] = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="pk-heatmap" id="pk-heatmap" '
        f'viewBox="0 0 {fmt(width)} {fmt(height)}" role="img" aria-labelledby="pk-heatmap-title" '
        f'font-family="{esc(FONT)}">',
        f'<title id="pk-heatmap-title">{esc(title)}</title>',
        "<defs>"
        '<pattern id="pk-hatch" width="8" height="8" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)">'
        '<rect width="8" height="8" fill="#f7f7f7"/>'
        '<line x1="0" y1="0" x2="0" y2="8" stroke="#d9d9d9" stroke-width="3"/>'
        "</pattern></defs>",
    ]
    # Column headings: the social-ecological levels, nested from the person outwards.
    for j, col in enumerate(cols):
        x = _HEAD_W + j * _CELL_W + _CELL_W / 2
        out.append(
            f'<text x="{fmt(x)}" y="{fmt(_TOP - 30)}" text-anchor="middle" font-size="15" '
            f'font-weight="600" fill="#1a1a2e">{esc(col.label(lang).capitalize())}</text>'
        )
    out.append(
        f'<text x="{fmt(_HEAD_W + len(cols) * _CELL_W + _TOTAL_W / 2)}" y="{fmt(_TOP - 30)}" '
        f'text-anchor="middle" font-size="14" font-weight="600" fill="#555">'
        f"{esc(t('total', lang))}</text>"
    )
    out.append(
        f'<text x="{fmt(_HEAD_W + len(cols) * _CELL_W / 2)}" y="{fmt(_TOP - 10)}" '
        f'text-anchor="middle" font-size="14" fill="#555">{esc(t("ecological_level", lang))} →'
        "</text>"
    )
    for i, row in enumerate(rows):
        y = _TOP + i * _CELL_H
        row_total = sum(counts.get((row, c), 0) for c in cols)
        out.append(
            f'<text x="{fmt(_HEAD_W - 14)}" y="{fmt(y + _CELL_H / 2 + 5)}" text-anchor="end" '
            f'font-size="15" font-weight="600" fill="#1a1a2e">'
            f"{esc(row.label(lang).capitalize())}</text>"
        )
        for j, col in enumerate(cols):
            count = counts.get((row, col), 0)
            x = _HEAD_W + j * _CELL_W
            fill = "url(#pk-hatch)" if count == 0 else ramp(count / largest)
            ink = "#8a1c1c" if count == 0 else ink_on(fill)
            label = f"{row.label(lang)} × {col.label(lang)}: {_cell_text(count, lang)}"
            out.append(
                f'<g class="pk-cell" data-prevention="{row.value}" data-ecological="{col.value}" '
                f'data-count="{count}"><title>{esc(label)}</title>'
                f'<rect x="{fmt(x + _GAP / 2)}" y="{fmt(y + _GAP / 2)}" '
                f'width="{fmt(_CELL_W - _GAP)}" height="{fmt(_CELL_H - _GAP)}" rx="6" '
                f'fill="{fill}" stroke="{"#c0392b" if count == 0 else "none"}" '
                f'stroke-dasharray="{"5 4" if count == 0 else "none"}" stroke-width="1.5"/>'
                f'<text x="{fmt(x + _CELL_W / 2)}" y="{fmt(y + _CELL_H / 2 + 4)}" '
                f'text-anchor="middle" font-size="{26 if count else 22}" font-weight="700" '
                f'fill="{ink}">{count}</text>'
                f'<text x="{fmt(x + _CELL_W / 2)}" y="{fmt(y + _CELL_H / 2 + 24)}" '
                f'text-anchor="middle" font-size="14" fill="{ink}">'
                f"{esc(_cell_text(count, lang))}</text></g>"
            )
        tx = _HEAD_W + len(cols) * _CELL_W + _TOTAL_W / 2
        out.append(
            f'<text x="{fmt(tx)}" y="{fmt(y + _CELL_H / 2 + 7)}" text-anchor="middle" '
            f'font-size="20" font-weight="600" fill="{"#8a1c1c" if row_total == 0 else "#333"}">'
            f"{row_total}</text>"
        )
    # Column totals.
    y = _TOP + len(rows) * _CELL_H
    out.append(
        f'<text x="{fmt(_HEAD_W - 14)}" y="{fmt(y + 28)}" text-anchor="end" font-size="14" '
        f'font-weight="600" fill="#555">{esc(t("total", lang))}</text>'
    )
    for j, col in enumerate(cols):
        col_total = sum(counts.get((r, col), 0) for r in rows)
        x = _HEAD_W + j * _CELL_W + _CELL_W / 2
        out.append(
            f'<text x="{fmt(x)}" y="{fmt(y + 30)}" text-anchor="middle" font-size="20" '
            f'font-weight="600" fill="{"#8a1c1c" if col_total == 0 else "#333"}">{col_total}</text>'
        )
    # A caption under the row headings naming the row axis.
    for k, line in enumerate(wrap(t("prevention_level", lang) + " ↓", 22, 2)):
        out.append(
            f'<text x="{fmt(_HEAD_W - 14)}" y="{fmt(_TOP - 30 + 16 * k)}" text-anchor="end" '
            f'font-size="14" fill="#555">{esc(line)}</text>'
        )
    out.append("</svg>")
    return "\n".join(out)
