"""``pk.load_many``: plans above, below and beside each other as one object graph."""

from __future__ import annotations

from pathlib import Path

import pytest

import preventionkit as pk
from preventionkit.errors import PlanLoadError


def _plan(folder: Path, name: str, plan_id: str, related: str = "") -> Path:
    path = folder / name
    text = f"preventionkit: 2\nid: {plan_id}\ntitle: Plan {plan_id}\n"
    if related:
        text += f"related:\n{related}"
    path.write_text(text, encoding="utf-8")
    return path


def test_links_by_file_are_followed_and_the_hierarchy_answers_both_ways(tmp_path: Path) -> None:
    (tmp_path / "kommuner").mkdir()
    _plan(tmp_path / "kommuner", "a.yaml", "kommun-a", "  - {plan: lan, relation: parent}\n")
    strategy = _plan(
        tmp_path,
        "lan.yaml",
        "lan",
        "  - {plan: kommun-a, relation: child, path: kommuner/a.yaml}\n"
        "  - {plan: lan-2011, relation: predecessor}\n",
    )
    plans = pk.load_many([strategy])
    assert list(plans.plans) == ["lan", "kommun-a"]
    assert len(plans) == 2
    assert plans.children_of("lan") == ("kommun-a",)
    assert plans.parents_of("kommun-a") == ("lan",)
    assert [p.id for p in plans] == ["lan", "kommun-a"]


def test_a_link_to_a_missing_file_is_a_located_error(tmp_path: Path) -> None:
    path = _plan(tmp_path, "lan.yaml", "lan", "  - {plan: x, relation: child, path: x.yaml}\n")
    with pytest.raises(PlanLoadError) as info:
        pk.load_many([path])
    (issue,) = info.value.issues
    assert (issue.kind, issue.path, issue.line) == ("dangling_reference", "related[0].path", 5)
    assert issue.file == str(path)


def test_a_link_to_a_file_holding_another_plan_suggests_its_id(tmp_path: Path) -> None:
    _plan(tmp_path, "b.yaml", "plan-b")
    path = _plan(
        tmp_path, "a.yaml", "plan-a", "  - {plan: plan-c, relation: child, path: b.yaml}\n"
    )
    with pytest.raises(PlanLoadError) as info:
        pk.load_many([path])
    (issue,) = info.value.issues
    assert issue.kind == "dangling_reference"
    assert issue.hint_text() == "did you mean 'plan-b'?"


@pytest.mark.parametrize("where", ["/etc/passwd", "https://example.org/plan.yaml"])
def test_links_are_never_absolute_or_remote(tmp_path: Path, where: str) -> None:
    path = _plan(tmp_path, "a.yaml", "a", f"  - {{plan: b, relation: child, path: '{where}'}}\n")
    with pytest.raises(PlanLoadError) as info:
        pk.load_many([path])
    assert [i.kind for i in info.value.issues] == ["invalid_value"]


def test_a_plan_above_itself_is_a_cycle(tmp_path: Path) -> None:
    _plan(tmp_path, "b.yaml", "b", "  - {plan: a, relation: parent, path: a.yaml}\n")
    path = _plan(tmp_path, "a.yaml", "a", "  - {plan: b, relation: parent, path: b.yaml}\n")
    with pytest.raises(PlanLoadError) as info:
        pk.load_many([path])
    assert [i.kind for i in info.value.issues] == ["cycle"]


def test_two_files_with_one_plan_id_are_a_duplicate(tmp_path: Path) -> None:
    one = _plan(tmp_path, "a.yaml", "same")
    two = _plan(tmp_path, "b.yaml", "same")
    with pytest.raises(PlanLoadError) as info:
        pk.load_many([one, two])
    assert [(i.kind, i.file) for i in info.value.issues] == [("duplicate_id", str(two))]


def test_errors_in_linked_files_are_reported_with_their_file(tmp_path: Path) -> None:
    broken = tmp_path / "b.yaml"
    broken.write_text("preventionkit: 2\nid: b\n", encoding="utf-8")
    path = _plan(tmp_path, "a.yaml", "a", "  - {plan: b, relation: child, path: b.yaml}\n")
    with pytest.raises(PlanLoadError) as info:
        pk.load_many([path])
    assert [(i.kind, i.file) for i in info.value.issues] == [("missing_field", str(broken))]
