"""The plan-format reference, generated from the JSON Schema (``preventionkit.io.schema()``)."""

from __future__ import annotations

import json
from typing import Any

from ._md import cell

__all__ = ["plan_format_pages", "type_of"]

PATH = "reference/plan-format.md"
SCHEMA_PATH = "schemas/plan.schema.json"


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def type_of(prop: dict[str, Any], defs: dict[str, Any]) -> str:
    """A short, linked description of a schema property's type, e.g. ``list of [Actor](#actor)``."""
    if "$ref" in prop:
        name = _ref_name(prop["$ref"])
        target = defs.get(name, {})
        if "enum" in target:
            return f"[{name}](../concepts/glossary.md#{name.lower()})"
        return f"[{name}](#{name.lower()})"
    if "anyOf" in prop and any("examples" in p and "2019" in p["examples"] for p in prop["anyOf"]):
        nullable = any(p.get("type") == "null" for p in prop["anyOf"])
        return "date (`2019-06-17`, `2019-06` or `2019`)" + (" or null" if nullable else "")
    if "anyOf" in prop:
        parts = [type_of(p, defs) for p in prop["anyOf"] if p.get("type") != "null"]
        nullable = any(p.get("type") == "null" for p in prop["anyOf"])
        text = " or ".join(dict.fromkeys(parts))
        return f"{text} or null" if nullable else text
    if "const" in prop:
        return f"`{json.dumps(prop['const'])}`"
    if "enum" in prop:
        return " \\| ".join(f"`{v}`" for v in prop["enum"])
    kind = prop.get("type")
    if kind == "array":
        return f"list of {type_of(prop.get('items', {}), defs)}"
    if kind == "string" and "id of another record" in prop.get("description", ""):
        return "id of a record"
    if kind == "string" and "pattern" in prop and prop.get("maxLength") == 128:
        return "id"
    if kind == "string" and "format" in prop:
        return f"string ({prop['format']})"
    if isinstance(kind, str):
        return kind
    return "any"


def _table(definition: dict[str, Any], defs: dict[str, Any]) -> list[str]:
    required = set(definition.get("required", ()))
    rows = ["| field | type | required | meaning |", "|---|---|---|---|"]
    for name, prop in definition.get("properties", {}).items():
        rows.append(
            f"| `{name}` | {type_of(prop, defs)} | {'**yes**' if name in required else 'no'} "
            f"| {cell(prop.get('description', ''))} |"
        )
    return rows


def plan_format_pages() -> dict[str, str]:
    """The plan-format page and the schema file itself (served at the schema's ``$id``)."""
    from preventionkit.io import SCHEMA_ID, schema, schema_json

    spec = schema()
    defs: dict[str, Any] = spec.get("$defs", {})
    out = [
        "# Plan format",
        "",
        "A plan is one YAML or JSON file. This page lists every field the format allows: it is "
        "generated from the plan's JSON Schema when the site is built, so it always matches "
        "the installed library. Unknown fields are errors (with a *did you mean* hint), and "
        "every id a plan refers to must exist in the same plan.",
        "",
        f"- The JSON Schema (draft 2020-12): [`plan.schema.json`](../{SCHEMA_PATH}), "
        f"`$id` `{SCHEMA_ID}`. The same file is committed at `schemas/plan.schema.json` and "
        "returned by `preventionkit.io.schema()` (or `preventionkit schema` on the command line).",
        "- How to use it in an editor or a web form: "
        "[tutorial 4](../tutorials/04-tool-developers.md).",
        "- Allowed values of the vocabulary fields: the [glossary](../concepts/glossary.md).",
        "",
        "## The plan",
        "",
        cell(spec.get("description", "")),
        "",
        *_table(spec, defs),
        "",
        "## Records",
        "",
    ]
    for name in sorted(defs):
        definition = defs[name]
        if "enum" in definition:
            continue
        out += [f"### {name}", "", cell(definition.get("description", "")), ""]
        if "properties" in definition:
            out += _table(definition, defs)
        else:
            out.append(f"Type: {type_of(definition, defs)}.")
        out.append("")
    enums = sorted(n for n, d in defs.items() if "enum" in d)
    out += [
        "## Vocabularies",
        "",
        "These fields take one value of a controlled vocabulary; the glossary gives each value's "
        "Swedish and English label, meaning and source: "
        + ", ".join(f"[{n}](../concepts/glossary.md#{n.lower()})" for n in enums)
        + ".",
        "",
    ]
    return {PATH: "\n".join(out), SCHEMA_PATH: schema_json()}
