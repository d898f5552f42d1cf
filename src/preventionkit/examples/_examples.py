"""Finding, reading and loading the embedded example plans (package data ``data/examples``)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

from ..errors import suggest
from ..model import ActionPlan

__all__ = ["load", "names", "path", "text"]

_PACKAGE = "preventionkit.data"
_FOLDER = "examples"
_SUFFIX = ".yaml"


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


@cache
def load(name: str) -> ActionPlan:
    """The example plan called ``name``; a ``KeyError`` names the closest example if there is
    none. Plans are immutable, so every call returns the same object."""
    from ..io import loads

    return loads(text(name), format="yaml", source=f"example:{name}")
