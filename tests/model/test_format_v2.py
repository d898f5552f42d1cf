"""Format version 2: the new records, the version rule, three-valued knowledge and migration
(issue "A format that real plans fit")."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

import preventionkit as pk
from preventionkit.errors import PlanLoadError
from preventionkit.io import MigrationError, migrate_text, needs_migration
from preventionkit.model import (
    FORMAT_VERSION,
    Actor,
    Mandate,
    Readiness,
    knowledge,
)

EXAMPLES = Path(__file__).parents[2] / "examples"

V2_PLAN = """\
preventionkit: 2
id: county-2016
title: Länsstrategi mot våld i nära relationer 2016–2020
related:
  - {plan: county-2021, relation: successor, title: Länsstrategi 2021–2025}
actors:
  - {id: lst, name: Länsstyrelsen, kind: county_administrative_board, tier: regional}
  - {id: region, name: Regionen, kind: region, tier: regional}
  - {id: polisen, name: Polisen, kind: police, tier: regional}
  - {id: forbund, name: Kommunförbundet, kind: association_of_authorities, tier: regional}
  - {id: kommun-a, name: Kommun A, kind: municipality, tier: local, represented_by: forbund}
  - id: barnahus
    name: Barnahus
    kind: unit
    part_of: region
    also_part_of: [polisen]
decisions:
  - {id: d-avtal, by: lst, kind: agreement, parties: [lst, region, polisen, forbund],
     summary: Överenskommelse om strategin, stage: decided}
bodies:
  - id: styrgrupp
    name: Regional styrgrupp
    role: steering_group
    lead: lst
    members:
      - {actor: lst, position: chair}
      - {actor: region, position: member, deputy: polisen}
mandates:
  - {holder: styrgrupp, granted_by: lst, co_granted_by: [region, polisen], decision: d-avtal,
     scope: Leda strategin}
needs:
  summary: Kartläggning av våldet i länet
  factors:
    - {id: f-isolering, kind: risk, statement: Social isolering, ecological_level: relationship}
goals:
  - {id: overgripande, statement: Minska våldet, level: impact}
  - {id: kunskap, statement: Ökad kunskap, level: outcome, contributes_to: [overgripande],
     indicators: [utbildade]}
indicators:
  - id: utbildade
    name: Andel utbildad personal
    unit: percent
    level: output
    dimensions: [sector]
    periods:
      - label: "2017"
        target: {value: 50}
        actual: {value: 42}
        breakdown:
          - {dimension: sector, category: social services, actual: {value: 60}}
activities:
  - id: utbildning
    title: Utbildning om våld
    status: ongoing
    responsibility: parallel
    responsible: [region, kommun-a]
    contributes_to: [kunskap]
    indicators: [utbildade]
    addresses: [f-isolering]
funding:
  - {id: bidrag, source: state_grant, by: lst, to: forbund, amount: 250000, currency: SEK,
     activities: [utbildning]}
evaluations:
  - {id: utv, kind: process, by: lst, activities: [utbildning], goals: [kunskap],
     questions: [Genomfördes utbildningen som planerat?]}
employer:
  support_for_exposed_staff: true
  activities: [utbildning]
"""


def test_a_version_2_plan_loads_with_every_new_record() -> None:
    plan = pk.loads(V2_PLAN)
    assert plan.preventionkit == 2
    assert plan.mandates[0].grantors == ("lst", "region", "polisen")
    assert plan.actor("barnahus").parents == ("region", "polisen")
    assert plan.indicator("utbildade").periods[0].breakdown[0].actual is not None
    assert plan.kind_of("f-isolering") == "factor"
    assert plan.kind_of("bidrag") == "funding"
    assert plan.kind_of("utv") == "evaluation"
    assert plan.related[0].relation == "successor"


def test_every_example_is_version_2_and_round_trips() -> None:
    # The embedded examples were re-encoded in format 2 (issue 15 item 4); version-1 files of
    # the project still read unchanged (tests/io/test_migrate_corpus.py).
    paths = sorted(EXAMPLES.glob("*.yaml"))
    assert len(paths) == 3
    for path in paths:
        plan = pk.load(path)
        assert plan.preventionkit == FORMAT_VERSION
        assert pk.loads(pk.dumps(plan)) == plan


@pytest.mark.parametrize(
    ("snippet", "path"),
    [
        ("activities: [{id: a, title: A, status: done}]", "activities[0].status"),
        ("goals: [{id: g, statement: S, level: impact}]", "goals[0].level"),
        ("evaluations: [{id: e, kind: process}]", "evaluations"),
        ("violence_areas: [sexual_violence]", "violence_areas"),
    ],
)
def test_version_2_fields_in_a_version_1_file_are_a_located_error(snippet: str, path: str) -> None:
    with pytest.raises(PlanLoadError) as info:
        pk.loads(f"preventionkit: 1\nid: p\ntitle: T\n{snippet}\n", source="plan.yaml")
    (issue,) = info.value.issues
    assert issue.kind == "format_version"
    assert issue.path == path
    assert issue.line == 4
    assert "migrate" in (issue.hint_text() or "")


@pytest.mark.parametrize(
    ("old", "new", "path"),
    [
        (
            "contributes_to: [kunskap]",
            "contributes_to: [kunskp]",
            "activities[0].contributes_to[0]",
        ),
        ("addresses: [f-isolering]", "addresses: [f-isolerng]", "activities[0].addresses[0]"),
        (
            "co_granted_by: [region, polisen]",
            "co_granted_by: [region, polis]",
            "mandates[0].co_granted_by[1]",
        ),
        ("activities: [utbildning]}", "activities: [utbildnin]}", "funding[0].activities[0]"),
        ("deputy: polisen", "deputy: polis", "bodies[0].members[1].deputy"),
    ],
)
def test_references_of_the_new_fields_must_resolve(old: str, new: str, path: str) -> None:
    assert old in V2_PLAN
    with pytest.raises(PlanLoadError) as info:
        pk.loads(V2_PLAN.replace(old, new, 1))
    issues = [i for i in info.value.issues if i.kind == "dangling_reference"]
    assert [i.path for i in issues] == [path]
    assert "did you mean" in (issues[0].hint_text() or "")


def test_a_goal_may_not_serve_itself() -> None:
    text = V2_PLAN.replace(
        "{id: overgripande, statement: Minska våldet, level: impact}",
        "{id: overgripande, statement: Minska våldet, level: impact, contributes_to: [kunskap]}",
    )
    with pytest.raises(PlanLoadError) as info:
        pk.loads(text)
    assert [i.kind for i in info.value.issues] == ["cycle"]


def test_knowledge_has_three_values() -> None:
    assert knowledge(Readiness(), "referral_routines") == "unstated"
    assert knowledge(Readiness(referral_routines=()), "referral_routines") == "absent"
    assert knowledge(Readiness(referral_routines=("x",)), "referral_routines") == "present"
    assert (
        knowledge(Readiness(mandatory_reporting_routine=None), "mandatory_reporting_routine")
        == "unstated"
    )
    assert (
        knowledge(Readiness(mandatory_reporting_routine=False), "mandatory_reporting_routine")
        == "absent"
    )
    assert knowledge(None, "referral_routines") == "unstated"
    with pytest.raises(AttributeError):
        knowledge(Readiness(), "no_such_field")


def test_the_plan_answers_what_it_states_by_path() -> None:
    plan = pk.loads(
        "preventionkit: 2\nid: p\ntitle: T\nreadiness: {referral_routines: [], support_contacts: [x]}\n"
        "activities: [{id: a, title: A, arenas: []}, {id: b, title: B}]\n"
    )
    assert plan.knows("readiness.referral_routines") == "absent"
    assert plan.knows("readiness.support_contacts") == "present"
    assert plan.knows("readiness.mandatory_reporting_routine") == "unstated"
    assert plan.knows("needs.factors") == "unstated"
    assert plan.knows("activities[0].arenas") == "absent"
    assert plan.knows("activities[1].arenas") == "unstated"
    assert plan.knows("activities[0]") == "present"
    with pytest.raises(ValueError, match="not a field path"):
        plan.knows("activities..x")
    with pytest.raises(IndexError):
        plan.knows("activities[5].arenas")


def test_a_round_trip_keeps_what_is_stated_apart_from_what_is_not() -> None:
    plan = pk.loads(
        "preventionkit: 2\nid: p\ntitle: T\nreadiness: {referral_routines: []}\n"
        "activities: [{id: a, title: A, arenas: [], mapping: false}, {id: b, title: B}]\n"
    )
    for fmt in ("yaml", "json"):
        again = pk.loads(pk.dumps(plan, format=fmt))
        for path in (
            "readiness.referral_routines",
            "readiness.support_contacts",
            "activities[0].arenas",
            "activities[0].mapping",
            "activities[1].arenas",
        ):
            assert again.knows(path) == plan.knows(path), (fmt, path)
    assert "arenas: []" in pk.dumps(plan)


def test_code_built_records_state_what_they_were_given() -> None:
    actor = Actor(id="a", name="A", kind="council")
    assert knowledge(actor, "sector") == "unstated"
    assert actor.parents == ()
    mandate = Mandate(holder="b", granted_by="a", co_granted_by=("a", "c"), scope="S")
    assert mandate.grantors == ("a", "c")


V1_PLAN = """\
# Umeå kommuns gemensamma handlingsplan mot våld (001), version 1 of the format
preventionkit: 1   # the format version
id: umea-2019
title: 'Umeå kommuns gemensamma handlingsplan mot våld'

actors:
  - {id: kf, name: Kommunfullmäktige, kind: council}   # p. 1
  - id: ks
    name: "Kommunstyrelsen"
    kind: executive_board
owner: ks   # p. 15, after the actors on purpose
"""


def test_migrate_changes_only_the_version_number() -> None:
    text = V1_PLAN
    migrated = migrate_text(text, source="umea.yaml")
    old_lines, new_lines = text.splitlines(keepends=True), migrated.splitlines(keepends=True)
    changed = [(a, b) for a, b in zip(old_lines, new_lines, strict=True) if a != b]
    assert changed == [
        (
            "preventionkit: 1   # the format version\n",
            f"preventionkit: {FORMAT_VERSION}   # the format version\n",
        )
    ]
    assert migrate_text(migrated) is migrated
    assert not needs_migration(pk.loads(migrated))


def test_migrate_keeps_line_endings_and_json() -> None:
    crlf = "# a comment\r\npreventionkit: 1 # version\r\nid: p\r\ntitle: T\r\n"
    assert migrate_text(crlf) == crlf.replace("preventionkit: 1", "preventionkit: 2")
    js = '{\n  "preventionkit": 1,\n  "id": "p",\n  "title": "T"\n}\n'
    assert migrate_text(js, format="json") == js.replace('"preventionkit": 1', '"preventionkit": 2')


def test_migrate_refuses_a_version_it_cannot_find_as_a_number() -> None:
    with pytest.raises(MigrationError, match="plain number"):
        migrate_text("preventionkit: !!int '1'\nid: p\ntitle: T\n")


def test_migrate_refuses_an_invalid_plan() -> None:
    with pytest.raises(PlanLoadError):
        migrate_text("preventionkit: 1\nid: p\n")


def test_a_plan_declares_its_violence_areas() -> None:
    """001 p. 11: the plan's own "identifierade våldsområden", apart from its activities'."""
    text = (
        "preventionkit: 2\nid: p\ntitle: T\n"
        "violence_areas: [violence_in_public_places, x-no:nettvold]\n"
        "vocabulary:\n"
        "  - {code: 'x-no:nettvold', vocabulary: violence_area, labels: {nb: Nettvold}, source: a term of this test}\n"
        "activities: [{id: a, title: A, violence_areas: [sexual_violence]}]\n"
    )
    plan = pk.loads(text)
    assert [str(a) for a in plan.violence_areas] == ["violence_in_public_places", "x-no:nettvold"]
    assert plan.knows("violence_areas") == "present"
    assert pk.loads(pk.dumps(plan)) == plan
    with pytest.raises(PlanLoadError) as info:
        pk.loads("preventionkit: 2\nid: p\ntitle: T\nviolence_areas: [sexual_violense]\n")
    assert [i.path for i in info.value.issues] == ["violence_areas[0]"]
    assert pk.loads("preventionkit: 2\nid: p\ntitle: T\n").knows("violence_areas") == "unstated"


def test_funding_may_leave_its_kind_unstated() -> None:
    """001 p. 18: "Medel riktade för detta ändamål" says what the money is for, not its kind."""
    text = (
        "preventionkit: 2\nid: p\ntitle: T\n"
        "activities: [{id: skyddat-boende, title: Skyddat boende}]\n"
        "funding:\n"
        "  - {id: medel, activities: [skyddat-boende], description: Medel riktade för detta ändamål}\n"
        "  - {source: unresolved}\n"
    )
    plan = pk.loads(text)
    assert plan.funding[0].source is None
    assert plan.knows("funding[0].source") == "unstated"
    assert plan.knows("funding[1].source") == "present"
    written = json.loads(pk.dumps(plan, format="json"))["funding"]
    assert "source" not in written[0]
    assert written[1]["source"] == "unresolved"
    assert pk.loads(pk.dumps(plan)) == plan


def _every_version_2_field(record: Any, loc: tuple[str | int, ...]) -> set[tuple[str | int, ...]]:
    """Every format-2 field set to other than its default, found by reading every field of
    every record: what the model's faster walk must find."""
    from pydantic import BaseModel

    found: set[tuple[str | int, ...]] = set()
    for name, info in type(record).model_fields.items():
        value = getattr(record, name)
        extra = info.json_schema_extra
        if (
            name in record.model_fields_set
            and isinstance(extra, dict)
            and extra.get("x-since-format") == 2
            and value != info.default
        ):
            found.add((*loc, info.alias or name))
        if isinstance(value, BaseModel):
            found |= _every_version_2_field(value, (*loc, name))
        elif isinstance(value, tuple):
            for i, item in enumerate(value):
                if isinstance(item, BaseModel):
                    found |= _every_version_2_field(item, (*loc, name, i))
    return found


@pytest.mark.parametrize("name", ["umea", "gavle", "vasterbotten"])
def test_every_version_2_field_of_a_real_plan_is_found_in_a_version_1_file(name: str) -> None:
    plan = pk.examples.load(name)
    expected = _every_version_2_field(plan, ())
    assert expected  # the examples use the new fields
    data = json.loads(pk.dumps(plan, format="json"))
    data["preventionkit"] = 1
    with pytest.raises(ValidationError) as info:
        pk.ActionPlan.model_validate(data)
    found = {e["loc"] for e in info.value.errors() if e["type"] == "needs_format_2"}
    assert found == expected
