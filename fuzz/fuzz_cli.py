"""Mutation fuzzing through the whole command line (issue 21 item 8), for a bounded time.

Real plans (the embedded examples, the CLI fixtures, the broken-plan corpus, the fmt cases)
are mutated line by line and byte by byte, with YAML and plan tokens from ``yaml.dict``
spliced in, written to a file, and run through two commands drawn from every command and
format: ``validate`` (text, JSON, SARIF, Markdown), ``report`` (HTML, Markdown), ``graph``
(every export), ``coverage``, ``checklist`` and ``fmt``. Whatever the input:

* every command exits 0, 1 or 2 and never prints a traceback or ``InternalError``;
* a plan that cannot be loaded is reported on lines that start with its file name;
* ``fmt`` either leaves the file byte for byte as it was (exit 2, or nothing to change) or
  writes a file that loads to the same plan and is already formatted;
* ``report -o`` writes a whole file or none.

Run for a minute in CI (``.ci/run``); for longer runs::

    python fuzz/fuzz_cli.py --seconds 3600

A failure prints the shrunk input; add it to ``tests/bad/`` or ``tests/cli/test_cli_files.py``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given, note
from hypothesis import strategies as st
from typer.testing import CliRunner

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from bounded import options, run_for  # noqa: E402
from mutations import mutated  # noqa: E402

import preventionkit as pk  # noqa: E402
from preventionkit.cli import app  # noqa: E402
from preventionkit.errors import PlanLoadError  # noqa: E402

RUNNER = CliRunner(env={"NO_COLOR": "1", "COLUMNS": "120", "PREVENTIONKIT_READ_TIMEOUT": "5"})


COMMANDS: list[tuple[str, ...]] = [
    ("validate",),
    ("validate", "-f", "json"),
    ("validate", "-f", "sarif"),
    ("validate", "-f", "markdown", "-l", "sv"),
    ("report", "-o", "{out}.html"),
    ("report", "-f", "markdown"),
    ("graph", "-f", "graphml"),
    ("graph", "-f", "gexf"),
    ("graph", "-f", "dot"),
    ("graph", "-f", "mermaid"),
    ("graph", "-f", "json"),
    ("coverage",),
    ("coverage", "-f", "markdown"),
    ("checklist", "-f", "json"),
    ("fmt",),
    ("fmt", "--check"),
    ("migrate", "--check"),
    ("validate", "-"),
    ("fmt", "-"),
]


def _load(path: Path) -> pk.ActionPlan | None:
    try:
        return pk.load(path)
    except PlanLoadError:
        return None


def _run(command: tuple[str, ...], path: Path, folder: Path) -> None:
    args = [a.replace("{out}", str(folder / "out")) for a in command]
    before = path.read_bytes()
    plan_before = _load(path) if command[0] == "fmt" else None
    if "-" in command:  # standard input
        result = RUNNER.invoke(app, args, input=before, catch_exceptions=True)
        _check_exit(args, result)
        if command[0] == "fmt" and result.exit_code == 0:
            # Standard input has no file name: its format is told from the text, so a YAML
            # plan in a file named .json (refused by name) reads from '-' as YAML.
            try:
                plan_before = pk.loads(before)
            except PlanLoadError:
                plan_before = None
            assert plan_before is not None
            assert pk.loads(result.stdout) == plan_before, (args, "fmt - changed the plan")
        return
    result = RUNNER.invoke(app, [args[0], str(path), *args[1:]], catch_exceptions=True)
    output = _check_exit(args, result)
    if result.exit_code == 2 and command[0] == "validate" and len(command) == 1:
        assert any(line.startswith(str(path)) for line in output.splitlines()), output[-2000:]
    if command[0] == "fmt":
        after = path.read_bytes()
        if result.exit_code == 2 or "--check" in command:
            assert after == before, (args, "fmt changed a file it did not format")
        elif after != before:
            assert plan_before is not None
            assert pk.load(path) == plan_before, (args, "fmt changed the plan")
            again = RUNNER.invoke(app, ["fmt", "--check", str(path)])
            assert again.exit_code == 0, (args, "fmt is not idempotent", again.output)
    if command[0] == "report" and "-o" in command:
        out = folder / "out.html"
        if result.exit_code == 0:
            assert out.read_text(encoding="utf-8").rstrip().endswith("</html>"), args
        out.unlink(missing_ok=True)


def _check_exit(args: list[str], result: Any) -> str:
    """Exit 0, 1 or 2, no exception, no traceback, no ``InternalError``; the output."""
    output: str = result.output
    note(f"{' '.join(args)} -> {result.exit_code}\n{output[-2000:]}")
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"{args}: {type(result.exception).__name__}") from result.exception
    assert result.exit_code in (0, 1, 2), (args, result.exit_code, output[-2000:])
    assert "Traceback" not in output, args
    assert "InternalError" not in output, (args, output[-2000:])
    return output


@given(mutated(), st.lists(st.sampled_from(COMMANDS), min_size=1, max_size=2, unique=True))
def fuzz_cli(case: tuple[str, bytes], commands: list[tuple[str, ...]]) -> None:
    suffix, data = case
    note(f"input ({suffix}): {data[:3000]!r}")
    with tempfile.TemporaryDirectory(prefix="pk-fuzz-") as tmp:
        folder = Path(tmp)
        path = folder / f"plan{suffix}"
        path.write_bytes(data)
        for command in commands:
            _run(command, path, folder)


def main() -> int:
    args = options(__doc__.splitlines()[0], 60)
    os.environ.setdefault("NO_COLOR", "1")
    tried = run_for(fuzz_cli, args.seconds, args.batch, args.seed)
    print(f"fuzz_cli: {tried} mutated plans through the command line, no failure")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
