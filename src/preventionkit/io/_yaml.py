"""Safe, bounded YAML reading that keeps line and column of every key and value.

Built on the event stream of PyYAML (libyaml's C parser when present), never on a
constructor: no tag can build an object, so nothing in the file is ever executed. Plain
scalars follow the YAML 1.2 core schema (``no`` and ``on`` stay text; dates stay text and the
model reads them). Duplicate keys, unknown tags, deep nesting and alias bombs are reported as
problems with their position, and every problem found is reported, not only the first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..errors import LoadIssue
from ._limits import LoadLimits
from ._source import Path, Position

__all__ = ["YamlResult", "read_yaml"]

_NULL = frozenset({"", "~", "null", "Null", "NULL"})
_TRUE = frozenset({"true", "True", "TRUE"})
_FALSE = frozenset({"false", "False", "FALSE"})
_INT = re.compile(r"[-+]?[0-9]+\Z")
_OCT = re.compile(r"0o[0-7]+\Z")
_HEX = re.compile(r"0x[0-9a-fA-F]+\Z")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\Z")
_INF = re.compile(r"[-+]?\.(inf|Inf|INF)\Z")
_NAN = re.compile(r"\.(nan|NaN|NAN)\Z")
_STD = "tag:yaml.org,2002:"
_HINTS = (
    ("'\\t'", "indent with spaces, not tabs"),
    (
        "mapping values are not allowed",
        "check the indentation, or quote a value that contains ': '",
    ),
    ("could not find expected ':'", "a key needs ': ' after it; check the indentation above"),
    (
        "did not find expected key",
        "check the indentation: keys of one mapping start in the same column",
    ),
    ("did not find expected '-'", "items of one list start with '- ' in the same column"),
    ("found undefined alias", "an alias (*name) needs an anchor (&name) earlier in the file"),
    ("unacceptable character", "the file holds control characters; save it as plain UTF-8 text"),
    ("found unexpected end of stream", "a quote or bracket is not closed"),
    ("while scanning a quoted scalar", "a quote is not closed"),
)


def _resolve_plain(text: str) -> Any:
    if text in _NULL:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    first = text[0]
    if first.isdigit() or first in "+-.":
        if _INT.match(text):
            return int(text)
        if _OCT.match(text):
            return int(text[2:], 8)
        if _HEX.match(text):
            return int(text[2:], 16)
        if _FLOAT.match(text):
            return float(text)
        if _INF.match(text):
            return float("-inf") if text[0] == "-" else float("inf")
        if _NAN.match(text):
            return float("nan")
    return text


@dataclass
class YamlResult:
    """What a YAML file held: the data, where each part stands, and the problems found."""

    data: Any = None
    values: dict[Path, Position] = field(default_factory=dict)
    keys: dict[Path, Position] = field(default_factory=dict)
    issues: list[LoadIssue] = field(default_factory=list)
    fatal: bool = False


@dataclass
class _Frame:
    container: dict[str, Any] | list[Any]
    path: Path
    start_count: int
    anchor: str | None
    key: Any = None
    has_key: bool = False
    skip_value: bool = False


class _Stop(Exception):
    pass


def _pos(mark: Any) -> Position:
    return (mark.line + 1, mark.column + 1)


def read_yaml(text: str, file: str | None, limits: LoadLimits) -> YamlResult:
    """Parse ``text`` into plain data with positions, collecting every problem found."""
    import yaml

    loader_cls = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    result = YamlResult()
    issues = result.issues

    def problem(
        kind: Any, message: str, pos: Position | None, path: Path = (), hint: str | None = None
    ) -> None:
        from ._source import format_path

        issues.append(
            LoadIssue(
                kind=kind,
                message=message,
                file=file,
                line=pos[0] if pos else None,
                column=pos[1] if pos else None,
                path=format_path(path),
                hint=hint,
            )
        )
        if len(issues) >= limits.max_errors:
            raise _Stop

    stack: list[_Frame] = []
    anchors: dict[str, tuple[Any, int]] = {}
    open_anchors: set[str] = set()
    count = 0  # nodes so far, aliases counted at their expanded size
    distinct = 0
    documents = 0
    root_set = False
    values = result.values
    keys = result.keys

    def attach(value: Any, pos: Position) -> Path | None:
        """Put a finished value where it belongs; return its path (None if dropped)."""
        nonlocal root_set
        if not stack:
            result.data = value
            root_set = True
            values[()] = pos
            return ()
        frame = stack[-1]
        if isinstance(frame.container, list):
            path = (*frame.path, len(frame.container))
            frame.container.append(value)
            values[path] = pos
            return path
        if not frame.has_key:
            # this value is a key
            if not isinstance(value, str):
                problem(
                    "wrong_type",
                    f"a key must be text, not {type(value).__name__} {value!r}",
                    pos,
                    frame.path,
                    "quote the key",
                )
                value = str(value)
            frame.key = value
            frame.has_key = True
            kpath = (*frame.path, value)
            if value in frame.container:
                first = keys.get(kpath)
                where = f" (first at line {first[0]})" if first else ""
                problem(
                    "duplicate_key",
                    f"the key '{value}' appears twice in one mapping{where}",
                    pos,
                    kpath,
                    "keep one of them; YAML would otherwise silently drop the first",
                )
                frame.skip_value = True
            else:
                keys[kpath] = pos
            return None
        key = frame.key
        frame.has_key = False
        if frame.skip_value:
            frame.skip_value = False
            return None
        path = (*frame.path, key)
        frame.container[key] = value  # type: ignore[call-overload]
        values[path] = pos
        return path

    def check_tag(tag: str | None, pos: Position, allowed: tuple[str, ...]) -> bool:
        if tag is None or tag == "!" or tag in allowed:
            return True
        shown = "!!" + tag[len(_STD) :] if tag.startswith(_STD) else tag
        path = (
            (*stack[-1].path, stack[-1].key)
            if stack and stack[-1].has_key
            else (stack[-1].path if stack else ())
        )
        problem(
            "forbidden_tag",
            f"the tag '{shown}' is not allowed: plan files hold plain data only, and no tag is ever executed",
            pos,
            path,
            "remove the tag",
        )
        return False

    def grow(n: int, pos: Position) -> None:
        nonlocal count
        count += n
        if (
            count > limits.max_nodes
            or count > limits.alias_ratio * max(distinct, 1) + limits.alias_slack
        ):
            problem(
                "alias_limit",
                f"aliases expand this file to more than {min(count, limits.max_nodes):,} values",
                pos,
                (),
                "write the values out instead of repeating aliases; alias bombs are refused",
            )
            raise _Stop

    events = yaml.parse(text, Loader=loader_cls)
    try:
        for event in events:
            name = type(event).__name__
            if name == "ScalarEvent":
                pos = _pos(event.start_mark)
                distinct += 1
                grow(1, pos)
                tag = event.tag
                value: Any
                if not check_tag(
                    tag,
                    pos,
                    tuple(
                        _STD + t
                        for t in ("str", "int", "float", "bool", "null", "timestamp", "binary")
                    ),
                ):
                    value = None
                elif not event.style and tag is None:
                    value = _resolve_plain(event.value)
                elif tag == _STD + "int":
                    try:
                        value = int(event.value, 0)
                    except ValueError:
                        problem(
                            "wrong_type",
                            f"{event.value!r} is tagged !!int but is not a number",
                            pos,
                        )
                        value = event.value
                elif tag == _STD + "float":
                    try:
                        value = float(event.value)
                    except ValueError:
                        problem(
                            "wrong_type",
                            f"{event.value!r} is tagged !!float but is not a number",
                            pos,
                        )
                        value = event.value
                elif tag == _STD + "bool":
                    value = (
                        _resolve_plain(event.value)
                        if event.value in _TRUE | _FALSE
                        else event.value
                    )
                elif tag == _STD + "null":
                    value = None
                elif tag == _STD + "binary":
                    problem(
                        "forbidden_tag", "binary values (!!binary) are not allowed in a plan", pos
                    )
                    value = None
                else:
                    value = event.value
                if event.anchor:
                    anchors[event.anchor] = (value, 1)
                attach(value, pos)
            elif name in ("MappingStartEvent", "SequenceStartEvent"):
                pos = _pos(event.start_mark)
                distinct += 1
                grow(1, pos)
                is_map = name == "MappingStartEvent"
                check_tag(event.tag, pos, (_STD + ("map" if is_map else "seq"),))
                if len(stack) >= limits.max_depth:
                    problem(
                        "too_deep",
                        f"the file nests deeper than {limits.max_depth} levels",
                        pos,
                        stack[-1].path,
                        "a plan needs only a few levels of nesting",
                    )
                    raise _Stop
                container: dict[str, Any] | list[Any] = {} if is_map else []
                path = attach(container, pos)
                if path is None:  # a collection used as a key, or a dropped duplicate's value
                    path = (*stack[-1].path, "?") if stack else ()
                stack.append(_Frame(container, path, count, event.anchor))
                if event.anchor:
                    open_anchors.add(event.anchor)
            elif name in ("MappingEndEvent", "SequenceEndEvent"):
                frame = stack.pop()
                if frame.anchor:
                    open_anchors.discard(frame.anchor)
                    anchors[frame.anchor] = (frame.container, count - frame.start_count + 1)
            elif name == "AliasEvent":
                pos = _pos(event.start_mark)
                anchor = event.anchor
                if anchor in open_anchors:
                    problem(
                        "alias_limit",
                        f"the alias '*{anchor}' refers to itself",
                        pos,
                        (),
                        "remove the alias",
                    )
                    raise _Stop
                if anchor not in anchors:
                    problem(
                        "syntax", f"the alias '*{anchor}' has no anchor '&{anchor}' before it", pos
                    )
                    attach(None, pos)
                    continue
                value, size = anchors[anchor]
                grow(size, pos)
                attach(value, pos)
            elif name == "DocumentStartEvent":
                documents += 1
                if documents > 1:
                    problem(
                        "syntax",
                        "the file holds more than one YAML document ('---'); a plan is one document",
                        _pos(event.start_mark),
                        (),
                        "remove the second '---' and what follows, or split the file",
                    )
                    raise _Stop
    except _Stop:
        result.fatal = True
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        pos = _pos(mark) if mark is not None else None
        message = (
            " ".join(
                part
                for part in (exc.problem or "", f"({exc.context})" if exc.context else "")
                if part
            ).strip()
            or "the YAML cannot be read"
        )
        hint = next((h for needle, h in _HINTS if needle in str(exc)), None)
        try:
            problem("syntax", message, pos, (), hint)
        except _Stop:
            pass
        result.fatal = True
    except yaml.YAMLError as exc:
        try:
            problem("syntax", str(exc).splitlines()[0], None, (), None)
        except _Stop:
            pass
        result.fatal = True
    if not result.fatal and not root_set:
        result.data = None
    return result
