"""Per-plan caches kept on the plan object, in one place.

A plan is a frozen pydantic model, so derived facts (the id index, the chain of governance on a
date, sectors, where the plan was read from) are stored in its instance ``__dict__`` under keys
starting with :data:`PREFIX`. They are not fields: they take no part in equality, are dropped
by :meth:`ActionPlan.model_copy` and by pickling, and each entry is checked against the fields
it was derived from (by identity), so a copy with other fields never reuses a stale one.
Every module that caches on a plan goes through these functions (issue 14 item 6).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

__all__ = ["PREFIX", "cache_get", "cache_put", "cached", "clear_caches", "is_cache_key"]

PREFIX = "_pk_"
"""Every cache key on a plan starts with this."""

T = TypeVar("T")


def is_cache_key(key: object) -> bool:
    """Whether ``key`` of an instance ``__dict__`` names a cache entry rather than a field."""
    return isinstance(key, str) and key.startswith(PREFIX)


def cached(obj: Any, name: str, build: Callable[[], T], *, depends_on: Iterable[str] = ()) -> T:
    """The value cached on ``obj`` under ``name``, built by ``build()`` on first use.

    ``depends_on`` names the fields the value is derived from; the entry is rebuilt when any
    of them is no longer the very object it was built from. (Rules ask for some entries once
    per record, 100,000 times on a large plan, so a hit does no more than compare them.)
    """
    key = PREFIX + name
    entry = obj.__dict__.get(key)
    if entry is not None:
        for field, was in zip(entry[0], entry[1], strict=True):
            if getattr(obj, field) is not was:
                break
        else:
            return entry[2]  # type: ignore[no-any-return]
    fields = tuple(depends_on)
    fingerprint = tuple(getattr(obj, field) for field in fields)
    value = build()
    obj.__dict__[key] = (fields, fingerprint, value)
    return value


def cache_get(obj: Any, name: str) -> Any:
    """The value stored by :func:`cache_put` under ``name``, or None."""
    return obj.__dict__.get(PREFIX + name)


def cache_put(obj: Any, name: str, value: Any) -> None:
    """Store ``value`` on ``obj`` under ``name`` (unchecked: for values tied to the object
    itself, such as its index built at validation or the file it was read from)."""
    obj.__dict__[PREFIX + name] = value


def clear_caches(obj: Any) -> None:
    """Drop every cache entry of ``obj`` (fields are untouched)."""
    for key in [k for k in obj.__dict__ if is_cache_key(k)]:
        del obj.__dict__[key]
