"""Finding, reading and loading the embedded example plans (package data ``data/examples``).

Each example is shipped as the YAML a person reads (``umea.yaml``, comments and all), the same
plan as JSON (``umea.json``, written by :func:`preventionkit.dumps` from the YAML) and where
each of its values and keys stands in the YAML (``umea.positions.json``, written by the safe
YAML reader: :func:`_dump_positions`); ``tests/examples/test_embedded_examples.py`` keeps both
derived files equal to what the YAML gives. :func:`load` reads the JSON, so the examples work
with the core install alone (pydantic and networkx), and findings point at lines of the YAML
file (issue 12 item 3) without reading YAML at run time: the safe reader and PyYAML cost more
than the rest of loading and validating the Umeå plan (issue 20).
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import TYPE_CHECKING

from ..errors import suggest
from ..model import ActionPlan

if TYPE_CHECKING:
    from ..io._source import Path, Position

__all__ = ["json_text", "load", "names", "path", "text"]

_PACKAGE = "preventionkit.data"
_FOLDER = "examples"
_SUFFIX = ".yaml"
_POSITIONS = ".positions.json"


def _folder() -> Traversable:
    return resources.files(_PACKAGE).joinpath(_FOLDER)


@cache
def names() -> tuple[str, ...]:
    """The names of the embedded examples, sorted.

    >>> names()
    ('gavle', 'umea', 'vasterbotten')
    """
    return tuple(
        sorted(
            entry.name.removesuffix(_SUFFIX)
            for entry in _folder().iterdir()
            if entry.is_file() and entry.name.endswith(_SUFFIX)
        )
    )


def _file(name: str) -> Traversable:
    if name not in names():
        near = suggest(name, names())
        hint = f"; did you mean {near!r}?" if near else ""
        raise KeyError(f"there is no example {name!r}{hint} (the examples: {', '.join(names())})")
    return _folder().joinpath(name + _SUFFIX)


def path(name: str) -> str:
    """The file system path of the example's YAML file (inside the installed package)."""
    return str(_file(name))


@cache
def text(name: str) -> str:
    """The example's YAML text, comments and all, exactly as shipped."""
    return _file(name).read_text(encoding="utf-8")


def json_text(name: str) -> str:
    """The example as JSON: the same plan as :func:`text`, readable without the yaml extra."""
    _file(name)  # a KeyError naming the closest example if there is none
    return _folder().joinpath(name + ".json").read_text(encoding="utf-8")


def _dump_positions(name: str) -> str:
    """The positions file of an example: every value's and key's path in the YAML with its
    line and column, one a line, in the order the safe reader meets them. Regenerate the
    shipped files with ``python -c "from preventionkit.examples._examples import *;
    _write_positions()"`` after editing an example."""
    from ..io import DEFAULT_LIMITS, yaml_positions

    values, keys = yaml_positions(text(name), f"example:{name}", DEFAULT_LIMITS)()

    def rows(found: dict[Path, Position]) -> str:
        return ",\n".join(json.dumps([list(p), *at], ensure_ascii=False) for p, at in found.items())

    return f'{{"values": [\n{rows(values)}\n],\n"keys": [\n{rows(keys)}\n]}}\n'


def _write_positions() -> None:
    """Write the positions file of every example beside its YAML (needs the yaml extra)."""
    from pathlib import Path as FilePath

    for name in names():
        target = FilePath(path(name)).with_suffix("").with_suffix(_POSITIONS)
        target.write_text(_dump_positions(name), encoding="utf-8")


def _positions(
    name: str, wanted: object = None
) -> tuple[dict[Path, Position], dict[Path, Position]]:
    """The shipped positions of an example's YAML, read when a finding first asks for one;
    all of them, whatever paths are ``wanted`` (the file is small: a superset answers)."""
    data = json.loads(_folder().joinpath(name + _POSITIONS).read_text(encoding="utf-8"))
    values = {tuple(p): (line, col) for p, line, col in data["values"]}
    keys = {tuple(p): (line, col) for p, line, col in data["keys"]}
    return values, keys


@cache
def load(name: str) -> ActionPlan:
    """The example plan called ``name``; a ``KeyError`` names the closest example if there is
    none. Plans are immutable, so every call returns the same object."""
    from functools import partial

    from ..io import SourceMap, attach_source, loads

    source = f"example:{name}"
    plan = loads(json_text(name), format="json", source=source)
    # Findings point at the YAML a person reads.
    attach_source(plan, SourceMap(source, "yaml", _compute=partial(_positions, name)))
    return plan
