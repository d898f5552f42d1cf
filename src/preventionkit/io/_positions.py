"""Where the findings of a plan read by the fast YAML path stand: positions of the paths asked
for, from PyYAML's event stream, reading no more of the file than they need (issue 21).

A plan read by the fast path (:mod:`._fastyaml`) has no positions; when findings or errors ask
where they are, this computes the positions of those paths and their ancestors, exactly as
the safe reader (:func:`._yaml.read_yaml`) places them: the same event stream, the same paths,
the same key rules (:func:`._yaml._key_of`). Three things keep it cheap on large files:

* subtrees that hold no wanted path are counted through, building nothing;
* the pass stops as soon as every wanted path (and its ancestors) has been seen;
* a top-level key's section is parsed on its own, starting at its line, when the lines before
  it provably cannot hide that line inside something else (:func:`_sections`): a plan whose
  findings are all about ``activities`` does not parse its 100,000 actors first.

PyYAML's events are the one source of positions that agrees with the safe reader by
construction; rapidyaml's Python binding gives none. The section test is hand-made because no
library answers "where does this top-level key start" without parsing what comes before it;
its docstring says why it is sound, and ``tests/io/test_positions_fast.py`` checks it against
the safe reader on texts made to fool it.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Collection, Iterator
from typing import Any

from ._source import Path, Position, Positions

__all__ = ["yaml_positions_of"]

Trie = dict[Any, Any]

# A line of the text before a section that holds a quote, bracket or brace is safe only in one
# of these shapes: a plain key (or list item) whose whole value is a quoted scalar or a flow
# collection of plain items closed on the same line (``date: '2024-01'``, ``- "x"``,
# ``responsible: [ks, ifn]``); anything else might open something that runs on to a later line.
_PLAIN_KEY = r"[A-Za-z0-9_][A-Za-z0-9_ -]*:[ ]+"
_CLOSED_VALUE = (
    r"(?:'(?:[^'\n\r]|'')*'"
    r'|"[^"\\\n\r]*"'
    r"|\[[^\[\]{}\"'#\n\r]*\]"
    r"|\{[^\[\]{}\"'#\n\r]*\})"
)
_SAFE_LINE = re.compile(rf"[ ]*(?:-[ ]+)*(?:{_PLAIN_KEY})?{_CLOSED_VALUE}[ ]*\r?")
_QUOTED_LINE = re.compile(r"^[^\n]*[\"'\[\]{}][^\n]*$", re.MULTILINE)
# What may change how later lines are read or counted: document markers and directives,
# complex keys, tags, anchors and aliases (an alias as a key needs its anchor), a byte-order mark and
# line breaks other than \n and \r\n (the line numbers of a section are counted by \n).
_UNSAFE = re.compile(
    r"^(?:---|\.\.\.|%)|(?:^|[\s\[{,:-])[&*?!]|\ufeff|\x85|\u2028|\u2029|\r(?!\n)",
    re.MULTILINE,
)


_RARE = ("---", "...", "%", "&", "*", "?", "!", "\ufeff", "\x85", "\u2028", "\u2029", "\r")
"""Every string one of :data:`_UNSAFE`'s matches contains."""


def _clean_until(text: str, end: int) -> bool:
    """Whether every line of ``text[:end]`` ends with nothing left open: no quoted scalar,
    flow collection or complex key runs on past it, no anchor is defined, and lines are
    counted by ``\\n`` alone.

    Why that makes a section start safe: a quoted scalar or a flow collection is the only
    thing a line at column 0 can sit inside without ending it (a plain scalar or a block
    scalar under a top-level key is ended by a line at column 0, and comments end at the line
    end). A line with no quote, bracket or brace opens neither; a line of :data:`_SAFE_LINE`'s
    shape closes what it opens. So when every line before it is one or the other, a line at
    column 0 reading ``key:`` is a key of the top-level mapping, and parsing from it reads the
    same events, shifted by its line number, as parsing the whole text.
    """
    prefix = text[:end]
    # ``in`` runs at memory speed; the regular expressions only where a character is there.
    if any(c in prefix for c in _RARE) and _UNSAFE.search(prefix) is not None:
        return False
    if not any(c in prefix for c in "\"'[]{}"):
        return True
    return all(_SAFE_LINE.fullmatch(m.group()) for m in _QUOTED_LINE.finditer(prefix))


def _root(text: str, loader: Any) -> Position | None:
    """Where the top-level node starts, when it is a block mapping whose keys start their
    lines (None otherwise)."""
    import yaml
    from yaml.events import MappingStartEvent, ScalarEvent, SequenceStartEvent

    with contextlib.suppress(yaml.YAMLError, RecursionError):
        for event in yaml.parse(text, Loader=loader):
            if isinstance(event, ScalarEvent | SequenceStartEvent):
                return None
            if isinstance(event, MappingStartEvent):
                mark = event.start_mark
                if event.flow_style or mark is None or mark.column:
                    return None  # a flow mapping, or keys that do not start their lines
                return mark.line + 1, 1
    return None


def _sections(text: str, trie: Trie) -> list[tuple[Any, int, int]] | None:
    """For each top-level key of ``trie`` that the text writes as a plain ``key:`` at the
    start of a line: the key, the offset of that line and its line number (0-based), in file
    order; None when any of them cannot be read on its own (see :func:`_clean_until`) or the
    top level is not a block mapping. A key the text does not write so is left out when the
    whole text passes :func:`_clean_until`: it is then not a key of the text at all (every
    key of a clean text stands at the start of its line, plainly written)."""
    out: list[tuple[Any, int, int]] = []
    missing = False
    for key in trie:
        if not isinstance(key, str):
            return None
        start = _key_line(text, key)
        if start < 0:
            missing = True
        else:
            out.append((key, start, text.count("\n", 0, start)))
    if not out:
        return None
    out.sort(key=lambda section: section[1])
    # A key not found is absent only if no line of the whole text could hold it otherwise.
    if not _clean_until(text, len(text) if missing else out[-1][1]):
        return None
    return out


_AFTER_KEY = re.compile(r"[ \t]*:(?=[ \t\r\n]|\Z)")


def _key_line(text: str, key: str) -> int:
    """The offset of the first line that starts with ``key:`` (spaces or tabs may stand before
    the colon), or -1."""
    at = 0
    if not text.startswith(key):
        at = text.find("\n" + key) + 1
        if not at:
            return -1
    while _AFTER_KEY.match(text, at + len(key)) is None:
        at = text.find("\n" + key, at) + 1
        if not at:
            return -1
    return at


_SECTION_END = re.compile(r"^(?![ \t]|#|\r?$|-(?:[ ]|\r?$))", re.MULTILINE)
_CONTENT_LINE = re.compile(r"^([ ]*)(?!#|\r?$)(\S)(.*)$", re.MULTILINE)
_ITEM = re.compile(r"-[ ]+([^\s#|>])")


def _items(
    text: str, key: str, *, start: int, line: int, below: Trie, loader: Any
) -> Positions | None:
    """Positions of the items of the block sequence under the top-level ``key`` whose line
    starts at ``start`` (line ``line``, 0-based), read from its lines, or None when the
    section is not that simple.

    A large plan's findings point at its records, ``activities[i]``: parsing 100,000 of them
    to place each was most of locating (issue 21). In a section that passes
    :func:`_clean_until`, nothing runs on from one line to the next, so the lines that start
    with ``-`` at the indentation of the first one are the items of the sequence, in order,
    and an item ``- id: a0`` (or ``- x``, ``- [a]``) starts where its content does, as
    PyYAML places it. Anything else (an empty item, a block scalar, a line less indented, a
    value on the key's line) returns None and the section is parsed. Items with paths asked
    below them are parsed, each on its own, from its line.
    """
    if not below or not all(isinstance(part, int) for part in below):
        return None
    first_end = text.find("\n", start)
    head = text[start : len(text) if first_end < 0 else first_end]
    if not re.fullmatch(rf"{re.escape(key)}[ \t]*:(?:[ \t]+#.*|[ \t]*)\r?", head):
        return None  # a value on the key's own line
    if first_end < 0:
        return None
    body = first_end + 1
    found = _SECTION_END.search(text, body)
    end = len(text) if found is None else found.start()
    if "\t" in text[body:end] or not _clean_until(text, end):
        return None
    indent: int | None = None
    out: dict[Path, Position] = {}
    out_keys: dict[Path, Position] = {}
    lines: list[tuple[int, int]] = []  # (offset, 0-based line) of each item
    number = line + 1
    at = body
    for content in _CONTENT_LINE.finditer(text, body, end):
        number += text.count("\n", at, content.start())
        at = content.start()
        margin = len(content.group(1))
        if indent is None:
            if content.group(2) != "-":
                return None
            indent = margin
            out[(key,)] = (number + 1, margin + 1)
        if margin < indent or (margin == indent and content.group(2) != "-"):
            return None
        if margin > indent:
            continue
        item = _ITEM.match(text, content.start(2), content.end())
        if item is None:
            return None
        if len(lines) in below:
            out[(key, len(lines))] = (number + 1, item.start(1) - at + 1)
        lines.append((at, number))
    if indent is None:
        return None
    for index, sub in below.items():
        if not sub or not 0 <= index < len(lines):
            continue
        begin, first = lines[index]
        stop = lines[index + 1][0] if index + 1 < len(lines) else end
        part_values, part_keys = _walk(text[begin:stop], {0: sub}, loader, line=first)
        for path, position in part_values.items():
            if path:
                out[(key, index, *path[1:])] = position
        for path, position in part_keys.items():
            out_keys[(key, index, *path[1:])] = position
    return out, out_keys


def yaml_positions_of(text: str, wanted: Collection[Path] | None = None) -> Positions:
    """Where the values and keys of ``text`` stand: of every one, or (``wanted``) only of the
    given paths and their ancestors, which is all :meth:`SourceMap.locate` looks at for them.

    The same event stream and the same paths as :func:`._yaml.read_yaml`, without building the
    data or checking anything (the text was already read: this answers "where" for a plan that
    a fast path loaded, issue 21).
    """
    import yaml

    from ._yaml import _bracket_heavy

    loader = (
        yaml.SafeLoader if _bracket_heavy(text) else getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    )
    if wanted is None:
        return _walk(text, None, loader)
    trie: Trie = {}
    for wanted_path in wanted:
        level = trie
        for part in wanted_path:
            level = level.setdefault(part, {})
    root = _root(text, loader)
    sections = _sections(text, trie) if root is not None else None
    if root is None or sections is None:
        return _walk(text, trie, loader)
    values: dict[Path, Position] = {(): root}
    keys: dict[Path, Position] = {}
    for key, offset, line in sections:
        items = _items(text, key, start=offset, line=line, below=trie[key], loader=loader)
        if items is not None:
            values.update(items[0])
            keys.update(items[1])
            keys[(key,)] = (line + 1, 1)
            continue
        part_values, part_keys = _walk(
            text[offset:], {key: trie[key]}, loader, line=line, one_key=True
        )
        part_values.pop((), None)
        values.update(part_values)
        keys.update(part_keys)
    return values, keys


def _count(trie: Trie) -> int:
    """The number of paths in ``trie``, the root included."""
    total = 0
    stack = [trie]
    while stack:
        level = stack.pop()
        total += 1
        stack.extend(level.values())
    return total


def _walk(
    text: str, trie: Trie | None, loader: Any, *, line: int = 0, one_key: bool = False
) -> Positions:
    """The positions of the paths of ``trie`` and their ancestors (of everything when None)
    in ``text``, whose first line is line ``line`` (0-based) of the file; with ``one_key``,
    only the first key of the top-level mapping is read."""
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

    from ._yaml import _key_of

    anchored: dict[str, Any] = {}  # scalar anchors, for an alias used as a key
    documents = 0
    everything: dict[Any, Any] = {}
    left = _count(trie) if trie is not None else -1  # paths of the trie not yet seen
    values: dict[Path, Position] = {}
    keys: dict[Path, Position] = {}
    # One frame per open collection: [trie node (None: record all), path, is_map, next index,
    # expecting a key, trie node of the pending key's value (False: skip it), pending key].
    stack: list[list[Any]] = []
    skip = 0  # depth inside a subtree holding nothing wanted
    starts = (MappingStartEvent, SequenceStartEvent)
    ends = (MappingEndEvent, SequenceEndEvent)
    with contextlib.suppress(yaml.YAMLError, RecursionError):
        events: Iterator[Any] = yaml.parse(text, Loader=loader)
        for event in events:
            kind = type(event)
            if skip:  # inside a subtree holding nothing wanted: most events of a large file
                if kind is ScalarEvent:
                    continue
                if kind is MappingStartEvent or kind is SequenceStartEvent:
                    skip += 1
                elif kind is MappingEndEvent or kind is SequenceEndEvent:
                    skip -= 1
                continue
            if kind is DocumentStartEvent:
                documents += 1
                if documents > 1:  # read_yaml stops there too
                    break
                continue
            if kind in ends:
                stack.pop()
                continue
            if kind is not ScalarEvent and kind is not AliasEvent and kind not in starts:
                continue
            mark = event.start_mark
            pos = (mark.line + line + 1, mark.column + 1)
            node: dict[Any, Any] | None
            if not stack:
                path: Path = ()
                node = trie
            else:
                frame = stack[-1]
                below = frame[0]
                if frame[2] and frame[4]:  # a key
                    if one_key and len(stack) == 1 and frame[3]:
                        break  # the section's one key is read
                    frame[3] += 1
                    frame[4] = False
                    frame[5] = False
                    if kind is ScalarEvent:
                        key = _key_of(event)
                        if event.anchor:
                            anchored[event.anchor] = key
                    else:
                        key = anchored.get(event.anchor) if kind is AliasEvent else None
                    if isinstance(key, str) and key != "<<":
                        kpath = (*frame[1], key)
                        child = everything if below is None else below.get(key)
                        if child is not None and kpath not in keys:
                            keys[kpath] = pos
                            frame[5] = None if below is None else child
                            frame[6] = key
                    if kind in starts:
                        skip = 1
                    continue
                if frame[2]:
                    frame[4] = True
                    child = frame[5]
                    if child is False:
                        if kind in starts:
                            skip = 1
                        continue
                    path = (*frame[1], frame[6])
                else:
                    index = frame[3]
                    frame[3] = index + 1
                    child = None if below is None else below.get(index)
                    if below is not None and child is None:
                        if kind in starts:
                            skip = 1
                        continue
                    path = (*frame[1], index)
                node = child
            values[path] = pos
            if node is not None and left > 0:
                left -= 1
                if not left:
                    break  # every wanted path is placed: the rest of the file is not read
            if kind in starts:
                stack.append([node, path, kind is MappingStartEvent, 0, True, False, None])
    return values, keys
