"""``preventionkit migrate``: rewrite plan files to the current format version.

Only the version number changes (``preventionkit.io.migrate``): comments, key order and line
endings stay. ``--check`` writes nothing and exits 1 when a file still needs migrating, for
CI; ``-`` migrates standard input to standard output.
"""

from __future__ import annotations

from typing import Annotated

import typer

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
    issue_line,
    limits,
    print_failure,
    read_source,
    usage,
)

__all__ = ["migrate_command"]


@guard
def migrate_command(
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
        typer.Option("--check", help=help_text("cli.help.migrate.check")),
    ] = False,
    no_color: NoColorOption = False,
) -> None:
    """Rewrite plan files to the current format version (comments and order kept)."""
    from ..io import decode
    from ..io.files import FileWriteError, read_bytes, write_file
    from ..io.migrate import MigrationError, migrate_text

    out, err = consoles(no_color)
    sources = list(expand_paths(plans or []))
    if not sources:
        usage(msg("cli.usage.migrate_need"))
    if "-" in sources:
        if len(sources) > 1:
            usage(msg("cli.usage.migrate_stdin_alone"))
        name, raw = read_source("-")  # bounded in size and time (io.files)
        try:
            bom = "\ufeff" if raw.startswith(b"\xef\xbb\xbf") else ""
            text = bom + decode(raw, name, limits())
            migrated = bom + migrate_text(text.removeprefix(bom), source=name)
        except PlanLoadError as exc:
            for issue in exc.issues:
                err.print(issue_line(issue), markup=False)
            raise typer.Exit(EXIT_LOAD) from None
        if check:
            raise typer.Exit(EXIT_FINDINGS if migrated != text else EXIT_OK)
        out.file.write(migrated)
        return

    def migrate_file(source: str) -> bool:
        """Whether ``source`` needs migrating; rewritten unless ``--check``."""
        raw = read_bytes(source, limits=limits())  # bounded; a located io error
        text = decode(raw, source, limits())  # a located encoding error (BOM removed)
        bom = "\ufeff" if raw.startswith(b"\xef\xbb\xbf") else ""
        migrated = bom + migrate_text(text, source=source)  # the BOM is kept too
        if migrated == bom + text:
            return False
        if not check:
            write_file(source, migrated)  # atomic, permissions kept (io.files)
        return True

    status = EXIT_OK
    changed: list[str] = []
    for run in each_file(
        sources, migrate_file, failures=(PlanLoadError, FileWriteError, MigrationError)
    ):
        if run.error is not None:
            print_failure(err, run.error)
            status = EXIT_LOAD
        elif run.result:
            changed.append(run.source)
    verb = "cli.migrate.would_migrate" if check else "cli.migrate.migrated"
    for source in changed:
        out.print(terminal(t(verb, None, path=source)), markup=False)
    summary = "cli.migrate.summary.check" if check else "cli.migrate.summary"
    kept = str(len(sources) - len(changed))
    out.print(t(summary, None, changed=str(len(changed)), kept=kept), markup=False)
    if status == EXIT_OK and check and changed:
        status = EXIT_FINDINGS
    raise typer.Exit(status)
