"""Put generated pages into the navigation: a nav entry pointing at a generated ``index.md``
becomes a section holding that index and every page generated beside it."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

__all__ = ["OPTIONAL_PAGES", "expand_nav"]

log = logging.getLogger("mkdocs.hooks.preventionkit")

OPTIONAL_PAGES = frozenset({"performance.md"})
"""Pages other engineers write; until they exist their nav entry is left out."""


def _title(content: str | bytes, fallback: str) -> str:
    if isinstance(content, str):
        for line in content.splitlines():
            if line.startswith("# "):
                return line[2:].strip()
    return fallback


def _children(index: str, generated: Mapping[str, str | bytes]) -> list[dict[str, str]]:
    folder = index.rsplit("/", 1)[0] + "/"
    return [
        {_title(content, path): path}
        for path, content in sorted(generated.items())
        if path.startswith(folder)
        and path != index
        and path.endswith(".md")
        and "/" not in path[len(folder) :]
    ]


def _expand(item: Any, generated: Mapping[str, str | bytes], present: set[str]) -> Any:
    if isinstance(item, list):
        out = [_expand(i, generated, present) for i in item]
        return [i for i in out if i is not None]
    if isinstance(item, dict):
        out = {}
        for title, value in item.items():
            expanded = _expand(value, generated, present)
            if expanded is not None:
                out[title] = expanded
        return out or None
    if isinstance(item, str):
        if item in OPTIONAL_PAGES and item not in present:
            log.info("preventionkit: %s does not exist yet; left out of the nav", item)
            return None
        if item.endswith("/index.md") and item in generated:
            children = _children(item, generated)
            if children:
                return [item, *children]
        return item
    return item


def expand_nav(nav: Any, generated: Mapping[str, str | bytes], present: set[str]) -> Any:
    """The nav with generated sections expanded and missing optional pages left out."""
    if nav is None:
        return None
    return _expand(nav, generated, present)
