"""Hypothesis strategies for every record of the plan format and for whole valid plans.

The record strategies (:func:`actors`, :func:`bodies`, :func:`activities` …) draw one record
whose references point at ids drawn from ``refs`` (any id by default), so a lone record need
not resolve. :func:`valid_plans` draws whole plans that load: ids unique across the plan,
every reference resolving to a record of the right kind, no ``part_of`` / ``reports_to``
cycle, every period and validity in order, programmes from the catalogue.

Names and texts are realistic Swedish (the seeds' vocabulary: nämnder, samverkansråd,
kvinnofridssamordnare …, with å, ä and ö); now and then an id or a text is deliberately
awkward ("0x1f", "null", a line break, a tab) so that writers and readers meet the cases
real files hold.

>>> from hypothesis import given
>>> from preventionkit.testing import valid_plans
>>> @given(valid_plans(max_activities=3))
... def test_ids_are_unique(plan):
...     ids = [record.id for _, record in plan.iter_records() if record.id is not None]
...     assert len(ids) == len(set(ids))
>>> test_ids_are_unique()
"""

from __future__ import annotations

import calendar
import functools
import re
import unicodedata
from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

from hypothesis import strategies as st
from hypothesis.strategies import DrawFn, SearchStrategy

from ..catalogue import ids as catalogue_ids
from ..model import (
    ActionPlan,
    Activity,
    Actor,
    Body,
    ChecklistEntry,
    Decision,
    FollowUp,
    Funding,
    Goal,
    Indicator,
    Mandate,
    Measure,
    Membership,
    PartialDate,
    Period,
    ProgrammeRecord,
    ProgrammeTheory,
    Readiness,
    Suppression,
    Vision,
)
from ..vocab import (
    ActorKind,
    AmbitionLevel,
    Answer,
    Arena,
    BodyRole,
    DecisionKind,
    EcologicalLevel,
    FollowUpKind,
    Frequency,
    FundingSource,
    NationalGoal,
    PreventionLevel,
    ProgrammeKind,
    Sector,
    TargetGroup,
    TermDeclaration,
    Tier,
    ViolenceArea,
)
from ._format2 import (
    breakdowns,
    employer_roles,
    evaluations,
    factors,
    indicator_periods,
    needs_assessments,
    plan_links,
)

__all__ = [
    "activities",
    "actors",
    "bodies",
    "breakdowns",
    "chain_plans",
    "checklist_entries",
    "decisions",
    "employer_roles",
    "evaluations",
    "factors",
    "follow_ups",
    "funding",
    "goals",
    "hostile_texts",
    "ids",
    "indicator_periods",
    "indicators",
    "mandates",
    "measures",
    "memberships",
    "needs_assessments",
    "partial_dates",
    "periods",
    "plan_links",
    "programme_records",
    "programme_theories",
    "readiness",
    "suppressions",
    "texts",
    "valid_plans",
    "visions",
]

# --- realistic Swedish material ------------------------------------------------------------

_PLACES = (
    "Umeå",
    "Gävle",
    "Skellefteå",
    "Örebro",
    "Västerås",
    "Luleå",
    "Botkyrka",
    "Borås",
    "Gnesta",
    "Östersund",
    "Härnösand",
    "Växjö",
    "Ängelholm",
    "Åre",
)
_COUNTIES = (
    "Västerbotten",
    "Gävleborg",
    "Örebro",
    "Skåne",
    "Västra Götaland",
    "Jämtland",
    "Norrbotten",
    "Östergötland",
    "Jönköping",
)
_ACTOR_NAMES: dict[ActorKind, tuple[str, ...]] = {
    ActorKind.LEGISLATURE: ("Riksdagen",),
    ActorKind.GOVERNMENT: ("Regeringen",),
    ActorKind.NATIONAL_AGENCY: (
        "Jämställdhetsmyndigheten",
        "Socialstyrelsen",
        "Brottsförebyggande rådet",
        "Skolverket",
        "Myndigheten för ungdoms- och civilsamhällesfrågor",
    ),
    ActorKind.COUNTY_ADMINISTRATIVE_BOARD: ("Länsstyrelsen {county}",),
    ActorKind.REGION: ("Region {county}",),
    ActorKind.MUNICIPALITY: ("{place} kommun",),
    ActorKind.COUNCIL: ("Kommunfullmäktige", "Regionfullmäktige"),
    ActorKind.EXECUTIVE_BOARD: ("Kommunstyrelsen", "Regionstyrelsen"),
    ActorKind.COMMITTEE: (
        "Individ- och familjenämnden",
        "Fritidsnämnden",
        "För- och grundskolenämnden",
        "Gymnasienämnden",
        "Äldrenämnden",
        "Byggnadsnämnden",
        "Kulturnämnden",
    ),
    ActorKind.ADMINISTRATION: (
        "Socialtjänsten",
        "Kultur- och fritidsförvaltningen",
        "Utbildningsförvaltningen",
        "Stadsbyggnadskontoret",
        "Äldreförvaltningen",
    ),
    ActorKind.UNIT: (
        "Centrum mot våld",
        "Ungdomsmottagningen",
        "Elevhälsan",
        "Fältgruppen",
        "Familjecentralen",
        "Fritidsgården Ålidhem",
    ),
    ActorKind.MUNICIPAL_COMPANY: ("Bostaden AB", "Kommunföretagen", "Gavlegårdarna"),
    ActorKind.CRIME_PREVENTION_COUNCIL: ("{place}Brå", "Brottsförebyggande rådet i {place}"),
    ActorKind.POLICE: ("Polisen, lokalpolisområde {place}",),
    ActorKind.CIVIL_SOCIETY_ORGANISATION: (
        "Kvinnojouren i {place}",
        "Tjejjouren",
        "Brottsofferjouren",
        "Män för jämställdhet",
        "Unizon",
        "Rädda Barnen",
    ),
    ActorKind.RESEARCH: ("{place} universitet", "Centrum för genusstudier"),
    ActorKind.BUSINESS: ("Företagarna i {place}", "Fastighetsägarna"),
    ActorKind.ASSOCIATION_OF_AUTHORITIES: ("Sveriges Kommuner och Regioner",),
    ActorKind.FUNCTION: (
        "Kvinnofridssamordnare",
        "Våldspreventiv samordnare",
        "Folkhälsostrateg",
        "Jämställdhetsstrateg",
        "Kontaktperson mot våld",
        "Brottsförebyggande samordnare",
        "Säkerhetssamordnare",
    ),
}
_BODY_NAMES: dict[BodyRole, tuple[str, ...]] = {
    BodyRole.POLITICAL_STEERING: ("Politisk styrgrupp mot våld", "Folkhälsoberedningen"),
    BodyRole.STEERING_GROUP: ("Styrgruppen för våldsprevention", "Brås styrgrupp"),
    BodyRole.COLLABORATION_TEAM: ("Samverkansrådet mot våld", "Samverkansgruppen för trygghet"),
    BodyRole.OPERATIONAL_GROUP: (
        "Arbetsgruppen för skolans våldsprevention",
        "Operativa gruppen mot hedersrelaterat våld",
    ),
    BodyRole.REFERENCE_GROUP: ("Referensgruppen mot våld",),
    BodyRole.EXPERT_FUNCTION: (
        "Expertfunktion våld i nära relationer",
        "Konsultationsforum mot hedersrelaterat våld",
    ),
    BodyRole.NETWORK: ("Nätverket mot mäns våld mot kvinnor", "Regionalt nätverk mot våld"),
}
_ACTIVITY_TITLES = (
    "Kartläggning av verksamheternas arbete mot våld",
    "Utbildning i MVP för skolpersonal",
    "Föräldrastöd i grupp",
    "Rutin för att fråga om våld",
    "Trygghetsvandring i bostadsområdet",
    "Information om Kvinnofridslinjen",
    "Kompetenshöjning om hedersrelaterat våld",
    "Samtalsgrupper för unga",
    "Öppna samverkansforum mot våld",
    "Våldsförebyggande arbete på fritidsgården",
    "Behandling för våldsutövare",
    "Stöd till barn som upplevt våld",
    "Översyn av belysning i gångtunnlar",
)
_DECISION_SUMMARIES = (
    "Antar handlingsplanen mot våld",
    "Uppdrag att samordna arbetet mot våld",
    "Avsätter medel för en kvinnofridssamordnare",
    "Utser representanter till samverkansrådet",
    "Överenskommelse om samverkan mot våld",
    "Beslut om budget för våldsförebyggande arbete",
)
_MANDATE_SCOPES = (
    "Leda och följa upp planen",
    "Samordna arbetet mot våld",
    "Delta i samverkansrådet",
    "Ansvara för kunskapsöverföring mellan verksamheterna",
)
_GOAL_STATEMENTS = (
    "Minska våldet i kommunen",
    "Öka tryggheten i offentliga miljöer",
    "Fler som utsatts för våld får stöd",
    "Färre unga utsätts för sexuella trakasserier",
    "Öka kunskapen om våld bland personalen",
)
_INDICATOR_NAMES = (
    "UNGA-enkäten",
    "Öppna jämförelser våld",
    "Anmälda misshandelsbrott",
    "Andel personal som fått utbildning",
    "Trygghetsmätning",
    "Skolenkäten",
)
_ORG_SOURCES = ("Socialstyrelsen", "Polismyndigheten", "Skolverket", "Brå", "Kommunen")
_FOLLOW_UP_SCOPES = (
    "Aktivitetsplanen",
    "Handlingsplanen mot våld",
    "Indikatorerna",
    "Samverkansrådets arbete",
)
_RISKS = ("Alkohol och droger", "Traditionella könsnormer", "Tystnadskultur", "Social isolering")
_PROTECTIONS = (
    "Trygga vuxna",
    "Fungerande skolgång",
    "Starka sociala nätverk",
    "Jämställda normer",
)
_SUPPORT_CONTACTS = (
    "Kvinnofridslinjen 020-50 50 50",
    "Socialtjänstens mottagning",
    "Brottsofferjouren",
    "Ungdomsmottagningen",
)
_VISIONS = (
    "Ingen i kommunen ska utsättas för våld",
    "Alla ska kunna leva ett liv fritt från våld",
    "En trygg kommun för alla, i alla åldrar",
)
_NOTES = (
    "Genomförs under 2019",
    "Löpande under mandatperioden",
    "Enligt överenskommelse med länsstyrelsen",
    "Uppgiften saknas i underlaget",
)
_CITES = ("001 p. 14", "001 p. 15–18", "002 §1.8", "002 §1.12", "003 Rekommendationer")
_RULE_CODES = ("PK101", "PK102", "PK201", "PK205", "PK302", "PK402", "PK602")
_CHECKLIST_ITEMS = ("step1.1", "step1.4", "step1.7", "step1.9", "step2.3")

# Ids that look like other YAML or JSON values: a writer must quote them, a reader keep them.
_AWKWARD_IDS = (
    "0o17",
    "0x1f",
    "1e3",
    "12e3",
    "123",
    "007",
    "null",
    "Null",
    "true",
    "False",
    "yes",
    "no",
    "on",
    "off",
    "y",
    "n",
    "nan",
    "inf",
    "2019",
    "2019-06-17",
    "1_000",
    "0b101",
    "1:20",
    "_",
    "a.b:c-d",
    "ks.",
)
# Free text with the characters that trip writers up: line breaks, tabs, quotes, colons, '#'.
_AWKWARD_TEXTS = (
    "Rad ett\nRad två",
    "Slutar med radbrytning\n",
    "  inleds med mellanslag",
    "Tabb\tmitt i",
    "Citat: \"så här\" och 'så'",
    "Nyckel: värde # ingen kommentar",
    "- inte en lista",
    "yes",
    "null",
    "2019-06-17",
    "å",
    "[hakparentes]",
    "{klammer}",
    "& ankare * alias ! tagg",
    "%procent",
    "@snabel",
    "Windows\r\nradslut",
)


def _slug(name: str, *, keep_unicode: bool) -> str:
    """A readable id from a Swedish name: 'Individ- och familjenämnden' → 'individ-och-familjenamnden'."""
    text = name.casefold()
    if not keep_unicode:
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^\w]+", "-", text).strip("-_")
    return text[:40].rstrip("-") or "x"


# --- drawing helpers: strategies are built once, choices are indices (which shrink to 0) ------

_BOOL = st.booleans()
_FREE_TEXT = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=60
)
_FLOATS = st.floats(allow_nan=False, allow_infinity=False)
_ALL_NAMES = tuple(n for group in (*_ACTOR_NAMES.values(), *_BODY_NAMES.values()) for n in group)
T = TypeVar("T")


@functools.cache
def _ints(low: int, high: int) -> SearchStrategy[int]:
    return st.integers(low, high)


def _index(draw: DrawFn, size: int) -> int:
    return draw(_ints(0, size - 1))


def _pick(draw: DrawFn, values: Sequence[T]) -> T:
    return values[_index(draw, len(values))]


def _maybe(draw: DrawFn) -> bool:
    """Whether to fill an optional field (shrinks towards leaving it out)."""
    return draw(_BOOL)


def _some(draw: DrawFn, values: Sequence[T], max_size: int = 3) -> tuple[T, ...]:
    """Up to ``max_size`` distinct values, in the order drawn."""
    if not values:
        return ()
    out: list[T] = []
    for _ in range(draw(_ints(0, max_size))):
        value = _pick(draw, values)
        if value not in out:
            out.append(value)
    return tuple(out)


Refs = SearchStrategy[str] | tuple[str, ...]
"""Where references come from: a strategy (public API) or the ids a plan has so far."""


def _has(refs: Refs) -> bool:
    return bool(refs) if isinstance(refs, tuple) else not refs.is_empty


def _ref(draw: DrawFn, refs: Refs) -> str:
    return _pick(draw, refs) if isinstance(refs, tuple) else draw(refs)


def _some_refs(draw: DrawFn, refs: Refs, max_size: int = 3) -> tuple[str, ...]:
    if not _has(refs):
        return ()
    out: list[str] = []
    for _ in range(draw(_ints(0, max_size))):
        value = _ref(draw, refs)
        if value not in out:
            out.append(value)
    return tuple(out)


def _opt_ref(draw: DrawFn, refs: Refs) -> str | None:
    return _ref(draw, refs) if _has(refs) and _maybe(draw) else None


def _text(draw: DrawFn, options: Sequence[str], usual: str | None = None) -> str:
    """Mostly a realistic text; one draw in six an awkward one, one in six arbitrary Unicode."""
    k = _index(draw, 6)
    if k < 4:
        return usual if usual is not None else _pick(draw, options)
    if k == 4:
        return _pick(draw, _AWKWARD_TEXTS)
    return draw(_FREE_TEXT)


def _title(draw: DrawFn, options: Sequence[str]) -> str:
    """A plan title: :func:`_text`, never only whitespace (the model refuses a blank title)."""
    text = _text(draw, options)
    return text if text.strip() else "x" + text


def _opt_text(draw: DrawFn, options: Sequence[str] = _NOTES) -> str | None:
    return _text(draw, options) if _maybe(draw) else None


def _filled(template: str) -> tuple[str, ...]:
    """Every name a template gives, e.g. '{place} kommun' → 'Umeå kommun', 'Gävle kommun' …"""
    if "{place}" in template:
        return tuple(template.replace("{place}", place) for place in _PLACES)
    if "{county}" in template:
        return tuple(template.replace("{county}", county) for county in _COUNTIES)
    return (template,)


# Names and ids are drawn with one choice each from these lists: fewer choices make plans
# faster to generate and failing examples faster to shrink.
_NAMES_BY_KIND: dict[ActorKind, tuple[str, ...]] = {
    kind: tuple(name for template in templates for name in _filled(template))
    for kind, templates in _ACTOR_NAMES.items()
}
_ASCII_IDS = tuple(
    dict.fromkeys(
        _slug(name, keep_unicode=False) for template in _ALL_NAMES for name in _filled(template)
    )
)
_UNICODE_IDS = tuple(
    dict.fromkeys(
        _slug(name, keep_unicode=True) for template in _ALL_NAMES for name in _filled(template)
    )
)


def _cites(draw: DrawFn) -> str | None:
    return _pick(draw, _CITES) if _maybe(draw) else None


def _draw_id(draw: DrawFn) -> str:
    k = _index(draw, 20)
    if k >= 18:
        return _pick(draw, _AWKWARD_IDS)
    return _pick(draw, _UNICODE_IDS if k >= 16 else _ASCII_IDS)


@st.composite
def _ids(draw: DrawFn) -> str:
    return _draw_id(draw)


def ids() -> SearchStrategy[str]:
    """Valid ids: slugs of realistic Swedish names ('kommunstyrelsen', 'umeå-kommun-2019'),
    and now and then one that looks like a number, a date or a boolean ('0x1f', 'no')."""
    return _ids()


@st.composite
def _texts(draw: DrawFn, options: tuple[str, ...]) -> str:
    return _text(draw, options)


def texts(options: Sequence[str] = _NOTES) -> SearchStrategy[str]:
    """Non-empty free text: mostly one of ``options``, sometimes awkward or arbitrary Unicode."""
    if not options:
        raise ValueError("texts() needs at least one option")
    return _texts(tuple(options))


# Fragments that are syntax in some output format: each was seen escaping from plan text into
# Markdown, a terminal, Mermaid, XML, a spreadsheet or matplotlib (issue 21).
_HOSTILE = (
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "<b>bold</b>",
    "&amp; &#60; &lt;",
    "[link](javascript:alert(1))",
    "![x](http://example.invalid/x.png)",
    "**strong** _em_ `code` ~~del~~",
    "| a | b |",
    "\n- item\n> quote\n# heading",
    "1. first",
    "{: onclick='alert(1)' }",
    "\x1b[2K\x1b[1A\x1b[31mred\x1b[0m",
    "\x1b]8;;http://example.invalid\x1b\\link\x1b]8;;\x1b\\",
    "\x1b]0;title\x07",
    "\r\x08\x7f\x85\x9b",
    "[bold]x[/bold] [/bold] [link=http://example.invalid]y[/link]",
    "%%{init: {'theme': 'dark'}}%%",
    '"]:::x; style n0 fill:url(http://example.invalid)',
    "#quot; #35; ; ` {}",
    '=HYPERLINK("http://example.invalid","x")',
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "$\\frac{1}{0}$ $x^2$",
    "\x00\x01\x0b\x0c\x1f\ufffe\uffff",
    "\u202etxt.exe\u2066\u2069",
    "\u2028\u2029\t\n\r\n",
    "\\ \\n \\x1b",
    "\"quoted\" 'single' <>&",
)


@st.composite
def _hostile_texts(draw: DrawFn) -> str:
    parts = draw(
        st.lists(
            st.one_of(
                st.sampled_from(_HOSTILE),
                st.text(st.characters(codec="utf-8"), max_size=12),
                st.sampled_from(_NOTES),
            ),
            min_size=1,
            max_size=4,
        )
    )
    text = "".join(parts)
    return text if text.strip() else "x" + text


def hostile_texts() -> SearchStrategy[str]:
    """Non-empty text built from fragments that are syntax in some output format (HTML and
    Markdown, terminal escape sequences, Rich markup, Mermaid directives, spreadsheet formulas,
    mathtext, characters XML forbids, bidirectional overrides) mixed with arbitrary Unicode:
    for checking that every writer shows plan text as text (issue 21)."""
    return _hostile_texts()


# --- dates ----------------------------------------------------------------------------------


def _date(draw: DrawFn, min_year: int, max_year: int) -> PartialDate:
    year = draw(_ints(min_year, max_year))
    precision = _index(draw, 3)
    if precision == 0:
        return PartialDate(year)
    month = draw(_ints(1, 12))
    if precision == 1:
        return PartialDate(year, month)
    return PartialDate(year, month, draw(st.integers(1, calendar.monthrange(year, month)[1])))


def _opt_date(draw: DrawFn, min_year: int = 1990, max_year: int = 2040) -> PartialDate | None:
    return _date(draw, min_year, max_year) if _maybe(draw) else None


def _check_years(min_year: int, max_year: int) -> None:
    if not 1 <= min_year <= max_year <= 9999:
        raise ValueError("need 1 <= min_year <= max_year <= 9999")


@st.composite
def _partial_dates(draw: DrawFn, min_year: int, max_year: int) -> PartialDate:
    return _date(draw, min_year, max_year)


def partial_dates(min_year: int = 1990, max_year: int = 2040) -> SearchStrategy[PartialDate]:
    """Dates known to the day, the month or the year only (001 p. 1: "2019-XX-XX")."""
    _check_years(min_year, max_year)
    return _partial_dates(min_year, max_year)


def _ordered_dates(
    draw: DrawFn, min_year: int, max_year: int
) -> tuple[PartialDate | None, PartialDate | None]:
    """Two optional dates as (start, end), the end never before the start."""
    a = _opt_date(draw, min_year, max_year)
    b = _opt_date(draw, min_year, max_year)
    if a is not None and b is not None and a.earliest() > b.latest():
        return b, a
    return a, b


def _period(draw: DrawFn, min_year: int, max_year: int) -> Period:
    start, end = _ordered_dates(draw, min_year, max_year)
    return Period(start=start, end=end, note=_opt_text(draw))


@st.composite
def _periods(draw: DrawFn, min_year: int, max_year: int) -> Period:
    return _period(draw, min_year, max_year)


def periods(min_year: int = 1990, max_year: int = 2040) -> SearchStrategy[Period]:
    """Periods whose ends are in order; either end may be unknown or known only roughly."""
    _check_years(min_year, max_year)
    return _periods(min_year, max_year)


# --- records: each drawn by a plain function, wrapped as a public strategy below --------------


class _Years:
    """The years a plan's dates fall in."""

    def __init__(self, first: int = 1990, last: int = 2040) -> None:
        self.first = first
        self.last = last


_ANY_YEARS = _Years()


def _actor(draw: DrawFn, id_: str, part_of: Refs, kinds: Sequence[ActorKind]) -> Actor:
    kind = _pick(draw, kinds)
    name = _pick(draw, _NAMES_BY_KIND[kind])
    function = kind is ActorKind.FUNCTION
    vacant = function and _maybe(draw)
    return Actor(
        id=id_,
        name=_text(draw, (), usual=name),
        name_en=name if _maybe(draw) else None,
        kind=kind,
        tier=_pick(draw, _TIERS) if _maybe(draw) else None,
        sector=_pick(draw, _SECTORS) if _maybe(draw) else None,
        part_of=_opt_ref(draw, part_of),
        holders=draw(_ints(0, 5)) if function and _maybe(draw) else None,
        vacant=vacant,
        vacant_since=_opt_date(draw) if vacant else None,
        description=_opt_text(draw),
        cites=_cites(draw),
    )


def _decision(draw: DrawFn, id_: str, refs: Refs, years: _Years) -> Decision:
    kind = _pick(draw, _DECISION_KINDS)
    return Decision(
        id=id_,
        by=_ref(draw, refs),
        kind=kind,
        date=_opt_date(draw, years.first, years.last),
        reference=f"KF §{draw(_ints(1, 400))}" if _maybe(draw) else None,
        summary=_text(draw, _DECISION_SUMMARIES),
        parties=_some_refs(draw, refs) if kind is DecisionKind.AGREEMENT else (),
        cites=_cites(draw),
    )


def _mandate(
    draw: DrawFn,
    id_: str | None,
    refs: Refs,
    decision_refs: Refs,
    years: _Years,
) -> Mandate:
    valid_from, valid_until = _ordered_dates(draw, years.first, years.last)
    return Mandate(
        id=id_,
        holder=_ref(draw, refs),
        granted_by=_ref(draw, refs),
        decision=_opt_ref(draw, decision_refs),
        scope=_text(draw, _MANDATE_SCOPES),
        leads=draw(_BOOL),
        resources="En halvtidstjänst som samordnare" if _maybe(draw) else None,
        valid_from=valid_from,
        valid_until=valid_until,
        cites=_cites(draw),
    )


def _membership(draw: DrawFn, refs: Refs, decision_refs: Refs, years: _Years) -> Membership:
    valid_from, valid_until = _ordered_dates(draw, years.first, years.last)
    return Membership(
        actor=_ref(draw, refs),
        appointed_by=_opt_ref(draw, refs),
        decision=_opt_ref(draw, decision_refs),
        role=_pick(draw, ("sammankallande", "ledamot", "ersättare")) if _maybe(draw) else None,
        valid_from=valid_from,
        valid_until=valid_until,
    )


def _body(
    draw: DrawFn,
    id_: str,
    *,
    refs: Refs,
    up: Refs,
    decision_refs: Refs,
    years: _Years,
) -> Body:
    role = _pick(draw, _ROLES)
    members: list[str | Membership] = []
    seen: set[str] = set()
    for _ in range(draw(_ints(0, 4))):
        member: str | Membership = (
            _membership(draw, refs, decision_refs, years) if _maybe(draw) else _ref(draw, refs)
        )
        key = member if isinstance(member, str) else member.actor
        if key not in seen:
            seen.add(key)
            members.append(member)
    as_needed = role is BodyRole.REFERENCE_GROUP and _maybe(draw)
    valid_from, valid_until = _ordered_dates(draw, years.first, years.last)
    return Body(
        id=id_,
        name=_text(draw, (), usual=_pick(draw, _BODY_NAMES[role])),
        name_en=role.label("en") if _maybe(draw) else None,
        role=role,
        convener=_opt_ref(draw, refs),
        members=tuple(members),
        meets_per_year=draw(_ints(0, 52)) if not as_needed and _maybe(draw) else None,
        as_needed=as_needed,
        reports_to=_opt_ref(draw, up),
        part_of=_opt_ref(draw, up),
        supports=_some_refs(draw, refs, 2),
        existing_structure=draw(_BOOL),
        valid_from=valid_from,
        valid_until=valid_until,
        description=_opt_text(draw),
        cites=_cites(draw),
    )


def _programme_theory(draw: DrawFn) -> ProgrammeTheory:
    return ProgrammeTheory(
        problem=_pick(draw, _RISKS) if _maybe(draw) else None,
        mechanism=_opt_text(draw),
        short_term_effects=_some(draw, _PROTECTIONS, 2),
        long_term_effects=_some(draw, _PROTECTIONS, 2),
    )


def _activity(
    draw: DrawFn,
    id_: str,
    refs: Refs,
    programmes: Sequence[str],
    years: _Years,
) -> Activity:
    return Activity(
        id=id_,
        title=_text(draw, _ACTIVITY_TITLES),
        description=_opt_text(draw),
        prevention_levels=_some(draw, _PREVENTION_LEVELS),
        ecological_levels=_some(draw, _ECOLOGICAL_LEVELS, 4),
        violence_areas=_some(draw, _VIOLENCE_AREAS),
        target_groups=_some(draw, _TARGET_GROUPS),
        arenas=_some(draw, _ARENAS),
        responsible=_some_refs(draw, refs),
        accountable=_opt_ref(draw, refs),
        timeline=_period(draw, years.first, years.last) if _maybe(draw) else None,
        programme=_pick(draw, programmes) if programmes and _maybe(draw) else None,
        risk_factors=_some(draw, _RISKS, 2),
        protective_factors=_some(draw, _PROTECTIONS, 2),
        national_goals=_some(draw, _NATIONAL_GOALS, 2),
        ambition=_pick(draw, _AMBITIONS) if _maybe(draw) else None,
        programme_theory=_programme_theory(draw) if _maybe(draw) else None,
        mapping=draw(_BOOL),
        tags=_some(draw, ("del-1", "del-2", "skola"), 2),
        cites=_cites(draw),
    )


def _measure(draw: DrawFn) -> Measure:
    return Measure(
        value=draw(_FLOATS) if _maybe(draw) else None,
        unit=_pick(draw, ("procent", "antal", "per 100 000 invånare")) if _maybe(draw) else None,
        date=_opt_date(draw),
        note=_opt_text(draw),
    )


def _indicator(draw: DrawFn, id_: str) -> Indicator:
    return Indicator(
        id=id_,
        name=_text(draw, _INDICATOR_NAMES),
        source=_pick(draw, _ORG_SOURCES) if _maybe(draw) else None,
        frequency=_pick(draw, _FREQUENCIES) if _maybe(draw) else None,
        baseline=_measure(draw) if _maybe(draw) else None,
        target=_measure(draw) if _maybe(draw) else None,
        disaggregation=_some(draw, _TARGET_GROUPS),
        prevention_levels=_some(draw, _PREVENTION_LEVELS),
        description=_opt_text(draw),
        cites=_cites(draw),
    )


def _goal(draw: DrawFn, id_: str, indicator_refs: Refs) -> Goal:
    return Goal(
        id=id_,
        statement=_text(draw, _GOAL_STATEMENTS),
        indicators=_some_refs(draw, indicator_refs),
        target_date=_opt_date(draw),
        cites=_cites(draw),
    )


def _follow_up(draw: DrawFn, id_: str | None, refs: Refs) -> FollowUp:
    return FollowUp(
        id=id_,
        forum=_ref(draw, refs),
        frequency=_pick(draw, _FREQUENCIES),
        kind=_pick(draw, _FOLLOW_UP_KINDS),
        scope=_text(draw, _FOLLOW_UP_SCOPES),
        by=_opt_ref(draw, refs),
        cites=_cites(draw),
    )


def _readiness(draw: DrawFn) -> Readiness:
    return Readiness(
        mandatory_reporting_routine=draw(_BOOL) if _maybe(draw) else None,
        referral_routines=_some(
            draw, ("Socialtjänsten", "Polisen", "Kvinnojouren", "Centrum mot våld")
        ),
        support_contacts=_some(draw, _SUPPORT_CONTACTS),
        organisational_readiness="BFF-enkät bland chefer" if _maybe(draw) else None,
        assessed_on=_opt_date(draw),
        cites=_cites(draw),
    )


def _vision(draw: DrawFn, decision_refs: Refs) -> Vision:
    return Vision(
        statement=_text(draw, _VISIONS),
        decision=_opt_ref(draw, decision_refs),
        aligned_with=_some(
            draw, ("Nationella strategin mot mäns våld mot kvinnor", "Agenda 2030"), 2
        ),
        cites=_cites(draw),
    )


def _funding(draw: DrawFn, refs: Refs, decision_refs: Refs) -> Funding:
    return Funding(
        source=_pick(draw, _FUNDING_SOURCES),
        by=_opt_ref(draw, refs),
        decision=_opt_ref(draw, decision_refs),
        description=_opt_text(draw, ("Två årsarbetare", "500 000 kronor per år")),
        cites=_cites(draw),
    )


def _checklist_entry(draw: DrawFn) -> ChecklistEntry:
    return ChecklistEntry(
        item=_pick(draw, _CHECKLIST_ITEMS),
        answer=_pick(draw, _ANSWERS),
        note=_opt_text(draw),
    )


def _suppression(draw: DrawFn) -> Suppression:
    return Suppression(
        code=_pick(draw, _RULE_CODES),
        reason=_opt_text(draw, ("Civilsamhället deltar via referensgruppen",)),
        path=_pick(draw, ("activities[0]", "bodies[1]")) if _maybe(draw) else None,
    )


_TIERS = tuple(Tier)
_SECTORS = tuple(Sector)
_ACTOR_KINDS = tuple(ActorKind)
_ROLES = tuple(BodyRole)
_DECISION_KINDS = tuple(DecisionKind)
_PREVENTION_LEVELS = tuple(PreventionLevel)
_ECOLOGICAL_LEVELS = tuple(EcologicalLevel)
_VIOLENCE_AREAS = tuple(ViolenceArea)
_TARGET_GROUPS = tuple(TargetGroup)
_ARENAS = tuple(Arena)
_NATIONAL_GOALS = tuple(NationalGoal)
_AMBITIONS = tuple(AmbitionLevel)
_FREQUENCIES = tuple(Frequency)
_FOLLOW_UP_KINDS = tuple(FollowUpKind)
_FUNDING_SOURCES = tuple(FundingSource)
_ANSWERS = tuple(Answer)


def _programme_ids() -> tuple[str, ...]:
    return tuple(sorted(catalogue_ids()))


# --- public strategies for single records ---------------------------------------------------


def _refs_or_ids(refs: SearchStrategy[str] | None) -> SearchStrategy[str]:
    return ids() if refs is None else refs


@st.composite
def _one_actor(draw: DrawFn, refs: SearchStrategy[str], kinds: tuple[ActorKind, ...]) -> Actor:
    return _actor(draw, _draw_id(draw), refs, kinds)


def actors(
    *, refs: SearchStrategy[str] | None = None, kinds: Sequence[ActorKind] | None = None
) -> SearchStrategy[Actor]:
    """Actors of every kind: functions (posts) with holders and vacancy, others without
    (002 §1.5). ``refs`` draws ``part_of`` (any id by default); ``kinds`` limits the kinds."""
    return _one_actor(_refs_or_ids(refs), tuple(kinds or _ACTOR_KINDS))


@st.composite
def _one_decision(draw: DrawFn, refs: SearchStrategy[str]) -> Decision:
    return _decision(draw, _draw_id(draw), refs, _ANY_YEARS)


def decisions(*, refs: SearchStrategy[str] | None = None) -> SearchStrategy[Decision]:
    """Formal decisions (002 §1.6); ``refs`` draws who took them and, for agreements, the parties."""
    return _one_decision(_refs_or_ids(refs))


@st.composite
def _one_mandate(
    draw: DrawFn, refs: SearchStrategy[str], decision_refs: SearchStrategy[str]
) -> Mandate:
    id_ = _draw_id(draw) if _maybe(draw) else None
    return _mandate(draw, id_, refs, decision_refs, _ANY_YEARS)


def mandates(
    *, refs: SearchStrategy[str] | None = None, decision_refs: SearchStrategy[str] | None = None
) -> SearchStrategy[Mandate]:
    """Mandates with their validity in order; ``refs`` draws holder and grantor,
    ``decision_refs`` the decision it rests on (002 §1.6, §1.8)."""
    return _one_mandate(_refs_or_ids(refs), _refs_or_ids(decision_refs))


@st.composite
def _one_membership(
    draw: DrawFn, refs: SearchStrategy[str], decision_refs: SearchStrategy[str]
) -> Membership:
    return _membership(draw, refs, decision_refs, _ANY_YEARS)


def memberships(
    *, refs: SearchStrategy[str] | None = None, decision_refs: SearchStrategy[str] | None = None
) -> SearchStrategy[Membership]:
    """Memberships of a body, with who appointed the member and when (001 p. 13)."""
    return _one_membership(_refs_or_ids(refs), _refs_or_ids(decision_refs))


@st.composite
def _one_body(draw: DrawFn, refs: SearchStrategy[str], decision_refs: SearchStrategy[str]) -> Body:
    return _body(
        draw, _draw_id(draw), refs=refs, up=refs, decision_refs=decision_refs, years=_ANY_YEARS
    )


def bodies(
    *, refs: SearchStrategy[str] | None = None, decision_refs: SearchStrategy[str] | None = None
) -> SearchStrategy[Body]:
    """Bodies of the chain of governance (002 §1.8), members given as ids or memberships."""
    return _one_body(_refs_or_ids(refs), _refs_or_ids(decision_refs))


def _programme_record(draw: DrawFn, id_: str) -> ProgrammeRecord:
    return ProgrammeRecord(
        id=id_,
        name=_text(draw, _ACTIVITY_TITLES),
        name_en="Parenting support in groups" if _maybe(draw) else None,
        kind=_pick(draw, tuple(ProgrammeKind)) if _maybe(draw) else None,
        description=_opt_text(draw),
        prevention_levels=_some(draw, _PREVENTION_LEVELS),
        ecological_levels=_some(draw, _ECOLOGICAL_LEVELS, 4),
        evidence=_opt_text(draw),
        source=_cites(draw),
    )


@st.composite
def _one_programme_record(draw: DrawFn) -> ProgrammeRecord:
    return _programme_record(draw, _draw_id(draw))


# Extra terms a plan may declare (issue 14): the English Serious Violence Duty's.
_SVD = "Home Office, Serious Violence Duty statutory guidance (December 2022)"
_FIRE_AND_RESCUE = TermDeclaration(
    code="x-uk:fire_and_rescue",
    vocabulary="actor_kind",
    labels={"en": "Fire and rescue authority", "sv": "Räddningstjänst"},
    description="A specified authority under the Serious Violence Duty.",
    source="Police, Crime, Sentencing and Courts Act 2022, Schedule 1",
)
_YOUTH_VIOLENCE = TermDeclaration(
    code="x-uk:youth_violence",
    vocabulary="violence_area",
    labels={"en": "Serious youth violence"},
    source=_SVD,
)


def programme_records() -> SearchStrategy[ProgrammeRecord]:
    """A programme the plan describes itself, for one the catalogue lacks (domain §9)."""
    return _one_programme_record()


@st.composite
def _one_programme_theory(draw: DrawFn) -> ProgrammeTheory:
    return _programme_theory(draw)


def programme_theories() -> SearchStrategy[ProgrammeTheory]:
    """Why and how an activity is expected to work (step 4 of the guide, domain §7)."""
    return _one_programme_theory()


@st.composite
def _one_activity(draw: DrawFn, refs: SearchStrategy[str]) -> Activity:
    return _activity(draw, _draw_id(draw), refs, _programme_ids(), _ANY_YEARS)


def activities(*, refs: SearchStrategy[str] | None = None) -> SearchStrategy[Activity]:
    """Activities at any prevention and social-ecological levels, with programmes from the
    catalogue; ``refs`` draws the responsible and accountable actors (001 p. 15–18)."""
    return _one_activity(_refs_or_ids(refs))


@st.composite
def _one_measure(draw: DrawFn) -> Measure:
    return _measure(draw)


def measures() -> SearchStrategy[Measure]:
    """Measured or targeted values of an indicator (any finite number, or none)."""
    return _one_measure()


@st.composite
def _one_indicator(draw: DrawFn) -> Indicator:
    return _indicator(draw, _draw_id(draw))


def indicators() -> SearchStrategy[Indicator]:
    """Result indicators with baselines and targets (001 p. 8)."""
    return _one_indicator()


@st.composite
def _one_goal(draw: DrawFn, indicator_refs: SearchStrategy[str]) -> Goal:
    return _goal(draw, _draw_id(draw), indicator_refs)


def goals(*, indicator_refs: SearchStrategy[str] | None = None) -> SearchStrategy[Goal]:
    """Goals (001 p. 6, p. 8); ``indicator_refs`` draws the indicators that measure them."""
    return _one_goal(_refs_or_ids(indicator_refs))


@st.composite
def _one_follow_up(draw: DrawFn, refs: SearchStrategy[str]) -> FollowUp:
    return _follow_up(draw, _draw_id(draw) if _maybe(draw) else None, refs)


def follow_ups(*, refs: SearchStrategy[str] | None = None) -> SearchStrategy[FollowUp]:
    """Follow-ups, revisions and evaluations (001 p. 12); ``refs`` draws forum and preparer."""
    return _one_follow_up(_refs_or_ids(refs))


@st.composite
def _one_readiness(draw: DrawFn) -> Readiness:
    return _readiness(draw)


def readiness() -> SearchStrategy[Readiness]:
    """Readiness for when violence is a fact (002 §1.11–1.12)."""
    return _one_readiness()


@st.composite
def _one_vision(draw: DrawFn, decision_refs: SearchStrategy[str]) -> Vision:
    return _vision(draw, decision_refs)


def visions(*, decision_refs: SearchStrategy[str] | None = None) -> SearchStrategy[Vision]:
    """Shared visions (002 §1.9); ``decision_refs`` draws the decision that set them."""
    return _one_vision(_refs_or_ids(decision_refs))


@st.composite
def _one_funding(
    draw: DrawFn, refs: SearchStrategy[str], decision_refs: SearchStrategy[str]
) -> Funding:
    return _funding(draw, refs, decision_refs)


def funding(
    *, refs: SearchStrategy[str] | None = None, decision_refs: SearchStrategy[str] | None = None
) -> SearchStrategy[Funding]:
    """Where resources come from (002 §1.6; 000 p. 14)."""
    return _one_funding(_refs_or_ids(refs), _refs_or_ids(decision_refs))


@st.composite
def _one_checklist_entry(draw: DrawFn) -> ChecklistEntry:
    return _checklist_entry(draw)


def checklist_entries() -> SearchStrategy[ChecklistEntry]:
    """A plan's own answers to checklist items the data cannot answer (002 §1.13)."""
    return _one_checklist_entry()


@st.composite
def _one_suppression(draw: DrawFn) -> Suppression:
    return _suppression(draw)


def suppressions() -> SearchStrategy[Suppression]:
    """Findings a plan accepts on purpose, with or without a reason."""
    return _one_suppression()


# --- whole plans ----------------------------------------------------------------------------


class _UniqueIds:
    """Hands out ids unique across one plan (a drawn id that is taken gets a suffix)."""

    def __init__(self, draw: DrawFn) -> None:
        self._draw = draw
        self._used: set[str] = set()

    def new(self) -> str:
        base = _draw_id(self._draw)
        candidate = base
        n = 2
        while candidate in self._used:
            candidate = f"{base}-{n}"
            n += 1
        self._used.add(candidate)
        return candidate


_MORE = st.integers(0, 9)


def _blocks(draw: DrawFn, low: int, high: int) -> Iterator[int]:
    """Count up to ``high``, going on past ``low`` about three times in four.

    Each element is one block of choices that starts with its own "more?" choice, so the
    shrinker can drop an element by deleting its block (a count drawn up front would shift
    every later choice instead, and failing plans would not shrink).
    """
    n = 0
    while n < high and (n < low or draw(_MORE) != 0):
        yield n
        n += 1


@st.composite
def _valid_plans(
    draw: DrawFn, min_activities: int, max_activities: int, max_actors: int, version: int
) -> ActionPlan:
    new = _UniqueIds(draw)
    start = draw(_ints(2000, 2030))
    years = _Years(start - 3, start + 8)
    decision_ids = tuple(new.new() for _ in _blocks(draw, 0, 4))

    # Actors and bodies are drawn in one sequence; part_of, reports_to, members and the like
    # point only to what came before, so the upward relations can never form a cycle.
    actors: list[Actor] = []
    bodies: list[Body] = []
    nodes: list[str] = []
    for i in _blocks(draw, 1, max_actors + 4):
        earlier = tuple(nodes)
        if i == 0 or len(bodies) == 4 or (len(actors) < max_actors and _maybe(draw)):
            if len(actors) == max_actors:
                break
            actors.append(_actor(draw, new.new(), earlier, _ACTOR_KINDS))
            nodes.append(actors[-1].id)
        else:
            body = _body(
                draw, new.new(), refs=earlier, up=earlier, decision_refs=decision_ids, years=years
            )
            bodies.append(body)
            nodes.append(body.id)
    everyone = tuple(nodes)

    decisions = [_decision(draw, d, everyone, years) for d in decision_ids]

    def optional_id() -> str | None:
        return new.new() if _maybe(draw) else None

    mandates = [
        _mandate(draw, optional_id(), everyone, decision_ids, years) for _ in _blocks(draw, 0, 3)
    ]
    vocabulary: list[TermDeclaration] = []
    if version >= 2 and len(actors) < max_actors and draw(_MORE) == 0:
        # An actor of a declared extra kind, about one plan in ten (issue 14; format 2).
        vocabulary.append(_FIRE_AND_RESCUE)
        fire = Actor(id=new.new(), name="Fire and Rescue Service", kind=_FIRE_AND_RESCUE.term())
        actors.append(fire)
        everyone = (*everyone, fire.id)
    own = tuple(
        _programme_record(draw, new.new()) for _ in _blocks(draw, 0, 1 if version >= 2 else 0)
    )
    programmes = (*_programme_ids(), *(p.id for p in own))
    activities = [
        _activity(draw, new.new(), everyone, programmes, years)
        for _ in _blocks(draw, min_activities, max_activities)
    ]
    if version >= 2 and activities and draw(_MORE) == 0:
        vocabulary.append(_YOUTH_VIOLENCE)
        first = activities[0]
        areas = (*first.violence_areas, _YOUTH_VIOLENCE.term())
        activities[0] = first.model_copy(update={"violence_areas": areas})
    indicators = [_indicator(draw, new.new()) for _ in _blocks(draw, 0, 4)]
    measured = tuple(i.id for i in indicators)
    goals = [_goal(draw, new.new(), measured) for _ in _blocks(draw, 0, 3)]
    follow_up = [_follow_up(draw, optional_id(), everyone) for _ in _blocks(draw, 0, 3)]
    funding = [_funding(draw, everyone, decision_ids) for _ in _blocks(draw, 0, 2)]
    checklist = [_checklist_entry(draw) for _ in _blocks(draw, 0, 2)]
    suppress = [_suppression(draw) for _ in _blocks(draw, 0, 2)]

    plan_start, plan_end = _ordered_dates(draw, start, start + 4)
    extra: dict[str, Any] = {}
    if version >= 2:
        from ._format2 import format_2

        parts = format_2(
            draw,
            actors=actors,
            bodies=bodies,
            decisions=decisions,
            mandates=mandates,
            activities=activities,
            indicators=indicators,
            goals=goals,
            funding=funding,
            new_id=new.new,
        )
        actors, bodies, decisions = (
            parts.records["actors"],
            parts.records["bodies"],
            parts.records["decisions"],
        )
        mandates, activities = parts.records["mandates"], parts.records["activities"]
        indicators, goals = parts.records["indicators"], parts.records["goals"]
        funding = parts.records["funding"]
        extra = parts.plan
    plan = ActionPlan(
        preventionkit=version,
        id=new.new(),
        title=_title(draw, ("Handlingsplan mot våld", "Kommungemensam handlingsplan mot våld")),
        title_en="Action plan against violence" if _maybe(draw) else None,
        description=_opt_text(draw),
        profile=_pick(draw, ("municipal", "local-unit", "regional")) if _maybe(draw) else None,
        status=_pick(draw, ("draft", "adopted", "revised", "archived")) if _maybe(draw) else None,
        version=_pick(draw, ("1.0", "2.1")) if _maybe(draw) else None,
        document_date=_opt_date(draw, years.first, years.last),
        revised=_opt_date(draw, years.first, years.last),
        period=Period(
            start=plan_start,
            end=plan_end,
            note=_opt_text(draw) if version >= 2 else None,  # format 1 drawn as before
        )
        if plan_start is not None or plan_end is not None
        else None,
        owner=_opt_ref(draw, everyone),
        adopted_by=_opt_ref(draw, decision_ids),
        vision=_vision(draw, decision_ids) if _maybe(draw) else None,
        actors=tuple(actors),
        decisions=tuple(decisions),
        bodies=tuple(bodies),
        mandates=tuple(mandates),
        activities=tuple(activities),
        goals=tuple(goals),
        indicators=tuple(indicators),
        follow_up=tuple(follow_up),
        readiness=_readiness(draw) if _maybe(draw) else None,
        funding=tuple(funding),
        checklist=tuple(checklist),
        suppress=tuple(suppress),
        programmes=own,
        vocabulary=tuple(vocabulary),
        cites=_cites(draw),
        **extra,
    )
    if draw(_BOOL):
        # The same plan as a file that leaves out every field at its default: "not stated"
        # (ActionPlan.knows) rather than the stated absences the constructor above records.
        sparse = plan.model_dump(mode="json", by_alias=True, exclude_defaults=True)
        plan = ActionPlan.model_validate(sparse)
    return plan


def valid_plans(
    min_activities: int = 0,
    max_activities: int = 8,
    *,
    max_actors: int = 8,
    format_version: int = 2,
) -> SearchStrategy[ActionPlan]:
    """Whole plans that pass every plan-level check.

    Ids are unique across the plan, every reference resolves to a record of the kind it
    names, ``part_of`` / ``reports_to`` never form a cycle, every period and validity is in
    order, and programmes come from :func:`preventionkit.catalogue.ids` or the plan's own
    ``programmes:``; in format 2, about one plan in ten declares and uses an extra vocabulary term (an
    actor of kind ``x-uk:fire_and_rescue``, a violence area ``x-uk:youth_violence``). Plans hold 1 to
    ``max_actors`` actors, up to 4 bodies, 4 decisions, 3 mandates, 4 indicators and 3 goals,
    and ``min_activities`` to ``max_activities`` activities. They need not pass the
    validators' rules: a plan with no mandate holder is still a valid *document*.

    ``format_version`` 2 (the default) also draws the format-2 records and fields; 1 draws
    a plan any version-1 reader accepts. About half the plans state every field (empty
    lists as stated absences); the others leave out every field at its default ("not
    stated"), as a hand-written file does.
    """
    if not 0 <= min_activities <= max_activities:
        raise ValueError("need 0 <= min_activities <= max_activities")
    if max_actors < 1:
        raise ValueError("max_actors must be at least 1")
    if format_version not in (1, 2):
        raise ValueError("format_version must be 1 or 2")
    return _valid_plans(min_activities, max_activities, max_actors, format_version)


_CHAIN_KINDS = (
    "council",
    "committee",
    "administration",
    "unit",
    "function",
    "function",
    "civil_society_organisation",
)
_CHAIN_ROLES = (
    "steering_group",
    "collaboration_team",
    "operational_group",
    "reference_group",
    "expert_function",
)


@st.composite
def chain_plans(draw: DrawFn, max_actors: int = 8) -> ActionPlan:
    """Small valid plans with rich chains of governance: functions with one holder or vacant,
    bodies with members, conveners and ``reports_to``, ``part_of`` trees, mandates on a
    decision, and activities carried by one or two parties, so that single points of failure,
    alternative paths, unreached activities and activities carried by the top of the chain
    all occur often (002 §1.5, §1.8)."""
    n_actors = draw(st.integers(2, max_actors))
    actors: list[dict[str, object]] = []
    for i in range(n_actors):
        kind = draw(st.sampled_from(_CHAIN_KINDS))
        actor: dict[str, object] = {"id": f"a{i}", "name": f"Aktör {i}", "kind": kind}
        if kind == "function":
            actor["holders"] = draw(st.sampled_from([None, 1, 1, 2]))
            actor["vacant"] = draw(st.sampled_from([False, False, True]))
        if i and draw(st.booleans()):
            actor["part_of"] = f"a{draw(st.integers(0, i - 1))}"
        actors.append(actor)
    actor_ids = [str(a["id"]) for a in actors]
    n_bodies = draw(st.integers(1, 4))
    bodies: list[dict[str, object]] = []
    for j in range(n_bodies):
        earlier = actor_ids + [f"b{k}" for k in range(j)]
        body: dict[str, object] = {
            "id": f"b{j}",
            "name": f"Organ {j}",
            "role": draw(st.sampled_from(_CHAIN_ROLES)),
            "members": draw(st.lists(st.sampled_from(earlier), max_size=3, unique=True)),
        }
        if draw(st.booleans()):
            body["convener"] = draw(st.sampled_from(actor_ids))
        if draw(st.booleans()):
            body["reports_to"] = draw(st.sampled_from(earlier))
        if draw(st.booleans()):
            body["supports"] = [draw(st.sampled_from(earlier))]
        bodies.append(body)
    parties = actor_ids + [str(b["id"]) for b in bodies]
    decisions = [{"id": "d0", "by": draw(st.sampled_from(actor_ids)), "summary": "Beslut"}]
    mandates = [
        {
            "id": f"m{k}",
            "holder": draw(st.sampled_from(parties)),
            "granted_by": draw(st.sampled_from(actor_ids)),
            "decision": "d0",
            "scope": "Leda arbetet",
            "leads": draw(st.sampled_from([True, True, False])),
        }
        for k in range(draw(st.integers(1, 2)))
    ]
    activities = [
        {
            "id": f"x{k}",
            "title": f"Aktivitet {k}",
            "responsible": draw(
                st.lists(st.sampled_from(parties), min_size=0, max_size=2, unique=True)
            ),
        }
        for k in range(draw(st.integers(1, 6)))
    ]
    data: dict[str, object] = {
        "preventionkit": 1,
        "id": draw(st.sampled_from(["plan", "a0", "plan:a0"])),
        "title": "Plan",
        "actors": actors,
        "bodies": bodies,
        "decisions": decisions,
        "mandates": mandates,
        "activities": activities,
    }
    if draw(st.booleans()):
        data["adopted_by"] = "d0"
    if draw(st.booleans()):
        data["owner"] = draw(st.sampled_from(actor_ids))
    return ActionPlan.model_validate(data)
