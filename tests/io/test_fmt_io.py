"""Nothing lost (issue 9 item 4): ``format_source``/``format_file`` keep comments, key order and
values; every embedded example survives; formatting is idempotent; ``dump`` drops no field."""

from __future__ import annotations

import re
import textwrap
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from pydantic import BaseModel

import preventionkit as pk
from preventionkit.errors import PlanLoadError
from preventionkit.io import FormatError, format_file, format_source
from preventionkit.testing import valid_plans

MESSY = textwrap.dedent(
    """\
    # yaml-language-server: $schema=https://preventionkit.readthedocs.io/schemas/plan.schema.json
    preventionkit: 1   # format version
    id:    umea-2019
    title: "Umeå kommuns handlingsplan mot våld"
    document_date: 2019-XX-XX
    owner: ks
    period: {start: 2019-01-01,   end: 2022-12-31}
    actors:
    - {id: kf, name: Kommunfullmäktige, kind: council}   # the council
    -   id: ks
        name: Kommunstyrelsen
        kind: executive_board

    # The activity plan (001 p. 15–18)
    activities:
        - id: kartlaggning
          title: Kartläggning
          prevention_levels:
              - universal
              - selective   # also selective
          responsible: [ks]
          description: |
            Line one
            Line two
    """
)
CANONICAL = textwrap.dedent(
    """\
    # yaml-language-server: $schema=https://preventionkit.readthedocs.io/schemas/plan.schema.json
    preventionkit: 1   # format version
    id: umea-2019
    title: "Umeå kommuns handlingsplan mot våld"
    document_date: 2019-XX-XX
    owner: ks
    period: {start: 2019-01-01, end: 2022-12-31}
    actors:
      - {id: kf, name: Kommunfullmäktige, kind: council} # the council
      - id: ks
        name: Kommunstyrelsen
        kind: executive_board

    # The activity plan (001 p. 15–18)
    activities:
      - id: kartlaggning
        title: Kartläggning
        prevention_levels:
          - universal
          - selective       # also selective
        responsible: [ks]
        description: |
          Line one
          Line two
    """
)
_COMMENT = re.compile(r"(?:^|\s)(#.*)$")


def _comments(text: str) -> Counter[str]:
    found: Counter[str] = Counter()
    for line in text.splitlines():
        m = _COMMENT.search(line)
        if m is not None:
            found[m.group(1).rstrip()] += 1
    return found


def _top_keys(text: str) -> list[str]:
    return [line.split(":")[0] for line in text.splitlines() if re.match(r"[A-Za-z$]", line)]


def test_messy_yaml_becomes_canonical() -> None:
    assert format_source(MESSY) == CANONICAL


def test_formatting_keeps_comments_key_order_and_values() -> None:
    out = format_source(MESSY)
    assert _comments(out) == _comments(MESSY)
    assert _top_keys(out) == _top_keys(MESSY)
    assert "2019-XX-XX" in out  # the source's own date form is kept (001 p. 1)
    assert '"Umeå kommuns handlingsplan mot våld"' in out
    assert pk.loads(out) == pk.loads(MESSY)


def test_formatting_is_idempotent() -> None:
    once = format_source(MESSY)
    assert format_source(once) == once


def test_bom_and_crlf_are_kept_and_trailing_space_dropped() -> None:
    text = "\ufeff" + CANONICAL.replace("\n", "\r\n").replace("id: ks", "id: ks   ") + "\r\n"
    assert format_source(text) == "\ufeff" + CANONICAL.replace("\n", "\r\n")


def test_trailing_spaces_inside_a_block_text_are_kept() -> None:
    text = CANONICAL.replace("Line one\n", "Line one  \n")
    assert format_source(text) == text


def test_json_is_reindented_with_its_key_order() -> None:
    text = '{"title": "Plan mot våld", "preventionkit": 1,\n"id": "x",   "actors": []}'
    assert format_source(text) == (
        '{\n  "title": "Plan mot våld",\n  "preventionkit": 1,\n  "id": "x",\n  "actors": []\n}\n'
    )


def test_a_broken_plan_is_not_formatted(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    broken = MESSY.replace("kind: council", "kind: councl")
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(PlanLoadError) as info:
        format_file(path)
    assert [i.kind for i in info.value.issues] == ["unknown_value"]
    assert info.value.issues[0].file == str(path)
    assert path.read_text(encoding="utf-8") == broken


def test_a_non_utf8_file_gets_the_loaders_error(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_bytes(CANONICAL.replace("–", "-").encode("latin-1"))
    with pytest.raises(PlanLoadError) as info:
        format_file(path)
    assert [i.kind for i in info.value.issues] == ["encoding"]


def test_format_file_writes_only_when_asked_and_needed(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(MESSY, encoding="utf-8")
    assert format_file(path, check=True) is True
    assert path.read_text(encoding="utf-8") == MESSY
    assert format_file(path) is True
    assert path.read_text(encoding="utf-8") == CANONICAL
    assert format_file(path) is False
    assert format_file(path, check=True) is False


def test_format_file_follows_the_suffix(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    path.write_text('{"preventionkit": 1, "id": "x", "title": "t"}', encoding="utf-8")
    assert format_file(path) is True
    assert path.read_text(encoding="utf-8") == (
        '{\n  "preventionkit": 1,\n  "id": "x",\n  "title": "t"\n}\n'
    )


def test_a_result_that_would_change_the_plan_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from preventionkit.io import fmt

    def lossy(text: str) -> str:
        return text.replace("  - id: ks\n    name: Kommunstyrelsen\n", "  - id: ks\n    name: KS\n")

    real = fmt._format_yaml
    monkeypatch.setattr(fmt, "_format_yaml", lambda text: lossy(real(text)))
    path = tmp_path / "plan.yaml"
    path.write_text(MESSY, encoding="utf-8")
    with pytest.raises(FormatError):
        format_file(path)
    assert path.read_text(encoding="utf-8") == MESSY


# --- embedded examples -----------------------------------------------------------------------


def _example_names() -> list[str]:
    from preventionkit import examples

    return list(examples.names())


def test_there_are_embedded_examples() -> None:
    assert _example_names()


@pytest.mark.parametrize("name", _example_names())
def test_every_embedded_example_survives_fmt(name: str) -> None:
    from preventionkit import examples

    text = examples.text(name)
    out = format_source(text, source=name)
    assert _comments(out) == _comments(text)
    assert _top_keys(out) == _top_keys(text)
    assert pk.loads(out) == examples.load(name)
    assert format_source(out) == out


# --- generated plans -------------------------------------------------------------------------

_FEW = settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))


@_FEW
@given(valid_plans(max_activities=3))
def test_dumped_plans_survive_fmt_and_stay_formatted(plan: pk.ActionPlan) -> None:
    for fmt_name in ("yaml", "json"):
        text = pk.dumps(plan, format=fmt_name)  # type: ignore[arg-type]
        out = format_source(text, format=fmt_name)  # type: ignore[arg-type]
        assert pk.loads(out, format=fmt_name) == plan  # type: ignore[arg-type]
        assert format_source(out, format=fmt_name) == out  # type: ignore[arg-type]


def _assert_nothing_dropped(record: BaseModel, data: Any, where: str) -> None:
    """Every field that differs from its default appears in the dumped data, recursively."""
    assert isinstance(data, dict), where
    for name, info in type(record).model_fields.items():
        value = getattr(record, name)
        if not info.is_required() and value == info.get_default(call_default_factory=True):
            continue
        key = info.alias or name
        assert key in data, f"{where}.{key} was dropped"
        if isinstance(value, BaseModel):
            _assert_nothing_dropped(value, data[key], f"{where}.{key}")
        elif isinstance(value, tuple):
            assert len(data[key]) == len(value), f"{where}.{key}"
            for i, item in enumerate(value):
                if isinstance(item, BaseModel):
                    _assert_nothing_dropped(item, data[key][i], f"{where}.{key}[{i}]")


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(valid_plans(max_activities=4))
def test_dump_never_drops_a_field_the_model_holds(plan: pk.ActionPlan) -> None:
    import json

    import yaml

    for fmt_name in ("yaml", "json"):
        text = pk.dumps(plan, format=fmt_name)  # type: ignore[arg-type]
        data = json.loads(text) if fmt_name == "json" else yaml.safe_load(text)
        _assert_nothing_dropped(plan, data, "plan")


@pytest.mark.parametrize(
    "value", ["0o17", "0x1F", ".5", "+1", "1e3", "-.inf", ".NaN", "null", "~", "true", "2019"]
)
def test_dump_quotes_text_that_would_read_back_as_something_else(value: str) -> None:
    plan = pk.ActionPlan(preventionkit=1, id="x", title=value, version=value)
    text = pk.dumps(plan)
    assert f"title: '{value}'" in text
    assert pk.loads(text) == plan
