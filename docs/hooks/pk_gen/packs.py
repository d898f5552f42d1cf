"""The framework-pack reference: an index of the shipped packs and one page per pack listing
every item with its source wording, citation and the evidence that answers it, generated from
``preventionkit.frameworks`` (issue 17)."""

from __future__ import annotations

from typing import Any

from ._md import cell
from ._registry import optional

__all__ = ["pack_pages"]

FOLDER = "reference/packs"


def _citation(c: Any) -> str:
    where = ", ".join(x for x in (c.section, f"p. {c.page}" if c.page else None) if x)
    text = f"{c.publisher} ({c.year}), *{c.title}*"
    if where:
        text += f", {where}"
    if c.url:
        text += f", <{c.url}>"
    return text


def _pack_page(pack: Any) -> str:
    out = [
        f"# {pack.id}: {pack.title.en}",
        "",
        f"Version **{pack.version}**. Source: {cell(_citation(pack.source))}.",
        "",
        f"> {cell(pack.source.wording)}",
        "",
        "Grading scale: "
        + ", ".join(
            f"`{g.code}` ({g.labels.en}"
            + (f", score {g.score:g}" if g.score is not None else ", no score")
            + ")"
            for g in pack.scale.levels
        )
        + ".",
        "",
        "| item | kind | label | source wording | citation | evidence in a plan |",
        "|---|---|---|---|---|---|",
    ]
    for item in pack.items:
        ev = item.evidence
        evidence = ev.describes.en
        if ev.check:
            evidence += f" (check `{ev.check}`"
            evidence += ", approximate crosswalk)" if ev.approximate else ")"
        else:
            evidence += " (answered in the plan's `checklist`)"
        label = item.labels.en + (f" / {item.labels.sv}" if item.labels.sv else "")
        out.append(
            "| "
            + " | ".join(
                [
                    f"`{pack.key(item)}`",
                    item.kind,
                    cell(label),
                    cell(f"“{item.citation.wording}”"),
                    cell(_citation(item.citation)),
                    cell(evidence),
                ]
            )
            + " |"
        )
    out += _crosswalk(pack)
    out += _not_included(pack)
    out.append("")
    return "\n".join(out)


def _not_included(pack: Any) -> list[str]:
    """What of the framework the pack leaves out because its public text could not be read."""
    left_out = getattr(pack, "not_included", ())
    if not left_out:
        return []
    out = [
        "",
        "## Not included",
        "",
        "These parts of the framework are not items of this pack: their public text could not "
        "be read in full, and the pack invents no item. A plan is not graded on them.",
        "",
        "| what | source | why |",
        "|---|---|---|",
    ]
    for n in left_out:
        out.append(f"| {cell(n.what)} | {cell(n.source)} | {cell(n.reason)} |")
    return out


def _crosswalk(pack: Any) -> list[str]:
    """The approximate items' crosswalk: which terms of the library's vocabularies and which
    catalogue programmes count towards each."""
    rows = [
        (item, field, values)
        for item in pack.items
        if item.evidence.approximate and item.evidence.check == "activities_matching"
        for field, values in item.evidence.params.items()
    ]
    if not rows:
        return []
    out = [
        "",
        "## Crosswalk (approximate)",
        "",
        "The library's vocabularies and programme catalogue are not this framework's words, so "
        "these items are read through a crosswalk of the library's own making: an activity "
        "with any of these terms counts towards the item. The sources state no such mapping; "
        "treat the answers as a first reading to confirm, not a coding.",
        "",
        "| item | activity field | terms |",
        "|---|---|---|",
    ]
    for item, field, values in rows:
        terms = ", ".join(f"`{v}`" for v in ((values,) if isinstance(values, str) else values))
        out.append(f"| {cell(item.labels.en)} | `{field}` | {terms} |")
    return out


def pack_pages() -> dict[str, str]:
    """The pack index and one page per shipped pack; nothing while frameworks are missing."""
    module: Any = optional("preventionkit.frameworks")
    if module is None or not hasattr(module, "framework_packs"):
        return {}
    packs = module.framework_packs(installed=False)
    index = [
        "# Framework packs",
        "",
        "The guidance a plan can say it follows (`follows:` in a format-2 plan) and be graded "
        "against with `preventionkit assess` or `pk.frameworks.assess_pack`. Every item "
        "quotes its public source and says what in a plan answers it; answers that rest on "
        "a crosswalk between the library's vocabularies and a framework's strategies are "
        "marked *approximate*. [Tutorial 7](../../tutorials/07-framework-packs.md) shows how "
        "to use them and [tutorial 8](../../tutorials/08-write-a-pack.md) how to write one.",
        "",
        "| pack | version | title | items |",
        "|---|---|---|---:|",
    ]
    pages: dict[str, str] = {}
    for pack in packs.values():
        index.append(
            f"| [{pack.id}]({pack.id}.md) | {pack.version} | {cell(pack.title.en)} "
            f"| {len(pack.items)} |"
        )
        pages[f"{FOLDER}/{pack.id}.md"] = _pack_page(pack)
    index.append("")
    pages[f"{FOLDER}/index.md"] = "\n".join(index)
    return pages
