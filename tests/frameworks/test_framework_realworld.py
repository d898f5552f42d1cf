"""Every real plan of ``tests/realworld`` and every embedded example, graded against every
shipped pack: the evidence names only records the plan has, and only fields it reads."""

from __future__ import annotations

from pathlib import Path

import pytest

import preventionkit as pk
from preventionkit.frameworks import SHIPPED_PACKS, assess_pack

REAL = sorted(
    p for p in (Path(__file__).parents[1] / "realworld").glob("*.yaml") if p.name != "verdicts.yaml"
)
PLANS = [(p.stem, p) for p in REAL] + [(n, n) for n in pk.examples.names()]


def _load(source: str | Path) -> pk.ActionPlan:
    return pk.load(source) if isinstance(source, Path) else pk.examples.load(source)


@pytest.mark.parametrize(("name", "source"), PLANS, ids=[n for n, _ in PLANS])
def test_every_pack_grades_the_plan_with_evidence_it_has(name: str, source: str | Path) -> None:
    plan = _load(source)
    for pack_id in SHIPPED_PACKS:
        result = assess_pack(plan, pack_id)
        items = {i.id for i in result.pack.items}
        for r in result:
            if r.evidence is None:
                continue
            if r.provenance == "data" and r.item.evidence.check != "children":
                assert r.evidence.fields, (pack_id, r.id)  # which fields answered
            for record in r.evidence.records:
                if r.item.evidence.check == "children":
                    assert record in items
                else:
                    assert plan.get(record) is not None, (pack_id, r.id, record)
            for field in r.evidence.fields:
                top = field.split("[")[0].split(".")[0]
                assert top in type(plan).model_fields, (pack_id, r.id, field)
