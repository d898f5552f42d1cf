"""Positions of a plan read by the fast YAML path are the safe reader's, computed in one pass
for the paths asked for; a fast-read plan the model refuses gets the very errors the safe
reader's path reports (issue 21: locating findings and errors of large files)."""

from __future__ import annotations

import random
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import preventionkit as pk
from preventionkit.errors import PlanLoadError
from preventionkit.examples import text as example_text
from preventionkit.io import _fastyaml, _load
from preventionkit.io._limits import DEFAULT_LIMITS, LoadLimits
from preventionkit.io._positions import yaml_positions_of
from preventionkit.io._source import Path
from preventionkit.io._yaml import read_yaml
from preventionkit.testing import valid_plans
from preventionkit.testing.synthetic import synthetic_plan, synthetic_plan_data

pytest.importorskip("ryml")


def _check_subset(text: str, wanted: list[Path]) -> None:
    """For every wanted path, the partial positions answer exactly as the full ones for the
    path and each of its ancestors."""
    full = read_yaml(text, None, DEFAULT_LIMITS)
    values, keys = yaml_positions_of(text, wanted)
    for path in wanted:
        for i in range(len(path) + 1):
            probe = path[:i]
            assert values.get(probe) == full.values.get(probe), probe
            assert keys.get(probe) == full.keys.get(probe), probe


@pytest.mark.parametrize("name", ["umea", "vasterbotten", "gavle"])
def test_all_positions_of_the_examples_are_the_safe_readers(name: str) -> None:
    text = example_text(name)
    full = read_yaml(text, None, DEFAULT_LIMITS)
    assert yaml_positions_of(text) == (full.values, full.keys)
    paths = sorted(full.values, key=repr)
    _check_subset(text, random.Random(name).sample(paths, 40))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(valid_plans(), st.randoms(use_true_random=False))
def test_positions_of_generated_plans_are_the_safe_readers(plan: Any, rnd: random.Random) -> None:
    text = pk.dumps(plan)
    full = read_yaml(text, None, DEFAULT_LIMITS)
    assert yaml_positions_of(text) == (full.values, full.keys)
    paths = sorted(full.values, key=repr)
    wanted = rnd.sample(paths, min(len(paths), 5))
    # Paths that are not in the file locate at their nearest ancestor, as before.
    wanted += [(*p, "nowhere") for p in wanted[:2]] + [("activities", 10_000, "id")]
    _check_subset(text, wanted)


def test_odd_keys_are_placed_like_the_safe_reader_places_them() -> None:
    text = (
        "a: 1\n"
        "a: 2\n"  # duplicate: the first one stands
        "1: x\n"  # not text: no key
        "!!str 2: y\n"
        "'3': z\n"
        "<<: {m: 1}\n"
        "[k]: v\n"
        "&n b: c\n"
        "*n : d\n"
        "e: {f: [g, {h: i}]}\n"
    )
    full = read_yaml(text, None, DEFAULT_LIMITS)
    # What the reader drops (a collection as a key, a merge key's value) it files under "?",
    # which no path of a plan names; everything else is placed alike.
    values = {p: v for p, v in full.values.items() if "?" not in p}
    keys = {p: v for p, v in full.keys.items() if "?" not in p}
    assert (values, keys) != (full.values, full.keys)
    assert yaml_positions_of(text) == (values, keys)
    _check_subset(text, [("a",), ("2",), ("3",), ("e", "f", 1, "h"), ("b",)])


def test_a_second_document_is_not_read() -> None:
    text = "a: 1\n---\na: 2\n"
    full = read_yaml(text, None, DEFAULT_LIMITS)
    assert yaml_positions_of(text) == (full.values, full.keys)


def test_prepared_paths_do_not_map_the_whole_file(monkeypatch: pytest.MonkeyPatch) -> None:
    text = pk.dumps(synthetic_plan(300))
    plan = pk.loads(text, format="yaml")
    source = pk.source_of(plan)
    assert source is not None
    asked: list[object] = []
    compute = source._compute
    assert compute is not None

    def spy(wanted: object) -> Any:
        asked.append(wanted)
        return compute(wanted)  # type: ignore[arg-type]

    monkeypatch.setattr(source, "_compute", spy)
    source.prepare([("activities", 3, "id"), ("activities", 7)])
    assert (
        source.locate(("activities", 3, "id"))
        == read_yaml(text, None, DEFAULT_LIMITS).values[("activities", 3, "id")]
    )
    assert asked == [{("activities", 3, "id"), ("activities", 7)}]
    source.prepare([("activities", 3, "id")])  # nothing new: no second pass
    assert len(asked) == 1
    assert source.locate(("actors", 0)) is not None  # not prepared: the whole file, as before
    assert asked[-1] is None


def test_findings_of_a_fast_loaded_plan_keep_their_lines() -> None:
    text = pk.dumps(synthetic_plan(300, seed=3))
    fast = pk.validate(pk.loads(text, format="yaml", source="p.yaml"))
    slow = pk.validate(_safe_loads(text))
    assert [(f.code, f.path, f.line, f.column) for f in fast.findings + fast.questions] == [
        (f.code, f.path, f.line, f.column) for f in slow.findings + slow.questions
    ]
    assert any(f.line is not None for f in fast.findings + fast.questions)


def _safe_loads(text: str) -> Any:
    """Load with the safe reader only (the fast path switched off)."""
    saved = _fastyaml.FAST_MIN_BYTES
    _fastyaml.FAST_MIN_BYTES = 1 << 62
    try:
        return pk.loads(text, format="yaml", source="p.yaml")
    finally:
        _fastyaml.FAST_MIN_BYTES = saved


def _errors(text: str) -> list[tuple[object, ...]]:
    with pytest.raises(PlanLoadError) as info:
        pk.loads(text, format="yaml", source="p.yaml")
    return [
        (i.kind, i.path, i.line, i.column, i.message.key, i.hint and i.hint.key)
        for i in info.value.issues
    ]


def _safe_errors(text: str) -> list[tuple[object, ...]]:
    saved = _fastyaml.FAST_MIN_BYTES
    _fastyaml.FAST_MIN_BYTES = 1 << 62
    try:
        return _errors(text)
    finally:
        _fastyaml.FAST_MIN_BYTES = saved


def _mutated(n: int, how: str) -> str:
    data = synthetic_plan_data(n, seed=2)
    acts = data["activities"]
    if how == "dangling":
        for a in acts[::3]:
            a["responsible"] = [a["responsible"][0] + "x"]
    elif how == "bad_values":
        for a in acts[::2]:
            a["prevention_levels"] = ["universall"]
    elif how == "unknown_keys":
        for i, a in enumerate(acts[:50]):
            a[f"titel{i}"] = "x"
    elif how == "cycle":
        data["bodies"][0]["reports_to"] = data["bodies"][1]["id"]
        data["bodies"][1]["reports_to"] = data["bodies"][0]["id"]
    elif how == "duplicate_ids":
        for a in acts[1::4]:
            a["id"] = acts[0]["id"]
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


@pytest.mark.parametrize(
    "how", ["dangling", "bad_values", "unknown_keys", "cycle", "duplicate_ids"]
)
def test_errors_of_a_fast_read_plan_are_the_safe_readers(how: str) -> None:
    text = _mutated(400, how)
    assert _fastyaml.read_fast(text) is not None  # the fast path reads it
    fast = _errors(text)
    assert fast == _safe_errors(text)
    assert all(line is not None for _, _, line, *_ in fast)


def test_a_fast_read_plan_beyond_the_limits_is_refused_by_the_safe_reader() -> None:
    text = _mutated(400, "bad_values")
    limits = LoadLimits(max_nodes=1000)
    with pytest.raises(PlanLoadError) as info:
        _load.loads(text, format="yaml", limits=limits)
    assert [i.kind for i in info.value.issues] == ["alias_limit"]


# Values that try to hide a line ``activities:`` or ``actors:`` at column 0 inside something
# else (quoted scalars, flow collections and block scalars running on), or that change how
# keys are read (tags, anchors, aliases, complex keys, quoted keys, comments, line ends).
_VALUES = [
    " x",
    " 'it''s'",
    ' "q"',
    " '2024-01'",
    " [a, b]",
    " {k: v}",
    ' "multi\nactivities: 1"',
    " 'multi\nactors: 2'",
    " [a,\nb]",
    " [a,\nactivities]",
    " {k: v,\nactivities: 1}",
    " |\n  line\n  activities: x",
    " >\n  it's\n",
    "\n  k: v\n  activities: 3",
    "\n- a\n- b",
    "\n- id: x\n  activities: 1",
    "\n- 'a'\n- [b]",
    ' x # it\'s "odd"',
    " !!str x",
    " &a x",
    " *a",
    " plain\n  more",
    "\n- id: a\n  t: x\n- id: b\n  t: 'y'",
    "\n  - a\n  - b\n\n  # c\n  - c",
    "\n- - x\n  - y\n- z",
    "\n-\n  id: x\n- y",
    "\n- |\n  text\n- y",
    "\n- 'q'\n- [a]\n-   {k: v}",
    "\n- id: a\n  sub:\n  - b\n- c\n- id: d\n  t: |\n    - not an item\n- e",
    " # comment\n- a\n- b",
    '\n- "a\n- b"\n- c',
    "\n- [a,\n- b]\n- c",
    " []",
]
_KEYS = ["a", "b", "activities", "actors", "'activities'", "!!str actors", "? actors\n", "c"]


@st.composite
def _tricky_texts(draw: st.DrawFn) -> str:
    entries = draw(
        st.lists(st.tuples(st.sampled_from(_KEYS), st.sampled_from(_VALUES)), max_size=6)
    )
    lines = []
    for key, value in entries:
        if draw(st.booleans()):
            lines.append("# activities: not a key")
        sep = "" if key.endswith("\n") else ":"
        lines.append(f"{key}{sep}{value}" if sep else f"{key}:{value}")
    text = "\n".join(lines) + "\n"
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    if draw(st.booleans()):
        text = "---\n" + text
    return text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_tricky_texts(), st.randoms(use_true_random=False))
def test_sections_and_early_stops_place_what_the_whole_pass_places(
    text: str, rnd: random.Random
) -> None:
    """Positions of some paths, read section by section and stopping early, are those the
    pass over the whole text gives for them and their ancestors."""
    try:
        for _ in yaml.parse(text, Loader=yaml.SafeLoader):
            pass
    except yaml.YAMLError:
        return  # only texts that were read are located
    values, keys = yaml_positions_of(text)
    paths = sorted(values, key=repr)
    extra = [("activities", 0), ("activities", 1, "id"), ("activities", 2, 0), ("actors",)]
    # A path whose top-level key is nowhere makes the whole text be checked; without one,
    # only the lines before (and within) the sections asked for are.
    wanted = [
        *rnd.sample(paths, min(len(paths), 3)),
        *rnd.sample(extra, rnd.randint(0, len(extra))),
        *([("nowhere",)] if rnd.random() < 0.3 else []),
    ]
    some_values, some_keys = yaml_positions_of(text, wanted)
    for path in wanted:
        for i in range(len(path) + 1):
            probe = path[:i]
            assert some_values.get(probe) == values.get(probe), (probe, text)
            assert some_keys.get(probe) == keys.get(probe), (probe, text)


def test_a_clean_file_is_read_from_the_section_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    """Locating activities in a block-style file reads the items of ``activities`` from
    their lines and parses only an item with a path asked below it: not the actors before
    them, nor the other activities."""
    from preventionkit.io import _positions

    data = synthetic_plan_data(300, seed=4)
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    read: list[str] = []
    walk = _positions._walk

    def spy(part: str, *args: Any, **kwargs: Any) -> Any:
        read.append(part)
        return walk(part, *args, **kwargs)

    monkeypatch.setattr(_positions, "_walk", spy)
    wanted = [("activities", 5, "title"), ("activities", 9)]
    values, keys = yaml_positions_of(text, wanted)
    full = read_yaml(text, None, DEFAULT_LIMITS)
    for path in [(), ("activities",), ("activities", 5), *wanted]:
        assert values[path] == full.values[path]
    for path in [("activities",), ("activities", 5, "title")]:
        assert keys[path] == full.keys[path]
    # The items are found from their lines; only the one with a path below it is parsed.
    assert len(read) == 1
    assert read[0].startswith(f"- id: {data['activities'][5]['id']}\n")
    assert f"id: {data['activities'][6]['id']}\n" not in read[0]


@pytest.mark.parametrize(
    "text",
    [
        'a: x\nactivities:\n- "a\n- b"\n- c\n',
        "a: x\nactivities:\n- 'a\n- b'\n- c\n",
        "a: x\nactivities:\n- id: a\n  t: |\n    - b\n- c\n",
        "a: 'x\nactivities: y'\nactivities:\n- b\n- c\n",
        "a: x\nactivities:\n- id: a\n  sub:\n  - b\n- c\nb: [x,\n  y]\n",
        "a: x\r\nactivities:\r\n  - a\r\n  - b: 1\r\n  - c\r\n",
    ],
)
def test_lines_that_look_like_items_are_placed_as_the_whole_pass_places_them(text: str) -> None:
    values, keys = yaml_positions_of(text)
    for wanted in ([("activities", 1)], [("activities", 2)], [("activities", 1), ("a",)]):
        some_values, some_keys = yaml_positions_of(text, wanted)
        for path in wanted:
            for i in range(len(path) + 1):
                assert some_values.get(path[:i]) == values.get(path[:i]), path[:i]
                assert some_keys.get(path[:i]) == keys.get(path[:i]), path[:i]
