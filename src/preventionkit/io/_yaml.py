"""Safe, bounded YAML reading that keeps line and column of every key and value.

Built on the event stream of PyYAML (libyaml's C parser when present), never on a
constructor: no tag can build an object, so nothing in the file is ever executed. Plain
scalars follow the YAML 1.2 core schema (``no`` and ``on`` stay text; dates stay text and the
model reads them). Duplicate keys, unknown tags, merge keys, deep nesting and alias bombs are
reported as problems with their position, and every problem found is reported, not only the
first (issue 2 item 6; issue 9).
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field
from typing import Any

from ..errors import IssueKind, LoadIssue
from ..messages import Message
from ..messages import message as msg
from ._limits import LoadLimits
from ._source import Path, Position, format_path

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
_MAX_DIGITS = 1000
"""Longer runs of digits stay text: no count in a plan is that long, and Python refuses to
convert numbers of more than 4,300 digits anyway."""
_STD = "tag:yaml.org,2002:"
_SCALAR_TAGS = frozenset(_STD + t for t in ("str", "int", "float", "bool", "null"))
_MAP_TAGS = frozenset({_STD + "map"})
_SEQ_TAGS = frozenset({_STD + "seq"})
# PyYAML's problem texts (its own words, shown as the parser says them) and the catalogue
# key of the hint each one gets (``load.syntax.<name>.hint``).
_HINTS = (
    ("'\\t'", "tab"),
    ("tab character", "tab"),
    ("mapping values are not allowed", "mapping_values"),
    ("could not find expected ':'", "expected_colon"),
    ("did not find expected key", "expected_key"),
    ("did not find expected '-'", "expected_dash"),
    ("expected ',' or ']'", "close_list"),
    ("expected ',' or '}'", "close_mapping"),
    ("found undefined alias", "undefined_alias"),
    ("while scanning an anchor", "anchor"),
    ("while scanning an alias", "alias"),
    ("unacceptable character", "control"),
    ("control character", "control"),
    ("found unexpected end of stream", "not_closed"),
    ("while scanning a quoted scalar", "quote_not_closed"),
    ("invalid Unicode character escape", "unicode_escape"),
    ("found character that cannot start any token", "reserved"),
)
_TYPE_WORDS = {
    "NoneType": "nothing",
    "int": "number",
    "float": "number",
    "bool": "bool",
    "dict": "mapping",
    "list": "list",
}
_DEEP_PATH = 6
"""A plan nests at most about six levels (``activities[0].programme_theory.…``); a too-deep
error names the path down to that depth, where the nesting left the plan's shape."""
_BRACKETS_PER_LINE = 256
"""A line with more opening brackets than this goes to PyYAML's pure-Python parser.

libyaml (PyYAML's C parser, 0.2.6 and later) refuses flow collections nested about 1,000
deep, and its scanner runs up to a line ahead of the events it hands out: on one line of
1,000 ``[`` it stops with its own message before this reader has seen the 65 levels at which
it reports ``too_deep`` itself. The scanner's lead never crosses a line break, so on any line
with at most this many ``[``/``{`` the flow level it reaches stays below ``max_depth + 1 +
_BRACKETS_PER_LINE``, under every parser's limit (``LoadLimits`` caps ``max_depth``); longer
runs are read by the pure-Python parser, which has no limit of its own and looks ahead no
further. Either way this reader's own limit is the one reached, whatever PyYAML is installed
(issue 12 item 1)."""


def _bracket_heavy(text: str) -> bool:
    """Whether a line of ``text`` holds more than ``_BRACKETS_PER_LINE`` opening brackets."""
    if text.count("[") + text.count("{") <= _BRACKETS_PER_LINE:
        return False
    # Only \n and \r end a line for the scanner (str.splitlines also splits at controls).
    return any(
        line.count("[") + line.count("{") > _BRACKETS_PER_LINE for line in re.split(r"[\r\n]", text)
    )


def _resolve_plain(text: str) -> Any:
    """A plain (unquoted) scalar under the YAML 1.2 core schema."""
    if text in _NULL:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    first = text[0]
    if (first.isdigit() or first in "+-.") and len(text) <= _MAX_DIGITS:
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


def _shown_tag(tag: str) -> str:
    return "!!" + tag[len(_STD) :] if tag.startswith(_STD) else tag


def _clip(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass
class YamlResult:
    """What a YAML file held: the data, where each part stands, and the problems found.

    ``reported`` holds the paths whose problem the reader already reported (a forbidden tag,
    a key that is not text): errors the model finds at or below them are consequences, not new
    problems, and are left out. ``incomplete`` holds mappings whose fields the reader could not
    take in full (a merge key): a missing field there is a consequence too.
    """

    data: Any = None
    values: dict[Path, Position] = field(default_factory=dict)
    keys: dict[Path, Position] = field(default_factory=dict)
    issues: list[LoadIssue] = field(default_factory=list)
    reported: set[Path] = field(default_factory=set)
    incomplete: set[Path] = field(default_factory=set)
    fatal: bool = False


@dataclass(slots=True)
class _Frame:
    container: dict[str, Any] | list[Any]
    path: Path
    start_count: int
    anchor: str | None
    start_chars: int = 0
    key: str | None = None
    has_key: bool = False
    skip_value: bool = False


class _Stop(Exception):
    """Reading stops: a fatal problem, or the error limit is reached."""


def _pos(mark: Any) -> Position:
    return (int(mark.line) + 1, int(mark.column) + 1)


def _line_col(text: str, offset: int) -> Position:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _tab_near(text: str, pos: Position) -> Position | None:
    """The position of a tab in the indentation at ``pos`` (or at the error itself), if any."""
    lines = text.split("\n", pos[0])
    if len(lines) < pos[0]:
        return None
    line = lines[pos[0] - 1]
    if 0 < pos[1] <= len(line) and line[pos[1] - 1] == "\t":
        return pos
    indent = line[: len(line) - len(line.lstrip(" \t"))]
    if "\t" in indent:
        return pos[0], indent.index("\t") + 1
    return None


class _Reader:
    """Turns one YAML event stream into plain data with positions; one instance per text."""

    def __init__(self, text: str, file: str | None, limits: LoadLimits) -> None:
        self.text = text
        self.file = file
        self.limits = limits
        self.result = YamlResult()
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[Any, int, int]] = {}
        self.open_anchors: set[str] = set()
        self.count = 0  # values so far, aliases counted at their expanded size
        self.written = 0  # values written out in the file
        self.chars = 0  # characters of scalar text so far, aliases counted at expanded size
        self.documents = 0

    # --- problems ---------------------------------------------------------------------------

    def problem(
        self,
        kind: IssueKind,
        message: Message,
        pos: Position | None,
        path: Path = (),
        hint: Message | None = None,
    ) -> None:
        issues = self.result.issues
        issues.append(
            LoadIssue(
                kind=kind,
                message=message,
                file=self.file,
                line=pos[0] if pos else None,
                column=pos[1] if pos else None,
                path=format_path(path),
                hint=hint,
            )
        )
        if len(issues) > self.limits.max_errors:
            raise _Stop

    def here(self) -> Path:
        """The path of the value about to be attached."""
        if not self.stack:
            return ()
        frame = self.stack[-1]
        if isinstance(frame.container, list):
            return (*frame.path, len(frame.container))
        if frame.has_key and frame.key is not None:
            return (*frame.path, frame.key)
        return frame.path

    # --- building ---------------------------------------------------------------------------

    def attach(self, value: Any, pos: Position) -> Path | None:
        """Put a finished value where it belongs; return its path (None if it was a key or
        was dropped)."""
        stack = self.stack
        if not stack:
            self.result.data = value
            self.result.values[()] = pos
            return ()
        frame = stack[-1]
        container = frame.container
        if isinstance(container, list):
            path: Path = (*frame.path, len(container))
            container.append(value)
            self.result.values[path] = pos
            return path
        if not frame.has_key:
            self.take_key(frame, value, pos)
            return None
        key = frame.key
        frame.has_key = False
        if frame.skip_value or key is None:
            frame.skip_value = False
            return None
        path = (*frame.path, key)
        container[key] = value
        self.result.values[path] = pos
        return path

    def take_key(self, frame: _Frame, value: Any, pos: Position) -> None:
        frame.has_key = True
        frame.key = None
        if not isinstance(value, str):
            word = _TYPE_WORDS.get(type(value).__name__, "value")
            shown = f" {value!r}" if isinstance(value, int | float) else ""
            path = (*frame.path, str(value) if isinstance(value, int | float) else "?")
            self.problem(
                "wrong_type",
                msg("load.wrong_type.key", got=msg(f"load.got.{word}"), shown=_clip(shown)),
                pos,
                path if shown else frame.path,
                msg("load.wrong_type.key.hint"),
            )
            self.result.reported.add(path)
            frame.skip_value = True
            return
        kpath = (*frame.path, value)
        assert isinstance(frame.container, dict)
        if value == "<<":
            self.problem(
                "unknown_field",
                msg("load.unknown_field.merge"),
                pos,
                kpath,
                msg("load.unknown_field.merge.hint"),
            )
            self.result.incomplete.add(frame.path)
            frame.skip_value = True
            return
        if value in frame.container or kpath in self.result.keys:
            first = self.result.keys.get(kpath)
            self.problem(
                "duplicate_key",
                msg("load.duplicate_key.yaml.first", key=_clip(value), line=first[0])
                if first
                else msg("load.duplicate_key.yaml", key=_clip(value)),
                pos,
                kpath,
                msg("load.duplicate_key.yaml.hint"),
            )
            frame.skip_value = True
            return
        frame.key = value
        self.result.keys[kpath] = pos

    def grow(self, n: int, pos: Position, chars: int = 0) -> None:
        self.count += n
        self.chars += chars
        limits = self.limits
        # Text is counted by its length, so one long string aliased many times is refused
        # as surely as many short ones: without aliases ``chars`` never exceeds the file size.
        if self.chars > limits.alias_ratio * len(self.text) + limits.alias_slack:
            self.problem(
                "alias_limit",
                msg("load.alias_limit.chars", chars=self.chars),
                pos,
                (),
                msg("load.alias_limit.hint"),
            )
            raise _Stop
        if (
            self.count > limits.max_nodes
            or self.count > limits.alias_ratio * max(self.written, 1) + limits.alias_slack
        ):
            self.problem(
                "alias_limit",
                msg("load.alias_limit", limit=min(self.count, limits.max_nodes)),
                pos,
                (),
                msg("load.alias_limit.hint"),
            )
            raise _Stop

    def tag_allowed(self, tag: str | None, pos: Position, allowed: frozenset[str]) -> bool:
        if tag is None or tag == "!" or tag in allowed:
            return True
        path = self.here()
        if tag == _STD + "binary":
            message = msg("load.forbidden_tag.binary")
        else:
            message = msg("load.forbidden_tag", tag=_clip(_shown_tag(tag), 60))
        self.problem("forbidden_tag", message, pos, path, msg("load.forbidden_tag.hint"))
        self.result.reported.add(path)
        return False

    # --- events -----------------------------------------------------------------------------

    def scalar(self, event: Any) -> None:
        pos = _pos(event.start_mark)
        self.written += 1
        tag: str | None = event.tag
        text: str = event.value
        self.grow(1, pos, len(text))
        value: Any
        if not self.tag_allowed(tag, pos, _SCALAR_TAGS):
            value = None
        elif tag is None or tag == "!":
            value = text if event.style or tag == "!" else _resolve_plain(text)
        elif tag == _STD + "str":
            value = text
        elif tag == _STD + "null":
            value = None
        elif tag == _STD + "bool":
            value = True if text in _TRUE else False if text in _FALSE else text
        else:
            value = self.tagged_number(tag, text, pos)
        if event.anchor:
            self.anchors[event.anchor] = (value, 1, len(text))
        self.attach(value, pos)

    def tagged_number(self, tag: str, text: str, pos: Position) -> Any:
        try:
            if len(text) > _MAX_DIGITS:
                raise ValueError(text)
            return int(text, 0) if tag == _STD + "int" else float(text)
        except ValueError:
            self.problem(
                "wrong_type",
                msg("load.wrong_type.tagged", value=_clip(text), tag=_shown_tag(tag)),
                pos,
                self.here(),
                msg("load.wrong_type.tagged.hint"),
            )
            self.result.reported.add(self.here())
            return text

    def start(self, event: Any, is_map: bool) -> None:
        pos = _pos(event.start_mark)
        self.written += 1
        self.grow(1, pos)
        self.tag_allowed(event.tag, pos, _MAP_TAGS if is_map else _SEQ_TAGS)
        if len(self.stack) >= self.limits.max_depth:
            self.problem(
                "too_deep",
                msg("load.too_deep", limit=self.limits.max_depth),
                pos,
                self.here()[:_DEEP_PATH],
                msg("load.too_deep.yaml.hint"),
            )
            raise _Stop
        container: dict[str, Any] | list[Any] = {} if is_map else []
        path = self.attach(container, pos)
        if path is None:  # a collection used as a key, or the value of a dropped key
            path = (*self.stack[-1].path, "?")
        self.stack.append(_Frame(container, path, self.count, event.anchor, self.chars))
        if event.anchor:
            self.open_anchors.add(event.anchor)

    def end(self) -> None:
        frame = self.stack.pop()
        if frame.anchor:
            self.open_anchors.discard(frame.anchor)
            self.anchors[frame.anchor] = (
                frame.container,
                self.count - frame.start_count + 1,
                self.chars - frame.start_chars,
            )

    def alias(self, event: Any) -> None:
        pos = _pos(event.start_mark)
        anchor: str = event.anchor
        if anchor in self.open_anchors:
            self.problem(
                "alias_limit",
                msg("load.alias_limit.recursive", anchor=_clip(anchor)),
                pos,
                self.here(),
                msg("load.alias_limit.recursive.hint"),
            )
            raise _Stop
        if anchor not in self.anchors:  # pragma: no cover - the parser reports it first
            self.problem("syntax", msg("load.syntax.no_anchor", anchor=anchor), pos)
            raise _Stop
        value, size, chars = self.anchors[anchor]
        self.grow(size, pos, chars)
        self.attach(value, pos)

    def document(self, event: Any) -> None:
        self.documents += 1
        if self.documents > 1:
            self.problem(
                "syntax",
                msg("load.syntax.documents"),
                _pos(event.start_mark),
                (),
                msg("load.syntax.documents.hint"),
            )
            raise _Stop

    # --- parse errors -----------------------------------------------------------------------

    def parse_error(self, exc: Exception) -> None:
        import yaml

        pos: Position | None = None
        problem = ""
        context = ""
        message: Message
        if isinstance(exc, yaml.MarkedYAMLError):
            mark = exc.problem_mark or exc.context_mark
            pos = _pos(mark) if mark is not None else None
            problem = exc.problem or ""
            context = exc.context or ""
            started = _pos(exc.context_mark) if exc.context_mark is not None else None
            if started is not None and pos is not None and started[0] != pos[0]:
                if "end of stream" in problem:
                    # An unclosed quote or bracket: point at where it opens, not at the end.
                    pos = started
                    message = msg("load.syntax.yaml.never_closed", problem=problem, context=context)
                else:
                    message = msg(
                        "load.syntax.yaml.started",
                        problem=problem,
                        context=context,
                        line=started[0],
                    )
            elif context:
                message = msg("load.syntax.yaml.context", problem=problem, context=context)
            elif problem:
                message = msg("load.syntax.yaml", problem=problem)
            else:
                message = msg("load.syntax.unreadable")
        elif isinstance(exc, yaml.reader.ReaderError):
            pos = _line_col(self.text, exc.position)
            char = exc.character
            code = ord(char) if isinstance(char, str) else int(char)
            message = msg("load.syntax.control", code=f"{code:04X}")
            problem = "control character"
        else:
            problem = (str(exc).splitlines() or [""])[0]
            message = (
                msg("load.syntax.yaml", problem=problem)
                if problem
                else msg("load.syntax.unreadable")
            )
        tab = _tab_near(self.text, pos) if pos is not None else None
        hint: Message | None
        if tab is not None:
            pos, hint = tab, msg("load.syntax.tab.hint")
            message = msg("load.syntax.tab")
        else:
            said = f"{problem} {context}"
            name = next((h for needle, h in _HINTS if needle in said), None)
            hint = msg(f"load.syntax.{name}.hint") if name else None
        self.problem("syntax", message, pos, (), hint)

    def run(self) -> YamlResult:
        import yaml
        from yaml.events import (
            AliasEvent,
            DocumentStartEvent,
            MappingEndEvent,
            MappingStartEvent,
            ScalarEvent,
            SequenceEndEvent,
            SequenceStartEvent,
        )

        loader = (
            yaml.SafeLoader
            if _bracket_heavy(self.text)
            else getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        )
        try:
            for event in yaml.parse(self.text, Loader=loader):
                if isinstance(event, ScalarEvent):
                    self.scalar(event)
                elif isinstance(event, MappingStartEvent):
                    self.start(event, True)
                elif isinstance(event, SequenceStartEvent):
                    self.start(event, False)
                elif isinstance(event, MappingEndEvent | SequenceEndEvent):
                    self.end()
                elif isinstance(event, AliasEvent):
                    self.alias(event)
                elif isinstance(event, DocumentStartEvent):
                    self.document(event)
        except _Stop:
            self.result.fatal = True
        except UnicodeEncodeError as exc:  # text given as str with lone surrogates
            self.result.fatal = True
            with contextlib.suppress(_Stop):
                self.problem(
                    "encoding",
                    msg("load.encoding.unicode", code=f"{ord(exc.object[exc.start]):04X}"),
                    _line_col(self.text, exc.start),
                    (),
                    msg("load.encoding.unicode.hint"),
                )
        except (yaml.YAMLError, RecursionError, MemoryError) as exc:
            self.result.fatal = True
            with contextlib.suppress(_Stop):
                if isinstance(exc, yaml.YAMLError):
                    self.parse_error(exc)
                else:
                    self.problem(
                        "too_deep" if isinstance(exc, RecursionError) else "too_large",
                        msg("load.too_complex"),
                        None,
                    )
        return self.result


def read_yaml(text: str, file: str | None, limits: LoadLimits) -> YamlResult:
    """Parse ``text`` into plain data with positions, collecting every problem found."""
    return _Reader(text, file, limits).run()


def _key_of(event: Any) -> Any:
    """The value of a scalar event as :meth:`_Reader.scalar` makes it, for keys (None where
    the reader reports a problem instead)."""
    tag: str | None = event.tag
    text: str = event.value
    if tag is None or tag == "!":
        return text if event.style or tag == "!" else _resolve_plain(text)
    if tag == _STD + "str":
        return text
    if tag == _STD + "bool":
        return True if text in _TRUE else False if text in _FALSE else text
    if tag in (_STD + "int", _STD + "float") and len(text) <= _MAX_DIGITS:
        with contextlib.suppress(ValueError):
            return int(text, 0) if tag == _STD + "int" else float(text)
        return text
    return None
