"""Start-up stays small: a guard on how many modules ``import preventionkit`` and a first
``validate`` bring in (issue 20). Counted, not timed: a count does not drift with the load of a
shared machine, and every module imported is start-up time a hook or an editor pays on each run.
The budgets leave about a tenth of room; ``benchmarks/run_all.py`` measures the time itself.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

_PLAN = (
    '{"preventionkit": 1, "id": "p", "title": "Plan",'
    ' "actors": [{"id": "kf", "name": "Kommunfullmäktige", "kind": "council"}],'
    ' "activities": [{"id": "a", "title": "Kartläggning", "responsible": ["kf"]}]}'
)


def _new_modules(code: str) -> list[str]:
    """The modules a fresh interpreter holds after ``code`` that it did not hold before."""
    script = (
        "import sys\n"
        "before = set(sys.modules)\n"
        f"{code}\n"
        "import json\n"
        "print(json.dumps(sorted(set(sys.modules) - before)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    found: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


def _tops(modules: list[str]) -> set[str]:
    return {m.split(".")[0] for m in modules}


def test_import_preventionkit_imports_only_the_standard_library_and_itself() -> None:
    new = _new_modules("import preventionkit")
    assert _tops(new) - set(sys.stdlib_module_names) == {"preventionkit"}
    assert len(new) <= 38, new


def test_validating_a_small_plan_needs_no_graph_library_and_no_parser_beyond_json() -> None:
    new = _new_modules(f"import preventionkit as pk\npk.validate(pk.loads({_PLAN!r}))")
    tops = _tops(new)
    for heavy in ("networkx", "yaml", "ruamel", "ryml", "jiter", "typer", "rich", "matplotlib"):
        assert heavy not in tops, heavy
    # 300 before PK002 (issue 17) and issue 16's thirteen rules and who takes part; 316 then
    assert len(new) <= 325, len(new)


def test_validating_an_embedded_example_reads_no_yaml() -> None:
    """The examples ship their YAML positions, so a finding's line needs no YAML parser
    (344 modules before, 322 after)."""
    new = _new_modules("import preventionkit as pk\npk.validate(pk.examples.load('umea'))")
    tops = _tops(new)
    for heavy in ("yaml", "ruamel", "ryml", "networkx", "typer", "rich"):
        assert heavy not in tops, heavy
    assert len(new) <= 330, len(new)


def test_the_command_line_imports_only_the_command_it_runs(tmp_path: Path) -> None:
    """``preventionkit validate plan.json`` imports the validate command and nothing of the
    other thirteen (426 modules before they were loaded lazily, 412 after; 134 of them its own),
    and, writing to a pipe, no rich (366 after, issue 20)."""
    plan = tmp_path / "plan.json"
    plan.write_text(_PLAN, encoding="utf-8")
    new = _new_modules(
        "import contextlib, io\nfrom preventionkit.__main__ import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['validate', {str(plan)!r}])"
    )
    cli = sorted(m for m in new if m.startswith("preventionkit.cli"))
    assert cli == [
        "preventionkit.cli",
        "preventionkit.cli._app",
        "preventionkit.cli._common",
        "preventionkit.cli.validate",
    ]
    tops = _tops(new)
    # rich too: output that is not a terminal shows no style, and is written without it
    # (unless typer itself imports it: typer before 0.17 does, where rich is installed)
    typer_alone = _new_modules("import typer")
    unused = ["yaml", "ruamel", "ryml", "networkx", "openpyxl", "matplotlib", "rich"]
    for name in unused:
        if name == "rich" and "rich" in _tops(typer_alone):
            continue
        assert name not in tops, name
    # Third-party module counts vary with the dependencies' versions (the lowest releases the
    # bounds allow import about 50 more), so the budget counts the library's own modules.
    own = [m for m in new if m.split(".")[0] == "preventionkit"]
    # 134 of its own; 135 with the one scan of entry points shared by packs and languages
    assert len(own) <= 135, len(own)


def test_validating_a_small_plan_imports_no_command_line_report_or_scenario_code() -> None:
    new = _new_modules(f"import preventionkit as pk\npk.validate(pk.loads({_PLAN!r}))")
    own = [m for m in new if m.split(".")[0] == "preventionkit"]
    for unused in ("preventionkit.cli", "preventionkit.report", "preventionkit.scenarios"):
        assert unused not in own, unused
    # 90 before format 2, the registry and the one chain landed; 110 before issue 16's rules
    assert len(own) <= 124, own
