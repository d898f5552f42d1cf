"""The command-line reference, generated from the ``preventionkit`` command's own help."""

from __future__ import annotations

from typing import Any

from ._md import cell
from ._registry import optional

__all__ = ["cli_pages"]

PATH = "reference/cli.md"

_INTRO = [
    "# Command line",
    "",
    "`preventionkit` (or `python -m preventionkit`) needs the `cli` extra: "
    '`pip install "preventionkit[cli]"`. Exit status: **0** no error finding, **1** error '
    "findings, **2** the input could not be loaded (each problem printed with file, line, "
    "column, field path and a hint). Wherever a plan path is accepted, `--example NAME` "
    "takes an embedded example instead and `-` reads standard input; `--lang sv|en` chooses "
    "the language; `NO_COLOR` turns colour off.",
    "",
]


def _command(app: Any) -> Any:
    import typer

    return typer.main.get_command(app)


def _params(command: Any) -> list[str]:
    rows = ["| option | meaning |", "|---|---|"]
    for param in command.params:
        names = ", ".join(f"`{o}`" for o in (*param.opts, *param.secondary_opts))
        if getattr(param, "param_type_name", "") == "argument":
            names = f"`{(param.name or '').upper()}`"
        rows.append(f"| {names} | {cell(getattr(param, 'help', None) or '')} |")
    return rows if len(rows) > 2 else []


def cli_pages() -> dict[str, str]:
    """The command reference, or a note while the command line is not installed."""
    module: Any = optional("preventionkit.cli")
    app = getattr(module, "app", None) if module is not None else None
    out = list(_INTRO)
    if app is None:
        out += [
            '!!! warning "Not in this build"',
            "    This build of the library has no command line (`preventionkit.cli`).",
            "",
        ]
        return {PATH: "\n".join(out)}
    root = _command(app)
    commands = getattr(root, "commands", {})
    out += ["| command | what it does |", "|---|---|"]
    for name in sorted(commands):
        short = commands[name].get_short_help_str(limit=120)
        out.append(f"| [`{name}`](#{name}) | {cell(short)} |")
    out.append("")
    for name in sorted(commands):
        command = commands[name]
        out += [f"## {name}", "", (command.help or "").strip(), ""]
        out += _params(command)
        out.append("")
    return {PATH: "\n".join(out)}
