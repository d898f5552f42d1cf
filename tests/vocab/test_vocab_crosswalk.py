"""The crosswalk to primary / secondary / tertiary prevention is a separate, explicitly
approximate axis (domain §1), never part of the plan format."""

from __future__ import annotations

import dataclasses

import pytest

import preventionkit as pk
from preventionkit.vocab import (
    CROSSWALK_CAVEAT,
    ClassicPrevention,
    CrosswalkEntry,
    PreventionLevel,
    crosswalk,
)


@pytest.mark.parametrize("level", list(PreventionLevel), ids=lambda lv: lv.value)
def test_every_prevention_level_has_an_approximate_entry(level: PreventionLevel) -> None:
    entry = crosswalk(level)
    assert isinstance(entry, CrosswalkEntry)
    assert entry.level is level
    assert entry.approximate is True
    assert entry.caveat == CROSSWALK_CAVEAT
    assert entry.typical, "every level maps to at least one classic level"
    assert all(isinstance(c, ClassicPrevention) for c in entry.typical)
    assert len(set(entry.typical)) == len(entry.typical)
    assert entry.note.strip()


def test_the_mapping_follows_who_is_reached_to_when_it_acts() -> None:
    assert crosswalk(PreventionLevel.UNIVERSAL).typical == (ClassicPrevention.PRIMARY,)
    assert crosswalk(PreventionLevel.SELECTIVE).typical == (
        ClassicPrevention.PRIMARY,
        ClassicPrevention.SECONDARY,
    )
    assert crosswalk(PreventionLevel.INDICATED).typical == (
        ClassicPrevention.SECONDARY,
        ClassicPrevention.TERTIARY,
    )


def test_every_classic_level_is_reached_by_some_prevention_level() -> None:
    reached = {c for level in PreventionLevel for c in crosswalk(level).typical}
    assert reached == set(ClassicPrevention)


def test_the_caveat_says_the_axes_differ() -> None:
    assert CROSSWALK_CAVEAT.startswith("Approximate")
    assert "who" in CROSSWALK_CAVEAT
    assert "when" in CROSSWALK_CAVEAT


def test_classic_levels_are_labelled_and_say_they_are_not_in_the_seeds() -> None:
    assert [c.value for c in ClassicPrevention] == ["primary", "secondary", "tertiary"]
    assert ClassicPrevention.PRIMARY.label("sv") == "primär prevention"
    assert all("not in the seeds" in c.source for c in ClassicPrevention)


def test_entries_are_immutable() -> None:
    entry = crosswalk(PreventionLevel.UNIVERSAL)
    with pytest.raises(dataclasses.FrozenInstanceError):
        entry.approximate = False  # type: ignore[misc]


def test_crosswalk_is_public_and_only_takes_prevention_levels() -> None:
    assert pk.vocab.crosswalk is crosswalk
    with pytest.raises(KeyError):
        crosswalk(ClassicPrevention.PRIMARY)  # type: ignore[arg-type]


def test_the_plan_format_has_no_classic_prevention_field() -> None:
    """The classic scale stays out of plan files: activities hold only the seeds' levels."""
    schema = pk.schema()
    text = str(schema)
    assert "tertiary" not in text
    levels = schema["$defs"]["Activity"]["properties"]["prevention_levels"]
    assert "primary" not in str(levels)
