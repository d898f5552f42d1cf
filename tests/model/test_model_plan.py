"""Plan-level checks and accessors: unique ids, resolving references, no cycles, known
programmes, the format version, and lookups that name the closest id when one is missing."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

import preventionkit as pk
from preventionkit.io import format_path, source_of
from preventionkit.model import ActionPlan, Actor
from preventionkit.model._index import MAX_ERRORS
from preventionkit.testing import valid_plans
from preventionkit.vocab import EcologicalLevel, PreventionLevel

Loc = tuple[str | int, ...]


def _plan_data() -> dict[str, Any]:
    """A small plan that uses every kind of reference the format has."""
    return {
        "preventionkit": 1,
        "id": "umea-2019",
        "title": "Umeå kommuns handlingsplan mot våld",
        "owner": "ks",
        "adopted_by": "d-kf-2019",
        "vision": {"statement": "Ingen ska utsättas för våld", "decision": "d-kf-2019"},
        "actors": [
            {"id": "kf", "name": "Kommunfullmäktige", "kind": "council"},
            {"id": "ks", "name": "Kommunstyrelsen", "kind": "executive_board"},
            {"id": "ifn", "name": "Individ- och familjenämnden", "kind": "committee"},
            {
                "id": "samordnare",
                "name": "Kvinnofridssamordnare",
                "kind": "function",
                "part_of": "ifn",
                "holders": 1,
            },
            {"id": "umebra", "name": "UmeBrå", "kind": "crime_prevention_council"},
        ],
        "decisions": [
            {"id": "d-kf-2019", "by": "kf", "date": "2019-XX-XX", "summary": "Antar planen"},
            {
                "id": "avtal",
                "by": "ks",
                "kind": "agreement",
                "parties": ["ks", "umebra"],
                "summary": "Överenskommelse om samverkan",
            },
        ],
        "bodies": [
            {
                "id": "radet",
                "name": "Samverkansrådet mot våld",
                "role": "collaboration_team",
                "convener": "umebra",
                "members": [
                    "umebra",
                    {"actor": "ifn", "appointed_by": "ifn", "decision": "d-kf-2019"},
                ],
                "meets_per_year": 4,
                "reports_to": "ks",
                "part_of": "umebra",
                "supports": ["ks"],
            }
        ],
        "mandates": [
            {
                "id": "m-radet",
                "holder": "radet",
                "granted_by": "ks",
                "decision": "d-kf-2019",
                "scope": "Leda och följa upp planen",
            }
        ],
        "activities": [
            {
                "id": "kartlaggning",
                "title": "Kartläggning",
                "prevention_levels": ["universal", "selective"],
                "ecological_levels": ["community"],
                "responsible": ["ifn"],
                "accountable": "ks",
                "programme": "mvp",
            },
            {
                "id": "samtal",
                "title": "Samtalsgrupper",
                "prevention_levels": ["indicated"],
                "ecological_levels": ["individual", "relationship"],
                "responsible": ["samordnare"],
            },
        ],
        "indicators": [{"id": "unga", "name": "UNGA-enkäten"}],
        "goals": [{"id": "minska", "statement": "Minska våldet", "indicators": ["unga"]}],
        "follow_up": [
            {"id": "fu-kf", "forum": "kf", "by": "ks", "frequency": "annual", "scope": "Planen"}
        ],
        "funding": [{"source": "ordinary_budget", "by": "ks", "decision": "d-kf-2019"}],
    }


# Every reference field of the format, and what it must name.
ACTOR_OR_BODY = "actor or body"
REFERENCES: list[tuple[Loc, str]] = [
    (("owner",), ACTOR_OR_BODY),
    (("adopted_by",), "decision"),
    (("vision", "decision"), "decision"),
    (("actors", 3, "part_of"), ACTOR_OR_BODY),
    (("decisions", 0, "by"), ACTOR_OR_BODY),
    (("decisions", 1, "parties", 1), ACTOR_OR_BODY),
    (("bodies", 0, "convener"), ACTOR_OR_BODY),
    (("bodies", 0, "members", 0), ACTOR_OR_BODY),
    (("bodies", 0, "members", 1, "actor"), ACTOR_OR_BODY),
    (("bodies", 0, "members", 1, "appointed_by"), ACTOR_OR_BODY),
    (("bodies", 0, "members", 1, "decision"), "decision"),
    (("bodies", 0, "reports_to"), ACTOR_OR_BODY),
    (("bodies", 0, "part_of"), ACTOR_OR_BODY),
    (("bodies", 0, "supports", 0), ACTOR_OR_BODY),
    (("mandates", 0, "holder"), ACTOR_OR_BODY),
    (("mandates", 0, "granted_by"), ACTOR_OR_BODY),
    (("mandates", 0, "decision"), "decision"),
    (("activities", 0, "responsible", 0), ACTOR_OR_BODY),
    (("activities", 0, "accountable"), ACTOR_OR_BODY),
    (("goals", 0, "indicators", 0), "indicator"),
    (("follow_up", 0, "forum"), ACTOR_OR_BODY),
    (("follow_up", 0, "by"), ACTOR_OR_BODY),
    (("funding", 0, "by"), ACTOR_OR_BODY),
    (("funding", 0, "decision"), "decision"),
]
REFERENCE_IDS = [format_path(loc) for loc, _ in REFERENCES]


def _set(data: Any, loc: Loc, value: Any) -> None:
    for part in loc[:-1]:
        data = data[part]
    data[loc[-1]] = value


def _get(data: Any, loc: Loc) -> Any:
    for part in loc:
        data = data[part]
    return data


def _errors(data: dict[str, Any]) -> list[dict[str, Any]]:
    with pytest.raises(ValidationError) as info:
        ActionPlan.model_validate(data)
    return [dict(e) for e in info.value.errors()]


def test_the_reference_plan_is_valid() -> None:
    plan = ActionPlan.model_validate(_plan_data())
    assert plan.owner == "ks"
    assert len(list(plan.iter_records())) == 15  # 14 records and one funding entry


def test_the_list_of_reference_fields_is_complete() -> None:
    """A reference field added to the model must be added here (and to the checks)."""
    from preventionkit.model import references as _references

    def shape(loc: Loc) -> tuple[str, ...]:
        return tuple("*" if isinstance(part, int) else part for part in loc)

    plan = ActionPlan.model_validate(_plan_data())
    assert {shape(loc) for loc, _, _ in _references(plan)} == {shape(loc) for loc, _ in REFERENCES}


# --- dangling references --------------------------------------------------------------------


@pytest.mark.parametrize(("loc", "kind"), REFERENCES, ids=REFERENCE_IDS)
def test_a_dangling_reference_names_the_id_and_its_path(loc: Loc, kind: str) -> None:
    data = _plan_data()
    _set(data, loc, "saknas")
    errors = _errors(data)
    assert [(e["type"], e["loc"]) for e in errors] == [("dangling_reference", loc)]
    assert f"no {kind} has the id 'saknas'" in errors[0]["msg"]
    assert errors[0]["ctx"]["id"] == "saknas"


@pytest.mark.parametrize(("loc", "kind"), REFERENCES, ids=REFERENCE_IDS)
def test_a_dangling_reference_is_reported_beside_field_errors(loc: Loc, kind: str) -> None:
    """One run reports a misspelt field *and* a misspelt id, not only the first kind."""
    data = _plan_data()
    _set(data, loc, "saknas")
    data["activities"][1]["ecologcal_levels"] = ["community"]
    errors = _errors(data)
    found = {(e["type"], e["loc"]) for e in errors}
    assert ("extra_forbidden", ("activities", 1, "ecologcal_levels")) in found
    assert ("dangling_reference", loc) in found
    message = next(e["msg"] for e in errors if e["loc"] == loc)
    assert f"no {kind} has the id 'saknas'" in message


@pytest.mark.parametrize(("loc", "kind"), REFERENCES, ids=REFERENCE_IDS)
def test_a_misspelt_reference_suggests_the_closest_id(loc: Loc, kind: str) -> None:
    data = _plan_data()
    right = _get(data, loc)
    _set(data, loc, right + "x")
    (error,) = _errors(data)
    assert error["msg"].endswith(f"did you mean '{right}'?")
    assert error["ctx"]["suggestion"] == right
    assert error["ctx"]["hint"] == f"did you mean '{right}'?"


@pytest.mark.parametrize(
    ("loc", "other", "message"),
    [
        (("adopted_by",), "ks", "'ks' is an actor, not a decision"),
        (("owner",), "unga", "'unga' is an indicator, not an actor or body"),
        (("mandates", 0, "decision"), "kartlaggning", "'kartlaggning' is an activity, not a"),
        (("goals", 0, "indicators", 0), "minska", "'minska' is a goal, not an indicator"),
        (("follow_up", 0, "forum"), "d-kf-2019", "'d-kf-2019' is a decision, not an actor"),
    ],
)
def test_a_reference_to_the_wrong_kind_says_what_the_id_is(
    loc: Loc, other: str, message: str
) -> None:
    data = _plan_data()
    _set(data, loc, other)
    (error,) = _errors(data)
    assert error["type"] == "dangling_reference"
    assert error["loc"] == loc
    assert message in error["msg"]


def test_a_missing_id_without_a_close_match_says_how_to_fix_it() -> None:
    data = _plan_data()
    _set(data, ("activities", 0, "responsible", 0), "zzzzzz")
    (error,) = _errors(data)
    assert error["ctx"]["suggestion"] is None
    assert error["ctx"]["hint"] == "add an actor with id 'zzzzzz', or fix the id"


def test_every_dangling_reference_is_reported_up_to_a_limit() -> None:
    data = _plan_data()
    data["activities"] = [
        {"id": f"a{i}", "title": "A", "responsible": [f"saknas-{i}"]} for i in range(300)
    ]
    errors = _errors(data)
    assert len(errors) == MAX_ERRORS
    assert {e["type"] for e in errors} == {"dangling_reference"}


def _references_of(data: Any, loc: Loc = ()) -> list[Loc]:
    """Every reference location in plain plan data (written apart from the model's own list)."""
    singles = {"owner", "adopted_by", "part_of", "by", "holder", "granted_by", "convener"}
    singles |= {"reports_to", "accountable", "forum", "appointed_by", "actor"}
    singles |= {"represented_by", "lead", "deputy", "to"}  # format 2
    lists = {"parties", "supports", "responsible", "indicators"}
    lists |= {"also_part_of", "co_granted_by", "contributes_to", "addresses", "applies_to"}
    nested_lists = {"activities", "goals"}  # format 2: refs inside funding, evaluations, employer
    found: list[Loc] = []
    if isinstance(data, dict):
        for key, value in data.items():
            here = (*loc, key)
            if (key in singles and isinstance(value, str)) or (
                key == "decision" and isinstance(value, str)
            ):
                found.append(here)
            elif (
                (key in lists and (loc or key == "applies_to") and loc[:1] != ("indicators",))
                or (key in nested_lists and loc)
                or key == "members"
            ):
                found += [(*here, i) for i, item in enumerate(value) if isinstance(item, str)]
                found += _references_of(value, here) if key == "members" else []
            else:
                found += _references_of(value, here)
    elif isinstance(data, list):
        for i, item in enumerate(data):
            found += _references_of(item, (*loc, i))
    return found


@settings(max_examples=60)
@given(valid_plans(), st.data())
def test_every_broken_reference_names_the_id_and_its_path(
    plan: ActionPlan, data: st.DataObject
) -> None:
    document = json.loads(pk.dumps(plan, format="json"))
    references = _references_of(document)
    assume(references)
    loc = data.draw(st.sampled_from(references))
    fresh = "saknas-" + "x" * 8
    assert plan.kind_of(fresh) is None
    _set(document, loc, fresh)

    errors = _errors(document)
    assert [(e["type"], e["loc"], e["ctx"]["id"]) for e in errors] == [
        ("dangling_reference", loc, fresh)
    ]
    assert fresh in errors[0]["msg"]

    with pytest.raises(pk.PlanLoadError) as info:
        pk.loads(json.dumps(document, indent=2, ensure_ascii=False), source="plan.json")
    (issue,) = info.value.issues
    assert issue.kind == "dangling_reference"
    assert issue.path == format_path(loc)
    assert fresh in issue.text()
    assert issue.file == "plan.json"
    assert issue.line is not None
    assert fresh in str(issue)
    assert format_path(loc) in str(issue)


# --- duplicate ids --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("collection", "index", "first"),
    [
        ("actors", 1, "actors[0]"),
        ("decisions", 0, "actors[0]"),
        ("bodies", 0, "actors[0]"),
        ("mandates", 0, "actors[0]"),
        ("activities", 1, "actors[0]"),
        ("goals", 0, "actors[0]"),
        ("indicators", 0, "actors[0]"),
        ("follow_up", 0, "actors[0]"),
    ],
)
def test_ids_are_unique_across_every_collection(collection: str, index: int, first: str) -> None:
    data = _plan_data()
    data[collection][index]["id"] = "kf"
    errors = [e for e in _errors(data) if e["type"] == "duplicate_id"]
    assert len(errors) == 1
    assert errors[0]["loc"] == (collection, index, "id")
    assert f"the id 'kf' is already used by {first}" in errors[0]["msg"]
    assert errors[0]["ctx"]["hint"] == "rename one of them, e.g. 'kf-2'"


def test_a_duplicate_within_one_collection_points_at_the_first() -> None:
    data = _plan_data()
    data["activities"][1]["id"] = "kartlaggning"
    (error,) = _errors(data)
    assert error["loc"] == ("activities", 1, "id")
    assert "already used by activities[0]" in error["msg"]


def test_records_without_ids_never_clash() -> None:
    data = _plan_data()
    data["mandates"].append({**data["mandates"][0], "id": None})
    data["mandates"].append({**data["mandates"][0], "id": None})
    data["follow_up"] = [{**data["follow_up"][0], "id": None}] * 2
    assert len(ActionPlan.model_validate(data).mandates) == 3


# --- cycles ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "loc_prefix"),
    [
        ([(("actors", 0, "part_of"), "kf")], ("actors", 0)),
        ([(("actors", 0, "part_of"), "ks"), (("actors", 1, "part_of"), "kf")], ("actors",)),
        ([(("bodies", 0, "reports_to"), "radet")], ("bodies", 0)),
        ([(("bodies", 0, "part_of"), "radet")], ("bodies", 0)),
        ([(("actors", 4, "part_of"), "radet")], ()),  # radet is part of umebra: a loop
    ],
    ids=["self", "two-actors", "body-reports-to-itself", "body-part-of-itself", "actor-body"],
)
def test_cycles_in_part_of_and_reports_to_are_errors(
    changes: list[tuple[Loc, str]], loc_prefix: Loc
) -> None:
    data = _plan_data()
    for loc, value in changes:
        _set(data, loc, value)
    errors = _errors(data)
    assert [e["type"] for e in errors] == ["cycle"]
    assert errors[0]["loc"][: len(loc_prefix)] == loc_prefix
    assert errors[0]["loc"][-1] in {"part_of", "reports_to"}
    assert "sits above itself through part_of/reports_to" in errors[0]["msg"]
    cycle = errors[0]["ctx"]["cycle"]
    assert cycle[0] == cycle[-1]


def test_a_long_cycle_is_reported_once() -> None:
    data = _plan_data()
    data["actors"] = [
        {"id": f"n{i}", "name": "N", "kind": "unit", "part_of": f"n{(i + 1) % 50}"}
        for i in range(50)
    ]
    errors = [e for e in _errors(data) if e["type"] == "cycle"]
    assert len(errors) == 1
    assert len(errors[0]["ctx"]["cycle"]) == 51


def test_a_deep_chain_without_a_cycle_is_fine() -> None:
    data = _plan_data()
    data["actors"] += [
        {"id": f"n{i}", "name": "N", "kind": "unit", **({"part_of": f"n{i - 1}"} if i else {})}
        for i in range(3000)
    ]
    assert len(ActionPlan.model_validate(data).actors) == 3005


# --- programmes and the format version ------------------------------------------------------


def test_an_activity_may_name_any_programme() -> None:
    data = _plan_data()
    data["activities"][0]["programme"] = "mpv"
    assert ActionPlan.model_validate(data).activities[0].programme == "mpv"


def test_a_plan_describes_its_own_programmes_and_their_ids_are_unique() -> None:
    data = {**_plan_data(), "preventionkit": 2}
    record = {"id": "navigators", "name": "A&E navigators", "prevention_levels": ["indicated"]}
    data["programmes"] = [record]
    plan = ActionPlan.model_validate(data)
    assert plan.kind_of("navigators") == "programme"
    assert plan.get("navigators") == plan.programmes[0]
    data["programmes"] = [record, record]
    assert [e["type"] for e in _errors(data)] == ["duplicate_id"]


@pytest.mark.parametrize("version", [0, 3, "1", "one", None, 1.5, True])
def test_only_format_versions_1_and_2_are_read(version: object) -> None:
    data = _plan_data()
    data["preventionkit"] = version
    (error,) = _errors(data)
    assert error["type"] == "format_version"
    assert error["loc"] == ("preventionkit",)
    assert f"this file says format version {version!r}" in error["msg"]
    assert "reads versions 1 and 2" in error["msg"]
    assert error["ctx"]["hint"] == "write 'preventionkit: 2' at the top"


@pytest.mark.parametrize("version", [1, 2])
def test_format_versions_1_and_2_are_read(version: int) -> None:
    data = _plan_data()
    data["preventionkit"] = version
    assert ActionPlan.model_validate(data).preventionkit == version


def test_the_format_version_is_required() -> None:
    data = _plan_data()
    del data["preventionkit"]
    (error,) = _errors(data)
    assert (error["type"], error["loc"]) == ("missing", ("preventionkit",))


def test_the_schema_key_is_accepted_for_editors() -> None:
    data = {"$schema": "https://example.org/plan.schema.json", **_plan_data()}
    plan = ActionPlan.model_validate(data)
    assert plan.json_schema == "https://example.org/plan.schema.json"
    assert plan.model_dump(by_alias=True)["$schema"] == plan.json_schema


# --- accessors ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def plan() -> ActionPlan:
    return ActionPlan.model_validate(_plan_data())


def test_lookups_by_kind(plan: ActionPlan) -> None:
    assert plan.actor("ks").name == "Kommunstyrelsen"
    assert plan.body("radet").convener == "umebra"
    assert plan.decision("d-kf-2019").by == "kf"
    assert plan.activity("samtal").responsible == ("samordnare",)
    assert plan.goal("minska").indicators == ("unga",)
    assert plan.indicator("unga").name == "UNGA-enkäten"


def test_a_missing_id_is_a_key_error_with_a_suggestion(plan: ActionPlan) -> None:
    with pytest.raises(KeyError, match="no actor has the id 'kss'; did you mean 'ks'"):
        plan.actor("kss")
    with pytest.raises(KeyError, match="'radet' is a body, not an actor"):
        plan.actor("radet")
    with pytest.raises(KeyError, match="'ks' is an actor, not a body"):
        plan.body("ks")
    with pytest.raises(KeyError, match=r"no activity has the id 'nothing-like-it'.$"):
        plan.activity("nothing-like-it")


def test_get_kind_of_and_name_of(plan: ActionPlan) -> None:
    assert plan.get("radet") is plan.bodies[0]
    assert plan.get("m-radet") is plan.mandates[0]
    assert plan.get("fu-kf") is plan.follow_up[0]
    assert plan.get("saknas") is None
    kinds = {rid: plan.kind_of(rid) for rid in ("ks", "radet", "d-kf-2019", "m-radet", "unga")}
    assert kinds == {
        "ks": "actor",
        "radet": "body",
        "d-kf-2019": "decision",
        "m-radet": "mandate",
        "unga": "indicator",
    }
    assert plan.kind_of("kartlaggning") == "activity"
    assert plan.kind_of("minska") == "goal"
    assert plan.kind_of("fu-kf") == "follow_up"
    assert plan.kind_of("saknas") is None
    assert plan.name_of("ks") == "Kommunstyrelsen"
    assert plan.name_of("kartlaggning") == "Kartläggning"
    assert plan.name_of("minska") == "Minska våldet"
    assert plan.name_of("d-kf-2019") == "Antar planen"
    assert plan.name_of("m-radet") == "m-radet"
    assert plan.name_of("saknas") == "saknas"


def test_activities_at_a_level_keep_plan_order(plan: ActionPlan) -> None:
    def ids(level: PreventionLevel | EcologicalLevel) -> list[str]:
        return [a.id for a in plan.activities_at(level)]

    assert ids(PreventionLevel.UNIVERSAL) == ["kartlaggning"]
    assert ids(PreventionLevel.INDICATED) == ["samtal"]
    assert ids(EcologicalLevel.COMMUNITY) == ["kartlaggning"]
    assert ids(EcologicalLevel.RELATIONSHIP) == ["samtal"]
    assert ids(EcologicalLevel.SOCIETY) == []


def test_functions_and_records(plan: ActionPlan) -> None:
    assert [a.id for a in plan.functions] == ["samordnare"]
    paths = [path for path, _ in plan.iter_records()]
    assert paths[:2] == ["actors[0]", "actors[1]"]
    assert "bodies[0]" in paths
    assert "follow_up[0]" in paths
    assert plan.index.path_of["radet"] == "bodies[0]"


def test_model_copy_drops_the_index_and_the_source() -> None:
    loaded = pk.loads(pk.dumps(ActionPlan.model_validate(_plan_data())), source="plan.yaml")
    assert loaded.actor("ks").name == "Kommunstyrelsen"  # builds and caches the index
    assert source_of(loaded) is not None
    renamed = Actor(id="ks", name="Kommunstyrelsen (ny)", kind="executive_board")
    changed = loaded.model_copy(update={"actors": (loaded.actors[0], renamed, *loaded.actors[2:])})
    assert "_pk_index" not in changed.__dict__
    assert changed.actor("ks").name == "Kommunstyrelsen (ny)"
    assert loaded.actor("ks").name == "Kommunstyrelsen"
    assert source_of(changed) is None
    assert source_of(loaded) is not None


def test_the_index_does_not_affect_equality_or_dumps(plan: ActionPlan) -> None:
    fresh = ActionPlan.model_validate(_plan_data())
    plan.index  # noqa: B018 - built on one side only
    assert fresh == plan
    assert "_pk_index" not in pk.dumps(plan)
    assert fresh.model_dump() == plan.model_dump()


def test_plans_are_frozen(plan: ActionPlan) -> None:
    with pytest.raises(ValidationError, match="frozen"):
        plan.title = "Ny titel"  # type: ignore[misc]


@settings(max_examples=40)
@given(valid_plans(max_activities=5))
def test_generated_plans_index_every_record(plan: ActionPlan) -> None:
    records = list(plan.iter_records())
    with_ids = [(path, r) for path, r in records if r.id is not None]
    assert len(plan.index.by_id) == len(with_ids)
    for path, record in with_ids:
        assert record.id is not None
        assert plan.get(record.id) is record
        assert plan.index.path_of[record.id] == path
    assert copy.deepcopy(plan) == plan
