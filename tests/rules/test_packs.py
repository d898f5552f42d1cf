"""The open registry: packs own a code prefix, bring rules, profiles, terms and programmes, come
from entry points or as objects; clashes are clear errors, never rules silently ignored."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from importlib.metadata import EntryPoint, EntryPoints
from typing import Any

import pytest

import preventionkit as pk
from preventionkit import entrypoints, plugins
from preventionkit.model import ProgrammeRecord
from preventionkit.rules import (
    BUILTIN_PREFIX,
    Hit,
    Pack,
    PackError,
    Profile,
    Rule,
    RuleContext,
    build_registry,
    builtin_pack,
    get_rule,
    hit,
    registry,
)
from preventionkit.vocab import PreventionLevel

PLAN = pk.loads(
    """\
preventionkit: 1
id: p
title: T
actors:
  - {id: ks, name: KS, kind: executive_board}
activities:
  - {id: a, title: A, responsible: [ks], programme: navigators, prevention_levels: [universal]}
""",
    format="yaml",
)


def _check(ctx: RuleContext) -> Iterator[Hit]:
    """Every activity is reported (a rule for the tests).

    What it finds
    -------------
    Every activity.
    """
    for i, _activity in enumerate(ctx.plan.activities):
        yield hit(f"activities[{i}]", n=i)


def _rule(code: str) -> Rule:
    return Rule(
        code=code,
        name="every-activity",
        severity="info",
        sources=("test",),
        texts={
            "en": {
                "summary": "s",
                "message": "activity {n}",
                "hint": "",
            },
            "sv": {
                "summary": "s",
                "message": "aktivitet {n}",
                "hint": "",
            },
        },
        check=_check,
        failing_example="",
        passing_example="",
    )


NAVIGATORS = ProgrammeRecord(
    id="navigators", name="A&E navigators", prevention_levels=(PreventionLevel.INDICATED,)
)
ACME = Pack(
    name="acme",
    version="1.0",
    prefix="ACME",
    rules=(_rule("ACME001"),),
    profiles=(Profile(name="acme-district", title_en="D", title_sv="D", description="d"),),
    programmes=(NAVIGATORS,),
)


# --- codes and prefixes ----------------------------------------------------------------------


@pytest.mark.parametrize("code", ["ACME001", "PK901", "X123", "ABCDEFGHIJ345"])
def test_a_rule_code_is_a_prefix_and_three_digits(code: str) -> None:
    assert _rule(code).code == code


@pytest.mark.parametrize(
    "code", ["acme001", "ACME01", "ACME0001", "AB12CD345", "001", "ABCDEFGHIJK001"]
)
def test_a_malformed_rule_code_is_refused(code: str) -> None:
    with pytest.raises(ValueError, match="three digits"):
        _rule(code)


def test_a_rule_outside_its_pack_s_prefix_is_refused() -> None:
    with pytest.raises(PackError, match="does not start with it"):
        Pack(name="acme", version="1", prefix="ACME", rules=(_rule("BETA001"),))


@pytest.mark.parametrize("prefix", ["acme", "1ACME", "ACME-", "AC1", "ABCDEFGHIJK"])
def test_a_malformed_prefix_is_refused(prefix: str) -> None:
    with pytest.raises(PackError, match="prefix"):
        Pack(name="x", version="1", prefix=prefix)


def test_pk_is_reserved_for_the_built_in_pack() -> None:
    for prefix in (BUILTIN_PREFIX, "PKX"):
        with pytest.raises(PackError, match="reserved for the built-in rules"):
            pk.validate(PLAN, packs=[Pack(name="mine", version="1", prefix=prefix)])
    with pytest.raises(PackError, match="reserved for the built-in rules"):
        pk.validate(PLAN, rules=[_rule("PKX001")])
    # A loose third-party PK901 is refused with a reason, not silently ignored.
    with pytest.raises(PackError, match=r"'PK901'.*reserved for the built-in rules"):
        pk.validate(PLAN, rules=[_rule("PK901")])


def test_two_packs_cannot_share_a_prefix_and_codes_are_unique() -> None:
    other = Pack(name="other", version="1", prefix="ACME")
    with pytest.raises(PackError, match="both claim the prefix 'ACME'"):
        build_registry([ACME, other], installed=False)
    with pytest.raises(PackError, match="prefix 'ACME' of the pack 'acme'"):
        build_registry([ACME], [_rule("ACME002")], installed=False)
    with pytest.raises(PackError, match="two different rules have the code 'BETA001'"):
        build_registry(rules=[_rule("BETA001"), _rule("BETA001")], installed=False)


def test_a_pack_passed_twice_or_a_built_in_rule_passed_again_counts_once() -> None:
    known = build_registry([ACME, ACME], [get_rule("PK101")], installed=False)
    assert [r.code for r in known.rules].count("PK101") == 1
    assert [p.name for p in known.packs] == ["preventionkit", "acme"]


# --- the built-in pack -----------------------------------------------------------------------


def test_the_built_in_rules_are_discovered_from_their_modules() -> None:
    pack = builtin_pack()
    assert pack.name == "preventionkit"
    assert pack.prefix == "PK"
    assert pack.rules == registry()
    assert len(pack.rules) == len({r.code for r in pack.rules}) >= 22
    assert {p.name for p in pack.profiles} == {
        "municipal",
        "local-unit",
        "regional",
        "international",
    }


# --- validate with packs and loose rules -----------------------------------------------------


def test_validate_runs_a_pack_s_rules_and_a_loose_rule() -> None:
    report = pk.validate(PLAN, packs=[ACME], rules=[_rule("BETA001")], select=["ACME", "BETA"])
    assert report.rules == ("ACME001", "BETA001")
    assert [(f.code, f.text()) for f in report.findings] == [
        ("ACME001", "activity 0"),
        ("BETA001", "activity 0"),
    ]
    assert "ACME001" not in pk.validate(PLAN).rules


def test_a_pack_s_profile_is_a_plain_name_and_may_select_rules() -> None:
    report = pk.validate(PLAN, "acme-district", packs=[ACME])
    assert report.profile == "acme-district"
    narrow = dataclasses.replace(ACME.profiles[0], name="acme-narrow", select=("ACME",))
    pack = dataclasses.replace(ACME, profiles=(narrow,))
    assert pk.validate(PLAN, "acme-narrow", packs=[pack]).rules == ("ACME001",)
    with pytest.raises(ValueError, match="unknown profile 'acme-distrct'; did you mean"):
        pk.validate(PLAN, "acme-distrct", packs=[ACME])


def test_a_plan_may_name_a_pack_s_profile() -> None:
    plan = PLAN.model_copy(update={"profile": "acme-district"})
    assert pk.validate(plan, packs=[ACME]).profile == "acme-district"
    with pytest.raises(ValueError, match="unknown profile 'acme-district'"):
        pk.validate(plan)


def test_a_pack_s_programme_counts_for_pk303() -> None:
    # Without the pack, 'navigators' is described nowhere; with it, its levels are compared.
    (alone,) = pk.validate(PLAN, select="PK303").findings
    assert alone.path == "activities[0].programme"
    (found,) = pk.validate(PLAN, packs=[ACME], select="PK303").findings
    assert found.path == "activities[0].prevention_levels"
    assert "A&E navigators" in found.text()


# --- installed packs (entry points) ----------------------------------------------------------


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[EntryPoint]]:
    points: list[EntryPoint] = []

    def fake(**params: str) -> EntryPoints:
        return EntryPoints(points).select(**params)

    monkeypatch.setattr(entrypoints, "entry_points", fake)
    plugins.installed_packs.cache_clear()
    yield points
    plugins.installed_packs.cache_clear()


def _point(name: str, value: str, group: str = "preventionkit.packs") -> EntryPoint:
    return EntryPoint(name=name, value=value, group=group)


MODULE = __name__


def make_pack() -> Pack:
    """A zero-argument callable returning a pack, as an entry point may name."""
    return Pack(name="made", version="1", prefix="MADE", rules=(_rule("MADE001"),))


def test_installed_packs_come_from_both_entry_point_groups(installed: list[Any]) -> None:
    installed.append(_point("acme", f"{MODULE}:ACME"))
    installed.append(_point("made", f"{MODULE}:make_pack", group="preventionkit.rules"))
    assert [p.name for p in plugins.installed_packs()] == ["acme", "made"]
    assert {"ACME001", "MADE001"} <= set(pk.validate(PLAN).rules)
    assert get_rule("acme001").code == "ACME001"


def test_two_packs_registering_one_profile_clash(installed: list[Any]) -> None:
    installed.append(_point("acme", f"{MODULE}:ACME"))
    twin = dataclasses.replace(ACME, name="twin", prefix="TWIN", rules=(), programmes=())
    with pytest.raises(PackError, match="'twin' repeats the profile 'acme-district'"):
        pk.validate(PLAN, packs=[twin])


def test_a_broken_installed_pack_is_an_error_not_skipped(installed: list[Any]) -> None:
    installed.append(_point("gone", "no_such_module_anywhere:PACK"))
    with pytest.raises(plugins.PluginError, match=r"'gone'.*could not be loaded"):
        pk.validate(PLAN)


def test_an_entry_point_naming_something_else_is_an_error(installed: list[Any]) -> None:
    installed.append(_point("wrong", f"{MODULE}:PLAN"))
    with pytest.raises(plugins.PluginError, match=r"not a preventionkit\.rules\.Pack"):
        pk.validate(PLAN)


def test_a_plan_suppresses_a_pack_s_rule_by_its_code() -> None:
    data = PLAN.model_dump(by_alias=True, exclude_unset=True)
    data["suppress"] = [{"code": "ACME001", "reason": "the activity is reported elsewhere"}]
    plan = pk.ActionPlan.model_validate(data)
    report = pk.validate(plan, packs=[ACME], select="ACME")
    assert report.findings == ()
    assert [f.code for f in report.suppressed] == ["ACME001"]


def test_compare_runs_a_pack_s_rules_on_both_plans() -> None:
    after = pk.scenarios.edits.remove_activity(PLAN, "a")
    change = pk.compare(PLAN, after, packs=[ACME])
    assert [f.code for f in change.findings_disappeared if f.code == "ACME001"] == ["ACME001"]


@pytest.mark.parametrize("name", ["Acme", "acme_district", "-acme", "acme-", ""])
def test_a_profile_name_is_lower_case_words_joined_by_hyphens(name: str) -> None:
    with pytest.raises(ValueError, match="lower-case words"):
        Profile(name=name, title_en="D", title_sv="D", description="d")
    data = {"preventionkit": 1, "id": "p", "title": "T", "profile": name}
    with pytest.raises(ValueError, match="profile"):
        pk.ActionPlan.model_validate(data)


def test_a_broken_pack_met_while_loading_a_term_is_a_located_load_error(
    installed: list[Any],
) -> None:
    installed.append(_point("gone", "no_such_module_anywhere:PACK"))
    text = "preventionkit: 2\nid: p\ntitle: T\nactors:\n  - {id: f, name: F, kind: x-uk:fire}\n"
    with pytest.raises(pk.PlanLoadError) as caught:
        pk.loads(text, format="yaml")
    (issue,) = caught.value.issues
    assert issue.path == "actors[0].kind"
    assert issue.line == 5
    assert "'gone'" in issue.text("en")
    assert "could not be loaded" in issue.text("en")


def test_plans_with_built_in_terms_never_look_at_installed_packs(installed: list[Any]) -> None:
    installed.append(_point("gone", "no_such_module_anywhere:PACK"))
    assert pk.loads("preventionkit: 2\nid: p\ntitle: T\n", format="yaml").id == "p"


def test_packs_and_languages_are_read_from_one_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    """A command that validates and prints text reads the installed distributions once, not
    once for packs and again for languages (issue 20: each scan is about 6 ms)."""
    from importlib.metadata import entry_points

    from preventionkit import messages

    scans: list[int] = []

    def counting() -> object:
        scans.append(1)
        return entry_points()

    monkeypatch.setattr(entrypoints, "entry_points", counting)
    plugins.installed_packs.cache_clear()
    messages.clear_caches()
    try:
        messages.available_languages()
        plugins.installed_packs()
        assert len(scans) == 1
        plugins.installed_packs.cache_clear()  # after installing a pack: read again
        plugins.installed_packs()
        assert len(scans) == 2
    finally:
        plugins.installed_packs.cache_clear()
        messages.clear_caches()
