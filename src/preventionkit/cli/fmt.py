"""``preventionkit fmt``: rewrite plan files in canonical layout, keeping every comment.

Only layout changes, never what the file says: a file that would load to a different plan is
left untouched (``preventionkit.io.fmt``). ``--check`` writes nothing and exits 1 when a file
is not formatted, for CI; ``-`` formats standard input to standard output.
"""

from __future__ import annotations

from typing import Annotated

import typer
from rich.text import Text

from ..errors import PlanLoadError
from ..escape import terminal
from ..messages import message as msg
from ..messages import text as t
from ._common import (
    EXIT_FINDINGS,
    EXIT_LOAD,
    EXIT_OK,
    NoColorOption,
    consoles,
    each_file,
    expand_paths,
    guard,
    help_text,
    limits,
    print_failure,
    read_source,
    usage,
)

__all__ = ["fmt_command"]


@guard
def fmt_command(
    *,
    plans: Annotated[
        list[str] | None,
        typer.Argument(
            help=help_text("cli.help.files"),
            metavar="PLAN...",
            show_default=False,
        ),
    ] = None,
    check: Annotated[
        bool,
        typer.Option("--check", help=help_text("cli.help.fmt.check")),
    ] = False,
    no_color: NoColorOption = False,
) -> None:
    """Rewrite plan files in canonical layout (comments and key order kept)."""
    from ..io import decode
    from ..io.files import FileWriteError
    from ..io.fmt import FormatError, format_file, format_source

    out, err = consoles(no_color)
    sources = list(expand_paths(plans or []))
    if not sources:
        usage(msg("cli.usage.fmt_need"))
    if "-" in sources:
        if len(sources) > 1:
            usage(msg("cli.usage.stdin_alone"))
        name, raw = read_source("-")
        text = decode(raw, name, limits())
        if raw.startswith(b"\xef\xbb\xbf"):
            text = "\ufeff" + text
        try:
            formatted = format_source(text, source=name, limits=limits())
        except FormatError as exc:
            err.print(terminal(exc.text()), markup=False)
            raise typer.Exit(EXIT_LOAD) from None
        if check:
            raise typer.Exit(EXIT_FINDINGS if formatted != text else EXIT_OK)
        out.file.write(formatted)
        out.file.flush()
        return
    changed: list[str] = []
    failed = 0
    for run in each_file(
        sources,
        lambda source: format_file(source, check=check, limits=limits()),
        failures=(PlanLoadError, FormatError, FileWriteError),
    ):
        if run.error is not None:
            print_failure(err, run.error)
            failed += 1
        elif run.result:
            changed.append(run.source)
    status = EXIT_LOAD if failed else EXIT_OK
    verb = "cli.fmt.would_reformat" if check else "cli.fmt.reformatted"
    for source in changed:
        out.print(Text(terminal(t(verb, None, path=source)), style="yellow" if check else "green"))
    kept = len(sources) - len(changed) - failed
    key = "cli.fmt.summary.check" if check else "cli.fmt.summary"
    summary = t(key, None, changed=str(len(changed)), kept=str(kept))
    if failed:
        summary += ", " + t("cli.fmt.failed", None, failed=str(failed))
    out.print(summary)
    if status == EXIT_OK and check and changed:
        status = EXIT_FINDINGS
    raise typer.Exit(status)
