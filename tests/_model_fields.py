"""Every field of the plan format, found by walking the models reachable from ``ActionPlan``,
as paths such as ``indicators[].periods[].breakdown[].target.value`` (``[]`` for each item of
a list). Shared by the test that a workbook holds every field and the test that
``preventionkit.testing`` draws every field, so a field added to the model is missed by
neither."""

from __future__ import annotations

import types
import typing

from pydantic import BaseModel


def _args(annotation: object) -> list[object]:
    """The types inside an annotation: ``tuple[X, ...]``, ``X | None``, ``Annotated[X, …]``."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _args(typing.get_args(annotation)[0])
    if origin in {typing.Union, types.UnionType}:
        return [a for arg in typing.get_args(annotation) for a in _args(arg)]
    if origin is tuple:
        return [a for arg in typing.get_args(annotation) if arg is not Ellipsis for a in _args(arg)]
    return [annotation]


def leaves(model: type[BaseModel], prefix: str = "") -> set[str]:
    """Every field reachable from ``model`` as a path. A field that may hold a record or a
    plain value (a body's members: ids or memberships) is a leaf and a record both."""
    out: set[str] = set()
    for name, info in model.model_fields.items():
        key = f"{prefix}{info.alias or name}"
        many = typing.get_origin(info.annotation) is tuple or any(
            typing.get_origin(a) is tuple for a in typing.get_args(info.annotation)
        )
        inner = _args(info.annotation)
        records = [a for a in inner if isinstance(a, type) and issubclass(a, BaseModel)]
        plain = [a for a in inner if a not in records and a is not type(None)]
        if plain or not records:
            out.add(key)
        for record in records:
            out |= leaves(record, f"{key}[]." if many else f"{key}.")
    return out


def stated(record: BaseModel, prefix: str = "") -> set[str]:
    """The paths of the fields ``record`` states with a value (not ``null``), in the form
    :func:`leaves` gives."""
    out: set[str] = set()
    for name in record.model_fields_set:
        info = type(record).model_fields[name]
        key = f"{prefix}{info.alias or name}"
        value = getattr(record, name)
        if value is None:
            continue
        if isinstance(value, BaseModel):
            out |= stated(value, f"{key}.")
        elif isinstance(value, tuple) and any(isinstance(v, BaseModel) for v in value):
            if any(not isinstance(v, BaseModel) for v in value):
                out.add(key)
            for item in value:
                if isinstance(item, BaseModel):
                    out |= stated(item, f"{key}[].")
        else:
            out.add(key)
    return out
