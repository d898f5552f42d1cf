"""Reading and writing plans as YAML or JSON (design "Public API": load, loads, dump, dumps)."""

from __future__ import annotations

import gc
import os
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from pathlib import Path as FsPath
from typing import Any, Literal

from pydantic import ValidationError

from ..errors import InvalidArgument, LoadIssue, MissingExtraError, PlanLoadError, require_extra
from ..messages import message as msg
from ..model import ActionPlan
from ._errors import issues_from_validation
from ._fastyaml import read_fast
from ._json import JsonLocator, check_json, depth_issue, parse_json
from ._limits import DEFAULT_LIMITS, LoadLimits
from ._source import Path, Positions, PositionsOf, SourceMap, attach_source, format_path
from .files import read_bytes, write_file

__all__ = ["Format", "decode", "dump", "dumps", "load", "loads"]

Format = Literal["yaml", "json"]
_SUFFIXES: dict[str, Format] = {".yaml": "yaml", ".yml": "yaml", ".json": "json"}
_WORKBOOKS = (".xlsx", ".xlsm")
_BOM = "\ufeff"


def _checked_format(given: object) -> Format | None:
    """``given`` if it is a format this library reads and writes, else a clear error (a
    ``format="xml"`` used to be read as YAML)."""
    if given is None:
        return None
    if given == "yaml" or (isinstance(given, str) and given == "json"):
        return "yaml" if given == "yaml" else "json"
    raise InvalidArgument(msg("error.invalid.format", given=repr(given)))


def _format_of(path: FsPath, given: Format | None) -> Format:
    checked = _checked_format(given)
    if checked is not None:
        return checked
    return _SUFFIXES.get(path.suffix.lower(), "yaml")


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while a plan is read and its records are built.

    A plan is a tree of immutable records and plain data without reference cycles, so the
    collector finds nothing to free meanwhile, yet its passes over the growing heap cost as
    much as the reading from about 5,000 activities on (issue 8; 25 % of a 5,000-activity load,
    nothing at 200). This is the library's one pause (issue 20): reading uses it in :func:`_read`,
    and the chain of governance around its analyses of large plans; the collector is restored
    in any case.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _fail(issues: list[LoadIssue], limits: LoadLimits, total: int = 0) -> PlanLoadError:
    ordered = sorted(issues, key=lambda i: (i.line or 0, i.column or 0))
    truncated = max(len(ordered), total) > limits.max_errors
    return PlanLoadError(ordered[: limits.max_errors], truncated=truncated)


def _decode(data: bytes | str, file: str | None, limits: LoadLimits) -> str:
    if isinstance(data, str):
        text = data
        if len(text) > limits.max_bytes:
            raise _too_large(len(text), file, limits)
        if not text.isascii():
            _check_unicode(text, file)
    else:
        if len(data) > limits.max_bytes:
            raise _too_large(len(data), file, limits)
        if b"\x00" in data[:8192] or (data[:2] in (b"\xff\xfe", b"\xfe\xff")):
            hint = (
                msg("load.binary.utf16.hint")
                if data[:2] in (b"\xff\xfe", b"\xfe\xff")
                else msg("load.binary.hint")
            )
            raise PlanLoadError([LoadIssue("binary", msg("load.binary"), file, 1, 1, "", hint)])
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            before = data[: exc.start].decode("utf-8", errors="replace")
            line = before.count("\n") + 1
            column = len(before) - (before.rfind("\n") + 1) + 1
            raise PlanLoadError(
                [
                    LoadIssue(
                        "encoding",
                        msg("load.encoding.utf8", byte=f"{data[exc.start]:02x}", offset=exc.start),
                        file,
                        line,
                        column,
                        "",
                        msg("load.encoding.utf8.hint"),
                    )
                ]
            ) from None
    if text.startswith(_BOM):
        text = text[1:]
    if "\x00" in text:
        raise PlanLoadError(
            [
                LoadIssue(
                    "binary",
                    msg("load.binary.nul"),
                    file,
                    None,
                    None,
                    "",
                    msg("load.binary.nul.hint"),
                )
            ]
        )
    return text


def decode(data: bytes | str, file: str | None = None, limits: LoadLimits = DEFAULT_LIMITS) -> str:
    """Plan bytes as text, as the loader reads them: within ``limits.max_bytes``, UTF-8, not
    binary; otherwise a :class:`~preventionkit.errors.PlanLoadError` naming ``file`` and the
    line and column of a bad byte. Used by ``preventionkit fmt`` and ``migrate``, which read
    a file themselves."""
    return _decode(data, file, limits)


def _check_unicode(text: str, file: str | None) -> None:
    """Refuse text with lone surrogates (e.g. decoded with ``surrogateescape``): no parser can
    read it, and it cannot be written back as UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        before = text[: exc.start]
        line = before.count("\n") + 1
        column = exc.start - (before.rfind("\n") + 1) + 1
        raise PlanLoadError(
            [
                LoadIssue(
                    "encoding",
                    msg("load.encoding.unicode", code=f"{ord(text[exc.start]):04X}"),
                    file,
                    line,
                    column,
                    "",
                    msg("load.encoding.unicode.hint"),
                )
            ]
        ) from None


def _too_large(size: int, file: str | None, limits: LoadLimits) -> PlanLoadError:
    return PlanLoadError(
        [
            LoadIssue(
                "too_large",
                msg("load.too_large", size=size, limit=limits.max_bytes),
                file,
                None,
                None,
                "",
                msg("load.too_large.hint"),
            )
        ]
    )


def _empty(file: str | None) -> PlanLoadError:
    return PlanLoadError(
        [
            LoadIssue(
                "empty",
                msg("load.empty"),
                file,
                1,
                1,
                "",
                msg("load.empty.hint"),
            )
        ]
    )


def _consequences(reported: set[Path], incomplete: set[Path]) -> Any:
    """A test for model issues that follow from a problem the reader already reported."""
    below = [format_path(p) for p in reported]
    partial = {format_path(p) for p in incomplete}

    def follows(issue: LoadIssue) -> bool:
        path = issue.path
        if any(not b or path == b or path.startswith((f"{b}.", f"{b}[")) for b in below):
            return True
        if issue.kind == "missing_field":
            parent = path.rpartition(".")[0] if "." in path else ""
            return parent in partial
        return False

    return follows


def _validate(
    data: Any,
    source: SourceMap,
    file: str | None,
    extra: list[LoadIssue],
    limits: LoadLimits,
    *,
    reported: set[Path] | None = None,
    incomplete: set[Path] | None = None,
) -> ActionPlan:
    if data is None and not extra:
        raise _empty(file)
    if not isinstance(data, dict):
        got = {"list": "list", "str": "text", "int": "number", "float": "number"}.get(
            type(data).__name__, "nothing" if data is None else "value"
        )
        extra.append(
            LoadIssue(
                "not_a_mapping",
                msg("load.not_a_mapping", got=msg(f"load.got.{got}")),
                file,
                1,
                1,
                "",
                msg("load.not_a_mapping.hint"),
            )
        )
        raise _fail(extra, limits)
    try:
        plan = ActionPlan.model_validate(data)
    except ValidationError as exc:
        raise _invalid(
            exc, data, source, extra, limits, reported=reported, incomplete=incomplete
        ) from None
    if extra:
        raise _fail(extra, limits)
    attach_source(plan, source)
    return plan


def _invalid(
    exc: ValidationError,
    data: Any,
    source: SourceMap,
    extra: list[LoadIssue],
    limits: LoadLimits,
    *,
    reported: set[Path] | None = None,
    incomplete: set[Path] | None = None,
) -> PlanLoadError:
    """The load error for data the model refused: its first problems, located."""
    total = exc.error_count()
    if total > _TRIM_AT * limits.max_errors:
        exc = _revalidated(data, limits.max_errors) or exc
    found = issues_from_validation(exc, source, source.file, limit=limits.max_errors)
    if reported or incomplete:
        follows = _consequences(reported or set(), incomplete or set())
        found = [issue for issue in found if not follows(issue)]
    return _fail(extra + found, limits, total)


_TRIM_AT = 10


def _revalidated(data: Any, keep: int) -> ValidationError | None:
    """The errors of ``data`` with all but the first ``keep`` unknown keys left out.

    pydantic reports every unknown key, and turning a million such errors into Python objects
    takes minutes (issue 21: a file of a million keys); only ``max_errors`` are shown, so the
    data is validated again without the rest. None if that changes nothing.
    """
    budget = [keep]
    trimmed = _trim_unknown(data, ActionPlan, budget)
    if trimmed is data:
        return None
    try:
        with paused_gc():
            ActionPlan.model_validate(trimmed)
    except ValidationError as exc:
        return exc
    return None


def _trim_unknown(value: Any, model: Any, budget: list[int]) -> Any:
    """``value`` with unknown keys of the records beyond ``budget[0]`` dropped (a copy only
    where something is dropped); linear in the data."""
    from ._errors import record_classes

    if isinstance(value, list):
        items = [_trim_unknown(item, model, budget) for item in value]
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    if not isinstance(value, dict) or model is None:
        return value
    fields = model.model_fields
    known = {f.alias or n: n for n, f in fields.items()}
    changed = False
    out: dict[Any, Any] = {}
    for key, item in value.items():
        name = known.get(key)
        if name is None:
            if budget[0] <= 0:
                changed = True
                continue
            budget[0] -= 1
            out[key] = item
            continue
        classes = record_classes(fields[name].annotation)
        new = _trim_unknown(item, classes[0] if len(classes) == 1 else None, budget)
        changed = changed or new is not item
        out[key] = new
    return out if changed else value


PLAN_DEPTH = 16
"""More levels than any valid plan nests (about eight in format 2;
``tests/io/test_limits_io.py`` measures the schema). A plan that validated is no deeper than
this, so the fast paths check the depth limit only when it is set lower (issue 12 item 1:
the limit holds on every read path)."""


def _deeper_than(data: Any, limit: int) -> bool:
    """Whether ``data`` (plain lists and dicts) nests more than ``limit`` levels."""
    level: list[Any] = [data]
    depth = 0
    while level:
        containers = [v for v in level if isinstance(v, dict | list)]
        if not containers:
            return False
        depth += 1
        if depth > limit:
            return True
        level = [child for c in containers for child in (c.values() if isinstance(c, dict) else c)]
    return False


def _fast(data: dict[str, Any] | None, source: SourceMap, limits: LoadLimits) -> ActionPlan | None:
    """Validate what a fast parser read (see ``_fastyaml``); None when there is nothing or it
    goes beyond a limit, so the exact reader runs and reports the problem at its position.

    Data the model refuses is reported from here, located by ``source``: the fast parser read
    the same data the safe reader would (``tests/io/test_fastyaml.py``), and a text it takes
    has nothing the safe reader would report itself (no tags, aliases, duplicate keys or keys
    that are not text), so the problems are the same, without reading the file twice and
    validating it twice (issue 21: 100,000 bad values).
    """
    if data is None:
        return None
    if limits.max_depth < PLAN_DEPTH and _deeper_than(data, limits.max_depth):
        return None
    try:
        plan = ActionPlan.model_validate(data)
    except ValidationError as exc:
        if _beyond(data, limits):
            return None
        raise _invalid(exc, data, source, [], limits) from None
    attach_source(plan, source)
    return plan


def _beyond(data: Any, limits: LoadLimits) -> bool:
    """Whether ``data`` nests deeper than ``limits.max_depth`` or holds more values (keys
    counted) than ``limits.max_nodes``: what the safe reader would refuse before the model
    sees the data."""
    count = 0
    depth = 0
    level: list[Any] = [data]
    while level:
        count += len(level)
        nxt: list[Any] = []
        for value in level:
            if isinstance(value, dict):
                count += len(value)
                nxt.extend(value.values())
            elif isinstance(value, list):
                nxt.extend(value)
        if count > limits.max_nodes:
            return True
        if any(isinstance(v, dict | list) for v in level):
            depth += 1
            if depth > limits.max_depth:
                return True
        level = nxt
    return False


def yaml_positions(text: str, file: str | None, limits: LoadLimits) -> PositionsOf:
    """Positions of a YAML text, computed from its event stream when first asked for: all of
    them, or those of the paths asked for (see :class:`SourceMap`)."""

    def compute(wanted: Collection[Path] | None = None) -> Positions:
        from ._yaml import yaml_positions_of

        with paused_gc():
            return yaml_positions_of(text, wanted)

    return compute


def _loads_yaml(text: str, file: str | None, limits: LoadLimits) -> ActionPlan:
    try:
        require_extra("reading YAML", "yaml", "yaml")
    except MissingExtraError:
        raise PlanLoadError(
            [
                LoadIssue(
                    "missing_dependency",
                    msg("load.missing_dependency.yaml"),
                    file,
                    None,
                    None,
                    "",
                    msg("load.missing_dependency.yaml.hint"),
                )
            ]
        ) from None
    from ._yaml import read_yaml

    # Large files: rapidyaml when installed, positions computed only if asked (issues 8, 20).
    source = SourceMap(file, "yaml", _compute=yaml_positions(text, file, limits))
    fast = _fast(read_fast(text), source, limits)
    if fast is not None:
        return fast
    result = read_yaml(text, file, limits)
    if result.fatal:
        raise _fail(result.issues, limits)
    source = SourceMap(file, "yaml", result.values, result.keys)
    return _validate(
        result.data,
        source,
        file,
        result.issues,
        limits,
        reported=result.reported,
        incomplete=result.incomplete,
    )


def _loads_json(text: str, file: str | None, limits: LoadLimits) -> ActionPlan:
    if not text.strip():
        raise _empty(file)
    try:
        data = parse_json(text)  # one pass: duplicate keys and NaN refused as it reads
    except (ValueError, RecursionError):
        structural = check_json(text, file, limits.max_depth)
        raise PlanLoadError(
            [structural or LoadIssue("syntax", msg("load.syntax.not_json"), file, 1, 1, "", None)]
        ) from None
    # A plan that validates is no deeper than PLAN_DEPTH, so the depth limit needs a look of its
    # own only when it is set lower (issue 12 item 1: the limit holds on every read path).
    if limits.max_depth < PLAN_DEPTH and _deeper_than(data, limits.max_depth):
        deep = depth_issue(text, file, limits.max_depth)
        if deep is not None:
            raise PlanLoadError([deep])
    source = SourceMap(file, "json", _locator=JsonLocator(text).locate)
    try:
        return _validate(data, source, file, [], limits)
    except PlanLoadError:
        # Nesting deeper than the limit is the problem to report, not what the model makes of it.
        deep = depth_issue(text, file, limits.max_depth)
        if deep is not None:
            raise PlanLoadError([deep]) from None
        raise


def _sniff(text: str) -> Format:
    return "json" if text.lstrip()[:1] == "{" else "yaml"


def _read(text: str, fmt: Format, file: str | None, limits: LoadLimits) -> ActionPlan:
    """Read a decoded text as ``fmt``: the one place the collector is paused."""
    with paused_gc():
        if fmt == "json":
            return _loads_json(text, file, limits)
        return _loads_yaml(text, file, limits)


def loads(
    data: str | bytes,
    *,
    format: Format | None = None,
    source: str | None = None,
    limits: LoadLimits = DEFAULT_LIMITS,
) -> ActionPlan:
    """Read a plan from YAML or JSON text (``format`` guessed from the text when not given).

    ``source`` names the text in error messages (e.g. a file name). Raises
    :class:`~preventionkit.errors.PlanLoadError` listing every problem found.
    """
    raw: object = data
    if isinstance(raw, bytearray):
        raw = bytes(raw)
    if not isinstance(raw, str | bytes):
        raise InvalidArgument(msg("error.invalid.loads_type", type=type(raw).__name__))
    format = _checked_format(format)
    text = _decode(raw, source, limits)
    fmt = format or _sniff(text)
    if fmt == "json":
        return _read(text, "json", source, limits)
    if _sniff(text) == "json":
        # A JSON file named .yaml: read it as the JSON it is, falling back to YAML flow style.
        try:
            return _read(text, "json", source, limits)
        except PlanLoadError as exc:
            if not any(i.kind == "syntax" for i in exc.issues):
                raise
    return _read(text, "yaml", source, limits)


def load(
    path: str | os.PathLike[str],
    *,
    format: Format | None = None,
    limits: LoadLimits = DEFAULT_LIMITS,
) -> ActionPlan:
    """Read a plan from a ``.yaml``, ``.yml`` or ``.json`` file, or an Excel workbook
    (``.xlsx``, with the ``xlsx`` extra; see :mod:`preventionkit.io.xlsx`).

    Loading is safe: no tag constructs an object, nothing in the file is executed, and only
    the named file is read. Every problem found is reported at once, each with file, line,
    column (in a workbook: sheet and cell), field path and a hint.
    """
    fs_path = FsPath(path)
    name = str(path)
    data = read_bytes(path, limits=limits, name=name)  # bounded in size and time (issue 21)
    if format is None and fs_path.suffix.lower() in _WORKBOOKS:
        return _load_workbook(data, name, limits)
    text = _decode(data, name, limits)
    del data  # the file's bytes are not needed once decoded: a large plan's peak memory is less
    fmt = _format_of(fs_path, format)
    if fmt == "json" and _sniff(text) != "json" and format is None:
        try:
            return _read(text, "json", name, limits)
        except PlanLoadError as exc:
            issue = exc.issues[0]
            raise PlanLoadError(
                [
                    LoadIssue(
                        issue.kind,
                        issue.message,
                        issue.file,
                        issue.line,
                        issue.column,
                        issue.path,
                        msg("load.syntax.json_named.hint"),
                    ),
                    *exc.issues[1:],
                ]
            ) from None
    return loads(text, format=fmt, source=name, limits=limits)


def _load_workbook(data: bytes, name: str, limits: LoadLimits) -> ActionPlan:
    try:
        import openpyxl  # noqa: F401  (the xlsx extra)

        from .xlsx._read import read_workbook
    except ImportError:
        raise PlanLoadError(
            [
                LoadIssue(
                    "missing_dependency",
                    msg("load.missing_dependency.xlsx"),
                    name,
                    None,
                    None,
                    "",
                    msg("load.missing_dependency.xlsx.hint"),
                )
            ]
        ) from None
    return read_workbook(data, name, limits)


def _plain(plan: ActionPlan) -> dict[str, Any]:
    data: dict[str, Any] = plan.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return data


def dumps(plan: ActionPlan, *, format: Format = "yaml", schema_comment: str | None = None) -> str:
    """Write a plan as YAML (default) or JSON text; ``load(dumps(plan)) == plan``.

    Exactly the fields the plan states are written: those set when it was read or built. A
    stated absence such as ``arenas: []`` survives, and a field left out stays left out, so
    "not stated" is never turned into "none" (:meth:`ActionPlan.knows`).
    ``schema_comment`` adds a ``# yaml-language-server: $schema=…`` line for editors (YAML).
    YAML needs the ``yaml`` extra (:class:`~preventionkit.errors.MissingExtraError` otherwise).
    """
    if _checked_format(format) == "json":
        return plan.model_dump_json(by_alias=True, exclude_unset=True, indent=2) + "\n"
    require_extra("writing YAML", "yaml", "yaml")
    from ._yaml_dump import dump_yaml

    text = dump_yaml(_plain(plan))
    if schema_comment:
        text = f"# yaml-language-server: $schema={schema_comment}\n{text}"
    return text


def dump(plan: ActionPlan, path: str | os.PathLike[str], *, format: Format | None = None) -> None:
    """Write a plan to a file, as YAML or JSON by its suffix (``format`` overrides); a
    ``.xlsx`` file is written as an English workbook (see :func:`preventionkit.io.to_xlsx`).

    The file is written atomically (:func:`preventionkit.io.files.write_file`): an
    interrupted write leaves the old file whole. Raises
    :class:`~preventionkit.io.files.FileWriteError` when it cannot be written.
    """
    fs_path = FsPath(path)
    if format is None and fs_path.suffix.lower() == ".xlsx":
        from .xlsx import to_xlsx

        to_xlsx(plan, fs_path, lang="en")
        return
    write_file(fs_path, dumps(plan, format=_format_of(fs_path, format)))
