"""Optional parts of the library: import them if they are installed, else None."""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = ["optional"]


def optional(module: str) -> ModuleType | None:
    """``module`` imported, or None while it does not exist yet."""
    try:
        found = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name is not None and module.startswith(exc.name):
            return None
        raise
    # A folder without ``__init__.py`` (work in progress) imports as an empty namespace package.
    return found if getattr(found, "__file__", None) else None
