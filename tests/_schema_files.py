"""Checking documents against the project's JSON Schemas the way a user without network
access would: from the files in ``schemas/`` alone (issue 12 item 5)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

SCHEMAS = Path(__file__).resolve().parents[1] / "schemas"


def offline_validator(path: Path) -> Any:
    """A draft 2020-12 validator for the schema file at ``path`` whose ``$ref``s resolve from
    the files beside it, as a validator given only the files would resolve them: any attempt
    to fetch a non-file URI fails the test (issue 12 item 5)."""
    import jsonschema
    from referencing import Registry, Resource

    def retrieve(uri: str) -> Resource[Any]:
        parsed = urlparse(uri)
        assert parsed.scheme == "file", f"a schema refers to {uri}, which needs the network"
        return Resource.from_contents(json.loads(Path(unquote(parsed.path)).read_text("utf-8")))

    contents = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(contents)
    uri = path.resolve().as_uri()
    registry: Registry[Any] = Registry(retrieve=retrieve).with_resource(  # type: ignore[call-arg]
        uri, Resource.from_contents(contents)
    )
    return jsonschema.Draft202012Validator(
        {"$ref": uri}, registry=registry, format_checker=jsonschema.FormatChecker()
    )
