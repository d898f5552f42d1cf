"""Plans above, below and beside a plan: a strategy above annual action plans, members' own
plans under a regional strategy, predecessor and successor (001 p. 15–16; 003)."""

from __future__ import annotations

from pydantic import Field

from ..vocab import PlanRelation
from ._base import Id, Record

__all__ = ["PlanLink"]


class PlanLink(Record):
    """A link from this plan to another plan, by the other plan's id (and, optionally, the
    file it is in, relative to this one), so :func:`preventionkit.load_many` can join them."""

    plan: Id = Field(description="The other plan's id.")
    relation: PlanRelation = Field(description="What the other plan is to this one.")
    path: str | None = Field(
        default=None,
        description="The other plan's file, relative to this file, if it is encoded too.",
    )
    title: str | None = Field(default=None, description="The other plan's title, as written.")
    cites: str | None = Field(default=None, description="Where in the sources this comes from.")
