"""The programme catalogue page, generated from ``preventionkit.catalogue.entries()``."""

from __future__ import annotations

from typing import Any

from ._md import cell

__all__ = ["catalogue_pages"]

PATH = "reference/catalogue.md"


def _values(items: Any) -> str:
    return ", ".join(f"`{getattr(i, 'value', i)}`" for i in items) or "—"


def catalogue_pages() -> dict[str, str]:
    """The catalogue: every programme, method, instrument, policy, training and campaign."""
    from preventionkit.catalogue import entries
    from preventionkit.vocab import ProgrammeKind

    programmes = entries()
    out = [
        "# Programme catalogue",
        "",
        "Programmes, methods, assessment instruments, policies, trainings and campaigns named "
        "in the source documents. An activity names one with `programme: <id>`. The catalogue "
        "is advice, not a gate: a plan may name any programme, describing one the catalogue "
        "lacks under `programmes:` (name, levels, evidence, source); PK303 compares the "
        "activity's levels with the entry's and asks about a programme described nowhere, "
        'with the closest id. Search it from Python with `pk.catalogue.search("parent")` or on '
        "the command line with `preventionkit catalogue`.",
        "",
        '!!! info "Generated"',
        "    This page is generated from the catalogue's package data when the site is built.",
        "",
        "| id | name (sv) | name (en) | kind | prevention levels | source |",
        "|---|---|---|---|---|---|",
    ]
    for p in programmes:
        out.append(
            f"| [`{p.id}`](#{p.id}) | *{cell(p.name_sv)}* | {cell(p.name_en)} | {p.kind.label('en')} "
            f"| {_values(p.prevention_levels)} | {cell(p.source)} |"
        )
    out.append("")
    for kind in ProgrammeKind:
        group = [p for p in programmes if p.kind is kind]
        if not group:
            continue
        out += [f"## {kind.label('en').capitalize()} (*{kind.label('sv')}*)", ""]
        for p in group:
            out += [
                f"### {p.name_en} {{ #{p.id} }}",
                "",
                f"*{p.name_sv}* · id `{p.id}` · source {cell(p.source)}",
                "",
                p.description,
                "",
                f"- prevention levels: {_values(p.prevention_levels)}",
                f"- social-ecological levels: {_values(p.ecological_levels)}",
                f"- arenas: {_values(p.arenas)}",
                f"- target groups: {_values(p.target_groups)}",
                f"- violence areas: {_values(p.violence_areas)}",
                "",
            ]
    return {PATH: "\n".join(out)}
