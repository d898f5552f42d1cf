"""The command line (``cli`` extra: typer and rich): ``preventionkit validate``, ``report`` …

Imported only by ``preventionkit.__main__``; ``import preventionkit`` never imports it.
"""

from __future__ import annotations

import sys

__all__ = ["app", "run"]

from ..messages import text
from ._app import app
from ._common import _fallback_lang


def run(argv: list[str] | None = None) -> int:
    """Run the command line with ``argv`` and return its exit status (never raises).

    With no arguments at all it prints the help and exits 0: asking what the command does is
    not a usage error (issue 12 item 7; click's ``no_args_is_help`` exits 2).
    """
    if not (sys.argv[1:] if argv is None else argv):
        argv = ["--help"]
    try:
        app(args=argv, prog_name="preventionkit", standalone_mode=True)
    except SystemExit as exc:
        code = exc.code
        if code is None:
            return 0
        if isinstance(code, int):
            return code
        print(code, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(text("cli.interrupted", _fallback_lang()), file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: one line, never a traceback
        message = " ".join(str(exc).split()) or "(no message)"
        said = text(
            "cli.internal_error", _fallback_lang(), error=type(exc).__name__, message=message
        )
        print(said, file=sys.stderr)
        return 3
    return 0
