"""PK001: a suppression in the plan gives no reason."""

from __future__ import annotations

from collections.abc import Iterator

from .context import RuleContext
from .rule import Hit, Rule, hit


def check(ctx: RuleContext) -> Iterator[Hit]:
    """Findings the plan accepts on purpose must say why.

    What it finds
    -------------
    An entry of the plan's ``suppress`` list without a ``reason``. Such an entry does not take
    effect: the finding it names is still reported.

    Facts it reads
    --------------
    ``suppress[].reason``. A suppression is something the plan states, so it is judged; a
    reason left out is exactly what the rule reports.

    Why it matters
    --------------
    Like a linter's ``noqa``, a suppression records a decision. A plan is a governing
    document that is followed up every year (001 p. 12, p. 15); without the reason the next
    reader cannot tell an informed choice from a silenced problem.

    Example
    -------
    ``suppress: [{code: PK602}]`` with no reason.

    Fix
    ---
    Write why the finding does not apply: ``{code: PK602, reason: "Civilsamhället deltar via
    UmeBrå-forum"}``.
    """
    for i, s in enumerate(ctx.plan.suppress):
        if not (s.reason and s.reason.strip()):
            yield hit(f"suppress[{i}]", code=s.code)


RULE = Rule(
    code="PK001",
    name="suppression-without-reason",
    severity="warning",
    sources=("001 p. 12", "001 p. 15"),
    check=check,
    suppressible=False,
    failing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
suppress:
  - {code: PK602}
""",
    passing_example="""\
preventionkit: 1
id: exempel
title: Handlingsplan mot våld
suppress:
  - {code: PK602, reason: "Civilsamhället deltar via det öppna samverkansforumet."}
""",
)
