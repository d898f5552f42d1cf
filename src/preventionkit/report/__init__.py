"""Reports people would rather look at than read: a self-contained HTML page or Markdown.

>>> import preventionkit as pk
>>> from preventionkit.report import render_html
>>> html = render_html(pk.examples.load("umea"), lang="sv")  # doctest: +SKIP

The HTML opens with where the chain breaks and what to do next, then holds the plan's
summary, the coverage heat map (000 Förord; 001 p. 8–9), what the plan says (its goals and
indicators with targets and values per period, 001 p. 8; the follow-up cycle, 001 p. 12; the
violence areas, 001 p. 11; contact persons and posts, 002 §1.5; readiness, 002 §1.11–1.12),
the chain of governance (002 §1.8), the findings and questions grouped by rule with sources
and hints, the step 1 checklist (002 §1.13) and the activity plan (001 p. 15–18). It makes no
network request and prints on A4 (the chain on landscape pages, no text below 8 pt). The
Markdown report holds the same, from the same data (:func:`collect`), without the pictures.
"""

from __future__ import annotations

from ._data import ReportData, checklist_rows, collect
from .chain import chain_svg
from .heatmap import CoverageCounts, heatmap_svg
from .html import render_html
from .markdown import render_markdown

__all__ = [
    "CoverageCounts",
    "ReportData",
    "chain_svg",
    "checklist_rows",
    "collect",
    "heatmap_svg",
    "render_html",
    "render_markdown",
]
