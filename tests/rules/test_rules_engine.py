"""The engine: profiles, select/ignore, suppression, languages, ordering and source positions."""

from __future__ import annotations

import datetime as dt
import pickle
from pathlib import Path

import pytest
from rules_plans import activity, clean_plan, clean_plan_data, plan_of

from preventionkit.io import load
from preventionkit.messages import message
from preventionkit.rules import (
    PROFILES,
    SEVERITIES,
    Finding,
    ValidationReport,
    get_profile,
    select_rules,
    validate,
)
from preventionkit.vocab import GOVERNANCE_ROLES, BodyRole, PreventionLevel


def messy_plan_data() -> dict[str, object]:
    data = clean_plan_data()
    # Every gap stated (``[]``, ``{}``, ``shared``), so each is judged, not asked (issue 16).
    data["preventionkit"] = 2
    data["activities"] = [
        activity("a10", responsible=[], prevention_levels=[]),
        activity("a2", prevention_levels=["selective"], timeline={}),
        activity("a1", responsible=["ifn", "fgn"], responsibility="shared", prevention_levels=[]),
    ]
    data["goals"].append({"id": "g2", "statement": "Öka kunskapen", "indicators": []})
    return data


def test_profiles_hold_the_thresholds() -> None:
    assert set(PROFILES) == {"municipal", "local-unit", "regional", "international"}
    assert PROFILES["municipal"].required_roles == GOVERNANCE_ROLES
    unit = PROFILES["local-unit"]
    assert unit.required_roles == (BodyRole.STEERING_GROUP, BodyRole.OPERATIONAL_GROUP)
    assert BodyRole.POLITICAL_STEERING in unit.fillers(BodyRole.STEERING_GROUP)
    assert unit.min_sectors == 1
    assert PROFILES["regional"].coordinator_kinds
    with pytest.raises(ValueError, match="local-unit"):
        get_profile("kommun")


def test_profile_comes_from_the_argument_then_the_plan_then_international() -> None:
    data = clean_plan_data()
    data.pop("profile", None)
    assert validate(plan_of(data)).profile == "international"
    data["profile"] = "local-unit"
    assert validate(plan_of(data)).profile == "local-unit"
    assert validate(plan_of(data), profile="regional").profile == "regional"
    assert validate(plan_of(data), profile=PROFILES["regional"]).profile == "regional"


def test_select_and_ignore_take_codes_and_prefixes() -> None:
    assert [r.code for r in select_rules(["PK2"], ["PK205", "pk206"])] == [
        "PK201",
        "PK202",
        "PK203",
        "PK204",
        "PK207",
        "PK208",
        "PK209",
        "PK210",
    ]
    assert [r.code for r in select_rules("PK101,PK102")] == ["PK101", "PK102"]
    report = validate(plan_of(messy_plan_data()), select=["PK3"], ignore=["PK302"])
    assert set(report.codes) == {"PK301", "PK304"}
    assert report.rules == ("PK301", "PK303", "PK304", "PK305")


def test_unknown_selector_is_refused_with_a_suggestion() -> None:
    with pytest.raises(ValueError, match="did you mean 'PK201'"):
        validate(clean_plan(), select=["PK2011"])
    with pytest.raises(ValueError, match="no rule code starts with 'XX'"):
        validate(clean_plan(), ignore=["XX"])


def test_lang_and_as_of_are_checked() -> None:
    with pytest.raises(ValueError, match="lang"):
        validate(clean_plan(), lang="de")  # type: ignore[arg-type]
    assert validate(clean_plan(), as_of="2020-01-01").as_of == dt.date(2020, 1, 1)
    assert validate(clean_plan(), as_of=dt.datetime(2020, 1, 1, 12)).as_of == dt.date(2020, 1, 1)


def test_findings_are_sorted_by_severity_code_and_plan_order() -> None:
    report = validate(plan_of(messy_plan_data()))
    keys = [(SEVERITIES.index(f.severity), f.code) for f in report.findings]
    assert keys == sorted(keys)
    pk302 = [f.path for f in report.findings if f.code == "PK302"]
    assert pk302 == ["activities[1]"]
    errors = [f for f in report.findings if f.severity == "error"]
    assert [f.code for f in errors][:1] == ["PK101"]
    assert report.findings.index(
        next(f for f in report.findings if f.code == "PK401")
    ) > report.findings.index(next(f for f in report.findings if f.code == "PK304"))


def test_paths_sort_numerically_not_as_text() -> None:
    data = clean_plan_data()
    data["activities"] += [activity(f"x{i}", responsible=[]) for i in range(12)]
    paths = [f.path for f in validate(plan_of(data), select=["PK301"]).findings]
    assert paths == [f"activities[{i}]" for i in range(3, 15)]


def test_report_counts_ok_and_lookup() -> None:
    report = validate(plan_of(messy_plan_data()))
    assert set(report.counts) == {"error", "warning", "info"}
    assert sum(report.counts.values()) == len(report) == len(list(report))
    assert report.ok is (report.counts["error"] == 0)
    assert not report.ok
    assert report.by_code("PK3") == tuple(f for f in report.findings if f.code.startswith("PK3"))
    clean = validate(clean_plan())
    assert clean.ok
    assert clean.counts == {"error": 0, "warning": 0, "info": 0}


def test_validate_is_deterministic_and_does_not_mutate_the_plan() -> None:
    plan = plan_of(messy_plan_data())
    before = plan.model_dump()
    first = validate(plan, lang="sv")
    assert validate(plan, lang="sv") == first
    assert plan.model_dump() == before


def test_suppression_moves_findings_and_respects_paths() -> None:
    data = messy_plan_data()
    data["suppress"] = [
        {"code": "PK401", "reason": "Målet följs upp i budgeten."},
        {"code": "PK301", "path": "activities[0]", "reason": "Ansvar utses hösten 2020."},
        {"code": "PK304", "path": "activities[9]", "reason": "Fel sökväg."},
    ]
    report = validate(plan_of(data))
    assert {(f.code, f.path) for f in report.suppressed} == {
        ("PK401", "goals[1]"),
        ("PK301", "activities[0]"),
    }
    assert "PK401" not in report.codes
    assert "PK304" in report.codes
    assert "PK001" not in report.codes


def test_suppression_path_covers_what_lies_below_it() -> None:
    data = clean_plan_data()
    data["actors"].append({"id": "klubb", "name": "Klubben", "kind": "civil_society_organisation"})
    data["activities"].append(activity("x", responsible=["klubb"], accountable="klubb"))
    data["suppress"] = [{"code": "PK204", "path": "activities[3]", "reason": "Avtal på väg."}]
    report = validate(plan_of(data))
    assert [f.path for f in report.suppressed] == ["activities[3].responsible[0]"]
    assert not report.findings


def test_a_suppression_without_reason_is_a_finding_and_does_not_apply() -> None:
    data = messy_plan_data()
    data["suppress"] = [{"code": "PK401"}, {"code": "PK001", "reason": "Försök att tysta PK001."}]
    report = validate(plan_of(data), lang="sv")
    assert "PK401" in report.codes
    (f,) = report.by_code("PK001")
    assert f.path == "suppress[0]"
    assert f.text() == "Undantaget för PK401 saknar motivering och gäller därför inte."
    assert not report.suppressed


def test_findings_carry_line_and_column_when_loaded_from_a_file(tmp_path: Path) -> None:
    import yaml

    data = messy_plan_data()
    path = tmp_path / "plan.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    report = validate(load(path))
    assert report.file is not None
    assert report.file.endswith("plan.yaml")
    (f,) = report.by_code("PK301")
    assert f.line is not None
    assert f.column is not None
    text = path.read_text(encoding="utf-8").splitlines()
    assert "a10" in text[f.line - 1] or "a10" in text[f.line]
    assert validate(plan_of(data)).by_code("PK301")[0].line is None


def test_finding_is_a_frozen_record_with_a_readable_str() -> None:
    msg = message("rule.PK101.message", level=PreventionLevel.UNIVERSAL)
    hint = message("rule.PK101.hint", value="universal", example=message("text", text="MVP"))
    f = Finding(
        "PK101", "missing-prevention-level", "error", msg, "activities", 3, 5, hint, "000", "sv"
    )
    assert str(f) == "3:5: activities: PK101 [error] " + f.text("sv")
    assert f.text() == "Planen har ingen aktivitet på universell preventionsnivå."
    assert f.text("en") == "The plan has no activity at the universal prevention level."
    assert (
        f.hint_text("nb")
        == "Legg til et tiltak med `prevention_levels: [universal]`, for eksempel MVP."
    )
    data = f.to_dict()
    assert data["line"] == 3
    assert data["key"] == "rule.PK101.message"
    assert data["params"] == {"level": "universal"}
    assert data["message"] == f.text("sv")
    assert f.to_dict("en")["message"] == f.text("en")
    assert pickle.loads(pickle.dumps(f)) == f
    with pytest.raises(AttributeError):
        f.code = "PK102"  # type: ignore[misc]


def test_report_to_dict_has_the_versioned_shape() -> None:
    report = validate(plan_of(messy_plan_data()), as_of="2020-01-01")
    doc = report.to_dict()
    assert doc["schema_version"] == 1
    assert doc["plan"] == {"id": "ren-plan", "title": "Handlingsplan mot våld", "file": None}
    assert doc["as_of"] == "2020-01-01"
    assert doc["counts"] == report.counts
    assert len(doc["findings"]) == len(report.findings)
    assert isinstance(ValidationReport.to_json(report), str)


def test_order_is_the_same_in_both_languages() -> None:
    data = clean_plan_data()
    data["activities"] = [
        activity("a", prevention_levels=["selective"], ecological_levels=["society"])
    ]
    en = validate(plan_of(data), lang="en")
    sv = validate(plan_of(data), lang="sv")
    assert [(f.code, f.path) for f in en.findings] == [(f.code, f.path) for f in sv.findings]
    pk102 = [f.text() for f in en.by_code("PK102")]
    assert [m.split("at the ")[1].split(" level")[0] for m in pk102] == [
        "individual",
        "relationship",
        "community",
    ]
