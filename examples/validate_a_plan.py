"""Validate a plan and print its findings in English and Swedish.

Run: ``python examples/validate_a_plan.py [PLAN.yaml]``. Without an argument it checks a small
plan written below: a committee that does only indicated and selective work in social
services, which the rules flag (PK101: no universal work; PK601: one sector only; 000 Förord,
002 §1.4).
"""

from __future__ import annotations

import sys

import preventionkit as pk

PLAN = """\
preventionkit: 1
id: only-social-services
title: Handlingsplan mot våld i nära relationer
period: {start: 2025, end: 2028}
owner: sn
adopted_by: d-sn
actors:
  - {id: sn, name: Socialnämnden, kind: committee, sector: social_services}
  - {id: ifo, name: Individ- och familjeomsorgen, kind: unit, part_of: sn, sector: social_services}
decisions:
  - {id: d-sn, by: sn, summary: Antar handlingsplanen}
bodies:
  - {id: ledning, name: Ledningsgrupp IFO, role: steering_group, members: [ifo]}
mandates:
  - {holder: ledning, granted_by: sn, decision: d-sn, scope: Leda arbetet}
activities:
  - {id: stod, title: Stödsamtal för våldsutsatta, prevention_levels: [indicated],
     ecological_levels: [individual], responsible: [ifo], timeline: {start: 2025, end: 2028}}
  - {id: grupp, title: Gruppverksamhet för barn i familjer med våld,
     prevention_levels: [selective], ecological_levels: [relationship], responsible: [ifo],
     timeline: {start: 2025, end: 2028}}
"""


def main(argv: list[str]) -> int:
    """Load the plan, validate it in both languages, print the findings; 1 if any error."""
    plan = pk.load(argv[0]) if argv else pk.loads(PLAN, format="yaml")
    report = pk.validate(plan)
    print(f"{plan.title}: {'ok' if report.ok else 'not ok'}")
    for finding in report.findings:
        print(f"  {finding}")
    print()
    for finding in pk.validate(plan, lang="sv").findings:
        print(f"  {finding.code} [{finding.severity}] {finding.text()}")
    return 0 if report.ok else 1


if __name__ == "__main__":
    status = main(sys.argv[1:])
    if sys.argv[1:]:
        sys.exit(status)
