"""Commands on the embedded examples: ``example``, ``--example NAME``, ``checklist``, ``graph``
and ``report`` on Umeå (the README's main command)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import preventionkit as pk


def test_example_list(invoke, check_schema) -> None:
    text = invoke("example")
    assert text.exit_code == 0
    assert "umea" in text.stdout
    doc = json.loads(invoke("example", "--format", "json").stdout)
    check_schema("example", doc)
    assert [e["name"] for e in doc["examples"]] == list(pk.examples.names())


def test_example_print_and_write(invoke, tmp_path: Path) -> None:
    printed = invoke("example", "umea")
    assert printed.exit_code == 0
    assert printed.stdout == pk.examples.text("umea")
    path = tmp_path / "umea.yaml"
    assert invoke("example", "umea", "-o", str(path)).exit_code == 0
    assert pk.load(path) == pk.examples.load("umea")
    as_json = tmp_path / "umea.json"
    assert invoke("example", "umea", "-o", str(as_json)).exit_code == 0
    assert json.loads(as_json.read_text(encoding="utf-8"))["id"] == pk.examples.load("umea").id


def test_unknown_example(invoke) -> None:
    for args in (("example", "nowhere"), ("validate", "--example", "nowhere")):
        result = invoke(*args)
        assert result.exit_code == 2
        assert "there is no example 'nowhere'" in result.stderr
        assert "umea" in result.stderr


@pytest.mark.parametrize("command", ["validate", "coverage", "checklist", "graph", "report"])
def test_every_plan_command_takes_an_example(invoke, command: str) -> None:
    result = invoke(command, "--example", "umea")
    assert result.exit_code in (0, 1), result.output
    assert result.stdout


def test_plan_and_example_together_is_a_usage_error(invoke, tmp_path: Path) -> None:
    result = invoke("coverage", str(tmp_path / "x.yaml"), "--example", "umea")
    assert result.exit_code == 2
    assert "not both" in result.stderr


def test_checklist_step1(invoke, check_schema) -> None:
    result = invoke("checklist", "--example", "umea", "--format", "json")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    check_schema("checklist", doc)
    assert len(doc["items"]) == 9
    assert all(item["provenance"] for item in doc["items"])
    sv = invoke("checklist", "--example", "umea", "--lang", "sv")
    assert sv.exit_code == 0
    md = invoke("checklist", "--example", "umea", "-f", "markdown")
    assert md.stdout.count("\n") == 11


def test_checklist_unknown_framework(invoke) -> None:
    result = invoke("checklist", "--example", "umea", "--framework", "step9")
    assert result.exit_code == 2
    assert "step9" in result.stderr


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "dot", "mermaid", "json"])
def test_graph_exports(invoke, fmt: str, tmp_path: Path, check_schema) -> None:
    out = tmp_path / f"g.{fmt}"
    result = invoke("graph", "--example", "umea", "--format", fmt, "-o", str(out))
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text == invoke("graph", "--example", "umea", "--format", fmt).stdout
    if fmt == "json":
        doc = json.loads(text)
        check_schema("graph", doc)
        assert any(n["id"] == "ks" for n in doc["nodes"])
    elif fmt in ("graphml", "gexf"):
        root = ET.fromstring(text)
        assert root.tag.endswith(fmt)
    elif fmt == "dot":
        assert "digraph" in text
    else:
        assert text.lstrip().startswith(("flowchart", "graph", "%%"))


@pytest.mark.parametrize("suffix", [".svg", ".png"])
def test_graph_draw(invoke, tmp_path: Path, small: Path, suffix: str) -> None:
    pytest.importorskip("matplotlib")
    out = tmp_path / f"chain{suffix}"
    result = invoke("graph", str(small), "--draw", str(out), "--lang", "en")
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    assert data.startswith(b"\x89PNG" if suffix == ".png" else b"<?xml")


def test_graph_draw_refuses_other_suffixes(invoke, tmp_path: Path) -> None:
    result = invoke("graph", "--example", "umea", "--draw", str(tmp_path / "x.jpg"))
    assert result.exit_code == 2
    assert ".png or .svg" in result.stderr


def test_readme_main_command_and_umea_report(invoke, tmp_path: Path) -> None:
    """`preventionkit validate --example umea` and `report --example umea -o umea.html`."""
    validated = invoke("validate", "--example", "umea")
    assert validated.exit_code in (0, 1)
    assert "PK201" not in validated.stdout  # Umeå has a mandate holder (002 §1.8)
    html = tmp_path / "umea.html"
    result = invoke("report", "--example", "umea", "-o", str(html))
    assert result.exit_code == 0
    text = html.read_text(encoding="utf-8")
    assert "Samverkansrådet" in text
    assert text.count('class="pk-cell"') == 12


def test_example_does_not_overwrite_without_force(invoke, tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text("mine", encoding="utf-8")
    refused = invoke("example", "umea", "-o", str(path))
    assert refused.exit_code == 2
    assert "exists" in refused.stderr
    assert path.read_text(encoding="utf-8") == "mine"
    assert invoke("example", "umea", "-o", str(path), "--force").exit_code == 0
    assert pk.load(path).id == pk.examples.load("umea").id
