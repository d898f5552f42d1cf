"""No English and no raw codes leak into Swedish or Norwegian output (issue 13, "Tests that
make leaks impossible"): every rule's failing example, every load-error case of the corpus
and the embedded examples' validation, rendered in sv and nb, holds no sentence of the
English catalogue, no snake_case vocabulary code outside code spans and no catalogue key."""

from __future__ import annotations

import gettext
import re
from functools import cache
from pathlib import Path

import pytest

import preventionkit as pk
from preventionkit import examples, messages
from preventionkit.errors import PlanLoadError
from preventionkit.messages._catalogue import translations
from preventionkit.rules import RULES
from preventionkit.rules.examples import example_plan
from preventionkit.rules.formats import format_markdown, format_text
from preventionkit.vocab import VOCABULARIES

BAD = Path(__file__).parents[1] / "bad"
LANGS = ("sv", "nb")
_FIELD = re.compile(r"\{[^{}]*\}")
# Code spans: `…` in Markdown and text, '…' around values to type in load errors.
_CODE_SPAN = re.compile(r"`[^`]*`|'[^'\s]*'")
# A finding's path in the plan, printed before its code ("follow_up: PK402 ..."): a location.
_PATH = re.compile(r"[\w.\[\]]+(?=: PK\d{3} )")
_KEY = re.compile(
    r"\b(?:rule|vocab|load|format|cli|graph|count|cite|severity|report|draw|checklist|scenario)"
    r"\.[A-Za-z0-9_]+\.[a-z0-9_.]+"
)
_SNAKE = sorted({m.value for v in VOCABULARIES for m in v if "_" in m.value}, key=len, reverse=True)


def _entries(lang: str) -> dict[str, tuple[str, ...]]:
    from babel.messages.pofile import read_po

    po = Path(messages.__file__).parent / "locale" / lang / "LC_MESSAGES" / "preventionkit.po"
    with po.open("rb") as fh:
        catalog = read_po(fh, locale=lang)
    out: dict[str, tuple[str, ...]] = {}
    for m in catalog:
        if m.id:
            key = m.id[0] if isinstance(m.id, tuple | list) else m.id
            strings = m.string if isinstance(m.string, tuple | list) else (m.string,)
            out[str(key)] = tuple(str(s) for s in strings)
    return out


@cache
def english_phrases(lang: str) -> tuple[str, ...]:
    """Runs of four or more words from English templates that the ``lang`` catalogue does
    not use for the same key: if one shows up in ``lang`` output, English leaked."""
    en, other = _entries("en"), _entries(lang)
    found: set[str] = set()
    for key, strings in en.items():
        theirs = " ".join(other.get(key, ()))
        for s in strings:
            for part in _FIELD.split(s):
                words = part.split()
                if len(words) >= 4 and part.strip() not in theirs:
                    found.add(" ".join(words))
    return tuple(sorted(found))


def leaks(text: str, lang: str) -> list[str]:
    """What in ``text`` is English, a raw code or a catalogue key."""
    flat = " ".join(text.split())
    problems = [f"English: {p!r}" for p in english_phrases(lang) if p in flat]
    outside = _PATH.sub(" ", _CODE_SPAN.sub(" ", flat))
    problems += [
        f"code: {c!r}" for c in _SNAKE if re.search(rf"(?<![\w.\[/-]){c}(?![\w/])", outside)
    ]
    problems += [f"key: {k!r}" for k in _KEY.findall(outside)]
    return problems


def test_the_leak_check_finds_english_codes_and_keys() -> None:
    english = messages.render(
        messages.message("rule.PK101.message", level=pk.PreventionLevel.UNIVERSAL), "en"
    )
    assert leaks(english, "sv")
    assert leaks("Planen saknar social_services", "sv") == ["code: 'social_services'"]
    assert leaks("Planen saknar `social_services`", "sv") == []
    assert leaks("se rule.PK101.hint", "nb") == ["key: 'rule.PK101.hint'"]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_every_rule_speaks_the_language(rule: pk.rules.Rule, lang: str) -> None:
    report = pk.validate(
        example_plan(rule, failing=True), lang=lang, select=[rule.code], as_of=rule.examples_as_of
    )
    found = report.findings + report.questions  # PK208 and PK405 only ever ask
    assert found, f"{rule.code}'s failing example finds nothing"
    for f in found:
        for text in (f.text(), f.hint_text() or "", rule.summary(lang)):
            assert not leaks(text, lang), (text, leaks(text, lang))


def _corpus() -> list[Path]:
    return sorted(
        p
        for p in BAD.iterdir()
        if p.suffix in (".yaml", ".json") and not p.name.endswith(".expected.json")
    )


@pytest.mark.parametrize("lang", LANGS)
def test_every_load_error_of_the_corpus_speaks_the_language(lang: str) -> None:
    kinds: set[str] = set()
    for case in _corpus():
        try:
            pk.load(case)
        except PlanLoadError as exc:
            for issue in exc.issues:
                kinds.add(issue.kind)
                text = issue.format(lang)
                assert not leaks(text, lang), (case.name, text, leaks(text, lang))
    assert len(kinds) >= 15, kinds


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", ["umea", "gavle", "vasterbotten"])
def test_the_examples_validation_speaks_the_language(name: str, lang: str) -> None:
    report = pk.validate(examples.load(name), lang=lang)
    for text in (format_text(report), format_markdown(report)):
        assert not leaks(text, lang), leaks(text, lang)


@pytest.mark.parametrize("lang", LANGS)
def test_every_key_renders_without_a_gap(lang: str) -> None:
    cat = translations(lang)
    assert isinstance(cat, gettext.GNUTranslations)
    for key in _entries("en"):
        assert cat.gettext(key) != key or key in _entries(lang)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", ["umea", "gavle", "vasterbotten"])
def test_the_examples_reports_speak_the_language(name: str, lang: str) -> None:
    from preventionkit.report import render_markdown

    plan = examples.load(name)
    text = render_markdown(plan, lang=lang)
    assert not leaks(text, lang), leaks(text, lang)


@pytest.mark.parametrize("lang", LANGS)
def test_the_drawings_words_speak_the_language(lang: str) -> None:
    from preventionkit.graph._draw import _t
    from preventionkit.graph._style import CATEGORIES, ROWS, category_label

    words = [category_label(c, lang) for c in CATEGORIES]
    words += [_t(f"row.{r}", lang) for r in ROWS]
    words += [_t(k, lang) for k in ("chain", "holder", "vacant", "vacant_legend", "one", "nodes")]
    words += [_t("edges", lang), _t("spof", lang), _t("as_of", lang, day="2020-01-01")]
    words += [k.label(lang) for k in pk.graph.EdgeKind]
    for word in words:
        assert not leaks(word, lang), (word, leaks(word, lang))
    english = {category_label(c, "en") for c in CATEGORIES} | {_t(f"row.{r}", "en") for r in ROWS}
    assert not english & set(words) - {"Plan"}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", ["umea", "gavle", "vasterbotten"])
@pytest.mark.parametrize(
    "command",
    [
        ("validate",),
        ("validate", "--format", "markdown"),
        ("checklist",),
        ("checklist", "--format", "markdown"),
        ("coverage",),
        ("report", "--format", "markdown"),
    ],
    ids=" ".join,
)
def test_the_commands_speak_the_language(command: tuple[str, ...], name: str, lang: str) -> None:
    """The issue's "done when": validate, checklist, coverage and report on each embedded
    example in sv and nb read as written in that country's language."""
    from typer.testing import CliRunner

    from preventionkit.cli import app

    runner = CliRunner(env={"NO_COLOR": "1", "COLUMNS": "200", "PREVENTIONKIT_LANG": None})
    result = runner.invoke(app, [*command, "--example", name, "--lang", lang])
    assert result.exit_code in (0, 1), result.output
    assert not leaks(result.stdout, lang), leaks(result.stdout, lang)


_HELP_SCRIPT = """
import sys
from typer.testing import CliRunner
from preventionkit.cli import app
runner = CliRunner(env={"NO_COLOR": "1", "COLUMNS": "200"})
for command in sys.argv[1:]:
    args = [command, "--help"] if command != "-" else ["--help"]
    print(runner.invoke(app, args).stdout)
"""


@pytest.mark.parametrize("lang", LANGS)
def test_the_command_line_help_speaks_the_default_language(lang: str) -> None:
    """Help is shown before --lang is read, so PREVENTIONKIT_LANG chooses its language."""
    import os
    import subprocess
    import sys

    commands = ["-", "validate", "coverage", "graph", "report", "checklist", "schema"]
    commands += ["example", "catalogue", "init", "fmt", "migrate"]
    run = subprocess.run(
        [sys.executable, "-c", _HELP_SCRIPT, *commands],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PREVENTIONKIT_LANG": lang},
    )
    own = {"sv": "Granska planer mot reglerna", "nb": "Gjennomgå planer mot reglene"}[lang]
    assert own in " ".join(run.stdout.split())
    english = {
        p for p in english_phrases(lang) if p.startswith(tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    }
    flat = " ".join(run.stdout.replace("│", " ").split())
    assert not [p for p in english if p in flat and "Show this message" not in p]
