"""Output formats: plain text, rich table, JSON against its schema, Markdown and SARIF 2.1.0."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml
from rules_plans import activity, clean_plan, clean_plan_data, plan_of

import preventionkit as pk
from preventionkit.io import load
from preventionkit.rules import Finding, ValidationReport, validate
from preventionkit.rules.formats import (
    FORMATTERS,
    SARIF_VERSION,
    format_json,
    format_markdown,
    format_sarif,
    format_text,
    sarif_log,
)
from preventionkit.rules.formats.text import group_findings

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "schemas" / "report.schema.json"


def messy_report(tmp_path: Path | None = None, lang: str = "en") -> ValidationReport:
    data = clean_plan_data()
    data["activities"].append(activity("x", responsible=[], title="Utan | ansvar"))
    data["goals"].append({"id": "g2", "statement": "Öka kunskapen"})
    data["suppress"] = [{"code": "PK401", "reason": "Följs upp i budgeten."}]
    if tmp_path is None:
        return validate(plan_of(data), lang=lang)  # type: ignore[arg-type]
    path = tmp_path / "plan.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return validate(load(path), lang=lang)  # type: ignore[arg-type]


def test_json_output_validates_against_the_documented_schema(tmp_path: Path) -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for report in (messy_report(tmp_path), validate(clean_plan(), as_of="2020-01-01")):
        doc = json.loads(format_json(report))
        validator.validate(doc)
    bad = json.loads(format_json(messy_report()))
    bad["findings"][0]["severity"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(bad)


def test_json_keeps_swedish_characters() -> None:
    text = format_json(messy_report(lang="sv"))
    assert "ä" in text
    assert json.loads(text)["lang"] == "sv"


def test_plain_text_lists_findings_hints_and_counts(tmp_path: Path) -> None:
    report = messy_report(tmp_path)
    text = format_text(report)
    first = text.splitlines()[0]
    assert first.startswith(f"{report.file}:")
    assert " PK301 error: " in first
    assert "    hint: " in text
    assert text.rstrip().endswith("(profile: international; judged on 2021-06-30)")
    assert "1 error" in text
    assert "\033[" not in text
    assert "\033[31m" in format_text(report, color=True)


def test_plain_text_in_swedish_and_without_findings() -> None:
    text = format_text(validate(clean_plan(), lang="sv"))
    assert text.splitlines() == [
        "Inga fynd.",
        "0 fel, 0 varningar, 0 noteringar (profil: international; bedömd per 2021-06-30)",
    ]
    assert "åtgärd: " in format_text(messy_report(lang="sv"))


def test_grouping_keeps_report_order_and_every_finding() -> None:
    report = validate(pk.examples.load("umea"))
    groups = group_findings(report.findings)
    assert [f for g in groups for f in g.findings] == sorted(
        report.findings, key=lambda f: [g.code for g in groups].index(f.code)
    )
    assert len({g.code for g in groups}) == len(groups)
    assert all(f.code == g.code and f.severity == g.severity for g in groups for f in g.findings)
    # Errors still come first.
    assert [g.severity for g in groups][: report.counts["error"]] == ["error"] * report.counts[
        "error"
    ]


def test_text_styles(tmp_path: Path) -> None:
    # A plan that states it has no activities: PK101 fires once per prevention level.
    plan_file = Path(__file__).parents[1] / "cli" / "fixtures" / "no_activities.yaml"
    report = validate(pk.load(plan_file))
    full = format_text(report, style="full")
    grouped = format_text(report, style="grouped")
    concise = format_text(report, style="concise")
    assert full == format_text(report)
    # one line per finding and per question, the heading of the questions, the summary
    heading = 1 if report.questions else 0
    assert len(concise.splitlines()) == len(report.findings) + len(report.questions) + heading + 1
    assert "hint: " not in concise
    assert "PK101 error ×3: " in grouped
    assert grouped.count("prevention_levels: [universal]") == 1
    assert grouped.splitlines()[0] == report.file
    assert "\033[33m" in format_text(report, color=True, style="grouped")
    for f in report.findings:
        assert f.text() in grouped
        assert f.text() in concise
    with pytest.raises(ValueError, match="style must be one of"):
        format_text(report, style="long")  # type: ignore[arg-type]


def test_rich_table_on_request() -> None:
    text = format_text(messy_report(), table=True, width=120)
    assert "PK301" in text
    assert "┃" in text or "|" in text
    assert "Validation of Handlingsplan mot våld" in text


def test_markdown_has_findings_matrix_and_suppressions() -> None:
    md = format_markdown(messy_report())
    assert md.startswith("# Validation of Handlingsplan mot våld")
    assert "| `PK301` | error |" in md
    assert "Utan \\| ansvar" in md
    assert "| **universal** | 1 | 1 | 2 | 1 |" in md
    assert "## Suppressed findings" in md
    assert "Inga fynd." in format_markdown(validate(clean_plan(), lang="sv"))


def test_sarif_has_the_2_1_0_structure(tmp_path: Path) -> None:
    report = messy_report(tmp_path)
    log = json.loads(format_sarif(report, "file:///work/plan.yaml"))
    assert log["version"] == SARIF_VERSION == "2.1.0"
    assert log["$schema"].endswith("sarif-schema-2.1.0.json")
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "preventionkit"
    rule_ids = [r["id"] for r in driver["rules"]]
    assert rule_ids == list(report.rules)  # the rules of the run (issue 16: some per profile)
    for descriptor in driver["rules"]:
        assert descriptor["shortDescription"]["text"]
        assert "What it finds" in descriptor["help"]["text"]
        assert descriptor["defaultConfiguration"]["level"] in ("error", "warning", "note")
    results = run["results"]
    assert len(results) == len(report.findings) + len(report.suppressed)
    for result, finding in zip(results, report.findings, strict=False):
        assert result["ruleId"] == finding.code
        assert rule_ids[result["ruleIndex"]] == finding.code
        assert (
            result["level"]
            == {"error": "error", "warning": "warning", "info": "note"}[finding.severity]
        )
        assert result["message"]["text"].startswith(finding.text())
        (loc,) = result["locations"]
        physical = loc["physicalLocation"]
        assert physical["artifactLocation"]["uri"] == "file:///work/plan.yaml"
        assert physical["region"] == {"startLine": finding.line, "startColumn": finding.column}
    suppressed = [r for r in results if "suppressions" in r]
    assert [r["ruleId"] for r in suppressed] == ["PK401"]
    assert suppressed[0]["suppressions"] == [{"kind": "inSource"}]


def test_sarif_without_positions_omits_the_region() -> None:
    log = sarif_log(messy_report())
    result = log["runs"][0]["results"][0]
    assert "region" not in result["locations"][0]["physicalLocation"]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "plan.yaml"


def test_every_formatter_is_named_for_the_cli() -> None:
    assert set(FORMATTERS) == {"text", "json", "markdown", "sarif"}
    report = messy_report()
    for formatter in FORMATTERS.values():
        assert "PK301" in formatter(report)


def test_reports_and_findings_have_a_short_repr() -> None:
    """print(report) in a notebook is one line, not kilobytes (issue 12 item 7)."""
    # Umeå has no error left (issue 16); a stated gap gives the report its "not ok".
    report = validate(pk.loads("preventionkit: 1\nid: tom-plan\ntitle: T\nactivities: []\n"))
    text = repr(report)
    assert len(text) < 120
    assert text == str(report)
    assert report.plan_id in text
    assert "not ok" in text
    finding = report.findings[0]
    assert repr(finding) == (
        f"<Finding {finding.code} {finding.severity} {finding.path} "
        f"({finding.line}:{finding.column})>"
    )
    assert finding.text() in str(finding)
    bare = Finding(code="PK101", name="x", severity="error", message="m")
    assert repr(bare) == "<Finding PK101 error plan>"
