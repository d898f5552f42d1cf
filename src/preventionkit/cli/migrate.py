"""``preventionkit migrate``: rewrite plan files to the current format version.

Only the version number changes (``preventionkit.io.migrate``): comments, key order and line
endings stay. ``--check`` writes nothing and exits 1 when a file still needs migrating, for
CI; ``-`` migrates standard input to standard output.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Annotated

import typer

from ..errors import PlanLoadError
from ..messages import message as msg
from ..messages import text as t
from ._common import (
    EXIT_FINDINGS,
    EXIT_LOAD,
    EXIT_OK,
    NoColorOption,
    consoles,
    expand_paths,
    guard,
    help_text,
    issue_line,
    usage,
)

__all__ = ["migrate_command"]


def _replace(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically: a temporary file beside it, then a rename, so an
    interrupted run leaves the old file whole; the file's permissions are kept."""
    mode = path.stat().st_mode
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode & 0o7777)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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
    from ..io.migrate import MigrationError, migrate_text

    out, err = consoles(no_color)
    sources = list(expand_paths(plans or []))
    if not sources:
        usage(msg("cli.usage.migrate_need"))
    if "-" in sources:
        if len(sources) > 1:
            usage(msg("cli.usage.migrate_stdin_alone"))
        text = sys.stdin.read()
        try:
            migrated = migrate_text(text, source="<stdin>")
        except PlanLoadError as exc:
            for issue in exc.issues:
                err.print(issue_line(issue), markup=False)
            raise typer.Exit(EXIT_LOAD) from None
        if check:
            raise typer.Exit(EXIT_FINDINGS if migrated != text else EXIT_OK)
        out.file.write(migrated)
        return
    status = EXIT_OK
    changed: list[str] = []
    for source in sources:
        path = Path(source)
        try:
            raw = path.read_bytes()
            text = raw.decode("utf-8")
            migrated = migrate_text(text, source=source)
            if migrated != text:
                changed.append(source)
                if not check:
                    _replace(path, migrated)
        except PlanLoadError as exc:
            for issue in exc.issues:
                err.print(issue_line(issue), markup=False)
            status = EXIT_LOAD
        except (MigrationError, OSError, UnicodeDecodeError) as exc:
            err.print(f"{source}: {exc}", markup=False)
            status = EXIT_LOAD
    verb = "cli.migrate.would_migrate" if check else "cli.migrate.migrated"
    for source in changed:
        out.print(t(verb, None, path=source), markup=False)
    summary = "cli.migrate.summary.check" if check else "cli.migrate.summary"
    kept = str(len(sources) - len(changed))
    out.print(t(summary, None, changed=str(len(changed)), kept=kept), markup=False)
    if status == EXIT_OK and check and changed:
        status = EXIT_FINDINGS
    raise typer.Exit(status)
