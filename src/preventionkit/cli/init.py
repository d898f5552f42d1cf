"""``preventionkit init``: start a new plan with its chain of governance in place.

The scaffold holds what every plan needs before its activities (002 §1.6, §1.8; 001 p. 13–15):
the council that adopts the plan, the executive board that owns it, the adopting decision, and
a steering group holding the mandate to lead the work, granted on that decision. It loads and
validates at once; the validator then says what is still missing (activities at every
prevention level, goals, follow-up …), which is where the real work starts.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from ..escape import terminal
from ..messages import message
from ..messages import message as msg
from ..messages import text as t
from ._common import (
    LangOption,
    NoColorOption,
    consoles,
    guard,
    help_text,
    lang_code,
    usage,
)

__all__ = ["init_command", "scaffold"]

_YEAR = re.compile(r"^\d{4}$")


def slug(text: str) -> str:
    """An id from a title: lower case ASCII letters, digits and hyphens."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    out = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    return out[:60].strip("-") or "plan"


def scaffold(
    *,
    id: str,
    title: str,
    start: int | None,
    end: int | None,
    council: str,
    board: str,
    steering_group: str,
) -> str:
    """The YAML text of a new plan with its chain of governance (loads and validates)."""
    from ..io import SCHEMA_ID, dumps, loads

    lines = [
        "preventionkit: 1",
        f"id: {_quote(id)}",
        f"title: {_quote(title)}",
        # The skeleton is a Swedish municipality's plan (council, executive board): it names
        # the profile, so the Swedish municipal rules run on it (issue 16).
        "profile: municipal",
        "status: draft",
    ]
    if start is not None or end is not None:
        period = ", ".join(
            part
            for part in (
                f"start: '{start}'" if start is not None else "",
                f"end: '{end}'" if end is not None else "",
            )
            if part
        )
        lines.append(f"period: {{{period}}}")
    lines += [
        "owner: ks",
        "adopted_by: d-kf-antagande",
        "actors:",
        f"  - {{id: kf, name: {_quote(council)}, kind: council, tier: local, "
        "sector: municipal_leadership}",
        f"  - {{id: ks, name: {_quote(board)}, kind: executive_board, tier: local, "
        "sector: municipal_leadership}",
        "decisions:",
        "  - {id: d-kf-antagande, by: kf, kind: adoption, summary: Antar handlingsplanen}",
        "bodies:",
        f"  - {{id: styrgrupp, name: {_quote(steering_group)}, role: steering_group, "
        "reports_to: ks}",
        "mandates:",
        "  - {holder: styrgrupp, granted_by: ks, decision: d-kf-antagande, "
        "scope: Leda och följa upp arbetet enligt planen}",
        "activities: []",
    ]
    text = "\n".join(lines) + "\n"
    plan = loads(text, format="yaml", source="<init>")
    return dumps(plan, schema_comment=SCHEMA_ID)


def _quote(text: str) -> str:
    """``text`` as a YAML flow scalar (single-quoted, so nothing in it is read as syntax)."""
    return "'" + text.replace("'", "''") + "'"


def _year(value: str | None, what: str) -> int | None:
    if value is None or value == "":
        return None
    if not _YEAR.match(value.strip()):
        usage(msg("cli.usage.year", what=what, value=value))
    return int(value.strip())


@guard
def init_command(
    *,
    path: Annotated[
        Path, typer.Argument(help=help_text("cli.help.init.path"), show_default=True)
    ] = Path("plan.yaml"),
    title: Annotated[str | None, typer.Option(help=help_text("cli.help.init.title"))] = None,
    id: Annotated[str | None, typer.Option("--id", help=help_text("cli.help.init.id"))] = None,
    start: Annotated[
        str | None, typer.Option(help=help_text("cli.help.init.start"), metavar="YEAR")
    ] = None,
    end: Annotated[
        str | None, typer.Option(help=help_text("cli.help.init.end"), metavar="YEAR")
    ] = None,
    council: Annotated[
        str, typer.Option(help=help_text("cli.help.init.council"))
    ] = "Kommunfullmäktige",
    board: Annotated[str, typer.Option(help=help_text("cli.help.init.board"))] = "Kommunstyrelsen",
    steering_group: Annotated[
        str, typer.Option(help=help_text("cli.help.init.steering_group"))
    ] = "Styrgrupp mot våld",
    interactive: Annotated[
        bool | None,
        typer.Option(
            "--interactive/--no-interactive",
            "-i",
            help=help_text("cli.help.init.interactive"),
            show_default=False,
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help=help_text("cli.help.force"))] = False,
    to: Annotated[
        Path | None,
        typer.Option("--to", help=help_text("cli.help.init.to"), metavar="FILE"),
    ] = None,
    lang: LangOption = None,
    no_color: NoColorOption = False,
) -> None:
    """Write a new plan with its chain of governance in place, ready to fill in."""
    from ..io import load
    from ..rules import validate

    out, err = consoles(no_color)
    code = lang_code(lang)
    if to is not None:
        path = to
    if path.exists() and not force:
        usage(msg("cli.usage.exists", path=str(path)))
    if path.suffix.lower() == ".xlsx":
        from ..io.files import FileWriteError, os_reason
        from ..io.xlsx import LANGS, xlsx_template

        try:
            xlsx_template(path, lang=code if code in LANGS else "en")
        except FileWriteError:
            raise  # one line naming the file, in the command's language (``guard``)
        except OSError as exc:
            usage(msg("cli.usage.cannot_write", path=str(path), reason=os_reason(exc)))
        out.print(Text(t("cli.wrote", code, path=terminal(str(path))), style="bold green"))
        out.print(
            t("cli.init.fill_in", code, command=f"preventionkit validate {path}"), markup=False
        )
        return
    if path.exists() and not force:
        usage(msg("cli.usage.exists", path=str(path)))
    if interactive is None:
        interactive = title is None and sys.stdin.isatty()
    if interactive:
        title = typer.prompt(
            t("cli.init.title", code),
            default=title or t("cli.init.default_title", code),
        )
        id = typer.prompt("Id", default=id or slug(title or "plan"))
        start = typer.prompt(
            t("cli.init.start", code),
            default=start or "",
            show_default=False,
        )
        end = typer.prompt(
            t("cli.init.end", code),
            default=end or "",
            show_default=False,
        )
        steering_group = typer.prompt(
            t("cli.init.steering_group", code),
            default=steering_group,
        )
    if title is None:
        usage(msg("cli.usage.title"))
    first, last = _year(start, "--start"), _year(end, "--end")
    if first is not None and last is not None and last < first:
        usage(msg("cli.usage.period", end=str(last), start=str(first)))
    plan_id = id or slug(title)
    text = scaffold(
        id=plan_id,
        title=title,
        start=first,
        end=last,
        council=council,
        board=board,
        steering_group=steering_group,
    )
    from ..io.files import write_file

    write_file(path, text)  # atomic; a FileWriteError is one line and exit 2
    report = validate(load(path), lang=code)
    counts = report.counts
    out.print(Text(t("cli.wrote", code, path=terminal(str(path))), style="bold green"))
    out.print(
        t(
            "cli.init.next",
            code,
            error=message("count.error", n=counts["error"]),
            warning=message("count.warning", n=counts["warning"]),
        )
    )
    for code_ in dict.fromkeys(f.code for f in report.findings if f.severity != "info"):
        first_finding = next(f for f in report.findings if f.code == code_)
        out.print(f"  {code_} {terminal(first_finding.text(code))}", markup=False)
    out.print(
        terminal(t("cli.init.run", code, command=f"preventionkit validate {path}")), markup=False
    )
    _ = err
