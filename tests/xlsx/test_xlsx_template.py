"""``preventionkit init --to plan.xlsx``: an empty workbook with drop-downs and a filled
example row, in the chosen language (issue 19, item 5)."""

from __future__ import annotations

from pathlib import Path

import pytest

import preventionkit as pk
from preventionkit.io.xlsx import template_plan, xlsx_template
from preventionkit.io.xlsx._words import word

openpyxl = pytest.importorskip("openpyxl")


@pytest.mark.parametrize("lang", ["sv", "en", "nb"])
def test_the_template_loads_as_a_plan_with_no_error(lang: str, tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    xlsx_template(path, lang=lang)  # type: ignore[arg-type]
    plan = pk.load(path)
    assert plan == template_plan(lang)  # type: ignore[arg-type]
    assert pk.validate(plan).ok


def test_the_template_has_drop_downs_frozen_headers_and_an_example_note(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    xlsx_template(path, lang="nb")
    wb = openpyxl.load_workbook(path)
    ws = wb[word("sheet:activities", "nb")]
    assert ws.title == "Tiltak"
    assert ws["D1"].value == "Ansvarlig"
    assert ws.freeze_panes == "B2"
    assert ws["A2"].comment is not None
    assert ws["A2"].comment.text == word("note:example", "nb")
    lists = wb[word("sheet:lists", "nb")]
    assert lists.sheet_state == "hidden"
    validations = {str(dv.sqref).split(":")[0]: dv for dv in ws.data_validations.dataValidation}
    responsible = validations["D2"]
    assert responsible.type == "list"
    assert responsible.formula1.startswith("'Lister'!$")
    levels = validations["I2"]
    offered = [
        c.value for c in lists[levels.formula1.split("!")[1].replace("$", "").split(":")[0][0]]
    ]
    assert "universal" in offered or "universell" in offered


def test_init_to_xlsx_writes_the_template(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from preventionkit.cli import app

    path = tmp_path / "plan.xlsx"
    result = CliRunner().invoke(app, ["init", "--to", str(path), "--lang", "sv"])
    assert result.exit_code == 0, result.output
    assert pk.load(path) == template_plan("sv")
    again = CliRunner().invoke(app, ["init", "--to", str(path)])
    assert again.exit_code == 2
