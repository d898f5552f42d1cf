"""Write or show the expected errors of corpus files: ``python tests/bad/expect.py [--write] FILE…``.

The output is what the loader reports *now*; review it before saving it as the truth
(see ``README.md`` in this folder).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import preventionkit as pk
from preventionkit.errors import LoadIssue, PlanLoadError

HERE = Path(__file__).parent
_KEY_PHRASES = (
    "indent with spaces",
    "quote it",
    "rename it to .yaml",
    "merge keys",
    "save the file as UTF-8",
    "save it as UTF-8",
    "remove the tag",
    "save it as an Excel workbook",
    "remove the password",
    "paste it back as values",
    "unmerge them",
    "delete the empty rows",
)
SUFFIXES = (".yaml", ".yml", ".json", ".xlsx", ".xlsm")
"""The kinds of corpus files: plans as text, and workbooks (issue 19)."""


def expected_path(case: Path) -> Path:
    """``name.yaml`` → ``name.expected.json`` beside it."""
    return case.with_name(case.name.split(".")[0] + ".expected.json")


def cases() -> list[Path]:
    """Every corpus file that has an expected-errors file, sorted by name."""
    return sorted(
        p
        for p in HERE.iterdir()
        if p.suffix in SUFFIXES
        and not p.name.endswith(".expected.json")
        and expected_path(p).exists()
    )


def hint_part(issue: LoadIssue) -> str | None:
    """The part of a hint the corpus pins down: a suggestion or a key phrase."""
    hint = issue.hint_text("en") or ""
    if "did you mean" in hint:
        return hint[hint.index("did you mean") :].split("?")[0] + "?"
    return next((p for p in _KEY_PHRASES if p in hint), None)


def describe(issue: LoadIssue) -> dict[str, Any]:
    """An issue as the corpus records it."""
    out: dict[str, Any] = {
        "kind": issue.kind,
        "line": issue.line,
        "column": issue.column,
        "path": issue.path,
    }
    if issue.cell is not None:
        out["cell"] = issue.cell
    part = hint_part(issue)
    if part is not None:
        out["hint"] = part
    return out


def actual(case: Path) -> list[dict[str, Any]]:
    """What loading ``case`` reports now ([] when it loads)."""
    try:
        pk.load(case)
    except PlanLoadError as exc:
        return [describe(i) for i in exc.issues]
    return []


_WATCHED = ("os.system", "subprocess.Popen", "os.exec", "os.posix_spawn", "os.spawn", "os.fork")
_WATCHED += ("socket.connect", "socket.getaddrinfo", "ctypes.dlopen", "os.remove", "os.rename")


def report(memory_limit: int) -> dict[str, Any]:
    """Load every case in this process, watching what loading does; for a subprocess.

    Memory is capped with ``RLIMIT_AS``; every file opened and every process, network or
    file-changing action taken while a case loads is recorded through an audit hook, and any
    exception other than ``PlanLoadError`` is returned as its traceback.
    """
    import resource
    import time
    import traceback

    resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))
    pk.loads("preventionkit: 1\nid: warm\ntitle: up\n")  # lazy imports happen here
    pk.loads('{"preventionkit": 1, "id": "warm", "title": "up"}')
    from preventionkit.io import _fastyaml, _positions  # noqa: F401  (_positions: large files' lines)

    _fastyaml.available()  # imports the fast YAML parser, which large files use
    try:  # and the workbook reader, when the xlsx extra is installed
        from preventionkit.io.xlsx import xlsx_bytes
        from preventionkit.io.xlsx._read import read_workbook
    except ImportError:
        pass
    else:
        umea = xlsx_bytes(pk.examples.load("umea"))
        read_workbook(umea, "warm.xlsx", pk.io.DEFAULT_LIMITS)
    seen: list[tuple[str, str]] = []
    watching = [False]

    def hook(event: str, args: tuple[Any, ...]) -> None:
        if not watching[0]:
            return
        if event == "open":
            seen.append(("open", str(args[0])))
        elif event.startswith(_WATCHED):
            seen.append((event, repr(args)[:200]))

    sys.addaudithook(hook)
    out: dict[str, Any] = {}
    for case in cases():
        seen.clear()
        crash = None
        start = time.perf_counter()
        watching[0] = True
        try:
            found = actual(case)
        except BaseException:  # the point is to catch anything that is not a PlanLoadError
            found = []
            crash = traceback.format_exc()
        finally:
            watching[0] = False
        out[case.name] = {
            "issues": found,
            "crash": crash,
            "seconds": time.perf_counter() - start,
            "opened": [arg for ev, arg in seen if ev == "open"],
            "actions": [f"{ev} {arg}" for ev, arg in seen if ev != "open"],
        }
    return out


def main(argv: list[str]) -> int:
    if argv[:1] == ["--report"]:
        print(json.dumps(report(int(argv[1]))))
        return 0
    write = "--write" in argv
    for name in (a for a in argv if a != "--write"):
        case = Path(name)
        found = actual(case)
        text = json.dumps(found, indent=2, ensure_ascii=False) + "\n"
        if write:
            expected_path(case).write_text(text, encoding="utf-8")
        print(f"# {case.name}\n{text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
