"""Rule packs: what a distribution (or the caller) adds — rules, profiles, vocabulary terms,
programmes and framework packs — under a code prefix it owns.

The built-in rules form the pack ``preventionkit`` with the prefix ``PK``, which no other pack
may use. A third-party pack picks its own prefix (``ACME`` gives codes ``ACME001``...), is
installed through the entry-point group ``preventionkit.packs`` (see
:mod:`preventionkit.plugins`) or passed to :func:`~preventionkit.rules.validate` directly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import PreventionKitError
from ..model import ProgrammeRecord
from ..vocab.extra import TermDeclaration
from .profiles import Profile
from .rule import Rule

if TYPE_CHECKING:  # the frameworks layer sits above the rules; a pack only carries its data
    from ..frameworks import FrameworkPack

__all__ = ["BUILTIN_PREFIX", "PREFIX_PATTERN", "Pack", "PackError"]

PREFIX_PATTERN = r"^[A-Z]{1,10}$"
"""A pack's prefix: one to ten upper-case letters; with the three digits of a rule number it
gives :data:`~preventionkit.rules.rule.CODE_PATTERN`."""

BUILTIN_PREFIX = "PK"
"""The prefix of the built-in rules, reserved for them (and so is every prefix starting with
it, so that selecting ``PK`` never picks a third party's rule)."""

_PREFIX = re.compile(PREFIX_PATTERN)


class PackError(PreventionKitError, ValueError):
    """A pack is not well formed, or clashes with another: a reserved or repeated prefix, a
    rule code outside the pack's prefix, a repeated rule code or profile name."""


@dataclass(frozen=True, slots=True)
class Pack:
    """A named, versioned set of rules, profiles, vocabulary terms, programmes and framework
    packs (:class:`~preventionkit.frameworks.FrameworkPack`, issue 17) that owns a rule-code
    prefix.

    >>> from preventionkit.rules import Pack
    >>> Pack(name="acme", version="1.0", prefix="ACME").prefix
    'ACME'
    """

    name: str
    version: str
    prefix: str
    rules: tuple[Rule, ...] = ()
    profiles: tuple[Profile, ...] = ()
    terms: tuple[TermDeclaration, ...] = ()
    programmes: tuple[ProgrammeRecord, ...] = ()
    frameworks: tuple[FrameworkPack, ...] = ()

    def __post_init__(self) -> None:
        for name in ("rules", "profiles", "terms", "programmes", "frameworks"):
            value = getattr(self, name)
            if not isinstance(value, tuple):
                object.__setattr__(self, name, tuple(value))
        if not _PREFIX.match(self.prefix):
            raise PackError(
                f"pack {self.name!r}: the prefix {self.prefix!r} is not one to ten upper-case "
                "letters, e.g. 'ACME'"
            )
        for rule in self.rules:
            if not isinstance(rule, Rule):
                raise PackError(f"pack {self.name!r}: {rule!r} is not a preventionkit Rule")
            number = rule.code[len(self.prefix) :]
            if not rule.code.startswith(self.prefix) or not number.isdigit():
                raise PackError(
                    f"pack {self.name!r} owns the prefix {self.prefix!r}, but its rule "
                    f"{rule.code!r} does not start with it; name it e.g. "
                    f"{self.prefix}{rule.code[-3:]}"
                )
        _unique(self.name, "rule code", [r.code for r in self.rules])
        _unique(self.name, "profile", [p.name for p in self.profiles])
        _unique(self.name, "term", [t.code for t in self.terms])
        _unique(self.name, "programme", [p.id for p in self.programmes])
        for framework in self.frameworks:
            # Checked by shape here (the frameworks layer sits above this one); the
            # frameworks layer checks the type when it reads the pack.
            if not isinstance(getattr(framework, "id", None), str) or not hasattr(
                framework, "items"
            ):
                raise PackError(
                    f"pack {self.name!r}: {framework!r} is not a "
                    "preventionkit.frameworks.FrameworkPack"
                )
        _unique(self.name, "framework pack", [f.id for f in self.frameworks])


def _unique(pack: str, what: str, names: list[str]) -> None:
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise PackError(f"pack {pack!r} declares the {what} {name!r} twice")
        seen.add(name)
