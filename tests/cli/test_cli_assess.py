"""``preventionkit assess``: declared packs by default, any pack on request, every format, and
a comparison of several plans against one pack (issue 17)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

import preventionkit as pk

FOLLOWS = """\
preventionkit: 2
id: liten
title: Liten plan
follows: [se-national-strategy-2017]
actors:
  - {id: ks, name: Kommunstyrelsen, kind: executive_board}
activities:
  - {id: a, title: Samtal i skolan, responsible: [ks], arenas: [school],
     national_goals: [preventive_work]}
checklist:
  - {item: se-national-strategy-2017.law-enforcement, answer: no, note: Inte vårt uppdrag}
"""


@pytest.fixture
def follows(tmp_path: Path) -> Path:
    path = tmp_path / "liten.yaml"
    path.write_text(FOLLOWS, encoding="utf-8")
    return path


def test_declared_packs_by_default(invoke, follows: Path) -> None:
    result = invoke("assess", str(follows), "--format", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert [a["pack"] for a in doc["assessments"]] == ["se-national-strategy-2017"]
    items = {i["item"]: i for i in doc["assessments"][0]["items"]}
    assert items["preventive-work"]["grade"] == "met"
    assert items["preventive-work"]["records"] == ["a"]
    assert items["law-enforcement"]["provenance"] == "plan"
    assert items["law-enforcement"]["grade"] == "not_met"
    assert items["knowledge-and-methods"]["provenance"] == "none"


def test_any_pack_on_request_after_the_declared(invoke, follows: Path) -> None:
    result = invoke("assess", str(follows), "-F", "who-inspire", "--format", "json")
    doc = json.loads(result.output)
    assert [a["pack"] for a in doc["assessments"]] == ["se-national-strategy-2017", "who-inspire"]
    education = next(i for i in doc["assessments"][1]["items"] if i["item"] == "education")
    assert education["approximate"] is True
    assert education["fields"] == ["activities[0].arenas"]


def test_text_and_markdown_in_swedish(invoke, follows: Path) -> None:
    text = invoke("assess", str(follows), "--lang", "sv").output
    assert "uppfyllt" in text
    assert "planens checklista" in text
    markdown = invoke("assess", str(follows), "--format", "markdown", "--lang", "sv").output
    assert markdown.startswith("## Nationell strategi")
    assert "| punkt | bedömning | underlag | besvarat utifrån |" in markdown


def test_csv_has_one_row_per_item(invoke, follows: Path) -> None:
    out = invoke("assess", str(follows), "--format", "csv").output
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["item"] for r in rows] == [
        "preventive-work",
        "detection-protection-support",
        "law-enforcement",
        "knowledge-and-methods",
    ]
    assert rows[0]["records"] == "a"


def test_no_pack_declared_or_asked_is_a_usage_error(invoke) -> None:
    result = invoke("assess", "--example", "umea")
    assert result.exit_code == 2
    assert "--framework" in result.output


def test_unknown_pack_suggests_the_closest(invoke) -> None:
    result = invoke("assess", "--example", "umea", "-F", "who-inspyre")
    assert result.exit_code == 2
    assert "did you mean 'who-inspire'" in result.output


def test_list_packs(invoke) -> None:
    doc = json.loads(invoke("assess", "--list", "--format", "json").output)
    assert [p["id"] for p in doc["packs"]] == [
        "ctc",
        "gto",
        "se-five-step",
        "se-national-strategy-2017",
        "spf",
        "uk-serious-violence-duty",
        "who-inspire",
        "who-respect",
    ]
    assert "who-inspire" in invoke("assess", "--list").output


def test_several_plans_give_a_comparison(invoke, follows: Path, small: Path) -> None:
    result = invoke("assess", str(follows), str(small), "-F", "who-inspire", "--format", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["pack"] == "who-inspire"
    assert len(doc["plans"]) == 2
    assert doc["plans"][0]["plan"] == "liten"
    assert doc["plans"][0]["education"] == "met"
    table = invoke("assess", str(follows), str(small), "-F", "who-inspire", "-f", "markdown")
    assert table.output.splitlines()[0].startswith("| plan | laws |")
    assert "liten" in invoke("assess", str(follows), str(small), "-F", "who-inspire").output


def test_several_plans_need_exactly_one_pack(invoke, follows: Path, small: Path) -> None:
    result = invoke("assess", str(follows), str(small))
    assert result.exit_code == 2
    assert "exactly one --framework" in result.output


def test_unknown_pack_is_refused_in_the_users_language(invoke) -> None:
    result = invoke("assess", "--example", "umea", "-F", "who-inspyre", "--lang", "sv")
    assert result.exit_code == 2
    assert "inget installerat ramverkspaket heter ”who-inspyre”" in result.output
    assert "menade du ”who-inspire”?" in result.output


def test_report_grades_packs_asked_for_and_refuses_an_unknown_one(invoke, follows: Path) -> None:
    result = invoke("report", str(follows), "--format", "markdown", "-F", "who-inspire")
    assert result.exit_code == 0, result.output
    assert "(pack se-national-strategy-2017, version 1.0.0)" in result.output
    assert "(pack who-inspire, version 1.1.0)" in result.output
    wrong = invoke("report", str(follows), "-F", "who-inspyre")
    assert wrong.exit_code == 2
    assert "did you mean 'who-inspire'" in wrong.output


REAL = Path(__file__).parents[1] / "realworld"
REVIEWED = {
    "lbhf-svd-strategy": "who-inspire",
    "harrow-svd-strategy-2024": "who-inspire",
    "havering-svd-strategy-2024": "who-inspire",
    "vasternorrland-mvk-2022": "se-five-step",
}


@pytest.mark.parametrize(("plan_id", "asked"), REVIEWED.items(), ids=list(REVIEWED))
def test_real_plans_assessed_in_every_format_and_reported(invoke, plan_id: str, asked: str) -> None:
    path = str(REAL / f"{plan_id}.yaml")
    declared = list(pk.load(path).follows)
    assert declared  # each states the guidance it follows (see the files' comments)
    doc = json.loads(invoke("assess", path, "-F", asked, "--format", "json").output)
    packs = [a["pack"] for a in doc["assessments"]]
    assert packs == [*declared, *([asked] if asked not in declared else [])]
    for a in doc["assessments"]:
        assert all(i["grade"] and i["provenance"] in ("data", "plan", "none") for i in a["items"])
    rows = list(
        csv.DictReader(io.StringIO(invoke("assess", path, "-F", asked, "-f", "csv").output))
    )
    assert {r["pack"] for r in rows} == set(packs)
    for fmt in ("text", "markdown"):
        result = invoke("assess", path, "-F", asked, "--format", fmt)
        assert result.exit_code == 0, result.output
        assert f"(pack {asked}, version" in result.output
    page = invoke("report", path, "-F", asked, "--format", "html").output
    for pack in packs:
        assert f'<section class="card" id="pack-{pack}">' in page


def test_what_a_pack_leaves_out_in_json_and_text(invoke, follows: Path) -> None:
    doc = json.loads(invoke("assess", str(follows), "-F", "who-inspire", "-f", "json").output)
    by_pack = {a["pack"]: a for a in doc["assessments"]}
    assert by_pack["se-national-strategy-2017"]["not_included"] == []
    left = by_pack["who-inspire"]["not_included"]
    assert left[0]["what"] == "the approaches listed under each of the seven strategies"
    assert all(n["source"] and n["reason"] for n in left)
    text = invoke("assess", str(follows), "-F", "who-inspire").output
    assert "Left out of this pack" in text
