"""A fast path for reading large YAML plans: rapidyaml parses, the JSON reader builds the data
(issues 8 and 20).

The safe reader in :mod:`._yaml` walks PyYAML's event stream in Python and records the position
of every key and value; from 200 activities on that costs three to ten times the JSON load, and
PyYAML's C loader alone is no faster (docs/performance.md). This path parses with rapidyaml
(C++; ``import ryml``), emits the tree as JSON in C++, and reads that with
:func:`._json.parse_json`, which refuses duplicate keys and NaN. Positions are not computed here: the caller
computes them with the safe reader only when something asks where a field is (an error or a
finding), so line numbers are kept for errors.

The fast path is taken only when it cannot change what the file means or hide a problem the
safe reader would report. A conservative scan of the raw text sends everything else to the
safe reader, so the safety guarantees of :mod:`._yaml` hold unchanged:

* no tags (``!``), anchors or aliases (``&``, ``*``), merge keys (``<<``), directives (``%``),
  document markers (``---``, ``...``), complex keys (``?``), escapes (``\\``), tabs or control
  characters: so no tag can construct anything and no alias can expand;
* no plain scalar whose meaning under the YAML 1.2 core schema of ``_yaml._resolve_plain``
  could differ from rapidyaml's JSON (``True``, ``~``, ``0x1F``, ``007``, ``+1``, ``.inf``,
  ``nan``, ``0e0`` …), nor one starting with a character libyaml refuses (``}``, ``]``, ``@``,
  a backtick);
* duplicate keys and NaN make the JSON reader fail, and any parse failure returns None: the
  safe reader then reports the problem with its line and column.

The scans cost little: one ``translate`` leaves the few bytes any check asks about, and one
regular-expression pass reads rapidyaml's JSON; a property test holds their verdicts equal to
searching the whole text for each byte string (``tests/io/test_fastyaml_scan.py``). Texts over
4 MiB are parsed in pieces with one tree (:data:`PIECE_BYTES`); a marker item checks every cut.

rapidyaml is optional (the ``yaml`` extra installs it); without it every file takes the safe
reader. Files under :data:`FAST_MIN_BYTES` always do: below it the safe reader is about as
fast as importing rapidyaml, and a plan with findings needs its positions anyway.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["FAST_MIN_BYTES", "available", "read_fast"]

FAST_MIN_BYTES = 64 * 1024
"""Smaller files (up to about 150 activities) always take the safe reader: it is fast enough
there, and exact; the embedded examples (under 40 KiB) never import rapidyaml."""

PIECE_BYTES = 256 * 1024
"""Texts over sixteen times this (4 MiB, about 11,000 activities) are parsed in pieces of about
this size, each cut before an item of a top-level sequence (a line starting ``- `` at column 0),
with one rapidyaml tree reused for all. A tree takes 144 bytes a node, about eight times the
text: 290 MiB for the 37 MB of 100,000 activities, mapped and written anew on every load once it
is over the allocator's 32 MiB threshold; the tree of a piece stays in memory already mapped and
in the cache. At 100,000 activities the fast path takes 0.96 s in pieces against 1.23 s whole;
under 4 MiB pieces save nothing (issue 20). Tests set it to 1 so that every such line is a cut."""

_MARKER = "preventionkit, the end of a piece"

# One ``translate`` (at memory speed) deletes the printable ASCII that no check asks about,
# which is most of a plan, and leaves a short residue (about a tenth of a synthetic plan) with
# every byte that matters, in order: line ends and the structure counted for the tree's size
# (``\n - : , [ ] { }``), the indicators the checks look for (``! \ & * ? < % .``), and every
# byte that is not printable ASCII. Each check then reads the residue, and reads the whole text
# only when the residue holds what it looks for: the verdicts are those of searching the whole
# text (a property test compares them with that plain spelling), at a fraction of the cost
# (issue 20: nine substring searches, five counts and four regular expressions over the text
# were a tenth of a 1,000-activity load).
_KEPT = b"\n\r-:,[]{}!\\&*?<%."
_ORDINARY = bytes(b for b in range(32, 127) if b not in _KEPT)
# What is left once the kept ASCII goes too is every byte that is not printable ASCII or a line
# end; refused among them: tabs and other controls, C1 controls, BOM, U+2028 and U+2029, U+FFFE
# and U+FFFF. UTF-8 keeps a character's bytes together and none of them is ASCII, so a match
# there is a whole character of the text.
_REFUSED_REST = re.compile(
    rb"[\x00-\x1f\x7f]|\xc2[\x80-\x9f]|\xef\xbb\xbf|\xe2\x80[\xa8\xa9]|\xef\xbf[\xbe\xbf]"
)
# Document markers and directives at the start of a line.
_DOCUMENT_LINES = re.compile(rb"\n(?:---|\.\.\.|%)")
# Anchors and aliases (& or * before a name), complex keys ('? ').
_ANCHORS = re.compile(rb"(?:^|[\s\[{,:?-])[&*]")
_COMPLEX_KEYS = re.compile(rb"\?(?:\s|$)")
_LONE_CR = re.compile(rb"\r(?!\n)")  # a carriage return alone is a line break to YAML
# ':' right before a flow indicator: YAML 1.2 (rapidyaml) reads it as a value indicator in a
# flow collection ('[a:]' is [{a: null}]); libyaml refuses it (found by fuzz/, issue 21).
_FLOW_COLON = re.compile(rb":[\[\]{},]")
# An implicit key on more than one line: a quoted key broken across lines ('"a\nb": 1'), and a
# flow mapping, or an entry of a flow sequence, whose key or ':' falls on a later line
# ('{a\nb: 1}', '["a"\n: 1]'). YAML allows an implicit key on one line only; libyaml refuses
# these and rapidyaml reads them (found by fuzz/fuzz_yaml_differential.py, issue 21). A
# flow sequence of plain items broken across lines, as ``pk.dumps`` writes long lists, is
# not one of them. Each pattern stops at the next bracket or quote it starts from, so every
# byte is scanned a bounded number of times (50,000 nested brackets stay linear), and its
# quantifiers are possessive.
_MULTILINE_DOUBLE_KEY = re.compile(rb'"[^"\n]*+\n[^"]*+"[ \t]*:')
_MULTILINE_SINGLE_KEY = re.compile(rb"'[^'\n]*+\n[^']*+'(?:'[^'\n]*+')*+[ \t]*:")
# A block scalar's header ('|' or '>', its indicators, then only a comment) with more after it
# on its line ('a: | x', '- > x'): libyaml refuses it, rapidyaml reads it (found by the fuzzer).
_BLOCK_HEADER_TEXT = re.compile(rb"(?:^[ \t]*|[:?\-][ \t]+)[|>][-+0-9]*+[ \t]+[^#\s]", re.M)
_MULTILINE_FLOW_MAP = re.compile(rb"\{[^{}\[\]:,\n]*+\n")  # read in the residue
_MULTILINE_FLOW_KEY = re.compile(rb"\[[^{}\[\]:,\n]*+\n[^{}\[\]:,]*+:")  # the residue
# Strings in rapidyaml's JSON whose plain-scalar meaning could differ under the YAML 1.2 core
# schema of _yaml._resolve_plain, or that libyaml refuses to start a plain scalar with; keys
# that are numbers, booleans or null (the safe reader refuses them); and a string starting with
# a character that also ends a JSON string (']', '}', ',', ':'), found by the character before
# its opening quote. One pass over the quotes: a closing quote (followed by ']', '}', ',' or
# ':') fails at the look behind it, and the lookahead turns away, in one step, any other quote
# followed by what no branch starts with (issue 20: two passes took 5 ms at 1,000 activities,
# this one under half). The special words are spelled out by first letter.
_UNSAFE_JSON = re.compile(
    r'"(?:[\]},:](?<=[\[,{ \n]"[\]},:])'
    r'|(?=[~+.@`%*&!|>#?\-0-9TFNIintf"])'
    r"(?:[~+.@`%*&!|>#?\-]"
    r"|0[0-9oOxXbBeE_]"
    r"|(?:T(?:rue|RUE)|F(?:alse|ALSE)|N(?:ull|ULL|a[Nn]|AN)|na[Nn]|I(?:nf|NF|nfinity)"
    r'|i(?:nf|nfinity))"'
    r'|[0-9][^"\n]*"[ \t]*:'
    r'|(?:true|false|null)"[ \t]*:'
    r'|"[ \t]*:))'
)


def _unsafe_json(emitted: str) -> bool:
    """Whether rapidyaml's JSON of the text holds a string the fast path does not handle."""
    return _UNSAFE_JSON.search(emitted) is not None


def _residue(data: bytes) -> bytes:
    """``data`` without the printable ASCII no check asks about (see ``_KEPT``)."""
    return data.translate(None, _ORDINARY)


def _unsafe_text(data: bytes, kept: bytes) -> bool:
    """Whether the raw text holds anything the fast path does not handle; ``kept`` is its
    :func:`_residue`, where each check looks first."""
    if data.startswith((b"---", b"...", b"%")):
        return True
    if b"!" in kept or b"\\" in kept or _REFUSED_REST.search(kept.translate(None, _KEPT)):
        return True
    if (b"\n---" in kept or b"\n..." in kept or b"\n%" in kept) and _DOCUMENT_LINES.search(data):
        return True
    if b"<" in kept and b"<<" in data:
        return True
    if (b"&" in kept or b"*" in kept) and _ANCHORS.search(data) is not None:
        return True
    if b"\r" in kept and _LONE_CR.search(data) is not None:
        return True
    if _FLOW_COLON.search(data) is not None:
        return True
    if b"{" in kept and _MULTILINE_FLOW_MAP.search(kept) is not None:
        return True
    if b"[" in kept and _MULTILINE_FLOW_KEY.search(kept) is not None:
        return True
    if (b"|" in data or b">" in data) and _BLOCK_HEADER_TEXT.search(data) is not None:
        return True
    if b'"' in data and _MULTILINE_DOUBLE_KEY.search(data) is not None:
        return True
    if b"'" in data and _MULTILINE_SINGLE_KEY.search(data) is not None:
        return True
    return b"?" in kept and _COMPLEX_KEYS.search(data) is not None


def available() -> bool:
    """Whether rapidyaml is installed."""
    try:
        import ryml  # noqa: F401
    except ImportError:
        return False
    return True


_STDERR_LOCK = threading.Lock()


@contextmanager
def _quiet_stderr() -> Iterator[None]:
    """rapidyaml prints its parse errors to the C stderr; the safe reader reports them
    properly, so while the fast parser runs stderr goes into a pipe that is then dropped
    (restored in any case; the pipe does not block, and no file is opened). A lock keeps
    two threads from swapping stderr at once; other threads' stderr output during the parse
    (a fraction of a second) is dropped too."""
    with _STDERR_LOCK:
        try:
            saved = os.dup(2)
        except OSError:  # pragma: no cover - no stderr to silence
            yield
            return
        read_end, write_end = os.pipe()
        try:
            with contextlib.suppress(OSError, AttributeError):  # Windows before 3.12
                os.set_blocking(write_end, False)
            os.dup2(write_end, 2)
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            os.close(write_end)
            os.close(read_end)


def _nodes_upper_estimate(kept: bytes) -> int:
    """About as many tree nodes as rapidyaml will need, rarely fewer, from the text's
    :func:`_residue`: a node per line, per block item starting a line (a line whose first
    structural byte is ``-``), per flow item and per flow collection. Growing the tree as it
    parses costs four times the parse itself at 100,000 activities (0.85 s against 0.17 s with
    the tree reserved; issue 20, the growth of YAML loading from 10,000 to 100,000); a short
    estimate only means the tree grows as before."""
    return (
        kept.count(b"\n")
        + kept.count(b"\n-")
        + kept.count(b",")
        + kept.count(b"[")
        + kept.count(b"{")
        + 16
    )


def _emit_json(ryml: Any, tree: Any, size_hint: int) -> str:
    """rapidyaml's JSON of ``tree``. ``ryml.emit_json`` measures its output in one pass and
    writes it in a second; writing into a buffer that is likely large enough takes one pass
    (1.2 of 2.5 ms at 1,000 activities, issue 20), and a second only when it was not."""
    buf = bytearray(size_hint)
    failed, size = ryml.emit_json_to_substr(tree, tree.root_id(), buf)
    if failed:
        buf = bytearray(size)
        failed, size = ryml.emit_json_to_substr(tree, tree.root_id(), buf)
        if failed:  # pragma: no cover - the size rapidyaml asked for
            raise ValueError("rapidyaml could not write its JSON")
    return str(memoryview(buf)[:size], "utf-8")


def _cuts(data: bytes) -> list[int]:
    """Where the pieces of ``data`` start: 0, then the first line starting ``- `` at column 0
    at least :data:`PIECE_BYTES` after the previous cut."""
    cuts = [0]
    while True:
        at = data.find(b"\n- ", cuts[-1] + PIECE_BYTES)
        if at < 0:
            return cuts
        cuts.append(at + 1)


def _read_pieces(ryml: Any, data: bytes, kept: bytes) -> dict[str, Any] | None:
    """The mapping ``data`` holds, read in pieces cut before top-level sequence items (see
    :data:`PIECE_BYTES`); None when the text is not a mapping whose every cut falls between two
    items of its last key's column-0 sequence, or any piece is refused.

    Each piece but the first starts with its key written again (``"activities":``) and each
    but the last ends with a marker item: the parser is then in the state the whole text puts
    it in at the cut (inside the last key's sequence at column 0), and the marker shows it:
    it must come back as the last item of the last key's list, else the cut was not between
    two items and the text goes to the safe reader. Keys written in two pieces are refused as
    the JSON reader refuses them within one.
    """
    from ._json import parse_json

    cuts = _cuts(data)
    end_of_line = b"\r\n" if b"\r" in kept else b"\n"
    marker = b'- "' + _MARKER.encode("utf-8") + b'"' + end_of_line
    tree = ryml.Tree()
    tree.reserve(_nodes_upper_estimate(kept) * PIECE_BYTES // len(data) * 2 + 1024)
    view = memoryview(data)
    result: dict[str, Any] = {}
    last = ""
    for number, start in enumerate(cuts):
        final = number == len(cuts) - 1
        stop = len(data) if final else cuts[number + 1]
        head = json.dumps(last, ensure_ascii=False).encode("utf-8") + b":" + end_of_line
        piece = b"".join((head if number else b"", view[start:stop], b"" if final else marker))
        with _quiet_stderr():
            tree.clear()
            tree.clear_arena()
            ryml.parse_in_arena(piece, tree=tree)
            emitted = _emit_json(ryml, tree, len(piece) * 3 // 2 + 4096)
        if _unsafe_json(emitted):
            return None
        part = parse_json(emitted)
        if not isinstance(part, dict):
            return None
        if number:
            if next(iter(part)) != last:  # pragma: no cover - the head is the first key
                return None
            items = part.pop(last)
            if not isinstance(items, list):  # pragma: no cover - the head's value is the piece
                return None
            result[last].extend(items)
            for key, value in part.items():
                if key in result:
                    return None
                result[key] = value
        else:
            result = part
        if not final:
            last = next(reversed(result), "")
            items = result.get(last)
            if not isinstance(items, list) or not items or items[-1] != _MARKER:
                return None
            items.pop()
    return result


def read_fast(text: str) -> dict[str, Any] | None:
    """The mapping a YAML plan text holds, or None when the fast path does not apply (see
    the module docstring); None also for any text the fast parser cannot read."""
    if len(text) < FAST_MIN_BYTES:
        return None
    try:
        import ryml
    except ImportError:
        return None
    from ._json import parse_json

    data = text.encode("utf-8")
    kept = _residue(data)
    if _unsafe_text(data, kept):
        return None
    try:
        if len(data) > 16 * PIECE_BYTES:
            return _read_pieces(ryml, data, kept)
        with _quiet_stderr():
            tree = ryml.Tree()
            tree.reserve(_nodes_upper_estimate(kept))
            ryml.parse_in_arena(data, tree=tree)
            # A plan's JSON is 0.7 (examples, comments dropped) to 1.4 times its YAML.
            emitted = _emit_json(ryml, tree, len(data) * 3 // 2 + 4096)
            del tree  # its nodes (144 bytes each) are not needed while the data is built
        if _unsafe_json(emitted):
            return None
        value = parse_json(emitted)
    except Exception:
        return None
    return value if isinstance(value, dict) else None
