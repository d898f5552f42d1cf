"""PK002: the plan says it follows a framework pack that is not installed."""

from __future__ import annotations

from collections.abc import Iterator

from ..errors import suggest
from .context import RuleContext
from .rule import Hit, Rule, hit


def check(ctx: RuleContext) -> Iterator[Hit]:
    """A plan's ``follows`` must name framework packs that exist.

    What it finds
    -------------
    An id in the plan's ``follows`` list that is neither a shipped framework pack (see
    ``preventionkit assess --list``) nor one an installed pack carries.

    Facts it reads
    --------------
    The plan's ``follows`` list and the framework packs installed. Only ids the plan states
    are checked, so the rule always judges; a plan that names no framework has nothing to
    ask.

    Why it matters
    --------------
    The guide asks that the work be checked against its checklist (002 §1.13); ``follows``
    says which guidance, Swedish or international, the plan is to be checked against, and
    ``preventionkit assess`` grades the plan against each pack it names (issue 17). A misspelt
    or uninstalled pack would be silently left out, so the plan would look checked against
    guidance it never met.

    Example
    -------
    ``follows: [who-inspyre]``.

    Fix
    ---
    Correct the id (``who-inspire``), or install the distribution that carries the pack.
    """
    if not ctx.plan.follows:
        return
    known = sorted(ctx.frameworks)
    for i, id in enumerate(ctx.plan.follows):
        if id not in ctx.frameworks:
            near = suggest(id, known)
            yield hit(
                f"follows[{i}]",
                "near" if near else None,
                pack=id,
                near=near or "",
                known=tuple(known),
            )


RULE = Rule(
    code="PK002",
    name="unknown-framework-pack",
    severity="error",
    sources=("002 §1.13",),
    variants=("near",),
    check=check,
    failing_example="""\
preventionkit: 2
id: exempel
title: Handlingsplan mot våld
follows: [who-inspyre]
""",
    passing_example="""\
preventionkit: 2
id: exempel
title: Handlingsplan mot våld
follows: [who-inspire, se-five-step]
""",
)
