"""The command line (``cli`` extra: typer and rich): ``preventionkit validate``, ``report`` …

Imported only by ``preventionkit.__main__``; ``import preventionkit`` never imports it.
"""

from __future__ import annotations

import sys

__all__ = ["app", "run"]

from ._app import app


def run(argv: list[str] | None = None) -> int:
    """Run the command line with ``argv`` and return its exit status (never raises)."""
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
        print("Interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: one line, never a traceback
        message = " ".join(str(exc).split()) or "(no message)"
        print(f"InternalError: {type(exc).__name__}: {message}", file=sys.stderr)
        return 3
    return 0
