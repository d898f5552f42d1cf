"""Model and API defects found by the second hostile-input review (issue 21, item 7)."""

from __future__ import annotations

import copy
import pickle
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

import preventionkit as pk
from preventionkit.errors import InvalidArgument
from preventionkit.model._base import ID_PATTERN

MINIMAL = "preventionkit: 1\nid: x\ntitle: t\n"


def _issue(text: str) -> pk.LoadIssue:
    with pytest.raises(pk.PlanLoadError) as info:
        pk.loads(text)
    (issue,) = info.value.issues
    return issue


def test_a_validated_plan_deep_copies_and_compares() -> None:
    plan = pk.examples.load("umea")
    pk.validate(plan)  # fills the caches that used to make == recurse
    twin = copy.deepcopy(plan)
    assert twin == plan
    assert hash(twin) == hash(plan)
    assert copy.copy(plan) == plan
    assert pk.validate(twin).findings == pk.validate(plan).findings
    assert plan != pk.examples.load("gavle")
    assert plan.__eq__(42) is NotImplemented


def test_two_plans_built_in_code_compare() -> None:
    data = pk.examples.load("umea").model_dump(mode="json", exclude_none=True)
    a, b = pk.ActionPlan.model_validate(data), pk.ActionPlan.model_validate(data)
    pk.validate(a)
    pk.validate(b)
    assert a == b


def test_reports_pickle() -> None:
    report = pk.validate(pk.examples.load("umea"))
    back = pickle.loads(pickle.dumps(report))
    assert back == report
    assert back.coverage.counts() == report.coverage.counts()
    with pytest.raises(TypeError):
        back.coverage.cells[next(iter(back.coverage.cells))] = ()  # type: ignore[index]


def test_raci_pickles() -> None:
    matrix = pk.graph.raci(pk.examples.load("umea"))
    assert pickle.loads(pickle.dumps(matrix)) == matrix


def test_sweep_validate_in_a_process_pool() -> None:
    plans = [pk.examples.load("umea"), pk.examples.load("gavle")]
    with ProcessPoolExecutor(max_workers=1) as pool:
        reports = pk.scenarios.sweep(plans, pk.validate, executor=pool)
    assert [r.plan_id for r in reports] == [p.id for p in plans]


@pytest.mark.parametrize("data", [42, None, ["preventionkit: 1"], {"id": "x"}])
def test_loads_of_a_non_string_is_a_clear_type_error(data: object) -> None:
    with pytest.raises(TypeError) as info:
        pk.loads(data)  # type: ignore[arg-type]
    assert isinstance(info.value, InvalidArgument)
    assert isinstance(info.value, pk.PreventionKitError)
    assert type(data).__name__ in str(info.value)


def test_loads_reads_bytearray() -> None:
    assert pk.loads(bytearray(MINIMAL.encode())).id == "x"


def test_unknown_formats_are_refused(tmp_path: Path) -> None:
    plan = pk.examples.load("umea")
    target = tmp_path / "plan.yaml"
    pk.dump(plan, target)
    for call in (
        lambda: pk.loads(MINIMAL, format="xml"),  # type: ignore[arg-type]
        lambda: pk.load(target, format="xml"),  # type: ignore[arg-type]
        lambda: pk.dumps(plan, format="xml"),  # type: ignore[arg-type]
        lambda: pk.dump(plan, tmp_path / "x.xml", format="xml"),  # type: ignore[arg-type]
    ):
        with pytest.raises(ValueError, match="'yaml' or 'json'"):
            call()
    assert not (tmp_path / "x.xml").exists()


@pytest.mark.parametrize("select", [[""], "", ["PK1", " "], "PK1,"])
def test_an_empty_rule_selector_is_an_error(select: object) -> None:
    with pytest.raises(ValueError, match="empty"):
        pk.validate(pk.examples.load("umea"), select=select)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="empty"):
        pk.validate(pk.examples.load("umea"), ignore=select)  # type: ignore[arg-type]


@pytest.mark.parametrize("version", ["true", "false", "yes"])
def test_a_boolean_is_not_a_format_version(version: str) -> None:
    issue = _issue(MINIMAL.replace("preventionkit: 1", f"preventionkit: {version}"))
    assert issue.kind == "format_version"
    assert (issue.line, issue.column) == (1, 16)


@pytest.mark.parametrize("title", ["'   '", '"\\t\\n"', "'\u3000'"])
def test_a_whitespace_only_title_is_refused(title: str) -> None:
    issue = _issue(MINIMAL.replace("title: t", f"title: {title}"))
    assert issue.kind == "invalid_value"
    assert (issue.path, issue.line) == ("title", 3)
    assert "only spaces" in issue.text()


def test_an_invalid_id_message_shows_no_regular_expression() -> None:
    issue = _issue(MINIMAL.replace("id: x", "id: 'a b'"))
    assert issue.kind == "invalid_value"
    assert "'a b' is not a valid id" in issue.text()
    assert ID_PATTERN not in str(issue)
    assert "\\u00C0" not in str(issue)
    assert issue.hint is not None
    assert "no spaces" in issue.hint_text()


def test_the_quote_hint_does_not_change_the_value() -> None:
    issue = _issue(MINIMAL + "owner: 007\n")
    assert issue.kind == "wrong_type"
    assert issue.hint is not None
    assert "'7'" not in issue.hint_text()
    assert "quote it exactly as you wrote it" in issue.hint_text()


def test_a_bad_as_of_names_the_option() -> None:
    from typer.testing import CliRunner

    from preventionkit.cli import app

    for command in (["validate", "--example", "umea"], ["graph", "--example", "umea"]):
        result = CliRunner().invoke(app, [*command, "--as-of", "2020-13-01"])
        assert result.exit_code == 2
        assert "--as-of" in result.output
        assert "2020-13-01" in result.output
