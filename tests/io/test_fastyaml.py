"""The fast YAML path (rapidyaml) reads exactly what the safe reader reads, or steps aside
(issues 8, 20): a differential test against ``_yaml.read_yaml``; and the one JSON reader refuses
what pydantic's parser would let through."""

from __future__ import annotations

import json
import math
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import preventionkit as pk
from preventionkit.errors import PlanLoadError
from preventionkit.io import _fastyaml
from preventionkit.io._json import parse_json
from preventionkit.io._limits import DEFAULT_LIMITS
from preventionkit.io._yaml import read_yaml
from preventionkit.testing.synthetic import synthetic_plan

pytest.importorskip("ryml")


@pytest.fixture(autouse=True)
def _small_files_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_fastyaml, "FAST_MIN_BYTES", 0)


def _same(a: object, b: object) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return type(a) is type(b) and repr(a) == repr(b)


def _agrees(text: str) -> None:
    """Wherever the fast path gives data, the safe reader gives the same data, no problem;
    read whole, and read in pieces cut before every top-level sequence item."""
    saved = _fastyaml.PIECE_BYTES
    try:
        for piece_bytes in (saved, 1):
            _fastyaml.PIECE_BYTES = piece_bytes
            fast = _fastyaml.read_fast(text)
            if fast is None:
                continue
            slow = read_yaml(text, None, DEFAULT_LIMITS)
            assert not slow.issues, (piece_bytes, text, fast, slow.issues)
            assert _same(fast, slow.data), (piece_bytes, text, fast, slow.data)
            assert list(fast) == list(slow.data), (piece_bytes, text)  # the keys' order too
    finally:
        _fastyaml.PIECE_BYTES = saved


TRICKY = [
    "0",
    "1",
    "12",
    "-12",
    "+12",
    "007",
    "-007",
    "0.5",
    ".5",
    "-.5",
    "+.5",
    "5.",
    "-5.",
    "1e3",
    "1E3",
    "1e+3",
    "1e-3",
    "1.5e3",
    "-1.5E-3",
    "1_000",
    "0o17",
    "0O17",
    "0x1F",
    "0X1F",
    "0b101",
    "0xg",
    "123456789012345678901234567890",
    "1e400",
    "true",
    "True",
    "TRUE",
    "false",
    "False",
    "FALSE",
    "yes",
    "Yes",
    "no",
    "No",
    "on",
    "off",
    "y",
    "n",
    "null",
    "Null",
    "NULL",
    "nUll",
    "~",
    "-",
    "--",
    ".inf",
    ".Inf",
    ".INF",
    "-.inf",
    "+.inf",
    ".nan",
    ".NaN",
    ".NAN",
    "inf",
    "nan",
    "Infinity",
    "-Infinity",
    "NaN",
    "2019",
    "2019-06",
    "2019-06-17",
    "12:30",
    "1:20",
    "0.0.1",
    "00",
    "0.0",
    "-0",
    "+0",
    "-0.0",
    "1e",
    "1e+",
    "e3",
    ".e3",
    "0e0",
    "0x",
    "0o",
    "1__2",
    "++1",
    "--1",
    ".1e3",
    "1.e3",
    "12.e-1",
    "1,000",
    "$12",
    "12%",
    "}",
    "]",
    "@x",
    "`x",
    "a:b",
    "a#b",
    "%x",
    "|x",
    ">x",
    "'a'",
    '"b"',
    "'it''s'",
    "x&y",
    "a*b",
]


@pytest.mark.parametrize("token", TRICKY)
def test_tricky_scalars_read_alike_in_every_position(token: str) -> None:
    for text in (
        f"v: {token}\n",
        f"- {token}\n",
        f"v: [{token}]\n",
        f"{token}: 1\n",
        f"v: {{a: {token}}}\n",
        f"v:\n  - {token}\n  - x\n",
        f"v: {token}\n  more\n",
    ):
        _agrees(text)


_ALPHABET = "0123456789.+-_eExXoO abTtrueFalsNnIif~:#,[]{}'\"|>@`%&*!?\n\r"
_plain = st.text(alphabet=_ALPHABET, min_size=1, max_size=8)
_word = st.text(alphabet="abcdefgh_0123456789TtNnfF.-", min_size=1, max_size=6)


def _scalar(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["plain", "squo", "dquo", "token", "literal", "folded"]))
    if kind == "plain":
        return draw(_plain).replace("\n", " ")
    if kind == "token":
        return draw(st.sampled_from(TRICKY))
    if kind == "squo":
        return "'" + draw(_plain).replace("'", "''").replace("\n", " ") + "'"
    if kind == "dquo":
        return '"' + draw(_plain).replace('"', "").replace("\n", " ") + '"'
    lines = draw(st.lists(_word, min_size=1, max_size=3))
    return (
        ("|" if kind == "literal" else ">")
        + draw(st.sampled_from(["", "-", "+"]))
        + "\n"
        + "".join(f"{{indent}}  {line}\n" for line in lines)
    )


def _document(draw: st.DrawFn, depth: int = 0) -> str:
    lines: list[str] = []
    for _ in range(draw(st.integers(1, 4))):
        key = draw(st.one_of(_word, st.sampled_from(TRICKY)))
        shape = draw(
            st.sampled_from(["scalar", "list", "flow", "map"] if depth < 2 else ["scalar"])
        )
        if shape == "scalar":
            value = _scalar(draw)
            if "{indent}" in value:
                value = value.replace("{indent}", "")
            lines.append(f"{key}: {value}".rstrip("\n"))
        elif shape == "flow":
            items = draw(st.lists(st.one_of(_word, st.sampled_from(TRICKY)), max_size=3))
            lines.append(f"{key}: [{', '.join(items)}]")
        elif shape == "list":
            lines.append(f"{key}:")
            for _ in range(draw(st.integers(1, 3))):
                value = _scalar(draw).replace("{indent}", "    ")
                lines.append(f"  - {value}".rstrip("\n"))
        else:
            inner = _document(draw, depth + 1)
            lines.append(f"{key}:")
            lines.extend("  " + line for line in inner.splitlines())
    sep = draw(st.sampled_from(["\n", "\r\n"]))
    return sep.join(lines) + sep


@settings(max_examples=400)
@given(st.data())
def test_generated_documents_read_alike(data: st.DataObject) -> None:
    _agrees(_document(data.draw))


@settings(max_examples=200)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_arbitrary_text_reads_alike(text: str) -> None:
    _agrees(text)


# Lines that may sit at column 0 in a text read in pieces: items of a top-level sequence, and
# what could pass for one or end one early: quoted scalars and flow collections spanning lines
# (their continuation lines may start '- ' at column 0), block scalars, nested and indented
# sequences, comments, blank lines, keys with values.
_ITEMS = [
    "- a",
    "- 'a'",
    '- "a',
    '- b"',
    "- 'a",
    "- b'",
    "- [a,",
    "- b]",
    "- {k: v,",
    "- w: x}",
    "- - a",
    "-   - a",
    "- k: v",
    "  k2: w",
    "  - x",
    "    - x",
    "- |",
    "  text",
    "- >-",
    "- a",
    "  b",
    "#- c",
    "",
    "k:",
    "k2: v",
    "k3: [a,",
    '"k4":',
    "- ",
    "-",
    '- "- a"',
    "- - - a",
    " - a",
]


@settings(max_examples=600)
@given(st.lists(st.sampled_from(_ITEMS), min_size=1, max_size=14), st.sampled_from(["\n", "\r\n"]))
def test_texts_read_in_pieces_read_alike(lines: list[str], end: str) -> None:
    """Read in pieces, a text gives what the safe reader gives, or goes to it (issue 20)."""
    _agrees(end.join(["k0:", *lines]) + end)


def test_pieces_cut_before_items_only_of_the_last_keys_column_zero_sequence() -> None:
    pieces_ok = "a: 1\nl:\n- x\n- y\nm:\n- z\n- w\nn: 2\n"
    assert _read_in_pieces(pieces_ok) == {"a": 1, "l": ["x", "y"], "m": ["z", "w"], "n": 2}
    for text in (
        "l:\n  - x\n- y\n",  # an indented sequence, then an item at column 0
        "l: [x]\n- y\n",
        "l: x\n- y\n",
        'l:\n- "x\n- y"\n- z\n',  # a quoted scalar spanning a cut
        "l:\n- [x,\n- y]\n",
        "l:\n- x\nm: 1\n- y\n",
        "l:\n- x\nl:\n- y\n",  # a key written twice, in two pieces
    ):
        assert _read_in_pieces(text) is None, text


def _read_in_pieces(text: str) -> object:
    import ryml

    data = text.encode("utf-8")
    saved = _fastyaml.PIECE_BYTES
    _fastyaml.PIECE_BYTES = 1
    try:
        try:
            return _fastyaml._read_pieces(ryml, data, _fastyaml._residue(data))
        except Exception:  # rapidyaml refuses a piece: the fast path steps aside
            return None
    finally:
        _fastyaml.PIECE_BYTES = saved


def test_large_plans_are_read_in_pieces_as_they_are_read_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = pk.dumps(synthetic_plan(400, seed=4))
    whole = _fastyaml.read_fast(text)
    assert whole is not None
    for piece_bytes in (1, 1000, 5000):
        monkeypatch.setattr(_fastyaml, "PIECE_BYTES", piece_bytes)
        assert len(text) > 16 * piece_bytes  # so read in pieces
        assert len(_fastyaml._cuts(text.encode("utf-8"))) > 1
        assert _fastyaml.read_fast(text) == whole
        assert _fastyaml.read_fast(text.replace("\n", "\r\n")) == whole


def test_the_fast_path_reads_dumped_plans_and_keeps_their_value() -> None:
    plan = synthetic_plan(300, seed=5)
    text = pk.dumps(plan)
    assert _fastyaml.read_fast(text) is not None
    assert pk.loads(text, format="yaml") == plan


@pytest.mark.parametrize(
    "text",
    [
        "a: !!python/object/apply:os.system ['true']\n",
        "a: &x [1]\nb: *x\n",
        "a: 1\na: 2\n",
        "<<: {a: 1}\n",
        "--- \na: 1\n",
        "a: 1\n---\nb: 2\n",
        "? [a]\n: 1\n",
        "a: .nan\n",
        'a: "\\u0041"\n',
        "a:\tb\n",
        "12: x\n",
        "true: x\n",
        "key: &\n",  # issue 21: an anchor without a name, accepted above 32 KiB
        "a: & x\n",
        "id: [x yactors:]\n",  # found by fuzz/fuzz_yaml_differential.py (issue 21)
        "id: [a:, b]\n",
        "id: {a:}\n",
        # implicit keys on more than one line (found by the fuzzer in CI, issue 21)
        '{"a\nb": 1}\n',
        '{"\nvalues": [1]}\n',
        "{a\nb: 1}\n",
        "x: {a\n  b: 1}\n",
        '{"a"\n: 1}\n',
        "x: ['a\n b': 1]\n",
        "x: ['it''s\n b': 1]\n",
        "{'a\nb''c': 1}\n",
        '["a"\n: 1]\n',
        "kind:\n  - x\nkind1:\n | - ks\n",  # a block scalar header with more on its line
        "a: > x\n",
        '"a\nb": 1\n',
    ],
)
def test_unsafe_or_ambiguous_texts_take_the_safe_reader(text: str) -> None:
    assert _fastyaml.read_fast(text) is None


def test_a_long_flow_list_broken_across_lines_keeps_the_fast_path() -> None:
    # pk.dumps breaks long lists over lines; only implicit keys must stay on one line.
    text = "m: [a, b,\n  c]\nn: {o: [p]}\n"
    assert _fastyaml.read_fast(text) == {"m": ["a", "b", "c"], "n": {"o": ["p"]}}


def test_errors_found_after_the_fast_path_keep_their_line(tmp_path: object) -> None:
    plan = synthetic_plan(400)
    text = pk.dumps(plan).replace("kind: committee", "kind: comittee", 1)
    with pytest.raises(PlanLoadError) as info:
        pk.loads(text, format="yaml", source="plan.yaml")
    (issue,) = info.value.issues
    line = next(i for i, s in enumerate(text.splitlines(), 1) if "comittee" in s)
    assert (issue.kind, issue.line) == ("unknown_value", line)


def test_positions_of_a_fast_loaded_plan_are_computed_when_asked() -> None:
    text = pk.dumps(synthetic_plan(300))
    plan = pk.loads(text, format="yaml")
    source = pk.source_of(plan)
    assert source is not None
    line = next(i for i, s in enumerate(text.splitlines(), 1) if "id: a-000002" in s)
    where = source.locate(("activities", 1, "id"))
    assert where == read_yaml(text, None, DEFAULT_LIMITS).values[("activities", 1, "id")]
    assert where is not None
    assert where[0] == line


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('{"preventionkit": 1, "id": "p", "id": "q", "title": "T"}', "duplicate_key"),
        ('{"preventionkit": 1, "id": "p", "title": "T", "x": NaN}', "invalid_value"),
        ('{"preventionkit": 1, "id": "p", "title": "T", "x": -Infinity}', "invalid_value"),
    ],
)
def test_the_json_reader_refuses_duplicates_and_nan(text: str, kind: str) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - the reader's own refusal, located below
        parse_json(text)
    with pytest.raises(PlanLoadError) as info:
        pk.loads(text, format="json")
    assert info.value.issues[0].kind == kind


def test_the_json_reader_gives_the_same_plan() -> None:
    plan = synthetic_plan(200)
    text = pk.dumps(plan, format="json")
    assert parse_json(text) == json.loads(text)
    assert pk.loads(text, format="json") == plan


def test_small_files_never_import_the_fast_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_fastyaml, "FAST_MIN_BYTES", 64 * 1024)
    text = pk.dumps(synthetic_plan(20))
    monkeypatch.setitem(sys.modules, "ryml", None)  # an import would raise ImportError
    assert _fastyaml.read_fast(text) is None
    monkeypatch.setattr(_fastyaml, "FAST_MIN_BYTES", 0)
    assert _fastyaml.read_fast(text) is None  # rapidyaml missing: the safe reader, no error


@pytest.mark.parametrize("name", ["synthetic", "umea", "gavle", "vasterbotten"])
def test_the_tree_is_reserved_for_every_node_the_parse_needs(name: str) -> None:
    """The fast path reserves rapidyaml's tree before parsing (growing it cost four times the
    parse at 100,000 activities, issue 20); the estimate covers plans as written."""
    import ryml

    text = pk.dumps(synthetic_plan(300)) if name == "synthetic" else pk.examples.text(name)
    data = text.encode("utf-8")
    needed = ryml.parse_in_arena(data).size()
    estimate = _fastyaml._nodes_upper_estimate(_fastyaml._residue(data))
    assert needed <= estimate <= 4 * needed


@pytest.mark.parametrize("hint", [0, 1, 100, 10**6])
def test_the_json_is_rapidyamls_whatever_the_buffer_first_tried(hint: int) -> None:
    """The JSON is written into a buffer guessed from the file's size, and again into one of
    the size rapidyaml asks for when the guess was short (issue 20)."""
    import ryml

    tree = ryml.parse_in_arena(pk.dumps(synthetic_plan(30)).encode("utf-8"))
    assert _fastyaml._emit_json(ryml, tree, hint) == ryml.emit_json(tree)
