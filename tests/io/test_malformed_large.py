"""Large files get the same errors, at the same lines, as small ones (issue 9 item 2).

Files above a few tens of kilobytes may take a faster parser (issue 8); whichever path a file
takes, nothing it holds may be read differently or slip through unreported.
"""

from __future__ import annotations

import textwrap

import pytest

import preventionkit as pk
from preventionkit.errors import PlanLoadError

HEAD = textwrap.dedent(
    """\
    preventionkit: 1
    id: stor-plan
    title: En stor handlingsplan mot våld
    actors:
      - {id: ks, name: Kommunstyrelsen, kind: executive_board, sector: municipal_leadership}
      - {id: ifn, name: Individ- och familjenämnden, kind: committee, sector: social_services}
    activities:
      - id: forsta
        title: Första aktiviteten
        prevention_levels: [universal]
        responsible: [ks]
        timeline: {start: 2019-01-01, end: 2019-12-31}
    """
)
FIRST_LINE = HEAD.splitlines().index("  - id: forsta") + 1
BODY = "".join(
    f"  - id: aktivitet-{i}\n"
    f"    title: Aktivitet nummer {i} i planen mot våld i nära relationer\n"
    "    prevention_levels: [selective, indicated]\n"
    "    responsible: [ifn]\n"
    for i in range(600)
)
BIG = HEAD + BODY


def test_the_big_plan_is_big_and_loads_like_its_json() -> None:
    assert len(BIG.encode()) > 64 * 1024
    plan = pk.loads(BIG)
    assert len(plan.activities) == 601
    assert pk.loads(pk.dumps(plan, format="json"), format="json") == plan
    assert plan.activity("forsta").timeline is not None


_MUTATIONS = {
    # name: (old, new, kind, line offset from "- id: forsta")
    "duplicate_key": (
        "    responsible: [ks]\n",
        "    responsible: [ks]\n    responsible: [ifn]\n",
        "duplicate_key",
        4,
    ),
    "tab": ("    title: Första", "\ttitle: Första", "syntax", 1),
    "python_tag": (
        "title: Första aktiviteten",
        "title: !!python/object/apply:os.system [x]",
        "forbidden_tag",
        1,
    ),
    "custom_tag": ("responsible: [ks]", "responsible: !refs [ks]", "forbidden_tag", 3),
    "merge_key": (
        "    title: Första aktiviteten\n",
        "    <<: {title: Första}\n",
        "unknown_field",
        1,
    ),
    "alias": ("responsible: [ks]", "responsible: *nope", "syntax", 3),
    "octal_id": ("- id: forsta", "- id: 0o17", "wrong_type", 0),
    "number_id": ("- id: forsta", "- id: 42", "wrong_type", 0),
    "nan": ("responsible: [ks]", "responsible: [ks]\n    mapping: .nan", "wrong_type", 4),
    "not_a_bool": ("responsible: [ks]", "responsible: [ks]\n    mapping: kanske", "wrong_type", 4),
    "unknown_level": ("[universal]", "[universl]", "unknown_value", 2),
    "unknown_field": ("    responsible: [ks]", "    responsibel: [ks]", "unknown_field", 3),
    "dangling": ("responsible: [ks]", "responsible: [kss]", "dangling_reference", 3),
    "dates": (
        "{start: 2019-01-01, end: 2019-12-31}",
        "{start: 2019-12-31, end: 2019-01-01}",
        "dates_out_of_order",
        4,
    ),
    "second_document": ("  - id: aktivitet-0\n", "---\n  - id: aktivitet-0\n", "syntax", 5),
    "control_character": ("Första", "Förs\x07ta", "syntax", 1),
}


@pytest.mark.parametrize("name", sorted(_MUTATIONS))
def test_a_large_file_reports_what_a_small_one_does(name: str) -> None:
    old, new, kind, offset = _MUTATIONS[name]
    assert old in BIG
    big = BIG.replace(old, new, 1)
    small = HEAD.replace(old, new, 1) if old in HEAD else None
    with pytest.raises(PlanLoadError) as info:
        pk.loads(big, source="big.yaml")
    issues = info.value.issues
    assert [i.kind for i in issues] == [kind]
    assert issues[0].line == FIRST_LINE + offset
    if small is not None:
        with pytest.raises(PlanLoadError) as small_info:
            pk.loads(small, source="big.yaml")
        assert small_info.value.issues == issues


def test_a_large_text_with_a_lone_surrogate_is_an_encoding_error() -> None:
    big = BIG.replace("Första aktiviteten", "Första \udce4", 1)
    with pytest.raises(PlanLoadError) as info:
        pk.loads(big)
    assert [i.kind for i in info.value.issues] == ["encoding"]
