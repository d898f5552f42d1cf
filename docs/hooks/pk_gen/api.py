"""The Python API reference: one mkdocstrings page per public subpackage that is installed."""

from __future__ import annotations

from ._md import cell, first_line
from ._registry import optional

__all__ = ["SUBPACKAGES", "api_pages"]

INDEX = "reference/api/index.md"

SUBPACKAGES: tuple[tuple[str, str], ...] = (
    ("messages", "Messages and languages"),
    ("vocab", "Vocabularies"),
    ("model", "Model"),
    ("io", "Loading and saving"),
    ("errors", "Errors"),
    ("plugins", "Installed packs"),
    ("rules", "Rules and reports"),
    ("graph", "Responsibility graph"),
    ("scenarios", "Scenarios"),
    ("examples", "Embedded examples"),
    ("catalogue", "Programme catalogue"),
    ("frameworks", "Frameworks"),
    ("testing", "Testing helpers"),
    ("report", "Reports"),
)
"""The subpackages documented, in the order of the layers (bottom first), with page titles."""

_SUBMODULES: dict[str, tuple[str, ...]] = {"io": ("io.xlsx",)}
"""Public modules shown on their parent's page: spreadsheets on the io page (issue 19)."""


def api_pages() -> dict[str, str]:
    """The API index (every name ``import preventionkit as pk`` offers) and a page per subpackage."""
    import preventionkit as pk

    present = [(name, title) for name, title in SUBPACKAGES if optional(f"preventionkit.{name}")]
    out = [
        "# Python API",
        "",
        "Everything below is importable as `import preventionkit as pk`. The top-level names "
        "are imported lazily: `import preventionkit` stays light and never imports YAML "
        "libraries, typer, rich, matplotlib or pandas until you use them.",
        "",
        "| name | defined in | what it is |",
        "|---|---|---|",
    ]
    for name in sorted(n for n in pk.__all__ if not n.startswith("_")):
        value = getattr(pk, name)
        module = getattr(value, "__module__", "preventionkit")
        sub = module.split(".")[1] if module.count(".") >= 1 else ""
        link = f"[`{module}`]({sub}.md)" if sub in dict(present) else f"`{module}`"
        out.append(f"| `pk.{name}` | {link} | {cell(first_line(getattr(value, '__doc__', '')))} |")
    out += ["", "## Subpackages", ""]
    out += [f"- [{title}]({name}.md): `preventionkit.{name}`" for name, title in present]
    pages = {INDEX: "\n".join(out) + "\n"}
    for name, title in present:
        page = f"# {title}\n\n::: preventionkit.{name}\n"
        for sub in _SUBMODULES.get(name, ()):
            if optional(f"preventionkit.{sub}"):
                page += f"\n::: preventionkit.{sub}\n"
        pages[f"reference/api/{name}.md"] = page
    return pages
