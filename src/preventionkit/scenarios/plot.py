"""A heat map of coverage across many plans: which prevention × social-ecological cells each
plan fills (000 Förord; 001 p. 8–9; 003 Rekommendationer). Needs the ``plot`` extra.

Rows are plans, columns the twelve cells of the matrix, colour the number of activities (on
a log scale, so one activity already shows); empty cells are marked, since an empty cell is
what the rules report (PK101–PK103). The SVG written is byte-for-byte the same for the same
input.
"""

from __future__ import annotations

import io
import math
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..io.files import write_file
from ..messages import text
from ..vocab import EcologicalLevel, Lang, PreventionLevel

__all__ = ["coverage_rows", "plot_coverage"]


def _cells() -> list[tuple[PreventionLevel, EcologicalLevel]]:
    return [(p, e) for p in PreventionLevel for e in EcologicalLevel]


def coverage_rows(items: Iterable[Any]) -> list[tuple[str, list[int]]]:
    """``(plan id, counts of the twelve cells)`` for plans, or for :func:`summarize` rows
    (mappings with ``plan`` and ``cell.<prevention>.<ecological>`` keys)."""
    from ..model import ActionPlan
    from ..rules import coverage

    rows: list[tuple[str, list[int]]] = []
    for item in items:
        if isinstance(item, ActionPlan):
            counts = coverage(item).counts()
            rows.append((item.id, [counts[c] for c in _cells()]))
        elif isinstance(item, Mapping):
            rows.append(
                (
                    str(item.get("plan", len(rows))),
                    [int(item.get(f"cell.{p.value}.{e.value}", 0)) for p, e in _cells()],
                )
            )
        else:
            raise TypeError(
                f"plot_coverage takes plans or summarize() rows, not {type(item).__name__}"
            )
    return rows


def plot_coverage(
    items: Iterable[Any],
    path: str | os.PathLike[str],
    *,
    lang: Lang | None = None,
    title: str | None = None,
) -> Path:
    """Write a heat map of coverage across ``items`` (plans, :func:`summarize` rows or a
    :class:`Sweep` of them) to ``path`` (SVG, PNG or PDF by its suffix); return the path."""
    try:
        import matplotlib
        from matplotlib.colors import LogNorm
        from matplotlib.figure import Figure
    except ImportError:  # pragma: no cover - matplotlib is in the plot extra
        raise ImportError(
            "plot_coverage needs matplotlib: pip install 'preventionkit[plot]'"
        ) from None

    rows = coverage_rows(items)
    if not rows:
        raise ValueError("plot_coverage needs at least one plan")
    cells = _cells()
    labels = [f"{p.label(lang)} × {e.label(lang)}" for p, e in cells]
    data = [[float(n) if n > 0 else math.nan for n in counts] for _, counts in rows]
    top = max((n for _, counts in rows for n in counts), default=1)

    out = Path(path)
    with matplotlib.rc_context(
        {"svg.hashsalt": "preventionkit", "svg.fonttype": "none", "font.size": 8}
    ):
        height = 1.6 + 0.22 * len(rows)
        fig = Figure(figsize=(7.5, height), layout="constrained")
        ax = fig.add_subplot()
        ax.set_facecolor("#f2d0d0")  # empty cells show through in a pale red
        image = ax.imshow(
            data,
            aspect="auto",
            interpolation="nearest",
            cmap="viridis",
            norm=LogNorm(vmin=1, vmax=max(top, 2)),
        )
        ax.set_xticks(range(len(cells)), labels, rotation=60, ha="right")
        ax.set_yticks(range(len(rows)), [plan_id for plan_id, _ in rows])
        ax.set_title(title or text("scenario.plot.title", lang))
        fig.colorbar(image, ax=ax, label=text("scenario.plot.activities", lang))
        metadata: dict[str, Any] = {"Date": None} if out.suffix.lower() == ".svg" else {}
        if out.suffix.lower() == ".pdf":
            metadata = {"CreationDate": None}
        picture = io.BytesIO()
        fig.savefig(
            picture, format=out.suffix.lower().lstrip(".") or None, metadata=metadata or None
        )
    write_file(out, picture.getvalue())  # atomic, one error line on failure (issue 21)
    return out
