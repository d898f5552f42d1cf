"""The ``preventionkit`` command: one typer application, one module per command.

Commands are imported and built by typer only when they run (or when ``--help`` lists them):
a hook that runs ``preventionkit validate`` on each file pays for one command, not fourteen
(issue 20: building every command's parameters and importing their modules was a tenth of the
command's start-up). This is click's documented pattern for lazily loaded subcommands (a
group whose ``get_command`` imports on demand), on typer's group class, with each command
built by :func:`typer.main.get_command` as typer documents for using typer apps from click.
"""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from importlib import import_module
from typing import Any

import typer
from typer.core import TyperGroup

from .._version import __version__
from ..messages import text
from ._common import _fallback_lang, help_text

__all__ = ["COMMANDS", "app"]

COMMANDS: dict[str, tuple[str, str]] = {
    "validate": ("validate", "validate_command"),
    "coverage": ("coverage", "coverage_command"),
    "graph": ("graph", "graph_command"),
    "report": ("report", "report_command"),
    "checklist": ("checklist", "checklist_command"),
    "assess": ("assess", "assess_command"),
    "schema": ("schema", "schema_command"),
    "example": ("example", "example_command"),
    "catalogue": ("catalogue", "catalogue_command"),
    "init": ("init", "init_command"),
    "fmt": ("fmt", "fmt_command"),
    "export": ("spreadsheet", "export_command"),
    "import": ("spreadsheet", "import_command"),
    "migrate": ("migrate", "migrate_command"),
}
"""Every command, in ``--help`` order: its module in this package and its function. Its help
text is the catalogue's ``cli.help.<name>``."""


def command_function(name: str) -> Any:
    """The function of the command ``name`` (importing its module)."""
    module, function = COMMANDS[name]
    return getattr(import_module(f".{module}", __package__), function)


def _build(name: str) -> Any:
    """The click command of ``name``, built by typer from its function."""
    single = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
    single.command(name, help=help_text(f"cli.help.{name}"))(command_function(name))
    return typer.main.get_command(single)


class _Commands(MutableMapping[str, Any]):
    """The group's commands by name: every name known at once, each command built when it is
    first looked up (typer and click read a group's ``commands`` as a mapping)."""

    def __init__(self) -> None:
        self._built: dict[str, Any] = {}

    def __getitem__(self, name: str) -> Any:
        if name not in self._built:
            if name not in COMMANDS:
                raise KeyError(name)
            self._built[name] = _build(name)
        return self._built[name]

    def __setitem__(self, name: str, command: Any) -> None:
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        del self._built[name]

    def __iter__(self) -> Iterator[str]:
        yield from COMMANDS
        yield from (name for name in self._built if name not in COMMANDS)

    def __len__(self) -> int:
        return len(COMMANDS) + sum(1 for name in self._built if name not in COMMANDS)

    def __contains__(self, name: object) -> bool:
        return name in COMMANDS or name in self._built


class _LazyGroup(TyperGroup):
    """Typer's group with :class:`_Commands`: names listed without building anything."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        lazy = _Commands()
        for name, command in self.commands.items():
            lazy[name] = command
        self.commands = lazy

    def list_commands(self, ctx: Any) -> list[str]:
        return list(self.commands)


app = typer.Typer(
    name="preventionkit",
    cls=_LazyGroup,
    help=(help_text("cli.help.app")),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"preventionkit {__version__}")
        # Installed packs, one a line, as flake8 lists its plugins: what a run will include.
        from ..plugins import PluginError, installed_packs

        try:
            packs = installed_packs()
        except PluginError as exc:
            typer.echo(text("cli.version.packs", _fallback_lang(), error=str(exc)))
            raise typer.Exit(0) from None
        for pack in packs:
            name, version = getattr(pack, "name", "?"), getattr(pack, "version", "?")
            codes = ", ".join(rule.code for rule in getattr(pack, "rules", ()))
            codes = codes or text("cli.version.no_rules", _fallback_lang())
            typer.echo(f"{name} {version} ({getattr(pack, 'prefix', '?')}: {codes})")
        raise typer.Exit(0)


@app.callback()
def _main(
    version: bool = typer.Option(
        False, "--version", help=help_text("cli.help.version"), callback=_version, is_eager=True
    ),
) -> None:
    """Violence-prevention action plans as data: validate, map coverage, draw, report."""
