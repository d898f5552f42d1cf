"""A griffe extension for the API reference: fence bare doctest blocks as Python code.

The library's docstrings are plain or Google style with doctest examples (``>>>``) that
``pytest --doctest-modules`` runs. Outside an ``Examples:`` section Markdown would read them as
quotes, and text such as ``report.findings][0]`` as a link; fenced, they render as code.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

__all__ = ["DoctestFences", "fence_doctests", "rst_roles"]

_ROLE = re.compile(r":(?:py:)?(?:func|class|meth|attr|data|mod|obj|exc):`(~?)\.?([^`]+)`")


def rst_roles(text: str) -> str:
    """reST cross-reference roles (``:func:`~pkg.name```) as Markdown code (`` `name` ``)."""
    return _ROLE.sub(lambda m: f"`{m.group(2).split('.')[-1] if m.group(1) else m.group(2)}`", text)


def fence_doctests(text: str) -> str:
    """``text`` with every run of doctest lines (``>>>`` up to a blank line) fenced as pycon."""
    out: list[str] = []
    in_block = False
    fence_open = False
    indent = ""
    for line in text.splitlines():
        stripped = line.lstrip()
        if stripped.startswith("```"):
            fence_open = not fence_open
        indented_code = len(line) - len(stripped) >= 4  # already a Markdown code block
        if not fence_open and not in_block and stripped.startswith(">>>") and not indented_code:
            indent = line[: len(line) - len(stripped)]
            out.append(f"{indent}```pycon")
            in_block = True
        elif in_block and not stripped:
            out.append(f"{indent}```")
            in_block = False
        out.append(line)
    if in_block:
        out.append(f"{indent}```")
    return "\n".join(out)


class DoctestFences(griffe.Extension):
    """Fence doctests in every docstring griffe loads."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is None:
            return
        text = rst_roles(obj.docstring.value)
        if ">>>" in text:
            text = fence_doctests(text)
        obj.docstring.value = text
