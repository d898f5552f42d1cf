"""Differential fuzzing of the two YAML readers (issue 21 item 8), for a bounded time.

Large files take a fast path (rapidyaml and the JSON reader, ``io/_fastyaml.py``); everything else, and
anything the fast path is unsure of, takes the safe reader (``io/_yaml.py``). The two must
never disagree: wherever the fast path returns data, the safe reader must read the same data
and report no problem (issue 21 found ``key: &``, invalid YAML, accepted above 32 KiB).

Inputs are real plans mutated with YAML tokens (as in ``fuzz_cli.py``) and short documents
of plan keys, YAML indicators and tricky scalars; the size threshold is lowered so that every
input is offered to the fast path, read whole or (half the time) in pieces cut before every
top-level sequence item, as large texts are (``PIECE_BYTES``).

**Runs only when two readers exist**: without rapidyaml installed, or once the fast
path is removed (issue 20 may do so), there is nothing to compare and the script says so and
exits 0. Run for 20 seconds in CI (``.ci/run``); for longer runs::

    python fuzz/fuzz_yaml_differential.py --seconds 3600
"""

from __future__ import annotations

import math
import sys
from pathlib import Path
from typing import Any

from hypothesis import given, note
from hypothesis import strategies as st

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from bounded import options, run_for  # noqa: E402
from mutations import TOKENS, mutated  # noqa: E402

SCALARS = [
    "0", "007", "-0", "+1", "0o17", "0x1F", ".5", "5.", "1e3", "1_000", "1e400", ".inf", "-.Inf",
    ".nan", "NaN", "true", "True", "yes", "no", "on", "null", "~", "Null", "", "2019-XX-XX",
    "2024-01-31", "'q'", '"d"', "''", "a: b", "x#y", "x #y", "@x", "`x", "%x", "&", "&a x", "*a",
    "!x y", "!!str 1", "|", ">", "|-\n  a", "[a, b]", "{a: 1}", "[", "}", "- a", "? a", "<<",
    "---", "...", "\t", "\\", "å", "\u2028", "\x85",
]  # fmt: skip
KEYS = ["id", "title", "actors", "kind", "name", "responsible", "a", "1", "? k", "'q'"]


def _readers() -> Any:
    """The fast path module when both readers exist, else None."""
    try:
        from preventionkit.io import _fastyaml
    except ImportError:
        return None
    available = getattr(_fastyaml, "available", None)
    if available is None or not available() or not hasattr(_fastyaml, "read_fast"):
        return None
    return _fastyaml


WORDS = ["ks", "Plan mot våld", "kommunstyrelsen", "universal", "2019", "x y", "a-b", "ok"]


@st.composite
def documents(draw: st.DrawFn) -> str:
    """A mapping of plan-like keys, mostly well formed (so the fast path takes it), with
    tricky scalars and YAML indicators among plain words."""
    value = st.one_of(st.sampled_from(WORDS), st.sampled_from(SCALARS))
    lines = []
    for n in range(draw(st.integers(1, 5))):
        key = draw(st.sampled_from(KEYS)) + (str(n) if draw(st.booleans()) else "")
        shape = draw(st.sampled_from(["map", "map", "map", "list", "sub", "flow", "bare"]))
        if shape == "map":
            lines.append(f"{key}: {draw(value)}")
        elif shape == "list":
            lines.append(f"{key}:")
            lines.extend(f"  - {draw(value)}" for _ in range(draw(st.integers(1, 3))))
        elif shape == "sub":
            lines.append(f"{key}:")
            lines.extend(f"  k{i}: {draw(value)}" for i in range(draw(st.integers(1, 3))))
        elif shape == "flow":
            items = draw(st.lists(value, max_size=3))
            lines.append(f"{key}: [{', '.join(items)}]")
        else:
            lines.append(draw(value))
    end = draw(st.sampled_from(["\n", "\n", "\r\n"]))
    return end.join(lines) + end


@st.composite
def inputs(draw: st.DrawFn) -> str:
    if draw(st.booleans()):
        _, data = draw(mutated())
        text = data.decode("utf-8", errors="replace")
    else:
        text = draw(documents())
    if draw(st.booleans()):  # splice a dictionary token anywhere
        at = draw(st.integers(0, len(text)))
        token = draw(st.sampled_from(TOKENS)).decode("utf-8", errors="replace")
        text = text[:at] + token + text[at:]
    return text


def _same(a: object, b: object) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return type(a) is type(b) and repr(a) == repr(b)


def make_test(fast: Any) -> Any:
    from preventionkit.io._limits import DEFAULT_LIMITS
    from preventionkit.io._yaml import read_yaml

    whole = getattr(fast, "PIECE_BYTES", None)

    @given(inputs(), st.booleans())
    def fuzz_differential(text: str, in_pieces: bool) -> None:
        note(f"text: {text[:3000]!r}")
        if whole is not None:  # large texts are read in pieces: cut before every item too
            fast.PIECE_BYTES = 1 if in_pieces else whole
        data = fast.read_fast(text)
        if data is None:
            return  # the fast path stepped aside: only the safe reader reads it
        safe = read_yaml(text, None, DEFAULT_LIMITS)
        assert not safe.issues, ("the fast path read what the safe reader refuses", safe.issues)
        assert _same(data, safe.data), ("the readers read different data", data, safe.data)

    return fuzz_differential


def main() -> int:
    args = options(__doc__.splitlines()[0], 20)
    fast = _readers()
    if fast is None:
        print("fuzz_yaml_differential: skipped, there is only one YAML reader")
        return 0
    fast.FAST_MIN_BYTES = 0  # offer every input to the fast path
    tried = run_for(make_test(fast), args.seconds, args.batch * 8, args.seed)
    print(f"fuzz_yaml_differential: {tried} texts read alike by both YAML readers")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
