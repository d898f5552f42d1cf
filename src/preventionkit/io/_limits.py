"""Limits that keep loading bounded in time and memory, whatever a file holds."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DEFAULT_LIMITS", "MAX_DEPTH_CEILING", "LoadLimits"]

MAX_DEPTH_CEILING = 512
"""The deepest ``LoadLimits.max_depth`` allowed: the reader's limit must be reached before any
parser's own (libyaml's is about 1,000 levels; see ``_yaml._BRACKETS_PER_LINE``)."""


@dataclass(frozen=True, slots=True)
class LoadLimits:
    """Bounds on what a plan file may make the loader do; all configurable.

    ``max_bytes``: the largest file read. ``max_depth``: the deepest nesting. ``max_nodes``:
    the most values a file may expand to (aliases counted at their expanded size).
    ``alias_ratio`` and ``alias_slack``: aliases may expand a file to at most
    ``alias_ratio × written values + alias_slack`` values, and its text to at most
    ``alias_ratio × file characters + alias_slack`` characters (so one long string aliased
    thousands of times is refused like many short ones), which stops alias bombs at once.
    ``max_errors``: the most problems reported for one file. ``read_timeout``: the seconds
    allowed to read a source that is not a regular file (standard input, a pipe, a FIFO, a
    device) to its end, so a FIFO nobody writes to cannot hang a run (issue 21).

    ``max_depth`` is at most :data:`MAX_DEPTH_CEILING`: above it a YAML parser's own nesting
    limit (libyaml stops at about 1,000 levels) could be reached before this one.
    """

    max_bytes: int = 256 * 1024 * 1024
    max_depth: int = 64
    max_nodes: int = 20_000_000
    alias_ratio: int = 10
    alias_slack: int = 10_000
    max_errors: int = 100
    read_timeout: float = 60.0

    def __post_init__(self) -> None:
        if not 1 <= self.max_depth <= MAX_DEPTH_CEILING:
            raise ValueError(
                f"max_depth must be between 1 and {MAX_DEPTH_CEILING}, not {self.max_depth}"
            )


DEFAULT_LIMITS = LoadLimits()
"""The limits used when none are given."""
