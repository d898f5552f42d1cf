"""Inputs for the fuzzers: real plans, mutated line by line and byte by byte, with YAML and
plan tokens from ``yaml.dict`` (and a few hostile strings from issue 21) spliced in."""

from __future__ import annotations

from pathlib import Path

from hypothesis import strategies as st

__all__ = ["SEEDS", "TOKENS", "mutated"]

HERE = Path(__file__).parent
ROOT = HERE.parent


def _seeds() -> list[tuple[str, bytes]]:
    folders = [
        ROOT / "src" / "preventionkit" / "data" / "examples",
        ROOT / "tests" / "cli" / "fixtures",
        ROOT / "tests" / "bad",
        ROOT / "tests" / "io" / "fmt_cases",
    ]
    found = []
    for folder in folders:
        for path in sorted(folder.glob("*")):
            if path.suffix in (".yaml", ".json") and not path.name.endswith(".expected.json"):
                data = path.read_bytes()
                if len(data) <= 200_000:  # the huge corpus cases only slow the run down
                    found.append((path.suffix, data))
    return found


def _tokens() -> list[bytes]:
    out = []
    for raw in (HERE / "yaml.dict").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith('"') and line.endswith('"'):
            out.append(line[1:-1].encode("utf-8").decode("unicode_escape").encode("latin-1"))
    return out


SEEDS = _seeds()
TOKENS = [*_tokens(), b"&", b"*", b"\t", b"\r", b"\x1b[2J", b"[/bold]", b"$x$", b"# c", b"..."]


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, bytes]:
    suffix, data = draw(st.sampled_from(SEEDS))
    lines = data.split(b"\n")
    for _ in range(draw(st.integers(1, 4))):
        if not lines:
            lines = [b""]
        i = draw(st.integers(0, len(lines) - 1))
        action = draw(
            st.sampled_from(
                ["drop", "dup", "indent", "dedent", "token", "garble", "flip", "cut", "ends"]
            )
        )
        line = lines[i]
        at = draw(st.integers(0, len(line)))
        if action == "drop":
            del lines[i]
        elif action == "dup":
            lines.insert(i, line)
        elif action == "indent":
            lines[i] = b"  " + line
        elif action == "dedent":
            lines[i] = line[2:] if line.startswith(b"  ") else line.lstrip()
        elif action == "token":
            lines[i] = line[:at] + draw(st.sampled_from(TOKENS)) + line[at:]
        elif action == "garble":
            lines[i] = line[:at] + draw(st.binary(min_size=1, max_size=3)) + line[at + 1 :]
        elif action == "flip" and line:
            j = min(at, len(line) - 1)
            lines[i] = line[:j] + bytes([line[j] ^ (1 << draw(st.integers(0, 7)))]) + line[j + 1 :]
        elif action == "cut":
            lines = [*lines[:i], line[:at]]
        elif action == "ends":
            end = draw(st.sampled_from([b"\r\n", b"\r"]))
            return suffix, end.join(lines)
    return suffix, b"\n".join(lines)
