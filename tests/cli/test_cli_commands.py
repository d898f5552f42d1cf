"""The other commands: coverage, schema, catalogue, init, report, checklist, graph, and the
shared behaviour (JSON errors, colour, ``python -m preventionkit``)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import preventionkit as pk


def test_coverage_table_and_counts(invoke, small: Path) -> None:
    result = invoke("coverage", str(small))
    assert result.exit_code == 0
    assert "community" in result.stdout
    assert "3 of 12 cells covered" in result.stdout


def test_coverage_ids_and_swedish(invoke, small: Path) -> None:
    result = invoke("coverage", str(small), "--ids", "--lang", "sv")
    assert "kartlaggning" in result.stdout
    assert "närmiljö" in result.stdout
    assert "3 av 12 rutor täckta" in result.stdout


def test_coverage_json_follows_its_schema(invoke, check_schema, small: Path) -> None:
    result = invoke("coverage", str(small), "--format", "json")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    check_schema("coverage", doc)
    assert doc["counts"] == [[0, 0, 1, 0]] * 3
    assert doc["covered_cells"] == 3


def test_coverage_markdown_marks_empty_cells(invoke, small: Path) -> None:
    result = invoke("coverage", str(small), "-f", "markdown")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("| | individual")
    assert lines[2] == "| universal | **0** | **0** | 1 | **0** |"


def test_load_error_in_json_mode_is_json_too(invoke, check_schema, broken: Path) -> None:
    result = invoke("coverage", str(broken), "--format", "json")
    assert result.exit_code == 2
    doc = json.loads(result.stdout)
    check_schema("error", doc)
    assert [i["line"] for i in doc["issues"]] == [9, 10, 11]
    assert result.stderr.count("\n") == 3


def test_load_error_in_text_mode_goes_to_stderr(invoke, broken: Path) -> None:
    result = invoke("coverage", str(broken))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.splitlines()[2].startswith(f"{broken}:11:5: activities[0].timline:")


def test_what_a_plan_wrote_is_quoted_as_written_never_as_an_emoji(invoke, tmp_path: Path) -> None:
    """rich turns ``:fire:`` into an emoji in every string it prints unless told not to; a
    value quoted back from the plan must read as the plan wrote it."""
    plan = tmp_path / "emoji.yaml"
    plan.write_text(
        'preventionkit: 1\nid: p\ntitle: ":fire: plan"\nactors:\n'
        '  - {id: a, name: N, kind: ":fire:"}\n',
        encoding="utf-8",
    )
    result = invoke("validate", str(plan))
    assert result.exit_code == 2
    said = result.stdout + result.stderr
    assert "':fire:'" in said
    assert "\N{FIRE}" not in said


def test_schema_is_the_plan_schema(invoke, tmp_path: Path) -> None:
    result = invoke("schema")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == pk.schema()
    out = tmp_path / "plan.schema.json"
    assert invoke("schema", "-o", str(out)).exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8")) == pk.schema()


def test_catalogue_list_search_show(invoke, check_schema) -> None:
    listing = invoke("catalogue", "--format", "json")
    assert listing.exit_code == 0
    doc = json.loads(listing.stdout)
    check_schema("catalogue", doc)
    assert [e["id"] for e in doc["entries"]] == sorted(p.id for p in pk.catalogue.entries())
    first = pk.catalogue.entries()[0]
    found = json.loads(invoke("catalogue", "-s", first.name_en, "-f", "json").stdout)
    assert first.id in [e["id"] for e in found["entries"]]
    shown = invoke("catalogue", first.id, "--lang", "sv")
    assert shown.exit_code == 0
    assert first.name_sv in shown.stdout
    assert first.source in shown.stdout
    text = invoke("catalogue")
    assert first.id in text.stdout


def test_catalogue_unknown_id(invoke) -> None:
    result = invoke("catalogue", "no-such-programme")
    assert result.exit_code == 2
    assert "no entry 'no-such-programme'" in result.stderr


def test_catalogue_search_without_hits(invoke) -> None:
    result = invoke("catalogue", "--search", "zzzz-nothing")
    assert result.exit_code == 0
    assert "No entry matches." in result.stdout


def test_init_writes_a_plan_that_loads_and_validates(invoke, tmp_path: Path) -> None:
    path = tmp_path / "ny.yaml"
    result = invoke(
        "init",
        str(path),
        "--title",
        "Handlingsplan mot våld i Exempelby",
        "--start",
        "2024",
        "--end",
        "2027",
    )
    assert result.exit_code == 0, result.output
    plan = pk.load(path)
    assert plan.id == "handlingsplan-mot-vald-i-exempelby"
    assert str(plan.period.start) == "2024"
    assert str(plan.period.end) == "2027"
    report = pk.validate(plan)
    assert not report.by_code("PK201"), "the scaffold has a mandate holder"
    assert report.by_code("PK101"), "activities are still to be written"
    assert f"preventionkit validate {path}" in result.stdout
    again = invoke("validate", str(path))
    assert again.exit_code == 1


def test_init_refuses_to_overwrite(invoke, tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text("keep me", encoding="utf-8")
    result = invoke("init", str(path), "--title", "T")
    assert result.exit_code == 2
    assert path.read_text(encoding="utf-8") == "keep me"
    assert invoke("init", str(path), "--title", "T", "--force").exit_code == 0


def test_init_dialogue(invoke, tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    answers = "Plan för Umeå\n\n2019\n2022\nSamverkansrådet\n"
    result = invoke("init", str(path), "--interactive", "--lang", "sv", input=answers)
    assert result.exit_code == 0, result.output
    plan = pk.load(path)
    assert plan.title == "Plan för Umeå"
    assert plan.id == "plan-for-umea"
    assert plan.body("styrgrupp").name == "Samverkansrådet"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--title", "T", "--start", "twenty"), "--start must be a year"),
        (
            ("--title", "T", "--start", "2025", "--end", "2024"),
            "ends (2024) before it starts (2025)",
        ),
        (("--no-interactive",), "give --title"),
    ],
)
def test_init_bad_flags(invoke, tmp_path: Path, args, message: str) -> None:
    result = invoke("init", str(tmp_path / "p.yaml"), *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert not (tmp_path / "p.yaml").exists()


def test_init_quotes_titles_safely(invoke, tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    title = "Plan: 'mot' våld # inte en kommentar"
    assert invoke("init", str(path), "--title", title).exit_code == 0
    assert pk.load(path).title == title


def test_report_html_and_markdown(invoke, tmp_path: Path, small: Path) -> None:
    html = tmp_path / "r.html"
    result = invoke("report", str(small), "-o", str(html), "--lang", "sv")
    assert result.exit_code == 0, result.output
    text = html.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    assert 'id="pk-heatmap"' in text
    assert 'id="pk-chain"' in text
    assert 'id="findings"' in text
    assert '<html lang="sv">' in text
    md = tmp_path / "r.md"
    assert invoke("report", str(small), "-o", str(md)).exit_code == 0
    assert md.read_text(encoding="utf-8").startswith("# Umeå kommuns handlingsplan mot våld")
    printed = invoke("report", str(small), "--format", "markdown")
    assert printed.stdout == md.read_text(encoding="utf-8")


def test_report_is_deterministic(invoke, small: Path) -> None:
    first = invoke("report", str(small)).stdout
    assert first == invoke("report", str(small)).stdout
    assert "<svg" in first


def test_no_color_flag_and_environment(invoke, erroneous: Path) -> None:
    coloured = invoke(
        "validate",
        str(erroneous),
        env={"NO_COLOR": None, "FORCE_COLOR": "1", "TERM": "xterm-256color"},
    )
    assert "\x1b[" in coloured.stdout
    assert (
        "\x1b["
        not in invoke(
            "validate", str(erroneous), "--no-color", env={"NO_COLOR": None, "FORCE_COLOR": "1"}
        ).stdout
    )
    assert (
        "\x1b["
        not in invoke("validate", str(erroneous), env={"NO_COLOR": "1", "FORCE_COLOR": "1"}).stdout
    )


def test_version_and_help(invoke) -> None:
    assert invoke("--version").stdout.strip() == f"preventionkit {pk.__version__}"
    help_text = invoke("--help").stdout
    for command in (
        "validate",
        "coverage",
        "graph",
        "report",
        "schema",
        "example",
        "catalogue",
        "checklist",
        "init",
    ):
        assert command in help_text


def test_unknown_command_is_a_usage_error(invoke) -> None:
    result = invoke("frobnicate")
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_an_internal_error_is_one_line_and_exit_3(invoke, small: Path, monkeypatch) -> None:
    from preventionkit import rules

    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(rules, "validate", explode)
    result = invoke("validate", str(small))
    assert result.exit_code == 3
    assert result.stderr == "InternalError: RuntimeError: boom second line\n"


def test_python_dash_m(small: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "preventionkit", "validate", str(small), "--no-color"],
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "", "NO_COLOR": "1", "PYTHONIOENCODING": "utf-8"},
    )
    assert done.returncode == 0, done.stderr
    assert "PK102" in done.stdout


def test_main_without_typer_says_how_to_install(monkeypatch, capsys) -> None:
    from preventionkit.__main__ import main

    monkeypatch.setitem(sys.modules, "typer", None)
    assert main(["validate"]) == 2
    assert "pip install 'preventionkit[cli]'" in capsys.readouterr().err


def test_run_returns_exit_codes(small: Path, broken: Path, capsys) -> None:
    from preventionkit.cli import run

    assert run(["validate", str(small)]) == 0
    assert run(["validate", str(broken)]) == 2
    assert run([]) in (0, 2)
    capsys.readouterr()


def test_runs_without_click_where_typer_vendors_it(small: Path) -> None:
    """A fresh `pip install 'preventionkit[cli]'` has typer and rich but may lack click."""
    import importlib.util

    if importlib.util.find_spec("typer._click") is None:
        pytest.skip("this typer depends on click itself")
    code = (
        "import sys; sys.modules['click'] = None\n"
        "from preventionkit.__main__ import main\n"
        f"sys.exit(main(['validate', {str(small)!r}, '--no-color']))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "PK102" in done.stdout


@pytest.mark.parametrize("command", ["coverage", "checklist", "graph", "report"])
def test_every_plan_command_reads_standard_input(invoke, small: Path, command: str) -> None:
    from_file = invoke(command, str(small))
    from_stdin = invoke(command, "-", input=small.read_bytes())
    assert from_stdin.exit_code == 0, from_stdin.output
    assert from_stdin.stdout == from_file.stdout.replace(str(small), "<stdin>")


def test_the_bare_command_prints_help_and_exits_0() -> None:
    """`preventionkit` alone is a question, not a usage error (issue 12 item 7)."""
    done = subprocess.run(
        [sys.executable, "-m", "preventionkit"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "validate" in done.stdout
    assert "Check violence-prevention action plans" in done.stdout


@pytest.mark.parametrize("columns", ["50", "80"])
def test_ids_are_never_cut_in_tables(invoke, columns: str) -> None:
    """A table shows every id whole, however narrow the terminal: ids are typed back
    (issue 12 item 7: 'agera-tillsa…')."""
    env = {"COLUMNS": columns}
    covered = invoke("coverage", "--example", "gavle", "--ids", env=env)
    plan = pk.examples.load("gavle")
    cells = pk.coverage(plan).cells.values()
    for activity_id in {i for ids in cells for i in ids}:
        assert activity_id in covered.stdout.split(), activity_id
    listed = invoke("catalogue", env=env)
    words = set(listed.stdout.split())
    for entry in pk.catalogue.entries():
        assert entry.id in words, entry.id
    examples = invoke("example", env=env)
    for name in pk.examples.names():
        assert name in examples.stdout.split()
        assert pk.examples.load(name).id in examples.stdout.split()
