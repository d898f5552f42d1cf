"""Format 2's governance fields are edges of the one chain (issue 14, issue 15)."""

from __future__ import annotations

import preventionkit as pk
from preventionkit.graph import AUTHORITY_EDGES, EdgeKind, governance, relations

_PLAN = """\
preventionkit: 2
id: p
title: Strategi mot våld
actors:
  - {id: lst, name: Länsstyrelsen, kind: county_administrative_board}
  - {id: region, name: Regionen, kind: region}
  - {id: polisen, name: Polisen, kind: police}
  - {id: kommun, name: Kommunen, kind: municipality, represented_by: forbund}
  - {id: forbund, name: Kommunförbundet, kind: association_of_authorities}
  - {id: enhet, name: Gemensam enhet, kind: unit, part_of: kommun, also_part_of: [polisen]}
  - {id: kvinnojour, name: Kvinnojouren, kind: civil_society_organisation}
decisions:
  - {id: d, by: lst, summary: Antar strategin}
bodies:
  - {id: rad, name: Länsrådet, role: steering_group, lead: lst, members: [region, forbund]}
mandates:
  - {holder: rad, granted_by: lst, co_granted_by: [region, polisen], decision: d, scope: Leda}
funding:
  - {source: state_grant, by: lst, to: kvinnojour, description: Projektmedel}
activities:
  - id: a
    title: Stödsamtal
    responsible: [kvinnojour]
    prevention_levels: [indicated]
    ecological_levels: [individual]
"""


def _edges() -> set[tuple[str, str, str]]:
    return {(u, v, str(k)) for u, v, k, _ in relations(pk.loads(_PLAN))}


def test_every_joint_grantor_grants_the_mandate() -> None:
    edges = _edges()
    for grantor in ("lst", "region", "polisen"):
        assert (grantor, "rad", "grants_mandate") in edges


def test_a_joint_unit_sits_under_each_parent() -> None:
    edges = _edges()
    assert ("kommun", "enhet", "contains") in edges
    assert ("polisen", "enhet", "contains") in edges


def test_representation_lead_and_funding_are_edges() -> None:
    edges = _edges()
    assert ("kommun", "forbund", "represented_by") in edges
    assert ("lst", "rad", "leads") in edges
    assert ("lst", "kvinnojour", "funds") in edges
    assert EdgeKind.REPRESENTED_BY in AUTHORITY_EDGES
    assert EdgeKind.FUNDS not in AUTHORITY_EDGES  # money is influence, not a mandate


def test_every_grantor_is_reached_from_the_top() -> None:
    gov = governance(pk.loads(_PLAN))
    assert "rad" in gov.reach
    assert {"region", "polisen", "lst"} <= set(gov.order)


def test_new_edge_kinds_speak_every_language() -> None:
    for kind in (EdgeKind.LEADS, EdgeKind.REPRESENTED_BY):
        labels = {kind.label(lang) for lang in ("en", "sv", "nb")}
        assert all(label and label != kind.message_key for label in labels)
