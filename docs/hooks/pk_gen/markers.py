"""Markers in hand-written pages that the build replaces with generated Markdown.

Write ``<!-- pk:NAME -->`` on a line of its own; an unknown NAME fails the build.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .pictures import umea_chain_mermaid, umea_coverage_image

__all__ = ["MARKERS", "render_markers"]

MARKERS: dict[str, Callable[[], str]] = {
    "umea-chain": umea_chain_mermaid,
    "umea-coverage": umea_coverage_image,
}
"""Every marker name and the function that writes its Markdown."""

_MARKER = re.compile(r"^<!-- pk:([\w-]+) -->$", re.MULTILINE)


def render_markers(markdown: str, where: str = "") -> str:
    """``markdown`` with every ``<!-- pk:NAME -->`` replaced by its generated Markdown."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in MARKERS:
            raise ValueError(
                f"{where}: unknown marker <!-- pk:{name} -->; known: {sorted(MARKERS)}"
            )
        return MARKERS[name]()

    return _MARKER.sub(replace, markdown)
