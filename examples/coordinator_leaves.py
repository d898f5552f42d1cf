"""What if the coordinator leaves? Single points of failure and a scenario comparison.

Step 1 of the guide warns that work "driven by a single coordinator who holds most of the
assignments without a real mandate" is fragile (002 §1.5); SKL calls for moving "from person
to function" (004). Run: ``python examples/coordinator_leaves.py``.
"""

from __future__ import annotations

import preventionkit as pk
from preventionkit import graph, scenarios

PLAN = """\
preventionkit: 1
id: fragile
title: Handlingsplan mot våld
owner: ks
adopted_by: d-ks
actors:
  - {id: ks, name: Kommunstyrelsen, kind: executive_board, sector: municipal_leadership}
  - {id: sn, name: Socialnämnden, kind: committee, sector: social_services}
  - {id: samordnare, name: Kvinnofridssamordnare, kind: function, sector: social_services, holders: 1}
  - {id: grundskolan, name: Grundskolan, kind: unit, sector: education}
  - {id: ifo, name: Individ- och familjeomsorgen, kind: unit, sector: social_services}
decisions:
  - {id: d-ks, by: ks, summary: Antar handlingsplanen}
bodies:
  - {id: styrgrupp, name: Styrgrupp mot våld, role: steering_group, members: [sn, samordnare]}
  - {id: skola, name: Arbetsgrupp skola, role: operational_group, convener: samordnare,
     members: [grundskolan]}
  - {id: stod, name: Arbetsgrupp stöd, role: operational_group, convener: samordnare,
     members: [ifo]}
mandates:
  - {holder: styrgrupp, granted_by: ks, decision: d-ks, scope: Leda arbetet mot våld}
activities:
  - {id: mvp, title: MVP i årskurs 8, prevention_levels: [universal], responsible: [skola]}
  - {id: stodsamtal, title: Stödsamtal, prevention_levels: [indicated], responsible: [stod]}
"""


def main() -> None:
    """Print the plan's single points of failure and what vacating the post changes."""
    plan = pk.loads(PLAN, format="yaml")
    print("Single points of failure:")
    for point in graph.single_points_of_failure(plan):
        print(f"  {point.node}: {point.reason}, cuts off {', '.join(point.activities)}")
    print("Bus factor per activity:", graph.bus_factor(plan))

    after = scenarios.vacate_function(plan, "samordnare")
    change = scenarios.compare(plan, after)
    print("If the coordinator's post falls vacant, new findings:")
    for finding in change.findings_appeared:
        print(f"  {finding.code} {finding.text()}")

    gone = scenarios.remove_actor(plan, "samordnare")
    print("If the post is removed, chains broken:", scenarios.compare(plan, gone).chains_broken)


if __name__ == "__main__":
    main()
