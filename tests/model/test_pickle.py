"""Plans cross process boundaries: a loaded plan pickles, without its caches or file map."""

from __future__ import annotations

import pickle

import preventionkit as pk


def test_loaded_plan_pickles_without_source_or_caches() -> None:
    plan = pk.loads(pk.dumps(pk.examples.load("umea"), format="json"), format="json")
    assert pk.source_of(plan) is not None
    pk.validate(plan)  # fills the graph caches
    copy = pickle.loads(pickle.dumps(plan))
    assert copy == plan
    assert pk.source_of(copy) is None
    assert not [k for k in copy.__dict__ if k.startswith("_pk_")]
    assert copy.actor("ks") == plan.actor("ks")
