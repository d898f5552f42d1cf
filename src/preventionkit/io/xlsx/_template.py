"""The empty workbook ``preventionkit init --to plan.xlsx`` writes: every sheet with its
headers and drop-downs, and a filled example row in the main sheets (issue 19, item 5).

The example is the smallest plan with a chain of governance (002 §1.6, §1.8; 001 p. 13–15):
a council adopts the plan, the executive board owns it and grants a steering group the
mandate to lead; one activity (the mapping 001 asks for first), one goal with an indicator,
and an annual follow-up in the council (001 p. 12).
"""

from __future__ import annotations

import os

from ...model import ActionPlan
from ._words import SheetLang, word
from ._write import xlsx_bytes

__all__ = ["template_plan", "xlsx_template"]


def template_plan(lang: SheetLang = "sv") -> ActionPlan:
    """The example plan of the template, its texts in ``lang``."""

    def w(key: str) -> str:
        return word(f"example:{key}", lang)

    return ActionPlan.model_validate(
        {
            "preventionkit": 1,
            "id": "plan",
            "title": w("title"),
            "status": "draft",
            "owner": "board",
            "adopted_by": "adoption",
            "actors": [
                {"id": "council", "name": w("council"), "kind": "council", "tier": "local",
                 "sector": "municipal_leadership"},
                {"id": "board", "name": w("board"), "kind": "executive_board", "tier": "local",
                 "sector": "municipal_leadership"},
            ],
            "decisions": [{"id": "adoption", "by": "council", "kind": "adoption",
                           "summary": w("decision")}],
            "bodies": [{"id": "steering-group", "name": w("steering_group"),
                        "role": "steering_group", "members": ["board"], "reports_to": "board"}],
            "mandates": [{"id": "lead", "holder": "steering-group", "granted_by": "board",
                          "decision": "adoption", "scope": w("mandate")}],
            "activities": [
                {"id": "mapping", "title": w("activity"),
                 "prevention_levels": ["universal", "selective", "indicated"],
                 "ecological_levels": ["community"], "target_groups": ["professionals"],
                 "responsible": ["steering-group"], "accountable": "board",
                 "timeline": {"note": w("timeline")}, "mapping": True},
            ],
            "goals": [{"id": "less-violence", "statement": w("goal"), "indicators": ["survey"]}],
            "indicators": [{"id": "survey", "name": w("indicator"), "frequency": "annual"}],
            "follow_up": [{"forum": "council", "frequency": "annual", "scope": w("follow_up")}],
        }
    )  # fmt: skip


def xlsx_template(path: str | os.PathLike[str], *, lang: SheetLang = "sv") -> None:
    """Write the template workbook to ``path``: every sheet with headers in ``lang``,
    drop-downs, and an example row marked with a note; it loads as a valid plan."""
    from ..files import write_file

    write_file(path, xlsx_bytes(template_plan(lang), lang, example=True))
