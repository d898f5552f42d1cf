"""The registry: the built-in pack, the installed packs and those a caller passes, merged into
one set of rules, profiles, vocabulary terms and programmes.

The built-in rules are discovered, not listed: every module of this package named
``pk<3 digits>_<name>`` defines one ``RULE``. Third-party packs come from the entry-point group
``preventionkit.packs`` (:func:`preventionkit.plugins.installed_packs`) or as
:class:`~.pack.Pack` objects. A pack owns its prefix: ``PK`` belongs to the built-in pack, two
packs never share one, and a rule passed on its own must not use another pack's prefix; a clash
is a :class:`~.pack.PackError`, never a rule silently ignored.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING

from .._version import __version__
from ..errors import suggest
from ..model import ProgrammeRecord
from ..plugins import installed_packs
from ..vocab.extra import TermDeclaration
from .pack import BUILTIN_PREFIX, Pack, PackError
from .profiles import BUILTIN_PROFILES, Profile
from .rule import Rule

if TYPE_CHECKING:  # the frameworks layer sits above the rules
    from ..frameworks import FrameworkPack

__all__ = [
    "BUILTIN_PACK_NAME",
    "Registry",
    "build_registry",
    "builtin_pack",
    "get_profile",
    "get_rule",
    "registry",
]

BUILTIN_PACK_NAME = "preventionkit"
"""The name of the pack of built-in rules."""

_RULE_MODULE = re.compile(r"^pk\d{3}_[a-z0-9_]+$")


@cache
def builtin_pack() -> Pack:
    """The built-in rules (prefix ``PK``) and profiles, found by module name."""
    package = importlib.import_module(__package__ or "preventionkit.rules")
    names = sorted(
        m.name for m in pkgutil.iter_modules(package.__path__) if _RULE_MODULE.match(m.name)
    )
    rules = [importlib.import_module(f"{package.__name__}.{name}").RULE for name in names]
    return Pack(
        name=BUILTIN_PACK_NAME,
        version=__version__,
        prefix=BUILTIN_PREFIX,
        rules=tuple(sorted(rules, key=lambda r: r.code)),
        profiles=BUILTIN_PROFILES,
    )


def registry() -> tuple[Rule, ...]:
    """The built-in rules, sorted by code (:func:`build_registry` adds the packs')."""
    return builtin_pack().rules


@dataclass(frozen=True, slots=True)
class Registry:
    """Every rule, profile, extra term, programme and framework pack of a set of packs,
    checked for clashes.

    Built by :func:`build_registry`; ``rules`` are sorted by code, the rest by name or id.
    The shipped framework packs are not here but in :mod:`preventionkit.frameworks`, which
    adds these.
    """

    packs: tuple[Pack, ...]
    rules: tuple[Rule, ...]
    profiles: Mapping[str, Profile]
    terms: tuple[TermDeclaration, ...]
    programmes: Mapping[str, ProgrammeRecord]
    frameworks: Mapping[str, FrameworkPack] = field(default_factory=lambda: MappingProxyType({}))

    def rule(self, code: str) -> Rule:
        """The rule with ``code`` (any case); a ``KeyError`` names the closest code otherwise."""
        wanted = code.strip().upper()
        for rule in self.rules:
            if rule.code == wanted:
                return rule
        near = suggest(wanted, [r.code for r in self.rules])
        extra = f"; did you mean {near!r}?" if near else ""
        raise KeyError(f"no rule has the code {code!r}{extra}")

    def profile(self, name: str | Profile) -> Profile:
        """The profile called ``name``; a ``ValueError`` lists the known names otherwise."""
        if isinstance(name, Profile):
            return name
        try:
            return self.profiles[name]
        except KeyError:
            known = sorted(self.profiles)
            near = suggest(name, known)
            extra = f"did you mean {near!r}? " if near else ""
            raise ValueError(
                f"unknown profile {name!r}; {extra}choose one of {', '.join(known)}"
            ) from None

    def pack_of(self, code: str) -> Pack | None:
        """The pack a rule code belongs to, or None for a rule passed on its own."""
        for pack in self.packs:
            if any(r.code == code for r in pack.rules):
                return pack
        return None

    def select(
        self,
        select: Iterable[str] | str | None = None,
        ignore: Iterable[str] | str | None = None,
    ) -> tuple[Rule, ...]:
        """The rules matching ``select`` (codes or prefixes; all when None) minus those
        matching ``ignore``. A selector no code starts with is a ``ValueError``."""
        chosen = self._selectors(select)
        dropped = self._selectors(ignore) or ()
        return tuple(
            r
            for r in self.rules
            if (chosen is None or any(r.code.startswith(s) for s in chosen))
            and not any(r.code.startswith(s) for s in dropped)
        )

    def _selectors(self, value: Iterable[str] | str | None) -> tuple[str, ...] | None:
        if value is None:
            return None
        items = value.split(",") if isinstance(value, str) else list(value)
        if any(not isinstance(s, str) or not s.strip() for s in items):
            # An empty selector used to select nothing, so no rule ran and the report said ok.
            raise ValueError(
                f"a rule selector is empty or not text: {items!r}; give codes such as 'PK101' "
                "or prefixes such as 'PK2'"
            )
        out = tuple(s.strip().upper() for s in items)
        codes = [r.code for r in self.rules]
        for s in out:
            if not any(c.startswith(s) for c in codes):
                near = suggest(s, codes)
                extra = f"; did you mean {near!r}?" if near else ""
                raise ValueError(f"no rule code starts with {s!r}{extra}")
        return out


def _merge_packs(packs: Iterable[Pack]) -> list[Pack]:
    builtin = builtin_pack()
    merged: list[Pack] = [builtin]
    for pack in packs:
        if not isinstance(pack, Pack):
            raise PackError(f"{pack!r} is not a preventionkit.rules.Pack")
        if pack is builtin or pack in merged:
            continue  # the same pack installed and passed, or passed twice
        if pack.prefix.startswith(BUILTIN_PREFIX):
            raise PackError(
                f"pack {pack.name!r}: the prefix {pack.prefix!r} is reserved for the built-in "
                f"rules (as is every prefix starting with {BUILTIN_PREFIX!r}); choose a prefix "
                "of your own, e.g. 'ACME'"
            )
        owner = next((p for p in merged if p.prefix == pack.prefix), None)
        if owner is not None:
            raise PackError(
                f"packs {owner.name!r} and {pack.name!r} both claim the prefix {pack.prefix!r}"
            )
        merged.append(pack)
    return merged


def _loose_rules(rules: Iterable[Rule], packs: list[Pack]) -> list[Rule]:
    loose: list[Rule] = []
    for rule in rules:
        if not isinstance(rule, Rule):
            raise PackError(f"{rule!r} is not a preventionkit Rule")
        if any(rule is r for r in builtin_pack().rules):
            continue  # a built-in rule passed again
        prefix = rule.code[:-3]
        owner = next((p for p in packs if p.prefix == prefix), None)
        if owner is None and prefix.startswith(BUILTIN_PREFIX):
            owner = builtin_pack()
        if owner is not None:
            reserved = (
                " (reserved for the built-in rules)" if prefix.startswith(BUILTIN_PREFIX) else ""
            )
            raise PackError(
                f"the rule {rule.code!r} uses the prefix {prefix!r} of the pack "
                f"{owner.name!r}{reserved}; give it a prefix of your own, e.g. 'ACME001'"
            )
        loose.append(rule)
    return loose


def build_registry(
    packs: Iterable[Pack] = (), rules: Iterable[Rule] = (), *, installed: bool = True
) -> Registry:
    """The built-in pack, the installed packs (when ``installed``), ``packs`` and the loose
    ``rules``, merged. Raises :class:`~.pack.PackError` on any clash of prefix, code, profile
    name, term, programme id or framework-pack id."""
    found: list[Pack] = []
    if installed:
        for pack in installed_packs():
            if not isinstance(pack, Pack):
                raise PackError(f"the installed pack {pack!r} is not a preventionkit.rules.Pack")
            found.append(pack)
    merged = _merge_packs([*found, *packs])
    loose = _loose_rules(rules, merged)

    by_code: dict[str, Rule] = {}
    for rule in [r for p in merged for r in p.rules] + loose:
        if rule.code in by_code:
            if by_code[rule.code] is rule:
                continue
            raise PackError(f"two different rules have the code {rule.code!r}")
        by_code[rule.code] = rule

    profiles: dict[str, Profile] = {}
    terms: dict[str, TermDeclaration] = {}
    programmes: dict[str, ProgrammeRecord] = {}
    frameworks: dict[str, FrameworkPack] = {}
    for pack in merged:
        for profile in pack.profiles:
            if profile.name in profiles:
                raise PackError(f"pack {pack.name!r} repeats the profile {profile.name!r}")
            profiles[profile.name] = profile
        for term in pack.terms:
            if term.code in terms and terms[term.code] != term:
                raise PackError(f"pack {pack.name!r} repeats the term {term.code!r}")
            terms[term.code] = term
        for programme in pack.programmes:
            if programme.id in programmes:
                raise PackError(f"pack {pack.name!r} repeats the programme {programme.id!r}")
            programmes[programme.id] = programme
        for framework in pack.frameworks:
            if framework.id in frameworks and frameworks[framework.id] != framework:
                raise PackError(f"pack {pack.name!r} repeats the framework pack {framework.id!r}")
            frameworks[framework.id] = framework
    return Registry(
        packs=tuple(merged),
        rules=tuple(sorted(by_code.values(), key=lambda r: r.code)),
        profiles=MappingProxyType(dict(sorted(profiles.items()))),
        terms=tuple(sorted(terms.values(), key=lambda t: t.code)),
        programmes=MappingProxyType(dict(sorted(programmes.items()))),
        frameworks=MappingProxyType(dict(sorted(frameworks.items()))),
    )


def get_rule(code: str) -> Rule:
    """The rule with ``code`` (e.g. ``"PK201"``) among the built-in and installed rules;
    ``KeyError`` if there is none."""
    wanted = code.strip().upper()
    for rule in registry():
        if rule.code == wanted:
            return rule
    return build_registry().rule(code)


def get_profile(name: str | Profile) -> Profile:
    """The profile called ``name`` among the built-in and installed ones; a ``ValueError``
    lists the known names otherwise."""
    if isinstance(name, Profile):
        return name
    for profile in BUILTIN_PROFILES:
        if profile.name == name:
            return profile
    return build_registry().profile(name)
