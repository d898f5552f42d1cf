"""The "done when" checks of issue 4, as tests."""

from __future__ import annotations

import preventionkit as pk
from preventionkit.io import loads

SOCIAL_SERVICES_ONLY = """\
preventionkit: 1
id: socialtjansten
title: Socialtjänstens arbete mot våld
adopted_by: d-ifn
actors:
  - {id: ifn, name: Individ- och familjenämnden, kind: committee, sector: social_services}
  - {id: ifo, name: Individ- och familjeomsorgen, kind: administration, part_of: ifn}
  - {id: cmv, name: Centrum mot våld, kind: unit, part_of: ifo}
decisions:
  - {id: d-ifn, by: ifn, date: 2019-05-20, summary: Antar planen}
bodies:
  - {id: ledning, name: Ledningsgruppen, role: steering_group, members: [ifo, cmv], reports_to: ifn}
mandates:
  - {holder: ledning, granted_by: ifn, decision: d-ifn, scope: Leda arbetet}
activities:
  - id: stodsamtal
    title: Stödsamtal för våldsutsatta
    prevention_levels: [indicated]
    ecological_levels: [individual]
    responsible: [cmv]
  - id: atv
    title: Behandling för våldsutövare (ATV)
    prevention_levels: [indicated]
    ecological_levels: [individual]
    responsible: [cmv]
  - id: komet
    title: KOMET för föräldrar
    prevention_levels: [selective]
    ecological_levels: [relationship]
    responsible: [ifo]
"""

ONE_COORDINATOR = """\
preventionkit: 1
id: samordnaren
title: Handlingsplan mot våld
actors:
  - {id: ks, name: Kommunstyrelsen, kind: executive_board, sector: municipal_leadership}
  - {id: samordnare, name: Kvinnofridssamordnare, kind: function, holders: 1, part_of: ks}
mandates: []
activities:
  - {id: samverkan, title: Samverkan mot våld, responsible: [samordnare], prevention_levels: [universal]}
  - {id: utbildning, title: Utbildning för personal, responsible: [samordnare], prevention_levels: [selective]}
  - {id: stod, title: Stöd till våldsutsatta, responsible: [samordnare], prevention_levels: [indicated]}
"""


def test_social_services_only_at_indicated_and_selective_gives_pk101_universal_and_pk601() -> None:
    report = pk.validate(loads(SOCIAL_SERVICES_ONLY, format="yaml"))
    pk101 = report.by_code("PK101")
    assert [f.text() for f in pk101] == [
        "The plan has no activity at the universal prevention level."
    ]
    assert [f.text() for f in report.by_code("PK601")] == [
        "Only one sector takes part in the work: social services."
    ]
    assert not report.ok


def test_one_coordinator_without_mandate_gives_pk201_and_pk205() -> None:
    report = pk.validate(loads(ONE_COORDINATOR, format="yaml"), lang="sv")
    assert report.by_code("PK201")
    (spof,) = report.by_code("PK205")
    assert "Kvinnofridssamordnare" in spof.text()
    assert "3 aktiviteter" in spof.text()


def test_umea_has_a_mandate_holder() -> None:
    plan = pk.examples.load("umea")
    report = pk.validate(plan)
    assert "PK201" not in report.codes
    sv = pk.validate(plan, lang="sv")
    assert [(f.code, f.path) for f in sv.findings] == [(f.code, f.path) for f in report.findings]
