"""Follow-up, readiness, vision, funding, checklist answers and suppressions of the plan."""

from __future__ import annotations

from pydantic import Field

from ..vocab import Answer, FollowUpKind, Frequency, FundingSource
from ._base import V2, Id, Record, Ref, Text
from .dates import PartialDate, Period

__all__ = [
    "RULE_CODE_PATTERN",
    "ChecklistEntry",
    "FollowUp",
    "Funding",
    "Readiness",
    "Suppression",
    "Vision",
]

RULE_CODE_PATTERN = r"^[A-Z]{1,10}[0-9]{3}$"
"""A rule code: its pack's prefix (``PK`` for the built-in rules, e.g. ``ACME`` for a pack of
one's own; upper-case letters only, so a code splits into prefix and number one way) and
three digits, e.g. ``PK201`` or ``ACME001``. Defined here, in the lowest layer that needs it (a
plan's suppressions name rules); :mod:`preventionkit.rules` uses the same."""


class FollowUp(Record):
    """A recurring follow-up, revision or evaluation (001 p. 12, p. 15; 002 §1.5)."""

    id: Id | None = Field(default=None, description="An optional id.")
    forum: Ref = Field(description="Where it happens, e.g. 'kf' for the council.")
    frequency: Frequency = Field(description="How often, e.g. 'annual'.")
    kind: FollowUpKind = Field(
        default=FollowUpKind.FOLLOW_UP, description="Follow-up, revision or evaluation."
    )
    scope: Text = Field(description="What is followed up, e.g. 'Aktivitetsplanen'.")
    by: Ref | None = Field(default=None, description="Who prepares it, if not the forum itself.")
    cites: str | None = Field(default=None, description="Where in the sources this comes from.")


class Readiness(Record):
    """Readiness for when violence is a fact, and organisational readiness (002 §1.11–1.12)."""

    mandatory_reporting_routine: bool | None = Field(
        default=None,
        description="A routine for the duty to report children at risk (anmälningsskyldighet, "
        "002 §1.12); null if unknown.",
    )
    referral_routines: tuple[str, ...] = Field(
        default=(),
        description="Routines referring to units handling crime, support and protection (002 §1.12).",
    )
    support_contacts: tuple[str, ...] = Field(
        default=(),
        description="Support contacts visible to staff and the people served, e.g. "
        "'Kvinnofridslinjen 020-50 50 50' (002 §1.12).",
    )
    organisational_readiness: str | None = Field(
        default=None,
        description="How readiness for change was assessed, e.g. 'BFF survey 2020' (002 §1.11).",
    )
    assessed_on: PartialDate | None = Field(
        default=None, description="When readiness was assessed."
    )
    cites: str | None = Field(default=None, description="Where in the sources this comes from.")


class Vision(Record):
    """A shared vision: a statement about the future that everyone taking part can stand behind
    (002 §1.9)."""

    statement: Text = Field(description="The vision, e.g. 'Ingen ska utsättas för våld'.")
    decision: Ref | None = Field(default=None, description="The decision that set the vision.")
    aligned_with: tuple[str, ...] = Field(
        default=(),
        description="Governing documents it is in line with (002 §1.9, checklist item 7).",
    )
    cites: str | None = Field(default=None, description="Where in the sources this comes from.")


class Funding(Record):
    """Where resources for the work come from, a budget or a grant (002 §1.6; 000 p. 14;
    001 p. 18 'Medel riktade för detta ändamål')."""

    id: Id | None = Field(
        json_schema_extra=V2,
        default=None,
        description="Format 2: an id, so activities can name it.",
    )
    source: FundingSource | None = Field(
        default=None,
        description="The kind of funding; left out when the plan does not say, e.g. Umeå's "
        "funds earmarked for protected housing (001 p. 18).",
    )
    by: Ref | None = Field(default=None, description="Who provides it (the funder).")
    to: Ref | None = Field(
        json_schema_extra=V2,
        default=None,
        description="Format 2: who receives it, when not the plan's owner, e.g. a voluntary "
        "organisation granted funds for a project (000 p. 14).",
    )
    decision: Ref | None = Field(default=None, description="The decision that allocated it.")
    amount: float | None = Field(
        json_schema_extra=V2,
        default=None,
        ge=0,
        allow_inf_nan=False,
        description="Format 2: the amount, if stated.",
    )
    currency: str | None = Field(
        json_schema_extra=V2,
        default=None,
        pattern=r"^[A-Z]{3}$",
        description="Format 2: the ISO 4217 currency code of the amount, e.g. 'SEK', 'GBP'.",
    )
    period: Period | None = Field(
        json_schema_extra=V2, default=None, description="Format 2: the years it covers."
    )
    activities: tuple[Ref, ...] = Field(
        json_schema_extra=V2, default=(), description="Format 2: the activities it pays for."
    )
    goals: tuple[Ref, ...] = Field(
        json_schema_extra=V2,
        default=(),
        description="Format 2: the plan's goals the budget states, when the goals are written "
        "into it (003 'Mål och budget': goals and indicators in the budget; only 43 % of "
        "municipalities had them in 2017). 'goals: []' states that the budget names none.",
    )
    indicators: tuple[Ref, ...] = Field(
        json_schema_extra=V2,
        default=(),
        description="Format 2: the plan's indicators the budget states, as 'goals' "
        "(003 'Mål och budget').",
    )
    description: str | None = Field(default=None, description="What is funded, and how much.")
    cites: str | None = Field(default=None, description="Where in the sources this comes from.")


class ChecklistEntry(Record):
    """The plan's own answer to a checklist item the data cannot answer (002 §1.13)."""

    item: str = Field(
        pattern=r"^[a-z0-9_-]+\.[a-z0-9_.-]+$",
        description="Framework and item, e.g. 'step1.4', or a framework pack's item as "
        "'<pack>.<item>', e.g. 'who-inspire.norms'.",
    )
    answer: Answer = Field(description="yes, partly, no or unknown.")
    note: str | None = Field(default=None, description="Why, in a sentence.")


class Suppression(Record):
    """A finding the plan's authors have chosen to accept, with the reason (like a linter's noqa)."""

    code: str = Field(
        pattern=RULE_CODE_PATTERN,
        description="The rule code, e.g. 'PK602', or a pack's, e.g. 'ACME001'.",
    )
    reason: str | None = Field(
        default=None,
        description="Why the finding does not apply; a suppression without one is itself a finding.",
    )
    path: str | None = Field(
        default=None, description="Only findings at this path, e.g. 'activities[3]'; all when null."
    )
