"""``preventionkit export`` and ``preventionkit import``: the plan as a workbook or CSV and back.

``export PLAN --to plan.xlsx`` writes a workbook (headers in ``--lang``), ``--to
activities.csv`` the activity table alone, ``--to plan.yaml`` / ``.json`` the plan as text.
``import plan.xlsx --to plan.yaml`` reads a workbook (every problem named by sheet and cell)
and writes the plan as YAML or JSON; ``import activities.csv --plan plan.yaml --to
plan.yaml`` puts the CSV's activities into an existing plan (issue 19).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from ._common import (
    ExampleOption,
    NoColorOption,
    PlanArgument,
    SheetLang,
    SheetLangOption,
    consoles,
    guard,
    load_one,
    usage,
)

__all__ = ["export_command", "import_command"]

_TEXT = {".yaml", ".yml", ".json"}

ToOption = Annotated[
    Path,
    typer.Option(
        "--to",
        "-t",
        help="The file to write: .xlsx (a workbook), .csv (the activity table), .yaml or .json.",
        metavar="FILE",
        show_default=False,
    ),
]


def _write(plan: object, to: Path, lang: SheetLang) -> None:
    from ..io import dump
    from ..io.xlsx import to_activities_csv, to_xlsx
    from ..model import ActionPlan

    assert isinstance(plan, ActionPlan)
    suffix = to.suffix.lower()
    try:
        if suffix == ".xlsx":
            to_xlsx(plan, to, lang=lang.value)
        elif suffix == ".csv":
            to_activities_csv(plan, to, lang=lang.value)
        elif suffix in _TEXT:
            dump(plan, to)
        else:
            usage(f"cannot write {to.name}: give a .xlsx, .csv, .yaml, .yml or .json file")
    except OSError as exc:
        usage(f"cannot write {to}: {exc.strerror or exc}")
    except ImportError as exc:
        usage(str(exc))
    except ValueError as exc:
        usage(f"cannot write {to}: {exc}")


@guard
def export_command(
    *,
    plan: PlanArgument = None,
    to: ToOption,
    example: ExampleOption = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
    lang: SheetLangOption = SheetLang.en,
    no_color: NoColorOption = False,
) -> None:
    """Write a plan as an Excel workbook, a CSV of its activities, or YAML/JSON."""
    out, _err = consoles(no_color)
    loaded = load_one(plan, example)
    if to.exists() and not force:
        usage(f"{to} exists; choose another file or add --force to overwrite it")
    _write(loaded.plan, to, lang)
    out.print(Text(f"Wrote {to}", style="bold green"))


@guard
def import_command(
    *,
    source: Annotated[
        str,
        typer.Argument(
            help="The workbook (.xlsx) or activity table (.csv) to read.",
            metavar="FILE",
            show_default=False,
        ),
    ],
    to: ToOption,
    base: Annotated[
        str | None,
        typer.Option(
            "--plan",
            help="For a .csv: the plan whose actors and bodies its activities refer to.",
            metavar="PLAN",
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
    no_color: NoColorOption = False,
) -> None:
    """Read a workbook (or a CSV of activities) and write the plan as YAML or JSON."""
    from ..io import load
    from ..io.xlsx import read_activities_csv

    out, _err = consoles(no_color)
    if to.suffix.lower() not in _TEXT:
        usage(f"import writes YAML or JSON: give --to a .yaml, .yml or .json file, not {to.name}")
    if to.exists() and not force:
        usage(f"{to} exists; choose another file or add --force to overwrite it")
    if source.lower().endswith(".csv"):
        if base is None:
            usage("a .csv holds activities only: give --plan PLAN with the actors they refer to")
        plan = read_activities_csv(source, load(base))
    else:
        if base is not None:
            usage("--plan is for a .csv of activities; a workbook holds the whole plan")
        plan = load(source)
    _write(plan, to, SheetLang.en)
    out.print(Text(f"Wrote {to}", style="bold green"))
