"""The programme catalogue covers every programme, method, instrument, policy and campaign of
domain.md §9 at the levels the seeds give them (003 Tidigt förebyggande insatser; 002 §1.10,
§1.11; 000)."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

import preventionkit as pk
from preventionkit.catalogue import Programme, entries, get, ids, search, select, version

# domain.md §9, name by name: the entry id and the prevention levels the seeds give it.
DOMAIN_9: dict[str, tuple[str, tuple[str, ...]]] = {
    "MVP": ("mvp", ("universal",)),
    "Machofabriken": ("machofabriken", ("universal",)),
    "Friends": ("friends", ("universal",)),
    "Agera tillsammans": ("agera-tillsammans", ("universal",)),
    "ABC": ("abc", ("universal",)),
    "COPE": ("cope", ("universal",)),
    "KOMET": ("komet", ("selective",)),
    "Trappan": ("trappan", ("indicated",)),
    "ATV": ("atv", ("indicated",)),
    "Response based practice": ("response-based-practice", ("indicated",)),
    "FREDA kortfrågor": ("freda-kortfragor", ("indicated",)),
    "FREDA beskrivning": ("freda-beskrivning", ("indicated",)),
    "FREDA farlighetsbedömning": ("freda-farlighetsbedomning", ("indicated",)),
    "PATRIARK": ("patriark", ("indicated",)),
    "Huskurage": ("huskurage", ("universal",)),
    "trygghetsvandringar": ("trygghetsvandring", ("universal",)),
    "Liten och Trygg": ("liten-och-trygg", ("universal",)),
    "Bygga Broar": ("bygga-broar", ("universal",)),
    "Infogeneratorn": ("infogeneratorn", ("indicated",)),
    "BFF/ORC": ("bff", ()),
}


@pytest.mark.parametrize(("name", "expected"), DOMAIN_9.items(), ids=list(DOMAIN_9))
def test_every_domain_programme_is_catalogued_at_its_level(
    name: str, expected: tuple[str, tuple[str, ...]]
) -> None:
    id, levels = expected
    entry = get(id)
    assert entry.prevention_levels == levels, name
    stem = name.split("/", maxsplit=1)[0][:6]
    assert id in {p.id for p in search(stem)}, name


def test_every_entry_is_complete() -> None:
    for p in entries():
        assert p.name_sv
        assert p.name_en
        assert p.description
        assert re.search(r"\b00[0-4]\b", p.source), p.id  # cites a seed
        if p.id != "bff":  # BFF measures organisations, not people: no level applies
            assert p.prevention_levels, p.id
            assert p.ecological_levels, p.id
            assert p.arenas, p.id
            assert p.violence_areas, p.id
        assert p.target_groups, p.id


def test_freda_is_three_instruments() -> None:
    freda = [p for p in entries() if p.id.startswith("freda-")]
    assert len(freda) == 3
    assert {p.kind for p in freda} == {"assessment_instrument"}


def test_every_kind_is_represented() -> None:
    assert {p.kind.value for p in entries()} == {
        "programme",
        "method",
        "assessment_instrument",
        "policy",
        "training",
        "campaign",
    }


def test_entries_sorted_unique_and_ids_agree() -> None:
    listed = [p.id for p in entries()]
    assert listed == sorted(set(listed))
    assert ids() == frozenset(listed)
    assert all(isinstance(p, Programme) for p in entries())


def test_data_file_is_versioned() -> None:
    raw = json.loads(resources.files("preventionkit.data").joinpath("catalogue.json").read_text())
    assert re.fullmatch(r"\d+\.\d+\.\d+", raw["version"])
    assert version() == raw["version"]
    assert len(raw["entries"]) == len(entries())


def test_get_unknown_suggests() -> None:
    with pytest.raises(KeyError, match="did you mean 'komet'"):
        get("kommet")
    with pytest.raises(KeyError, match="no entry 'zzz'"):
        get("zzz")


def test_search_matches_names_and_descriptions() -> None:
    assert [p.id for p in search("Alla Barn i Centrum")] == ["abc"]
    assert "abc" in {p.id for p in search("parent")}
    assert search("no such programme anywhere") == ()


def test_select_by_criteria() -> None:
    assert [p.id for p in select(prevention_level="selective")] == ["komet"]
    parenting = select(arena="parenting_support", prevention_level="universal")
    assert {p.id for p in parenting} == {"abc", "cope"}
    assert {p.id for p in select(kind="campaign")} >= {"du-avgor", "resekurage"}
    assert select(prevention_level="indicated", arena="preschool") == ()
    with pytest.raises(ValueError, match="not a PreventionLevel"):
        select(prevention_level="primary")


_PLAN = """\
preventionkit: 1
id: p
title: T
actors:
  - {{id: ks, name: KS, kind: executive_board}}
activities:
  - {{id: a, title: A, responsible: [ks], programme: {programme}}}
"""


def test_activity_with_a_known_programme_loads() -> None:
    plan = pk.loads(_PLAN.format(programme="komet"), format="yaml")
    assert plan.activity("a").programme == "komet"


def test_a_programme_outside_the_catalogue_loads_and_pk303_suggests_the_closest_id() -> None:
    # The catalogue is advice, not a gate (issue 14): the plan loads, the rule asks.
    plan = pk.loads(_PLAN.format(programme="trapan"), format="yaml")
    assert plan.activity("a").programme == "trapan"
    (finding,) = pk.validate(plan, select="PK303").findings
    assert finding.path == "activities[0].programme"
    assert "'trapan'" in finding.text("en")
    assert "Did you mean 'trappan'?" in (finding.hint_text("en") or "")


def test_a_programme_far_from_any_id_is_reported_without_a_suggestion() -> None:
    plan = pk.loads(_PLAN.format(programme="qqqqqqqq"), format="yaml")
    (finding,) = pk.validate(plan, select="PK303").findings
    assert "catalogue list" in (finding.hint_text("en") or "")
