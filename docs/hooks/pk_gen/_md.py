"""Small helpers for writing Markdown safely."""

from __future__ import annotations

import re

__all__ = ["anchor", "cell", "first_line", "rst_roles"]


def cell(text: object) -> str:
    """``text`` made safe for a Markdown table cell."""
    return str(text).replace("|", "\\|").replace("\n", " ").strip()


def first_line(doc: str | None) -> str:
    """The first paragraph of a docstring, on one line."""
    if not doc:
        return ""
    para = doc.strip().split("\n\n", 1)[0]
    return " ".join(line.strip() for line in para.splitlines())


def anchor(name: str) -> str:
    """The heading anchor MkDocs makes for ``name`` (lower case, dashes)."""
    slug = re.sub(r"[^\w\- ]", "", name.strip().lower())
    return re.sub(r"[\s]+", "-", slug)


_ROLE = re.compile(r":(?:py:)?(?:func|class|meth|attr|data|mod|obj|exc):`(~?)\.?([^`]+)`")


def rst_roles(text: str) -> str:
    """reST cross-reference roles (``:func:`~pkg.name```) as Markdown code (`` `name` ``)."""
    return _ROLE.sub(lambda m: f"`{m.group(2).split('.')[-1] if m.group(1) else m.group(2)}`", text)
