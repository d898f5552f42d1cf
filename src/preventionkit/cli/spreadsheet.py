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

from ..errors import MissingExtraError
from ..escape import terminal
from ..messages import message as msg
from ..messages import text as t
from ._common import (
    ExampleOption,
    LangOption,
    NoColorOption,
    PlanArgument,
    consoles,
    guard,
    help_text,
    lang_code,
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
        help=help_text("cli.help.export.to"),
        metavar="FILE",
        show_default=False,
    ),
]


def _write(plan: object, to: Path, lang: str) -> None:
    """Write ``plan`` to ``to`` by its suffix; a workbook's words in ``lang`` when the
    workbook has them (sv, en, nb), else in English."""
    from ..io import dump
    from ..io.files import FileWriteError, os_reason
    from ..io.xlsx import LANGS, WorkbookWriteError, to_activities_csv, to_xlsx
    from ..model import ActionPlan

    assert isinstance(plan, ActionPlan)
    sheet_lang = next((code for code in LANGS if code == lang), LANGS[1])
    suffix = to.suffix.lower()
    try:
        if suffix == ".xlsx":
            to_xlsx(plan, to, lang=sheet_lang)
        elif suffix == ".csv":
            to_activities_csv(plan, to, lang=sheet_lang)
        elif suffix in _TEXT:
            dump(plan, to)
        else:
            usage(msg("cli.usage.export_suffix", name=to.name))
    except FileWriteError:
        raise  # one line naming the file, in the command's language (``guard``)
    except OSError as exc:
        usage(msg("cli.usage.cannot_write", path=str(to), reason=os_reason(exc)))
    except MissingExtraError as exc:
        usage(exc.message)
    except ImportError as exc:
        usage(str(exc))
    except WorkbookWriteError as exc:
        usage(msg("cli.usage.cannot_write", path=str(to), reason=exc.message))
    except ValueError as exc:
        usage(msg("cli.usage.cannot_write", path=str(to), reason=str(exc)))


@guard
def export_command(
    *,
    plan: PlanArgument = None,
    to: ToOption,
    example: ExampleOption = None,
    force: Annotated[bool, typer.Option("--force", help=help_text("cli.help.force"))] = False,
    lang: LangOption = None,
    no_color: NoColorOption = False,
) -> None:
    """Write a plan as an Excel workbook, a CSV of its activities, or YAML/JSON."""
    out, _err = consoles(no_color)
    code = lang_code(lang)
    loaded = load_one(plan, example)
    if to.exists() and not force:
        usage(msg("cli.usage.exists", path=str(to)))
    _write(loaded.plan, to, code)
    out.print(Text(t("cli.wrote", code, path=terminal(str(to))), style="bold green"))


@guard
def import_command(
    *,
    source: Annotated[
        str,
        typer.Argument(
            help=help_text("cli.help.import.source"),
            metavar="FILE",
            show_default=False,
        ),
    ],
    to: ToOption,
    base: Annotated[
        str | None,
        typer.Option(
            "--plan",
            help=help_text("cli.help.import.plan"),
            metavar="PLAN",
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help=help_text("cli.help.force"))] = False,
    lang: LangOption = None,
    no_color: NoColorOption = False,
) -> None:
    """Read a workbook (or a CSV of activities) and write the plan as YAML or JSON."""
    from ..io import load
    from ..io.xlsx import read_activities_csv

    out, _err = consoles(no_color)
    if to.suffix.lower() not in _TEXT:
        usage(msg("cli.usage.import_suffix", name=to.name))
    if to.exists() and not force:
        usage(msg("cli.usage.exists", path=str(to)))
    if source.lower().endswith(".csv"):
        if base is None:
            usage(msg("cli.usage.csv_needs_plan"))
        plan = read_activities_csv(source, load(base))
    else:
        if base is not None:
            usage(msg("cli.usage.plan_is_for_csv"))
        plan = load(source)
    code = lang_code(lang)
    _write(plan, to, code)
    out.print(Text(t("cli.wrote", code, path=terminal(str(to))), style="bold green"))
