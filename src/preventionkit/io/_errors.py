"""Turn pydantic's validation errors into load issues a person can act on."""

from __future__ import annotations

import re
import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from ..errors import IssueKind, LoadIssue, suggest
from ..messages import Message
from ..messages import message as msg
from ..model import ActionPlan, Id
from ..vocab import ActorKind, Term, term_for
from ._source import Path, Position, SourceMap, format_path

__all__ = ["issues_from_validation", "unknown_reference"]

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
    "int_type": "integer",
    "int_parsing": "integer",
    "int_from_float": "integer",
    "float_type": "number",
    "float_parsing": "number",
    "bool_type": "bool",
    "bool_parsing": "bool",
    "tuple_type": "list",
    "list_type": "list",
    "model_type": "fields",
    "model_attributes_type": "fields",
    "dict_type": "mapping",
}
# The pattern of ids, read from the public ``Id`` type, so the id message matches it exactly.
_ID_PATTERN = next(
    (str(m.pattern) for m in typing.get_args(Id)[1:] if getattr(m, "pattern", None)), ""
)
_QUOTED = re.compile(r"'([^']*)'")
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


def _quoted(values: list[str]) -> str:
    """Values to type, each in quotes: 'universal', 'selective'."""
    return ", ".join(f"'{v}'" for v in values)


def _kinds(kinds: list[str] | tuple[str, ...], article: bool = False) -> Message:
    """Record kinds as "actor or body" (or "an actor or body") in any language
    (``load.kind.*``, ``load.kind_a.*``, ``load.or``)."""
    words = [
        msg(f"load.kind_a.{k}" if article and i == 0 else f"load.kind.{k}")
        for i, k in enumerate(kinds)
    ]
    out = words[-1]
    for word in reversed(words[:-1]):
        out = msg("load.or", a=word, b=out)
    return out


def unknown_reference(index: Any, ref: str, kinds: tuple[str, ...]) -> Message:
    """Why ``ref`` names no record of ``kinds`` in a plan's index, with a suggestion, as a
    message (the sentence of a dangling reference, for callers outside loading)."""
    entry = index.by_id.get(ref)
    if entry is not None:
        return msg(
            "load.dangling_reference.wrong_kind",
            id=ref,
            found=msg(f"load.kind_a.{entry[0]}"),
            wanted=_kinds(kinds, article=True),
        )
    base = msg("load.dangling_reference", id=ref, what=_kinds(kinds))
    near = suggest(ref, index.ids_of(kinds))
    return (
        msg("load.with_hint", message=base, hint=msg("load.did_you_mean", name=near))
        if near
        else base
    )


def _custom(etype: str, ctx: dict[str, Any], value: Any) -> tuple[Message, Message | None]:
    """The message and hint of the plan's own checks (duplicate ids, dangling references,
    cycles, unknown programmes, dates out of order, ...) from their structured context."""
    near = ctx.get("suggestion")
    did_you_mean = msg("load.did_you_mean", name=near) if isinstance(near, str) else None
    first = ctx.get("first", "")
    first_said = first if isinstance(first, Message) else str(first)
    if etype == "duplicate_id":
        rid = str(ctx.get("id", value))
        return (
            msg("load.duplicate_id", id=rid, first=first_said),
            msg("load.duplicate_id.hint", id=rid),
        )
    if etype == "confusable_id":
        rid, other = str(ctx.get("id", value)), str(ctx.get("other", ""))
        return (
            msg("load.confusable_id", id=rid, other=other, first=first_said),
            msg("load.confusable_id.hint", other=other),
        )
    if etype == "dangling_reference":
        rid = str(ctx.get("id", value))
        kinds = [str(k) for k in ctx.get("expected", ())] or ["actor"]
        found = ctx.get("found")
        if isinstance(found, str):
            text = msg(
                "load.dangling_reference.wrong_kind",
                id=rid,
                found=msg(f"load.kind.{found}"),
                wanted=_kinds(kinds),
            )
        else:
            text = msg("load.dangling_reference", id=rid, what=_kinds(kinds))
        return text, did_you_mean or msg(
            "load.dangling_reference.hint", id=rid, kind=msg(f"load.kind_a.{kinds[0]}")
        )
    if etype == "cycle":
        cycle = [str(c) for c in ctx.get("cycle", ())]
        node = cycle[-2] if len(cycle) >= 2 else str(value)
        return msg("load.cycle", node=node, cycle=" → ".join(cycle)), msg("load.cycle.hint")
    if etype == "unknown_programme":
        pid = str(ctx.get("id", value))
        return msg("load.unknown_programme", id=pid), did_you_mean or msg(
            "load.unknown_programme.hint"
        )
    if etype == "dates_out_of_order":
        what = str(ctx.get("what", "period"))
        return (
            msg(
                "load.dates_out_of_order",
                what=msg(f"load.what.{what}"),
                start=str(ctx.get("start", "")),
                end=str(ctx.get("end", "")),
            ),
            msg("load.dates_out_of_order.hint"),
        )
    if etype == "format_version":
        from ..model.plan import FORMAT_VERSIONS

        want = tuple(str(v) for v in FORMAT_VERSIONS)
        got = str(ctx.get("got", ""))
        return msg("load.format_version", got=got, want=want), msg("load.format_version.hint")
    if etype == "needs_format_2":
        field = str(ctx.get("field", ""))
        return msg("load.needs_format_2", field=field), msg("load.needs_format_2.hint")
    if etype == "function_only":
        kind = str(ctx.get("kind", ""))
        shown: Any = next((k for k in ActorKind if k.value == kind), kind)
        return msg("load.function_only", field=str(ctx.get("field", "")), kind=shown), msg(
            "load.function_only.hint"
        )
    if etype == "blank_text":
        return msg("load.blank_text"), msg("load.blank_text.hint")
    if etype == "id_marks":
        return msg("load.id_marks", id=str(ctx.get("id", value))), msg("load.id_marks.hint")
    if etype == "inconsistent":
        return msg("load.inconsistent.vacant_since"), None
    # partial_date: why PartialDate could not read it (model/dates.py), as catalogue data
    reason = ctx.get("message")
    if isinstance(reason, Message):
        return reason, None
    return msg("load.invalid_value.date", reason=str(ctx.get("reason", ""))), None


_CUSTOM = frozenset(
    {
        "duplicate_id",
        "confusable_id",
        "dangling_reference",
        "cycle",
        "unknown_programme",
        "dates_out_of_order",
        "format_version",
        "function_only",
        "inconsistent",
        "partial_date",
        "needs_format_2",
        "blank_text",
        "id_marks",
    }
)


def _path_of(error: ErrorDetails) -> Path:
    """The path in the plan an error is about."""
    loc = tuple(error["loc"])
    if error["type"] == "extra_forbidden" and loc:
        # The last part is the user's unknown key, whatever it looks like.
        return (*_clean_loc(loc[:-1]), loc[-1])
    return _clean_loc(loc)


def _issue(error: ErrorDetails, source: SourceMap | None, file: str | None) -> LoadIssue:
    etype = error["type"]
    path = _path_of(error)
    ctx = dict(error.get("ctx") or {})
    # Pydantic's own words for a kind the library has no sentence of its own for.
    message: Message = msg("load.pydantic", problem=error["msg"])
    hint: Message | None = None
    kind: IssueKind = _KIND_BY_TYPE.get(
        etype, "wrong_type" if etype in _TYPE_WORDS else "invalid_value"
    )
    value = error.get("input")
    at: Position | None = None

    if etype == "unknown_term":
        # The registry's own sentence (issue 14) names the declared terms; kept as said.
        vocabulary = str(ctx.get("vocabulary", ""))
        said = str(ctx.get("hint", ""))
        term_near = said.partition("did you mean ")[2].rstrip("?").strip("'")
        message = msg("load.unknown_term", problem=error["msg"].split("; did you mean")[0])
        hint = (
            msg("load.did_you_mean", name=term_near)
            if term_near
            else msg("load.unknown_term.hint", vocabulary=vocabulary)
        )
    elif etype in _CUSTOM:
        first_loc, first = ctx.get("first_loc"), ctx.get("first")
        if isinstance(first_loc, tuple) and source is not None and isinstance(first, str):
            # Both places: the record met first is named by path and, from a file, by line.
            first_pos = source.locate(first_loc)
            if first_pos is not None:
                ctx["first"] = msg("load.first_at_line", record=first, line=first_pos[0])
        message, hint = _custom(etype, ctx, value)
    elif etype == "extra_forbidden":
        name = str(path[-1]) if path else ""
        model = _model_at(path[:-1])
        message = msg("load.unknown_field", name=name)
        if name == "<<":
            hint = msg("load.unknown_field.merge.hint")
        elif model is not None:
            fields = [f.alias or n for n, f in model.model_fields.items()]
            near = suggest(name, fields)
            hint = (
                msg("load.did_you_mean", name=near)
                if near
                else msg("load.unknown_field.fields", record=model.__name__, fields=_quoted(fields))
            )
    elif etype == "missing":
        message = (
            msg("load.missing_field", name=str(path[-1])) if path else msg("load.missing_field.any")
        )
        model = _model_at(path[:-1])
        if model is not None and path:
            desc = (
                model.model_fields[str(path[-1])].description
                if str(path[-1]) in model.model_fields
                else None
            )
            # The field's description from the model (English, like the docs' reference).
            hint = msg("load.field_description", text=desc) if desc else None
    elif etype in ("enum", "literal_error"):
        expected = _QUOTED.findall(str(ctx.get("expected", "")))
        if etype == "literal_error" and not expected:
            expected = [
                a or b for a, b in re.findall(r"'([^']*)'|(\d+)", str(ctx.get("expected", "")))
            ]
        message = msg("load.unknown_value", value=_clip(value))
        matched = _term_for(value, expected)
        near = suggest(str(value), expected) if expected and matched is None else None
        if matched is not None:
            term, matched_by = matched
            if matched_by == "value":
                hint = msg("load.unknown_value.near", name=term.value, allowed=_quoted(expected))
            else:
                hint = msg(
                    "load.unknown_value.label",
                    name=term.value,
                    value=_clip(value),
                    language=msg(f"lang.{matched_by}"),
                    allowed=_quoted(expected),
                )
        elif near:
            hint = msg("load.unknown_value.near", name=near, allowed=_quoted(expected))
        elif expected:
            hint = msg("load.unknown_value.allowed", allowed=_quoted(expected))
    elif etype in _TYPE_WORDS:
        want = _TYPE_WORDS[etype]
        got = {
            "str": "text",
            "int": "number",
            "float": "number",
            "bool": "bool",
            "dict": "mapping",
            "list": "list",
            "NoneType": "nothing",
        }.get(type(value).__name__, "value")
        message = msg("load.wrong_type", want=msg(f"load.want.{want}"), got=msg(f"load.got.{got}"))
        if (
            etype == "string_type"
            and isinstance(value, int | float)
            and not isinstance(value, bool)
        ):
            # Repeating the number would change it (``007`` is read as 7): ask for quotes
            # around the text exactly as written instead.
            hint = msg("load.wrong_type.quote.hint", value=_clip(value))
        elif etype == "tuple_type" and isinstance(value, str):
            hint = msg("load.wrong_type.list.hint", value=_clip(value))
        elif etype in {"bool_type", "bool_parsing"}:
            hint = msg("load.wrong_type.bool.hint")
    elif etype == "string_pattern_mismatch":
        pattern = str(ctx.get("pattern", ""))
        if pattern == _ID_PATTERN:
            message = msg("load.invalid_value.id", value=_clip(value))
            hint = msg("load.invalid_value.id.hint")
        elif "PK" in pattern:
            message = msg("load.invalid_value.code", value=_clip(value))
            hint = msg("load.invalid_value.code.hint")
        else:
            # Never show the raw regular expression: it means nothing to a plan's author.
            message = msg("load.invalid_value.form", value=_clip(value))
    elif etype == "string_too_long":
        limit = ctx.get("max_length")
        if isinstance(value, str) and isinstance(limit, int):
            message = msg("load.invalid_value.too_long", size=len(value), limit=limit)
        else:
            message = msg("load.invalid_value.too_long.plain")
        hint = msg("load.invalid_value.too_long.hint")
    elif etype == "int_parsing_size":
        message = msg("load.invalid_value.long_number")
        hint = msg("load.invalid_value.long_number.hint")
    elif etype == "string_too_short":
        message = msg("load.invalid_value.empty")
        hint = msg("load.invalid_value.empty.hint")
    elif etype == "string_unicode":
        kind = "encoding"
        message = msg("load.encoding.unicode.plain")
        hint = msg("load.encoding.unicode.hint")
    elif etype == "json_invalid":
        kind = "syntax"
        text = error["msg"]
        found = _JSON_AT.search(text)
        if found is not None:
            at = (int(found.group(1)), int(found.group(2)))
            text = text[: found.start()].strip().removeprefix("Invalid JSON:").strip()
        message = (
            msg("load.syntax.json", problem=text) if text else msg("load.syntax.json_unreadable")
        )

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
    if source is not None:  # one pass over the file locates every error reported
        firsts = [(e.get("ctx") or {}).get("first_loc") for e in errors]
        source.prepare([*map(_path_of, errors), *(f for f in firsts if isinstance(f, tuple))])
    issues = [_issue(error, source, file) for error in errors]
    meant = {
        f"{parent}.{name}" if parent else name
        for issue in issues
        if issue.kind == "unknown_field"
        and issue.hint is not None
        and issue.hint.key == "load.did_you_mean"
        for name in (str(issue.hint.params["name"]),)
        for parent in (issue.path.rpartition(".")[0],)
    }
    if not meant:
        return issues
    return [i for i in issues if not (i.kind == "missing_field" and i.path in meant)]
