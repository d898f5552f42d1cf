"""Installed extensions: the packs other distributions declare through entry points.

A distribution adds rules, profiles, vocabulary terms and programmes by declaring an entry
point in the group ``preventionkit.packs`` (``preventionkit.rules``, the name issue 14 uses, is
read too) whose value is a :class:`preventionkit.rules.Pack` or a callable returning one::

    [project.entry-points."preventionkit.packs"]
    acme = "acme_pack:PACK"

This module sits in the lowest layer so that the model can resolve a pack's vocabulary terms
while loading a plan; it only reads entry points (:mod:`importlib.metadata`, the standard
mechanism) and hands the loaded objects on. Loading a plan that uses only built-in terms never
touches it. The type checks of a pack happen in :mod:`preventionkit.rules.pack`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, update_wrapper
from importlib.metadata import EntryPoint

from . import entrypoints as scan
from .errors import PreventionKitError

__all__ = ["PACK_GROUPS", "PluginError", "installed_packs"]

PACK_GROUPS: tuple[str, ...] = ("preventionkit.packs", "preventionkit.rules")
"""The entry-point groups read for packs, in order; the first is the documented one."""


class PluginError(PreventionKitError, ValueError):
    """An installed pack cannot be loaded: its entry point fails to import, or names neither a
    pack nor a callable returning one. Raised rather than skipped, so that a pack that is
    installed but broken is never silently ignored."""


def _entry_points() -> list[EntryPoint]:
    found: dict[tuple[str, str], EntryPoint] = {}
    # One scan of the installed distributions for both groups and the message catalogue's
    # languages: each scan reads every distribution's metadata again.
    for group in PACK_GROUPS:
        for ep in scan.in_group(group):
            # One distribution may declare its pack under both group names.
            found.setdefault((ep.name, ep.value), ep)
    return sorted(found.values(), key=lambda ep: (ep.name, ep.value))


def _load(ep: EntryPoint) -> object:
    try:
        value = ep.load()
        if callable(value) and not hasattr(value, "prefix"):
            value = value()
    except Exception as exc:  # any failure of third-party code becomes one clear error
        raise PluginError(
            f"the pack {ep.name!r} ({ep.value}) could not be loaded: "
            f"{type(exc).__name__}: {exc}; reinstall or uninstall the distribution that "
            "declares it"
        ) from exc
    for attribute in ("name", "prefix", "rules", "profiles", "terms", "programmes"):
        if not hasattr(value, attribute):
            raise PluginError(
                f"the entry point {ep.name!r} ({ep.value}) names {type(value).__name__}, not a "
                "preventionkit.rules.Pack nor a callable returning one"
            )
    return value


def _installed_packs() -> tuple[object, ...]:
    """Every pack installed in this environment, ordered by entry-point name.

    Read once per process (entry points only change when distributions are installed); call
    ``installed_packs.cache_clear()`` after installing one in a running interpreter.
    """
    return tuple(_load(ep) for ep in _entry_points())


class _Remembered:
    """:func:`functools.cache` of a function of no arguments, whose ``cache_clear()`` also
    forgets the scan of entry points the function read, which the message catalogue shares
    (:mod:`preventionkit.entrypoints`): clearing must read the installed distributions again."""

    def __init__(self, fn: Callable[[], tuple[object, ...]]) -> None:
        self._fn = cache(fn)
        update_wrapper(self, fn)

    def __call__(self) -> tuple[object, ...]:
        return self._fn()

    def cache_clear(self) -> None:
        """Forget the packs and the scan they were read from."""
        self._fn.cache_clear()
        scan.forget()


installed_packs = _Remembered(_installed_packs)
