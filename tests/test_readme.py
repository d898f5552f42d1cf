"""The README's examples stay true: its plan loads, its Python runs, its quick start is CI's."""

from __future__ import annotations

import re
from pathlib import Path

import preventionkit as pk

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.DOTALL)


def test_the_plan_in_the_readme_loads() -> None:
    (text,) = _blocks("yaml")
    plan = pk.loads(text, format="yaml", source="README.md")
    assert plan.activity("mvp").programme == "mvp"
    report = pk.validate(plan)
    assert "PK301" not in report.codes
    # The snippet shows the format, not a mandate: who leads is asked, not judged.
    assert "PK201" in {q.code for q in report.questions}


def test_the_python_in_the_readme_runs() -> None:
    (code,) = _blocks("python")
    namespace: dict[str, object] = {}
    exec(compile(code, "README.md", "exec"), namespace)
    assert isinstance(namespace["report"], pk.ValidationReport)


def test_the_quick_start_test_command_is_what_ci_runs() -> None:
    (bash,) = _blocks("bash")
    commands = [line for line in bash.splitlines() if line and not line.startswith("#")]
    assert len(commands) == 2
    assert "preventionkit validate --example umea" in commands[0]
    ci = (Path(__file__).parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    test_command = commands[1].split("&&")[-1].strip()
    assert test_command.removeprefix("python -m ") in ci
