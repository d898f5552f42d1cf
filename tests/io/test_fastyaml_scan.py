"""The fast YAML path's safety scans (issue 20): one ``translate`` and a look at its residue give
the verdicts of searching the whole text for every byte string, and one pass over rapidyaml's
JSON gives the verdicts of the two passes it replaced; each check fires, and stays silent on a
plan that needs none of them.

The reference functions below are the plain spelling of the checks (every byte string searched
in the whole text), as the fast path had them before issue 20's second round.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import preventionkit as pk
from preventionkit.io import _fastyaml
from preventionkit.testing.synthetic import synthetic_plan

ryml = pytest.importorskip("ryml")

_UNSAFE_BYTES = (
    b"!",
    b"\\",
    b"\t",
    b"<<",
    b"\xef\xbb\xbf",
    b"\xe2\x80\xa8",
    b"\xe2\x80\xa9",
    b"\xef\xbf\xbe",
    b"\xef\xbf\xbf",
)
_PLAIN_ASCII = bytes(range(32, 127)) + b"\n\r"
_CONTROLS = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\xc2[\x80-\x9f]")
_UNSAFE_JSON = re.compile(
    rb'"(?:[~+.@`%*&!|>#?\-]'
    rb"|0[0-9oOxXbBeE_]"
    rb"|(?:T(?:rue|RUE)|F(?:alse|ALSE)|N(?:ull|ULL|a[Nn]|AN)|na[Nn]|I(?:nf|NF|nfinity)"
    rb'|i(?:nf|nfinity))"'
    rb'|[0-9][^"\n]*"[ \t]*:'
    rb'|(?:true|false|null)"[ \t]*:'
    rb'|"[ \t]*:)'
)
_CLOSER_FIRST = re.compile(rb'[\[,{ \n]"[\]},:]')


def _plain_unsafe_text(data: bytes) -> bool:
    """Every check searched over the whole text."""
    if data.startswith((b"---", b"...", b"%")):
        return True
    if any(b in data for b in _UNSAFE_BYTES):
        return True
    if _fastyaml._DOCUMENT_LINES.search(data) is not None:
        return True
    if _CONTROLS.search(data.translate(None, _PLAIN_ASCII)) is not None:
        return True
    if _fastyaml._ANCHORS.search(data) is not None:
        return True
    if _fastyaml._LONE_CR.search(data) is not None:
        return True
    if _fastyaml._FLOW_COLON.search(data) is not None:
        return True
    for multiline in (
        _fastyaml._BLOCK_HEADER_TEXT,
        _fastyaml._MULTILINE_FLOW_MAP,
        _fastyaml._MULTILINE_FLOW_KEY,
        _fastyaml._MULTILINE_DOUBLE_KEY,
        _fastyaml._MULTILINE_SINGLE_KEY,
    ):
        if multiline.search(data) is not None:
            return True
    return _fastyaml._COMPLEX_KEYS.search(data) is not None


def _plain_unsafe_json(emitted: str) -> bool:
    """The two passes over rapidyaml's JSON that the one pass replaced."""
    data = emitted.encode("utf-8")
    return _UNSAFE_JSON.search(data) is not None or _CLOSER_FIRST.search(data) is not None


def _scan(text: str) -> bool:
    data = text.encode("utf-8")
    return _fastyaml._unsafe_text(data, _fastyaml._residue(data))


# Every byte the checks look at, and their neighbours: indicators, line ends, controls (C0, DEL,
# C1), BOM, U+2028/9, non-characters, other non-ASCII, and plain letters and digits.
_TEXT_ALPHABET = (
    "\n\r\t -:,[]{}!\\&*?<%.#'\"|>@`~+=_aAz09 "
    "\x00\x01\x0b\x0c\x1f\x7f\x80\x85\x9f\xa0\xe5\u0100\u2027\u2028\u2029\u2030"
    "\ufeff\ufffd\ufffe\uffff\U0001f600"
)


@settings(max_examples=2000)
@given(st.text(alphabet=_TEXT_ALPHABET, max_size=60))
@example("a: b\n...\n")
@example("a: b\n%x\n")
@example("a: b\n---\n")
@example("a: x<<y\n")
@example("a: b\rc\n")
@example("a: \u2028\n")
@example("a: \x85\n")
@example("a: \ufeffb\n")
@example("a: b\n? c\n")
@example("a: x\n.-.\n")
def test_the_residue_gives_the_verdict_of_searching_the_whole_text(text: str) -> None:
    assert _scan(text) == _plain_unsafe_text(text.encode("utf-8"))


@settings(max_examples=300)
@given(st.lists(st.text(alphabet=_TEXT_ALPHABET, max_size=30), max_size=30))
def test_long_texts_too(lines: list[str]) -> None:
    text = "\n".join(lines)
    assert _scan(text) == _plain_unsafe_text(text.encode("utf-8"))


_JSON_ALPHABET = '" \n\t[]{},:~+.@`%*&!|>#?-_0123456789oOxXbBeETtRrUuFfAaLlSsNnIiYy\\/'
_WORDS = [
    "True", "TRUE", "False", "FALSE", "Null", "NULL", "NaN", "NAN", "Nan", "nan", "naN",
    "Inf", "INF", "Infinity", "inf", "infinity", "true", "false", "null", "0x1", "007", "0",
    "12", "2024-01", "a", "",
]  # fmt: skip
_json_piece = st.one_of(
    st.text(alphabet=_JSON_ALPHABET, max_size=6),
    st.sampled_from(_WORDS).map(lambda w: f'"{w}"'),
    st.sampled_from(_WORDS).map(lambda w: f'"{w}": '),
)


@settings(max_examples=2000)
@given(st.lists(_json_piece, max_size=12).map("".join))
@example('{"a": "True"}')
@example('{"12": 1}')
@example('{"true": 1}')
@example('{"": 1}')
@example('["]"]')
@example('{"a": ",b"}')
@example('{"a": "x"}')
def test_one_pass_over_the_json_gives_the_verdict_of_the_two(text: str) -> None:
    assert _fastyaml._unsafe_json(text) == _plain_unsafe_json(text)


@settings(max_examples=300)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["a", "b1", "12", "true", "'x'", "'12'", '"n"', "'a b'"]),
            st.sampled_from(
                [*filter(None, _WORDS), "'a \"b'", "'x ,'", "'[x'", "'- y'", "~", "+1", "@x"]
            ),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_the_json_of_yaml_documents_too(pairs: list[tuple[str, str]]) -> None:
    text = (
        "".join(f"{k}: {v}\n" for k, v in pairs) + "l: [" + ", ".join(v for _, v in pairs) + "]\n"
    )
    with _fastyaml._quiet_stderr():
        emitted = ryml.emit_json(ryml.parse_in_arena(text.encode("utf-8")))
    assert _fastyaml._unsafe_json(emitted) == _plain_unsafe_json(emitted)


@pytest.mark.parametrize(
    "text",
    [
        "a: b\n...\n",  # document end
        "a: b\n%YAML 1.2\n",  # a directive
        "a: b\n---\nc: d\n",  # a second document
        "a: b\r\nc: d\re: f\n",  # a lone carriage return
        "a: x\u2028y\n",
        "a: x\u2029y\n",
        "a: x\ufeffy\n",  # a BOM inside the text
        "a: x\x85y\n",  # a C1 control
        "a: x\x7fy\n",
        "a: x\x0cy\n",
        "a: x\ufffey\n",
        "a: x\uffffy\n",
        "a: x\n<<: {b: 1}\n",
        "a: !x y\n",
        "a: b\\c\n",
        "a: [x, *y]\n",
        "a:\n  ? b\n  : c\n",
    ],
)
def test_each_check_fires(text: str) -> None:
    assert _scan(text)
    assert _plain_unsafe_text(text.encode("utf-8"))


@pytest.mark.parametrize(
    "text",
    [
        "a: b - c\nl:\n- d\n- e\n",
        "a: x.y...z\nb: 50%\n",
        "a: x<y\nb: a&b, c*d\n",
        "a: b\r\nc: d\r\n",
        "a: Handlingsplan mot våld\u2030\n",
        "a: x?y\n",
        "a: [b, c]\nd: {e: f}\n",
    ],
)
def test_each_check_stays_silent_on_what_it_need_not_refuse(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_fastyaml, "FAST_MIN_BYTES", 0)
    assert not _scan(text)
    assert not _plain_unsafe_text(text.encode("utf-8"))
    assert _fastyaml.read_fast(text) is not None


def test_a_dumped_plan_passes_every_scan() -> None:
    text = pk.dumps(synthetic_plan(300, seed=2))
    data = text.encode("utf-8")
    assert not _fastyaml._unsafe_text(data, _fastyaml._residue(data))
    assert not _fastyaml._unsafe_json(ryml.emit_json(ryml.parse_in_arena(data)))
