"""Every word the workbook shows: sheet names, column headers, notes, yes/no, in sv, en and nb.

One table, read through :func:`word` and :func:`spellings`, so that the message catalogue
(issue 13) can take it over in one move. Keys are field paths: ``sheet:<kind>`` for a sheet
name, ``<kind>.<field path>`` for a column header that differs in one sheet, ``<field path>``
for a header shared by every sheet that has the field, ``note:<kind>`` for the note on a
sheet's example row. Vocabulary labels are not here: they come from :mod:`preventionkit.vocab`.

Norwegian (bokmål) words are those Norwegian municipal plans use (*tiltak*, *ansvarlig*,
*målgruppe*, *vedtak*, *oppfølging*, *opplysningsplikt*); where a term has no settled
Norwegian use, the plain word is written, never a coined one.
"""

from __future__ import annotations

from typing import Literal

__all__ = ["LANGS", "SheetLang", "has_word", "spellings", "word"]

SheetLang = Literal["sv", "en", "nb"]
"""The languages a workbook can be written in: Swedish, English, Norwegian bokmål."""

LANGS: tuple[SheetLang, ...] = ("sv", "en", "nb")

# key: (sv, en, nb)
_WORDS: dict[str, tuple[str, str, str]] = {
    # --- sheet names (at most 31 characters, none of : \ / ? * [ ]) -----------------------
    "sheet:plan": ("Plan", "Plan", "Plan"),
    "sheet:actors": ("Aktörer", "Actors", "Aktører"),
    "sheet:bodies": ("Organ", "Bodies", "Organer"),
    "sheet:memberships": ("Medlemskap", "Memberships", "Medlemskap"),
    "sheet:decisions": ("Beslut", "Decisions", "Vedtak"),
    "sheet:mandates": ("Mandat", "Mandates", "Mandat"),
    "sheet:activities": ("Aktiviteter", "Activities", "Tiltak"),
    "sheet:goals": ("Mål", "Goals", "Mål"),
    "sheet:indicators": ("Indikatorer", "Indicators", "Indikatorer"),
    "sheet:follow_up": ("Uppföljning", "Follow-up", "Oppfølging"),
    "sheet:readiness": ("Beredskap", "Readiness", "Beredskap"),
    "sheet:funding": ("Finansiering", "Funding", "Finansiering"),
    "sheet:checklist": ("Checklista", "Checklist", "Sjekkliste"),
    "sheet:suppress": ("Undantag", "Suppressions", "Unntak"),
    "sheet:periods": ("Indikatorperioder", "Indicator periods", "Indikatorperioder"),
    "sheet:factors": (
        "Risk- och skyddsfaktorer",
        "Risk and protective factors",
        "Risiko- og beskyttelsesfaktorer",
    ),
    "sheet:evaluations": ("Utvärderingar", "Evaluations", "Evalueringer"),
    "sheet:related": ("Relaterade planer", "Related plans", "Relaterte planer"),
    "sheet:lists": ("Listor", "Lists", "Lister"),
    # --- the two columns of the one-record sheets (plan, readiness) -----------------------
    "column:field": ("Fält", "Field", "Felt"),
    "column:value": ("Värde", "Value", "Verdi"),
    # --- headers shared by several sheets -------------------------------------------------
    "id": ("Id", "Id", "Id"),
    "name": ("Namn", "Name", "Navn"),
    "name_en": ("Engelskt namn", "English name", "Engelsk navn"),
    "title": ("Titel", "Title", "Tittel"),
    "title_en": ("Engelsk titel", "English title", "Engelsk tittel"),
    "description": ("Beskrivning", "Description", "Beskrivelse"),
    "cites": ("Källhänvisning", "Source reference", "Kildehenvisning"),
    "kind": ("Typ", "Kind", "Type"),
    "part_of": ("Del av", "Part of", "Del av"),
    "valid_from": ("Gäller från", "Valid from", "Gjelder fra"),
    "valid_until": ("Gäller till", "Valid until", "Gjelder til"),
    "decision": ("Beslut", "Decision", "Vedtak"),
    "date": ("Datum", "Date", "Dato"),
    "frequency": ("Frekvens", "Frequency", "Hyppighet"),
    "prevention_levels": ("Preventionsnivåer", "Prevention levels", "Forebyggingsnivåer"),
    "note": ("Kommentar", "Note", "Kommentar"),
    "role": ("Roll", "Role", "Rolle"),
    "level": ("Resultatnivå", "Result level", "Resultatnivå"),
    "contributes_to": ("Bidrar till", "Contributes to", "Bidrar til"),
    "target.value": ("Målvärde", "Target", "Målverdi"),
    "target.unit": ("Enhet (målvärde)", "Target unit", "Enhet (målverdi)"),
    "target.date": ("Datum (målvärde)", "Target date", "Dato (målverdi)"),
    "target.note": ("Kommentar (målvärde)", "Target note", "Kommentar (målverdi)"),
    "actual.value": ("Utfall", "Actual", "Faktisk verdi"),
    "actual.unit": ("Enhet (utfall)", "Actual unit", "Enhet (faktisk verdi)"),
    "actual.date": ("Datum (utfall)", "Actual date", "Dato (faktisk verdi)"),
    "actual.note": ("Kommentar (utfall)", "Actual note", "Kommentar (faktisk verdi)"),
    "period.start": ("Period från", "Period from", "Periode fra"),
    "period.end": ("Period till", "Period to", "Periode til"),
    "period.note": ("Period (som text)", "Period (as written)", "Periode (som tekst)"),
    # --- plan ----------------------------------------------------------------------------
    "plan.applies_to": ("Gäller för", "Applies to", "Gjelder for"),
    "plan.violence_areas": ("Våldsområden", "Violence areas", "Voldsformer"),
    "plan.employer.support_for_exposed_staff": (
        "Arbetsgivare: stöd till våldsutsatta anställda",
        "Employer: support for exposed staff",
        "Arbeidsgiver: støtte til voldsutsatte ansatte",
    ),
    "plan.employer.routine_for_staff_who_use_violence": (
        "Arbetsgivare: rutin för anställda som utövar våld",
        "Employer: routine for staff who use violence",
        "Arbeidsgiver: rutine for ansatte som utøver vold",
    ),
    "plan.employer.by": (
        "Arbetsgivare: ansvarig",
        "Employer: responsible",
        "Arbeidsgiver: ansvarlig",
    ),
    "plan.employer.activities": (
        "Arbetsgivare: aktiviteter",
        "Employer: activities",
        "Arbeidsgiver: tiltak",
    ),
    "plan.employer.description": (
        "Arbetsgivare: beskrivning",
        "Employer: description",
        "Arbeidsgiver: beskrivelse",
    ),
    "plan.employer.cites": (
        "Arbetsgivare: källhänvisning",
        "Employer: source reference",
        "Arbeidsgiver: kildehenvisning",
    ),
    "plan.needs.summary": ("Behov: sammanfattning", "Needs: summary", "Behov: sammendrag"),
    "plan.needs.date": ("Behov: datum", "Needs: date", "Behov: dato"),
    "plan.needs.by": ("Behov: bedömt av", "Needs: assessed by", "Behov: vurdert av"),
    "plan.needs.priority_groups": (
        "Behov: prioriterade grupper",
        "Needs: priority groups",
        "Behov: prioriterte grupper",
    ),
    "plan.needs.places": ("Behov: platser", "Needs: places", "Behov: steder"),
    "plan.needs.times": ("Behov: tider", "Needs: times", "Behov: tidspunkter"),
    "plan.needs.data_sources": ("Behov: datakällor", "Needs: data sources", "Behov: datakilder"),
    "plan.needs.cites": (
        "Behov: källhänvisning",
        "Needs: source reference",
        "Behov: kildehenvisning",
    ),
    "plan.preventionkit": ("Formatversion", "Format version", "Formatversjon"),
    "plan.$schema": ("Schema", "Schema", "Skjema"),
    "plan.profile": ("Profil", "Profile", "Profil"),
    "plan.status": ("Status", "Status", "Status"),
    "plan.version": ("Version", "Version", "Versjon"),
    "plan.document_date": ("Dokumentdatum", "Document date", "Dokumentdato"),
    "plan.revised": ("Reviderad", "Revised", "Revidert"),
    "plan.period.start": ("Planperiod från", "Plan period from", "Planperiode fra"),
    "plan.period.end": ("Planperiod till", "Plan period to", "Planperiode til"),
    "plan.period.note": (
        "Planperiod (som text)",
        "Plan period (as written)",
        "Planperiode (som tekst)",
    ),
    "plan.owner": ("Ägare", "Owner", "Eier"),
    "plan.adopted_by": ("Antagen genom beslut", "Adopted by decision", "Vedtatt ved vedtak"),
    "plan.vision.statement": ("Vision", "Vision", "Visjon"),
    "plan.vision.decision": ("Visionens beslut", "Decision on the vision", "Vedtak om visjonen"),
    "plan.vision.aligned_with": (
        "Visionen i linje med",
        "Vision aligned with",
        "Visjonen i tråd med",
    ),
    "plan.vision.cites": (
        "Visionens källhänvisning",
        "Vision source reference",
        "Visjonens kildehenvisning",
    ),
    "plan.cites": ("Källdokument", "Source document", "Kildedokument"),
    # --- actors --------------------------------------------------------------------------
    "actors.tier": ("Nivå", "Tier", "Nivå"),
    "actors.sector": ("Sektor", "Sector", "Sektor"),
    "actors.holders": ("Antal innehavare", "Holders", "Antall innehavere"),
    "actors.vacant": ("Vakant", "Vacant", "Ledig"),
    "actors.vacant_since": ("Vakant sedan", "Vacant since", "Ledig siden"),
    "actors.also_part_of": ("Även del av", "Also part of", "Også del av"),
    "actors.represented_by": ("Företräds av", "Represented by", "Representert av"),
    # --- bodies and memberships ----------------------------------------------------------
    "bodies.lead": ("Leds av", "Led by", "Ledes av"),
    "memberships.position": ("Ställning", "Position", "Posisjon"),
    "memberships.deputy": ("Ersättare", "Deputy", "Vararepresentant"),
    "bodies.role": ("Roll i styrkedjan", "Role in the chain", "Rolle i styringslinjen"),
    "bodies.convener": ("Sammankallande", "Convener", "Sammenkaller"),
    "bodies.members": ("Medlemmar", "Members", "Medlemmer"),
    "bodies.meets_per_year": ("Möten per år", "Meetings per year", "Møter per år"),
    "bodies.as_needed": ("Vid behov", "As needed", "Ved behov"),
    "bodies.reports_to": ("Rapporterar till", "Reports to", "Rapporterer til"),
    "bodies.supports": ("Stödjer", "Supports", "Støtter"),
    "bodies.existing_structure": (
        "Befintlig struktur",
        "Existing structure",
        "Eksisterende struktur",
    ),
    "memberships.body": ("Organ", "Body", "Organ"),
    "memberships.actor": ("Medlem", "Member", "Medlem"),
    "memberships.appointed_by": ("Utsedd av", "Appointed by", "Oppnevnt av"),
    # --- decisions and mandates ----------------------------------------------------------
    "decisions.by": ("Beslutat av", "Decided by", "Vedtatt av"),
    "decisions.reference": ("Referens", "Reference", "Referanse"),
    "decisions.stage": ("Skede", "Stage", "Fase"),
    "mandates.co_granted_by": ("Ges även av", "Also granted by", "Også gitt av"),
    "mandates.statute": ("Lagstöd", "Statute", "Lovhjemmel"),
    "decisions.summary": ("Sammanfattning", "Summary", "Sammendrag"),
    "decisions.parties": ("Parter", "Parties", "Parter"),
    "mandates.holder": ("Mandatinnehavare", "Holder", "Innehaver"),
    "mandates.granted_by": ("Ges av", "Granted by", "Gitt av"),
    "mandates.scope": ("Omfattning", "Scope", "Omfang"),
    "mandates.leads": ("Leder arbetet", "Leads the work", "Leder arbeidet"),
    "mandates.resources": ("Resurser", "Resources", "Ressurser"),
    # --- activities ----------------------------------------------------------------------
    "activities.ecological_levels": (
        "Socioekologiska nivåer",
        "Social-ecological levels",
        "Sosialøkologiske nivåer",
    ),
    "activities.violence_areas": ("Våldsområden", "Violence areas", "Voldsformer"),
    "activities.target_groups": ("Målgrupper", "Target groups", "Målgrupper"),
    "activities.arenas": ("Arenor", "Arenas", "Arenaer"),
    "activities.responsible": ("Ansvarig", "Responsible", "Ansvarlig"),
    "activities.accountable": ("Ytterst ansvarig", "Accountable", "Hovedansvarlig"),
    "activities.timeline.start": ("Start", "Start", "Start"),
    "activities.timeline.end": ("Slut", "End", "Slutt"),
    "activities.timeline.note": ("Tidsplan", "Timeline", "Tidsplan"),
    "activities.programme": ("Program eller metod", "Programme or method", "Program eller metode"),
    "activities.risk_factors": ("Riskfaktorer", "Risk factors", "Risikofaktorer"),
    "activities.protective_factors": (
        "Skyddsfaktorer",
        "Protective factors",
        "Beskyttelsesfaktorer",
    ),
    "activities.national_goals": ("Nationella mål", "National goals", "Nasjonale mål"),
    "activities.ambition": ("Ambitionsnivå", "Ambition level", "Ambisjonsnivå"),
    "activities.programme_theory.problem": ("Problem", "Problem", "Problem"),
    "activities.programme_theory.mechanism": (
        "Verkningsmekanism",
        "Mechanism",
        "Virkningsmekanisme",
    ),
    "activities.programme_theory.short_term_effects": (
        "Kortsiktiga effekter",
        "Short-term effects",
        "Kortsiktige effekter",
    ),
    "activities.programme_theory.long_term_effects": (
        "Långsiktiga effekter",
        "Long-term effects",
        "Langsiktige effekter",
    ),
    "activities.mapping": ("Kartläggning", "Mapping", "Kartlegging"),
    "activities.responsibility": ("Ansvarsform", "Responsibility", "Ansvarsform"),
    "activities.status": ("Status", "Status", "Status"),
    "activities.addresses": ("Påverkar faktorer", "Addresses", "Påvirker faktorer"),
    "activities.indicators": ("Indikatorer", "Indicators", "Indikatorer"),
    "activities.fidelity": ("Programtrohet", "Fidelity", "Programtroskap"),
    "activities.tags": ("Taggar", "Tags", "Stikkord"),
    # --- goals and indicators ------------------------------------------------------------
    "goals.statement": ("Mål", "Goal", "Mål"),
    "goals.indicators": ("Indikatorer", "Indicators", "Indikatorer"),
    "goals.target_date": ("Måldatum", "Target date", "Frist"),
    "indicators.source": ("Datakälla", "Data source", "Datakilde"),
    "indicators.baseline.value": ("Utgångsvärde", "Baseline", "Utgangsverdi"),
    "indicators.baseline.unit": ("Enhet (utgångsvärde)", "Baseline unit", "Enhet (utgangsverdi)"),
    "indicators.baseline.date": ("Datum (utgångsvärde)", "Baseline date", "Dato (utgangsverdi)"),
    "indicators.baseline.note": (
        "Kommentar (utgångsvärde)",
        "Baseline note",
        "Kommentar (utgangsverdi)",
    ),
    "indicators.target.value": ("Målvärde", "Target", "Målverdi"),
    "indicators.target.unit": ("Enhet (målvärde)", "Target unit", "Enhet (målverdi)"),
    "indicators.target.date": ("Datum (målvärde)", "Target date", "Dato (målverdi)"),
    "indicators.target.note": ("Kommentar (målvärde)", "Target note", "Kommentar (målverdi)"),
    "indicators.definition": ("Definition", "Definition", "Definisjon"),
    "indicators.unit": ("Enhet", "Unit", "Enhet"),
    "indicators.dimensions": ("Dimensioner", "Dimensions", "Dimensjoner"),
    "indicators.suggested": ("Föreslagen", "Suggested", "Foreslått"),
    "periods.indicator": ("Indikator", "Indicator", "Indikator"),
    "periods.label": ("Benämning", "Label", "Betegnelse"),
    "factors.statement": ("Faktor", "Factor", "Faktor"),
    "factors.ecological_level": (
        "Socioekologisk nivå",
        "Social-ecological level",
        "Sosialøkologisk nivå",
    ),
    "factors.evidence": ("Underlag", "Evidence", "Kunnskapsgrunnlag"),
    "evaluations.questions": ("Frågor", "Questions", "Spørsmål"),
    "evaluations.data": ("Data", "Data", "Data"),
    "evaluations.by": ("Utförs av", "Done by", "Utføres av"),
    "evaluations.when.start": ("Från", "From", "Fra"),
    "evaluations.when.end": ("Till", "To", "Til"),
    "evaluations.when.note": ("Tidpunkt (som text)", "When (as written)", "Tidspunkt (som tekst)"),
    "evaluations.activities": ("Aktiviteter", "Activities", "Tiltak"),
    "evaluations.goals": ("Mål", "Goals", "Mål"),
    "related.plan": ("Plan (id)", "Plan (id)", "Plan (id)"),
    "related.relation": ("Relation", "Relation", "Relasjon"),
    "related.path": ("Fil", "File", "Fil"),
    "indicators.disaggregation": (
        "Uppdelat på målgrupper",
        "Disaggregated by",
        "Fordelt på målgrupper",
    ),
    # --- follow-up, readiness, funding, checklist, suppressions --------------------------
    "follow_up.forum": ("Forum", "Forum", "Forum"),
    "follow_up.scope": ("Vad som följs upp", "Scope", "Hva som følges opp"),
    "follow_up.by": ("Förbereds av", "Prepared by", "Forberedes av"),
    "readiness.mandatory_reporting_routine": (
        "Rutin för anmälningsskyldighet",
        "Mandatory reporting routine",
        "Rutine for opplysningsplikt",
    ),
    "readiness.referral_routines": (
        "Rutiner för hänvisning",
        "Referral routines",
        "Rutiner for henvisning",
    ),
    "readiness.support_contacts": ("Stödkontakter", "Support contacts", "Hjelpetilbud"),
    "readiness.organisational_readiness": (
        "Organisatorisk beredskap",
        "Organisational readiness",
        "Organisatorisk beredskap",
    ),
    "readiness.assessed_on": ("Bedömd", "Assessed on", "Vurdert"),
    "funding.source": ("Finansieringskälla", "Source of funding", "Finansieringskilde"),
    "funding.by": ("Finansieras av", "Provided by", "Finansieres av"),
    "funding.to": ("Mottagare", "Recipient", "Mottaker"),
    "funding.activities": ("Aktiviteter", "Activities", "Tiltak"),
    "funding.amount": ("Belopp", "Amount", "Beløp"),
    "funding.currency": ("Valuta", "Currency", "Valuta"),
    "checklist.item": ("Punkt", "Item", "Punkt"),
    "checklist.answer": ("Svar", "Answer", "Svar"),
    "suppress.code": ("Kod", "Code", "Kode"),
    "suppress.reason": ("Skäl", "Reason", "Begrunnelse"),
    "suppress.path": ("Fält", "Field", "Felt"),
    # --- yes and no (what a cell may say for true and false) -----------------------------
    "yes": ("ja", "yes", "ja"),
    "no": ("nej", "no", "nei"),
    # an empty list the plan states (``arenas: []``): "none", kept apart from "not stated"
    "none": ("(inga)", "(none)", "(ingen)"),
    # --- the template's example plan (init --to plan.xlsx) ---------------------------------
    "example:title": (
        "Handlingsplan mot våld",
        "Action plan against violence",
        "Handlingsplan mot vold",
    ),
    "example:council": ("Kommunfullmäktige", "Municipal council", "Kommunestyret"),
    "example:board": ("Kommunstyrelsen", "Municipal executive board", "Formannskapet"),
    "example:decision": (
        "Antar handlingsplanen",
        "Adopts the action plan",
        "Vedtar handlingsplanen",
    ),
    "example:steering_group": (
        "Styrgrupp mot våld",
        "Steering group against violence",
        "Styringsgruppe mot vold",
    ),
    "example:mandate": (
        "Leda och följa upp arbetet enligt planen",
        "Lead and follow up the work in the plan",
        "Lede og følge opp arbeidet i planen",
    ),
    "example:activity": (
        "Kartläggning av verksamheternas arbete mot våld",
        "Mapping of the units' work against violence",
        "Kartlegging av virksomhetenes arbeid mot vold",
    ),
    "example:timeline": (
        "Genomförs under första året",
        "Done in the first year",
        "Gjennomføres det første året",
    ),
    "example:goal": (
        "Minska våldet i kommunen",
        "Reduce violence in the municipality",
        "Redusere volden i kommunen",
    ),
    "example:indicator": ("Trygghetsmätning", "Safety survey", "Trygghetsundersøkelse"),
    "example:follow_up": ("Aktivitetsplanen", "The activity plan", "Tiltaksplanen"),
    # --- notes on the template's example rows ---------------------------------------------
    "note:example": (
        "Exempelrad: skriv över den med er egen plan eller ta bort den.",
        "Example row: write over it with your own plan, or delete it.",
        "Eksempelrad: skriv over den med deres egen plan, eller slett den.",
    ),
    "note:list": (
        "Flera värden i en cell: skilj dem åt med ; eller radbrytning.",
        "Several values in one cell: separate them with ; or a line break.",
        "Flere verdier i én celle: skill dem med ; eller linjeskift.",
    ),
    "note:choice": (
        "Välj i listan; koder och etiketter på svenska, engelska och norska godtas också.",
        "Pick from the list; codes and labels in Swedish, English and Norwegian are accepted too.",
        "Velg fra listen; koder og etiketter på svensk, engelsk og norsk godtas også.",
    ),
    "note:reference": (
        "Id för en aktör, ett organ eller en annan post i arbetsboken.",
        "The id of an actor, a body or another record in the workbook.",
        "Id for en aktør, et organ eller en annen post i arbeidsboken.",
    ),
}
# Words a cell may hold for true and false besides the three languages' yes and no.
_TRUE_EXTRA = ("true", "sant", "sann", "x", "1")
_FALSE_EXTRA = ("false", "falskt", "usann", "0")

_INDEX = {"sv": 0, "en": 1, "nb": 2}


def word(key: str, lang: SheetLang) -> str:
    """The word for ``key`` in ``lang`` (a ``KeyError`` for an unknown key)."""
    return _WORDS[key][_INDEX[lang]]


def has_word(key: str) -> bool:
    """Whether the table has ``key``."""
    return key in _WORDS


def spellings(key: str) -> tuple[str, ...]:
    """Every spelling of ``key`` (sv, en, nb; duplicates dropped), for reading any language."""
    if key == "yes":
        return tuple(dict.fromkeys((*_WORDS["yes"], *_TRUE_EXTRA)))
    if key == "no":
        return tuple(dict.fromkeys((*_WORDS["no"], *_FALSE_EXTRA)))
    return tuple(dict.fromkeys(_WORDS[key]))
