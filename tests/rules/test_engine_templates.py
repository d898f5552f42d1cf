"""The engine fills each rule's message templates once per rule and variant (issue 21); what
it makes is what :meth:`Rule.explain` makes on its own."""

from __future__ import annotations

import preventionkit as pk
from preventionkit.rules import RuleContext, get_profile, select_rules
from preventionkit.testing import synthetic_plan


def test_explain_with_kept_templates_is_explain_alone() -> None:
    seen = 0
    for plan in (pk.examples.load("umea"), synthetic_plan(40, seed=5)):
        ctx = RuleContext(plan, get_profile("municipal"))
        for rule in select_rules():
            for found in rule.check(ctx):
                alone = rule.explain(found)
                kept = rule.explain(found, rule.templates(found.variant))
                assert kept == alone
                assert [dict(m.default) for m in kept] == [dict(m.default) for m in alone]
                assert [m.render("sv") for m in kept] == [m.render("sv") for m in alone]
                seen += 1
    assert seen > 10
