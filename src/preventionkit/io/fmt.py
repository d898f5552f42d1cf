"""Rewriting a plan file in canonical layout without losing anything (issue 9 item 4).

``preventionkit fmt PLAN`` calls :func:`format_file`. The canonical form changes *layout
only*, never what the file says:

* YAML is rewritten with ruamel.yaml in round-trip mode, so every comment, blank line, key
  order, anchor, flow or block style and quoting stays as written. Mappings are indented by
  two spaces and list items by two spaces and a dash (``actors:\\n  - id: ks``, the layout of
  the design's example), spacing inside flow collections and after ``:`` is made regular,
  trailing spaces, a byte-order mark and ``\\r\\n`` line ends are dropped, and the file ends
  with one newline. Values are not rewritten: ``2019-XX-XX`` (001 p. 1) stays as the source
  writes it, and so does ``"quoted"`` text.
* JSON is re-indented by two spaces with its key order kept and non-ASCII text written as is.

A file is formatted only if it loads (errors are raised as :class:`PlanLoadError`), and the
result is loaded again and compared with the original plan: if they differ, nothing is
written and :class:`FormatError` is raised, so formatting can never lose a field.
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path as FsPath
from typing import Any

from ..errors import PreventionKitError
from ._limits import DEFAULT_LIMITS
from .load import Format, _decode, loads

__all__ = ["FormatError", "format_file", "format_text"]

_WIDTH = 4096
"""Never fold long lines: a formatter that rewraps text makes diffs noisy."""


class FormatError(PreventionKitError):
    """Formatting would have changed what a plan says; the file is left untouched."""


def _sniff(text: str) -> Format:
    return "json" if text.lstrip()[:1] == "{" else "yaml"


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
    yaml.width = _WIDTH
    yaml.indent(mapping=2, sequence=4, offset=2)
    data: Any = yaml.load(text)
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def _format_json(text: str) -> str:
    data = json.loads(text, object_pairs_hook=dict)
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _tidy(text: str) -> str:
    """One newline at the end. (Trailing spaces are not stripped here: in a ``|`` block they
    are part of the text; ruamel writes none elsewhere.)"""
    return text.rstrip("\n") + "\n"


def format_text(text: str, *, format: Format | None = None, source: str | None = None) -> str:
    """``text`` (a plan, YAML or JSON) in canonical layout; comments and key order kept.

    Raises :class:`~preventionkit.errors.PlanLoadError` if the text is not a valid plan and
    :class:`FormatError` if the result would not load to the same plan. ``source`` names the
    text in error messages.
    """
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    fmt = format or _sniff(text)
    before = loads(text, format=fmt, source=source)
    out = _tidy(_format_json(text) if fmt == "json" else _format_yaml(text))
    after = loads(out, format=fmt, source=source)
    if after != before:
        raise FormatError(
            f"{source or '<input>'}: formatting would change the plan; the file is left as it is"
        )
    return out


def format_file(
    path: str | os.PathLike[str], *, check: bool = False, format: Format | None = None
) -> bool:
    """Rewrite the plan at ``path`` in canonical layout; True if it changed (or would).

    With ``check=True`` nothing is written: the answer says whether the file is already
    formatted (``preventionkit fmt --check`` exits 1 when it is not). The format follows the
    suffix (``.json`` is JSON, anything else YAML) unless ``format`` is given.
    """
    fs_path = FsPath(path)
    raw = fs_path.read_bytes()
    text = _decode(raw, str(path), DEFAULT_LIMITS)  # a located PlanLoadError if not UTF-8
    fmt: Format = format or ("json" if fs_path.suffix.lower() == ".json" else _sniff(text))
    formatted = format_text(text, format=fmt, source=str(path))
    changed = formatted.encode("utf-8") != raw
    if changed and not check:
        fs_path.write_text(formatted, encoding="utf-8", newline="\n")
    return changed
