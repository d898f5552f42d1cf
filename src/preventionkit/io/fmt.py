"""Rewriting a plan file in canonical layout without losing anything (issue 9 item 4, issue 21).

``preventionkit fmt PLAN`` calls :func:`format_file`. The canonical form changes *layout
only*, never what the file says:

* YAML is rewritten with ruamel.yaml in round-trip mode, so every comment, blank line, key
  order, anchor, flow or block style and quoting stays as written. Mappings are indented by
  two spaces and list items by two spaces and a dash (``actors:\\n  - id: ks``, the layout of
  the design's example), spacing inside flow collections and after ``:`` is made regular,
  trailing spaces are dropped and the file ends with one newline. Values are not rewritten:
  ``2019-XX-XX`` (001 p. 1) stays as the source writes it, and so does ``"quoted"`` text;
  long lines are never folded.
* JSON is re-indented by two spaces, token by token: key order, strings (with their escapes)
  and numbers (``1.0E0`` stays ``1.0E0``) are copied exactly as the source writes them.
* The line ends (LF, CRLF or a lone CR, whichever the file uses first) and a byte-order mark
  are kept.

Nothing is written unless the result is proved to say the same (issue 21 item 5): it must
load to the same plan, and, token by token, keep every value's text, quoting style, anchor,
alias and tag, and every comment with its place (on the line of the value before it, or on a
line of its own, in the same order). Where ruamel.yaml cannot keep something (a comment
inside a flow list ``[ks, # who]``, a comment after ``...``, a tab inside a plain value it
does not read), formatting is refused with :class:`FormatError`, located at the first thing
that would be lost, and the file is left untouched. The check is done by an independent
reader (PyYAML's scanner), not by ruamel.yaml itself, so a loss in ruamel cannot hide.
"""

from __future__ import annotations

import io
import json
import os
import re
import sys
import warnings
from dataclasses import dataclass
from pathlib import Path as FsPath
from typing import Any

from ..errors import PlanLoadError, PreventionKitError
from ..messages import Message, message, plain, render
from ._limits import DEFAULT_LIMITS, LoadLimits
from ._load import Format, _decode, loads, paused_gc

__all__ = ["FormatError", "format_file", "format_source"]

_BOM = "\ufeff"


class FormatError(PreventionKitError):
    """Formatting would have changed or lost something; the file is left untouched.

    ``file``, ``line`` and ``column`` (1-based) point at the first thing that would be lost,
    where known.
    """

    def __init__(
        self,
        message: Message | str,
        *,
        file: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        self.problem = message if isinstance(message, Message) else plain(message)
        """The problem as a catalogue message (``fmt.*``), for any language."""
        self.message = render(self.problem, "en")
        self.file = file
        self.line = line
        self.column = column
        super().__init__(self.__str__())

    def text(self, lang: str | None = None) -> str:
        """``file:line:column: problem; the file is left as it is (hint: …) [format]`` in
        ``lang`` (the library default when None)."""
        where = self.file or "<input>"
        if self.line is not None:
            where += f":{self.line}:{self.column or 1}"
        said = render(message("fmt.refused", problem=self.problem), lang)
        hint = render(message("load.hint", hint=message("fmt.refused.hint")), lang)
        return f"{where}: {said} ({hint}) [format]"

    def __str__(self) -> str:
        return self.text("en")


def _sniff(text: str) -> Format:
    return "json" if text.lstrip()[:1] == "{" else "yaml"


def _line_end(text: str) -> str:
    """The file's line end: the first one it uses (``\\n`` when it has none)."""
    for i, char in enumerate(text):
        if char == "\n":
            return "\n"
        if char == "\r":
            return "\r\n" if text[i + 1 : i + 2] == "\n" else "\r"
    return "\n"


# --- YAML -----------------------------------------------------------------------------------

_VERBATIM_TAGS = tuple(
    f"tag:yaml.org,2002:{name}" for name in ("null", "int", "float", "bool", "timestamp")
)


def _format_yaml(text: str) -> str:
    from ..errors import require_extra

    require_extra("formatting YAML", "yaml", "ruamel.yaml")
    from ruamel.yaml import YAML
    from ruamel.yaml.constructor import RoundTripConstructor
    from ruamel.yaml.representer import RoundTripRepresenter

    class Verbatim(str):
        """A plain number, boolean or date, kept exactly as written (ruamel would otherwise
        re-print floats with fewer digits: 3.927500238021445e-169 → …444e-169)."""

        tag: str

    class Constructor(RoundTripConstructor):
        pass

    class Representer(RoundTripRepresenter):
        pass

    def construct(constructor: Any, node: Any) -> Verbatim:
        value = Verbatim(node.value)
        value.tag = node.tag
        return value

    def represent(representer: Any, data: Verbatim) -> Any:
        return representer.represent_scalar(data.tag, str(data))

    for tag in _VERBATIM_TAGS:
        Constructor.add_constructor(tag, construct)
    Representer.add_representer(Verbatim, represent)

    yaml = YAML(typ="rt")
    yaml.Constructor = Constructor
    yaml.Representer = Representer
    yaml.preserve_quotes = True
    yaml.width = sys.maxsize  # never fold a long line (issue 21: text folded at 4,096)
    yaml.indent(mapping=2, sequence=4, offset=2)
    tokens = _yaml_tokens(text)
    yaml.explicit_start = any(kind == "---" for kind, *_ in tokens)
    yaml.explicit_end = any(kind == "..." for kind, *_ in tokens)
    # ruamel.yaml's round trip is pure Python, about 8 µs per character of the file (a
    # 724 KB plan: 3.6 s to read, 2 s to write, under load); the collector's passes over
    # the objects it builds added a fifth to that and free nothing meanwhile (issue 21).
    with warnings.catch_warnings(), paused_gc():
        # ruamel warns about anchors defined twice (valid YAML: the later one counts) and
        # keeps both; the check below proves that nothing else changed.
        warnings.simplefilter("ignore")
        data: Any = yaml.load(text)
        out = io.StringIO()
        yaml.dump(data, out)
    return out.getvalue()


@dataclass(frozen=True, slots=True)
class _Item:
    """One thing a YAML file says, as the scanner reads it, with where it starts."""

    kind: str
    text: str
    detail: str | bool | None
    line: int
    column: int

    def key(self) -> tuple[str, str, str | bool | None]:
        return self.kind, self.text, self.detail


def _yaml_tokens(text: str) -> list[tuple[str, str, str | bool | None, int, int]]:
    """What the text says, token by token: scalars with their text and style, anchors,
    aliases, tags, explicit document markers, and comments with whether they follow a value
    on its line. Read with PyYAML's scanner (libyaml's when present), not ruamel.yaml."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    out: list[tuple[str, str, str | bool | None, int, int]] = []
    last_end = 0
    names = {
        "ScalarToken": "scalar",
        "AnchorToken": "anchor",
        "AliasToken": "alias",
        "TagToken": "tag",
        "DocumentStartToken": "---",
        "DocumentEndToken": "...",
        "DirectiveToken": "directive",
    }
    end_line, end_column = 0, 0  # where the last token ended (0-based), for the gap's lines
    for token in yaml.scan(text, Loader=loader):
        start, end = token.start_mark.index, token.end_mark.index
        if start > last_end:
            # Between tokens there is only white space and comments: every '#' starts one.
            after_value = last_end > 0 and text[last_end - 1] != "\n"
            for k, segment in enumerate(text[last_end:start].split("\n")):
                hash_at = segment.find("#")
                if hash_at >= 0:
                    line = end_line + k + 1
                    column = (end_column if k == 0 else 0) + hash_at + 1
                    trailing = after_value and k == 0  # on the line of the value before it
                    out.append(("comment", segment[hash_at:].rstrip(), trailing, line, column))
        kind = names.get(type(token).__name__)
        if kind is not None:
            value = getattr(token, "value", "")
            detail: str | bool | None = getattr(token, "style", None)
            if kind == "tag":
                value = "".join(value)
            elif kind == "directive":
                value = f"{getattr(token, 'name', '')} {value}"
            out.append(
                (kind, str(value), detail, token.start_mark.line + 1, token.start_mark.column + 1)
            )
        if end >= last_end:
            last_end = end
            end_line, end_column = token.end_mark.line, token.end_mark.column
    return out


def _check_yaml(before: str, after: str, file: str | None) -> None:
    import yaml

    old = [_Item(*t) for t in _yaml_tokens(before)]
    try:
        new = [_Item(*t) for t in _yaml_tokens(after)]
    except yaml.YAMLError:
        raise FormatError(message("fmt.not_yaml"), file=file) from None
    for i, item in enumerate(old):
        if i >= len(new) or new[i].key() != item.key():
            moved = i < len(new) and new[i].text == item.text and item.kind == "comment"
            key = "fmt.cannot_keep.where" if moved else "fmt.cannot_keep"
            raise FormatError(
                message(key, what=_token(item)), file=file, line=item.line, column=item.column
            )
    if len(new) > len(old):
        raise FormatError(message("fmt.would_add", what=_token(new[len(old)])), file=file)


_TOKEN_KEYS = {"---": "document_start", "...": "document_end"}


def _token(item: _Item) -> Message:
    """A YAML token as words: "the comment '# x'" (``fmt.token.<kind>``)."""
    return message(f"fmt.token.{_TOKEN_KEYS.get(item.kind, item.kind)}", text=repr(item.text))


# --- JSON -----------------------------------------------------------------------------------


class _Number(str):
    """A JSON number kept as the text the source writes."""


def _json_tree(text: str) -> Any:
    """The JSON value with numbers as their source text and objects as lists of pairs: two
    texts with equal trees say exactly the same, down to ``1.0E0`` and key order."""
    return json.loads(
        text,
        object_pairs_hook=lambda pairs: ("{}", tuple(pairs)),
        parse_float=_Number,
        parse_int=_Number,
        parse_constant=_Number,
    )


_JSON_TOKEN = re.compile(r'\s*("(?:[^"\\]|\\.)*"|[{}\[\]:,]|[^\s{}\[\]:,"]+)', re.DOTALL)
_CLOSE = {"{": "}", "[": "]"}


def _format_json(text: str) -> str:
    """Re-indent JSON token by token: strings and numbers are copied exactly as written
    (``"v\\u00e5ld"`` and ``1.0E0`` stay), only the space between tokens changes. Hand-made
    because ``json.dumps`` re-writes every value it prints; the text has already loaded as a
    plan, so it is valid JSON."""
    tokens = _JSON_TOKEN.findall(text)
    out: list[str] = []
    depth = 0
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token in _CLOSE:
            if i + 1 < len(tokens) and tokens[i + 1] == _CLOSE[token]:
                out.append(token + _CLOSE[token])
                i += 2
                continue
            depth += 1
            out.append(token + "\n" + "  " * depth)
        elif token in ("}", "]"):
            depth -= 1
            out.append("\n" + "  " * depth + token)
        elif token == ",":
            out.append(",\n" + "  " * depth)
        elif token == ":":
            out.append(": ")
        else:
            out.append(token)
        i += 1
    return "".join(out) + "\n"


# --- both -----------------------------------------------------------------------------------


def _tidy(text: str) -> str:
    """One newline at the end. (Trailing spaces are not stripped here: in a ``|`` block they
    are part of the text; ruamel writes none elsewhere.)"""
    return text.rstrip("\n") + "\n"


def _ruamel_failure(exc: Exception, file: str | None) -> FormatError:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = " ".join(str(getattr(exc, "problem", None) or type(exc).__name__).split())
    return FormatError(
        message("fmt.ruamel", problem=problem),  # ruamel.yaml's own words
        file=file,
        line=mark.line + 1 if mark is not None else None,
        column=mark.column + 1 if mark is not None else None,
    )


def format_source(
    text: str,
    *,
    format: Format | None = None,
    source: str | None = None,
    limits: LoadLimits = DEFAULT_LIMITS,
) -> str:
    """``text`` (a plan, YAML or JSON) in canonical layout; comments, values, key order, line
    ends and a byte-order mark kept.

    Raises :class:`~preventionkit.errors.PlanLoadError` if the text is not a valid plan and
    :class:`FormatError` if the result would not say exactly the same. ``source`` names the
    text in error messages.
    """
    bom = _BOM if text.startswith(_BOM) else ""
    body = text.removeprefix(_BOM)
    end = _line_end(body)
    # YAML reads CR, CRLF and LF alike (YAML 1.2 §5.4); work in LF and put the file's own back.
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    fmt = format or _sniff(body)
    before = loads(body, format=fmt, source=source, limits=limits)
    if fmt == "json":
        out = _tidy(_format_json(body))
        if _json_tree(out) != _json_tree(body):  # a defence: the re-indenter copies tokens
            raise FormatError(message("fmt.would_change_value"), file=source)
    else:
        try:
            out = _tidy(_format_yaml(body))
        except Exception as exc:  # ruamel.yaml refuses what the loader accepts
            raise _ruamel_failure(exc, source) from None
        _check_yaml(body, out, source)
    try:
        after = loads(out, format=fmt, source=source, limits=limits)
    except PlanLoadError:
        raise FormatError(message("fmt.would_not_load"), file=source) from None
    if after != before:
        raise FormatError(message("fmt.would_change_plan"), file=source)
    return bom + (out if end == "\n" else out.replace("\n", end))


def format_file(
    path: str | os.PathLike[str],
    *,
    check: bool = False,
    format: Format | None = None,
    limits: LoadLimits = DEFAULT_LIMITS,
) -> bool:
    """Rewrite the plan at ``path`` in canonical layout; True if it changed (or would).

    With ``check=True`` nothing is written: the answer says whether the file is already
    formatted (``preventionkit fmt --check`` exits 1 when it is not). The format follows the
    suffix (``.json`` is JSON, anything else YAML) unless ``format`` is given. The file is
    read within ``limits`` and replaced atomically (:mod:`preventionkit.io.files`), so an
    interrupted run leaves the old file whole.
    """
    from .files import read_bytes, write_file

    fs_path = FsPath(path)
    raw = read_bytes(path, limits=limits, name=str(path))
    text = _decode(raw, str(path), limits)  # a located PlanLoadError if not UTF-8
    if raw.startswith(b"\xef\xbb\xbf"):
        text = _BOM + text
    fmt: Format = format or ("json" if fs_path.suffix.lower() == ".json" else _sniff(text))
    formatted = format_source(text, format=fmt, source=str(path), limits=limits)
    changed = formatted.encode("utf-8") != raw
    if changed and not check:
        write_file(fs_path, formatted)
    return changed
