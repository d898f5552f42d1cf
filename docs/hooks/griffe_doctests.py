"""A griffe extension for the API reference: fence bare doctest blocks as Python code.

The library's docstrings are plain or Google style with doctest examples (``>>>``) that
``pytest --doctest-modules`` runs. Outside an ``Examples:`` section Markdown would read them as
quotes, and text such as ``report.findings][0]`` as a link; fenced, they render as code.
"""

from __future__ import annotations

from typing import Any

import griffe

__all__ = ["DoctestFences", "fence_doctests"]


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
        if not fence_open and not in_block and stripped.startswith(">>>"):
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
        if obj.docstring is not None and ">>>" in obj.docstring.value:
            obj.docstring.value = fence_doctests(obj.docstring.value)
