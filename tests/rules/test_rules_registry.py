"""The registry: every rule of design.md's table (plus PK001, PK207, PK303, PK304), each with
its code, name, severity, sources, messages in both languages and a documented docstring."""

from __future__ import annotations

import importlib
import re
import string
from pathlib import Path

import pytest

import preventionkit as pk
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


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_registry_holds_every_rule_of_the_table_with_its_severity() -> None:
    got = {r.code: r.severity for r in RULES}
    assert got == {**DESIGN_TABLE, **ISSUE_EXTRAS}


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
    assert list(sections) == list(DOC_SECTIONS)
    assert all(sections.values())
    assert re.search(r"\d{3} (§|p\.|Förord|Rekommendationer|[A-ZÅÄÖ])", sections["Why it matters"])


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_messages_exist_in_both_languages_with_the_same_placeholders(rule: Rule) -> None:
    variants = [None, *rule.variants]
    for variant in variants:
        msg_sv, hint_sv = rule.templates(variant, "sv")
        msg_en, hint_en = rule.templates(variant, "en")
        for text in (msg_sv, hint_sv, msg_en, hint_en):
            assert text.strip()
        assert msg_sv != msg_en
        assert hint_sv != hint_en
        assert _fields(msg_sv) == _fields(msg_en)
        assert _fields(hint_sv) == _fields(hint_en)
    assert rule.summary("sv") != rule.summary("en")


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_swedish_messages_are_swedish(rule: Rule) -> None:
    """A crude but real check: Swedish templates use Swedish function words, not English."""
    for variant in [None, *rule.variants]:
        msg_sv, _ = rule.templates(variant, "sv")
        words = set(re.findall(r"[a-zåäö]+", msg_sv.lower()))
        assert not words & {"the", "has", "no", "is", "of", "and"}, msg_sv
        assert words & {
            "planen",
            "ingen",
            "inga",
            "saknar",
            "och",
            "för",
            "som",
            "i",
            "på",
            "är",
            "sårbar",
        }


def test_rule_refuses_a_malformed_code() -> None:
    rule = RULES[0]
    with pytest.raises(ValueError, match="PK123"):
        Rule(
            code="X1",
            name=rule.name,
            severity="info",
            sources=rule.sources,
            summary_en="a",
            summary_sv="b",
            message_en="c",
            message_sv="d",
            hint_en="e",
            hint_sv="f",
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
