"""The public API is deliberate: ``__all__`` is the sorted set of public names, every name
resolves, static type checkers see the same names, and nothing private leaks (as httpx's
``test_exported_members`` and pydantic's ``test_exports`` keep theirs)."""

from __future__ import annotations

import ast
import importlib
import importlib.metadata
import inspect
from pathlib import Path
from types import ModuleType

import pytest

import preventionkit as pk

INIT = Path(pk.__file__)
LAZY: dict[str, str] = pk._LAZY
SUBMODULES: frozenset[str] = pk._SUBMODULES


def test_all_is_sorted_and_unique() -> None:
    assert pk.__all__ == sorted(pk.__all__)
    assert len(pk.__all__) == len(set(pk.__all__))


def test_all_is_exactly_the_lazy_table_and_the_version() -> None:
    assert set(pk.__all__) == {*LAZY, "__version__"}


def test_no_private_name_is_exported() -> None:
    assert [n for n in pk.__all__ if n.startswith("_") and n != "__version__"] == []
    assert [n for n in SUBMODULES if n.startswith("_")] == []


@pytest.mark.parametrize("name", sorted(LAZY))
def test_every_public_name_resolves_to_the_named_module_s_export(name: str) -> None:
    value = getattr(pk, name)
    module = importlib.import_module(LAZY[name])
    assert value is getattr(module, name)
    assert name in module.__all__, f"{LAZY[name]} does not list {name} in its __all__"
    if inspect.isclass(value) or inspect.isfunction(value):
        assert value.__module__.startswith("preventionkit.")


@pytest.mark.parametrize("name", sorted(SUBMODULES))
def test_every_subpackage_is_reachable_and_declares_its_api(name: str) -> None:
    module = getattr(pk, name)
    assert isinstance(module, ModuleType)
    assert module.__name__ == f"preventionkit.{name}"
    exported = list(module.__all__)
    assert len(exported) == len(set(exported)), f"preventionkit.{name}.__all__ repeats a name"
    assert [n for n in exported if not hasattr(module, n)] == []
    assert [n for n in exported if n.startswith("_")] == []


def test_dir_lists_the_public_api_only() -> None:
    assert dir(pk) == sorted({*pk.__all__, *SUBMODULES})
    for helper in ("importlib", "Any", "TYPE_CHECKING", "annotations"):
        assert helper not in dir(pk)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="module 'preventionkit' has no attribute 'nope'"):
        pk.nope  # type: ignore[attr-defined]  # noqa: B018
    assert not hasattr(pk, "ActionPlna")


def _names_seen_by_type_checkers() -> tuple[set[str], set[str]]:
    """Names imported under ``if TYPE_CHECKING:`` in ``__init__``: (names, submodules)."""
    tree = ast.parse(INIT.read_text(encoding="utf-8"))
    names: set[str] = set()
    modules: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            for statement in node.body:
                assert isinstance(statement, ast.ImportFrom)
                imported = {alias.asname or alias.name for alias in statement.names}
                if statement.module is None:
                    modules |= imported
                else:
                    names |= imported
    return names, modules


def test_type_checkers_see_the_same_names_as_the_lazy_table() -> None:
    names, modules = _names_seen_by_type_checkers()
    assert names == set(LAZY), "add the name to both _LAZY and the TYPE_CHECKING imports"
    assert modules == set(SUBMODULES)


def test_version_matches_the_installed_distribution() -> None:
    assert pk.__version__ == importlib.metadata.version("preventionkit")
    assert pk.__version__[0].isdigit()


def test_the_package_is_typed() -> None:
    assert (INIT.parent / "py.typed").exists()
