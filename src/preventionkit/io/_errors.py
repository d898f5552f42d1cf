"""Turn pydantic's validation errors into load issues a person can act on."""

from __future__ import annotations

import re
import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from ..errors import IssueKind, LoadIssue, suggest
from ..model import ActionPlan, Id
from ..vocab import Term, term_for
from ._source import Path, Position, SourceMap, format_path

__all__ = ["issues_from_validation"]

_KIND_BY_TYPE: dict[str, IssueKind] = {
    "extra_forbidden": "unknown_field",
    "missing": "missing_field",
    "enum": "unknown_value",
    "literal_error": "unknown_value",
    "duplicate_id": "duplicate_id",
    "confusable_id": "duplicate_id",
    "dangling_reference": "dangling_reference",
    "cycle": "cycle",
    "unknown_term": "unknown_term",
    "dates_out_of_order": "dates_out_of_order",
    "format_version": "format_version",
    "needs_format_2": "format_version",
    "partial_date": "invalid_value",
    "string_pattern_mismatch": "invalid_value",
    "string_too_long": "invalid_value",
    "int_parsing_size": "invalid_value",
    "string_too_short": "invalid_value",
    "greater_than_equal": "invalid_value",
    "less_than_equal": "invalid_value",
    "finite_number": "invalid_value",
    "function_only": "invalid_value",
    "inconsistent": "invalid_value",
}
_TYPE_WORDS = {
    "string_type": "text",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "tuple_type": "a list",
    "list_type": "a list",
    "model_type": "a mapping of fields",
    "model_attributes_type": "a mapping of fields",
    "dict_type": "a mapping",
}
# The pattern of ids, read from the public ``Id`` type, so the id message matches it exactly.
_ID_PATTERN = next(
    (str(m.pattern) for m in typing.get_args(Id)[1:] if getattr(m, "pattern", None)), ""
)
_QUOTED = re.compile(r"'([^']*)'")
_MEANT = re.compile(r"did you mean '([^']*)'\?")
_JSON_AT = re.compile(r"at line (\d+) column (\d+)")
_CLIP = 60


def _term_for(value: Any, expected: list[str]) -> tuple[Term, str] | None:
    """The vocabulary term a wrong value most likely means, by code or by its Swedish or
    English label, when ``expected`` are the codes of one vocabulary."""
    if not isinstance(value, str) or not expected:
        return None
    codes = set(expected)
    for vocabulary in _vocabularies():
        if {t.value for t in vocabulary} == codes:
            return term_for(value, vocabulary)
    return None


def _vocabularies() -> list[type[Term]]:
    found: list[type[Term]] = []
    pending: list[type[Term]] = [Term]
    while pending:
        cls = pending.pop()
        subclasses = cls.__subclasses__()
        pending.extend(subclasses)
        if cls is not Term and len(cls):
            found.append(cls)
    return found


def _clip(value: Any) -> str:
    """A value as shown in a message: text as is, anything else as written, never huge."""
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= _CLIP else text[: _CLIP - 1] + "…"


def _candidates(annotation: Any) -> list[type[BaseModel]]:
    """The record classes an annotation can hold (through Optional, unions, tuples)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _candidates(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType, tuple, list):
        out: list[type[BaseModel]] = []
        for arg in typing.get_args(annotation):
            if arg is not Ellipsis:
                out.extend(_candidates(arg))
        return out
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return []


def record_classes(annotation: Any) -> list[type[BaseModel]]:
    """The record classes a field's annotation can hold (through Optional, unions, tuples)."""
    return _candidates(annotation)


def _model_at(path: Path) -> type[BaseModel] | None:
    """The record class whose fields live at ``path`` (None when it cannot be told)."""
    models: list[type[BaseModel]] = [ActionPlan]
    for part in path:
        if isinstance(part, int):
            continue
        nxt: list[type[BaseModel]] = []
        for model in models:
            info = model.model_fields.get(part)
            if info is not None:
                nxt.extend(_candidates(info.annotation))
        models = nxt
        if not models:
            return None
    return models[0] if len(models) == 1 else None


def _field_annotation(path: Path) -> Any:
    parent = _model_at(tuple(p for p in path[:-1]))
    name = next((p for p in reversed(path) if isinstance(p, str)), None)
    if parent is None or name is None or name not in parent.model_fields:
        return None
    return parent.model_fields[name].annotation


def _clean_loc(loc: tuple[Any, ...]) -> Path:
    """Drop pydantic's union-branch markers (e.g. 'str', 'Membership') from a location."""
    out: list[str | int] = []
    model: list[type[BaseModel]] = [ActionPlan]
    for part in loc:
        if isinstance(part, int):
            out.append(part)
            continue
        if isinstance(part, str) and any(part in m.model_fields for m in model):
            out.append(part)
            nxt: list[type[BaseModel]] = []
            for m in model:
                if part in m.model_fields:
                    nxt.extend(_candidates(m.model_fields[part].annotation))
            model = nxt or model
            continue
        if isinstance(part, str) and (
            part[:1].isupper()
            or part in ("str", "constrained-str", "function-plain[validate()]")
            or "[" in part
        ):
            continue  # a union branch name
        out.append(str(part))
    return tuple(out)


def _issue(error: ErrorDetails, source: SourceMap | None, file: str | None) -> LoadIssue:
    etype = error["type"]
    loc = tuple(error["loc"])
    if etype == "extra_forbidden" and loc:
        # The last part is the user's unknown key, whatever it looks like.
        path = (*_clean_loc(loc[:-1]), loc[-1])
    else:
        path = _clean_loc(loc)
    ctx = dict(error.get("ctx") or {})
    message = error["msg"]
    hint: str | None = ctx.get("hint") if isinstance(ctx.get("hint"), str) else None
    kind: IssueKind = _KIND_BY_TYPE.get(
        etype, "wrong_type" if etype in _TYPE_WORDS else "invalid_value"
    )
    value = error.get("input")
    at: Position | None = None

    if etype == "extra_forbidden":
        name = str(path[-1]) if path else ""
        model = _model_at(path[:-1])
        message = f"unknown field '{name}'"
        if name == "<<":
            hint = "YAML merge keys are not supported; write the keys out"
        elif model is not None:
            fields = [f.alias or n for n, f in model.model_fields.items()]
            near = suggest(name, fields)
            hint = (
                f"did you mean '{near}'?"
                if near
                else f"{model.__name__} has the fields: {', '.join(fields)}"
            )
    elif etype == "missing":
        message = f"the field '{path[-1]}' is required" if path else "a required field is missing"
        model = _model_at(path[:-1])
        if model is not None and path:
            desc = (
                model.model_fields[str(path[-1])].description
                if str(path[-1]) in model.model_fields
                else None
            )
            hint = desc
    elif etype in ("enum", "literal_error"):
        expected = _QUOTED.findall(str(ctx.get("expected", "")))
        if etype == "literal_error" and not expected:
            expected = [
                a or b for a, b in re.findall(r"'([^']*)'|(\d+)", str(ctx.get("expected", "")))
            ]
        message = f"'{_clip(value)}' is not one of the allowed values"
        matched = _term_for(value, expected)
        near = suggest(str(value), expected) if expected and matched is None else None
        if matched is not None:
            term, matched_by = matched
            said = {"sv": "Swedish", "en": "English"}.get(matched_by)
            because = f" ('{_clip(value)}' is its {said} label)" if said else ""
            hint = f"did you mean '{term.value}'?{because} Allowed: {', '.join(expected)}"
        elif near:
            hint = f"did you mean '{near}'? Allowed: {', '.join(expected)}"
        elif expected:
            hint = f"allowed: {', '.join(expected)}"
    elif etype in _TYPE_WORDS:
        want = _TYPE_WORDS[etype]
        got = type(value).__name__ if value is not None else "nothing (null)"
        got = {
            "str": "text",
            "int": "a number",
            "float": "a number",
            "bool": "true/false",
            "dict": "a mapping",
            "list": "a list",
            "NoneType": "nothing (null)",
        }.get(got, got)
        message = f"expected {want}, got {got}"
        if (
            etype == "string_type"
            and isinstance(value, int | float)
            and not isinstance(value, bool)
        ):
            # Repeating the number would change it (``007`` is read as 7): ask for quotes
            # around the text exactly as written instead.
            hint = (
                f"quote it exactly as you wrote it; unquoted it is read as the number "
                f"{_clip(value)}"
            )
        elif etype == "tuple_type" and isinstance(value, str):
            hint = f"write a list: [{_clip(value)}]"
        elif etype in {"bool_type", "bool_parsing"}:
            hint = "write true or false"
    elif etype == "string_pattern_mismatch":
        pattern = str(ctx.get("pattern", ""))
        if pattern == _ID_PATTERN:
            message = f"'{_clip(value)}' is not a valid id"
            hint = (
                "an id starts with a letter, digit or '_' and holds letters, digits, '_', "
                "'-', '.' and ':' only, with no spaces (e.g. 'ks', 'd-kf-2019')"
            )
        elif "PK" in pattern:
            message = f"'{_clip(value)}' is not a rule code"
            hint = "rule codes look like PK101"
        else:
            # Never show the raw regular expression: it means nothing to a plan's author.
            message = f"'{_clip(value)}' is not in the form this field takes"
    elif etype == "string_too_long":
        size = f"{len(value):,} characters" if isinstance(value, str) else "too long"
        limit = ctx.get("max_length")
        most = f"{limit:,}" if isinstance(limit, int) else "smaller"
        message = f"the text is too long ({size}; the limit is {most})"
        hint = "shorten it: a plan holds summaries; refer to longer documents by name"
    elif etype == "int_parsing_size":
        message = "the number is too long to read"
        hint = "no count in a plan needs more than a few digits"
    elif etype == "string_too_short":
        message = "the text is empty"
        hint = "write something, or leave the field out"
    elif etype == "partial_date":
        message = str(ctx.get("reason", message))
    elif etype == "string_unicode":
        kind = "encoding"
        message = "the text holds a character that is not valid Unicode"
        hint = "the text was decoded wrongly; read the file as UTF-8"
    elif etype == "json_invalid":
        kind = "syntax"
        found = _JSON_AT.search(message)
        if found is not None:
            at = (int(found.group(1)), int(found.group(2)))
            message = message[: found.start()].strip().removeprefix("Invalid JSON:").strip()
            message = message or "the JSON cannot be read"

    if hint and "; did you mean" in message:
        message = message.split("; did you mean")[0]
    if etype == "dates_out_of_order" and not hint:
        hint = "the start comes first: swap the two dates, or correct one of them"
    elif etype == "function_only" and not hint:
        hint = "remove the field, or set 'kind: function' if the actor is a post"
    if etype == "format_version" and not hint:
        hint = "write 'preventionkit: 1' at the top of the file"
    first_loc = ctx.get("first_loc")
    if isinstance(first_loc, tuple) and source is not None:
        # Both places: the record met first is named by path and, from a file, by line.
        first_pos = source.locate(first_loc)
        first = ctx.get("first")
        if first_pos is not None and isinstance(first, str):
            message = message.replace(first, f"{first} (line {first_pos[0]})", 1)
    pos = at
    cell = None
    if pos is None and source is not None:
        pos = source.locate(path, key=etype in ("extra_forbidden",))
        cell = source.cell(path, key=etype in ("extra_forbidden",))
    return LoadIssue(
        kind=kind,
        message=message,
        file=file,
        line=pos[0] if pos else None,
        column=pos[1] if pos else None,
        path=format_path(path),
        hint=hint,
        cell=cell,
    )


def issues_from_validation(
    exc: ValidationError, source: SourceMap | None, file: str | None, *, limit: int | None = None
) -> list[LoadIssue]:
    """One load issue per validation error, each located in the file when possible.

    A misspelt field name shows up twice in pydantic's errors: as an unknown field and as the
    required field it was meant to be. Only the first is kept; its hint names the second.

    With ``limit``, only the first ``2 * limit`` errors in pydantic's order (records in file
    order) are turned into issues: locating an error and finding its "did you mean" costs far
    more than pydantic's report, so a file of 100,000 bad values costs what ``limit`` of them
    do, not 100,000 times that (issue 21).
    """
    errors = exc.errors(include_url=False)
    if limit is not None and len(errors) > 2 * limit:
        errors = errors[: 2 * limit]
    issues = [_issue(error, source, file) for error in errors]
    meant = {
        f"{parent}.{found.group(1)}" if parent else found.group(1)
        for issue in issues
        if issue.kind == "unknown_field"
        and issue.hint
        and (found := _MEANT.match(issue.hint)) is not None
        for parent in (issue.path.rpartition(".")[0],)
    }
    if not meant:
        return issues
    return [i for i in issues if not (i.kind == "missing_field" and i.path in meant)]
