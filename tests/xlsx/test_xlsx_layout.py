"""The layout and its words: every field of the model has a column, every header and sheet
name exists in sv, en and nb and reads back unambiguously (issue 19)."""

from __future__ import annotations

import typing

import pytest
from pydantic import BaseModel

from preventionkit.io.xlsx._cells import normal, term_lookup
from preventionkit.io.xlsx._layout import SHEETS, sheet
from preventionkit.io.xlsx._read import header_lookup
from preventionkit.io.xlsx._words import LANGS, spellings, word
from preventionkit.io.xlsx._write import header
from preventionkit.model import (
    ActionPlan,
    Activity,
    Actor,
    Body,
    ChecklistEntry,
    Decision,
    FollowUp,
    Funding,
    Goal,
    Indicator,
    Mandate,
    Membership,
    Readiness,
    Suppression,
)
from preventionkit.model.evaluation import Evaluation
from preventionkit.model.goals import IndicatorPeriod
from preventionkit.model.hierarchy import PlanLink
from preventionkit.model.needs import Factor
from preventionkit.model.programmes import ProgrammeRecord
from preventionkit.vocab import VOCABULARIES

_RECORDS: dict[str, type[BaseModel]] = {
    "actors": Actor,
    "bodies": Body,
    "memberships": Membership,
    "decisions": Decision,
    "mandates": Mandate,
    "activities": Activity,
    "goals": Goal,
    "indicators": Indicator,
    "follow_up": FollowUp,
    "readiness": Readiness,
    "funding": Funding,
    "checklist": ChecklistEntry,
    "suppress": Suppression,
    "periods": IndicatorPeriod,
    "factors": Factor,
    "evaluations": Evaluation,
    "related": PlanLink,
    "programmes": ProgrammeRecord,
}
_ELSEWHERE = {
    "indicators": "periods.",  # the periods sheet
    "periods": "breakdown.",  # the breakdown sheet
}
_PARENT_COLUMN = {"memberships": "body", "periods": "indicator"}
_PLAN_LISTS = {"actors", "bodies", "decisions", "mandates", "activities", "goals", "indicators"}
_PLAN_LISTS |= {"follow_up", "readiness", "funding", "checklist", "suppress"}
_PLAN_LISTS |= {"evaluations", "related"}
_PLAN_LISTS |= {"vocabulary", "programmes"}  # sheets of their own


def _leaves(model: type[BaseModel], prefix: str = "") -> set[str]:
    """Every field of ``model`` as a dotted path, nested records flattened."""
    out: set[str] = set()
    for name, info in model.model_fields.items():
        key = info.alias or name
        args = [a for a in typing.get_args(info.annotation) if a is not type(None)]
        nested = [a for a in args if isinstance(a, type) and issubclass(a, BaseModel)]
        is_members = model is Body and name == "members"
        if nested and not is_members:
            out |= _leaves(nested[0], f"{prefix}{key}.")
        else:
            out.add(f"{prefix}{key}")
    return out


@pytest.mark.parametrize("key", sorted(_RECORDS))
def test_every_field_of_every_record_has_a_column(key: str) -> None:
    fields = {c.field for c in sheet(key).columns}
    wanted = _leaves(_RECORDS[key])
    if key in _ELSEWHERE:
        wanted = {f for f in wanted if not f.startswith(_ELSEWHERE[key])}
    if key in _PARENT_COLUMN:
        wanted |= {_PARENT_COLUMN[key]}
    assert fields == wanted


def test_every_field_of_the_plan_itself_has_a_row() -> None:
    fields = {c.field for c in sheet("plan").columns}
    wanted = {
        f
        for f in _leaves(ActionPlan)
        if f.split(".")[0] not in _PLAN_LISTS and not f.startswith("needs.factors.")
    }
    assert fields == wanted


@pytest.mark.parametrize("lang", LANGS)
def test_sheet_names_are_valid_and_distinct(lang: str) -> None:
    names = [word(f"sheet:{s.key}", lang) for s in SHEETS] + [word("sheet:lists", lang)]  # type: ignore[arg-type]
    assert len({normal(n) for n in names}) == len(names)
    for name in names:
        assert 0 < len(name) <= 31
        assert not set(name) & set(":\\/?*[]")


@pytest.mark.parametrize("layout", SHEETS, ids=lambda s: s.key)
def test_headers_read_back_to_their_own_column_in_every_language(layout: object) -> None:
    from preventionkit.io.xlsx._layout import Sheet

    assert isinstance(layout, Sheet)
    lookup = header_lookup(layout)
    for lang in LANGS:
        heads = [normal(header(layout, c, lang)) for c in layout.columns]
        assert len(set(heads)) == len(heads), (lang, heads)
        for column in layout.columns:
            assert lookup[normal(header(layout, column, lang))] is column


@pytest.mark.parametrize("vocab", VOCABULARIES, ids=lambda v: v.__name__)
def test_every_term_reads_back_from_its_code_and_labels(vocab: type) -> None:
    lookup = term_lookup(vocab)
    for term in vocab:
        assert lookup[normal(term.value)] == term.value
        for lang in ("sv", "en", "nb"):
            label = normal(term.label(lang))
            # a label two terms share (nb "annet") is ambiguous, so it reads as neither
            if sum(normal(other.label(lang)) == label for other in vocab) == 1:
                assert lookup.get(label, term.value) == term.value


def test_yes_and_no_have_every_language() -> None:
    assert {"ja", "yes", "nej", "nei", "no"} <= set(spellings("yes")) | set(spellings("no"))
    assert not set(spellings("yes")) & set(spellings("no"))
