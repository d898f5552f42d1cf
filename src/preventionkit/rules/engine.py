"""The rule engine: run the selected rules over a plan, render findings in the chosen language,
locate them in the source file, apply the plan's suppressions and sort the result."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from ..io import parse_path, paused_gc, source_of
from ..messages import check_lang, default_lang
from ..model.dates import as_date
from ..vocab import Lang
from ._registry import build_registry
from .context import RuleContext
from .finding import Finding, severity_rank
from .pack import Pack
from .profiles import DEFAULT_PROFILE, Profile
from .report import ValidationReport
from .rule import Rule

if TYPE_CHECKING:
    from ..io._source import Path
    from ..messages import Message
    from ..model import ActionPlan, Suppression

__all__ = ["select_rules", "validate"]

_FIELD_ORDER: dict[str, int] = {}


def _field_rank(name: str) -> int:
    if not _FIELD_ORDER:
        from ..model import ActionPlan

        for i, field_name in enumerate(ActionPlan.model_fields):
            alias = ActionPlan.model_fields[field_name].alias
            _FIELD_ORDER[alias or field_name] = i
    return _FIELD_ORDER.get(name, len(_FIELD_ORDER))


def _path_key(parts: Path) -> tuple[tuple[int, int, str], ...]:
    """Sort key of a parsed path: plan field order first, then indices numerically."""
    key: list[tuple[int, int, str]] = []
    for i, part in enumerate(parts):
        if isinstance(part, int):
            key.append((0, part, ""))
        elif i == 0:
            key.append((1, _field_rank(part), part))
        else:
            key.append((1, 0, part))
    return tuple(key)


def _sort_key(
    paths: dict[str, tuple[tuple[int, int, str], ...]],
) -> Callable[[Finding], tuple[int, str, tuple[tuple[int, int, str], ...]]]:
    """The order of findings: severity, code, then path (``paths`` holds each path's
    :func:`_path_key`, worked out once per path)."""

    def key(f: Finding) -> tuple[int, str, tuple[tuple[int, int, str], ...]]:
        # Ties (same code and path) keep the order the rule reported them in, which follows
        # the vocabularies and the plan, and is the same in both languages (a sort on the
        # message text would not be). ``list.sort`` is stable.
        return (severity_rank(f.severity), f.code, paths[f.path])

    return key


def _today() -> dt.date:
    """The day a run without ``as_of`` is judged on: the day of the run (issue 16). A function
    of its own so that a test suite can fix the day its verdicts are read on."""
    return dt.date.today()


def select_rules(
    select: Iterable[str] | str | None = None,
    ignore: Iterable[str] | str | None = None,
    *,
    packs: Iterable[Pack] = (),
    rules: Iterable[Rule] = (),
) -> tuple[Rule, ...]:
    """The rules a run uses: those of the built-in, installed and given ``packs`` and the loose
    ``rules`` matching ``select`` (codes or prefixes such as ``"PK2"``; all when None) minus
    those matching ``ignore``. Unknown selectors raise ``ValueError``."""
    return build_registry(packs, rules).select(select, ignore)


def _matches(s: Suppression, f: Finding) -> bool:
    if s.code != f.code:
        return False
    if s.path is None or s.path in ("", f.path):
        return True
    return f.path.startswith((s.path + ".", s.path + "["))


def validate(
    plan: ActionPlan,
    profile: str | Profile | None = None,
    *,
    packs: Iterable[Pack] = (),
    rules: Iterable[Rule] = (),
    select: Iterable[str] | str | None = None,
    ignore: Iterable[str] | str | None = None,
    lang: Lang | None = None,
    as_of: dt.date | str | None = None,
) -> ValidationReport:
    """Check ``plan`` against every selected rule and return a :class:`~.report.ValidationReport`.

    ``profile`` defaults to the plan's own ``profile`` field, then ``"international"``
    (:data:`~.profiles.DEFAULT_PROFILE`: only the rules that hold whatever the country and
    kind of plan); it may name a profile of a pack. The rules are the built-in ones, those of every installed pack
    (entry-point group ``preventionkit.packs``), those of ``packs`` and the loose ``rules``
    (:class:`~.pack.Pack`, :class:`~.rule.Rule`); a clash of prefix or code is a
    :class:`~.pack.PackError`. ``select`` / ``ignore`` take rule codes or prefixes (``"PK2"``
    means every governance rule; a profile may narrow the rules further). ``lang`` is the language findings are rendered in (``"sv"``, ``"en"``, ``"nb"``
    or an installed one; the library default when None); findings keep their messages as
    data, so ``finding.text(lang)`` renders them in any other. ``as_of`` is the day mandates,
    memberships, posts and the plan's own period are judged on (default: today); the report
    states it (``report.as_of``). A rule may apply to some jurisdictions and kinds of plan only
    (:attr:`~.rule.Rule.applies_to`); it then runs under the profiles that fit. No rule mutates
    the plan.

    >>> import preventionkit as pk
    >>> plan = pk.loads('''
    ... preventionkit: 1
    ... id: p
    ... title: T
    ... ''')
    >>> report = pk.validate(plan, select=["PK101"], lang="sv")
    >>> report.findings[0].text()
    'Planen har ingen aktivitet på universell preventionsnivå.'
    >>> report.findings[0].text("nb")
    'Planen har ingen tiltak på forebyggingsnivået «universell».'
    >>> report.findings[0].message.key
    'rule.PK101.message'
    """
    lang = check_lang(lang) if lang is not None else default_lang()
    known = build_registry(packs, rules)
    chosen_profile = known.profile(profile or plan.profile or DEFAULT_PROFILE)
    day = as_date(as_of) or _today()
    chosen = known.select(select, ignore)
    if chosen_profile.select is not None:
        wanted = known.select(chosen_profile.select)
        chosen = tuple(r for r in chosen if r in wanted)
    # A rule resting on one country's law or on what the sources ask of one kind of plan
    # (PK501, the Swedish duty to report; PK503, a Swedish municipality's social services) runs
    # only under profiles of that jurisdiction and kind.
    chosen = tuple(r for r in chosen if r.applies_to.fits(chosen_profile))
    ctx = RuleContext(
        plan,
        chosen_profile,
        day,
        lang,
        programmes=known.programmes,
        frameworks=frozenset(known.frameworks),
    )
    # Rules and findings make plain acyclic data, like loading: the collector's passes over
    # the heap of a large plan cost a fifth of the run and free nothing (issue 21).
    with paused_gc():
        return _run(ctx, chosen, profile=chosen_profile, day=day, lang=lang)


def _run(
    ctx: RuleContext, chosen: tuple[Rule, ...], *, profile: Profile, day: dt.date, lang: Lang
) -> ValidationReport:
    """Run the ``chosen`` rules and gather their findings, located in the plan's file."""
    plan = ctx.plan
    source = source_of(plan)
    raised = [(rule, found) for rule in chosen for found in rule.check(ctx)]
    paths = {found.path: parse_path(found.path) for _, found in raised if found.path}
    if source is not None:
        source.prepare(paths.values())  # one pass over the file for every finding
    findings: list[Finding] = []
    # What is the same for every hit of a rule is worked out once per rule (and variant): a
    # large plan raises 100,000 hits of one rule (issue 21).
    templates: dict[tuple[str, str | None], tuple[Message, Message]] = {}
    for rule, found in raised:
        sources = rule.source
        shape = (rule.code, found.variant)
        both = templates.get(shape)
        if both is None:
            both = templates[shape] = rule.templates(found.variant)
        message, hint = rule.explain(found, both)
        line = column = None
        cell = None
        if source is not None:
            at = paths[found.path] if found.path else ()
            pos = source.locate(at) if found.path else None
            if pos is not None:
                line, column = pos
            cell = source.cell(at)
        findings.append(
            Finding(
                code=rule.code,
                name=rule.name,
                # A question is never judged at the rule's severity: the plan is asked.
                severity="info" if found.unstated else rule.severity,
                message=message,
                path=found.path,
                line=line,
                column=column,
                hint=hint,
                source=sources,
                cell=cell,
                lang=lang,
                unstated=found.unstated,
            )
        )

    suppressions = [s for s in plan.suppress if s.reason and s.reason.strip()]
    suppressible = {r.code for r in chosen if r.suppressible}
    kept: list[Finding] = []
    suppressed: list[Finding] = []
    if suppressions:
        for f in findings:
            if f.code in suppressible and any(_matches(s, f) for s in suppressions):
                suppressed.append(f)
            else:
                kept.append(f)
    else:
        kept = findings
    order = _sort_key({"": (), **{text: _path_key(parts) for text, parts in paths.items()}})
    kept.sort(key=order)
    suppressed.sort(key=order)
    return ValidationReport(
        findings=tuple(f for f in kept if not f.is_question),
        questions=tuple(f for f in kept if f.is_question),
        coverage=ctx.coverage,
        profile=profile.name,
        lang=lang,
        suppressed=tuple(suppressed),
        rules=tuple(r.code for r in chosen),
        plan_id=plan.id,
        plan_title=plan.title,
        file=source.file if source is not None else None,
        as_of=day,
    )
