"""The framework packs: the shipped ones (``data/frameworks/packs/*.json``) and those
installed packs carry (:attr:`preventionkit.rules.Pack.frameworks`), found by id.

The shipped packs are read with pydantic's JSON parser (no code runs, nothing is fetched);
the installed ones come through the one registry of rules, profiles, terms and programmes
(:func:`preventionkit.rules.build_registry`), not a second one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from ..data import shipped_framework_packs
from ..errors import suggest
from ._checks import CHECKS
from ._pack import FrameworkPack

__all__ = ["SHIPPED_PACKS", "FrameworkPackError", "framework_pack", "framework_packs"]

SHIPPED_PACKS: tuple[str, ...] = shipped_framework_packs()
"""The ids of the framework packs shipped with the library."""


class FrameworkPackError(KeyError):
    """No framework pack has the id asked for, or a pack is not well formed (names an
    evidence check the library does not have, or repeats a shipped pack's id). For an unknown
    id, ``unknown`` is the id and ``near`` the closest known one (or None), so a caller can
    word the refusal in the user's language."""

    def __init__(self, message: str, unknown: str | None = None, near: str | None = None) -> None:
        super().__init__(message)
        self.unknown = unknown
        self.near = near

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def _validated(pack: FrameworkPack) -> FrameworkPack:
    for item in pack.items:
        check = item.evidence.check
        if check is not None and check not in CHECKS:
            near = suggest(check, sorted(CHECKS))
            hint = f"; did you mean {near!r}?" if near else ""
            raise FrameworkPackError(
                f"pack {pack.id!r}, item {item.id!r}: no evidence check {check!r}{hint}"
            )
    return pack


@cache
def _shipped(id: str) -> FrameworkPack:
    data = resources.files("preventionkit.data").joinpath("frameworks", "packs", f"{id}.json")
    return _validated(FrameworkPack.model_validate_json(data.read_bytes()))


def _installed() -> tuple[FrameworkPack, ...]:
    """The framework packs the installed packs carry, through the one registry."""
    from ..rules import build_registry

    registry = build_registry()
    found: list[FrameworkPack] = []
    for pack in registry.packs:
        found.extend(_own(pack.frameworks, pack.name))
    return tuple(found)


def _own(values: Iterable[Any], owner: str) -> list[FrameworkPack]:
    out = []
    for value in values:
        if not isinstance(value, FrameworkPack):
            raise FrameworkPackError(
                f"the pack {owner!r} carries {value!r}, which is not a "
                "preventionkit.frameworks.FrameworkPack"
            )
        out.append(_validated(value))
    return out


def framework_packs(
    extra: Iterable[FrameworkPack] = (), *, installed: bool = True
) -> Mapping[str, FrameworkPack]:
    """Every framework pack by id: the shipped ones, those of installed packs (when
    ``installed``) and ``extra``. Two different packs with one id are a
    :class:`FrameworkPackError`; the same pack twice is kept once."""
    packs: dict[str, FrameworkPack] = {id: _shipped(id) for id in SHIPPED_PACKS}
    more = [*(_installed() if installed else ()), *_own(extra, "the caller")]
    for pack in more:
        if pack.id in packs and packs[pack.id] != pack:
            raise FrameworkPackError(f"two different framework packs have the id {pack.id!r}")
        packs[pack.id] = pack
    return MappingProxyType(dict(sorted(packs.items())))


def framework_pack(id: str | FrameworkPack, extra: Iterable[FrameworkPack] = ()) -> FrameworkPack:
    """The framework pack ``id`` (or ``id`` itself when it is a pack); a
    :class:`FrameworkPackError` names the closest id otherwise.

    >>> framework_pack("se-national-strategy-2017").version
    '1.0.0'
    """
    if isinstance(id, FrameworkPack):
        return _validated(id)
    packs = framework_packs(extra)
    if id in packs:
        return packs[id]
    near = suggest(id, list(packs))
    hint = f"did you mean {near!r}? " if near else ""
    raise FrameworkPackError(
        f"no framework pack {id!r}; {hint}the packs: {', '.join(packs)}", unknown=id, near=near
    )
