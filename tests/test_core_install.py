"""The core install is whole: with only pydantic and networkx, the examples, catalogue and
frameworks load, the README's Python example runs, and a feature that needs an extra says
which one (issue 12 item 3). Each case runs in a fresh process where the optional libraries
cannot be imported; CI also installs the built wheel alone into a clean venv (``.ci/run``)."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OPTIONAL = (
    "yaml",
    "ruamel",
    "ryml",
    "jiter",
    "typer",
    "rich",
    "matplotlib",
    "pandas",
    "jsonschema",
    "hypothesis",
)
_BLOCK = "import sys\n" + "".join(f"sys.modules[{m!r}] = None\n" for m in OPTIONAL)


def _core(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _BLOCK + textwrap.dedent(code), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def readme_python_example() -> str:
    """The README's first Python code block (the one CI runs against the bare wheel)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.DOTALL)
    return str(blocks[0])


def test_the_readme_python_example_runs_with_the_core_only() -> None:
    done = _core(readme_python_example())
    assert done.returncode == 0, done.stderr
    assert "PK501" in done.stdout


def test_examples_catalogue_and_frameworks_load_with_the_core_only() -> None:
    done = _core(
        """\
        import preventionkit as pk
        for name in pk.examples.names():
            pk.validate(pk.examples.load(name))
        print(len(pk.catalogue.entries()) > 0, pk.frameworks.guide().steps[0].number)
        pk.frameworks.assess(pk.examples.load("umea"))
        """
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "1"]


def test_reading_yaml_without_the_extra_names_the_extra(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text("preventionkit: 1\nid: p\ntitle: t\n", encoding="utf-8")
    done = _core(
        """\
        import preventionkit as pk
        try:
            pk.load(sys.argv[1])
        except pk.PlanLoadError as exc:
            (issue,) = exc.issues
            print(issue.kind, issue.file == sys.argv[1], issue.hint_text())
        """,
        str(plan),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("missing_dependency True pip install 'preventionkit[yaml]'")


def test_writing_yaml_without_the_extra_names_the_extra() -> None:
    done = _core(
        """\
        import preventionkit as pk
        from preventionkit.errors import MissingExtraError
        plan = pk.examples.load("umea")
        assert pk.loads(pk.dumps(plan, format="json")) == plan
        try:
            pk.dumps(plan)
        except MissingExtraError as exc:
            print(exc.extra, isinstance(exc, ImportError), exc)
        """
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("yaml True writing YAML needs the 'yaml' extra")
    assert "pip install 'preventionkit[yaml]'" in done.stdout


@pytest.mark.parametrize("args", [["validate", "--example", "umea"], []])
def test_the_cli_without_its_extra_exits_2_with_the_install_line(args: list[str]) -> None:
    done = _core(
        "from preventionkit.__main__ import main\nsys.exit(main(sys.argv[1:]))\n",
        *args,
    )
    assert done.returncode == 2
    assert "pip install 'preventionkit[cli]'" in done.stderr
    assert "Traceback" not in done.stderr
