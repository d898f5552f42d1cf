"""``import preventionkit`` stays light: optional libraries load only when a feature needs
them (issue 2, "Done when"; design "Layers")."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = (
    "yaml",
    "ruamel",
    "typer",
    "rich",
    "matplotlib",
    "pandas",
    "hypothesis",
    "jsonschema",
    "openpyxl",
)


def _imported_after(code: str) -> list[str]:
    """The heavy top-level packages in ``sys.modules`` after running ``code`` in a fresh process."""
    script = (
        "import json, sys\n"
        f"{code}\n"
        f"heavy = {set(HEAVY)!r}\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules} & heavy)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    loaded: list[str] = json.loads(result.stdout.strip().splitlines()[-1])
    return loaded


def test_import_preventionkit_imports_no_optional_library() -> None:
    assert _imported_after("import preventionkit") == []


def test_the_issue_s_own_check_prints_an_empty_list() -> None:
    code = (
        "import preventionkit, sys; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'yaml','ruamel','typer','rich','matplotlib','pandas'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize(
    "code",
    [
        "import preventionkit.model",
        "import preventionkit.vocab",
        "import preventionkit.errors",
        "import preventionkit.catalogue",
        "import preventionkit as pk; pk.ActionPlan; pk.PreventionLevel; pk.vocab.label",
        "import preventionkit as pk; pk.schema()",
        (
            "import preventionkit as pk\n"
            'plan = pk.loads(\'{"preventionkit": 1, "id": "p", "title": "t"}\')\n'
            "pk.dumps(plan, format='json')"
        ),
    ],
    ids=["model", "vocab", "errors", "catalogue", "names", "schema", "json-round-trip"],
)
def test_core_features_need_no_optional_library(code: str) -> None:
    assert _imported_after(code) == []


def test_the_testing_module_brings_hypothesis_only_when_a_strategy_is_used() -> None:
    assert "hypothesis" not in _imported_after("import preventionkit.testing")
    assert "hypothesis" in _imported_after("from preventionkit.testing import valid_plans")
    assert "hypothesis" not in _imported_after("import preventionkit as pk; dir(pk)")


def test_yaml_is_imported_when_yaml_is_read() -> None:
    loaded = _imported_after(
        "import preventionkit as pk; pk.loads('preventionkit: 1\\nid: p\\ntitle: t\\n')"
    )
    assert "yaml" in loaded


def test_synthetic_plans_need_no_hypothesis() -> None:
    code = (
        "import sys; sys.modules['hypothesis'] = None\n"
        "from preventionkit.testing import synthetic_plan\n"
        "plan = synthetic_plan(20, seed=3)\n"
        "print(len(plan.activities))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "20"


def test_workbooks_need_openpyxl_only_when_one_is_read_or_written() -> None:
    assert "openpyxl" not in _imported_after("import preventionkit.io.xlsx")
    assert "openpyxl" in _imported_after(
        "import preventionkit as pk\n"
        "from preventionkit.io.xlsx import xlsx_bytes, template_plan\n"
        "xlsx_bytes(template_plan())"
    )


def test_a_workbook_without_the_xlsx_extra_is_a_clear_load_error(tmp_path: Path) -> None:
    (tmp_path / "plan.xlsx").write_bytes(b"PK\x03\x04")
    code = (
        "import sys, json\n"
        "sys.modules['openpyxl'] = None  # as if the xlsx extra were not installed\n"
        "import preventionkit as pk\n"
        "try:\n"
        "    pk.load('plan.xlsx')\n"
        "except pk.PlanLoadError as exc:\n"
        "    print(json.dumps([exc.issues[0].kind, exc.issues[0].hint_text()]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        cwd=tmp_path,
    )
    kind, hint = json.loads(result.stdout.strip().splitlines()[-1])
    assert kind == "missing_dependency"
    assert "preventionkit[xlsx]" in hint
