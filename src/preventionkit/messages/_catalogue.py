"""The gettext catalogues: the built-in ``sv``, ``en`` and ``nb`` ones shipped with the
package, and any a third party installs through the ``preventionkit.locales`` entry points.

Catalogues are compiled ``.mo`` files read with the standard library's :mod:`gettext`, so the
core renders text without Babel; the ``.po`` sources are managed with Babel
(``python -m preventionkit.messages compile``) and a test keeps the two equal.
"""

from __future__ import annotations

import gettext
import os
from functools import cache
from importlib import import_module
from pathlib import Path

from .. import entrypoints

__all__ = [
    "BUILTIN_LANGUAGES",
    "DOMAIN",
    "ENTRY_POINT_GROUP",
    "ENV_VAR",
    "UnknownLanguageError",
    "available_languages",
    "check_lang",
    "clear_caches",
    "default_lang",
    "translations",
]

DOMAIN = "preventionkit"
"""The gettext domain of the built-in catalogue (``locale/<lang>/LC_MESSAGES/preventionkit.mo``)."""

ENTRY_POINT_GROUP = "preventionkit.locales"
"""Entry points in this group name an importable package whose folder holds ``locale/<lang>/
LC_MESSAGES/*.mo``: its catalogues are searched after the built-in one."""

ENV_VAR = "PREVENTIONKIT_LANG"
"""The environment variable that sets the default language (read at each call)."""

BUILTIN_LANGUAGES: tuple[str, ...] = ("en", "nb", "sv")
"""The languages shipped with the package: English, Norwegian bokmål and Swedish."""

DEFAULT_LANG = "en"

_LOCALE_DIR = Path(__file__).parent / "locale"


class UnknownLanguageError(ValueError):
    """A language no installed catalogue provides."""

    def __init__(self, lang: object, available: tuple[str, ...]) -> None:
        self.lang = lang
        self.available = available
        super().__init__(
            f"no catalogue for the language {lang!r}; available: {', '.join(available)}"
        )


@cache
def _third_party_dirs() -> tuple[Path, ...]:
    """The ``locale`` folders of the packages registered under :data:`ENTRY_POINT_GROUP`,
    in entry-point name order. Read once (each read scans every installed distribution's
    metadata), until :func:`clear_caches`."""
    dirs: list[Path] = []
    points = entrypoints.in_group(ENTRY_POINT_GROUP)  # the scan packs are read from too
    for ep in sorted(points, key=lambda e: (e.name, e.value)):
        module = import_module(ep.value)
        files = getattr(module, "__file__", None)
        if files is None:
            continue
        folder = Path(files).parent / "locale"
        if folder.is_dir():
            dirs.append(folder)
    return tuple(dirs)


def _mo_files(folder: Path, lang: str) -> list[Path]:
    return sorted((folder / lang / "LC_MESSAGES").glob("*.mo"))


@cache
def available_languages() -> tuple[str, ...]:
    """Every language with a catalogue: the built-in ones and those installed by third
    parties, sorted."""
    langs = set(BUILTIN_LANGUAGES)
    for folder in _third_party_dirs():
        for sub in folder.iterdir():
            if sub.is_dir() and _mo_files(folder, sub.name):
                langs.add(sub.name)
    return tuple(sorted(langs))


def check_lang(lang: object) -> str:
    """``lang`` when a catalogue provides it, else :class:`UnknownLanguageError`."""
    available = available_languages()
    if not isinstance(lang, str) or lang not in available:
        raise UnknownLanguageError(lang, available)
    return lang


def default_lang() -> str:
    """The library's default language: ``PREVENTIONKIT_LANG`` when set, else ``"en"``."""
    value = os.environ.get(ENV_VAR, "").strip()
    return check_lang(value) if value else DEFAULT_LANG


@cache
def translations(lang: str) -> gettext.NullTranslations:
    """The catalogue chain of ``lang``: the built-in catalogue first, then third parties'.

    A language only a third party provides falls back to English for keys its catalogue
    does not have yet (a partial translation still renders whole sentences); the built-in
    languages are complete, which a test checks."""
    check_lang(lang)
    files = _mo_files(_LOCALE_DIR, lang)
    for folder in _third_party_dirs():
        files.extend(_mo_files(folder, lang))
    chain: gettext.NullTranslations | None = None
    for path in files:
        with path.open("rb") as fh:
            catalogue = gettext.GNUTranslations(fh)
        if chain is None:
            chain = catalogue
        else:
            chain.add_fallback(catalogue)
    if chain is None:
        chain = gettext.NullTranslations()
    if lang not in BUILTIN_LANGUAGES:
        chain.add_fallback(translations(DEFAULT_LANG))
    return chain


def clear_caches() -> None:
    """Forget the catalogues read so far (after installing or removing a language pack)."""
    entrypoints.forget()
    _third_party_dirs.cache_clear()
    available_languages.cache_clear()
    translations.cache_clear()
