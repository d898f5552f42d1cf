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
    "column, field path and a hint). Wherever a plan path is accepted, `--example NAME` "
    "takes an embedded example instead and `-` reads standard input; `--lang sv|en` chooses "
    "the language; `NO_COLOR` turns colour off.",
    "",
    "## Files and streams",
    "",
    "Every command reads and writes through one module, `preventionkit.io.files`:",
    "",
    "- **Reading is bounded.** A plan file is read up to `LoadLimits.max_bytes` (256 MiB). "
    "Standard input, pipes, FIFOs and devices are read with the same limit and must reach "
    "their end within `PREVENTIONKIT_READ_TIMEOUT` seconds (default 60): "
    "`preventionkit validate - < /dev/zero` stops at once (binary data), and a FIFO nobody "
    "writes to ends in an error instead of a hang.",
    "- **Writing is atomic.** `-o`, `--draw`, `init`, `example -o`, `fmt` and `migrate` write a "
    "temporary file in the target's folder, flush it to disk and rename it over the target: "
    "an interrupted run leaves the old file whole, never half of it. The target's permission "
    "bits are kept. **Symbolic links are followed**: the file a link points to is replaced "
    "and the link stays a link. Devices such as `/dev/null` are written directly.",
    "- **Inputs are never overwritten.** `preventionkit report plan.yaml -o plan.yaml` exits "
    "2 and leaves the plan as it is, also when the output is a link to the plan.",
    "- **Every I/O problem is one line and exit 2**, naming the file: a missing file, a "
    "dangling link, a folder, an unwritable or full destination, e.g. "
    "`plan.yaml: cannot read the file: no such file or directory (hint: check the path) [io]` "
    "or, for `preventionkit report plan.yaml > /dev/full`, "
    "`<stdout>: cannot write: no space left on device [io]`.",
    "- **Runs over many files go on** past a file that fails (`validate a.yaml b.yaml`, "
    "`fmt plans/`): each failure is reported and the run exits 2 at the end.",
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
