"""The Swedish–English glossary, generated from ``preventionkit.vocab.VOCABULARIES``."""

from __future__ import annotations

from ._md import cell, first_line

__all__ = ["glossary_pages", "swedish_key"]

PATH = "concepts/glossary.md"

_SWEDISH_ORDER = str.maketrans({"å": "z\uffe1", "ä": "z\uffe2", "ö": "z\uffe3"})


def swedish_key(text: str) -> str:
    """A sort key in Swedish alphabetical order: å, ä and ö after z."""
    return text.casefold().translate(_SWEDISH_ORDER)


def glossary_pages() -> dict[str, str]:
    """The glossary page: an alphabetical Swedish–English list, then every vocabulary."""
    from preventionkit.vocab import VOCABULARIES

    out = [
        "# Glossary: Swedish–English",
        "",
        "Every term a plan file can hold, with its Swedish (*sv*) and English (*en*) label, what "
        "it means and the section of the source documents it rests on. Plan files hold the "
        "**value** (English snake_case); reports show the label in the language you ask for "
        '(`lang="sv"` or `lang="en"`).',
        "",
        '!!! info "Generated"',
        "    This page is generated from `preventionkit.vocab.VOCABULARIES` when the site is "
        "built, so it always matches the installed library.",
        "",
        "## Swedish to English",
        "",
        "| svenska | norsk (bokmål) | English | value | vocabulary |",
        "|---|---|---|---|---|",
    ]
    rows = sorted(
        (
            (m.label("sv"), m.label("nb"), m.label("en"), m.value, vocab.__name__)
            for vocab in VOCABULARIES
            for m in vocab
        ),
        key=lambda r: (swedish_key(r[0]), r[4]),
    )
    for sv, nb, en, value, vocab in rows:
        out.append(
            f"| *{cell(sv)}* | *{cell(nb)}* | {cell(en)} | `{value}` | [{vocab}](#{vocab.lower()}) |"
        )
    out += ["", "## Vocabularies", ""]
    for vocab in VOCABULARIES:
        out += [
            f"### {vocab.__name__}",
            "",
            first_line(vocab.__doc__),
            "",
            "| value | svenska | norsk (bokmål) | English | meaning | source |",
            "|---|---|---|---|---|---|",
        ]
        for m in vocab:
            out.append(
                f"| `{m.value}` | *{cell(m.label('sv'))}* | *{cell(m.label('nb'))}* "
                f"| {cell(m.label('en'))} | {cell(m.description('en'))} "
                f"| {cell(m.source)} |"
            )
        out.append("")
    return {PATH: "\n".join(out) + "\n"}
