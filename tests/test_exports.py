"""The public API is deliberate: ``__all__`` is the sorted set of public names, every name
resolves, static type checkers see the same names, and nothing private leaks (as httpx's
``test_exported_members`` and pydantic's ``test_exports`` keep theirs)."""

from __future__ import annotations

import ast
import importlib
import importlib.metadata
import inspect
import pkgutil
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


# --- a small surface (issue 14 item 5) -------------------------------------------------------

MOVED: dict[str, tuple[str, str]] = pk._MOVED


def test_the_top_level_keeps_about_thirty_names() -> None:
    assert 25 <= len(LAZY) <= 35


@pytest.mark.parametrize("name", sorted(MOVED))
def test_a_moved_name_still_works_for_one_release_with_a_deprecation_warning(name: str) -> None:
    home, new = MOVED[name]
    with pytest.warns(DeprecationWarning, match=rf"preventionkit\.{name} is deprecated.*{home}"):
        value = getattr(pk, name)
    assert value is getattr(importlib.import_module(home), new)
    assert new in importlib.import_module(home).__all__
    assert name not in pk.__all__
    assert name not in dir(pk)


def test_moved_names_and_public_names_do_not_overlap() -> None:
    assert not set(MOVED) & set(LAZY)


@pytest.mark.parametrize(
    ("module", "old", "new"),
    [
        ("preventionkit.rules", "Report", "ValidationReport"),
        ("preventionkit.io", "format_text", "format_source"),
    ],
)
def test_renamed_names_warn_and_resolve(module: str, old: str, new: str) -> None:
    package = importlib.import_module(module)
    with pytest.warns(DeprecationWarning, match=rf"{module}\.{old} is deprecated"):
        value = getattr(package, old)
    assert value is getattr(package, new)
    assert old not in package.__all__


def _packages() -> list[ModuleType]:
    found = [pk]
    for info in pkgutil.walk_packages(pk.__path__, "preventionkit."):
        if info.ispkg:
            found.append(importlib.import_module(info.name))
    return found


@pytest.mark.parametrize("package", _packages(), ids=lambda m: m.__name__)
def test_no_submodule_is_shadowed_by_a_name_of_its_package(package: ModuleType) -> None:
    shadowed = []
    for info in pkgutil.iter_modules(package.__path__):
        if info.name == "__main__":
            continue  # a command, run with ``python -m``, not imported
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        if getattr(package, info.name) is not module:
            shadowed.append(info.name)
    assert shadowed == []


def test_no_top_level_name_differs_from_a_subpackage_only_by_case() -> None:
    subpackages = {m.casefold() for m in SUBMODULES}
    clashes = [n for n in pk.__all__ if n.casefold() in subpackages and n not in SUBMODULES]
    assert clashes == []


def test_report_functions_and_plan_formatting_do_not_share_a_name() -> None:
    from preventionkit import io
    from preventionkit.rules import formats

    assert not (set(io.__all__) & set(formats.__all__))
