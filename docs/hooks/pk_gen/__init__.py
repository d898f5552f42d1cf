"""Pages of the documentation generated from the library's own registries, so they cannot drift.

Each module here turns one registry into Markdown (or an image): the rule registry into one
page per rule code, the vocabularies into the Swedish–English glossary, the JSON Schema into the
plan-format reference, the catalogue and frameworks data into their reference pages, and the
embedded Umeå example into pictures, the reviewed framework-pack answers and findings on the
real plans into their pages, and the workbook layout into the workbook reference. Every
generator returns ``{docs path: content}`` and
generates nothing for a part of the library that is not installed, so the site always builds.
"""

from __future__ import annotations

from .api import api_pages
from .catalogue import catalogue_pages
from .cli import cli_pages
from .frameworks import frameworks_pages
from .glossary import glossary_pages
from .json_output import json_output_pages
from .markers import render_markers
from .nav import expand_nav
from .pack_answers import pack_answers_pages
from .packs import pack_pages
from .pictures import picture_files
from .plan_format import plan_format_pages
from .profiles import profile_pages
from .real_plans import real_plans_pages
from .rules import rule_pages
from .workbook import workbook_pages

__all__ = ["build_pages", "expand_nav", "render_markers"]


def build_pages() -> dict[str, str | bytes]:
    """Every generated page and file, keyed by its path under ``docs/``, in a stable order."""
    pages: dict[str, str | bytes] = {}
    for generate in (
        glossary_pages,
        plan_format_pages,
        rule_pages,
        profile_pages,
        catalogue_pages,
        cli_pages,
        json_output_pages,
        frameworks_pages,
        pack_pages,
        pack_answers_pages,
        workbook_pages,
        api_pages,
        picture_files,
        real_plans_pages,
    ):
        pages.update(generate())
    return dict(sorted(pages.items()))
