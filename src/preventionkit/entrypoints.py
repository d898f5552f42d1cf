"""One scan of the installed distributions' entry points for the whole process (issue 20).

Each call of :func:`importlib.metadata.entry_points` reads the metadata of every installed
distribution again (about 6 ms in an environment of a hundred). preventionkit reads two kinds:
packs (:mod:`preventionkit.plugins`) and third-party languages
(:mod:`preventionkit.messages`); a command that validates and prints text needed both, and
scanned twice. Both now read this one scan; each forgets it with its own caches
(``installed_packs.cache_clear()``, ``messages.clear_caches()``), so installing a pack or a
language in a running interpreter is seen as before.
"""

from __future__ import annotations

from functools import cache
from importlib.metadata import EntryPoints, entry_points
from typing import Any

__all__ = ["forget", "in_group"]


@cache
def _scan() -> Any:
    # EntryPoints from Python 3.12, SelectableGroups before: both select by group.
    return entry_points()


def in_group(group: str) -> EntryPoints:
    """The installed entry points of ``group``, from the process's one scan."""
    found: EntryPoints = _scan().select(group=group)
    return found


def forget() -> None:
    """Forget the scan: the next question reads the installed distributions again."""
    _scan.cache_clear()
