"""What a rule is: a stable code, a name, a severity, its sources, messages in Swedish and
English, and a plain check function over the plan (design.md "Rule codes")."""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from ..model import RULE_CODE_PATTERN
from ..vocab import Lang, Term
from .finding import Severity

if TYPE_CHECKING:
    from .context import RuleContext

__all__ = [
    "CODE_PATTERN",
    "DOC_SECTIONS",
    "Check",
    "Hit",
    "Rule",
    "Said",
    "Variant",
    "hit",
    "render",
]

DOC_SECTIONS: tuple[str, ...] = ("What it finds", "Why it matters", "Example", "Fix")
"""The sections every rule's docstring has, in order; the docs page of a rule is built from them."""

CODE_PATTERN = RULE_CODE_PATTERN
"""A rule code: its pack's prefix (``PK`` for the built-in rules, e.g. ``ACME`` for a pack of
one's own) and three digits, e.g. ``PK201`` or ``ACME001``."""

_CODE = re.compile(CODE_PATTERN)


@dataclass(frozen=True, slots=True)
class Said:
    """A phrase in both languages, for message parameters that are not vocabulary terms."""

    sv: str
    en: str

    def label(self, lang: Lang = "en") -> str:
        """The phrase in ``lang``."""
        return self.sv if lang == "sv" else self.en


@dataclass(frozen=True, slots=True)
class Hit:
    """What a check function yields: where in the plan, which message variant, and the values
    its templates are filled with. The engine turns hits into :class:`~.finding.Finding`."""

    path: str
    params: Mapping[str, Any] = field(default_factory=dict)
    variant: str | None = None


def hit(path: str, variant: str | None = None, **params: Any) -> Hit:
    """A :class:`Hit` at ``path`` (e.g. ``"activities[3]"``) with template ``params``."""
    return Hit(path, MappingProxyType(params), variant)


Check = Callable[["RuleContext"], Iterable[Hit]]
"""A rule's check: reads the plan through the context, yields hits, never mutates anything."""


@dataclass(frozen=True, slots=True)
class Variant:
    """An alternative message and hint of a rule, for a finding of a different shape (e.g.
    PK302's "no timeline" and "timeline outside the plan period")."""

    message_sv: str
    message_en: str
    hint_sv: str
    hint_en: str


def _join(items: list[str], lang: Lang) -> str:
    if len(items) <= 1:
        return "".join(items)
    last = " och " if lang == "sv" else " and "
    return ", ".join(items[:-1]) + last + items[-1]


def _word(value: Any, lang: Lang) -> str:
    if isinstance(value, Term | Said):
        return value.label(lang)
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, tuple | list | frozenset | set):
        parts = [_word(v, lang) for v in value]
        if isinstance(value, frozenset | set):
            parts.sort()
        return _join(parts, lang)
    return str(value)


def render(template: str, params: Mapping[str, Any], lang: Lang) -> str:
    """Fill ``template`` with ``params``: vocabulary terms and :class:`Said` phrases become
    their label in ``lang``, collections become "a, b and c" / "a, b och c"."""
    return template.format_map({k: _word(v, lang) for k, v in params.items()})


@dataclass(frozen=True, slots=True)
class Rule:
    """A validation rule: code, name, severity, sources, bilingual messages and its check.

    The check function's docstring has the sections of :data:`DOC_SECTIONS`; together with
    ``failing_example`` and ``passing_example`` (small complete YAML plans that do and do not
    trigger the rule) it becomes the rule's page in the docs.
    """

    code: str
    name: str
    severity: Severity
    sources: tuple[str, ...]
    summary_en: str
    summary_sv: str
    message_en: str
    message_sv: str
    hint_en: str
    hint_sv: str
    check: Check = field(repr=False, compare=False)
    failing_example: str = field(repr=False, compare=False)
    passing_example: str = field(repr=False, compare=False)
    variants: Mapping[str, Variant] = field(
        default_factory=lambda: MappingProxyType({}), repr=False, compare=False
    )
    suppressible: bool = True
    unchecked_examples: bool = False
    """True when the loader refuses ``failing_example`` (e.g. a cycle), so it is built with
    ``ActionPlan.model_construct``; see :func:`~preventionkit.rules.examples.example_plan`."""

    def __post_init__(self) -> None:
        if not _CODE.match(self.code):
            raise ValueError(
                f"rule code {self.code!r} is not one to ten upper-case letters followed by "
                "three digits, e.g. PK123 or ACME001"
            )
        if not self.sources:
            raise ValueError(f"{self.code}: a rule must cite at least one source section")

    @property
    def source(self) -> str:
        """The sources as one citation, e.g. ``"002 §1.6; 002 §1.8"``."""
        return "; ".join(self.sources)

    def summary(self, lang: Lang = "en") -> str:
        """What the rule finds, in a line, in ``lang``."""
        return self.summary_sv if lang == "sv" else self.summary_en

    def templates(self, variant: str | None = None, lang: Lang = "en") -> tuple[str, str]:
        """The message and hint templates of ``variant`` (the main ones when None) in ``lang``."""
        if variant is None:
            if lang == "sv":
                return self.message_sv, self.hint_sv
            return self.message_en, self.hint_en
        v = self.variants[variant]
        return (v.message_sv, v.hint_sv) if lang == "sv" else (v.message_en, v.hint_en)

    def explain(self, found: Hit, lang: Lang = "en") -> tuple[str, str]:
        """The message and hint of ``found`` in ``lang``."""
        message, hint = self.templates(found.variant, lang)
        return render(message, found.params, lang), render(hint, found.params, lang)

    @property
    def doc(self) -> str:
        """The rule's documentation: its check function's docstring."""
        return inspect.getdoc(self.check) or ""

    def doc_sections(self) -> dict[str, str]:
        """The docstring split into :data:`DOC_SECTIONS` (each heading underlined with dashes)."""
        sections: dict[str, str] = {}
        lines = self.doc.splitlines()
        current: str | None = None
        body: list[str] = []
        i = 0
        while i < len(lines):
            line = lines[i]
            underline = lines[i + 1] if i + 1 < len(lines) else ""
            if line.strip() in DOC_SECTIONS and set(underline.strip()) == {"-"}:
                if current is not None:
                    sections[current] = "\n".join(body).strip()
                current, body = line.strip(), []
                i += 2
                continue
            if current is not None:
                body.append(line)
            i += 1
        if current is not None:
            sections[current] = "\n".join(body).strip()
        return sections
