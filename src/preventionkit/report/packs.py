"""The report's framework-pack sections: for every pack the plan follows, each item's grade,
its evidence and where the answer came from, and what a plan would need to answer the items it
does not meet (issue 17). The words come from the message catalogue and the packs' labels."""

from __future__ import annotations

from collections.abc import Iterable

from ..escape import markdown as md
from ..frameworks import PackAssessment, assess_pack, framework_pack, framework_packs
from ..messages import render, text
from ..model import ActionPlan
from ._svg import esc

__all__ = ["followed_packs", "not_included", "packs_html", "packs_markdown"]

_PILL = {1.0: "yes", 0.5: "partly", 0.0: "no"}


def followed_packs(plan: ActionPlan, also: Iterable[str] = ()) -> tuple[PackAssessment, ...]:
    """The plan assessed against every installed pack it follows, then every pack in ``also``
    (asked for on request, e.g. ``report --framework``), each once. An unknown declared pack
    is left out (it is PK002's finding); an unknown requested one is a
    :class:`~preventionkit.frameworks.FrameworkPackError` naming the closest id."""
    known = [id for id in plan.follows if id in framework_packs()]
    asked = [framework_pack(id).id for id in also]
    return tuple(assess_pack(plan, id) for id in dict.fromkeys((*known, *asked)))


def not_included(assessed: PackAssessment, lang: str) -> str:
    """The sentence naming what of the framework the pack leaves out (its ``not_included``),
    or "" when it leaves nothing out: a grade table alone would read as the whole framework."""
    parts = tuple(n.what for n in assessed.pack.not_included)
    return text("pack.not_included", lang, parts=parts) if parts else ""


def packs_html(assessed: tuple[PackAssessment, ...], lang: str) -> str:
    """One ``<section>`` per assessment (empty when there is none)."""
    out = []
    for a in assessed:
        pack = a.pack
        title = text(
            "pack.title", lang, title=pack.title.get(lang), pack=pack.id, version=a.version
        )
        rows = []
        for r in a:
            grade = pack.scale.level(r.grade)
            pill = _PILL.get(grade.score, "unknown") if grade.score is not None else "unknown"
            evidence = render(r.evidence.message, lang) if r.evidence else ""
            if r.item.evidence.approximate and r.provenance == "data":
                evidence += f" ({text('pack.approximate', lang)})"
            next_step = "" if grade.score == 1.0 else r.item.evidence.describes.get(lang)
            rows.append(
                f'<tr data-item="{esc(r.item.id)}"><td>{esc(r.item.labels.get(lang))}'
                f'<div class="small">“{esc(r.item.citation.wording)}”</div></td>'
                f'<td><span class="pill {pill}">{esc(grade.labels.get(lang))}</span></td>'
                f'<td>{esc(evidence)}<div class="small">'
                f"{esc(text(f'pack.provenance.{r.provenance}', lang))}</div></td>"
                f"<td>{esc(next_step)}</td></tr>"
            )
        heads = [text(f"pack.head.{h}", lang) for h in ("item", "grade", "evidence", "next")]
        out.append(
            f'<section class="card" id="pack-{esc(pack.id)}"><h2>{esc(title)}</h2>'
            "<table><thead><tr>"
            + "".join(f"<th>{esc(h)}</th>" for h in heads)
            + f"</tr></thead><tbody>{''.join(rows)}</tbody></table>"
            + (f'<p class="small">{esc(left)}</p>' if (left := not_included(a, lang)) else "")
            + "</section>"
        )
    return "\n".join(out)


def packs_markdown(assessed: tuple[PackAssessment, ...], lang: str) -> str:
    """The same sections in Markdown (empty when there is none)."""
    out = []
    for a in assessed:
        pack = a.pack
        title = text(
            "pack.title", lang, title=pack.title.get(lang), pack=pack.id, version=a.version
        )
        heads = [text(f"pack.head.{h}", lang) for h in ("item", "grade", "evidence", "next")]
        lines = [f"## {title}", "", "| " + " | ".join(heads) + " |", "|---|---|---|---|"]
        for r in a:
            grade = pack.scale.level(r.grade)
            evidence = render(r.evidence.message, lang) if r.evidence else ""
            next_step = "" if grade.score == 1.0 else r.item.evidence.describes.get(lang)
            cells = (r.item.labels.get(lang), grade.labels.get(lang), evidence, next_step)
            lines.append("| " + " | ".join(md(c) for c in cells) + " |")
        if left := not_included(a, lang):
            lines += ["", md(left)]
        out.append("\n".join(lines))
    return "\n\n".join(out)
