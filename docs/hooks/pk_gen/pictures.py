"""Pictures generated from the embedded Umeå example: its chain of governance as a Mermaid
diagram and its coverage heat map as a PNG image."""

from __future__ import annotations

from typing import Any

from ._registry import optional

__all__ = [
    "CHAIN_PNG",
    "COVERAGE_PNG",
    "coverage_heatmap_png",
    "picture_files",
    "umea_chain_mermaid",
    "umea_chain_png",
    "umea_coverage_image",
]

COVERAGE_PNG = "assets/generated/umea-coverage.png"
CHAIN_PNG = "assets/generated/umea-chain.png"


def _umea() -> Any | None:
    examples: Any = optional("preventionkit.examples")
    if examples is None:
        return None
    return examples.load("umea")


def umea_chain_mermaid() -> str:
    """The Umeå chain of governance: the drawing from ``preventionkit.graph.draw`` and, folded
    away, the Mermaid flowchart from ``preventionkit.graph.to_mermaid``."""
    graph: Any = optional("preventionkit.graph")
    plan = _umea()
    to_mermaid = getattr(graph, "to_mermaid", None)
    if to_mermaid is None or plan is None:
        return (
            '!!! warning "Not in this build"\n'
            '    The diagram is drawn from `pk.examples.load("umea")` with '
            "`preventionkit.graph`, which this build of the library lacks.\n"
        )
    out = []
    if getattr(graph, "draw", None) is not None:
        out += [
            f"[![The chain of governance of Umeå's plan, from the council down to the "
            f"activities](../{CHAIN_PNG})](../{CHAIN_PNG})",
            "",
            "*Open the drawing in full size to read every box.*",
            "",
        ]
    text = to_mermaid(plan, lang="en")
    body = "\n".join(f"    {line}" if line else "" for line in text.strip().splitlines())
    out += [
        '??? example "The same chain as a Mermaid flowchart (`preventionkit graph --format mermaid`)"',
        "",
        "    ```mermaid",
        body,
        "    ```",
        "",
    ]
    return "\n".join(out)


def umea_chain_png(plan: Any) -> bytes:
    """The Umeå chain of governance drawn by ``preventionkit.graph.draw``, as PNG bytes."""
    import tempfile
    from pathlib import Path

    from preventionkit import graph

    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "chain.png"
        graph.draw(plan, target, lang="en", dpi=110)
        return target.read_bytes()


def umea_coverage_image() -> str:
    """The Markdown image of the Umeå coverage heat map (a page in ``concepts/``)."""
    if _umea() is None:
        return (
            '!!! warning "Not in this build"\n'
            '    The heat map is drawn from `pk.examples.load("umea")`, which this build of '
            "the library lacks.\n"
        )
    return (
        "![Coverage heat map of Umeå's plan: activities per prevention level and "
        f"social-ecological level](../{COVERAGE_PNG})\n"
    )


def coverage_heatmap_png(plan: Any, title: str) -> bytes:
    """A heat map of activities per prevention level × social-ecological level, as PNG bytes."""
    import io

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    import preventionkit as pk
    from preventionkit.vocab import EcologicalLevel, PreventionLevel

    rows = list(PreventionLevel)
    cols = list(EcologicalLevel)
    cells = pk.coverage(plan).counts()
    counts = [[cells[(p, e)] for e in cols] for p in rows]
    fig, ax = plt.subplots(figsize=(8.0, 3.6), dpi=120)
    image = ax.imshow(counts, cmap="Purples", vmin=0)
    ax.set_xticks(range(len(cols)), [f"{c.label('en')}\n({c.label('sv')})" for c in cols])
    ax.set_yticks(range(len(rows)), [f"{r.label('en')} ({r.label('sv')})" for r in rows])
    for i, row in enumerate(counts):
        for j, n in enumerate(row):
            peak = max(max(r) for r in counts) or 1
            ax.text(
                j, i, str(n), ha="center", va="center", color="white" if n > peak / 2 else "black"
            )
    ax.set_title(title, fontsize=10)
    from matplotlib.ticker import MaxNLocator

    bar = fig.colorbar(image, ax=ax, label="activities")
    bar.locator = MaxNLocator(integer=True)
    bar.update_ticks()
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", metadata={"Software": None})
    plt.close(fig)
    return buffer.getvalue()


def picture_files() -> dict[str, bytes]:
    """The generated images (none while the Umeå example is not installed)."""
    plan = _umea()
    if plan is None:
        return {}
    files = {
        COVERAGE_PNG: coverage_heatmap_png(
            plan, "Umeå: activities per prevention level × social-ecological level"
        )
    }
    graph: Any = optional("preventionkit.graph")
    if getattr(graph, "draw", None) is not None:
        files[CHAIN_PNG] = umea_chain_png(plan)
    return files
