"""Loading stays bounded in time and memory whatever the file holds, with limits the caller can
set through ``LoadLimits`` (issue 2 item 6; issue 9 item 2)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

import preventionkit as pk
from preventionkit.errors import PlanLoadError
from preventionkit.io import DEFAULT_LIMITS, LoadLimits
from preventionkit.io._limits import MAX_DEPTH_CEILING
from preventionkit.io._load import PLAN_DEPTH

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
        programme_theory:
          short_term_effects: [Kunskap om läget]
    """
)


def _kinds(text: str | bytes, **kwargs: object) -> list[str]:
    with pytest.raises(PlanLoadError) as info:
        pk.loads(text, **kwargs)  # type: ignore[arg-type]
    return [i.kind for i in info.value.issues]


def test_the_sample_plan_loads_with_the_default_limits() -> None:
    assert pk.loads(PLAN).activity("kartlaggning").programme_theory is not None


# --- size ------------------------------------------------------------------------------------


def test_text_over_max_bytes_is_refused_before_parsing() -> None:
    assert _kinds(PLAN, limits=LoadLimits(max_bytes=100)) == ["too_large"]
    assert _kinds(PLAN.encode(), limits=LoadLimits(max_bytes=100)) == ["too_large"]


def test_a_file_over_max_bytes_is_refused_by_its_size(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN, encoding="utf-8")
    with pytest.raises(PlanLoadError) as info:
        pk.load(path, limits=LoadLimits(max_bytes=100))
    (issue,) = info.value.issues
    assert issue.kind == "too_large"
    assert issue.file == str(path)
    assert "LoadLimits.max_bytes" in (issue.hint_text() or "")
    assert isinstance(pk.load(path, limits=LoadLimits(max_bytes=len(PLAN.encode()))), pk.ActionPlan)


# --- depth -----------------------------------------------------------------------------------


def test_max_depth_is_configurable() -> None:
    # the sample plan nests five levels deep: activities[0].programme_theory.short_term_effects
    assert isinstance(pk.loads(PLAN, limits=LoadLimits(max_depth=5)), pk.ActionPlan)
    assert _kinds(PLAN, limits=LoadLimits(max_depth=4)) == ["too_deep"]


def test_max_depth_holds_for_json() -> None:
    text = pk.dumps(pk.loads(PLAN), format="json")
    assert isinstance(pk.loads(text, limits=LoadLimits(max_depth=5)), pk.ActionPlan)
    assert _kinds(text.replace('"universal"', "[[[[[[[[1]]]]]]]]"), format="json") == [
        "unknown_value"
    ]
    assert _kinds("[" * 100, format="json", limits=LoadLimits(max_depth=20)) == ["too_deep"]


def test_too_deep_names_where_the_nesting_starts() -> None:
    with pytest.raises(PlanLoadError) as info:
        pk.loads("preventionkit: 1\nid: x\ntitle: " + "[" * 100)
    (issue,) = info.value.issues
    assert (issue.kind, issue.line, issue.column) == (
        "too_deep",
        3,
        8 + DEFAULT_LIMITS.max_depth - 1,
    )
    assert issue.path == "title[0][0][0][0][0]"


class _LimitedLoader(yaml.SafeLoader):
    """A parser with libyaml's own nesting limit (about 1,000 flow levels, checked as its
    scanner runs ahead of the events), so the test holds whatever PyYAML is installed."""

    def fetch_flow_collection_start(self, token_class: object) -> None:  # type: ignore[override]
        if self.flow_level >= 1000:  # type: ignore[attr-defined]
            raise yaml.scanner.ScannerError(None, None, "parser's own limit", self.get_mark())
        super().fetch_flow_collection_start(token_class)  # type: ignore[misc]


@pytest.mark.parametrize("max_depth", [4, 64, MAX_DEPTH_CEILING])
@pytest.mark.parametrize(
    "nesting",
    [
        "[" * 5_000,
        ("[" * 250 + "\n") * 20,
        "{a: " * 2_000,
        "[" * 30 + "'[[[[[[[['," + "[" * 3_000,
    ],
)
def test_the_readers_limit_is_reached_before_the_parsers(
    monkeypatch: pytest.MonkeyPatch, max_depth: int, nesting: str
) -> None:
    """The located too_deep error comes from this reader, never from the parser (issue 12)."""
    monkeypatch.setattr(yaml, "CSafeLoader", _LimitedLoader)
    with pytest.raises(PlanLoadError) as info:
        pk.loads(
            "preventionkit: 1\nid: x\ntitle: " + nesting, limits=LoadLimits(max_depth=max_depth)
        )
    (issue,) = info.value.issues
    assert issue.kind == "too_deep"
    assert issue.line is not None
    assert issue.path.startswith("title")


def test_max_depth_is_capped_below_parsers_own_limits() -> None:
    assert LoadLimits(max_depth=MAX_DEPTH_CEILING).max_depth == MAX_DEPTH_CEILING
    for bad in (0, MAX_DEPTH_CEILING + 1):
        with pytest.raises(ValueError, match="max_depth"):
            LoadLimits(max_depth=bad)


def _schema_depth(node: object, defs: dict[str, object], seen: tuple[str, ...] = ()) -> int:
    if not isinstance(node, dict):
        return 0
    if "$ref" in node:
        name = str(node["$ref"]).rsplit("/", 1)[-1]
        assert name not in seen, "the plan schema is recursive"
        return _schema_depth(defs[name], defs, (*seen, name))
    children = [
        *node.get("properties", {}).values(),
        *([node["items"]] if isinstance(node.get("items"), dict) else []),
        *(
            [node["additionalProperties"]]
            if isinstance(node.get("additionalProperties"), dict)
            else []
        ),
    ]
    alternatives = [*node.get("anyOf", []), *node.get("oneOf", []), *node.get("allOf", [])]
    return max(
        [1 + _schema_depth(c, defs, seen) for c in children]
        + [_schema_depth(a, defs, seen) for a in alternatives]
        + [1 if node.get("type") in ("object", "array") else 0]
    )


def test_no_valid_plan_nests_as_deep_as_plan_depth() -> None:
    """The fast paths skip the depth check at limits of PLAN_DEPTH and above."""
    schema = pk.io.schema()
    assert _schema_depth(schema, schema["$defs"]) < PLAN_DEPTH


def test_the_depth_limit_holds_on_the_fast_paths() -> None:
    activities = "".join(
        f"  - id: a{i}\n    title: Aktivitet {i}\n    responsible: [ks]\n"
        "    programme_theory:\n      short_term_effects: [Kunskap]\n"
        for i in range(800)
    )
    big = PLAN.split("activities:\n")[0] + "activities:\n" + activities
    assert len(big) > 32 * 1024
    assert isinstance(pk.loads(big, limits=LoadLimits(max_depth=5)), pk.ActionPlan)
    assert _kinds(big, limits=LoadLimits(max_depth=4)) == ["too_deep"]
    as_json = pk.dumps(pk.loads(big), format="json")
    assert _kinds(as_json, limits=LoadLimits(max_depth=4)) == ["too_deep"]


_DEEP = {
    "yaml_flow_lists": ("[" * 50_000, "yaml"),
    "yaml_flow_maps": ("{a: " * 50_000, "yaml"),
    "yaml_block_lists": ("- " * 50_000 + "x", "yaml"),
    "yaml_block_maps": "".join(f"{'  ' * i}a:\n" for i in range(1_000)),
    "json_arrays": ("[" * 50_000, "json"),
    "json_objects": ('{"a": ' * 50_000, "json"),
    "json_closed": ("[" * 50_000 + "]" * 50_000, "json"),
    "yaml_million": ("[" * 1_000_000, "yaml"),
}


def test_deep_nesting_is_a_clean_too_deep_error_in_a_subprocess() -> None:
    """Tens of thousands of levels: no RecursionError, no crash, one located error each."""
    script = textwrap.dedent(
        """\
        import json, resource, sys
        resource.setrlimit(resource.RLIMIT_AS, (768 * 2**20, 768 * 2**20))
        import preventionkit as pk
        cases = json.loads(sys.stdin.read())
        out = {}
        for name, case in cases.items():
            text, fmt = case if isinstance(case, list) else (case, "yaml")
            try:
                pk.loads(text, format=fmt)
                out[name] = ["loaded"]
            except pk.PlanLoadError as exc:
                out[name] = [(i.kind, i.line, i.column) for i in exc.issues]
        print(json.dumps(out))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        input=json.dumps(_DEEP),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert set(out) == set(_DEEP)
    for name, issues in out.items():
        assert len(issues) == 1, (name, issues)
        kind, line, column = issues[0]
        assert kind == "too_deep", name
        assert line is not None, name
        assert column is not None, name


# --- aliases ---------------------------------------------------------------------------------

_ALIASED = PLAN.replace("responsible: [ks]", "responsible: &who [ks, ifn]") + (
    "  - id: utbildning\n    title: Utbildning\n    responsible: *who\n"
)


def test_a_plan_may_use_a_few_aliases() -> None:
    plan = pk.loads(_ALIASED)
    assert plan.activity("utbildning").responsible == ("ks", "ifn")


def test_alias_expansion_limits_are_configurable() -> None:
    strict = LoadLimits(alias_ratio=1, alias_slack=0)
    assert _kinds(_ALIASED, limits=strict) == ["alias_limit"]


def test_max_nodes_bounds_any_file() -> None:
    assert _kinds(PLAN, limits=LoadLimits(max_nodes=10)) == ["alias_limit"]


def test_a_recursive_alias_is_refused() -> None:
    with pytest.raises(PlanLoadError) as info:
        pk.loads("preventionkit: 1\nid: x\ntitle: t\nactors: &a [*a]\n")
    (issue,) = info.value.issues
    assert issue.kind == "alias_limit"
    assert "contains it" in issue.text()


def test_the_billion_laughs_are_refused_at_once() -> None:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, 10):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    text = "\n".join(lines) + "\n"
    assert len(text.encode()) < 1100
    with pytest.raises(PlanLoadError) as info:
        pk.loads(text)
    (issue,) = info.value.issues
    assert issue.kind == "alias_limit"
    assert issue.line is not None
    assert issue.line <= 4  # stopped within the first few anchors, long before 10**10 values


def test_one_long_string_aliased_many_times_is_refused_by_its_length() -> None:
    """An 834 KB file with one 100,000-character title aliased 4,999 times made a 501 MB
    report (issue 21): aliases are counted by the text they expand to, not by values."""
    title = "x" * 5_000
    actors = "".join(f"  - {{id: a{i}, name: *t, kind: council}}\n" for i in range(200))
    text = f"preventionkit: 1\nid: p\ntitle: &t {title}\nactors:\n{actors}"
    assert len(text) < 20_000
    with pytest.raises(PlanLoadError) as info:
        pk.loads(text)
    (issue,) = info.value.issues
    assert issue.kind == "alias_limit"
    assert "characters" in issue.text()
    assert issue.line is not None
    assert issue.line < 200


def test_a_long_string_aliased_a_few_times_loads() -> None:
    title = "x" * 5_000
    actors = "".join(f"  - {{id: a{i}, name: *t, kind: council}}\n" for i in range(5))
    plan = pk.loads(f"preventionkit: 1\nid: p\ntitle: &t {title}\nactors:\n{actors}")
    assert plan.actors[4].name == title


# --- error count -----------------------------------------------------------------------------


def _many_unknown_fields(n: int) -> str:
    return PLAN + "".join(f"extra_{i}: {i}\n" for i in range(n))


def test_errors_are_capped_at_max_errors_and_marked_truncated() -> None:
    with pytest.raises(PlanLoadError) as info:
        pk.loads(_many_unknown_fields(150))
    assert len(info.value.issues) == DEFAULT_LIMITS.max_errors
    assert info.value.truncated
    assert str(info.value).splitlines()[-1].startswith("… more problems")
    # the first ones in the file are kept
    assert info.value.issues[0].path == "extra_0"


def test_max_errors_is_configurable_and_not_truncated_when_all_fit() -> None:
    with pytest.raises(PlanLoadError) as info:
        pk.loads(_many_unknown_fields(7), limits=LoadLimits(max_errors=5))
    assert len(info.value.issues) == 5
    assert info.value.truncated
    with pytest.raises(PlanLoadError) as info:
        pk.loads(_many_unknown_fields(7), limits=LoadLimits(max_errors=7))
    assert len(info.value.issues) == 7
    assert not info.value.truncated


def test_reader_problems_are_capped_too() -> None:
    text = "preventionkit: 1\nid: x\ntitle: t\n" + "title: again\n" * 150
    with pytest.raises(PlanLoadError) as info:
        pk.loads(text, limits=LoadLimits(max_errors=10))
    assert [i.kind for i in info.value.issues] == ["duplicate_key"] * 10
    assert info.value.truncated
    assert [i.line for i in info.value.issues] == list(range(4, 14))


def test_huge_text_is_a_clear_error() -> None:
    with pytest.raises(PlanLoadError) as info:
        pk.loads(PLAN.replace("title: Kartläggning", "title: " + "x" * 100_001))
    (issue,) = info.value.issues
    assert issue.kind == "invalid_value"
    assert issue.path == "activities[0].title"
    assert "100,001 characters" in issue.text()
    assert "100,000" in issue.text()
