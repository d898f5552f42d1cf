"""JSON reading: duplicate keys and NaN refused, positions computed only when needed."""

from __future__ import annotations

import json
import re
from typing import Any

from ..errors import LoadIssue
from ._source import Path, Position, format_path

__all__ = ["check_json", "json_positions"]


class _Duplicate(Exception):
    def __init__(self, key: str) -> None:
        self.key = key


class _Constant(Exception):
    def __init__(self, name: str) -> None:
        self.name = name


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _Duplicate(key)
        out[key] = value
    return out


def _constant(name: str) -> Any:
    raise _Constant(name)


def _line_col(text: str, offset: int) -> Position:
    line = text.count("\n", 0, offset) + 1
    start = text.rfind("\n", 0, offset) + 1
    return line, offset - start + 1


def check_json(text: str, file: str | None) -> LoadIssue | None:
    """The first structural problem of a JSON text (syntax, duplicate key, NaN), or None."""
    try:
        json.loads(text, object_pairs_hook=_pairs, parse_constant=_constant)
    except json.JSONDecodeError as exc:
        hint = None
        stripped = text.lstrip()
        if exc.pos == len(text) - len(stripped) and stripped[:1] not in ("{", "["):
            hint = "this does not look like JSON; if it is YAML, name the file .yaml or pass format='yaml'"
        elif "Expecting property name" in exc.msg:
            hint = "JSON keys need double quotes, and a comma may not follow the last item"
        elif "Expecting ',' delimiter" in exc.msg:
            hint = "a comma is missing between two items"
        return LoadIssue("syntax", exc.msg, file, exc.lineno, exc.colno, "", hint)
    except _Duplicate as dup:
        values, keys = json_positions(text)
        where = _find_duplicate(text, keys, dup.key)
        return LoadIssue(
            "duplicate_key",
            f"the key '{dup.key}' appears twice in one object",
            file,
            where[1][0] if where else None,
            where[1][1] if where else None,
            format_path(where[0]) if where else "",
            "keep one of them; JSON readers would otherwise silently drop one",
        )
    except _Constant as const:
        offset = text.find(const.name)
        line, col = _line_col(text, offset) if offset >= 0 else (None, None)
        return LoadIssue(
            "invalid_value",
            f"{const.name} is not a number JSON allows",
            file,
            line,
            col,
            "",
            "write a finite number, or null if the value is unknown",
        )
    except RecursionError:
        return LoadIssue("too_deep", "the file nests too deeply", file, None, None, "", None)
    return None


def _find_duplicate(
    text: str, keys: dict[Path, Position], key: str
) -> tuple[Path, Position] | None:
    # json_positions keeps the second occurrence of a duplicated key under a marked path.
    for path, pos in keys.items():
        if path and path[-1] == (key, "dup"):
            return (*path[:-1], key), pos
    return None


_WS = re.compile(r"[ \t\n\r]*")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_SCALAR = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null|NaN|-?Infinity")


def json_positions(text: str) -> tuple[dict[Path, Position], dict[Path, Position]]:
    """Positions of every value and key in a JSON text that parses; best effort otherwise."""
    values: dict[Path, Position] = {}
    keys: dict[Path, Position] = {}
    line_starts = [0]
    for m in re.finditer("\n", text):
        line_starts.append(m.end())

    import bisect

    def pos(offset: int) -> Position:
        line = bisect.bisect_right(line_starts, offset) - 1
        return line + 1, offset - line_starts[line] + 1

    # An explicit stack keeps deep nesting from exhausting Python's recursion limit.
    stack: list[tuple[str, Path, int | set[str]]] = []
    i = _WS.match(text, 0).end()  # type: ignore[union-attr]
    path: Path = ()
    expecting_value = True
    n = len(text)
    while i < n:
        ch = text[i]
        if expecting_value:
            values[path] = pos(i)
            if ch == "{":
                stack.append(("o", path, set()))
                i = _WS.match(text, i + 1).end()  # type: ignore[union-attr]
                if i < n and text[i] == "}":
                    stack.pop()
                    i += 1
                    expecting_value = False
                    continue
                m = _STRING.match(text, i)
                if m is None:
                    break
                key = json.loads(m.group())
                seen = stack[-1][2]
                assert isinstance(seen, set)
                marker: Any = (key, "dup") if key in seen else key
                seen.add(key)
                path = (*stack[-1][1], marker)
                keys[path] = pos(i)
                i = _WS.match(text, m.end()).end()  # type: ignore[union-attr]
                i = _WS.match(text, i + 1).end()  # type: ignore[union-attr]  # past ':'
                continue
            if ch == "[":
                stack.append(("a", path, 0))
                i = _WS.match(text, i + 1).end()  # type: ignore[union-attr]
                if i < n and text[i] == "]":
                    stack.pop()
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
        i = _WS.match(text, i).end()  # type: ignore[union-attr]
        if i >= n or not stack:
            break
        ch = text[i]
        kind, parent, state = stack[-1]
        if ch == ",":
            i = _WS.match(text, i + 1).end()  # type: ignore[union-attr]
            if kind == "a":
                assert isinstance(state, int)
                stack[-1] = (kind, parent, state + 1)
                path = (*parent, state + 1)
            else:
                m = _STRING.match(text, i)
                if m is None:
                    break
                key = json.loads(m.group())
                assert isinstance(state, set)
                marker = (key, "dup") if key in state else key
                state.add(key)
                path = (*parent, marker)
                keys[path] = pos(i)
                i = _WS.match(text, m.end()).end()  # type: ignore[union-attr]
                i = _WS.match(text, i + 1).end()  # type: ignore[union-attr]
            expecting_value = True
        elif ch in "}]":
            stack.pop()
            i += 1
        else:
            break
    return values, keys
