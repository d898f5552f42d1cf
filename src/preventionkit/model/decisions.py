"""Formal decisions: where mandate and resources come from (002 §1.6)."""

from __future__ import annotations

from pydantic import Field

from ..vocab import DecisionKind, DecisionStage
from ._base import V2, Id, Record, Ref, Text
from .dates import PartialDate

__all__ = ["Decision"]


class Decision(Record):
    """A formal decision by a political body or an organisation.

    Without formal decisions resources are set aside neither for preparation, execution nor
    follow-up (002 §1.6); a mandate that rests on no decision does not count as one (PK201).
    """

    id: Id
    by: Ref = Field(description="The actor or body that took the decision, e.g. 'kf'.")
    kind: DecisionKind = Field(default=DecisionKind.ADOPTION, description="What the decision does.")
    date: PartialDate | None = Field(
        default=None, description="When it was taken; may be known to the year only, or null."
    )
    reference: str | None = Field(
        default=None, description="Its reference, e.g. 'KF §123' or a diarienummer."
    )
    summary: Text = Field(description="What was decided, in a sentence.")
    stage: DecisionStage | None = Field(
        json_schema_extra=V2,
        default=None,
        description="Format 2: 'proposal' for a proposal to a deciding body (no mandate rests on "
        "it yet, 002 §1.6), 'decided' for a decision taken.",
    )
    parties: tuple[Ref, ...] = Field(
        default=(),
        description="For agreements: every party that signed (002 §1.5).",
    )
    cites: str | None = Field(default=None, description="Where in the sources this comes from.")
