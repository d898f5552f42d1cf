"""``preventionkit export``, ``import`` and ``validate`` on workbooks (issue 19)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import preventionkit as pk
from preventionkit.cli import app

openpyxl = pytest.importorskip("openpyxl")


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


def test_export_then_import_gives_the_plan_back(tmp_path: Path) -> None:
    book, back = tmp_path / "umea.xlsx", tmp_path / "umea.yaml"
    assert _run("export", "--example", "umea", "--to", str(book), "--lang", "nb")[0] == 0
    assert openpyxl.load_workbook(book).sheetnames[6] == "Tiltak"
    code, output = _run("import", str(book), "--to", str(back))
    assert code == 0, output
    assert pk.load(back) == pk.examples.load("umea")
    assert _run("import", str(book), "--to", str(back))[0] == 2  # exists: no overwrite


def test_validate_names_the_cell_in_text_and_json(tmp_path: Path) -> None:
    book = tmp_path / "umea.xlsx"
    _run("export", "--example", "umea", "--to", str(book), "--lang", "sv")
    wb = openpyxl.load_workbook(book)
    wb["Aktiviteter"]["D14"] = "fgn; gvm"
    wb.save(book)
    code, output = _run("validate", str(book))
    assert code == 2
    assert f"{book}:Aktiviteter!D14: activities[12].responsible[1]:" in output
    code, output = _run("validate", str(book), "--format", "json")
    assert code == 2
    issue = json.loads(output)["plans"][0]["load_issues"][0]
    assert issue["cell"] == "Aktiviteter!D14"


def test_a_csv_needs_the_plan_its_activities_refer_to(tmp_path: Path) -> None:
    csv, plan, out = tmp_path / "a.csv", tmp_path / "plan.yaml", tmp_path / "out.yaml"
    pk.dump(pk.examples.load("gavle"), plan)
    assert _run("export", str(plan), "--to", str(csv))[0] == 0
    code, output = _run("import", str(csv), "--to", str(out))
    assert code == 2
    assert "--plan" in output
    assert _run("import", str(csv), "--plan", str(plan), "--to", str(out))[0] == 0
    assert pk.load(out) == pk.examples.load("gavle")


def test_export_refuses_an_unknown_suffix(tmp_path: Path) -> None:
    code, output = _run("export", "--example", "umea", "--to", str(tmp_path / "plan.docx"))
    assert code == 2
    assert ".xlsx" in output
