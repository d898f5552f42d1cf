"""Where things stand in a plan file: field paths mapped to line and column.

A loaded plan remembers its file (:func:`source_of`), so findings and errors can point at the
line a person has to change. Lines and columns are 1-based, as editors show them.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, Protocol

from ..model import cache_get, cache_put

if TYPE_CHECKING:
    from ..model import ActionPlan

__all__ = [
    "Path",
    "Position",
    "Positions",
    "PositionsOf",
    "SourceMap",
    "format_path",
    "parse_path",
    "source_of",
]

Path = tuple[str | int, ...]
Position = tuple[int, int]
Positions = tuple[dict[Path, Position], dict[Path, Position]]
"""Positions of values and of keys, by path."""


class PositionsOf(Protocol):
    """Computes positions: of every value and key (``wanted`` None), or of ``wanted`` paths
    and their ancestors."""

    def __call__(self, wanted: Collection[Path] | None = None, /) -> Positions: ...


_SOURCE_KEY = "source"


def format_path(path: Path) -> str:
    """``('activities', 3, 'responsible', 0)`` → ``'activities[3].responsible[0]'``."""
    out: list[str] = []
    for part in path:
        if isinstance(part, int):
            out.append(f"[{part}]")
        else:
            out.append(f".{part}" if out else part)
    return "".join(out)


def parse_path(text: str) -> Path:
    """The inverse of :func:`format_path`."""
    parts: list[str | int] = []
    for chunk in text.replace("]", "").split("."):
        name, *indices = chunk.split("[")
        if name:
            parts.append(name)
        parts.extend(int(i) for i in indices)
    return tuple(parts)


@dataclass
class SourceMap:
    """Positions of the values and keys of one plan file, computed at most once.

    ``_compute(None)`` computes every position; ``_compute(paths)`` only those of ``paths``
    and their ancestors, which :meth:`prepare` asks for in one pass when many are wanted at
    once (the findings of a validation, the errors of a load), so that a large file read by a
    fast path is not mapped in full to locate them (issue 21).
    """

    file: str | None
    format: Literal["yaml", "json", "xlsx", "csv"]
    _values: dict[Path, Position] | None = None
    _keys: dict[Path, Position] | None = None
    _compute: PositionsOf | None = field(default=None, repr=False)
    _locator: Callable[[Path, bool], Position | None] | None = field(default=None, repr=False)
    _prepared: set[Path] = field(default_factory=set, repr=False)
    _some: Positions = field(default_factory=lambda: ({}, {}), repr=False)

    def _ensure(self) -> Positions:
        values, keys = self._values, self._keys
        if values is None or keys is None:
            compute = self._compute  # read once: another thread may finish first
            values, keys = compute(None) if compute is not None else ({}, {})
            self._values, self._keys = values, keys
            self._compute = None
        return values, keys

    def prepare(self, paths: Iterable[Path]) -> None:
        """Compute the positions of ``paths`` now, in one pass over the file, for the
        :meth:`locate` calls that follow; a path not prepared is located as before (every
        position of the file computed on first use)."""
        compute = self._compute
        if compute is None or self._values is not None:
            return
        wanted = set(paths) - self._prepared
        if not wanted:
            return
        values, keys = compute(wanted)
        self._some[0].update(values)
        self._some[1].update(keys)
        self._prepared |= wanted

    def locate(self, path: Path, *, key: bool = False) -> Position | None:
        """The position of the value at ``path`` (or of its key), or of its nearest ancestor."""
        if self._locator is not None and self._values is None:
            return self._locator(path, key)
        # Prepared positions stay once all are computed, so a thread locating a prepared path
        # while another computes them all reads a complete answer either way.
        values, keys = self._some if path in self._prepared else self._ensure()
        if key and path in keys:
            return keys[path]
        probe = path
        while True:
            if probe in values:
                return values[probe]
            if not probe:
                return None
            if probe in keys:
                return keys[probe]
            probe = probe[:-1]

    def cell(self, path: Path, *, key: bool = False) -> str | None:
        """The spreadsheet cell of the value at ``path`` (``Aktiviteter!D14``), for plans read
        from a workbook or CSV; None for YAML and JSON, whose positions are lines."""
        return None


def attach_source(plan: ActionPlan, source: SourceMap) -> None:
    """Remember where ``plan`` was read from (not part of the plan's value or equality)."""
    cache_put(plan, _SOURCE_KEY, source)


def source_of(plan: ActionPlan) -> SourceMap | None:
    """The file ``plan`` was loaded from, with positions of its fields; None if built in code."""
    found = cache_get(plan, _SOURCE_KEY)
    return found if isinstance(found, SourceMap) else None
