"""The profiles page, generated from the profile and rule registries: what each built-in profile
asks, which jurisdiction and kind of plan it declares, and which rules run under it."""

from __future__ import annotations

from typing import Any

from ._md import cell
from ._registry import optional

__all__ = ["PATH", "profile_pages"]

PATH = "reference/profiles.md"


def _code(value: Any) -> str:
    return f"`{getattr(value, 'value', value)}`" if value is not None else "any"


def profile_pages() -> dict[str, str]:
    """The profiles reference page, or nothing while the rules layer is not installed."""
    module = optional("preventionkit.rules")
    if module is None or not hasattr(module, "PROFILES"):
        return {}
    profiles = module.PROFILES
    default = module.DEFAULT_PROFILE
    out = [
        "# Profiles",
        "",
        "A profile is what one kind of plan is checked against: the functions of the chain of "
        "governance it must have, the political bodies mandates trace back to, how many "
        "sectors take part, and which rules run. A plan names its profile (`profile: "
        "municipal`), or the caller does (`pk.validate(plan, profile=...)`, `preventionkit "
        f"validate --profile ...`); a plan that names none is checked under `{default}`.",
        "",
        "## Where a rule applies",
        "",
        "Each profile declares the **jurisdiction** whose law and guidance it applies (an ISO "
        "3166 country code, or none in particular) and the **kind** of plan it is for "
        "(municipal, single unit, regional, national, or any). Each rule declares where it "
        "applies (`Rule.applies_to`, a `Scope` of jurisdictions and kinds; every plan unless "
        "it says otherwise). A rule runs under a profile when the profile's jurisdiction and "
        "kind are among the rule's: a rule resting on Swedish law (PK501, the duty to report) "
        "needs a profile of jurisdiction `SE`, and a rule on what the Swedish sources ask of a "
        "municipality (PK503–PK505) also needs the kind `municipal`. A profile that declares "
        "neither, such as `international`, runs only the rules that hold everywhere, so an "
        "English or Norwegian plan is not judged by Swedish law. A pack's profile takes part on "
        "the same terms: declaring `jurisdiction='SE'` and `kind=PlanKind.MUNICIPAL` opts it "
        "into the Swedish municipal rules (see "
        "[Write your own rule](../tutorials/05-write-a-rule.md)).",
        "",
        '!!! info "Generated"',
        "    This page is generated from the registries of profiles and rules when the site is "
        "built.",
        "",
        "| profile | for | jurisdiction | kind | asks for | sources |",
        "|---|---|---|---|---|---|",
    ]
    for name, profile in profiles.items():
        label = f"`{name}`" + (" (default)" if name == default else "")
        out.append(
            f"| {label} | {cell(profile.title_en)} | {_code(profile.jurisdiction)} "
            f"| {_code(profile.kind)} | {cell(profile.description)} "
            f"| {cell('; '.join(profile.sources))} |"
        )
    scoped = [r for r in module.RULES if not r.applies_to.everywhere]
    out += [
        "",
        "## Rules for some plans only",
        "",
        "Every other rule runs under every profile (a profile may still narrow the rules with "
        "`select`, and its thresholds decide what some rules ask, e.g. the functions PK203 "
        "asks for).",
        "",
        "| rule | jurisdictions | kinds | " + " | ".join(f"`{n}`" for n in profiles) + " |",
        "|---|---|---|" + "---|" * len(profiles),
    ]
    for rule in scoped:
        scope = rule.applies_to
        jurisdictions = ", ".join(f"`{j}`" for j in scope.jurisdictions or ()) or "any"
        kinds = ", ".join(f"`{k.value}`" for k in scope.kinds or ()) or "any"
        marks = " | ".join("runs" if scope.fits(p) else "—" for p in profiles.values())
        out.append(f"| [{rule.code}](rules/{rule.code}.md) | {jurisdictions} | {kinds} | {marks} |")
    return {PATH: "\n".join(out) + "\n"}
