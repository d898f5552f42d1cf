"""Findings for CI: write a plan's validation report as JSON and as SARIF 2.1.0.

Code hosts show SARIF findings against the plan file's lines. Run:
``python examples/findings_for_ci.py PLAN.yaml [OUT_DIR]``; without arguments it checks a
small plan written to the current directory. Exits 1 when there is an error finding, as
``preventionkit validate`` does.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import preventionkit as pk
from preventionkit.rules.formats import format_json, format_sarif

DEMO = """\
preventionkit: 1
id: demo
title: Handlingsplan mot våld
actors:
  - {id: ks, name: Kommunstyrelsen, kind: executive_board}
activities:
  - {id: a1, title: Kartläggning, responsible: [ks], mapping: true}
"""


def main(argv: list[str]) -> int:
    """Validate the plan, write ``findings.json`` and ``findings.sarif``; 1 if any error."""
    if argv:
        source = Path(argv[0])
    else:
        source = Path("demo-plan.yaml")
        source.write_text(DEMO, encoding="utf-8")
    out = Path(argv[1]) if len(argv) > 1 else Path()
    plan = pk.load(source)
    report = pk.validate(plan)
    (out / "findings.json").write_text(format_json(report), encoding="utf-8")
    (out / "findings.sarif").write_text(format_sarif(report), encoding="utf-8")
    sarif = json.loads((out / "findings.sarif").read_text(encoding="utf-8"))
    results = sarif["runs"][0]["results"]
    print(f"{source}: {len(report.findings)} findings, {len(results)} SARIF results")
    return 0 if report.ok else 1


if __name__ == "__main__":
    code = main(sys.argv[1:])
    if sys.argv[1:]:
        sys.exit(code)
