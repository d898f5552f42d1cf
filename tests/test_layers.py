"""The package's imports point down the layers of FOUNDATION/design.md and form no cycle.

The import graph is read from the source with :mod:`ast` (every ``import`` and ``from ...
import``, also those inside functions, since a lazy import is still a dependency; only the
blocks under ``if TYPE_CHECKING:`` are left out, as they never run). Cycles are looked for with
networkx: between areas (every import), and between modules (imports that run when the module
is imported; a lazy import inside a function of the same area cannot leave a module
half-initialised).
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

import preventionkit

ROOT = Path(preventionkit.__file__).parent

LAYERS: tuple[frozenset[str], ...] = (
    frozenset(
        {"_version", "entrypoints", "data", "messages", "errors", "plugins", "escape", "output"}
    ),
    frozenset({"vocab"}),
    frozenset({"model"}),
    frozenset({"io", "catalogue"}),
    frozenset({"graph"}),
    frozenset({"rules"}),
    frozenset({"scenarios", "examples"}),
    frozenset({"packs", "frameworks"}),
    frozenset({"cli", "report", "rules.formats", "testing", "__main__", ""}),
)
"""Lowest first: a module may import from its own layer or a lower one, never a higher one."""


def _module_name(path: Path) -> str:
    parts = ["preventionkit", *path.relative_to(ROOT).with_suffix("").parts]
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST, *, lazy: bool = True) -> list[ast.Import | ast.ImportFrom]:
    found: list[ast.Import | ast.ImportFrom] = []
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node):
            stack.extend(node.orelse)
            continue
        if not lazy and isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            continue
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        stack.extend(ast.iter_child_nodes(node))
    return found


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(ROOT.rglob("*.py"))}


def _graph(*, lazy: bool = True) -> nx.DiGraph:
    modules = _modules()
    graph: nx.DiGraph = nx.DiGraph()
    graph.add_nodes_from(modules)
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in _imports(ast.parse(path.read_text(encoding="utf-8")), lazy=lazy):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            else:
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    module = ".".join([*base, *([node.module] if node.module else [])])
                else:
                    module = node.module or ""
                # ``from .pkg import sub`` depends on the submodule when ``sub`` is one.
                targets = [
                    f"{module}.{a.name}" if f"{module}.{a.name}" in modules else module
                    for a in node.names
                ]
            for target in targets:
                if target in modules and target != name:
                    graph.add_edge(name, target)
    return graph


def _area(module: str) -> str:
    parts = module.split(".")[1:]
    if parts[:2] == ["rules", "formats"]:
        return "rules.formats"
    return parts[0] if parts else ""


def _layer(module: str) -> int:
    area = _area(module)
    for i, layer in enumerate(LAYERS):
        if area in layer:
            return i
    raise AssertionError(f"{module} belongs to no layer; add {area!r} to LAYERS")


def _is_package_edge(source: str, target: str) -> bool:
    """A module importing a name from its own package: Python has imported that package
    before the module anyway, so the edge adds no order of its own."""
    return source.startswith(target + ".")


def test_every_module_belongs_to_a_layer() -> None:
    for module in _modules():
        _layer(module)


def test_no_import_points_up_a_layer() -> None:
    upward = sorted(f"{a} -> {b}" for a, b in _graph().edges if _layer(a) < _layer(b))
    assert upward == []


def test_the_package_has_no_import_cycle() -> None:
    graph = _graph(lazy=False)
    graph.remove_edges_from([(a, b) for a, b in list(graph.edges) if _is_package_edge(a, b)])
    cycles = [sorted(c) for c in nx.strongly_connected_components(graph) if len(c) > 1]
    assert cycles == []


def test_the_layers_have_no_cycle_between_areas() -> None:
    areas: nx.DiGraph = nx.DiGraph()
    for a, b in _graph().edges:
        if _area(a) != _area(b):
            areas.add_edge(_area(a), _area(b))
    assert list(nx.simple_cycles(areas)) == []


@pytest.mark.parametrize("module", ["preventionkit.model._index", "preventionkit.model.plan"])
def test_the_model_does_not_import_the_catalogue(module: str) -> None:
    assert not [t for t in _graph().successors(module) if _area(t) == "catalogue"]


def _private(module: str) -> bool:
    return any(p.startswith("_") and p != "_version" for p in module.split(".")[1:])


def test_no_private_module_is_shared_across_areas() -> None:
    """A helper one area needs from another has a public home (issue 14 item 6)."""
    shared = sorted(
        f"{a} -> {b}"
        for a, b in _graph().edges
        if _private(b) and _area(a) != _area(b) and not b.endswith("._version")
    )
    assert shared == []
