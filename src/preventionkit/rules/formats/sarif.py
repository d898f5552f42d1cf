"""Reports as one SARIF 2.1.0 log, so code hosts and editors show findings on the YAML lines.

Each rule becomes a ``reportingDescriptor`` (id, name, descriptions, help from its docstring,
default level, ``helpUri`` to its page in the docs); each finding a ``result`` with
``ruleId``, ``level``, ``message``, a ``physicalLocation`` whose region is the finding's line
and column, and ``partialFingerprints`` that stay the same from run to run, so a code host
does not open a new alert for a finding it already knows. Suppressed findings are included
with an ``inSource`` suppression, as SARIF viewers expect.

Many plans give one log with one run: each plan file is an ``artifact``, and plans that could
not be read become ``toolExecutionNotifications``. File names are written as SARIF wants them
(OASIS SARIF 2.1.0 §3.4, §3.14.14; issue 12 item 4): percent-encoded URI references relative
to ``%SRCROOT%``, which ``originalUriBaseIds`` maps to the repository root (the nearest folder
above the working directory holding ``.git``) or else the working directory; files outside it
get an absolute ``file:`` URI; standard input is the pseudo-URI ``stdin:`` and an embedded
example ``example:NAME``.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ..._version import __version__
from ...errors import PlanLoadError
from ...messages import default_lang
from ...output import capped
from .. import build_registry, registry
from ..finding import Finding
from ..report import ValidationReport

__all__ = [
    "SARIF_SCHEMA",
    "SARIF_VERSION",
    "SRCROOT",
    "STDIN_URI",
    "artifact_location",
    "format_sarif",
    "sarif_log",
]

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
SRCROOT = "%SRCROOT%"
"""The ``uriBaseId`` that relative artifact URIs are resolved against."""
STDIN_URI = "stdin:"
"""The URI of a plan read from standard input (``-``): the same in every run."""
FINGERPRINT = "preventionkit/v1"
"""The key of the one ``partialFingerprints`` entry (rule code, artifact URI, field path)."""
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
_INFO_URI = "https://preventionkit.readthedocs.io"
_STDIN_NAMES = frozenset({"-", "<stdin>"})


def _rule_page(code: str) -> str:
    """The URL of a rule's page as the docs build it (``docs/hooks/pk_gen/rules.page_path``)."""
    return f"{_INFO_URI}/reference/rules/{code}/"


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
        "helpUri": _rule_page(rule.code),
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {
            "sources": list(rule.sources),
            "summary_key": f"rule.{rule.code}.summary",
            "tags": [rule.code[:3]],
        },
    }


def find_root(start: str | os.PathLike[str] | None = None) -> Path:
    """The repository root above ``start`` (default: the working directory), else ``start``.

    Looks for a ``.git`` folder or file by walking up; runs no program (git need not be
    installed).
    """
    here = Path(start if start is not None else os.getcwd()).absolute()
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return folder
    return here


def artifact_location(file: str | None, root: str | os.PathLike[str]) -> dict[str, Any]:
    """The SARIF ``artifactLocation`` of the plan read from ``file`` (as a report names it)."""
    if file is None:
        return {"uri": "plan.yaml"}
    if file in _STDIN_NAMES:
        return {"uri": STDIN_URI}
    if file.startswith("example:"):
        return {"uri": "example:" + quote(file.removeprefix("example:"), safe="")}
    path = Path(os.path.abspath(file))
    base = Path(os.path.abspath(root))
    try:
        relative = path.relative_to(base)
    except ValueError:
        return {"uri": path.as_uri()}
    return {"uri": quote(relative.as_posix(), safe="/"), "uriBaseId": SRCROOT}


def _fingerprint(code: str, uri: str, path: str, occurrence: int) -> str:
    key = "\0".join((code, uri, path, str(occurrence)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _result(
    f: Finding,
    index: dict[str, int],
    where: dict[str, Any],
    suppressed: bool,
    seen: dict[Any, int],
    *,
    lang: str,
) -> dict[str, Any]:
    hint = f.hint_text(lang)
    physical: dict[str, Any] = {"artifactLocation": where}
    if f.cell is None and f.line is not None:
        physical["region"] = {"startLine": f.line, "startColumn": f.column or 1}
    location: dict[str, Any] = {"physicalLocation": physical}
    logical: list[dict[str, Any]] = []
    if f.cell is not None:
        # A workbook has no lines: the cell is named as a logical location (and in the
        # message), which SARIF viewers show beside the file.
        logical.append({"name": f.cell, "fullyQualifiedName": f.cell, "kind": "element"})
        location["message"] = {"text": f.cell}
    if f.path:
        logical.append({"fullyQualifiedName": f.path, "kind": "member"})
    if logical:
        location["logicalLocations"] = logical
    key = (f.code, where["uri"], f.path)
    occurrence = seen.get(key, 0)
    seen[key] = occurrence + 1
    result: dict[str, Any] = {
        "ruleId": f.code,
        "ruleIndex": index[f.code],
        "level": _LEVEL[f.severity],
        "message": {"text": f.text(lang) + (f" {hint}" if hint else "")},
        "locations": [location],
        "partialFingerprints": {FINGERPRINT: _fingerprint(*key, occurrence)},
        "properties": {
            "path": f.path,
            "hint": hint,
            "source": f.source,
            "severity": f.severity,
            "question": f.is_question,
            "unstated": list(f.unstated),
            "key": f.message.key,
            "params": f.message.to_dict()["params"],
            **({"cell": f.cell} if f.cell is not None else {}),
        },
    }
    if suppressed:
        result["suppressions"] = [{"kind": "inSource"}]
    return result


def _notification(name: str, error: PlanLoadError, root: Path, lang: str) -> list[dict[str, Any]]:
    where = artifact_location(name, root)
    out = []
    for issue in error.issues:
        physical: dict[str, Any] = {"artifactLocation": where}
        if issue.line is not None:
            physical["region"] = {"startLine": issue.line, "startColumn": issue.column or 1}
        text = issue.text(lang) + (f" ({issue.path})" if issue.path else "")
        hint = issue.hint_text(lang)
        out.append(
            {
                "level": "error",
                "message": {"text": text + (f"; {hint}" if hint else "")},
                "locations": [{"physicalLocation": physical}],
                "properties": {"kind": issue.kind, "path": issue.path, "key": issue.message.key},
            }
        )
    return out


def sarif_log(
    reports: ValidationReport | Sequence[ValidationReport],
    file_uri: str | None = None,
    *,
    root: str | os.PathLike[str] | None = None,
    errors: Sequence[tuple[str, PlanLoadError]] = (),
    lang: str | None = None,
) -> dict[str, Any]:
    """One SARIF 2.1.0 log (as data) for one report or many.

    ``root`` is the folder relative URIs start from (default: the repository root, else the
    working directory). ``file_uri`` overrides the URI of a single report's file. ``errors``
    lists plans that could not be read, as ``(file, PlanLoadError)`` pairs. Messages are
    rendered in ``lang`` (default: the first report's language, else the library default).
    """
    many = [reports] if isinstance(reports, ValidationReport) else list(reports)
    lang = lang or (many[0].lang if many else default_lang())
    if file_uri is not None and len(many) != 1:
        raise ValueError("file_uri names the file of a single report")
    base = find_root() if root is None else Path(os.path.abspath(root))
    codes: list[str] = []
    for report in many:
        for code in report.rules or [r.code for r in registry()]:
            if code not in codes:
                codes.append(code)
    for report in many:
        for f in (*report.findings, *report.questions, *report.suppressed):
            if f.code not in codes:
                codes.append(f.code)
    if not codes:
        codes = [r.code for r in registry()]
    index = {c: i for i, c in enumerate(codes)}
    artifacts: list[dict[str, Any]] = []
    results: list[dict[str, Any]] = []
    seen: dict[Any, int] = {}
    for i, report in enumerate(many):
        where = {"uri": file_uri} if file_uri is not None else artifact_location(report.file, base)
        where = {**where, "index": i}
        artifacts.append(
            {
                "location": where,
                "properties": {
                    "plan": report.plan_id,
                    "profile": report.profile,
                    "ok": report.ok,
                    "counts": report.counts,
                },
            }
        )
        results += [_result(f, index, where, False, seen, lang=lang) for f in report.findings]
        results += [_result(f, index, where, False, seen, lang=lang) for f in report.questions]
        results += [_result(f, index, where, True, seen, lang=lang) for f in report.suppressed]
    notifications = [n for name, error in errors for n in _notification(name, error, base, lang)]
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "preventionkit",
                "version": __version__,
                "informationUri": _INFO_URI,
                "rules": [_descriptor(c, lang) for c in codes],
            }
        },
        "invocations": [
            {
                "executionSuccessful": not errors,
                "toolExecutionNotifications": notifications,
            }
        ],
        "artifacts": artifacts,
        "columnKind": "unicodeCodePoints",
        "results": results,
        "properties": {
            "lang": lang,
            "ok": all(r.ok for r in many) and not errors,
        },
    }
    if any(a["location"].get("uriBaseId") == SRCROOT for a in artifacts) or any(
        n["locations"][0]["physicalLocation"]["artifactLocation"].get("uriBaseId") == SRCROOT
        for n in notifications
    ):
        run["originalUriBaseIds"] = {SRCROOT: {"uri": base.as_uri().rstrip("/") + "/"}}
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def format_sarif(
    reports: ValidationReport | Sequence[ValidationReport],
    file_uri: str | None = None,
    *,
    root: str | os.PathLike[str] | None = None,
    errors: Sequence[tuple[str, PlanLoadError]] = (),
    lang: str | None = None,
) -> str:
    """The SARIF 2.1.0 log as JSON text (see :func:`sarif_log`)."""
    log = sarif_log(reports, file_uri, root=root, errors=errors, lang=lang)
    return capped(json.dumps(log, ensure_ascii=False, indent=2) + "\n", "SARIF log")
