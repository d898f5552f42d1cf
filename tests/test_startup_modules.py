"""Start-up stays small: a guard on how many modules ``import preventionkit`` and a first
``validate`` bring in (issue 20). Counted, not timed: a count does not drift with the load of a
shared machine, and every module imported is start-up time a hook or an editor pays on each run.
The budgets leave about a tenth of room; ``benchmarks/run_all.py`` measures the time itself.
"""

from __future__ import annotations

import json
import subprocess
import sys

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
    assert len(new) <= 40, new


def test_validating_a_small_plan_needs_no_graph_library_and_no_parser_beyond_json() -> None:
    new = _new_modules(f"import preventionkit as pk\npk.validate(pk.loads({_PLAN!r}))")
    tops = _tops(new)
    for heavy in ("networkx", "yaml", "ruamel", "ryml", "jiter", "typer", "rich", "matplotlib"):
        assert heavy not in tops, heavy
    # 300 before PK002 (issue 17) and issue 16's thirteen rules and who takes part
    assert len(new) <= 333, len(new)


def test_validating_a_small_plan_imports_no_command_line_report_or_scenario_code() -> None:
    new = _new_modules(f"import preventionkit as pk\npk.validate(pk.loads({_PLAN!r}))")
    own = [m for m in new if m.split(".")[0] == "preventionkit"]
    for unused in ("preventionkit.cli", "preventionkit.report", "preventionkit.scenarios"):
        assert unused not in own, unused
    # 90 before format 2, the registry and the one chain landed; 110 before issue 16's rules
    assert len(own) <= 125, own
