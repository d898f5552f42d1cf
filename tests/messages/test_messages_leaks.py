"""No English and no raw codes leak into Swedish or Norwegian output (issue 13, "Tests that
make leaks impossible"): every rule's failing example, every load-error case of the corpus
and the embedded examples' validation, rendered in sv and nb, holds no sentence of the
English catalogue, no snake_case vocabulary code outside code spans and no catalogue key."""

from __future__ import annotations

import gettext
import re
import zipfile
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

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


# --- the words around the rules: hint, workbooks, CSV, files and the command line ----------


def test_hint_is_one_word_per_language() -> None:
    """The issue's "hint is tips, åtgärd and Gör så här": one word per language, wherever
    a hint is shown (a load error's line, a format's column, the report's heading)."""
    for lang in ("en", "sv", "nb"):
        column = messages.text("format.hint", lang)
        inline = messages.text("load.hint", lang, hint="X").removesuffix(": X")
        heading = messages.text("report.hint", lang)
        assert column.casefold() == inline.casefold() == heading.casefold(), lang


def _cli(*args: str) -> tuple[int, str]:
    from typer.testing import CliRunner

    from preventionkit.cli import app

    runner = CliRunner(env={"NO_COLOR": "1", "COLUMNS": "200", "PREVENTIONKIT_LANG": None})
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout + result.stderr


def _workbook_words(path: Path) -> list[str]:
    """What a person reads in a workbook besides the plan's own text: sheet names,
    headers and the notes on them."""
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.load_workbook(path)
    words: list[str] = []
    for ws in wb.worksheets:
        if ws.sheet_state == "hidden":
            continue  # the drop-down lists: codes and labels, never shown as a sheet
        words.append(ws.title)
        for cell in ws[1]:
            words += [str(cell.value or "")]
            if cell.comment is not None:
                words.append(cell.comment.text)
    return words


@pytest.mark.parametrize("lang", LANGS)
def test_the_workbook_commands_speak_the_language(lang: str, tmp_path: Path) -> None:
    """``export``, ``import`` and ``init --to x.xlsx`` say what they did, and write their
    workbook, in the language asked for."""
    pytest.importorskip("openpyxl")
    book, csv, back, merged = (tmp_path / n for n in ("p.xlsx", "a.csv", "b.yaml", "m.yaml"))
    runs = [
        ("export", "--example", "umea", "--to", str(book), "--lang", lang),
        ("export", "--example", "umea", "--to", str(csv), "--lang", lang),
        ("import", str(book), "--to", str(back), "--lang", lang),
        ("import", str(csv), "--plan", str(back), "--to", str(merged), "--lang", lang),
        ("init", "--to", str(tmp_path / "new.xlsx"), "--title", "Plan", "--lang", lang),
    ]
    wrote = messages.text("cli.wrote", lang, path="").strip()
    for args in runs:
        code, output = _cli(*args)
        assert code == 0, (args, output)
        assert wrote in output, (args, output)
        assert not leaks(output, lang), (args, leaks(output, lang))
    for path in (book, tmp_path / "new.xlsx"):
        for word in _workbook_words(path):
            assert not leaks(word, lang), (word, leaks(word, lang))


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def _bad_workbooks(tmp_path: Path) -> list[Path]:
    """Workbooks with one problem each, made from the Umeå example in Swedish: together
    with the corpus's workbooks they raise every workbook error the reader knows."""
    openpyxl = pytest.importorskip("openpyxl")
    from preventionkit.io.xlsx import to_xlsx

    good = tmp_path / "good.xlsx"
    to_xlsx(examples.load("umea"), good, lang="sv")
    edits: dict[str, Callable[[Any], None]] = {
        "error_value": lambda wb: wb["Aktiviteter"].__setitem__("B3", "#N/A"),
        "unknown_value": lambda wb: wb["Aktiviteter"].__setitem__("I3", "nonsens"),
        "near_value": lambda wb: wb["Aktiviteter"].__setitem__("I3", "Universel"),
        "unknown_column": lambda wb: wb["Aktiviteter"].__setitem__("D1", "Qqqxxz"),
        "near_column": lambda wb: wb["Aktiviteter"].__setitem__("D1", "Ansvarg"),
        "duplicate_column": lambda wb: wb["Aktiviteter"].__setitem__("E1", "Ansvarig"),
        "no_header": lambda wb: wb["Aktiviteter"].__setitem__("AZ3", "x"),
        # Two rows below the last field, whatever the number of plan fields.
        "no_field_name": lambda wb: wb["Plan"].__setitem__(f"B{wb['Plan'].max_row + 2}", "x"),
        "unknown_field": lambda wb: wb["Plan"].__setitem__(f"A{wb['Plan'].max_row + 2}", "Qqqxxz"),
        "duplicate_field": lambda wb: wb["Plan"].__setitem__("A3", "Titel"),
        "beyond_b": lambda wb: wb["Plan"].__setitem__("C3", "x"),
        "membership_body": lambda wb: wb["Medlemskap"].__setitem__("A2", "qqq"),
        "membership_no_body": lambda wb: wb["Medlemskap"].__setitem__("A2", None),
        "period_indicator": lambda wb: wb["Indikatorperioder"].append(["qqq", "2024"]),
        "period_no_indicator": lambda wb: wb["Indikatorperioder"].append([None, "2024"]),
        "breakdown_period": lambda wb: (
            wb["Indikatorperioder"].append(["unga-enkat", "2024"]),
            wb["Indikatoruppdelning"].append(["unga-enkat", "2032", "ålder", "unga"]),
            wb["Indikatoruppdelning"].append(["unga-enkat", None, "ålder", "unga"]),
        ),
        "breakdown_no_periods": lambda wb: wb["Indikatoruppdelning"].append(
            ["oppna-jamforelser", "2024", "ålder", "unga"]
        ),
        "labels": lambda wb: (
            wb["Egna begrepp"].append(["x-se:a", "arena", None, "A", None, "Feuerwehr", None, "s"]),
            wb["Egna begrepp"].append(["x-se:b", "arena", None, "B", None, "en: Bb", None, "s"]),
        ),
        "none_and_rows": lambda wb: wb["Mandat"].append(["(inga)"]),
        "two_sheets": lambda wb: wb.create_sheet("activities").append(["id"]),
        "unknown_sheet": lambda wb: setattr(wb["Finansiering"], "title", "Finansiring"),
        "no_plan_sheet": lambda wb: wb.remove(wb["Plan"]),
    }
    out = []
    for name, edit in edits.items():
        wb = openpyxl.load_workbook(good)
        edit(wb)
        wb.save(tmp_path / f"{name}.xlsx")
        out.append(tmp_path / f"{name}.xlsx")
    own = openpyxl.Workbook()
    own.active.append(["Namn", "Datum"])
    own.save(tmp_path / "no_sheets.xlsx")
    out.append(tmp_path / "no_sheets.xlsx")
    out.append(_zip(tmp_path / "xlsb.xlsx", {"xl/workbook.bin": b"x"}))
    out.append(_zip(tmp_path / "no_workbook.xlsx", {"docProps/app.xml": b"<x/>"}))
    (tmp_path / "damaged.xlsx").write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    out.append(tmp_path / "damaged.xlsx")
    out.append(_zip(tmp_path / "unreadable.xlsx", {"xl/workbook.xml": b"<not a workbook"}))
    with zipfile.ZipFile(good) as src:  # a sheet of 2 MB that does not state its size
        parts = {i.filename: src.read(i.filename) for i in src.infolist()}
    parts["xl/worksheets/sheet1.xml"] = b"<worksheet><sheetData>" + b"<row/>" * 400_000
    out.append(_zip(tmp_path / "tall.xlsx", parts))
    return out


def _workbook_issues(tmp_path: Path) -> list[pk.errors.LoadIssue]:
    from preventionkit.io import LoadLimits
    from preventionkit.io.xlsx import read_activities_csv

    cases = [p for p in sorted(BAD.iterdir()) if p.suffix in (".xlsx", ".xlsm")]
    issues: list[pk.errors.LoadIssue] = []
    for case in [*cases, *_bad_workbooks(tmp_path)]:
        with pytest.raises(PlanLoadError) as info:
            pk.load(case)
        issues += info.value.issues
    good = tmp_path / "good.xlsx"
    small = LoadLimits(max_bytes=good.stat().st_size + 1)
    with pytest.raises(PlanLoadError) as info:  # unpacks past the limit
        pk.load(good, limits=small)
    issues += info.value.issues
    huge = tmp_path / "huge.csv"
    huge.write_text("Id;Titel\n" + '"' + "x" * 200_000 + '";T\n', encoding="utf-8")
    with pytest.raises(PlanLoadError) as info:  # a field past the csv module's limit
        read_activities_csv(huge, examples.load("umea"))
    issues += info.value.issues
    return issues


@pytest.mark.parametrize("lang", LANGS)
def test_every_workbook_error_speaks_the_language(lang: str, tmp_path: Path) -> None:
    issues = _workbook_issues(tmp_path)
    for issue in issues:
        text = issue.format(lang)
        assert not leaks(text, lang), (text, leaks(text, lang))
    said = {i.message.key for i in issues} | {i.hint.key for i in issues if i.hint is not None}
    wanted = {k for k in _entries("en") if k.startswith("load.xlsx.")}
    # Built only by a package of more than 10,000 parts: rendered below instead.
    wanted -= {"load.xlsx.too_many_parts", "load.xlsx.too_many_parts.hint"}
    assert wanted <= said, sorted(wanted - said)
    for key in ("load.xlsx.too_many_parts", "load.xlsx.too_many_parts.hint"):
        assert not leaks(messages.text(key, lang, parts=10_001, limit=10_000), lang)


def _error_runs(tmp_path: Path) -> list[tuple[str, ...]]:
    """Command lines that fail in the ways a person meets: usage, reading, writing."""
    plan = tmp_path / "plan.yaml"
    plan.write_text(Path(examples.path("umea")).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "folder.html").mkdir()
    (tmp_path / "exists.yaml").write_text("x", encoding="utf-8")
    return [
        ("validate", str(tmp_path / "missing.yaml")),
        ("report", str(tmp_path / "folder.html")),
        ("validate", str(plan), "--example", "umea"),
        ("validate",),
        ("validate", "--example", "nowhere"),
        ("validate", "--example", "umea", "--as-of", "soon"),
        ("report", str(plan), "-o", str(plan)),
        ("report", str(plan), "-o", str(tmp_path / "folder.html")),
        ("report", str(plan), "-o", str(tmp_path / "nope" / "out.html")),
        ("export", "--example", "umea", "--to", str(tmp_path / "exists.yaml")),
        ("export", "--example", "umea", "--to", str(tmp_path / "plan.txt")),
        ("import", str(plan), "--to", str(tmp_path / "out.xlsx")),
        ("import", str(tmp_path / "a.csv"), "--to", str(tmp_path / "out.yaml")),
        ("catalogue", "nowhere"),
        ("validate", "--example", "umea", "--profile", "nope"),
        ("validate", "--example", "umea", "--select", "PK999"),
        ("report", "--example", "umea", "--profile", "municipl"),
        ("checklist", "--example", "umea", "--framework", "nope"),
        ("checklist", "--example", "umea", "--framework", "stepp1"),
        ("init", str(tmp_path / "new.yaml"), "--title", "T", "--start", "sometime"),
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_the_command_lines_errors_speak_the_language(lang: str, tmp_path: Path) -> None:
    """A command that fails says so in ``--lang``: usage problems, files that cannot be
    read or written, and the operating system's reason (``error.os.*``)."""
    error = messages.text("cli.error", lang, message="").strip()
    for args in _error_runs(tmp_path):
        code, output = _cli(*args, "--lang", lang)
        assert code == 2, (args, output)
        assert output.strip(), args
        assert not leaks(output, lang), (args, output, leaks(output, lang))
        # a usage problem says "Error:"; a file problem is a located line ending in [kind]
        assert error in output or output.rstrip().endswith("]"), (args, output)
        # and English not in any catalogue would read the same as in English
        assert output != _cli(*args, "--lang", "en")[1], (args, output)


@pytest.mark.parametrize("lang", LANGS)
def test_errors_below_the_command_line_speak_the_language(
    lang: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the library raises in words (an output past its cap, a missing extra, a file
    that cannot be written, a workbook that cannot hold a plan) renders in any language;
    ``str()`` stays English for the programmer."""
    import errno

    from preventionkit.errors import InvalidArgument, MissingExtraError, OutputTooLarge
    from preventionkit.io import FormatError, MigrationError
    from preventionkit.io.files import FileWriteError, os_reason
    from preventionkit.io.xlsx import WorkbookWriteError

    comment = messages.message("fmt.token.comment", text="'# x'")
    raised: list[Any] = [
        FormatError(messages.message("fmt.cannot_keep", what=comment), file="p.yaml", line=1),
        MigrationError(messages.message("migrate.changed"), "p.yaml"),
        OutputTooLarge("HTML report", 200, 100),
        MissingExtraError("reading YAML", "yaml"),
        InvalidArgument(messages.message("error.invalid.format", given="'xml'")),
        FileWriteError("out.html", os_reason(OSError(errno.ENOSPC, "No space left on device"))),
        WorkbookWriteError(messages.message("export.xlsx.list_item", item="''")).at("tags[0]"),
    ]
    for exc in raised:
        assert exc.text("en") == str(exc)
        assert exc.text(lang) != str(exc)
        assert not leaks(exc.text(lang), lang), (exc.text(lang), leaks(exc.text(lang), lang))
    # A name no catalogue has (a third party's) is shown as given, in every language.
    assert "Wiki export" in OutputTooLarge("Wiki export", 2, 1).text(lang)


@pytest.mark.parametrize("lang", LANGS)
def test_an_internal_error_and_an_interruption_speak_the_language(
    lang: str, capsys: pytest.CaptureFixture[str]
) -> None:
    import typer

    from preventionkit.cli import _common

    def boom(*, lang: str) -> None:
        raise RuntimeError("boom")

    def stop(*, lang: str) -> None:
        raise KeyboardInterrupt

    said = {
        3: messages.text("cli.internal_error", lang, error="RuntimeError", message="boom"),
        130: messages.text("cli.interrupted", lang),
    }
    for func, code in ((boom, 3), (stop, 130)):
        with pytest.raises(typer.Exit) as info:
            _common.guard(func)(lang=lang)
        assert info.value.exit_code == code
        line = capsys.readouterr().err.strip()
        assert line == said[code]
        assert line != messages.text(
            "cli.internal_error" if code == 3 else "cli.interrupted",
            "en",
            error="RuntimeError",
            message="boom",
        )
    assert "InternalError" in said[3]  # the word to search for in a bug report stays


def test_an_unknown_default_language_is_a_usage_error_not_a_bug() -> None:
    """``PREVENTIONKIT_LANG=xx`` is the user's setting, so it is a usage error (exit 2, one
    line in English, the only language left) listing the available ones; ``--lang`` wins."""
    from typer.testing import CliRunner

    from preventionkit.cli import app

    runner = CliRunner(env={"NO_COLOR": "1", "PREVENTIONKIT_LANG": "xx"})
    result = runner.invoke(app, ["validate", "--example", "umea"])
    assert result.exit_code == 2
    assert "InternalError" not in result.output
    assert "PREVENTIONKIT_LANG" in result.stderr
    assert "en, nb, sv" in result.stderr
    # --lang wins: the plan is validated (Umeå has no error since issue 16, so exit 0).
    assert runner.invoke(app, ["validate", "--example", "umea", "--lang", "sv"]).exit_code == 0
