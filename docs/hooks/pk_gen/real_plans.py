"""The page "What preventionkit says about real plans" (issue 16, deliverable 5).

Every finding and question preventionkit gives on the embedded examples and on the real plans
in ``tests/realworld/``, each beside the verdict of a review against the plan's own text and
the source documents. The verdicts are data (``tests/realworld/review/verdicts.yaml``); the
findings are computed here at build time and joined with the verdicts by :func:`review_key`,
the same key ``tests/realworld/test_verdicts.py`` checks the data with. So the page cannot show a
finding that has no reviewed entry, or keep an entry for a finding no longer given, without
the test suite failing first.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ._md import cell, rst_roles
from .rules import page_path

__all__ = [
    "PATH",
    "REALWORLD",
    "VERDICTS",
    "VERDICT_WORDS",
    "Reviewed",
    "corpus",
    "load_verdicts",
    "real_plans_pages",
    "review_key",
    "reviewed",
]

PATH = "reference/real-plans.md"
ROOT = Path(__file__).resolve().parents[3]
REALWORLD = ROOT / "tests" / "realworld"
VERDICTS = REALWORLD / "review" / "verdicts.yaml"

VERDICT_WORDS = ("sensible", "not stated", "false alarm")
"""What a reviewer may say of a finding or question: *sensible* (a gap the plan states,
rightly judged), *not stated* (the plan does not state the fact, so it is rightly asked as a
question) or *false alarm* (wrong on what the plan states, or not applicable to it)."""


def review_key(finding: Any) -> str:
    """The stable key of one finding or question of a plan: its code, its path (``plan`` for
    the plan as a whole) and, where a rule reports several at one path, what tells them apart
    (the prevention or ecological level, the function of the chain, or the message variant).

    Messages and hints may be reworded without touching the key; a finding that moves, or
    that changes what it is about, gets a new key, so its old review shows as stale.
    """
    params = finding.message.params
    key = finding.message.key
    variant = key.removeprefix(f"rule.{finding.code}.").removesuffix(".message")
    what = params.get("value") or ("" if variant == "message" else variant)
    return " ".join(part for part in (finding.code, finding.path or "plan", str(what)) if part)


def corpus() -> list[tuple[str, str, Any]]:
    """``(plan id, origin, plan)`` for every embedded example and every real plan in
    ``tests/realworld/`` (origin ``example`` or ``real plan``), examples first."""
    import preventionkit as pk
    from preventionkit import examples

    plans: list[tuple[str, str, Any]] = [(n, "example", examples.load(n)) for n in examples.names()]
    for path in sorted(REALWORLD.glob("*.yaml")):
        plans.append((path.stem, "real plan", pk.load(path)))
    return plans


def load_verdicts() -> dict[str, Any]:
    """The reviewed verdicts as data (``tests/realworld/review/verdicts.yaml``)."""
    import yaml

    data: dict[str, Any] = yaml.safe_load(VERDICTS.read_text(encoding="utf-8"))
    return data


@dataclass(frozen=True)
class Reviewed:
    """One plan of the corpus as validated on the review day, with its verdicts by key."""

    id: str
    origin: str
    title: str
    profile: str
    findings: tuple[Any, ...]
    questions: tuple[Any, ...]
    entries: Mapping[str, Mapping[str, Any]]
    """The plan's reviewed entries by ``"finding " + key`` or ``"question " + key``."""
    about: str

    def entry(self, finding: Any) -> Mapping[str, Any] | None:
        """The reviewed entry of ``finding``, or None when nobody reviewed it."""
        kind = "question" if finding.is_question else "finding"
        return self.entries.get(f"{kind} {review_key(finding)}")


def reviewed(data: Mapping[str, Any] | None = None) -> list[Reviewed]:
    """Every plan of the corpus validated on the day the verdicts were reviewed on, with the
    plan's entries of ``data`` (default: :func:`load_verdicts`)."""
    import preventionkit as pk

    data = load_verdicts() if data is None else data
    day = str(data["reviewed_on"])
    plans = data.get("plans") or {}
    out = []
    for plan_id, origin, plan in corpus():
        report = pk.validate(plan, as_of=day, lang="en")
        mine = plans.get(plan_id) or {}
        entries = {
            f"{kind} {e['key']}": e
            for kind, group in (("finding", "findings"), ("question", "questions"))
            for e in mine.get(group) or ()
        }
        out.append(
            Reviewed(
                id=plan_id,
                origin=origin,
                title=plan.title,
                profile=report.profile,
                findings=report.findings,
                questions=report.questions,
                entries=entries,
                about=str(mine.get("about", "")).strip(),
            )
        )
    return out


def _counts(plan: Reviewed) -> dict[str, int]:
    counts = dict.fromkeys((*VERDICT_WORDS, "unreviewed"), 0)
    for finding in (*plan.findings, *plan.questions):
        entry = plan.entry(finding)
        counts[str(entry["verdict"]) if entry else "unreviewed"] += 1
    return counts


def _intro(data: Mapping[str, Any], plans: list[Reviewed]) -> list[str]:
    totals = dict.fromkeys((*VERDICT_WORDS, "unreviewed"), 0)
    for plan in plans:
        for word, n in _counts(plan).items():
            totals[word] += n
    return [
        "# What preventionkit says about real plans",
        "",
        str(data.get("about", "")).strip(),
        "",
        f"**Reviewed by:** {str(data.get('reviewer', '')).strip()}",
        "",
        f"**Judged on:** {data['reviewed_on']} (`validate --as-of {data['reviewed_on']}`), "
        "each plan under its own profile.",
        "",
        "The verdicts:",
        "",
        "- **sensible**: a gap the plan states, rightly judged at the rule's severity;",
        "- **not stated**: the plan does not state the fact, and preventionkit rightly asks "
        "it as a question instead of judging it;",
        "- **false alarm**: wrong about what the plan states, or not applicable to it. The "
        "tests fail on any false alarm: it is fixed in the rule, not suppressed.",
        "",
        f"In all: {totals['sensible']} sensible, {totals['not stated']} not stated, "
        f"{totals['false alarm']} false alarms"
        + (f", {totals['unreviewed']} not yet reviewed" if totals["unreviewed"] else "")
        + ".",
        "",
    ]


def _summary(plans: list[Reviewed]) -> list[str]:
    out = [
        "| plan | kind | profile | findings | questions | sensible | not stated | false alarm |",
        "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for plan in plans:
        c = _counts(plan)
        out.append(
            f"| [`{plan.id}`](#{plan.id}) | {plan.origin} | {plan.profile} | "
            f"{len(plan.findings)} | {len(plan.questions)} | {c['sensible']} | "
            f"{c['not stated']} | {c['false alarm']} |"
        )
    return [*out, ""]


def _where(finding: Any) -> str:
    return f"`{finding.path}`" if finding.path else "the plan"


def _table(plan: Reviewed, found: tuple[Any, ...], kind: str) -> list[str]:
    if not found:
        return [f"No {kind}.", ""]
    out = [
        "| # | rule | where | preventionkit says | verdict | why | the plan's passage |",
        "| ---: | --- | --- | --- | --- | --- | --- |",
    ]
    for i, finding in enumerate(found, 1):
        entry = plan.entry(finding) or {}
        rule = f"[{finding.code}]({page_path(finding.code).removeprefix('reference/')})"
        if not finding.is_question:
            rule += f" {finding.severity}"
        out.append(
            f"| {i} | {rule} | {_where(finding)} | {cell(finding.text('en'))} | "
            f"**{cell(entry.get('verdict', 'unreviewed'))}** | {cell(entry.get('reason', ''))} "
            f"| {cell(entry.get('plan', ''))} |"
        )
    return [*out, ""]


def _plan_section(plan: Reviewed) -> list[str]:
    c = _counts(plan)
    out = [
        f"## {plan.id} {{ #{plan.id} }}",
        "",
        f"*{cell(plan.title)}*: {plan.origin}, profile `{plan.profile}`. "
        f"Findings: {len(plan.findings)}; questions: {len(plan.questions)}. "
        f"Sensible: {c['sensible']}; not stated: {c['not stated']}; "
        f"false alarms: {c['false alarm']}.",
        "",
    ]
    if plan.about:
        out += [plan.about, ""]
    out += ["### Findings", "", *_table(plan, plan.findings, "findings")]
    out += ["### Questions", "", *_table(plan, plan.questions, "questions")]
    return out


def _passages(plans: list[Reviewed]) -> list[str]:
    """Each rule that appears above, with the sections it rests on and its own words on why
    (the "Why it matters" section of its documentation, which quotes the sources)."""
    from .rules import all_rules

    by_code = {r.code: r for r in all_rules()}
    codes = sorted({f.code for p in plans for f in (*p.findings, *p.questions)})
    out = [
        "## The passages the rules rest on",
        "",
        "Why each rule above asks what it asks, in the words of its documentation, which quotes "
        "the source documents (000–004); the rule's page has the rest.",
        "",
        "| rule | sources | why it matters |",
        "| --- | --- | --- |",
    ]
    for code in codes:
        rule = by_code[code]
        why = rule.doc_sections().get("Why it matters", "").split("\n\n", 1)[0]
        link = f"[{code}]({page_path(code).removeprefix('reference/')})"
        out.append(f"| {link} | {cell(rule.source)} | {cell(rst_roles(' '.join(why.split())))} |")
    return [*out, ""]


def real_plans_pages() -> dict[str, str]:
    """The page, or a short note when the review data is not in this checkout (an sdist)."""
    if not VERDICTS.exists():
        return {
            PATH: "# What preventionkit says about real plans\n\n"
            "The reviewed corpus (`tests/realworld/`) is not part of this checkout.\n"
        }
    data = load_verdicts()
    plans = reviewed(data)
    out = _intro(data, plans) + _summary(plans)
    for plan in plans:
        out += _plan_section(plan)
    out += _passages(plans)
    return {PATH: "\n".join(out)}
