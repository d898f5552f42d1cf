"""The words of the report in English and Swedish; vocabulary labels come from ``vocab``."""

from __future__ import annotations

from ..vocab import Lang

__all__ = ["t"]

_TEXT: dict[str, tuple[str, str]] = {
    # key: (English, Swedish)
    "report": ("Action plan report", "Rapport om handlingsplanen"),
    "generated_by": ("Made with preventionkit {version}", "Skapad med preventionkit {version}"),
    "contents": ("Contents", "Innehåll"),
    "summary": ("Summary", "Sammanfattning"),
    "plan_id": ("Plan id", "Planens id"),
    "period": ("Period", "Period"),
    "owner": ("Owner", "Ägare"),
    "adopted_by": ("Adopted by", "Antagen genom"),
    "status": ("Status", "Status"),
    "vision": ("Vision", "Vision"),
    "mandate_holders": ("Mandate holders", "Mandatinnehavare"),
    "none": ("none", "inga"),
    "not_stated": ("not stated", "ej angivet"),
    "actors": ("Actors", "Aktörer"),
    "bodies": ("Bodies", "Organ"),
    "activities": ("Activities", "Aktiviteter"),
    "goals": ("Goals", "Mål"),
    "indicators": ("Indicators", "Indikatorer"),
    "decisions": ("Decisions", "Beslut"),
    "verdict_ok": ("No errors", "Inga fel"),
    "verdict_errors": ("{n} errors", "{n} fel"),
    "verdict_error": ("1 error", "1 fel"),
    "coverage": ("Coverage", "Täckning"),
    "coverage_heading": (
        "Coverage: prevention levels × social-ecological levels",
        "Täckning: preventionsnivåer × socioekologiska nivåer",
    ),
    "coverage_intro": (
        "Each cell counts the activities that work at that prevention level and that level of "
        "the social-ecological model. A plan should reach every prevention level "
        "(000 Förord) and every ecological level (001 p. 8–9); empty cells are marked.",
        "Varje ruta räknar aktiviteterna på den preventionsnivån och den nivån i den "
        "socioekologiska modellen. En plan bör nå alla preventionsnivåer (000 Förord) och alla "
        "socioekologiska nivåer (001 s. 8–9); tomma rutor är markerade.",
    ),
    "coverage_share": ("{filled} of {total} cells covered", "{filled} av {total} rutor täckta"),
    "prevention_level": ("Prevention level", "Preventionsnivå"),
    "ecological_level": ("Social-ecological level", "Socioekologisk nivå"),
    "total": ("Total", "Totalt"),
    "empty_cell": ("no activity", "ingen aktivitet"),
    "heatmap_title": (
        "Coverage heat map: activities per prevention level and social-ecological level",
        "Täckningskarta: aktiviteter per preventionsnivå och socioekologisk nivå",
    ),
    "activities_n": ("{n} activities", "{n} aktiviteter"),
    "activity_1": ("1 activity", "1 aktivitet"),
    "members_n": ("{n} members", "{n} medlemmar"),
    "member_1": ("1 member", "1 medlem"),
    "chain": ("Chain of governance", "Styrkedja"),
    "chain_intro": (
        "Who decides, who holds the mandate and who carries out the work (002 §1.8): arrows "
        "point from the one who gives mandate or receives reports to the one who acts.",
        "Vem som beslutar, vem som har mandat och vem som utför arbetet (002 §1.8): pilarna "
        "går från den som ger mandat eller tar emot rapporter till den som agerar.",
    ),
    "chain_title": ("The chain of governance", "Styrkedjan"),
    "chain_empty": (
        "The plan names no actors or bodies, so there is no chain to draw.",
        "Planen namnger inga aktörer eller organ, så det finns ingen styrkedja att rita.",
    ),
    "spof": ("single point of failure", "sårbar punkt (en enda person eller aktör)"),
    "holds_mandate": ("holds mandate", "har mandat"),
    "unreached_n": ("{n} not reached by the chain", "{n} nås inte av styrkedjan"),
    "findings": ("Findings", "Iakttagelser"),
    "findings_intro": (
        "What the checks found, most serious first, each with the source it rests on and what "
        "to do about it.",
        "Vad kontrollerna fann, allvarligast först, var och en med källan den vilar på och vad "
        "som kan göras.",
    ),
    "no_findings": (
        "No findings: the plan passes every check.",
        "Inga iakttagelser: planen klarar alla kontroller.",
    ),
    "severity_error": ("Errors", "Fel"),
    "severity_warning": ("Warnings", "Varningar"),
    "severity_info": ("Notes", "Noteringar"),
    "sev_error": ("error", "fel"),
    "sev_warning": ("warning", "varning"),
    "sev_info": ("note", "notering"),
    "sev_errors": ("errors", "fel"),
    "sev_warnings": ("warnings", "varningar"),
    "sev_infos": ("notes", "noteringar"),
    "hint": ("What to do", "Gör så här"),
    "source": ("Source", "Källa"),
    "where": ("Where", "Var"),
    "line": ("line {line}", "rad {line}"),
    "checklist": ("Step 1 checklist", "Checklista steg 1"),
    "checklist_intro": (
        "The nine questions of the guide's step 1 checklist (002 §1.13), answered from the "
        "plan's data or from the answers written in the plan.",
        "Checklistans nio frågor i guidens steg 1 (002 §1.13), besvarade utifrån planens "
        "uppgifter eller de svar som skrivits i planen.",
    ),
    "checklist_unavailable": (
        "The checklist assessment is not available in this installation.",
        "Bedömningen mot checklistan finns inte i denna installation.",
    ),
    "question": ("Question", "Fråga"),
    "answer": ("Answer", "Svar"),
    "evidence": ("Evidence", "Underlag"),
    "provenance": ("Answered from", "Besvarat utifrån"),
    "activities_heading": ("Activities", "Aktiviteter"),
    "activity": ("Activity", "Aktivitet"),
    "responsible": ("Responsible", "Ansvarig"),
    "timeline": ("Timeline", "Tidsplan"),
    "levels": ("Prevention levels", "Preventionsnivåer"),
    "eco_levels": ("Social-ecological levels", "Socioekologiska nivåer"),
    "programme": ("Programme", "Program"),
    "no_activities": ("The plan has no activities.", "Planen har inga aktiviteter."),
    "legend": ("Legend", "Teckenförklaring"),
    "provenance_data": ("the plan's data", "planens uppgifter"),
    "provenance_plan": ("the plan's own answer", "planens eget svar"),
    "provenance_none": ("not answered", "obesvarad"),
    "status_draft": ("draft", "utkast"),
    "status_adopted": ("adopted", "antagen"),
    "status_revised": ("revised", "reviderad"),
    "status_archived": ("archived", "arkiverad"),
}


def t(key: str, lang: Lang, **values: object) -> str:
    """The text ``key`` in ``lang``, with ``{name}`` placeholders filled from ``values``."""
    en, sv = _TEXT[key]
    text = sv if lang == "sv" else en
    return text.format(**values) if values else text
