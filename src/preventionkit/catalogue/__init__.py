"""The programme catalogue: programmes, methods, instruments, policies and campaigns named in
the seeds (domain §9), as package data. Activities reference entries by id; the catalogue is
advice, not a gate (a plan may name any programme, and describe its own under ``programmes:``)."""

from __future__ import annotations

from ._catalogue import Programme, entries, get, ids, search, select, version

__all__ = ["Programme", "entries", "get", "ids", "search", "select", "version"]
