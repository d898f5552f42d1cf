"""``preventionkit.testing`` draws what it promises: whole valid plans, realistic Swedish
names, awkward values now and then, and clear errors for impossible arguments."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import preventionkit.testing as pkt
from preventionkit.catalogue import ids as catalogue_ids
from preventionkit.model import ActionPlan, PartialDate
from preventionkit.model._base import ID_PATTERN
from preventionkit.vocab import ActorKind


def _upward_edges(plan: ActionPlan) -> dict[str, list[str]]:
    edges: dict[str, list[str]] = {}
    for actor in plan.actors:
        if actor.part_of is not None:
            edges.setdefault(actor.id, []).append(actor.part_of)
    for body in plan.bodies:
        for target in (body.part_of, body.reports_to):
            if target is not None:
                edges.setdefault(body.id, []).append(target)
    return edges


def _has_cycle(edges: dict[str, list[str]]) -> bool:
    state: dict[str, int] = {}

    def visit(node: str) -> bool:
        state[node] = 1
        for target in edges.get(node, []):
            if state.get(target) == 1 or (target not in state and visit(target)):
                return True
        state[node] = 2
        return False

    return any(node not in state and visit(node) for node in list(edges))


@settings(max_examples=50)
@given(pkt.valid_plans(min_activities=2, max_activities=5))
def test_valid_plans_keep_every_promise(plan: ActionPlan) -> None:
    assert 2 <= len(plan.activities) <= 5
    assert 1 <= len(plan.actors) <= 8
    ids = [r.id for _, r in plan.iter_records() if r.id is not None]
    assert len(ids) == len(set(ids))
    assert plan.id not in ids
    assert all(re.fullmatch(ID_PATTERN, i) for i in [*ids, plan.id])
    assert not _has_cycle(_upward_edges(plan))
    programmes = {a.programme for a in plan.activities} - {None}
    assert programmes <= catalogue_ids() | {p.id for p in plan.programmes}
    # Re-validating the plain data runs every plan-level check again from scratch.
    assert ActionPlan.model_validate(plan.model_dump(by_alias=True)) == plan


@settings(max_examples=20)
@given(pkt.valid_plans(max_actors=1, max_activities=0))
def test_the_smallest_plans(plan: ActionPlan) -> None:
    assert len(plan.actors) == 1
    assert plan.activities == ()


def test_plans_look_like_swedish_plans() -> None:
    """Over many draws the names are Swedish, with å, ä and ö, and every actor kind occurs."""
    names: list[str] = []
    kinds: Counter[ActorKind] = Counter()
    awkward_ids = 0

    @settings(max_examples=200, derandomize=True)
    @given(pkt.valid_plans(max_activities=2))
    def collect(plan: ActionPlan) -> None:
        nonlocal awkward_ids
        names.extend(a.name for a in plan.actors)
        names.extend(b.name for b in plan.bodies)
        kinds.update(a.kind for a in plan.actors)
        awkward_ids += sum(1 for a in plan.actors if re.fullmatch(r"[0-9].*|null|true|no", a.id))

    collect()
    text = " ".join(names)
    assert {"å", "ä", "ö"} <= set(text)
    assert len(set(names)) >= 20
    assert len(kinds) >= 8
    assert awkward_ids > 0, "awkward ids should turn up now and then"


@given(pkt.ids())
def test_ids_are_valid_ids(text: str) -> None:
    assert re.fullmatch(ID_PATTERN, text)
    assert len(text) <= 128


@given(pkt.texts(("Aktivitetsplanen",)))
def test_texts_are_never_empty(text: str) -> None:
    assert text


@given(pkt.actors(kinds=[ActorKind.FUNCTION]))
def test_actors_can_be_limited_to_functions(actor: object) -> None:
    assert getattr(actor, "kind", None) is ActorKind.FUNCTION


@given(pkt.activities(refs=st.sampled_from(["ks", "ifn"])))
def test_references_come_from_refs(activity: object) -> None:
    responsible = getattr(activity, "responsible", ())
    assert set(responsible) <= {"ks", "ifn"}
    assert getattr(activity, "accountable", None) in {None, "ks", "ifn"}


@given(pkt.partial_dates(2019, 2020))
def test_partial_dates_stay_within_their_years(date: PartialDate) -> None:
    assert 2019 <= date.year <= 2020


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: pkt.valid_plans(min_activities=3, max_activities=2), "min_activities"),
        (lambda: pkt.valid_plans(min_activities=-1), "min_activities"),
        (lambda: pkt.valid_plans(max_actors=0), "max_actors"),
        (lambda: pkt.partial_dates(2020, 2019), "min_year"),
        (lambda: pkt.partial_dates(0, 10), "min_year"),
        (lambda: pkt.periods(1, 10_000), "max_year"),
        (lambda: pkt.texts(()), "at least one option"),
    ],
)
def test_impossible_arguments_are_refused_at_once(make: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        make()  # type: ignore[operator]


def test_every_public_strategy_is_documented() -> None:
    for name in pkt.__all__:
        assert getattr(pkt, name).__doc__, f"preventionkit.testing.{name} has no docstring"


def test_a_plan_title_drawn_as_only_whitespace_is_still_a_valid_title() -> None:
    """The arbitrary-Unicode draw may give only whitespace (``"\\x0c"``, once hypothesis had
    taken it from a loaded module's constants), which the model refuses as a plan title; the
    strategy then keeps the text but makes it a title, instead of failing to draw a plan."""
    from preventionkit.testing.strategies import _title

    answers = iter([5, "\x0c"])  # the arbitrary-Unicode branch of _text, then its text
    title = _title(lambda _strategy: next(answers), ("Handlingsplan mot våld",))
    assert title.strip()
    assert title.endswith("\x0c")
    plan = ActionPlan.model_validate({"preventionkit": 2, "id": "p", "title": title})
    assert plan.title == title
