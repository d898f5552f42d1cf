"""The municipality as employer: support for staff exposed to violence and routines for staff
who use violence (001 p. 18 "Stöd och hjälp till våldsutsatt personal")."""

from __future__ import annotations

from pydantic import Field

from ._base import Record, Ref

__all__ = ["EmployerRole"]


class EmployerRole(Record):
    """What the plan says about the organisation's own staff."""

    support_for_exposed_staff: bool | None = Field(
        default=None,
        description="Support and help to staff exposed to violence, including violence in "
        "close relationships and sexual harassment (001 p. 18); null if the plan does not say.",
    )
    routine_for_staff_who_use_violence: bool | None = Field(
        default=None,
        description="A routine for staff who use violence; null if the plan does not say.",
    )
    by: Ref | None = Field(
        default=None, description="Who carries the employer's task, e.g. the HR function."
    )
    activities: tuple[Ref, ...] = Field(default=(), description="The activities that carry it out.")
    description: str | None = Field(default=None, description="What the plan says, in brief.")
    cites: str | None = Field(default=None, description="Where in the sources this comes from.")
