"""The programme catalogue: programmes, methods, instruments and policies named in the seeds
(domain §9), as package data that activities reference by id."""

from __future__ import annotations

from ._catalogue import Programme, entries, get, ids, search

__all__ = ["Programme", "entries", "get", "ids", "search"]
