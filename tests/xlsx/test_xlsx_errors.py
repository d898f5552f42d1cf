"""Workbooks edited by people: every problem named by sheet and cell, edits a spreadsheet
program makes still import (issue 19, items 2 and 3, and the "Done when")."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import preventionkit as pk
from preventionkit.errors import LoadIssue, PlanLoadError
from preventionkit.io.xlsx import to_xlsx

openpyxl = pytest.importorskip("openpyxl")


@pytest.fixture
def umea_xlsx(tmp_path: Path) -> Path:
    path = tmp_path / "umea.xlsx"
    to_xlsx(pk.examples.load("umea"), path, lang="sv")
    return path


def _edit(path: Path, sheet: str, **cells: object) -> None:
    wb = openpyxl.load_workbook(path)
    for ref, value in cells.items():
        wb[sheet][ref] = value
    wb.save(path)


def _issues(path: Path) -> list[LoadIssue]:
    with pytest.raises(PlanLoadError) as info:
        pk.load(path)
    return list(info.value.issues)


def test_a_misspelt_committee_is_one_error_at_its_cell(umea_xlsx: Path) -> None:
    wb = openpyxl.load_workbook(umea_xlsx)
    assert wb["Aktiviteter"]["D1"].value == "Ansvarig"
    _edit(umea_xlsx, "Aktiviteter", D14="ifnn")
    (issue,) = _issues(umea_xlsx)
    assert issue.cell == "Aktiviteter!D14"
    assert (issue.line, issue.column) == (14, 4)
    assert issue.kind == "dangling_reference"
    assert issue.path == "activities[12].responsible[0]"
    assert "'ifnn'" in issue.text()
    assert issue.hint_text() == "did you mean 'ifn'?"
    assert str(issue).startswith(f"{umea_xlsx}:Aktiviteter!D14: activities[12].responsible[0]:")


def test_an_unknown_column_is_an_error_with_did_you_mean(umea_xlsx: Path) -> None:
    _edit(umea_xlsx, "Aktiviteter", D1="Ansvarg")
    (issue,) = _issues(umea_xlsx)
    assert issue.cell == "Aktiviteter!D1"
    assert issue.kind == "unknown_field"
    assert issue.hint_text() == "did you mean 'Ansvarig'?"


def test_a_sheet_of_ones_own_is_left_alone(umea_xlsx: Path) -> None:
    wb = openpyxl.load_workbook(umea_xlsx)
    own = wb.create_sheet("Våra anteckningar")
    own["A1"] = "Vad som helst"
    own["Q7"] = "=SUM(1, 2)"
    wb["Aktiviteter"].column_dimensions["B"].width = 90
    wb.save(umea_xlsx)
    assert pk.load(umea_xlsx) == pk.examples.load("umea")


def test_reordered_rows_and_a_row_added_at_the_end(umea_xlsx: Path) -> None:
    wb = openpyxl.load_workbook(umea_xlsx)
    ws = wb["Aktiviteter"]
    first = [c.value for c in ws[2]]
    second = [c.value for c in ws[3]]
    for col, (a, b) in enumerate(zip(first, second, strict=True), start=1):
        ws.cell(row=2, column=col).value = b
        ws.cell(row=3, column=col).value = a
    end = ws.max_row + 1
    ws.cell(row=end, column=1, value="ny-aktivitet")
    ws.cell(row=end, column=2, value="Föräldrastöd i grupp")
    ws.cell(row=end, column=4, value="ifn; Kommunstyrelsen")
    ws.cell(row=end, column=9, value="Selektiv\nindicated")
    ws.cell(row=end, column=6, value=dt.datetime(2020, 3, 1))
    ws.cell(row=end, column=7, value="2021-06")
    wb.save(umea_xlsx)
    with pytest.raises(PlanLoadError) as info:
        pk.load(umea_xlsx)
    # 'Kommunstyrelsen' is a name, not an id: the one error, with the id to write
    (issue,) = info.value.issues
    assert issue.cell == f"Aktiviteter!D{end}"
    assert issue.kind == "dangling_reference"
    _edit(umea_xlsx, "Aktiviteter", **{f"D{end}": "ifn; ks"})
    plan = pk.load(umea_xlsx)
    umea = pk.examples.load("umea")
    assert plan.activities[0] == umea.activities[1]
    assert plan.activities[1] == umea.activities[0]
    added = plan.activities[-1]
    assert added.responsible == ("ifn", "ks")
    assert [p.value for p in added.prevention_levels] == ["selective", "indicated"]
    assert added.timeline is not None
    assert str(added.timeline.start) == "2020-03-01"
    assert str(added.timeline.end) == "2021-06"


@pytest.mark.parametrize(
    ("cell_value", "expected"),
    [
        ("universal", "universal"),
        ("Universell", "universal"),
        ("indikert", "indicated"),
        ("indikeradd", None),
    ],
)
def test_vocabulary_cells_take_codes_and_labels(
    umea_xlsx: Path, cell_value: str, expected: str | None
) -> None:
    _edit(umea_xlsx, "Aktiviteter", I2=cell_value)
    if expected is not None:
        plan = pk.load(umea_xlsx)
        assert [p.value for p in plan.activities[0].prevention_levels] == [expected]
        return
    (issue,) = _issues(umea_xlsx)
    assert issue.cell == "Aktiviteter!I2"
    assert issue.kind == "unknown_value"
    assert issue.hint is not None
    assert issue.hint_text().startswith("did you mean 'indikerad'?")


def test_a_workbook_in_another_language_reads_the_same(tmp_path: Path) -> None:
    plan = pk.examples.load("gavle")
    for lang in ("en", "nb"):
        path = tmp_path / f"{lang}.xlsx"
        to_xlsx(plan, path, lang=lang)  # type: ignore[arg-type]
        assert pk.load(path) == plan


def test_partial_dates_stay_partial_and_full_dates_are_dates(umea_xlsx: Path) -> None:
    wb = openpyxl.load_workbook(umea_xlsx)
    plan_sheet = wb["Plan"]
    row = next(r for r in range(1, 30) if plan_sheet.cell(r, 1).value == "Dokumentdatum")
    assert plan_sheet.cell(row, 2).value == "2019"  # text: a year stays a year
    plan_sheet.cell(row, 2).value = 2019  # typed as a number in Excel
    decisions = wb["Beslut"]
    date_col = next(c for c in range(1, 10) if decisions.cell(1, c).value == "Datum")
    decisions.cell(2, date_col).value = dt.datetime(2019, 6, 17)
    wb.save(umea_xlsx)
    plan = pk.load(umea_xlsx)
    assert str(plan.document_date) == "2019"
    assert str(plan.decisions[0].date) == "2019-06-17"


def test_a_formula_is_an_error_and_nothing_is_computed(umea_xlsx: Path) -> None:
    _edit(umea_xlsx, "Aktiviteter", B2='=CONCATENATE("a", "b")')
    (issue,) = _issues(umea_xlsx)
    assert issue.kind == "formula"
    assert issue.cell == "Aktiviteter!B2"
    assert issue.hint is not None


def test_text_that_looks_like_a_formula_is_kept_as_text(tmp_path: Path) -> None:
    plan = pk.examples.load("umea")
    odd = plan.model_copy(update={"title": '=HYPERLINK("http://x")', "description": "_x0041_\x01"})
    path = tmp_path / "odd.xlsx"
    to_xlsx(odd, path)
    assert pk.load(path).title == odd.title
    assert pk.load(path).description == odd.description
    wb = openpyxl.load_workbook(path)
    assert all(c.data_type != "f" for ws in wb.worksheets for row in ws.iter_rows() for c in row)


def test_merged_cells_are_an_error(umea_xlsx: Path) -> None:
    wb = openpyxl.load_workbook(umea_xlsx)
    wb["Aktiviteter"].merge_cells("D2:D3")
    wb.save(umea_xlsx)
    issues = _issues(umea_xlsx)
    assert issues[0].kind == "merged_cells"
    assert issues[0].cell == "Aktiviteter!D2"


def test_a_misspelt_sheet_name_is_named(umea_xlsx: Path) -> None:
    wb = openpyxl.load_workbook(umea_xlsx)
    wb["Aktiviteter"].title = "Aktivitetr"
    wb.save(umea_xlsx)
    # The activities are then missing, so references to them (the Umeå example's employer
    # role and funding, issue 15) are reported too; the sheet's name is one of the issues.
    issue = next(i for i in _issues(umea_xlsx) if i.kind == "unknown_field")
    assert issue.cell == "Aktivitetr!A1"
    assert issue.hint is not None
    assert "did you mean 'Aktiviteter'?" in issue.hint_text()


def test_findings_name_their_cell_in_every_format(umea_xlsx: Path) -> None:
    from preventionkit.rules.formats import format_sarif, format_text

    _edit(umea_xlsx, "Aktiviteter", D3=None, E3=None)
    report = pk.validate(pk.load(umea_xlsx), select=["PK301"])
    (finding,) = report.questions  # an empty cell does not say: asked (issue 16)
    assert finding.cell == "Aktiviteter!A3"
    assert f"{umea_xlsx}:Aktiviteter!A3: PK301" in format_text(report)
    assert json.loads(report.to_json())["questions"][0]["cell"] == "Aktiviteter!A3"
    sarif = json.loads(format_sarif(report))
    location = sarif["runs"][0]["results"][0]["locations"][0]
    assert location["logicalLocations"][0]["fullyQualifiedName"] == "Aktiviteter!A3"
    assert "region" not in location["physicalLocation"]


def test_the_html_report_links_each_finding_to_its_cell(umea_xlsx: Path) -> None:
    from preventionkit.report import render_html

    _edit(umea_xlsx, "Aktiviteter", D3=None, E3=None)
    plan = pk.load(umea_xlsx)
    html = render_html(plan, report=pk.validate(plan, select=["PK301"]))
    assert 'href="umea.xlsx#&#x27;Aktiviteter&#x27;!A3">Aktiviteter!A3</a>' in html


def test_a_large_sheet_that_does_not_state_its_size_is_refused(tmp_path: Path) -> None:
    import io
    import zipfile

    from preventionkit.io.xlsx import xlsx_bytes

    data = xlsx_bytes(pk.examples.load("umea"))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            part = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                part = b"<worksheet><sheetData>" + b"<row/>" * 400_000 + b"</sheetData></worksheet>"
            dst.writestr(info.filename, part, zipfile.ZIP_DEFLATED)
    path = tmp_path / "tall.xlsx"
    path.write_bytes(out.getvalue())
    (issue,) = _issues(path)
    assert issue.kind == "too_large"
    assert "dimension" in issue.text()


def test_columns_in_another_order_and_a_header_in_another_language(umea_xlsx: Path) -> None:
    wb = openpyxl.load_workbook(umea_xlsx)
    ws = wb["Aktiviteter"]
    ws.move_range("B1:B40", cols=30)  # the titles go to the far right
    ws["AF1"] = "Title"  # an English header in a Swedish workbook
    ws["H1"] = "timeline.note"  # or the field's own path
    wb.save(umea_xlsx)
    assert pk.load(umea_xlsx) == pk.examples.load("umea")


def test_an_external_link_is_never_followed() -> None:
    import zipfile

    case = Path(__file__).parents[1] / "bad" / "xlsx_formula_external_link.xlsx"
    with zipfile.ZipFile(case) as package:
        rels = package.read("xl/externalLinks/_rels/externalLink1.xml.rels").decode()
    assert "https://example.invalid/plan.xlsx" in rels
    (issue,) = _issues(case)  # the corpus test checks no socket or file is opened
    assert issue.kind == "formula"
    assert issue.cell == "Aktiviteter!B5"


def test_a_workbook_of_ones_own_gets_one_error_saying_where_to_start(tmp_path: Path) -> None:
    path = tmp_path / "aktivitetsplan.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws.append(["Aktivitet", "Ansvar", "Tidsplan"])
    ws.append(["Kartläggning", "KS", 2019])
    wb.save(path)
    (issue,) = _issues(path)
    assert issue.kind == "missing_field"
    assert issue.cell == "Blad1!A1"
    assert issue.hint is not None
    assert "preventionkit init --to plan.xlsx" in issue.hint_text()


def test_a_workbook_without_its_plan_sheet_says_so_once(umea_xlsx: Path) -> None:
    wb = openpyxl.load_workbook(umea_xlsx)
    del wb["Plan"]
    wb.save(umea_xlsx)
    (issue,) = _issues(umea_xlsx)
    assert issue.kind == "missing_field"
    assert "'Plan'" in issue.text()
