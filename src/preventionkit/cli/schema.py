"""``preventionkit schema``: the JSON Schema of the plan format, for editors and forms."""

from __future__ import annotations

from ._common import OutputOption, consoles, emit, guard

__all__ = ["schema_command"]


@guard
def schema_command(output: OutputOption = None) -> None:
    """Print the JSON Schema (draft 2020-12) of plan files, or write it with -o."""
    from ..io import schema_json

    out, _ = consoles(True)
    emit(schema_json(), output, out)
