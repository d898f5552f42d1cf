"""JSON reading: duplicate keys, NaN and deep nesting refused, positions computed only when needed.

:func:`parse_json` reads a plan with the standard library's C parser in one pass, refusing
duplicate keys and ``NaN`` as it goes (pydantic's own JSON parser would silently keep the last of
two equal keys and read ``NaN``). When it fails, :func:`check_json` finds the problem's line and
column (issue 2 item 6; issue 9). :class:`JsonLocator` finds where a field is only when a finding
asks, so a plan that loads pays for no map of positions.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable
from typing import Any

from ..errors import LoadIssue
from ..messages import Message
from ..messages import message as msg
from ._source import Path, Position, format_path

__all__ = ["JsonLocator", "check_json", "depth_issue", "json_positions", "parse_json"]


class _Duplicate(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class _Constant(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)  # in C; only an object with a repeated key is looked at in Python
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise _Duplicate(key)
            seen.add(key)
    return out


def _constant(name: str) -> Any:
    raise _Constant(name)


def _line_col(text: str, offset: int) -> Position:
    line = text.count("\n", 0, offset) + 1
    start = text.rfind("\n", 0, offset) + 1
    return line, offset - start + 1


_STRING_OR = r'"(?:[^"\\]|\\.)*"'
_CONSTANT = re.compile(_STRING_OR + r"|(NaN|-?Infinity)", re.DOTALL)
_BRACKET = re.compile(_STRING_OR + r"|([\[{])|[\]}]", re.DOTALL)
_LONG_NUMBER = re.compile(_STRING_OR + r"|(-?\d{1000,})", re.DOTALL)


def _first_outside_strings(text: str, pattern: re.Pattern[str]) -> int | None:
    """The offset of the first match of ``pattern``'s group 1 that is not inside a string."""
    for m in pattern.finditer(text):
        if m.group(1) is not None:
            return m.start(1)
    return None


def depth_issue(text: str, file: str | None, max_depth: int) -> LoadIssue | None:
    """A ``too_deep`` issue at the first bracket that nests deeper than ``max_depth``, or None.

    A plain scan of brackets outside strings: no recursion, so 50,000 levels cost nothing.
    A text with no more opening brackets in all than ``max_depth`` cannot nest deeper (those
    inside strings only raise the count), so it is not scanned: a file of a million keys
    failed to load, and this scan took a third of it (issue 21).
    """
    if text.count("[") + text.count("{") <= max_depth:
        return None
    depth = 0
    for m in _BRACKET.finditer(text):
        if m.group(1) is not None:
            depth += 1
            if depth > max_depth:
                line, col = _line_col(text, m.start(1))
                return LoadIssue(
                    "too_deep",
                    msg("load.too_deep", limit=max_depth),
                    file,
                    line,
                    col,
                    "",
                    msg("load.too_deep.json.hint"),
                )
        elif m.group(0) in "]}":
            depth = max(depth - 1, 0)
    return None


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _lone_surrogate(text: str) -> int | None:
    """The offset of the first string holding a ``\\u`` escape of half a character (a lone
    surrogate), which the standard library reads but no UTF-8 file can hold; or None."""
    if _SURROGATE_ESCAPE.search(text) is None:
        return None
    for m in _STRING.finditer(text):
        if "\\u" in m.group():
            try:
                json.loads(m.group()).encode("utf-8")
            except UnicodeEncodeError:
                return m.start()
    return None


def parse_json(text: str) -> Any:
    """The data of a JSON text; ``ValueError`` (or ``RecursionError``) for a syntax error, a
    duplicate key, ``NaN`` or ``Infinity``, which :func:`check_json` then locates.

    The standard library's C parser was measured against jiter at 200 to 100,000 activities
    (issue 20, docs/performance.md): the difference is within a few per cent of a load, so no
    second JSON parser is kept.
    """
    data = json.loads(text, object_pairs_hook=_pairs, parse_constant=_constant)
    if _lone_surrogate(text) is not None:
        raise ValueError("a lone surrogate escape")
    return data


def check_json(text: str, file: str | None, max_depth: int | None = 64) -> LoadIssue | None:
    """The first structural problem of a JSON text (nesting deeper than ``max_depth``, syntax,
    duplicate key, NaN, a number too long), or None."""
    if max_depth is not None:
        deep = depth_issue(text, file, max_depth)
        if deep is not None:
            return deep
    try:
        json.loads(text, object_pairs_hook=_pairs, parse_constant=_constant)
    except json.JSONDecodeError as exc:
        hint = None
        stripped = text.lstrip()
        if exc.pos == len(text) - len(stripped) and stripped[:1] not in ("{", "["):
            hint = msg("load.syntax.not_json.hint")
        elif "Expecting property name" in exc.msg:
            hint = msg("load.syntax.json_keys.hint")
        elif "Expecting ',' delimiter" in exc.msg:
            hint = msg("load.syntax.json_comma.hint")
        elif "Extra data" in exc.msg:
            hint = msg("load.syntax.json_extra.hint")
        syntax = msg("load.syntax.json", problem=exc.msg)
        return LoadIssue("syntax", syntax, file, exc.lineno, exc.colno, "", hint)
    except _Duplicate as dup:
        found = _find_duplicate(text, dup.key)
        return LoadIssue(
            "duplicate_key",
            msg("load.duplicate_key.json", key=dup.key),
            file,
            found[1][0] if found else None,
            found[1][1] if found else None,
            format_path(found[0]) if found else "",
            msg("load.duplicate_key.json.hint"),
        )
    except _Constant as const:
        return _located(
            text,
            file,
            _first_outside_strings(text, _CONSTANT),
            kind="invalid_value",
            message=msg("load.invalid_value.constant", name=const.name),
            hint=msg("load.invalid_value.constant.hint"),
        )
    except RecursionError:  # only when the depth scan was skipped
        return depth_issue(text, file, 64) or LoadIssue(
            "too_deep", msg("load.too_deep.plain"), file, None, None, "", None
        )
    except ValueError:  # a number of more than 4,300 digits
        return _located(
            text,
            file,
            _first_outside_strings(text, _LONG_NUMBER),
            kind="invalid_value",
            message=msg("load.invalid_value.long_number"),
            hint=msg("load.invalid_value.long_number.hint"),
        )
    lone = _lone_surrogate(text)
    if lone is not None:
        return _located(
            text,
            file,
            lone,
            kind="syntax",
            message=msg("load.syntax.lone_surrogate"),
            hint=msg("load.syntax.lone_surrogate.hint"),
        )
    return None


def _located(
    text: str, file: str | None, offset: int | None, *, kind: Any, message: Message, hint: Message
) -> LoadIssue:
    line, col = _line_col(text, offset) if offset is not None else (None, None)
    return LoadIssue(kind, message, file, line, col, "", hint)


def _find_duplicate(text: str, key: str) -> tuple[Path, Position] | None:
    for path, pos in _scan(text)[2]:
        if path and path[-1] == key:
            return path, pos
    return None


_WS = re.compile(r"[ \t\n\r]*")
_STRING = re.compile(_STRING_OR, re.DOTALL)
_SCALAR = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null|NaN|-?Infinity")


def json_positions(text: str) -> tuple[dict[Path, Position], dict[Path, Position]]:
    """Positions of every value and key in a JSON text that parses; best effort otherwise."""
    values, keys, _ = _scan(text)
    return values, keys


def _scan(
    text: str,
) -> tuple[dict[Path, Position], dict[Path, Position], list[tuple[Path, Position]]]:
    """Values, keys, and the second occurrences of duplicated keys, with their positions."""
    values: dict[Path, Position] = {}
    keys: dict[Path, Position] = {}
    duplicates: list[tuple[Path, Position]] = []
    line_starts = [0, *(m.end() for m in re.finditer("\n", text))]

    def pos(offset: int) -> Position:
        line = bisect.bisect_right(line_starts, offset) - 1
        return line + 1, offset - line_starts[line] + 1

    def skip(i: int) -> int:
        m = _WS.match(text, i)
        return m.end() if m is not None else i

    def take_key(i: int, parent: Path, seen: set[str]) -> tuple[int, Path] | None:
        m = _STRING.match(text, i)
        if m is None:
            return None
        try:
            key = json.loads(m.group())
        except ValueError:
            return None
        path: Path = (*parent, key)
        if key in seen:
            duplicates.append((path, pos(i)))
        else:
            seen.add(key)
            keys[path] = pos(i)
        i = skip(m.end())
        return skip(i + 1), path  # past ':'

    # An explicit stack keeps deep nesting from exhausting Python's recursion limit.
    objects: list[tuple[Path, set[str]]] = []
    arrays: list[tuple[Path, int]] = []
    kinds: list[str] = []
    i = skip(0)
    path: Path = ()
    expecting_value = True
    n = len(text)
    advance: Callable[[int], int] = skip
    while i < n:
        ch = text[i]
        if expecting_value:
            values[path] = pos(i)
            if ch == "{":
                kinds.append("o")
                objects.append((path, set()))
                i = advance(i + 1)
                if i < n and text[i] == "}":
                    kinds.pop()
                    objects.pop()
                    i += 1
                    expecting_value = False
                    continue
                taken = take_key(i, path, objects[-1][1])
                if taken is None:
                    break
                i, path = taken
                continue
            if ch == "[":
                kinds.append("a")
                arrays.append((path, 0))
                i = advance(i + 1)
                if i < n and text[i] == "]":
                    kinds.pop()
                    arrays.pop()
                    i += 1
                    expecting_value = False
                    continue
                path = (*path, 0)
                continue
            m = _STRING.match(text, i) if ch == '"' else _SCALAR.match(text, i)
            if m is None:
                break
            i = m.end()
            expecting_value = False
            continue
        i = advance(i)
        if i >= n or not kinds:
            break
        ch = text[i]
        if ch == ",":
            i = advance(i + 1)
            if kinds[-1] == "a":
                parent, index = arrays[-1]
                arrays[-1] = (parent, index + 1)
                path = (*parent, index + 1)
            else:
                parent, seen = objects[-1]
                taken = take_key(i, parent, seen)
                if taken is None:
                    break
                i, path = taken
            expecting_value = True
        elif ch in "}]":
            if kinds.pop() == "o":
                objects.pop()
            else:
                arrays.pop()
            i += 1
        else:
            break
    return values, keys, duplicates


class _Container:
    """What is known so far of one JSON object or array: its children's offsets, scanned
    lazily and only as far as a lookup needs."""

    __slots__ = ("done", "end", "items", "keys", "last", "last_part", "start")

    def __init__(self, start: int) -> None:
        self.start = start
        # Offset of the value of the last child scanned (-1 before the first) and its key or
        # index: where it ends is found only when a later child is asked for, so locating
        # errors inside one record of a million keys does not read the whole record again
        # (issue 21).
        self.last = -1
        self.last_part: str | int = -1
        self.done = False
        self.end = -1  # offset just past the closing bracket, once done
        self.items: list[int] = []  # arrays: value offsets
        self.keys: dict[str, tuple[int, int]] = {}  # objects: key -> (key offset, value offset)


class JsonLocator:
    """Finds the line and column of a path in a JSON text that parsed, reading no more of it
    than the lookup needs.

    Values that lie before the one asked about are skipped by the C JSON scanner, and what
    was learnt is kept, so locating the findings of a 100,000-activity plan costs about one
    parse of the text instead of a map of every position (issue 8).
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._decoder = json.JSONDecoder()
        self._containers: dict[Path, _Container] = {}
        # Checkpoints: (offset, its line, where that line starts), so neither the line nor the
        # column is counted from the start of the text (a minified file is one long line).
        self._lines: list[tuple[int, int, int]] = [(0, 1, 0)]

    def _skip_ws(self, i: int) -> int:
        return _WS.match(self._text, i).end()  # type: ignore[union-attr]

    def _advance(self, box: _Container, path: Path) -> bool:
        """Scan one more child of the container ``box`` at ``path``; False when it has no
        more."""
        text = self._text
        if box.done:
            return False
        if box.last < 0:
            i = self._skip_ws(box.start + 1)
            if text[i] in "}]":
                box.done = True
                box.end = i + 1
                return False
        else:
            i = self._skip_ws(self._end_of_last(box, path))
            if text[i] != ",":
                box.done = True
                box.end = i + 1
                return False
            i = self._skip_ws(i + 1)
        if text[box.start] == "{":
            key_at = i
            key, i = json.decoder.scanstring(text, i + 1)  # type: ignore[attr-defined]
            i = self._skip_ws(self._skip_ws(i) + 1)  # past ':'
            box.keys.setdefault(key, (key_at, i))
            box.last_part = key
        else:
            box.last_part = len(box.items)
            box.items.append(i)
        box.last = i
        return True

    def _end_of_last(self, box: _Container, path: Path) -> int:
        """The offset just past the value of the last child of ``box`` scanned."""
        text = self._text
        i = box.last
        if not path and text[i] in "{[":
            # A list of records at the top (the activities) is skipped a record at a time,
            # and what is learnt kept: decoding it whole to find its end would build the
            # whole list in memory, as much again as the plan (issue 20, peak memory).
            below = (*path, box.last_part)
            child = self._containers.setdefault(below, _Container(i))
            while self._advance(child, below):
                pass
            return child.end
        _, end = self._decoder.raw_decode(text, i)
        return int(end)

    def _child(self, path: Path, start: int, part: str | int) -> tuple[int, int] | None:
        """(key offset, value offset) of ``part`` in the container at ``start``."""
        text = self._text
        is_object = text[start] == "{"
        if text[start] not in "{[" or isinstance(part, str) != is_object:
            return None
        box = self._containers.get(path)
        if box is None:
            box = self._containers[path] = _Container(start)
        if is_object:
            assert isinstance(part, str)
            while part not in box.keys and self._advance(box, path):
                pass
            return box.keys.get(part)
        assert isinstance(part, int)
        while len(box.items) <= part and self._advance(box, path):
            pass
        if part < len(box.items):
            return box.items[part], box.items[part]
        return None

    def _position(self, offset: int) -> Position:
        starts = self._lines
        k = bisect.bisect_right(starts, (offset, 1 << 62, 0)) - 1
        base, line, line_start = starts[k]
        newlines = self._text.count("\n", base, offset)
        if newlines:
            line += newlines
            line_start = self._text.rfind("\n", base, offset) + 1
        if base != offset:
            starts.insert(k + 1, (offset, line, line_start))
        return line, offset - line_start + 1

    def locate(self, path: Path, key: bool = False) -> Position | None:
        """The position of the value at ``path`` (of its key when ``key``), or of the
        nearest ancestor that exists."""
        try:
            offset = self._skip_ws(0)
            key_offset = offset
            walked: Path = ()
            for part in path:
                found = self._child(walked, offset, part)
                if found is None:
                    break
                key_offset, offset = found
                walked = (*walked, part)
            at = key_offset if key and walked == path else offset
            return self._position(at)
        except (ValueError, IndexError):
            return None
