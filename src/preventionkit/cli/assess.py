"""``preventionkit assess``: grade a plan against the framework packs it follows, or any pack.

One plan: a table per pack (each item's grade, evidence and where the answer came from). Several
plans (or a folder of them) with one ``--framework``: a comparison table, one row per plan. The
texts come from the message catalogue and the packs' own labels (issue 17).
"""

from __future__ import annotations

import csv
import io
from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.table import Table

from ..errors import PlanLoadError
from ..escape import markdown as md
from ..escape import rich_text
from ..messages import text
from ._common import (
    ExampleOption,
    LangOption,
    NoColorOption,
    consoles,
    dump_json,
    each_file,
    expand_paths,
    guard,
    help_text,
    lang_code,
    load_one,
    read_plan,
    usage,
)

__all__ = ["assess_command"]

CLI_SCHEMA_VERSION = 1
"""The version of the JSON ``assess`` writes."""

_GRADE_STYLE = {1.0: "bold green", 0.5: "yellow", 0.0: "bold red"}


class AssessFormat(StrEnum):
    """Output formats of ``assess``."""

    text = "text"
    json = "json"
    markdown = "markdown"
    csv = "csv"


@guard
def assess_command(
    *,
    plans: Annotated[
        list[str] | None,
        typer.Argument(
            help=help_text("cli.help.assess.plans"),
            metavar="PLAN...",
            show_default=False,
        ),
    ] = None,
    example: ExampleOption = None,
    framework: Annotated[
        list[str] | None,
        typer.Option(
            "--framework",
            "-F",
            help=help_text("cli.help.assess.framework"),
            metavar="ID",
        ),
    ] = None,
    list_packs: Annotated[
        bool, typer.Option("--list", help=help_text("cli.help.assess.list"))
    ] = False,
    format: Annotated[
        AssessFormat, typer.Option("--format", "-f", help=help_text("cli.help.format"))
    ] = AssessFormat.text,
    lang: LangOption = None,
    no_color: NoColorOption = False,
) -> None:
    """Grade a plan against framework packs, item by item, with evidence and provenance."""
    from ..frameworks import FrameworkPackError, assess_declared, compare, framework_packs
    from ..report.packs import not_included

    out, _ = consoles(no_color)
    code = lang_code(lang)
    if list_packs:
        _list(out, framework_packs(), code, format)
        return
    sources = list(expand_paths(plans or []))
    try:
        if len(sources) > 1:
            if example is not None:
                usage(text("pack.cli.files_or_example", code))
            if len(framework or []) != 1:
                usage(text("pack.cli.one_framework", code))
            loaded = _read_all(sources)
            _comparison(out, compare(loaded, (framework or [""])[0]), code, format)
            return
        one = load_one(sources[0] if sources else None, example)
        results = assess_declared(one.plan, framework or ())
    except FrameworkPackError as exc:
        if exc.unknown is None:
            usage(str(exc))
        hint = text("pack.did_you_mean", code, near=exc.near) if exc.near else ""
        usage(text("pack.follows.unknown", code, pack=exc.unknown, hint=hint))
    if not results:
        usage(text("pack.none_declared", code))
    if format is AssessFormat.json:
        doc = {
            "schema_version": CLI_SCHEMA_VERSION,
            "plan": one.plan.id,
            "source": one.name,
            "lang": code,
            "assessments": [a.to_dict(code) for a in results],
        }
        out.file.write(dump_json(doc))
        return
    if format is AssessFormat.csv:
        rows = [
            {"plan": one.plan.id, "pack": a.pack.id, "version": a.version, **_flat(item)}
            for a in results
            for item in a.to_dict(code)["items"]
        ]
        out.file.write(_csv(rows))
        return
    heads = [text(f"pack.head.{h}", code) for h in ("item", "grade", "evidence", "provenance")]
    for a in results:
        title = text(
            "pack.title", code, title=a.pack.title.get(code), pack=a.pack.id, version=a.version
        )
        data = a.to_dict(code)["items"]
        if format is AssessFormat.markdown:
            lines = [f"## {md(title)}", "", "| " + " | ".join(heads) + " |", "|---|---|---|---|"]
            for r in data:
                lines.append(
                    "| "
                    + " | ".join(
                        md(c)
                        for c in (
                            r["label"],
                            r["grade_label"],
                            _evidence(r, code),
                            text(f"pack.provenance.{r['provenance']}", code),
                        )
                    )
                    + " |"
                )
            if left := not_included(a, code):
                lines += ["", md(left)]
            out.file.write("\n".join(lines) + "\n\n")
            continue
        table = Table(title=rich_text(title), header_style="bold", show_lines=True)
        for head in heads:
            table.add_column(head)
        for result, r in zip(a.items, data, strict=True):
            score = a.pack.scale.level(result.grade).score
            table.add_row(
                rich_text(r["label"]),
                rich_text(
                    r["grade_label"],
                    style="dim" if score is None else _GRADE_STYLE.get(score, "yellow"),
                ),
                rich_text(_evidence(r, code)),
                rich_text(text(f"pack.provenance.{r['provenance']}", code)),
            )
        out.print(table)
        if left := not_included(a, code):
            out.print(rich_text(left))


def _read_all(sources: list[str]) -> list[Any]:
    """Every plan to compare; when some do not load, the problems of all of them are reported
    together (exit 2, as text or as JSON), rather than those of the first only."""
    runs = list(each_file(sources, lambda source: read_plan(source).plan))
    failed = [run.error for run in runs if isinstance(run.error, PlanLoadError)]
    if failed:
        issues = [issue for error in failed for issue in error.issues]
        raise PlanLoadError(issues, truncated=any(error.truncated for error in failed))
    return [run.result for run in runs]


def _evidence(row: dict[str, Any], lang: str) -> str:
    said = row["evidence"] or ""
    if row["approximate"] and row["provenance"] == "data":
        said += f" ({text('pack.approximate', lang)})"
    return said


def _flat(item: dict[str, Any]) -> dict[str, Any]:
    return {
        "item": item["item"],
        "label": item["label"],
        "grade": item["grade"],
        "provenance": item["provenance"],
        "evidence": item["evidence"] or "",
        "records": " ".join(item["records"]),
        "fields": " ".join(item["fields"]),
        "approximate": item["approximate"],
    }


def _csv(rows: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    if rows:
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return buffer.getvalue()


def _list(out: Any, packs: Any, lang: str, format: AssessFormat) -> None:
    rows = [
        {"id": p.id, "version": p.version, "title": p.title.get(lang), "items": len(p.items)}
        for p in packs.values()
    ]
    if format is AssessFormat.json:
        out.file.write(dump_json({"schema_version": CLI_SCHEMA_VERSION, "packs": rows}))
    elif format is AssessFormat.csv:
        out.file.write(_csv(rows))
    elif format is AssessFormat.markdown:
        lines = ["| id | version | title | items |", "|---|---|---|---:|"]
        lines += [
            f"| {md(r['id'])} | {md(r['version'])} | {md(r['title'])} | {r['items']} |"
            for r in rows
        ]
        out.file.write("\n".join(lines) + "\n")
    else:
        table = Table(header_style="bold")
        for head in ("id", "version", "title", "items"):
            table.add_column(head)
        for r in rows:
            table.add_row(r["id"], r["version"], rich_text(r["title"]), str(r["items"]))
        out.print(table)


def _comparison(out: Any, comparison: Any, lang: str, format: AssessFormat) -> None:
    rows = comparison.rows()
    pack = comparison.pack
    if format is AssessFormat.json:
        doc = {
            "schema_version": CLI_SCHEMA_VERSION,
            "pack": pack.id,
            "version": pack.version,
            "lang": lang,
            "items": list(comparison.columns),
            "plans": rows,
        }
        out.file.write(dump_json(doc))
        return
    if format is AssessFormat.csv:
        out.file.write(_csv(rows))
        return

    def label(code: str) -> str:
        return str(pack.scale.level(code).labels.get(lang))

    heads = [
        text("pack.head.plan", lang),
        *comparison.columns,
        text("pack.head.score", lang),
    ]
    cells = [
        [
            r["plan"],
            *(label(r[c]) for c in comparison.columns),
            "" if r["score"] is None else f"{r['score']:.2f}",
        ]
        for r in rows
    ]
    if format is AssessFormat.markdown:
        lines = ["| " + " | ".join(md(h) for h in heads) + " |"]
        lines.append("|" + "---|" * len(heads))
        # The score is a number the library wrote; the rest is escaped.
        lines += ["| " + " | ".join([*(md(c) for c in row[:-1]), row[-1]]) + " |" for row in cells]
        out.file.write("\n".join(lines) + "\n")
        return
    title = text("pack.title", lang, title=pack.title.get(lang), pack=pack.id, version=pack.version)
    table = Table(title=rich_text(title), header_style="bold")
    for head in heads:
        table.add_column(rich_text(head))
    for row in cells:
        table.add_row(*(rich_text(c) for c in row))
    out.print(table)
