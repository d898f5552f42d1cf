"""The report as a SARIF 2.1.0 log, so code hosts and editors show findings on the YAML lines.

Each rule becomes a ``reportingDescriptor`` (id, name, descriptions, help from its docstring,
default level); each finding a ``result`` with ``ruleId``, ``level``, ``message`` and a
``physicalLocation`` whose region is the finding's line and column. Suppressed findings are
included with an ``inSource`` suppression, as SARIF viewers expect.
"""

from __future__ import annotations

import json
from typing import Any

from ..._version import __version__
from .. import build_registry, registry
from ..finding import Finding
from ..report import ValidationReport

__all__ = ["SARIF_SCHEMA", "SARIF_VERSION", "format_sarif", "sarif_log"]

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
_INFO_URI = "https://preventionkit.readthedocs.io"


def _descriptor(code: str, lang: str) -> dict[str, Any]:
    rule = next((r for r in registry() if r.code == code), None)
    if rule is None:
        try:
            rule = build_registry().rule(code)  # an installed pack's rule
        except KeyError:
            return {"id": code}  # a rule passed to validate() on its own: only its id is known
    summary = rule.summary(lang)
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": f"{summary} ({rule.source})"},
        "help": {"text": rule.doc, "markdown": rule.doc},
        "helpUri": f"{_INFO_URI}/rules/{rule.code}/",
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {
            "sources": list(rule.sources),
            "summary_key": f"rule.{rule.code}.summary",
            "tags": [rule.code[:3]],
        },
    }


def _result(
    f: Finding, index: dict[str, int], uri: str, suppressed: bool, lang: str
) -> dict[str, Any]:
    hint = f.hint_text(lang)
    physical: dict[str, Any] = {"artifactLocation": {"uri": uri}}
    if f.line is not None:
        physical["region"] = {"startLine": f.line, "startColumn": f.column or 1}
    location: dict[str, Any] = {"physicalLocation": physical}
    if f.path:
        location["logicalLocations"] = [{"fullyQualifiedName": f.path, "kind": "member"}]
    result: dict[str, Any] = {
        "ruleId": f.code,
        "ruleIndex": index[f.code],
        "level": _LEVEL[f.severity],
        "message": {"text": f.text(lang) + (f" {hint}" if hint else "")},
        "locations": [location],
        "properties": {
            "path": f.path,
            "hint": hint,
            "source": f.source,
            "severity": f.severity,
            "key": f.message.key,
            "params": f.message.to_dict()["params"],
        },
    }
    if suppressed:
        result["suppressions"] = [{"kind": "inSource"}]
    return result


def sarif_log(report: ValidationReport, file_uri: str | None = None) -> dict[str, Any]:
    """The SARIF 2.1.0 log as data. ``file_uri`` names the plan file (default: the file the
    plan was loaded from, else ``plan.yaml``)."""
    uri = file_uri or report.file or "plan.yaml"
    codes = list(report.rules) or [r.code for r in registry()]
    for f in (*report.findings, *report.suppressed):
        if f.code not in codes:
            codes.append(f.code)
    index = {c: i for i, c in enumerate(codes)}
    lang = report.lang
    results = [_result(f, index, uri, False, lang) for f in report.findings]
    results += [_result(f, index, uri, True, lang) for f in report.suppressed]
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "preventionkit",
                        "version": __version__,
                        "informationUri": _INFO_URI,
                        "rules": [_descriptor(c, lang) for c in codes],
                    }
                },
                "artifacts": [{"location": {"uri": uri}}],
                "columnKind": "unicodeCodePoints",
                "results": results,
                "properties": {
                    "profile": report.profile,
                    "lang": report.lang,
                    "ok": report.ok,
                    "counts": report.counts,
                },
            }
        ],
    }


def format_sarif(report: ValidationReport, file_uri: str | None = None) -> str:
    """The SARIF 2.1.0 log as JSON text."""
    return json.dumps(sarif_log(report, file_uri), ensure_ascii=False, indent=2) + "\n"
