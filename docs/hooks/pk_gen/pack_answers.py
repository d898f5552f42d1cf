"""The page "Framework packs on real plans" (issue 17): every answer preventionkit gives for the
real plans of ``tests/realworld/`` against the packs they declare (and those reviewed on
request), item by item, beside a reviewer's verdict against the plan's own text.

The verdicts are data (``tests/realworld/reviewed/pack-answers.yaml``); the answers are
computed here at build time and joined with the verdicts by plan, pack and item, the same join
``tests/realworld/test_pack_answers.py`` checks. So the page cannot show an answer that has no
reviewed entry, or an entry whose answer has changed, without the test suite failing first.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ._md import cell
from ._registry import optional

__all__ = ["ANSWERS", "PATH", "load_answers", "pack_answers_pages"]

PATH = "reference/real-plans-packs.md"
ROOT = Path(__file__).resolve().parents[3]
ANSWERS = ROOT / "tests" / "realworld" / "reviewed" / "pack-answers.yaml"


def load_answers() -> dict[str, Any]:
    """The reviewed answers as data."""
    import yaml

    data: dict[str, Any] = yaml.safe_load(ANSWERS.read_text(encoding="utf-8"))
    return data


def _rows(plan: Any, pack_id: str, reviewed: Mapping[str, Any], module: Any) -> list[str]:
    from preventionkit.messages import render

    entries = {e["item"]: e for e in reviewed["items"]}
    result = module.assess_pack(plan, pack_id)
    out = [
        f"#### {cell(result.pack.title.en)} (`{pack_id}` {result.version})",
        "",
        "| item | grade | answered from | evidence | verdict | why | the plan |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in result:
        e = entries.get(r.item.id, {})
        evidence = render(r.evidence.message, "en") if r.evidence else ""
        why = str(e.get("reason", ""))
        if e.get("open"):
            why += f" **Open:** {e['open']}"
        grade = result.pack.scale.level(r.grade).labels.en
        out.append(
            f"| {cell(r.item.labels.en)} | {grade} | {r.provenance} | {cell(evidence)} "
            f"| **{e.get('verdict', 'unreviewed')}** | {cell(why)} | {cell(e.get('plan', ''))} |"
        )
    return [*out, ""]


def pack_answers_pages() -> dict[str, str]:
    """The page, or a short note when the review data or the frameworks are not installed."""
    module: Any = optional("preventionkit.frameworks")
    if module is None or not ANSWERS.exists():
        return {
            PATH: "# Framework packs on real plans\n\n"
            "The reviewed corpus (`tests/realworld/`) is not part of this checkout.\n"
        }
    import preventionkit as pk

    data = load_answers()
    plans: Mapping[str, Any] = data["plans"]
    totals = {"right": 0, "wrong": 0}
    for plan in plans.values():
        for pack in plan["packs"].values():
            for e in pack["items"]:
                totals[e["verdict"]] += 1
    out = [
        "# Framework packs on real plans",
        "",
        str(data["about"]).strip(),
        "",
        f"**Reviewed by:** {data['reviewer']}, on {data['reviewed_on']}.",
        "",
        "Verdicts: **right** (the grade and its provenance are what the plan's text, as read, "
        "supports: *not stated* where the text read does not say) or **wrong** (with what is "
        "left open and why it is not fixed in the pack). Wrong answers found in the review were "
        "fixed at their cause where the cause was the pack's evidence mapping; the ones below "
        "rest on what the plan format cannot yet say.",
        "",
        f"In all: {sum(totals.values())} answers, {totals['right']} right, "
        f"{totals['wrong']} wrong.",
        "",
        "| plan | packs | answers | right | wrong |",
        "| --- | --- | ---: | ---: | ---: |",
    ]
    for plan_id, plan in plans.items():
        entries = [e for p in plan["packs"].values() for e in p["items"]]
        right = sum(e["verdict"] == "right" for e in entries)
        out.append(
            f"| [`{plan_id}`](#{plan_id}) | {', '.join(f'`{p}`' for p in plan['packs'])} "
            f"| {len(entries)} | {right} | {len(entries) - right} |"
        )
    out.append("")
    fixed = data.get("fixed") or ()
    if fixed:
        out += [
            "Found wrong in the review and fixed at the cause:",
            "",
            "| answers | was | now | fix |",
            "| --- | --- | --- | --- |",
            *(
                f"| {cell(f['answers'])} | {cell(f['was'])} | {cell(f['now'])} | {cell(f['fix'])} |"
                for f in fixed
            ),
            "",
        ]
    realworld = ANSWERS.parent.parent
    for plan_id, plan in plans.items():
        loaded = pk.load(realworld / f"{plan_id}.yaml")
        declared = ", ".join(f"`{p}`" for p in loaded.follows) or "none"
        out += [
            f"## {plan_id} {{ #{plan_id} }}",
            "",
            f"*{cell(loaded.title)}*. Declares: {declared}. {cell(str(plan['about']))}",
            "",
        ]
        for pack_id, reviewed in plan["packs"].items():
            out += _rows(loaded, pack_id, reviewed, module)
    return {PATH: "\n".join(out)}
