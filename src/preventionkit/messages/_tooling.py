"""Catalogue upkeep with Babel (the ``dev`` extra): compile ``.po`` sources to the ``.mo``
files the core reads, and check that every catalogue has every key with the same
placeholders. Run as ``python -m preventionkit.messages compile|check [LOCALE_DIR]``."""

from __future__ import annotations

import gettext
import io
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Problem", "check", "compile_catalogues", "mo_bytes", "placeholders", "po_files"]

_LOCALE_DIR = Path(__file__).parent / "locale"
_FIELD = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)\}(?!\})")


@dataclass(frozen=True, slots=True)
class Problem:
    """One defect of a catalogue: which file, which key, what is wrong."""

    file: Path
    key: str
    what: str

    def __str__(self) -> str:
        return f"{self.file}: {self.key}: {self.what}"


def po_files(locale_dir: Path = _LOCALE_DIR) -> list[Path]:
    """Every ``<lang>/LC_MESSAGES/*.po`` under ``locale_dir``, sorted."""
    return sorted(locale_dir.glob("*/LC_MESSAGES/*.po"))


def placeholders(text: str) -> frozenset[str]:
    """The ``{name}`` fields of a template."""
    return frozenset(_FIELD.findall(text))


def mo_bytes(po: Path) -> bytes:
    """The compiled ``.mo`` of ``po``, as Babel writes it."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as fh:
        catalog = read_po(fh, locale=po.parent.parent.name)
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def compile_catalogues(locale_dir: Path = _LOCALE_DIR) -> list[Path]:
    """Write the ``.mo`` beside each ``.po`` under ``locale_dir``; returns the files written."""
    written = []
    for po in po_files(locale_dir):
        mo = po.with_suffix(".mo")
        data = mo_bytes(po)
        if not mo.exists() or mo.read_bytes() != data:
            mo.write_bytes(data)
            written.append(mo)
    return written


def _entries(po: Path) -> dict[str, tuple[str, ...]]:
    from babel.messages.pofile import read_po

    with po.open("rb") as fh:
        catalog = read_po(fh, locale=po.parent.parent.name)
    out: dict[str, tuple[str, ...]] = {}
    for m in catalog:
        if not m.id:
            continue
        key = m.id[0] if isinstance(m.id, tuple | list) else m.id
        strings = m.string if isinstance(m.string, tuple | list) else (m.string,)
        out[str(key)] = tuple(str(s) for s in strings)
    return out


def _stale(po: Path, entries: dict[str, tuple[str, ...]]) -> Iterator[Problem]:
    """Keys whose compiled ``.mo`` text differs from the ``.po`` source (compared by what
    :mod:`gettext` reads, not byte for byte, so a newer Babel's layout does not matter)."""
    mo = po.with_suffix(".mo")
    if not mo.exists():
        yield Problem(po, "", "no .mo file: run python -m preventionkit.messages compile")
        return
    with mo.open("rb") as fh:
        compiled = gettext.GNUTranslations(fh)
    for key, strings in entries.items():
        got = (
            (compiled.gettext(key),)
            if len(strings) == 1
            else tuple(compiled.ngettext(key, key, n) for n in (1, 2))
        )
        if got != strings[:2]:
            yield Problem(
                po, key, "the .mo file is out of date: run python -m preventionkit.messages compile"
            )


def check(locale_dir: Path = _LOCALE_DIR, reference: str = "en") -> Iterator[Problem]:
    """Every problem of the catalogues under ``locale_dir``, each measured against the
    ``reference`` language's catalogue of the same domain: keys missing or extra, empty translations, placeholders that
    differ, and ``.mo`` files out of date."""
    files = po_files(locale_dir)
    # One catalogue per domain (file name) and language: each is measured against the
    # reference language's catalogue of the same domain.
    refs = {po.name: po for po in files if po.parent.parent.name == reference}
    for po in files:
        ref_file = refs.get(po.name)
        ref = _entries(ref_file) if ref_file else {}
        entries = _entries(po)
        for key, strings in entries.items():
            if any(not s for s in strings):
                yield Problem(po, key, "empty translation")
            if key in ref:
                want = placeholders(" ".join(ref[key]))
                for s in strings:
                    got = placeholders(s)
                    if len(strings) > 1:
                        # A plural form may leave the count out ("One cell ..."); every
                        # other placeholder must be there.
                        got, want = got | {"n"}, want | {"n"}
                    if got != want:
                        yield Problem(
                            po, key, f"placeholders {sorted(placeholders(s))} != {sorted(want)}"
                        )
            elif ref_file is not None and po != ref_file:
                yield Problem(po, key, f"not in the {reference} catalogue")
        for key in ref.keys() - entries.keys():
            yield Problem(po, key, "missing")
        yield from _stale(po, entries)


def main(argv: list[str] | None = None) -> int:
    """``compile`` or ``check`` the catalogues (of the package, or of a locale folder)."""
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] not in ("compile", "check"):
        print("usage: python -m preventionkit.messages compile|check [LOCALE_DIR]")
        return 2
    folder = Path(args[1]) if len(args) > 1 else _LOCALE_DIR
    if args[0] == "compile":
        for path in compile_catalogues(folder):
            print(f"wrote {path}")
        return 0
    problems = list(check(folder))
    for p in problems:
        print(p)
    return 1 if problems else 0
