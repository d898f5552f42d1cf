"""The engine fills each rule's message templates once per rule and variant (issue 21); what
it makes is what :meth:`Rule.explain` makes on its own."""

from __future__ import annotations

from preventionkit.rules import RuleContext, get_profile, get_rule
from preventionkit.testing import synthetic_plan


def test_explain_with_kept_templates_is_explain_alone() -> None:
    plan = synthetic_plan(40, seed=5)
    ctx = RuleContext(plan, get_profile("municipal"))
    seen = 0
    for code in ("PK101", "PK302", "PK601", "PK204", "PK402"):
        rule = get_rule(code)
        for found in rule.check(ctx):
            alone = rule.explain(found)
            kept = rule.explain(found, rule.templates(found.variant))
            assert kept == alone
            assert [dict(m.default) for m in kept] == [dict(m.default) for m in alone]
            assert kept[0].render("sv") == alone[0].render("sv")
            seen += 1
    assert seen
