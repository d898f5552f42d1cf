"""The programme catalogue: programmes, methods, instruments, policies and campaigns named in
the seeds (domain §9), as package data that activities reference by id."""

from __future__ import annotations

from ._catalogue import Programme, entries, get, ids, search, select, version

__all__ = ["Programme", "entries", "get", "ids", "search", "select", "version"]
