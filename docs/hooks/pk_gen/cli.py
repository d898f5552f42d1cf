"""The command-line reference, generated from the ``preventionkit`` command's own help."""

from __future__ import annotations

import enum
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
    "column, field path and a hint) or the command cannot run as installed (the `cli` extra "
    "is missing: it prints the install line), **3** an internal error. `preventionkit` alone "
    "prints this help and exits 0. Wherever a plan path is accepted, `--example NAME` "
    "takes an embedded example instead and `-` reads standard input; `--lang sv|en` chooses "
    "the language; `NO_COLOR` turns colour off.",
    "",
]


def _command(app: Any) -> Any:
    import typer

    return typer.main.get_command(app)


def _choices(param: Any) -> list[str]:
    """The values an option takes: click's ``Choice`` or, in newer typer, an Enum annotation."""
    choices = getattr(getattr(param, "type", None), "choices", None)
    if choices:
        return [str(c) for c in choices]
    annotation = getattr(getattr(param, "type_descriptor", None), "annotation", None)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return [str(member.value) for member in annotation]
    return []


def _params(command: Any) -> list[str]:
    rows = ["| option | meaning |", "|---|---|"]
    for param in command.params:
        names = ", ".join(f"`{o}`" for o in (*param.opts, *param.secondary_opts))
        if getattr(param, "param_type_name", "") == "argument":
            names = f"`{(param.name or '').upper()}`"
        text = getattr(param, "help", None) or ""
        choices = _choices(param)
        if choices:
            text += " One of: " + ", ".join(f"`{c}`" for c in choices) + "."
        default = getattr(param, "default", None)
        default = getattr(default, "value", default)
        if default not in (None, False, (), "") and not callable(default):
            text += f" Default: `{default}`."
        rows.append(f"| {names} | {cell(text.strip())} |")
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
    import click

    root_ctx = click.Context(root, info_name="preventionkit")
    for name in sorted(commands):
        command = commands[name]
        ctx = click.Context(command, info_name=name, parent=root_ctx)
        usage = " ".join(command.collect_usage_pieces(ctx))
        out += [
            f"## {name}",
            "",
            "```text",
            f"preventionkit {name} {usage}".rstrip(),
            "```",
            "",
            (command.help or "").strip(),
            "",
        ]
        out += _params(command)
        out.append("")
    return {PATH: "\n".join(out)}
