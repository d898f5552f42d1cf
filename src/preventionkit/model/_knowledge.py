"""What a plan states: present, stated absent, or not stated (design.md, "Knowledge has three
values").

A plan that says ``referral_routines: []`` or ``mandatory_reporting_routine: false`` states an
absence; a plan that leaves the field out, or writes ``null``, does not say. Rules judge the
first two and turn the third into a question to confirm, never an error. The answer is read
from what the author wrote (pydantic's ``model_fields_set``), so it needs no extra field and
survives a round trip: the writer keeps exactly the fields that were set.
"""

from __future__ import annotations

import re
from collections.abc import Sized
from typing import Any, Literal

from pydantic import BaseModel

__all__ = ["Knowledge", "knowledge", "knowledge_at"]

Knowledge = Literal["present", "absent", "unstated"]
"""``present``: the plan states a value; ``absent``: it states there is none (``false``,
``[]``, ``0`` where a count); ``unstated``: the field is left out or ``null``."""

_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")
_PATH = re.compile(r"(?:[^.\[\]]+|\[\d+\])(?:\.[^.\[\]]+|\[\d+\])*")


def knowledge(record: BaseModel | None, field: str) -> Knowledge:
    """What ``record`` states about ``field``.

    >>> from preventionkit.model import Readiness
    >>> knowledge(Readiness(), "referral_routines")
    'unstated'
    >>> knowledge(Readiness(referral_routines=()), "referral_routines")
    'absent'
    >>> knowledge(Readiness(mandatory_reporting_routine=True), "mandatory_reporting_routine")
    'present'
    """
    if record is None:
        return "unstated"
    if field not in type(record).model_fields:
        raise AttributeError(f"{type(record).__name__} has no field {field!r}")
    if field not in record.model_fields_set:
        return "unstated"
    return _of_value(getattr(record, field))


def _of_value(value: Any) -> Knowledge:
    if value is None:
        return "unstated"
    if value is False:
        return "absent"
    if isinstance(value, Sized) and not isinstance(value, BaseModel) and len(value) == 0:
        return "absent"
    return "present"


def knowledge_at(root: BaseModel, path: str) -> Knowledge:
    """What ``root`` states at a dotted ``path`` such as
    ``"readiness.mandatory_reporting_routine"`` or ``"activities[2].arenas"``: a record on the
    way that is not stated makes the whole path unstated."""
    if _PATH.fullmatch(path) is None:
        raise ValueError(f"not a field path: {path!r}")
    steps = _STEP.findall(path)
    current: Any = root
    for n, (name, index) in enumerate(steps):
        last = n == len(steps) - 1
        if name:
            if not isinstance(current, BaseModel):
                raise ValueError(f"{path!r}: {name!r} is not a field of a record")
            if last:
                return knowledge(current, name)
            if knowledge(current, name) == "unstated":
                return "unstated"
            current = getattr(current, name)
        else:
            i = int(index)
            if not isinstance(current, tuple) or i >= len(current):
                raise IndexError(f"{path!r}: no item [{i}]")
            current = current[i]
            if last:
                return _of_value(current)
    return "present"  # pragma: no cover - the loop always returns on its last step
