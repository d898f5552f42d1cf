"""Every rule's failing example triggers it and its passing example does not, in both
languages; these examples are what the docs pages show."""

from __future__ import annotations

import pytest

from preventionkit.errors import PlanLoadError
from preventionkit.io import loads
from preventionkit.rules import RULES, Rule, validate
from preventionkit.rules.examples import construct_unchecked, example_plan


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_failing_example_triggers_the_rule(rule: Rule) -> None:
    plan = example_plan(rule, failing=True)
    for lang in ("en", "sv"):
        found = validate(plan, lang=lang).by_code(rule.code)
        assert found, f"{rule.code} did not fire on its failing example"
        for f in found:
            assert f.code == rule.code
            assert f.severity == rule.severity
            assert f.source == rule.source
            assert f.text()
            assert f.hint_text()
            assert "{" not in f.text().replace("{{", "")


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_passing_example_does_not_trigger_the_rule(rule: Rule) -> None:
    plan = loads(rule.passing_example, format="yaml")
    assert not validate(plan).by_code(rule.code)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_messages_differ_between_the_languages(rule: Rule) -> None:
    plan = example_plan(rule, failing=True)
    en = validate(plan, lang="en", select=[rule.code]).findings
    sv = validate(plan, lang="sv", select=[rule.code]).findings
    assert len(en) == len(sv)
    assert [f.path for f in en] == [f.path for f in sv]
    assert all(a.text() != b.text() for a, b in zip(en, sv, strict=True))


def test_failing_examples_load_except_the_documented_unchecked_one() -> None:
    unchecked = [r.code for r in RULES if r.unchecked_examples]
    assert unchecked == ["PK206"]
    with pytest.raises(PlanLoadError):
        loads(RULES[[r.code for r in RULES].index("PK206")].failing_example, format="yaml")
    for rule in RULES:
        if not rule.unchecked_examples:
            loads(rule.failing_example, format="yaml")


def test_failing_examples_point_at_lines_of_their_yaml() -> None:
    pk101 = RULES[[r.code for r in RULES].index("PK101")]
    plan = loads(pk101.failing_example, format="yaml")
    (finding,) = validate(plan, select=["PK101"]).findings
    lines = pk101.failing_example.splitlines()
    key_line = next(i for i, text in enumerate(lines, 1) if text.startswith("activities:"))
    assert finding.line in (key_line, key_line + 1)
    assert finding.column is not None


def test_construct_unchecked_validates_records_but_not_the_plan() -> None:
    plan = construct_unchecked(
        "preventionkit: 1\nid: p\ntitle: T\n"
        "bodies:\n  - {id: a, name: A, role: network, reports_to: a}\n"
    )
    assert plan.bodies[0].reports_to == "a"
    with pytest.raises(ValueError, match="validation error"):
        construct_unchecked("preventionkit: 1\nid: p\ntitle: T\nbodies:\n  - {id: a}\n")
