"""``python -m preventionkit`` and the ``preventionkit`` console script.

The command line needs the ``cli`` extra (typer and rich). Without it, this prints how to
install it instead of a traceback, and exits with status 2, as for any other usage problem:
the command cannot run as installed, and the install line is the fix (issue 12 item 3).
"""

from __future__ import annotations

import sys
from importlib.util import find_spec

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    try:
        import typer  # noqa: F401
    except ImportError:
        installed = False
    else:
        # rich is looked for, not imported: ``validate`` writing to a file or a pipe never
        # needs it (issue 20).
        installed = find_spec("rich") is not None
    if not installed:
        from .messages import UnknownLanguageError, default_lang, text

        try:
            lang = default_lang()
        except UnknownLanguageError:
            lang = "en"
        print(text("cli.missing_cli", lang), file=sys.stderr)
        return 2
    from .cli import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
