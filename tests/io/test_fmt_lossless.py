"""``fmt`` loses nothing (issue 21 item 5): it keeps every comment and every value's text, the
line ends and a byte-order mark, or it refuses (exit 2) and leaves the file untouched.

``fmt_cases/`` holds one file per case the attack of issue 21 found; ``EXPECTED`` says
whether fmt keeps it byte for byte or refuses it, and where the refusal points.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import preventionkit as pk
from preventionkit.io import FormatError, format_file, format_source
from preventionkit.testing import valid_plans

CASES = Path(__file__).parent / "fmt_cases"
KEPT = "kept exactly"
EXPECTED: dict[str, Any] = {
    "byte_order_mark.yaml": KEPT,
    "crlf.yaml": KEPT,
    "lone_cr.yaml": KEPT,
    "long_line.yaml": KEPT,  # 6,000 characters on one line: never folded
    "duplicate_anchor.yaml": KEPT,  # valid YAML; ruamel keeps both, without a warning
    "json_exponent.json": KEPT,  # 1.0E0 and "v\u00e5ld" stay as written
    "tab_in_plain_value.yaml": (3, 12),  # ruamel.yaml does not read it; the loader does
    "comment_in_flow_list.yaml": (11, 23),  # [ks, # who]: ruamel drops it
    "comment_after_document_end.yaml": (5, 1),  # after '...': ruamel drops it
    "comment_on_document_start.yaml": (1, 5),  # '--- # x': ruamel moves it
}


def test_every_case_file_has_an_expectation() -> None:
    assert sorted(p.name for p in CASES.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_case_is_kept_exactly_or_refused_cleanly(name: str, tmp_path: Path) -> None:
    copy = tmp_path / name
    raw = (CASES / name).read_bytes()
    copy.write_bytes(raw)
    expected = EXPECTED[name]
    if expected == KEPT:
        assert format_file(copy) is False
    else:
        with pytest.raises(FormatError) as info:
            format_file(copy)
        assert (info.value.line, info.value.column) == expected
        assert info.value.file == str(copy)
        assert str(info.value).startswith(f"{copy}:{expected[0]}:{expected[1]}: fmt cannot")
        assert str(info.value).endswith("[format]")
    assert copy.read_bytes() == raw


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_cli_keeps_or_refuses_each_case(name: str, tmp_path: Path, invoke: Any) -> None:
    copy = tmp_path / name
    raw = (CASES / name).read_bytes()
    copy.write_bytes(raw)
    result = invoke("fmt", str(copy))
    assert "Traceback" not in result.output
    if EXPECTED[name] == KEPT:
        assert result.exit_code == 0, result.output
        assert "0 reformatted, 1 left unchanged" in result.stdout
    else:
        assert result.exit_code == 2, result.output
        (line,) = result.stderr.splitlines()
        assert line.startswith(f"{copy}:{EXPECTED[name][0]}:{EXPECTED[name][1]}: fmt cannot")
    assert copy.read_bytes() == raw


@pytest.fixture
def invoke() -> Any:
    from typer.testing import CliRunner

    from preventionkit.cli import app

    runner = CliRunner(env={"NO_COLOR": "1", "COLUMNS": "120"})
    return lambda *args: runner.invoke(app, list(args), catch_exceptions=False)


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
def test_line_ends_are_kept_when_the_layout_changes(end: str) -> None:
    text = "# Plan\npreventionkit: 1\nid:    p   # id\ntitle:   Plan\n".replace("\n", end)
    out = format_source(text)
    assert out == "# Plan\npreventionkit: 1\nid: p      # id\ntitle: Plan\n".replace("\n", end)


def test_a_file_with_mixed_ends_takes_its_first() -> None:
    assert format_source("preventionkit: 1\r\nid: p\ntitle: t\r") == (
        "preventionkit: 1\r\nid: p\r\ntitle: t\r\n"
    )


# --- a property: comments at every position of generated plans -----------------------------

_MARK = re.compile(r"# c\d+")


def _inside_values(text: str) -> set[int]:
    """0-based lines a comment cannot go on without changing a value: the lines of text that
    runs over several lines (block, quoted or plain) and of flow lists that do (a ``#`` in
    block text is text; comments inside a flow list are refused, see the corpus above).
    Found with PyYAML's scanner."""
    inside: set[int] = set()
    opened: list[int] = []
    for token in yaml.scan(text, Loader=yaml.SafeLoader):
        if isinstance(token, yaml.ScalarToken):
            first, last = token.start_mark.line, token.end_mark.line
            if last > first or token.style in ("|", ">"):
                inside.update(range(first, last + 1))
        elif isinstance(token, yaml.FlowSequenceStartToken | yaml.FlowMappingStartToken):
            opened.append(token.start_mark.line)
        elif isinstance(token, yaml.FlowSequenceEndToken | yaml.FlowMappingEndToken):
            first = opened.pop()
            if token.end_mark.line > first:
                inside.update(range(first, token.end_mark.line + 1))
    return inside


def _with_comments(text: str, where: st.DataObject) -> str:
    """``text`` with a comment after any line and a comment line before any line, chosen by
    hypothesis, each comment unique (``# c7``) so its place can be checked."""
    lines = text.splitlines()
    skip = _inside_values(text)
    out: list[str] = []
    n = 0
    for i, line in enumerate(lines):
        if i in skip:
            out.append(line)
            continue
        indent = line[: len(line) - len(line.lstrip())]
        if where.draw(st.booleans(), label=f"comment line before {i}"):
            out.append(f"{indent}# c{n}")
            n += 1
        if where.draw(st.booleans(), label=f"comment after {i}"):
            out.append(f"{line}  # c{n}")
            n += 1
        else:
            out.append(line)
    return "\n".join(out) + "\n"


def _texts(text: str) -> Any:
    """Every value as the text the file writes (no type resolution): 1.0 and 1.00 differ."""
    return yaml.load(text, Loader=yaml.BaseLoader)


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(valid_plans(max_activities=3), st.data())
def test_fmt_keeps_every_comment_and_every_value_text(plan: pk.ActionPlan, data: Any) -> None:
    text = _with_comments(pk.dumps(plan), data)
    end = data.draw(st.sampled_from(["\n", "\r\n", "\r"]), label="line end")
    source = text.replace("\n", end)
    out = format_source(source)  # must not refuse: every comment here sits on a line of its own
    assert _MARK.findall(out) == _MARK.findall(source)  # all kept, in order
    for line in out.replace(end, "\n").splitlines():  # and each on the line it was on
        for mark in _MARK.findall(line):
            before = next(x for x in source.replace(end, "\n").splitlines() if mark in x)
            assert line.strip().startswith("#") == before.strip().startswith("#"), mark
    assert _texts(out.replace(end, "\n")) == _texts(text)
    assert pk.loads(out) == plan
    stripped = out.replace(end, "")
    assert "\n" not in stripped  # one kind of line end throughout
    assert "\r" not in stripped
    assert format_source(out) == out


def test_a_result_that_does_not_read_back_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """A defence in depth: should ruamel.yaml ever write something that does not read back,
    fmt refuses with a FormatError instead of failing or blaming the source file."""
    from preventionkit.io import fmt

    source = "preventionkit: 1\nid: p\ntitle: Plan\n"
    monkeypatch.setattr(fmt, "_format_yaml", lambda text: "preventionkit: 1\nid: p\ntitle: 'Plan\n")
    with pytest.raises(FormatError) as info:
        format_source(source)
    assert info.value.message == "fmt's result would not read back as YAML"

    monkeypatch.setattr(fmt, "_format_yaml", lambda text: source + "visionn: x\n")
    monkeypatch.setattr(fmt, "_check_yaml", lambda before, after, file: None)
    with pytest.raises(FormatError) as info:
        format_source(source)
    assert info.value.message == "fmt's result would not load"
