"""The JSON-output reference: every schema in ``schemas/``, what writes it and its fields,
generated from the schema files (which are also published under ``/schemas/`` on the site,
beside each other, so their relative ``$ref``s resolve there as they do on disk)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ._md import cell

__all__ = ["json_output_pages"]

PATH = "reference/json-output.md"
SCHEMAS = Path(__file__).resolve().parents[3] / "schemas"


def _type(prop: dict[str, Any]) -> str:
    if "$ref" in prop:
        ref = str(prop["$ref"])
        file, _, fragment = ref.partition("#")
        if file:
            return f"[`{file}`](#{file.removesuffix('.schema.json')})" + (
                f" `#{fragment}`" if fragment else ""
            )
        return f"`{fragment.rsplit('/', 1)[-1]}` (below)"
    for key in ("oneOf", "anyOf"):
        if key in prop:
            return " or ".join(_type(p) for p in prop[key])
    if "const" in prop:
        return f"`{json.dumps(prop['const'])}`"
    if "enum" in prop:
        return " \\| ".join(f"`{json.dumps(v)}`" for v in prop["enum"])
    kind = prop.get("type", "any")
    if kind == "array":
        return f"list of {_type(prop.get('items', {}))}"
    if isinstance(kind, list):
        return " or ".join(kind)
    return str(kind)


def _fields(spec: dict[str, Any]) -> list[str]:
    required = set(spec.get("required", ()))
    rows = ["| field | type | always there | meaning |", "|---|---|---|---|"]
    for name, prop in spec.get("properties", {}).items():
        rows.append(
            f"| `{name}` | {cell(_type(prop))} | {'yes' if name in required else 'no'} "
            f"| {cell(prop.get('description', ''))} |"
        )
    return rows if len(rows) > 2 else []


def json_output_pages() -> dict[str, str]:
    """The reference page and a copy of every schema file under ``schemas/``."""
    files = sorted(SCHEMAS.glob("*.schema.json"))
    out = [
        "# JSON output",
        "",
        "Every JSON document preventionkit writes has a JSON Schema (draft 2020-12) in the "
        "repository's `schemas/` folder, published beside each other under `/schemas/` on this "
        "site. References between them are relative (`report.schema.json`), so a validator "
        "given only the files resolves them offline, for example "
        "`check-jsonschema --schemafile schemas/cli-validate.schema.json out.json`. The test "
        "suite validates each schema against real output of the command it describes.",
        "",
        "- `preventionkit validate --format json` prints one document for all the plans given "
        "([`cli-validate`](#cli-validate)): `{schema_version, exit_code, plans: [...]}`, where "
        "each entry of `plans` holds the plan's `source`, `status`, `exit_code`, "
        "`coverage_percent`, and either its `report` (exactly `Report.to_dict()`, "
        "[`report`](#report)) or its `load_issues`.",
        "- `Report.to_dict()` and `Report.to_json()` give the [`report`](#report) document of "
        "one plan.",
        "- `--format sarif` prints SARIF 2.1.0 (the OASIS schema, not listed here).",
        "- Any command given `--format json` whose plan cannot be loaded prints "
        "[`cli-error`](#cli-error) and exits 2.",
        "",
    ]
    pages: dict[str, str] = {}
    for path in files:
        spec = json.loads(path.read_text(encoding="utf-8"))
        name = path.name.removesuffix(".schema.json")
        if name == "plan":  # published by the plan-format page
            continue
        pages[f"schemas/{path.name}"] = path.read_text(encoding="utf-8")
        out += [
            f"## {name}",
            "",
            f"**{cell(spec.get('title', ''))}**: [`{path.name}`](../schemas/{path.name})",
            "",
            cell(spec.get("description", "")),
            "",
            *_fields(spec),
            "",
        ]
        for def_name, definition in spec.get("$defs", {}).items():
            rows = _fields(definition)
            if rows:
                out += [f"`{def_name}`:", "", *rows, ""]
    pages[PATH] = "\n".join(out)
    return pages
