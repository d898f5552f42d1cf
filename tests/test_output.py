"""Every writer has an output cap with a clear error (issue 21, item 2)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import preventionkit as pk
from preventionkit import output
from preventionkit.errors import OutputTooLarge, PreventionKitError
from preventionkit.report import render_html, render_markdown
from preventionkit.rules.formats import format_json, format_sarif, format_text

PLAN = pk.examples.load("umea")
REPORT = pk.validate(PLAN)

WRITERS: dict[str, Callable[[], str]] = {
    "HTML report": lambda: render_html(PLAN, report=REPORT),
    "Markdown report": lambda: render_markdown(PLAN, report=REPORT),
    "GraphML export": lambda: pk.graph.to_graphml(PLAN),
    "GEXF export": lambda: pk.graph.to_gexf(PLAN),
    "DOT export": lambda: pk.graph.to_dot(PLAN),
    "Mermaid export": lambda: pk.graph.to_mermaid(PLAN),
    "RACI table": lambda: pk.graph.raci(PLAN).to_markdown(),
    "JSON report": lambda: format_json(REPORT),
    "SARIF log": lambda: format_sarif(REPORT),
    "text report": lambda: format_text(REPORT),
}


@pytest.mark.parametrize("what", sorted(WRITERS))
def test_every_writer_refuses_output_past_the_cap(
    what: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    size = len(WRITERS[what]())
    monkeypatch.setattr(output, "MAX_OUTPUT_CHARS", size - 1)
    with pytest.raises(OutputTooLarge) as info:
        WRITERS[what]()
    error = info.value
    assert isinstance(error, PreventionKitError)
    assert (error.what, error.size, error.limit) == (what, size, size - 1)
    assert what in str(error)
    monkeypatch.setattr(output, "MAX_OUTPUT_CHARS", size)
    assert len(WRITERS[what]()) == size


def test_the_cap_error_pickles() -> None:
    import pickle

    error = pickle.loads(pickle.dumps(OutputTooLarge("DOT export", 10, 5)))
    assert (error.what, error.size, error.limit) == ("DOT export", 10, 5)


def test_the_cli_reports_the_cap_on_one_line_and_exits_2(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from typer.testing import CliRunner

    from preventionkit.cli import app

    monkeypatch.setattr(output, "MAX_OUTPUT_CHARS", 100)
    target = tmp_path / "chain.dot"
    result = CliRunner().invoke(app, ["graph", "--example", "umea", "-f", "dot", "-o", str(target)])
    assert result.exit_code == 2
    assert "DOT export" in result.output
    assert "limit of 100" in result.output
    assert "Traceback" not in result.output
    assert not target.exists()


@pytest.mark.parametrize(
    "args",
    [
        ["coverage", "--example", "umea", "-f", "json"],
        ["checklist", "--example", "umea", "-f", "json"],
        ["validate", "--example", "umea", "-f", "json"],
        ["report", "--example", "umea", "-f", "markdown"],
    ],
)
def test_every_cli_output_is_capped(monkeypatch: pytest.MonkeyPatch, args: list[str]) -> None:
    from typer.testing import CliRunner

    from preventionkit.cli import app

    monkeypatch.setattr(output, "MAX_OUTPUT_CHARS", 50)
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2, result.output
    assert "limit of 50" in result.output
