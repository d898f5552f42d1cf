"""Limits that keep loading bounded in time and memory, whatever a file holds."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DEFAULT_LIMITS", "LoadLimits"]


@dataclass(frozen=True, slots=True)
class LoadLimits:
    """Bounds on what a plan file may make the loader do; all configurable.

    ``max_bytes``: the largest file read. ``max_depth``: the deepest nesting. ``max_nodes``:
    the most values a file may expand to (aliases counted at their expanded size).
    ``alias_ratio`` and ``alias_slack``: aliases may expand a file to at most
    ``alias_ratio × written values + alias_slack`` values, which stops alias bombs at once.
    ``max_errors``: the most problems reported for one file. ``read_timeout``: the seconds
    allowed to read a source that is not a regular file (standard input, a pipe, a FIFO, a
    device) to its end, so a FIFO nobody writes to cannot hang a run (issue 21).
    """

    max_bytes: int = 256 * 1024 * 1024
    max_depth: int = 64
    max_nodes: int = 20_000_000
    alias_ratio: int = 10
    alias_slack: int = 10_000
    max_errors: int = 100
    read_timeout: float = 60.0


DEFAULT_LIMITS = LoadLimits()
"""The limits used when none are given."""
