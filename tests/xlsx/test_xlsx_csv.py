"""The activity table alone as CSV (issue 19, item 4): UTF-8 with a BOM, ``;`` or ``,`` found
on reading, formula-like cells neutralised, errors named by cell."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import preventionkit as pk
from preventionkit.errors import PlanLoadError
from preventionkit.io.xlsx import activities_csv, read_activities_csv, to_activities_csv
from preventionkit.io.xlsx._csv import neutralise, restore
from preventionkit.testing import valid_plans

from .xlsx_helpers import cell_normal

_FORMULA = ("=", "+", "-", "@", "\t", "\r")


@given(st.text())
def test_neutralising_is_reversible_and_leaves_no_formula(text: str) -> None:
    safe = neutralise(text)
    assert restore(safe) == text
    assert not safe.startswith(_FORMULA)


@pytest.mark.parametrize("lang", ["sv", "en", "nb"])
@pytest.mark.parametrize("delimiter", [";", ","])
def test_the_activities_come_back_equal(lang: str, delimiter: str, tmp_path: Path) -> None:
    plan = pk.examples.load("umea")
    path = tmp_path / "activities.csv"
    path.write_bytes(activities_csv(plan, lang=lang, delimiter=delimiter).encode("utf-8"))  # type: ignore[arg-type]
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    emptied = plan.model_copy(update={"activities": ()})
    assert read_activities_csv(path, emptied) == plan


def test_formula_like_text_is_neutralised_in_the_file(tmp_path: Path) -> None:
    plan = pk.examples.load("umea")
    first = plan.activities[0].model_copy(update={"title": '=HYPERLINK("http://x")'})
    odd = plan.model_copy(update={"activities": (first, *plan.activities[1:])})
    path = tmp_path / "activities.csv"
    to_activities_csv(odd, path)
    text = path.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text
    assert ";=" not in text
    assert read_activities_csv(path, plan).activities[0].title == first.title


def test_a_misspelt_responsible_is_named_by_its_cell(tmp_path: Path) -> None:
    plan = pk.examples.load("umea")
    path = tmp_path / "activities.csv"
    to_activities_csv(plan, path)
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows[13][3] == "fgn; gvn"
    rows[13][3] = "fgn; gvm"
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream, delimiter=";").writerows(rows)
    with pytest.raises(PlanLoadError) as info:
        read_activities_csv(path, plan)
    (issue,) = info.value.issues
    assert issue.cell == "D14"
    assert issue.hint_text() == "did you mean 'gvn'?"
    assert str(issue).startswith(f"{path}:D14: activities[12].responsible[1]:")


@settings(max_examples=25)
@given(plan=valid_plans(max_activities=4))
def test_any_plans_activities_come_back_equal_through_csv(plan: pk.ActionPlan) -> None:
    import tempfile

    text = activities_csv(plan, lang="nb")
    assume("\x00" not in text)  # the loader refuses NUL in any text file, CSV included
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "tiltak.csv"
        path.write_bytes(text.encode("utf-8"))
        back = read_activities_csv(path, plan.model_copy(update={"activities": ()}))
    assert back.activities == cell_normal(plan).activities


def test_a_csv_saying_none_states_no_activities(tmp_path: Path) -> None:
    plan = pk.loads("preventionkit: 2\nid: p\ntitle: Plan\nactivities: [{id: x, title: X}]")
    path = tmp_path / "aktiviteter.csv"
    path.write_text("Id;Titel\n(inga);\n", encoding="utf-8")
    back = read_activities_csv(path, plan)
    assert back.activities == ()
    assert back.knows("activities") == "absent"
    path.write_text("Id;Titel\n(inga);\nabc;Föräldrastöd\n", encoding="utf-8")
    with pytest.raises(PlanLoadError) as info:
        read_activities_csv(path, plan)
    (issue,) = info.value.issues
    assert issue.cell == "A2"
