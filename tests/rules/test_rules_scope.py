"""Where a rule applies (issue 16): one declarative scope per rule, one jurisdiction and kind per
profile, one question in the engine; a pack's profile opts in by declaring the same."""

from __future__ import annotations

import dataclasses

import pytest

import preventionkit as pk
from preventionkit.rules import (
    ANYWHERE,
    DEFAULT_PROFILE,
    PROFILES,
    RULES,
    SWEDISH,
    SWEDISH_MUNICIPAL,
    Pack,
    Profile,
    Rule,
    Scope,
    get_rule,
    validate,
)
from preventionkit.rules.examples import example_plan
from preventionkit.vocab import PlanKind

FIRES_UNDER: dict[str, tuple[str, ...]] = {
    "PK001": ("municipal", "local-unit", "regional", "international"),
    "PK002": ("municipal", "local-unit", "regional", "international"),
    "PK101": ("municipal", "local-unit", "regional", "international"),
    "PK102": ("municipal", "local-unit", "regional", "international"),
    "PK103": ("municipal", "local-unit", "regional", "international"),
    "PK201": ("municipal", "local-unit", "regional", "international"),
    # A single unit seeks political anchoring when necessary, not always (002 §1.6).
    "PK202": ("municipal", "regional", "international"),
    # The four functions of the Swedish chain (002 §1.8) are not asked of other plans.
    "PK203": ("municipal", "local-unit", "regional"),
    "PK204": ("municipal", "local-unit", "regional", "international"),
    "PK205": ("municipal", "local-unit", "regional", "international"),
    "PK206": ("municipal", "local-unit", "regional", "international"),
    "PK207": ("municipal", "local-unit", "regional", "international"),
    "PK208": ("municipal", "local-unit", "regional", "international"),
    "PK209": ("municipal", "local-unit", "regional", "international"),
    "PK210": ("municipal",),
    "PK301": ("municipal", "local-unit", "regional", "international"),
    "PK302": ("municipal", "local-unit", "regional", "international"),
    "PK303": ("municipal", "local-unit", "regional", "international"),
    "PK304": ("municipal", "local-unit", "regional", "international"),
    "PK305": ("municipal", "local-unit", "regional", "international"),
    "PK401": ("municipal", "local-unit", "regional", "international"),
    "PK402": ("municipal", "local-unit", "regional", "international"),
    "PK403": ("municipal", "local-unit", "regional", "international"),
    "PK404": ("municipal", "local-unit", "regional", "international"),
    "PK405": ("municipal", "local-unit", "regional", "international"),
    "PK406": ("municipal", "local-unit", "regional", "international"),
    "PK407": ("municipal", "local-unit", "regional", "international"),
    "PK408": ("municipal", "local-unit", "regional", "international"),
    "PK409": ("municipal",),
    "PK410": ("municipal",),
    # Swedish law (SoL): every Swedish profile, not a plan under another country's law.
    "PK501": ("municipal", "local-unit", "regional"),
    "PK502": ("municipal", "local-unit", "regional", "international"),
    "PK503": ("municipal",),
    "PK504": ("municipal",),
    "PK505": ("municipal",),
    # A single unit's partners may all come from the unit itself (002 §1.4).
    "PK601": ("municipal", "regional", "international"),
    "PK602": ("municipal", "local-unit", "regional", "international"),
}
"""Under which built-in profile each rule's failing example gives its finding or question: the
table a reviewer reads. A rule limited by its scope is silent where the scope does not fit; a
rule for every plan may still be silent where the profile's thresholds ask less."""

CASES = [(code, name) for code in FIRES_UNDER for name in PROFILES]


def test_the_table_covers_every_rule() -> None:
    assert sorted(FIRES_UNDER) == sorted(r.code for r in RULES)


@pytest.mark.parametrize(("code", "profile"), CASES, ids=[f"{c}-{p}" for c, p in CASES])
def test_each_rule_fires_or_stays_silent_under_each_profile(code: str, profile: str) -> None:
    rule = get_rule(code)
    plan = example_plan(rule, failing=True)
    report = validate(plan, profile, select=[code], as_of=rule.examples_as_of)
    fired = any(f.code == code for f in (*report.findings, *report.questions))
    assert fired is (profile in FIRES_UNDER[code])
    # The engine runs a rule exactly where its scope fits the profile.
    assert (code in report.rules) is rule.applies_to.fits(PROFILES[profile])


@pytest.mark.parametrize("code", ["PK210", "PK409", "PK410", "PK503", "PK504", "PK505"])
def test_swedish_municipal_rules_say_so(code: str) -> None:
    assert get_rule(code).applies_to == SWEDISH_MUNICIPAL


def test_the_duty_to_report_rests_on_swedish_law_for_every_kind_of_plan() -> None:
    assert get_rule("PK501").applies_to == SWEDISH
    assert [n for n, p in PROFILES.items() if SWEDISH.fits(p)] == [
        "municipal",
        "local-unit",
        "regional",
    ]


def test_every_builtin_profile_declares_its_jurisdiction_and_kind() -> None:
    declared = {name: (p.jurisdiction, p.kind) for name, p in PROFILES.items()}
    assert declared == {
        "municipal": ("SE", PlanKind.MUNICIPAL),
        "local-unit": ("SE", PlanKind.LOCAL_UNIT),
        "regional": ("SE", PlanKind.REGIONAL),
        "international": (None, None),
    }


def test_a_plan_that_names_no_profile_gets_only_the_rules_for_every_plan() -> None:
    plan = pk.loads("preventionkit: 2\nid: p\ntitle: Plan\n")
    report = validate(plan)
    assert report.profile == DEFAULT_PROFILE == "international"
    assert set(report.rules) == {r.code for r in RULES if r.applies_to.everywhere}


def test_a_swedish_municipal_plan_gets_the_swedish_municipal_rules() -> None:
    umea = pk.examples.load("umea")
    assert umea.profile == "municipal"
    ran = set(validate(umea).rules)
    assert {"PK210", "PK409", "PK410", "PK501", "PK503", "PK504", "PK505"} <= ran


@pytest.mark.parametrize(
    "name", ["levanger-vold-2020", "lbhf-svd-strategy", "kristiansund-vold-2023"]
)
def test_english_and_norwegian_plans_get_no_swedish_rule(name: str) -> None:
    from pathlib import Path

    path = Path(__file__).parents[1] / "realworld" / f"{name}.yaml"
    plan = pk.load(path)
    assert plan.profile is None
    report = validate(plan, as_of="2026-11-27")
    swedish = {r.code for r in RULES if r.applies_to.jurisdictions == ("SE",)}
    assert swedish
    assert not swedish & set(report.rules)
    assert not any(f.code in swedish for f in (*report.findings, *report.questions))


def test_the_caller_may_name_the_profile_a_plan_does_not() -> None:
    plan = example_plan("PK503")
    anonymous = plan.model_copy(update={"profile": None})
    assert validate(anonymous, select=["PK503"]).findings == ()
    assert [f.code for f in validate(anonymous, "municipal", select=["PK503"]).findings] == [
        "PK503"
    ]


def _pack(profile: Profile) -> Pack:
    return Pack(name="acme", version="1.0", prefix="ACME", profiles=(profile,))


def test_a_pack_profile_opts_into_the_swedish_municipal_rules() -> None:
    district = Profile(
        name="acme-district",
        title_en="City district",
        title_sv="Stadsdel",
        description="A Swedish city district's plan.",
        jurisdiction="SE",
        kind=PlanKind.MUNICIPAL,
    )
    plan = example_plan("PK503").model_copy(update={"profile": None})
    report = validate(plan, "acme-district", packs=[_pack(district)], select=["PK5"])
    assert {"PK501", "PK503", "PK504", "PK505"} <= set(report.rules)
    assert "PK503" in {f.code for f in report.findings}


def test_a_pack_profile_that_declares_nothing_gets_no_swedish_rule() -> None:
    uk = Profile(name="acme-uk", title_en="UK", title_sv="UK", description="An English plan.")
    assert (uk.jurisdiction, uk.kind) == (None, None)
    report = validate(example_plan("PK501"), "acme-uk", packs=[_pack(uk)])
    assert not {"PK210", "PK409", "PK501", "PK503"} & set(report.rules)


def test_a_pack_rule_may_limit_itself_to_a_pack_profile() -> None:
    from preventionkit.rules import Hit, RuleContext, hit

    def check(ctx: RuleContext) -> list[Hit]:
        """Always."""
        return [hit("")]

    norwegian = Scope(jurisdictions=("NO",), kinds=(PlanKind.MUNICIPAL,))
    rule = Rule(
        code="ACME001",
        name="always",
        severity="info",
        sources=("test",),
        check=check,
        failing_example="",
        passing_example="",
        texts={"en": {"summary": "s", "message": "m", "hint": "h"}},
        applies_to=norwegian,
    )
    kommune = Profile(
        name="acme-kommune",
        title_en="Norwegian municipality",
        title_sv="Norsk kommun",
        description="A Norwegian municipal plan.",
        jurisdiction="NO",
        kind=PlanKind.MUNICIPAL,
    )
    pack = Pack(name="acme", version="1.0", prefix="ACME", rules=(rule,), profiles=(kommune,))
    plan = pk.loads("preventionkit: 2\nid: p\ntitle: Plan\n")
    assert "ACME001" in validate(plan, "acme-kommune", packs=[pack]).rules
    for other in PROFILES:
        assert "ACME001" not in validate(plan, other, packs=[pack]).rules


def test_scope_fields_are_normalised_and_checked() -> None:
    assert Scope(jurisdictions=("SE", "NO", "SE")).jurisdictions == ("NO", "SE")
    assert Scope(kinds=("municipal",)).kinds == (PlanKind.MUNICIPAL,)  # type: ignore[arg-type]
    assert ANYWHERE.everywhere
    assert not SWEDISH.everywhere
    with pytest.raises(ValueError, match="ISO 3166"):
        Scope(jurisdictions=("Sweden",))
    with pytest.raises(ValueError, match="empty"):
        Scope(kinds=())
    with pytest.raises(TypeError, match="tuple of codes"):
        Scope(jurisdictions="SE")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not one of 'municipal'"):
        Scope(kinds=("county",))  # type: ignore[arg-type]


def test_profile_and_rule_refuse_a_malformed_scope() -> None:
    with pytest.raises(ValueError, match="ISO 3166"):
        Profile(name="x", title_en="x", title_sv="x", description="x", jurisdiction="se")
    with pytest.raises(TypeError, match="applies_to"):
        dataclasses.replace(get_rule("PK503"), applies_to=("municipal",))  # type: ignore[arg-type]
