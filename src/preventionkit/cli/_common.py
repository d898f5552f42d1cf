"""What every command shares: exit codes, consoles, options, reading plans, error handling.

Exit codes follow design.md: 0 no error finding, 1 error findings, 2 the input could not be
loaded (or the command was used wrongly), 3 preventionkit itself failed (a bug: please report
it). Load problems print one line each, ``file:line:column: path: message (hint: …) [kind]``;
nothing ever prints a traceback.
"""

from __future__ import annotations

import builtins
import contextlib
import dataclasses
import errno
import functools
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Generic, NoReturn, ParamSpec, TypeVar

import typer

from ..errors import LoadIssue, MissingExtraError, OutputTooLarge, PlanLoadError
from ..escape import terminal
from ..io import LoadLimits
from ..io.files import FileWriteError, os_reason
from ..messages import ENV_VAR, Message, UnknownLanguageError, check_lang, default_lang, text
from ..messages import message as msg
from ..model import ActionPlan
from ..output import capped
from ..vocab import Lang as LangCode

if TYPE_CHECKING:
    from rich.console import Console

__all__ = [
    "EXIT_FINDINGS",
    "EXIT_INTERNAL",
    "EXIT_LOAD",
    "EXIT_OK",
    "ExampleOption",
    "FileRun",
    "LangOption",
    "LazyConsole",
    "Loaded",
    "NoColorOption",
    "OutputOption",
    "PlanArgument",
    "UsageFailure",
    "consoles",
    "each_file",
    "emit",
    "fail_load",
    "failure_lines",
    "guard",
    "help_text",
    "issue_dict",
    "issue_line",
    "limits",
    "load_one",
    "print_failure",
    "read_plan",
    "read_source",
    "usage",
]

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_LOAD = 2
EXIT_INTERNAL = 3

STDIN = "-"


def _fallback_lang() -> str:
    """The default language (``PREVENTIONKIT_LANG``), or English when it names no installed
    language: for what is said before (or without) a valid ``--lang``."""
    try:
        return default_lang()
    except UnknownLanguageError:
        return "en"


def help_text(key: str) -> str:
    """A help text of the command line from the catalogue, in the default language
    (``PREVENTIONKIT_LANG``; English when it names no installed language). Help is shown
    before ``--lang`` is read, so the environment variable chooses its language."""
    return text(key, _fallback_lang())


def _check_lang(value: str | None) -> str | None:
    """``--lang``: a language with an installed catalogue, else a usage error (exit 2) that
    lists the available ones."""
    if value is None:
        return None
    try:
        return check_lang(value.strip().lower())
    except UnknownLanguageError as exc:
        said = msg("cli.usage.unknown_lang", lang=value, available=", ".join(exc.available))
        raise typer.BadParameter(said.render(_fallback_lang())) from None


LangOption = Annotated[
    str | None,
    typer.Option(
        "--lang",
        "-l",
        help=help_text("cli.help.lang"),
        callback=_check_lang,
        metavar="LANG",
        show_default=False,
    ),
]


NoColorOption = Annotated[
    bool,
    typer.Option("--no-color", help=help_text("cli.help.no_color")),
]
ExampleOption = Annotated[
    str | None,
    typer.Option(
        "--example",
        "-e",
        help=help_text("cli.help.example_option"),
        metavar="NAME",
    ),
]
PlanArgument = Annotated[
    str | None,
    typer.Argument(
        help=help_text("cli.help.plan_argument"),
        metavar="PLAN",
        show_default=False,
    ),
]
OutputOption = Annotated[
    Path | None,
    typer.Option("--output", "-o", help=help_text("cli.help.output"), metavar="FILE"),
]


class UsageFailure(Exception):
    """The command was asked for something it cannot do (exit 2, one line, no traceback).

    ``message`` is a catalogue message (``cli.usage.*``) rendered in the command's language,
    or text a lower layer gave."""

    def __init__(self, message: Message | str) -> None:
        self.message = message
        super().__init__(message.render("en") if isinstance(message, Message) else message)

    def text(self, lang: str | None = None) -> str:
        """The problem in ``lang``."""
        return self.message.render(lang) if isinstance(self.message, Message) else self.message


@dataclass(frozen=True)
class Loaded:
    """A plan read from a file, standard input or the embedded examples."""

    name: str
    plan: ActionPlan
    path: str | None = None
    """The file it was read from (None for standard input and examples): outputs never
    replace it (``report plan.yaml -o plan.yaml`` is refused)."""


def consoles(no_color: bool) -> tuple[Console, Console]:
    """Consoles for standard output and standard error.

    Colour is off with ``--no-color``, with ``NO_COLOR`` set (https://no-color.org), and when
    the output is not a terminal. Lines are never wrapped, so one problem stays one line, and
    ``:name:`` is never turned into an emoji (a plan's ``kind: ":fire:"`` is quoted as written).
    rich is imported here, by the commands that print with it, not by the command line itself.
    """
    from rich.console import Console

    plain = no_color or bool(os.environ.get("NO_COLOR"))
    common: dict[str, Any] = {
        "no_color": plain,
        "highlight": False,
        "soft_wrap": True,
        "emoji": False,
    }
    if plain:
        common["color_system"] = None
    return Console(**common), Console(stderr=True, **common)


class LazyConsole:
    """A rich console made when first needed, for ``validate`` (issue 20).

    ``validate`` asks its console whether it shows any style and, for the coverage table, how
    wide it is. Where the output shows no style (``--no-color``, ``NO_COLOR``, or no terminal
    and nothing forcing colour: a hook, an editor, CI) both answers are certain without rich,
    which is then never imported: its import is about 95 M instructions, a sixth of the
    command's start-up. Everything else is passed to the rich console of :func:`consoles`,
    made with the same options on first use. The two answers follow rich's own rules
    (``Console.is_terminal``, ``Console.size``); ``tests/cli/test_cli_plain.py`` holds them
    equal to what rich says, so a release of rich that changes them fails a test.
    """

    def __init__(self, *, stderr: bool, no_color: bool) -> None:
        self._stderr = stderr
        self._no_color = no_color or bool(os.environ.get("NO_COLOR"))
        self._made: Console | None = None

    @property
    def file(self) -> Any:
        """The stream written to (looked up when written, as rich does)."""
        return sys.stderr if self._stderr else sys.stdout

    def real(self) -> Console:
        """The rich console (imports rich the first time)."""
        if self._made is None:
            out, err = consoles(self._no_color)
            self._made = err if self._stderr else out
        return self._made

    def _is_terminal(self) -> bool | None:
        """rich's ``Console.is_terminal`` where it is certain; None where something could
        make rich judge otherwise (IPython or Jupyter, IDLE, the ``FORCE_COLOR`` and
        ``TTY_COMPATIBLE`` variables, Windows): the answer is then left to rich."""
        if sys.platform == "win32" or hasattr(builtins, "get_ipython"):
            return None
        if getattr(sys.stdin, "__module__", "").startswith("idlelib"):
            return None
        if "FORCE_COLOR" in os.environ or "TTY_COMPATIBLE" in os.environ:
            return None
        isatty = getattr(self.file, "isatty", None)
        try:
            return isatty is not None and bool(isatty())
        except ValueError:
            return False

    @property
    def color_system(self) -> str | None:
        """rich's colour system: None where the output shows no style."""
        if self._made is None and (self._no_color or self._is_terminal() is False):
            return None
        return self.real().color_system

    @property
    def width(self) -> int:
        """The width rich lays tables out in (``Console.size``): ``COLUMNS`` (80 on a dumb
        terminal unless ``LINES`` is set too), else the size of the first standard stream
        that is a terminal, else 80."""
        terminal = self._is_terminal()
        if self._made is not None or terminal is None:
            return self.real().width
        env = os.environ
        columns = env.get("COLUMNS")
        width = int(columns) if columns is not None and columns.isdigit() else None
        lines = env.get("LINES")
        if width is not None and lines is not None and lines.isdigit():
            return width
        if terminal and env.get("TERM", "").lower() in ("dumb", "unknown"):
            return 80
        if width is not None:
            return width
        for fd in (0, 1, 2):
            try:
                size = os.get_terminal_size(fd).columns
            except (AttributeError, ValueError, OSError):
                continue
            return size or 80
        return 80

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real(), name)


def _error_console() -> Console:
    """Standard error for a failing command's one line: no colour, no emoji, no wrapping."""
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True, no_color=True, emoji=False)


def add_id_column(table: Any, header: str, ids: Iterable[str], **kwargs: Any) -> None:
    """A table column of ids a user must type back: as wide as the longest id and never cut
    with an ellipsis (rich wraps the other columns instead; only a terminal narrower than the
    id itself folds it onto two lines, and then every character is still shown).
    Issue 12 item 7: ``agera-tillsa…`` cannot be typed."""
    widest = max((len(line) for i in ids for line in i.splitlines()), default=0)
    table.add_column(
        header, min_width=max(widest, len(header)), no_wrap=True, overflow="fold", **kwargs
    )


def print_table(console: Console, table: Any) -> None:
    """Print ``table`` at least as wide as its id columns need: when the terminal is narrower,
    the lines run past its edge rather than cutting an id (see :func:`add_id_column`)."""
    needed = table.__rich_measure__(console, console.options).minimum
    console.print(table, width=max(console.width, needed), crop=False)


def issue_line(issue: LoadIssue, lang: str | None = None) -> str:
    """A load problem on one line: ``file:line:column: path: message (hint: …) [kind]``, with
    any control character from the file name or the plan shown as a visible escape."""
    return terminal(" ".join(issue.format(lang).split()))


def issue_dict(issue: LoadIssue, lang: str | None = None) -> dict[str, Any]:
    """A load problem as JSON (schemas/cli-error.schema.json ``issues`` items)."""
    return issue.to_dict(lang)


def usage(message: Message | str, /) -> NoReturn:
    """Stop with a usage problem (exit 2): a catalogue message, or text from a lower layer."""
    raise UsageFailure(message)


def _examples_names() -> tuple[str, ...]:
    from .. import examples

    return tuple(examples.names())


def _example(name: str) -> Loaded:
    from .. import examples

    known = _examples_names()
    if name not in known:
        usage(msg("cli.usage.no_example", name=name, known=", ".join(known)))
    return Loaded(f"example:{name}", examples.load(name))


def limits() -> LoadLimits:
    """The load limits of the command line: the defaults, with ``PREVENTIONKIT_READ_TIMEOUT``
    (seconds) bounding how long standard input, a pipe or a FIFO may take to reach its end."""
    from ..io import DEFAULT_LIMITS

    raw = os.environ.get("PREVENTIONKIT_READ_TIMEOUT", "").strip()
    if not raw:
        return DEFAULT_LIMITS
    try:
        seconds = float(raw)
    except ValueError:
        usage(msg("cli.usage.read_timeout", value=raw))
    if not seconds > 0:
        usage(msg("cli.usage.read_timeout.positive", value=raw))
    return dataclasses.replace(DEFAULT_LIMITS, read_timeout=seconds)


def read_source(source: str) -> tuple[str, bytes]:
    """The name and bytes of ``source`` (a path, or ``-`` for standard input), read within the
    size and time limits (``io.files``); a located ``PlanLoadError`` of kind ``io`` if not."""
    from ..io.files import read_bytes, read_stream

    if source == STDIN:
        return "<stdin>", read_stream(sys.stdin, limits=limits(), name="<stdin>")
    return source, read_bytes(source, limits=limits())


def read_plan(source: str) -> Loaded:
    """Read the plan at ``source`` (a path, or ``-`` for standard input)."""
    from ..io import load, loads

    if source == STDIN:
        name, data = read_source(source)
        return Loaded(name, loads(data, source=name, limits=limits()))
    return Loaded(source, load(source, limits=limits()), path=source)


def load_one(plan: str | None, example: str | None) -> Loaded:
    """The one plan a command works on: a path, ``-`` or ``--example NAME``."""
    if plan is not None and example is not None:
        usage(msg("cli.usage.plan_or_example"))
    if example is not None:
        return _example(example)
    if plan is None:
        usage(msg("cli.usage.need_plan"))
    return read_plan(plan)


def fail_load(error: PlanLoadError, console: Console, lang: str | None = None) -> NoReturn:
    """Print every load problem, one per line, in ``lang``, and exit 2."""
    for issue in error.issues:
        console.print(issue_line(issue, lang), markup=False)
    if error.truncated:
        console.print(text("cli.more_problems", lang), markup=False)
    raise typer.Exit(EXIT_LOAD)


def emit(
    text: str, output: Path | None, console: Console, *, protect: Iterable[str | None] = ()
) -> None:
    """Write ``text`` to ``output`` (atomically, never over an input in ``protect``), or to
    standard output when there is none. A failed write stops the command with one line, and
    text past the output cap is refused (:class:`~preventionkit.errors.OutputTooLarge`)."""
    capped(text, "output")
    if output is None:
        if sys.stdout is None:  # started with standard output closed ('>&-')
            raise FileWriteError(
                "<stdout>", msg("error.write.stdout_closed"), msg("error.write.stdout_closed.hint")
            )
        console.file.write(text if text.endswith("\n") else text + "\n")
        console.file.flush()
        return
    from ..io.files import write_file

    write_file(output, text, protect=protect)


def dump_json(data: Any) -> str:
    """JSON as every command writes it: indented, UTF-8, keys in a stable order; refused past
    the output cap."""
    return capped(json.dumps(data, indent=2, ensure_ascii=False) + "\n", "JSON output")


P = ParamSpec("P")
R = TypeVar("R")


def _lang_of(value: object) -> str:
    """The language of a failing command: its ``--lang``, else the default language, else
    English (when ``PREVENTIONKIT_LANG`` names no installed language)."""
    try:
        return check_lang(value) if isinstance(value, str) else default_lang()
    except UnknownLanguageError:
        return "en"


def guard(func: Callable[P, R]) -> Callable[P, R]:
    """Turn every failure of a command into a one-line message and a distinct exit code.

    Load problems exit 2 with one line each; usage problems exit 2 with one line; anything
    else is a bug in preventionkit and exits 3 with ``InternalError: …`` (never a traceback).
    """

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except typer.Exit:
            raise
        except PlanLoadError as exc:
            lang = _lang_of(kwargs.get("lang"))
            as_json = kwargs.get("format") == "json" or str(kwargs.get("format", "")) == "json"
            if as_json:
                sys.stdout.write(
                    dump_json(
                        {
                            "error": "load",
                            "exit_code": EXIT_LOAD,
                            "issues": [issue_dict(i, lang) for i in exc.issues],
                            "truncated": exc.truncated,
                        }
                    )
                )
            fail_load(exc, _error_console(), lang)
        except FileWriteError as exc:
            _error_console().print(terminal(exc.line(_lang_of(kwargs.get("lang")))), markup=False)
            raise typer.Exit(EXIT_LOAD) from None
        except (UsageFailure, OutputTooLarge, MissingExtraError) as exc:
            # A usage problem, or one the library names in words (an output past its cap,
            # a missing extra): one line in the command's language.
            lang = _lang_of(kwargs.get("lang"))
            said = exc.text(lang)
            _error_console().print(terminal(text("cli.error", lang, message=said)), markup=False)
            raise typer.Exit(EXIT_LOAD) from None
        except KeyboardInterrupt:
            _error_console().print(
                text("cli.interrupted", _lang_of(kwargs.get("lang"))), markup=False
            )
            raise typer.Exit(130) from None
        except BrokenPipeError:
            _silence_stdout()
            raise typer.Exit(EXIT_OK) from None
        except OSError as exc:
            if exc.filename is not None or exc.errno not in _STREAM_ERRORS:
                raise  # not the standard streams: a bug below, reported as such
            # Standard output failed (``report > /dev/full``): one line and exit 2.
            _silence_stdout()
            lang = _lang_of(kwargs.get("lang"))
            said = text("error.write.stream", lang, reason=os_reason(exc))
            _error_console().print(f"<stdout>: {said} [io]", markup=False)
            raise typer.Exit(EXIT_LOAD) from None
        except Exception as exc:
            if _is_cli_control(exc):
                raise
            said = text(
                "cli.internal_error",
                _lang_of(kwargs.get("lang")),
                error=type(exc).__name__,
                message=_one_line(exc),
            )
            _error_console().print(terminal(said), markup=False)
            raise typer.Exit(EXIT_INTERNAL) from None

    return wrapper


_STREAM_ERRORS = frozenset(
    getattr(errno, name)
    for name in ("ENOSPC", "EFBIG", "EDQUOT", "EIO", "EBADF", "EAGAIN")
    if hasattr(errno, name)
)
"""Errors of writing to standard output that are the destination's fault, not a bug."""


def _silence_stdout() -> None:
    """Point standard output at the null device, so the interpreter's final flush of what is
    still buffered cannot fail again and print a traceback at exit."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)


def _is_cli_control(exc: BaseException) -> bool:
    """Whether ``exc`` is typer's (or click's) own control flow: exit, abort, usage error.

    Typer vendors click in recent releases, so its exceptions are matched by where they come
    from rather than by importing click (which a fresh ``pip install 'preventionkit[cli]'``
    may not have).
    """
    return type(exc).__module__.split(".")[0] in {"typer", "click"}


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text or "(no message)"


@dataclass(frozen=True)
class FileRun(Generic[R]):
    """What a command made of one file of a many-file run: its result, or the failure that
    was reported for it."""

    source: str
    result: R | None = None
    error: Exception | None = None


def each_file(
    sources: Iterable[str],
    work: Callable[[str], R],
    *,
    failures: tuple[type[Exception], ...] = (PlanLoadError,),
) -> Iterator[FileRun[R]]:
    """``work`` on each file in turn, as it is done: a file that fails with one of
    ``failures`` (a plan that does not load, by default) is yielded with its error and the run
    goes on to the next (issue 21: one bad file in a pre-commit hook does not hide the
    others). Any other exception stops the run, as a usage problem or a bug should. The one
    loop of ``validate``, ``fmt``, ``migrate`` and ``assess``."""
    for source in sources:
        try:
            result = work(source)
        except failures as exc:
            yield FileRun(source, error=exc)
            continue
        yield FileRun(source, result)


def failure_lines(error: Exception, lang: str | None = None) -> list[str]:
    """The lines that report a file's failure: each load problem on its own line (and a last
    line when there were more than were kept), or the error's one line."""
    if isinstance(error, PlanLoadError):
        lines = [issue_line(issue, lang) for issue in error.issues]
        if error.truncated:
            lines.append(text("cli.more_problems", lang))
        return lines
    said = error.text(lang) if hasattr(error, "text") else str(error)
    return [terminal(said)]


def print_failure(console: Console, error: Exception, lang: str | None = None) -> None:
    """Print :func:`failure_lines` to ``console`` (standard error, as a rule)."""
    for line in failure_lines(error, lang):
        console.print(line, markup=False)


def expand_paths(paths: list[str]) -> Iterator[str]:
    """Each argument, with directories replaced by the plan files under them (sorted)."""
    for raw in paths:
        path = Path(raw)
        if raw != STDIN and path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.suffix.lower() in {".yaml", ".yml", ".json"}
                and p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                usage(msg("cli.usage.no_plans_in", path=raw))
            yield from (str(p) for p in found)
        else:
            yield raw


def lang_code(lang: str | None) -> LangCode:
    """The language of a command: ``--lang``, else the library default
    (:func:`preventionkit.messages.default_lang`, which reads ``PREVENTIONKIT_LANG``)."""
    if lang is None:
        try:
            return default_lang()
        except UnknownLanguageError as exc:
            usage(
                msg(
                    "cli.usage.env_lang",
                    var=ENV_VAR,
                    lang=str(exc.lang),
                    available=", ".join(exc.available),
                )
            )
    return check_lang(lang)


def rule_options_problem(options: dict[str, Any]) -> Message | None:
    """Why ``validate`` refused its ``profile``, ``select`` or ``ignore`` option, in the
    catalogue's words (``cli.usage.profile``, ``cli.usage.select``), or None when it was
    something else. The rules' own ``ValueError`` speaks English to programmers; a person
    at the command line reads this in ``--lang``."""
    from ..errors import suggest
    from ..rules import build_registry

    try:
        registry = build_registry()
    except Exception:  # a pack that clashes: its own error says so
        return None
    profile = options.get("profile")
    if isinstance(profile, str) and profile not in registry.profiles:
        known = sorted(registry.profiles)
        near = suggest(profile, known)
        key = "cli.usage.profile.near" if near else "cli.usage.profile"
        return msg(key, name=profile, near=near or "", known=", ".join(known))
    codes = [r.code for r in registry.rules]
    for selector in [*(options.get("select") or ()), *(options.get("ignore") or ())]:
        wanted = str(selector).strip().upper()
        if wanted and not any(c.startswith(wanted) for c in codes):
            near = suggest(wanted, codes)
            key = "cli.usage.select.near" if near else "cli.usage.select"
            return msg(key, code=wanted, near=near or "")
    return None


def checklist_problem(framework: str) -> Message | None:
    """Why ``framework`` names no checklist, in the catalogue's words, or None."""
    from ..errors import suggest
    from ..frameworks import guide

    known = sorted(guide().checklists)
    if framework in known:
        return None
    near = suggest(framework, known)
    key = "cli.usage.checklist.near" if near else "cli.usage.checklist"
    return msg(key, name=framework, near=near or "", known=", ".join(known))
