"""The registry: every rule of design.md's table (plus PK001, PK207, PK303, PK304), each with
its code, name, severity, sources, messages in both languages and a documented docstring."""

from __future__ import annotations

import importlib
import re
import string
from pathlib import Path

import pytest

import preventionkit as pk
from preventionkit import messages
from preventionkit.rules import DOC_SECTIONS, RULES, Rule, get_rule, registry

DESIGN_TABLE = {
    "PK101": "error",
    "PK102": "warning",
    "PK103": "info",
    "PK201": "error",
    "PK202": "warning",
    "PK203": "warning",
    "PK204": "error",
    "PK205": "warning",
    "PK206": "error",
    "PK301": "error",
    "PK302": "warning",
    "PK401": "warning",
    "PK402": "warning",
    "PK403": "info",
    "PK501": "error",
    "PK502": "warning",
    "PK601": "warning",
    "PK602": "info",
}
ISSUE_EXTRAS = {
    "PK207": "warning",
    "PK303": "warning",
    "PK304": "warning",
    "PK001": "warning",
    "PK002": "error",
}
ISSUE_16_MISSES = {
    "PK208": "warning",
    "PK209": "warning",
    "PK210": "warning",
    "PK305": "info",
    "PK404": "error",
    "PK405": "warning",
    "PK406": "warning",
    "PK407": "warning",
    "PK408": "warning",
    "PK409": "warning",
    "PK410": "warning",
    "PK503": "warning",
    "PK504": "warning",
    "PK505": "warning",
}


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_registry_holds_every_rule_of_the_table_with_its_severity() -> None:
    got = {r.code: r.severity for r in RULES}
    assert got == {**DESIGN_TABLE, **ISSUE_EXTRAS, **ISSUE_16_MISSES}


def test_registry_is_sorted_unique_and_stable() -> None:
    codes = [r.code for r in registry()]
    assert codes == sorted(set(codes))
    assert registry() is registry()
    assert tuple(RULES) == registry()


def test_get_rule_finds_codes_case_insensitively_and_refuses_unknown() -> None:
    assert get_rule("pk201").code == "PK201"
    with pytest.raises(KeyError, match="PK999"):
        get_rule("PK999")


def test_each_rule_lives_in_a_module_named_by_its_code() -> None:
    folder = Path(importlib.import_module("preventionkit.rules").__file__ or "").parent
    for rule in RULES:
        (module,) = folder.glob(f"{rule.code.lower()}_*.py")
        assert importlib.import_module(f"preventionkit.rules.{module.stem}").RULE is rule


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_has_name_sources_and_docstring_sections(rule: Rule) -> None:
    assert re.fullmatch(r"[a-z]+(-[a-z]+)*", rule.name)
    assert rule.sources
    assert all(s.strip() for s in rule.sources)
    sections = rule.doc_sections()
    # Every section is required, "Facts it reads" too: which facts the rule reads and what it
    # does when the plan does not state them (issue 16).
    assert list(sections) == list(DOC_SECTIONS)
    assert all(sections.values())
    assert re.search(r"\d{3} (§|p\.|Förord|Rekommendationer|[A-ZÅÄÖ])", sections["Why it matters"])


def _template(key: str, lang: str) -> str:
    """The raw catalogue entry (every plural form joined), so placeholders can be compared."""
    cat = messages._catalogue.translations(lang)
    single = cat.gettext(key)
    if single != key:
        return single
    return " ".join(cat.ngettext(key, key, n) for n in (1, 2))


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_messages_exist_in_every_language_with_the_same_placeholders(rule: Rule) -> None:
    keys = [f"rule.{rule.code}.summary"]
    for variant in [None, *rule.variants]:
        keys += [rule.key(variant, "message"), rule.key(variant, "hint")]
    for key in keys:
        texts = {lang: _template(key, lang) for lang in messages.BUILTIN_LANGUAGES}
        for lang, text in texts.items():
            assert text.strip(), f"{key} is empty in {lang}"
            assert text != key, f"{key} is missing in {lang}"
        assert texts["sv"] != texts["en"], key
        assert texts["nb"] != texts["en"], key
        assert _fields(texts["sv"]) - {"n"} == _fields(texts["en"]) - {"n"}, key
        assert _fields(texts["nb"]) - {"n"} == _fields(texts["en"]) - {"n"}, key


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_swedish_and_norwegian_messages_are_not_english(rule: Rule) -> None:
    """A crude but real check: the templates use their own function words, not English."""
    own = {
        "sv": {"planen", "ingen", "inga", "saknar", "och", "för", "som", "i", "på", "är", "sårbar"},
        "nb": {"planen", "ingen", "mangler", "og", "for", "som", "i", "på", "er", "til", "kritisk"},
    }
    for variant in [None, *rule.variants]:
        for lang, words_of_lang in own.items():
            text = _template(rule.key(variant, "message"), lang)
            words = set(re.findall(r"[a-zåäöæø]+", text.lower()))
            assert not words & {"the", "has", "no", "is", "of", "and"}, text
            assert words & words_of_lang, text


def test_a_variant_the_rule_does_not_declare_is_an_error() -> None:
    with pytest.raises(KeyError, match="no message variant"):
        RULES[0].key("nonexistent")


def test_rule_refuses_a_malformed_code() -> None:
    rule = RULES[0]
    with pytest.raises(ValueError, match="PK123"):
        Rule(
            code="X1",
            name=rule.name,
            severity="info",
            sources=rule.sources,
            check=rule.check,
            failing_example="",
            passing_example="",
        )


def test_public_names_are_exported_from_the_package() -> None:
    from preventionkit.rules import Coverage, Finding, ValidationReport, coverage, validate

    assert pk.validate is validate
    assert pk.coverage is coverage
    assert pk.ValidationReport is ValidationReport
    assert pk.Finding is Finding
    assert pk.Coverage is Coverage
    assert pk.Rule is Rule
    assert pk.rules.RULES is RULES
    import preventionkit.rules as rules_pkg

    assert len(set(rules_pkg.__all__)) == len(rules_pkg.__all__)
    assert all(not n.startswith("_") and hasattr(rules_pkg, n) for n in rules_pkg.__all__)
