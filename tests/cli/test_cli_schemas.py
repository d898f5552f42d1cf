"""Every JSON Schema in ``schemas/`` resolves offline from the files themselves and is checked
against real output of what it describes (issue 12 item 5)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

import preventionkit as pk
from _schema_files import SCHEMAS, offline_validator

FIXTURES = Path(__file__).parent / "fixtures"

# What each schema describes: a command's --format json output (its arguments), or a function.
COMMANDS: dict[str, tuple[str, ...]] = {
    "cli-assess": (
        "assess",
        "--example",
        "umea",
        "-F",
        "who-inspire",
        "-F",
        "se-five-step",
        "--format",
        "json",
    ),
    "cli-assess-compare": (
        "assess",
        str(FIXTURES / "small.yaml"),
        str(FIXTURES / "no_activities.yaml"),
        "-F",
        "who-inspire",
        "--format",
        "json",
    ),
    "cli-assess-list": ("assess", "--list", "--format", "json"),
    "cli-catalogue": ("catalogue", "--format", "json"),
    "cli-checklist": ("checklist", "--example", "umea", "--format", "json"),
    "cli-coverage": ("coverage", "--example", "umea", "--format", "json"),
    "cli-error": ("coverage", str(FIXTURES / "broken.yaml"), "--format", "json"),
    "cli-example": ("example", "--format", "json"),
    "cli-graph": ("graph", "--example", "umea", "--format", "json"),
    "cli-validate": ("validate", "--example", "gavle", "--format", "json"),
    "plan": ("example", "umea", "--format", "json"),
}
FUNCTIONS: dict[str, Callable[[], Any]] = {
    "report": lambda: pk.validate(pk.examples.load("umea")).to_dict(),
}


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return found + [r for v in node.values() for r in _refs(v)]
    if isinstance(node, list):
        return [r for v in node for r in _refs(v)]
    return []


def test_every_schema_is_checked_against_real_output() -> None:
    names = {p.name.removesuffix(".schema.json") for p in SCHEMAS.glob("*.schema.json")}
    assert names == set(COMMANDS) | set(FUNCTIONS)


@pytest.mark.parametrize("path", sorted(SCHEMAS.glob("*.schema.json")), ids=lambda p: p.name)
def test_every_ref_is_relative_and_resolves_from_the_files(path: Path) -> None:
    contents = json.loads(path.read_text(encoding="utf-8"))
    validator = offline_validator(path)
    resolver = validator._resolver  # the referencing resolver rooted at the file's URI
    base = resolver.lookup(path.resolve().as_uri()).resolver
    for ref in _refs(contents):
        parts = urlsplit(ref)
        assert not parts.scheme, f"{path.name}: {ref} is not relative"
        assert not parts.path.startswith("/"), f"{path.name}: {ref} is not relative"
        if parts.path:
            assert (SCHEMAS / parts.path).is_file(), f"{path.name}: {ref} names no file"
        base.lookup(ref)  # raises if it does not resolve
    if _refs(contents) and any(urlsplit(r).path for r in _refs(contents)):
        assert "$id" not in contents, "an absolute $id would send relative refs to the network"


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_output_follows_its_schema(invoke, check_against, name: str) -> None:
    result = invoke(*COMMANDS[name])
    assert result.exit_code in (0, 1, 2), result.stderr
    check_against(name, json.loads(result.stdout))


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_function_output_follows_its_schema(check_against, name: str) -> None:
    check_against(name, FUNCTIONS[name]())


def test_validate_json_wraps_one_report_per_plan(invoke) -> None:
    """What tutorial 4 says: the CLI's JSON holds Report.to_dict() of each plan, wrapped."""
    result = invoke("validate", "--example", "umea", "--format", "json")
    data = json.loads(result.stdout)
    assert set(data) == {"schema_version", "exit_code", "plans"}
    (entry,) = data["plans"]
    assert entry["report"] == pk.validate(pk.examples.load("umea")).to_dict()
