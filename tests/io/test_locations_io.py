"""Errors point at the line and column a person has to change (issue 9 item 2): inside lists
of mappings, in flow mappings, at the key of an unknown field, at the mapping that lacks a
required field; and loaded plans remember where each field stands (``source_of``)."""

from __future__ import annotations

import json
import textwrap

import pytest
from hypothesis import given
from hypothesis import strategies as st

import preventionkit as pk
from preventionkit.errors import LoadIssue, PlanLoadError
from preventionkit.io import format_path, parse_path, source_of

PLAN = textwrap.dedent(
    """\
    preventionkit: 1
    id: umea-2019
    title: Umeå kommuns handlingsplan mot våld
    actors:
      - {id: ks, name: Kommunstyrelsen, kind: executive_board, sector: municipal_leadership}
      - {id: ifn, name: Individ- och familjenämnden, kind: committee, sector: social_services}
    activities:
      - id: kartlaggning
        title: Kartläggning
        prevention_levels: [universal]
        responsible: [ks]
      - id: utbildning
        title: Utbildning
        prevention_levels: [selective, indicated]
        responsible: [ifn]
    """
)


def _issues(text: str, **kwargs: object) -> list[LoadIssue]:
    with pytest.raises(PlanLoadError) as info:
        pk.loads(text, source="plan.yaml", **kwargs)  # type: ignore[arg-type]
    return list(info.value.issues)


def _where(issue: LoadIssue) -> tuple[str, int | None, int | None, str]:
    return issue.kind, issue.line, issue.column, issue.path


def test_an_error_in_the_second_item_of_a_list_of_mappings() -> None:
    text = PLAN.replace("[selective, indicated]", "[selective, indicatd]")
    (issue,) = _issues(text)
    assert _where(issue) == ("unknown_value", 14, 36, "activities[1].prevention_levels[1]")
    assert issue.hint_text() is not None
    assert "did you mean 'indicated'?" in (issue.hint_text() or "")


def test_errors_in_a_flow_mapping_point_at_the_value() -> None:
    text = PLAN.replace("kind: committee", "kind: comittee")
    (issue,) = _issues(text)
    column = text.splitlines()[5].index("comittee") + 1
    assert _where(issue) == ("unknown_value", 6, column, "actors[1].kind")
    assert column == 56


def test_an_unknown_field_points_at_its_key() -> None:
    text = PLAN.replace("    responsible: [ifn]", "    responsibel: [ifn]")
    issues = _issues(text)
    assert [_where(i) for i in issues] == [("unknown_field", 15, 5, "activities[1].responsibel")]
    assert issues[0].hint_text() == "did you mean 'responsible'?"


def test_an_unknown_field_in_a_flow_mapping_points_at_its_key() -> None:
    text = PLAN.replace("{id: ifn, name:", "{id: ifn, nme:")
    (issue,) = _issues(text)
    assert _where(issue) == ("unknown_field", 6, 15, "actors[1].nme")


def test_a_missing_field_points_at_the_mapping_that_lacks_it() -> None:
    text = PLAN.replace("    title: Utbildning\n", "")
    (issue,) = _issues(text)
    assert _where(issue) == ("missing_field", 12, 5, "activities[1].title")
    text = PLAN.replace("{id: ifn, name: Individ- och familjenämnden, ", "{id: ifn, ")
    (issue,) = _issues(text)
    assert _where(issue) == ("missing_field", 6, 5, "actors[1].name")


def test_a_misspelt_field_is_reported_once_not_also_as_missing() -> None:
    text = PLAN.replace("    title: Utbildning", "    titel: Utbildning")
    (issue,) = _issues(text)
    assert _where(issue) == ("unknown_field", 13, 5, "activities[1].titel")
    assert issue.hint_text() == "did you mean 'title'?"


def test_ids_given_as_numbers_say_quote_it() -> None:
    (issue,) = _issues(PLAN.replace("- id: utbildning", "- id: 42"))
    assert _where(issue) == ("wrong_type", 12, 9, "activities[1].id")
    assert issue.hint_text("en") == (
        "quote it exactly as you wrote it; unquoted it is read as the number 42"
    )


def test_all_errors_come_in_file_order() -> None:
    text = (
        PLAN.replace("[selective, indicated]", "[selektive]")
        .replace("kind: committee", "kind: comittee")
        .replace("responsible: [ks]", "responsible: [kss]")
        .replace("title: Umeå", "tilte: Umeå")
    )
    issues = _issues(text)
    assert [(i.line, i.kind) for i in issues] == [
        (3, "unknown_field"),
        (6, "unknown_value"),
        (11, "dangling_reference"),
        (14, "unknown_value"),
    ]
    assert all(i.file == "plan.yaml" and i.hint_text() for i in issues)


def test_duplicate_keys_point_at_the_second_key() -> None:
    text = PLAN.replace("    title: Kartläggning\n", "    title: Kartläggning\n    title: Igen\n")
    (issue,) = _issues(text)
    assert _where(issue) == ("duplicate_key", 10, 5, "activities[0].title")
    assert "first at line 9" in issue.text()


def test_tabs_are_found_and_named() -> None:
    (issue,) = _issues(PLAN.replace("    title: Utbildning", "  \ttitle: Utbildning"))
    assert _where(issue)[:3] == ("syntax", 13, 3)
    assert issue.hint_text() == "indent with spaces, not tabs"


def test_a_tab_after_a_key_is_not_blamed() -> None:
    # a tab as separation inside a line is allowed by YAML
    plan = pk.loads(PLAN.replace("title: Utbildning", "title:\tUtbildning"))
    assert plan.activity("utbildning").title == "Utbildning"


# --- JSON ------------------------------------------------------------------------------------


def _json_text() -> str:
    return json.dumps(
        pk.loads(PLAN).model_dump(mode="json", by_alias=True, exclude_defaults=True),
        indent=2,
        ensure_ascii=False,
    )


def test_json_errors_point_at_the_offending_value() -> None:
    text = _json_text().replace('"committee"', '"comittee"')
    (issue,) = _issues(text)
    line = text.splitlines().index('      "kind": "comittee",') + 1
    assert _where(issue) == ("unknown_value", line, 15, "actors[1].kind")


def test_json_unknown_fields_point_at_their_key() -> None:
    text = _json_text().replace(
        '"responsible": [\n        "ifn"', '"responsibel": [\n        "ifn"'
    )
    (issue,) = _issues(text)
    line = text.splitlines().index('      "responsibel": [') + 1
    assert _where(issue) == ("unknown_field", line, 7, "activities[1].responsibel")


def test_json_nan_points_at_the_value_not_at_text_that_says_nan() -> None:
    text = '{"preventionkit": 1, "id": "x", "title": "NaN and Infinity",\n "version": NaN}'
    (issue,) = _issues(text)
    assert _where(issue) == ("invalid_value", 2, 13, "")


def test_json_lone_surrogate_is_a_located_syntax_error() -> None:
    (issue,) = _issues('{"preventionkit": 1, "id": "x", "title": "\\ud800"}')
    assert issue.kind == "syntax"
    assert issue.line == 1
    assert issue.column is not None
    assert issue.column > 1


def test_yaml_in_a_json_file_suggests_renaming(tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "plan.json"
    path.write_text(PLAN, encoding="utf-8")
    with pytest.raises(PlanLoadError) as info:
        pk.load(path)
    (issue,) = info.value.issues
    assert issue.kind == "syntax"
    assert "rename it to .yaml" in (issue.hint_text() or "")


def test_json_in_a_yaml_file_loads(tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "plan.yaml"
    path.write_text(_json_text(), encoding="utf-8")
    assert pk.load(path) == pk.loads(PLAN)


# --- source maps -----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_a_loaded_plan_remembers_where_its_fields_are(fmt: str) -> None:
    text = PLAN if fmt == "yaml" else _json_text()
    plan = pk.loads(text, format=fmt, source=f"plan.{fmt}")  # type: ignore[arg-type]
    source = source_of(plan)
    assert source is not None
    assert source.file == f"plan.{fmt}"
    lines = text.splitlines()
    pos = source.locate(("activities", 1, "title"))
    assert pos is not None
    assert lines[pos[0] - 1][pos[1] - 1 :].startswith(("Utbildning", '"Utbildning"'))
    key = source.locate(("activities", 1, "title"), key=True)
    assert key is not None
    assert lines[key[0] - 1][key[1] - 1 :].startswith(("title", '"title"'))
    # a path that is not in the file falls back to its nearest ancestor
    assert source.locate(("activities", 1, "arenas")) == source.locate(("activities", 1))


def test_a_plan_built_in_code_has_no_source() -> None:
    plan = pk.ActionPlan(preventionkit=1, id="x", title="t")
    assert source_of(plan) is None


_PARTS = st.one_of(
    st.integers(0, 10_000),
    st.from_regex(r"[A-Za-z_$][A-Za-z0-9_\-]{0,12}", fullmatch=True),
)


@given(st.lists(_PARTS, max_size=6).filter(lambda p: not p or isinstance(p[0], str)))
def test_parse_path_inverts_format_path(parts: list[str | int]) -> None:
    path = tuple(parts)
    assert parse_path(format_path(path)) == path


def test_format_path_examples() -> None:
    assert format_path(("activities", 3, "responsible", 0)) == "activities[3].responsible[0]"
    assert format_path(()) == ""
    assert parse_path("actors[0].part_of") == ("actors", 0, "part_of")


@pytest.mark.parametrize("fmt", [None, "yaml", "json"])
def test_text_with_lone_surrogates_is_an_encoding_error(fmt: str | None) -> None:
    # text decoded with errors="surrogateescape" from a Latin-1 file, for example
    yaml_text = PLAN.replace("Utbildning\n", "Utbildning \udce4\n", 1)
    json_text = _json_text().replace("Utbildning", "Utbildning \udce4", 1)
    for text in (yaml_text, json_text):
        issues = _issues(text, format=fmt)
        assert [i.kind for i in issues] == ["encoding"] or (
            fmt == "json" and text is yaml_text and [i.kind for i in issues] == ["syntax"]
        )
