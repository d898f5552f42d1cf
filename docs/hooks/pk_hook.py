"""MkDocs hook: generate the reference pages from the library's registries at build time.

Registered in ``mkdocs.yml`` under ``hooks:``. It needs no extra plugin: ``on_config`` builds the
pages and expands the navigation, ``on_files`` adds them as virtual files, and
``on_page_markdown`` fills ``<!-- pk:... -->`` markers in hand-written pages (e.g. the Umeå
chain of governance as a Mermaid diagram).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files
from pk_gen import build_pages, expand_nav, render_markers

log = logging.getLogger("mkdocs.hooks.preventionkit")

_generated: dict[str, str | bytes] = {}


def on_config(config: Any) -> Any:
    """Build every generated page once per build and put the generated ones in the nav."""
    _generated.clear()
    _generated.update(build_pages())
    docs_dir = Path(config["docs_dir"])
    present = set(_generated) | {p.relative_to(docs_dir).as_posix() for p in docs_dir.rglob("*.md")}
    config["nav"] = expand_nav(config["nav"], _generated, present)
    log.info("preventionkit: %d generated pages and files", len(_generated))
    return config


def on_files(files: Files, config: Any) -> Files:
    """Add the generated pages and images as virtual files."""
    for path, content in _generated.items():
        existing = files.get_file_from_path(path)
        if existing is not None:
            files.remove(existing)
        files.append(File.generated(config, path, content=content))
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, files: Files) -> str:
    """Replace ``<!-- pk:... -->`` markers with generated Markdown."""
    return render_markers(markdown, page.file.src_uri)
