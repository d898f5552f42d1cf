"""Run the code blocks of the documentation, so the docs cannot rot.

Every fenced block in ``docs/**/*.md`` is found with sybil and evaluated in page order, in a
fresh working directory per page, with one namespace per page:

* ``python``: executed (a block starting with ``>>>`` is run as a doctest, output compared);
* ``yaml`` with ``title="FILE"``: written to ``FILE`` (appended with ``<!-- docs: append -->``),
  as a reader following the page would; other ``yaml`` blocks are parsed, and those that are
  whole plans (a ``preventionkit:`` key) are loaded and validated;
* ``json``: parsed;
* ``console``: each ``$ preventionkit ...`` line is run (in this process); its exit status must
  be 0 (or the one given with ``<!-- docs: exit N -->``), and the output lines shown under it
  must appear in what it prints, in order (``...`` elides); ``pip install`` lines are skipped;
* anything else (``text``, ``mermaid``, ...) is shown, not run.

A comment on the line before a block changes what happens to it: ``<!-- docs: skip -->`` (the
block is shown, not run; use sparingly), ``<!-- docs: append -->``, ``<!-- docs: exit N -->``,
``<!-- docs: invalid -->`` (a plan that must fail to load).
"""

from __future__ import annotations

import contextlib
import doctest
import io
import json
import os
import re
import shlex
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sybil import Document, Example, Sybil
from sybil.parsers.markdown.lexers import RawFencedCodeBlockLexer

__all__ = ["DOCS", "SYBIL", "Block", "pages", "run_page"]

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"

_INFO = re.compile(r"(?P<language>[\w+-]*)(?P<attributes>[^\n]*)$\n", re.MULTILINE)
_TITLE = re.compile(r'title="([^"]+)"')
_DIRECTIVE = re.compile(r"<!-- docs: ([^>]*?) -->\s*\Z")
_RUNNABLE = frozenset({"python", "py", "yaml", "yml", "json", "console"})


@dataclass(frozen=True)
class Block:
    """A fenced block of a page: its language, title, directive words and source."""

    language: str
    title: str | None
    directives: tuple[str, ...]
    source: str

    @property
    def skipped(self) -> bool:
        return "skip" in self.directives

    def expected_exit(self) -> int:
        for i, word in enumerate(self.directives):
            if word == "exit":
                return int(self.directives[i + 1])
        return 0


def _directives(text_before: str) -> tuple[str, ...]:
    # The comment must be on the line right before the fence (blank lines allowed).
    match = _DIRECTIVE.search(text_before.rstrip(" \t"))
    return tuple(match.group(1).split()) if match else ()


def _raw_source(fenced: str) -> str:
    """The body of a fenced block exactly as written, less the fence's own indentation (sybil
    dedents it, which would break YAML meant to be appended to a file)."""
    indent = len(fenced) - len(fenced.lstrip(" "))
    lines = fenced.splitlines(keepends=True)[1:]
    if lines and lines[-1].strip().startswith(("```", "~~~")):
        lines = lines[:-1]
    out = []
    for line in lines:
        if not line.strip():
            out.append("\n")
        elif not line[:indent].strip():
            out.append(line[indent:])
        else:
            out.append(line.lstrip(" "))
    return "".join(out)


def _parse(document: Document) -> Any:
    lexer = RawFencedCodeBlockLexer(info_pattern=_INFO)
    for region in lexer(document):
        language = region.lexemes["language"]
        attributes = region.lexemes["attributes"]
        title = _TITLE.search(attributes)
        prefix = document.text[: region.start]
        line_start = prefix.rfind("\n") + 1
        block = Block(
            language=language,
            title=title.group(1) if title else None,
            directives=_directives(prefix[:line_start]),
            source=_raw_source(document.text[region.start : region.end]),
        )
        if block.language not in _RUNNABLE or block.skipped:
            continue
        region.parsed = block
        region.evaluator = _evaluate
        # Keep the source lexeme for line numbers in tracebacks.
        region.lexemes["block"] = block
        yield region


def _evaluate(example: Example) -> None:
    block: Block = example.parsed
    language = block.language
    if language in ("python", "py"):
        _python(example, block)
    elif language in ("yaml", "yml"):
        _yaml(example, block)
    elif language == "json":
        json.loads(block.source)
    elif language == "console":
        _console(example, block)


def _python(example: Example, block: Block) -> None:
    if block.source.lstrip().startswith(">>>"):
        parser = doctest.DocTestParser()
        test = parser.get_doctest(
            block.source, example.namespace, example.path, example.path, example.line
        )
        runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
        output: list[str] = []
        runner.run(test, out=output.append, clear_globs=False)
        example.namespace.update(test.globs)  # DocTest works on a copy of the namespace
        if runner.failures:
            raise AssertionError(
                f"{example.path}:{example.line}: doctest failed\n" + "".join(output)
            )
        return
    # Pad with blank lines so tracebacks give the line numbers of the page.
    code = compile("\n" * example.line + block.source, example.path, "exec", dont_inherit=True)
    exec(code, example.namespace)


def _yaml(example: Example, block: Block) -> None:
    import yaml

    if block.title is not None:
        target = Path(block.title)
        target.parent.mkdir(parents=True, exist_ok=True)
        mode = "a" if "append" in block.directives else "w"
        with target.open(mode, encoding="utf-8") as f:
            f.write(block.source)
        return
    data = yaml.safe_load(block.source)
    if not (isinstance(data, dict) and "preventionkit" in data):
        return
    import preventionkit as pk

    if "invalid" in block.directives:
        try:
            pk.loads(block.source, format="yaml")
        except pk.PlanLoadError:
            return
        raise AssertionError(f"{example.path}:{example.line}: this plan was meant not to load")
    plan = pk.loads(block.source, format="yaml")
    validate = getattr(pk, "validate", None)
    if validate is not None:
        validate(plan)


def _commands(source: str) -> list[tuple[str, list[str]]]:
    """Each ``$ command`` of a console block with the output lines shown under it."""
    runs: list[tuple[str, list[str]]] = []
    for line in source.splitlines():
        if line.startswith("$ "):
            runs.append((line[2:], []))
        elif runs and line.strip():
            runs[-1][1].append(line)
    return runs


def _matches(want: str, line: str) -> bool:
    """Whether ``line`` contains ``want``, where ``...`` in ``want`` stands for any text."""
    at = 0
    for part in want.split("..."):
        found = line.find(part.strip(), at)
        if found < 0:
            return False
        at = found + len(part.strip())
    return True


def _shown_in(shown: list[str], actual: str) -> str | None:
    """The first shown output line that the actual output lacks (``...`` elides), or None."""
    lines = [" ".join(line.split()) for line in actual.splitlines()]
    at = 0
    for line in shown:
        want = " ".join(line.split())
        if want == "...":
            continue
        while at < len(lines) and not _matches(want, lines[at]):
            at += 1
        if at == len(lines):
            return want
        at += 1
    return None


_CLI_ENV = {"NO_COLOR": "1", "COLUMNS": "100", "MPLBACKEND": "Agg", "TERM": "dumb"}


def _run_cli(argv: list[str]) -> tuple[int, str]:
    """Run ``preventionkit ARGV`` in this process, as a terminal user would: its exit status
    and everything it printed (stdout and stderr together)."""
    from preventionkit.__main__ import main

    saved = {k: os.environ.get(k) for k in _CLI_ENV}
    os.environ.update(_CLI_ENV)
    buffer = io.StringIO()
    try:
        with contextlib.redirect_stdout(buffer), contextlib.redirect_stderr(buffer):
            try:
                status = main(argv)
            except SystemExit as exc:
                status = exc.code if isinstance(exc.code, int) else 1
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return status, buffer.getvalue()


def _console(example: Example, block: Block) -> None:
    for command, shown in _commands(block.source):
        words = shlex.split(command)
        if words[:3] == ["python", "-m", "pip"] or words[:1] == ["pip"]:
            continue
        if words[:1] != ["preventionkit"]:
            raise AssertionError(
                f"{example.path}:{example.line}: the docs tests run only `preventionkit` "
                f"commands; mark this block <!-- docs: skip --> or change it: {command}"
            )
        returncode, output = _run_cli(words[1:])
        want = block.expected_exit()
        if returncode != want:
            raise AssertionError(
                f"{example.path}:{example.line}: `{command}` exited {returncode}, "
                f"the page says {want}\n--- output\n{output}"
            )
        missing = _shown_in(shown, output)
        if missing is not None:
            raise AssertionError(
                f"{example.path}:{example.line}: `{command}` did not print, in this order, "
                f"what the page shows; first missing line:\n{missing}\n--- it printed\n{output}"
            )


SYBIL = Sybil(parsers=[_parse], patterns=["*.md"])
"""The sybil that finds the runnable blocks of a page."""


def pages() -> list[Path]:
    """Every hand-written page of the docs (generated pages are tested from their registries)."""
    return sorted(p for p in DOCS.rglob("*.md") if "hooks" not in p.relative_to(DOCS).parts)


def blocks(page: Path) -> list[Block]:
    """The runnable blocks of ``page``, in order."""
    return [example.parsed for example in SYBIL.parse(page).examples()]


def run_page(page: Path) -> int:
    """Evaluate every runnable block of ``page`` in order; return how many ran."""
    document = SYBIL.parse(page)
    count = 0
    for example in document.examples():
        example.evaluate()
        count += 1
    return count
