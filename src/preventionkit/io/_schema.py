"""The JSON Schema of the plan format, for editors, web forms and other tools."""

from __future__ import annotations

import json
from typing import Any

from ..model import ActionPlan

__all__ = ["SCHEMA_ID", "schema", "schema_json"]

SCHEMA_ID = "https://preventionkit.readthedocs.io/schemas/plan.schema.json"
"""The ``$id`` of the plan schema; the committed copy lives in ``schemas/plan.schema.json``."""


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a plan file, with every field's description."""
    body = ActionPlan.model_json_schema(by_alias=True, mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **body,
        "title": "preventionkit action plan",
        "description": (
            "An action plan against violence in the preventionkit format, version 1. Editors "
            "pick this schema up from a first line '# yaml-language-server: $schema="
            + SCHEMA_ID
            + "' in YAML files, or from a '$schema' key in JSON files."
        ),
    }


def schema_json() -> str:
    """The schema as stable, indented JSON text (what ``schemas/plan.schema.json`` holds)."""
    return json.dumps(schema(), indent=2, ensure_ascii=False, sort_keys=False) + "\n"
