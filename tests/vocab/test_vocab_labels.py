"""Every vocabulary member has a value, a label and a description in every built-in language
and a source (issue 2, item 4; issue 13), and ``label()`` follows the one default language."""

from __future__ import annotations

import re
from enum import StrEnum

import pytest

import preventionkit as pk
from preventionkit import messages, vocab
from preventionkit.vocab import (
    ARENAS_WITH_CHILDREN,
    GOVERNANCE_ROLES,
    POLITICAL_KINDS,
    VOCABULARIES,
    ActorKind,
    Arena,
    BodyRole,
    EcologicalLevel,
    Frequency,
    PreventionLevel,
    Term,
    label,
    per_year,
)

MEMBERS = [member for vocabulary in VOCABULARIES for member in vocabulary]
MEMBER_IDS = [f"{type(m).__name__}.{m.name}" for m in MEMBERS]
# A source names a seed document (000–004), the national strategy, or says plainly that the
# term is not in the seeds; a bare dash is not a source.
_SOURCE = re.compile(r"(\b00[0-4]\b|Skr\. 2016/17:10|domain §\d|not in the seeds|IATI Standard)")


def test_every_vocabulary_is_listed_once() -> None:
    terms = {
        obj
        for obj in vars(vocab).values()
        if isinstance(obj, type) and issubclass(obj, Term) and obj is not Term
    }
    assert set(VOCABULARIES) == terms
    assert len(VOCABULARIES) == len(set(VOCABULARIES))


def test_the_issue_s_vocabularies_exist() -> None:
    names = {v.__name__ for v in VOCABULARIES}
    assert {
        "PreventionLevel",
        "EcologicalLevel",
        "Tier",
        "ViolenceArea",
        "TargetGroup",
        "Arena",
        "ActorKind",
        "BodyRole",
        "Sector",
        "Frequency",
    } <= names
    assert [m.value for m in PreventionLevel] == ["universal", "selective", "indicated"]
    assert [m.value for m in EcologicalLevel] == [
        "individual",
        "relationship",
        "community",
        "society",
    ]


@pytest.mark.parametrize("member", MEMBERS, ids=MEMBER_IDS)
def test_member_is_fully_labelled(member: Term) -> None:
    assert isinstance(member, StrEnum)
    assert re.fullmatch(r"[a-z][a-z0-9_]*", member.value), "values are English snake_case"
    assert member == member.value  # plan files hold the plain string
    for lang in messages.BUILTIN_LANGUAGES:
        for text in (member.label(lang), member.description(lang)):
            assert isinstance(text, str)
            assert text.strip() == text
            assert text
            assert not text.startswith("vocab."), f"{member!r} has no {lang} catalogue entry"
        assert "\n" not in member.description(lang), "descriptions are one line"
    assert member.message_key == f"vocab.{type(member).vocabulary()}.{member.value}"
    assert _SOURCE.search(member.source), f"{member!r} cites no source: {member.source!r}"


@pytest.mark.parametrize("vocabulary", VOCABULARIES, ids=lambda v: v.__name__)
def test_labels_are_distinct_within_a_vocabulary(vocabulary: type[Term]) -> None:
    for lang in messages.BUILTIN_LANGUAGES:
        labels = [m.label(lang) for m in vocabulary]
        assert len(labels) == len(set(labels)), f"two {vocabulary.__name__} share a {lang} label"
    assert vocabulary.__doc__, "every vocabulary says what it is"


def test_label_follows_the_one_default_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(messages.ENV_VAR, raising=False)
    assert label(PreventionLevel.INDICATED) == "indicated"
    assert PreventionLevel.INDICATED.label() == "indicated"
    assert label(PreventionLevel.INDICATED, lang="sv") == "indikerad"
    assert label(PreventionLevel.INDICATED, lang="nb") == "indikert"
    assert label(EcologicalLevel.COMMUNITY, "sv") == "närmiljö"
    assert label(EcologicalLevel.COMMUNITY, "nb") == "nærmiljø"
    monkeypatch.setenv(messages.ENV_VAR, "sv")
    assert label(PreventionLevel.INDICATED) == PreventionLevel.INDICATED.label() == "indikerad"
    monkeypatch.setenv(messages.ENV_VAR, "nb")
    assert label(ActorKind.COUNCIL) == "kommunestyre"
    assert pk.vocab.label is label


@pytest.mark.parametrize("member", MEMBERS, ids=MEMBER_IDS)
def test_label_function_and_method_agree(member: Term) -> None:
    for lang in messages.BUILTIN_LANGUAGES:
        assert label(member, lang) == member.label(lang)


@pytest.mark.parametrize("lang", ["de", "SV", "", "english", 3])
def test_an_unknown_language_is_an_error(lang: object) -> None:
    with pytest.raises(messages.UnknownLanguageError, match="available: en, nb, sv"):
        label(PreventionLevel.UNIVERSAL, lang)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="available: en, nb, sv"):
        PreventionLevel.UNIVERSAL.label(lang)  # type: ignore[arg-type]


def test_members_are_found_by_value() -> None:
    assert PreventionLevel("selective") is PreventionLevel.SELECTIVE
    assert BodyRole("steering_group") is BodyRole.STEERING_GROUP
    with pytest.raises(ValueError, match="primary"):
        PreventionLevel("primary")


def test_groupings_hold_members_of_their_vocabulary() -> None:
    assert {
        ActorKind.LEGISLATURE,
        ActorKind.GOVERNMENT,
        ActorKind.COUNCIL,
        ActorKind.EXECUTIVE_BOARD,
        ActorKind.COMMITTEE,
    } == POLITICAL_KINDS
    assert ActorKind.FUNCTION not in POLITICAL_KINDS
    # The chain of governance, top to bottom (002 §1.8).
    assert GOVERNANCE_ROLES == (
        BodyRole.POLITICAL_STEERING,
        BodyRole.STEERING_GROUP,
        BodyRole.COLLABORATION_TEAM,
        BodyRole.OPERATIONAL_GROUP,
    )
    assert all(isinstance(a, Arena) for a in ARENAS_WITH_CHILDREN)
    assert {Arena.PRESCHOOL, Arena.SCHOOL} <= ARENAS_WITH_CHILDREN
    assert Arena.ELDERLY_CARE not in ARENAS_WITH_CHILDREN


@pytest.mark.parametrize(
    ("frequency", "expected"),
    [
        (Frequency.WEEKLY, 52.0),
        (Frequency.MONTHLY, 12.0),
        (Frequency.QUARTERLY, 4.0),
        (Frequency.TWICE_A_YEAR, 2.0),
        (Frequency.ANNUAL, 1.0),
        (Frequency.EVERY_2_YEARS, 0.5),
        (Frequency.EVERY_3_YEARS, 1 / 3),
        (Frequency.EVERY_TERM_OF_OFFICE, 0.25),
        (Frequency.CONTINUOUS, None),
        (Frequency.AS_NEEDED, None),
        (Frequency.ONCE, None),
    ],
)
def test_per_year(frequency: Frequency, expected: float | None) -> None:
    assert per_year(frequency) == expected


def test_every_frequency_has_a_rate_or_none() -> None:
    for frequency in Frequency:
        rate = per_year(frequency)
        assert rate is None or rate > 0
