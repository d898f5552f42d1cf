"""The generated reference pages: every rule code has a page and every rule page a code; the
rule examples do what their page says; the glossary and plan format cover their registries."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "docs" / "hooks"))

from pk_gen import build_pages, expand_nav, render_markers  # noqa: E402
from pk_gen.glossary import glossary_pages  # noqa: E402
from pk_gen.markers import MARKERS  # noqa: E402
from pk_gen.pictures import CHAIN_PNG, COVERAGE_PNG  # noqa: E402
from pk_gen.plan_format import plan_format_pages  # noqa: E402
from pk_gen.rules import all_rules, page_path, rule_pages  # noqa: E402

import preventionkit as pk  # noqa: E402
from preventionkit.vocab import VOCABULARIES  # noqa: E402

RULES = all_rules()
RULE_IDS = [r.code for r in RULES]


def test_the_rule_registry_is_wired() -> None:
    from preventionkit import rules

    assert [r.code for r in RULES] == sorted(r.code for r in rules.RULES)
    assert len(RULES) >= 18


def test_every_rule_code_has_a_page_and_every_page_a_code() -> None:
    generated = rule_pages()
    rule_files = {p for p in generated if p.startswith("reference/rules/PK")}
    assert rule_files == {page_path(code) for code in RULE_IDS}
    index = generated["reference/rules/index.md"]
    for code in RULE_IDS:
        assert f"[{code}]({code}.md)" in index


@pytest.mark.parametrize("rule", RULES, ids=RULE_IDS)
def test_rule_page_has_every_section(rule: object) -> None:
    page = rule_pages()[page_path(rule.code)]  # type: ignore[attr-defined]
    assert page.startswith(f"# {rule.code} ")  # type: ignore[attr-defined]
    for heading in ("## What it finds", "## Why it matters", "## Example", "## Fix"):
        assert heading in page
    assert rule.failing_example.strip() in page  # type: ignore[attr-defined]
    assert rule.passing_example.strip() in page  # type: ignore[attr-defined]


@pytest.mark.parametrize("rule", RULES, ids=RULE_IDS)
def test_rule_examples_fail_and_pass(rule: object) -> None:
    code = rule.code  # type: ignore[attr-defined]
    try:
        failing = pk.loads(rule.failing_example, format="yaml")  # type: ignore[attr-defined]
    except pk.PlanLoadError:
        # A problem the loader itself rejects (a cycle): the page shows the load error.
        failing = None
    day = getattr(rule, "examples_as_of", None)
    if failing is not None:
        report = pk.validate(failing, select=[code], as_of=day)
        # A rule that only ever asks (PK208, PK405) shows its question.
        codes = {f.code for f in report.findings + report.questions}
        assert code in codes, f"{code}: the failing example does not trigger the rule"
    passing = pk.loads(rule.passing_example, format="yaml")  # type: ignore[attr-defined]
    report = pk.validate(passing, select=[code], as_of=day)
    codes = {f.code for f in report.findings + report.questions}
    assert code not in codes, f"{code}: the passing example triggers the rule"


def test_glossary_lists_every_term() -> None:
    page = glossary_pages()["concepts/glossary.md"]
    for vocab in VOCABULARIES:
        assert f"### {vocab.__name__}" in page
        for member in vocab:
            assert f"`{member.value}`" in page
            assert member.label("sv") in page


def test_plan_format_lists_every_field() -> None:
    generated = plan_format_pages()
    page = generated["reference/plan-format.md"]
    spec = pk.schema()
    for name in spec["properties"]:
        assert f"| `{name}` |" in page
    for name, definition in spec["$defs"].items():
        if "properties" in definition:
            assert f"### {name}" in page
    assert generated["schemas/plan.schema.json"] == pk.io.schema_json()


def test_nav_expands_generated_sections() -> None:
    pages: dict[str, str | bytes] = dict(rule_pages())
    nav = [{"Rules": "reference/rules/index.md"}, {"Performance": "performance.md"}]
    expanded = expand_nav(nav, pages, set(pages))
    section = expanded[0]["Rules"]
    assert section[0] == "reference/rules/index.md"
    assert [next(iter(item.values())) for item in section[1:]] == [
        page_path(code) for code in RULE_IDS
    ]
    assert expanded[1:] == []  # performance.md is optional and absent here


def test_markers_are_replaced_and_unknown_ones_fail() -> None:
    text = "before\n<!-- pk:umea-chain -->\nafter\n"
    rendered = render_markers(text)
    assert "<!-- pk:" not in rendered
    assert rendered.startswith("before\n")
    assert rendered.endswith("after\n")
    with pytest.raises(ValueError, match="unknown marker"):
        render_markers("<!-- pk:no-such-marker -->\n", "page.md")
    assert set(MARKERS) >= {"umea-chain", "umea-coverage"}


def test_every_marker_in_the_docs_is_known() -> None:
    import re

    for page in (ROOT / "docs").rglob("*.md"):
        for name in re.findall(r"^<!-- pk:([\w-]+) -->$", page.read_text("utf-8"), re.M):
            assert name in MARKERS, f"{page}: {name}"


def test_glossary_sorts_in_swedish_order() -> None:
    from pk_gen.glossary import swedish_key

    words = ["öppen", "ålder", "zebra", "äldre", "arena"]
    assert sorted(words, key=swedish_key) == ["arena", "zebra", "ålder", "äldre", "öppen"]


def test_cli_page_documents_every_command() -> None:
    import typer
    from pk_gen.cli import cli_pages

    from preventionkit.cli import app

    page = cli_pages()["reference/cli.md"]
    commands = typer.main.get_command(app).commands  # type: ignore[attr-defined]
    assert len(commands) >= 9
    for name, command in commands.items():
        assert f"## {name}\n" in page
        assert f"preventionkit {name} [OPTIONS]" in page
        for param in command.params:
            if param.param_type_name == "option" and not param.hidden:  # type: ignore[attr-defined]
                assert f"`{param.opts[0]}`" in page, (name, param.opts)
            elif param.param_type_name == "argument":
                assert f"`{(param.name or '').upper()}`" in page, (name, param.name)


def test_frameworks_page_lists_every_checklist_item() -> None:
    from pk_gen.frameworks import frameworks_pages

    from preventionkit import frameworks

    page = frameworks_pages()["reference/frameworks.md"]
    items = frameworks.checklist("step1")
    assert len(items) == 9
    for item in items:
        assert f"| step1.{item.number} | *{item.question_sv}*" in page
    for goal in frameworks.national_strategy().goals:
        assert f"`{goal.goal.value}`" in page


def test_build_pages_has_every_generated_page(monkeypatch: pytest.MonkeyPatch) -> None:
    import pk_gen

    # The drawings take seconds; they are checked on their own below and by the docs build.
    monkeypatch.setattr(pk_gen, "picture_files", dict)
    pages = build_pages()
    for path in (
        "concepts/glossary.md",
        "reference/plan-format.md",
        "reference/rules/index.md",
        "reference/catalogue.md",
        "reference/frameworks.md",
        "reference/cli.md",
        "reference/api/index.md",
        "schemas/plan.schema.json",
    ):
        assert path in pages
    assert list(pages) == sorted(pages)


def test_umea_pictures() -> None:
    from pk_gen.pictures import coverage_heatmap_png, umea_chain_mermaid

    png = coverage_heatmap_png(pk.examples.load("umea"), "Umeå")
    assert png.startswith(b"\x89PNG")
    chain = umea_chain_mermaid()
    assert f"](../{CHAIN_PNG})" in chain
    assert "```mermaid\n    flowchart TD" in chain
    assert "Samverkansrådet mot våld" in chain
    assert COVERAGE_PNG.endswith(".png")


def test_catalogue_page_lists_every_entry() -> None:
    from pk_gen.catalogue import catalogue_pages

    page = catalogue_pages()["reference/catalogue.md"]
    entries = pk.catalogue.entries()
    assert len(entries) >= 20
    for entry in entries:
        assert f"{{ #{entry.id} }}" in page
        assert entry.name_sv in page


def test_api_pages_cover_every_public_subpackage() -> None:
    from pk_gen.api import SUBPACKAGES, api_pages

    pages = api_pages()
    for name, _title in SUBPACKAGES:
        assert f"\n::: preventionkit.{name}\n" in pages[f"reference/api/{name}.md"]
    assert "\n::: preventionkit.io.xlsx\n" in pages["reference/api/io.md"]
    index = pages["reference/api/index.md"]
    for name in pk.__all__:
        if not name.startswith("_"):
            assert f"`pk.{name}`" in index


def test_the_profiles_page_lists_every_profile_and_every_rule_for_some_plans() -> None:
    from pk_gen.profiles import PATH, profile_pages

    page = profile_pages()[PATH]
    for name in pk.rules.PROFILES:
        assert f"| `{name}`" in page
    scoped = [r.code for r in pk.rules.RULES if not r.applies_to.everywhere]
    assert scoped
    for code in scoped:
        assert f"[{code}](rules/{code}.md)" in page


@pytest.mark.parametrize("rule", RULES, ids=RULE_IDS)
def test_every_rule_page_says_where_it_applies(rule: object) -> None:
    page = rule_pages()[page_path(rule.code)]  # type: ignore[attr-defined]
    assert "## Where it applies" in page
    where = page.split("## Where it applies", 1)[1].split("##", 1)[0]
    assert "`municipal`" in where
    if rule.applies_to.everywhere:  # type: ignore[attr-defined]
        assert "every profile" in where
    else:
        assert "not under" in where
