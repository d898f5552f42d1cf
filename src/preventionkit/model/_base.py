"""The shared base of every plan record: frozen, no unknown fields, ids as constrained strings."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from pydantic.config import JsonDict

__all__ = ["V2", "Id", "Record", "Ref", "Text"]

_LETTER = r"0-9A-Za-z_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F"
ID_PATTERN = rf"^[{_LETTER}][{_LETTER}\u0300-\u036F.:\-]*$"
"""Digits, Latin letters (Swedish å ä ö, Sámi á č đ ŋ š ŧ ž …), combining accents (text typed on
macOS arrives decomposed), '_', and after the first character '.', ':' and '-'. Spelled out with
explicit ranges rather than ``\\w`` so that it means the same to pydantic, to Python's ``re`` and
to the ECMA-262 regexes editors apply to the JSON Schema."""

Id = Annotated[
    str,
    StringConstraints(pattern=ID_PATTERN, max_length=128),
    Field(
        description="A short identifier, unique across the plan: letters (a–z, å, ä, ö and other "
        "Latin letters), digits, '_', '-', '.', ':'; no spaces (e.g. 'ks', 'd-kf-2019').",
        examples=["ks", "samverkansradet", "d-kf-2019"],
    ),
]
"""An identifier of a record in the plan."""

Ref = Annotated[
    str,
    StringConstraints(pattern=ID_PATTERN, max_length=128),
    Field(description="The id of another record in the plan."),
]
"""A reference to the id of another record in the plan."""

Text = Annotated[str, StringConstraints(min_length=1, max_length=100_000)]
"""Free text written by the plan's author; never empty."""


V2: JsonDict = {"x-since-format": 2}
"""``json_schema_extra`` of the fields new in format version 2: a version-1 file may not use
them (the plan says which field and how to migrate), and the JSON Schema shows it."""


class Record(BaseModel):
    """Base of every record in a plan: immutable, and unknown fields are errors."""

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        validate_default=False,
        defer_build=True,
        regex_engine="rust-regex",
        ser_json_inf_nan="strings",
    )
