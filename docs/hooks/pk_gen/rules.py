"""One page per rule, generated from the rule registry ``preventionkit.rules.RULES``.

Each page shows the code, name, severity and sources, the docstring sections (*What it finds*,
*Why it matters*, *Example*, *Fix*), the rule's failing and passing example plans, and the
findings the installed validator reports on the failing one.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ._md import cell, rst_roles
from ._registry import optional

__all__ = ["INDEX", "all_rules", "page_path", "rule_pages"]

INDEX = "reference/rules/index.md"


def page_path(code: str) -> str:
    """Where the page of rule ``code`` lives under ``docs/``."""
    return f"reference/rules/{code}.md"


def all_rules() -> list[Any]:
    """Every registered rule sorted by code, or an empty list while there is no registry."""
    module = optional("preventionkit.rules")
    registry = getattr(module, "RULES", None) if module is not None else None
    if registry is None:
        return []
    rules: Iterable[Any] = registry.values() if hasattr(registry, "values") else registry
    return sorted(rules, key=lambda r: r.code)


def _findings_on(rule: Any, text: str) -> tuple[list[str], bool]:
    """What the installed validator says about ``text``: finding lines, and whether it loaded.

    Some problems (a cycle in ``reports_to``) stop a plan from loading at all; then the load
    errors are what a user sees, so they are what the page shows.
    """
    import preventionkit as pk
    from preventionkit.rules import validate

    try:
        plan = pk.loads(text, format="yaml")
    except pk.PlanLoadError as error:
        return [str(issue) for issue in error.issues], False
    report = validate(plan, select=[rule.code], as_of=getattr(rule, "examples_as_of", None))
    found = report.findings + report.questions  # a rule that only ever asks shows its question
    return [str(f) for f in found if f.code == rule.code], True


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _where(rule: Any) -> list[str]:
    """The section saying where the rule applies: its scope and the built-in profiles it runs
    under (issue 16: every rule's page says where it applies)."""
    module = optional("preventionkit.rules")
    scope = getattr(rule, "applies_to", None)
    profiles = getattr(module, "PROFILES", None) if module is not None else None
    if scope is None or profiles is None:
        return []
    under = [name for name, profile in profiles.items() if scope.fits(profile)]
    not_under = [name for name in profiles if name not in under]
    names = ", ".join(f"`{n}`" for n in under)
    out = ["## Where it applies", ""]
    if scope.everywhere:
        out.append(
            f"Every plan, whatever its country and kind: the rule runs under every profile "
            f"({names}, and those of packs)."
        )
    else:
        what = []
        if scope.kinds is not None:
            what.append("plans of kind " + " or ".join(f"`{k.value}`" for k in scope.kinds))
        else:
            what.append("plans of every kind")
        if scope.jurisdictions is not None:
            what.append("under the law of " + " or ".join(f"`{j}`" for j in scope.jurisdictions))
        out.append(
            f"{_capital(' '.join(what))} (`applies_to`): the rule runs under the built-in "
            f"profile{'s' if len(under) != 1 else ''} {names or 'none'}, and under a pack's "
            "profile that declares the same jurisdiction and kind; not under "
            + ", ".join(f"`{n}`" for n in not_under)
            + " ([profiles](../profiles.md))."
        )
    return [*out, ""]


def _rule_page(rule: Any) -> str:
    sections: dict[str, str] = rule.doc_sections()
    severity = rule.severity
    out = [
        f"# {rule.code} {rule.name}",
        "",
        "| code | name | severity | sources |",
        "|---|---|---|---|",
        f"| `{rule.code}` | `{rule.name}` | **{severity}** | {cell(rule.source)} |",
        "",
    ]
    day = getattr(rule, "examples_as_of", None)
    out += [
        f"> {rule.summary('en')}",
        ">",
        f"> *{rule.summary('sv')}* (sv)",
        ">",
        f"> *{rule.summary('nb')}* (nb)",
        "",
    ]
    out += _where(rule)
    for heading in ("What it finds", "Facts it reads", "Why it matters", "Example"):
        body = sections.get(heading)
        if body:
            out += [f"## {heading}", "", rst_roles(body), ""]
    if "Example" not in sections:
        out += ["## Example", ""]
    out += [
        "A plan that triggers the rule:",
        "",
        "```yaml",
        rule.failing_example.rstrip("\n"),
        "```",
        "",
    ]
    lines, loaded = _findings_on(rule, rule.failing_example)
    if lines:
        said = (
            "What the validator reports on it (`pk.validate`, as `str(finding)`"
            + (f", judged on {day}" if day else "")
            + "):"
            if loaded
            else "The plan does not even load; the loader reports:"
        )
        out += [said, "", "```text", *lines, "```", ""]
    out += [
        "The same plan put right:",
        "",
        "```yaml",
        rule.passing_example.rstrip("\n"),
        "```",
        "",
    ]
    if sections.get("Fix"):
        out += ["## Fix", "", rst_roles(sections["Fix"]), ""]
    if getattr(rule, "suppressible", True):
        out += [
            "## Turning it off",
            "",
            f'Leave it out of one run with `pk.validate(plan, ignore=["{rule.code}"])` or '
            f"`preventionkit validate --ignore {rule.code}`; accept a finding for good, with the "
            "reason, in the plan itself:",
            "",
            "```yaml",
            "suppress:",
            f"  - code: {rule.code}",
            "    reason: Why this does not apply to our plan",
            "```",
            "",
        ]
    return "\n".join(out)


def _index(rules: list[Any]) -> str:
    out = [
        "# Rules",
        "",
        "`pk.validate(plan)` and `preventionkit validate` run these rules. Each has a code that "
        "never changes, a severity (an **error** makes the report not ok; warnings and info "
        "do not), and the sections of the source documents it rests on. Each page below is "
        "generated from the rule itself, with a plan that triggers it and one that does not; "
        "the test suite runs both. These are the built-in rules (the pack `preventionkit`, "
        "prefix `PK`); packs of your own add rules under a prefix of their own — see "
        "[Write your own rule](../../tutorials/05-write-a-rule.md).",
        "",
    ]
    if not rules:
        out += [
            '!!! warning "No rule registry"',
            "    This build of the library has no `preventionkit.rules` registry, so there are "
            "no rule pages.",
            "",
        ]
        return "\n".join(out)
    out += ["| code | name | severity | what it finds | sources |", "|---|---|---|---|---|"]
    for rule in rules:
        out.append(
            f"| [{rule.code}]({rule.code}.md) | `{rule.name}` | {rule.severity} "
            f"| {cell(rule.summary('en'))} | {cell(rule.source)} |"
        )
    return "\n".join(out) + "\n"


def rule_pages() -> dict[str, str]:
    """The rules index and one page per rule code."""
    rules = all_rules()
    pages = {INDEX: _index(rules)}
    for rule in rules:
        pages[page_path(rule.code)] = _rule_page(rule)
    return pages
