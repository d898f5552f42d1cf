"""The frameworks page (the five-step guide, its step 1 checklist, the national strategy's
goals, SKL's success factors), generated from ``preventionkit.frameworks``."""

from __future__ import annotations

from typing import Any

from ._md import cell
from ._registry import optional

__all__ = ["frameworks_pages"]

PATH = "reference/frameworks.md"


def _intro() -> list[str]:
    return [
        "# Frameworks",
        "",
        "The guidance a plan is checked against, as versioned data in the package: the "
        "five-step guide that seed 002 belongs to, with step 1's checklist (002 §1.13), the "
        "national strategy's four goals (Skr. 2016/17:10) and SKL's success factors and "
        'development areas (004). `pk.frameworks.assess(plan, "step1")` answers the '
        "checklist from a plan; [tutorial 2](../tutorials/02-step1-checklist.md) shows how. "
        "The same guidance, and international frameworks, are also shipped as cited, "
        "graded [framework packs](packs/index.md) that a plan can say it follows.",
        "",
    ]


def frameworks_pages() -> dict[str, str]:
    """The frameworks page, or a short note while the frameworks data is not installed."""
    module: Any = optional("preventionkit.frameworks")
    out = _intro()
    if module is None:
        out += [
            '!!! warning "Not in this build"',
            "    This build of the library has no `preventionkit.frameworks` data.",
            "",
        ]
        return {PATH: "\n".join(out)}
    from ._frameworks_render import render

    out += render(module, cell)
    return {PATH: "\n".join(out)}
