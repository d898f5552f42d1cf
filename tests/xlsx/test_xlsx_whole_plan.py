"""The parts of a plan the first workbook left out (issue 19): indicator breakdowns, the plan's
own vocabulary terms and programmes, and lists of records stated empty, each written,
offered in a drop-down, read back equal, and every mistake in them located at its cell."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

import preventionkit as pk
from preventionkit.errors import LoadIssue, PlanLoadError
from preventionkit.io import DEFAULT_LIMITS
from preventionkit.io.xlsx import xlsx_bytes
from preventionkit.io.xlsx._read import read_workbook

from .xlsx_helpers import WHOLE_PLAN, cell_normal

openpyxl = pytest.importorskip("openpyxl")

_REALWORLD = sorted((Path(__file__).parents[1] / "realworld").glob("*.yaml"))


def _load(data: bytes) -> pk.ActionPlan:
    return read_workbook(data, "plan.xlsx", DEFAULT_LIMITS)


def _issues(data: bytes) -> list[LoadIssue]:
    with pytest.raises(PlanLoadError) as info:
        _load(data)
    return list(info.value.issues)


def _edited(data: bytes, sheet: str, **cells: object) -> bytes:
    wb = openpyxl.load_workbook(io.BytesIO(data))
    for ref, value in cells.items():
        wb[sheet][ref] = value
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _rows(data: bytes, sheet: str) -> list[tuple[Any, ...]]:
    wb = openpyxl.load_workbook(io.BytesIO(data))
    return [tuple(row) for row in wb[sheet].iter_rows(values_only=True)]


@pytest.fixture(scope="module")
def plan() -> pk.ActionPlan:
    return pk.ActionPlan.model_validate(WHOLE_PLAN)


@pytest.mark.parametrize("lang", ["sv", "en", "nb"])
def test_vocabulary_programmes_breakdowns_and_stated_none_come_back(
    plan: pk.ActionPlan, lang: str
) -> None:
    back = _load(xlsx_bytes(plan, lang))  # type: ignore[arg-type]
    assert back == cell_normal(plan)
    assert back.actor("fire").kind.label("en") == "Fire and rescue authority"
    periods = back.indicator("injuries").periods
    assert [len(p.breakdown) for p in periods] == [2, 0, 1]
    # stated none stays apart from not stated, at every depth
    assert back.knows("mandates") == "absent"
    assert back.knows("goals") == "unstated"
    assert back.knows("indicators[0].periods[1].breakdown") == "absent"
    assert back.knows("indicators[0].periods[2].breakdown") == "present"
    assert back.knows("indicators[1].periods") == "absent"
    assert back.knows("indicators[0].periods[0].target") == "unstated"


def test_the_sheets_show_labels_and_name_periods_by_label_or_number(
    plan: pk.ActionPlan,
) -> None:
    data = xlsx_bytes(plan, "en")
    terms = _rows(data, "Own terms")
    assert terms[0][:6] == (
        "Code",
        "Extends the vocabulary",
        "Label (Swedish)",
        "Label (English)",
        "Label (Norwegian)",
        "Labels (other languages)",
    )
    assert terms[1][:6] == (
        "x-uk:fire_and_rescue",
        "actor_kind",
        "Räddningstjänst",
        "Fire and rescue authority",
        None,
        "de: Feuerwehr",
    )
    assert terms[2][5] == "fr: Violence grave; des jeunes\n"  # a ';' inside stays one label
    assert _rows(data, "Actors")[2][3] == "Fire and rescue authority"
    breakdown = _rows(data, "Indicator breakdowns")
    assert [r[:4] for r in breakdown[1:]] == [
        ("injuries", "2023", "age", "under 25"),
        ("injuries", "2023", "age", "25 and over"),
        ("injuries", "2024", "(none)", None),
        ("injuries", 3, "sex", "f"),  # no label of its own: its number among the periods
    ]
    assert _rows(data, "Mandates")[1][0] == "(none)"
    assert _rows(data, "Indicator periods")[-1][:2] == ("reoffending", "(none)")
    assert len(_rows(data, "Goals")) == 1  # not stated: the header alone


def test_drop_downs_offer_declared_terms_own_programmes_and_packs(plan: pk.ActionPlan) -> None:
    wb = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(plan, "en")))
    lists = wb["Lists"]
    columns = {
        col[0].value: [c.value for c in col[1:] if c.value is not None] for col in lists.iter_cols()
    }
    assert "Fire and rescue authority" in columns["ActorKind"]
    assert "Serious youth violence" in columns["ViolenceArea"]
    assert columns["programme ids"][0] == "reach"
    assert "uk-serious-violence-duty" in columns["framework packs"]
    assert columns["vocabulary"] == [
        "actor_kind",
        "arena",
        "body_role",
        "sector",
        "target_group",
        "violence_area",
    ]
    ref = next(
        dv.formula1
        for dv in wb["Own terms"].data_validations.dataValidation
        if "B2" in str(dv.sqref)
    )
    assert ref.startswith("'Lists'!")


def test_a_declared_term_is_read_by_any_of_its_labels(plan: pk.ActionPlan) -> None:
    data = xlsx_bytes(plan, "sv")
    for spelling in ("Feuerwehr", "räddningstjänst", "x-uk:fire_and_rescue"):
        back = _load(_edited(data, "Aktörer", D3=spelling))
        assert back.actor("fire").kind == "x-uk:fire_and_rescue"


def test_an_undeclared_term_is_an_error_at_its_cell(plan: pk.ActionPlan) -> None:
    data = _edited(xlsx_bytes(plan, "en"), "Actors", D3="x-uk:fire_and_rescu")
    (issue,) = _issues(data)
    assert issue.cell == "Actors!D3"
    assert issue.path == "actors[1].kind"
    assert "x-uk:fire_and_rescue" in issue.hint_text()


def test_a_label_without_its_language_is_an_error_at_its_cell(plan: pk.ActionPlan) -> None:
    data = _edited(xlsx_bytes(plan, "en"), "Own terms", F2="Feuerwehr")
    (issue,) = _issues(data)
    assert issue.cell == "'Own terms'!F2"
    assert issue.kind == "invalid_value"
    assert "de: Feuerwehr" in issue.hint_text()


def test_a_label_given_twice_is_an_error(plan: pk.ActionPlan) -> None:
    data = _edited(xlsx_bytes(plan, "en"), "Own terms", F2="en: Fire service")
    (issue,) = _issues(data)
    assert (issue.cell, issue.kind) == ("'Own terms'!F2", "duplicate_key")


def test_a_breakdown_naming_no_period_of_its_indicator_is_located(plan: pk.ActionPlan) -> None:
    data = _edited(xlsx_bytes(plan, "en"), "Indicator breakdowns", B2="2032")
    (issue,) = _issues(data)
    assert issue.cell == "'Indicator breakdowns'!B2"
    assert "2032" in issue.text()
    assert "1 to 3" in issue.hint_text()


def test_a_breakdown_of_an_unknown_indicator_says_the_closest(plan: pk.ActionPlan) -> None:
    data = _edited(xlsx_bytes(plan, "en"), "Indicator breakdowns", A2="injurie")
    (issue,) = _issues(data)
    assert issue.cell == "'Indicator breakdowns'!A2"
    assert "injuries" in issue.hint_text()


def test_a_period_typed_as_its_number_or_its_label_is_the_same(plan: pk.ActionPlan) -> None:
    data = xlsx_bytes(plan, "en")
    by_number = _load(_edited(data, "Indicator breakdowns", B2=1, B3="1"))
    assert by_number == _load(data)


def test_none_beside_records_is_an_error_at_the_none(plan: pk.ActionPlan) -> None:
    data = xlsx_bytes(plan, "en")
    data = _edited(data, "Mandates", B3="council", C3="council", G3="Lead the strategy")
    (issue,) = _issues(data)
    assert issue.cell == "Mandates!A2"
    assert "(none)" in issue.hint_text()


def test_an_empty_sheet_says_nothing_and_none_says_none(plan: pk.ActionPlan) -> None:
    data = _edited(xlsx_bytes(plan, "sv"), "Mandat", A2=None)
    assert _load(data).knows("mandates") == "unstated"
    data = _edited(xlsx_bytes(plan, "sv"), "Mål", A2="(none)")  # any language's word
    assert _load(data).knows("goals") == "absent"


@pytest.mark.parametrize("path", _REALWORLD, ids=lambda p: p.stem)
def test_every_real_plan_comes_back_equal(path: Path) -> None:
    plan = pk.load(path)
    back = _load(xlsx_bytes(plan, "en"))
    assert back == cell_normal(plan)
    assert pk.dumps(back) == pk.dumps(cell_normal(plan))


def test_a_period_label_typed_as_a_number_is_found_by_its_label(plan: pk.ActionPlan) -> None:
    data = xlsx_bytes(plan, "en")
    typed = _edited(data, "Indicator breakdowns", B2=2023, B3=2023.0)  # a number, not text
    assert _load(typed) == _load(data)


def test_a_term_declared_without_its_source_is_one_error_at_the_empty_cell(
    plan: pk.ActionPlan,
) -> None:
    data = _edited(xlsx_bytes(plan, "sv"), "Egna begrepp", H2=None)
    issues = {issue.path: issue for issue in _issues(data)}
    assert issues["vocabulary[0].source"].cell == "'Egna begrepp'!H2"
    # its use is reported as a use of its code, as in a YAML file, not as an unknown label
    assert issues["actors[1].kind"].kind == "unknown_term"
    assert "Räddningstjänst" not in issues["actors[1].kind"].text()


def test_a_mistake_on_the_new_sheets_is_located(plan: pk.ActionPlan) -> None:
    data = xlsx_bytes(plan, "sv")
    (issue,) = _issues(_edited(data, "Program och metoder", D2="programm"))
    assert (issue.cell, issue.path) == ("'Program och metoder'!D2", "programmes[0].kind")
    assert "programme" in issue.hint_text()
    issues = {i.path: i for i in _issues(_edited(data, "Egna begrepp", B2="actor_kin"))}
    assert issues["vocabulary[0].vocabulary"].cell == "'Egna begrepp'!B2"
    assert "actor_kind" in issues["vocabulary[0].vocabulary"].hint_text()
    (issue,) = _issues(_edited(data, "Indikatoruppdelning", C2=None))
    assert issue.cell == "Indikatoruppdelning!C2"
    assert issue.path == "indicators[0].periods[0].breakdown[0].dimension"


def test_a_record_that_states_nothing_is_kept_as_a_row() -> None:
    plan = pk.loads(
        "preventionkit: 2\nid: p\ntitle: Plan\nfunding: [{}]\n"
        "indicators: [{id: unga, name: UNGA, periods: [{}]}]\n"
    )
    data = xlsx_bytes(plan, "sv")
    assert _rows(data, "Finansiering")[1][0] == "(inget angivet)"
    back = _load(data)
    assert back == plan
    assert back.knows("funding") == "present"
