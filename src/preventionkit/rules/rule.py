"""What a rule is: a stable code, a name, a severity, its sources, the catalogue keys of its
messages, and a plain check function over the plan (design.md "Rule codes")."""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..messages import Message, Param
from ..model import RULE_CODE_PATTERN
from ..vocab import Lang
from .finding import Severity
from .scope import ANYWHERE, Scope

if TYPE_CHECKING:
    from .context import RuleContext

__all__ = [
    "CODE_PATTERN",
    "DOC_SECTIONS",
    "Check",
    "Hit",
    "Rule",
    "hit",
]

DOC_SECTIONS: tuple[str, ...] = (
    "What it finds",
    "Facts it reads",
    "Why it matters",
    "Example",
    "Fix",
)
"""The sections of a rule's docstring, in order; the docs page of a rule is built from them.
"Facts it reads" says which fields the rule reads and what it does when the plan does not
state them (issue 16)."""

CODE_PATTERN = RULE_CODE_PATTERN
"""A rule code: its pack's prefix (``PK`` for the built-in rules, e.g. ``ACME`` for a pack of
one's own) and three digits, e.g. ``PK201`` or ``ACME001``."""

_CODE = re.compile(CODE_PATTERN)


@dataclass(frozen=True, slots=True)
class Hit:
    """What a check function yields: where in the plan, which message variant, and the
    parameters of its message (data: ids, counts, dates, vocabulary terms, nested messages;
    never text made for one language). The engine turns hits into :class:`~.finding.Finding`."""

    path: str
    params: Mapping[str, Param] = field(default_factory=dict)
    variant: str | None = None
    unstated: tuple[str, ...] = ()
    """The paths of the facts the finding rests on that the plan does not state (left out,
    not written as ``false`` or ``[]``; see :meth:`~preventionkit.ActionPlan.knows`). A hit
    with any is a question to confirm, never a judged gap (issue 16)."""


def hit(
    path: str, variant: str | None = None, *, unstated: tuple[str, ...] = (), **params: Param
) -> Hit:
    """A :class:`Hit` at ``path`` (e.g. ``"activities[3]"``) with template ``params``;
    ``unstated`` names the facts it rests on that the plan does not state."""
    return Hit(path, MappingProxyType(params), variant, tuple(unstated))


Check = Callable[["RuleContext"], Iterable[Hit]]
"""A rule's check: reads the plan through the context, yields hits, never mutates anything."""


@dataclass(frozen=True, slots=True)
class Rule:
    """A validation rule: code, name, severity, sources, message variants and its check.

    Its words are in the message catalogue of each language under ``rule.<CODE>.summary``,
    ``rule.<CODE>.message`` and ``rule.<CODE>.hint``, and ``rule.<CODE>.<variant>.message``
    and ``.hint`` for each of ``variants`` (alternative messages for findings of another shape,
    e.g. PK302's "timeline outside the plan period").

    The check function's docstring has the sections of :data:`DOC_SECTIONS`; together with
    ``failing_example`` and ``passing_example`` (small complete YAML plans that do and do not
    trigger the rule) it becomes the rule's page in the docs.
    """

    code: str
    name: str
    severity: Severity
    sources: tuple[str, ...]
    check: Check = field(repr=False, compare=False)
    failing_example: str = field(repr=False, compare=False)
    passing_example: str = field(repr=False, compare=False)
    variants: tuple[str, ...] = field(default=(), repr=False, compare=False)
    texts: Mapping[str, Mapping[str, str]] = field(
        default_factory=lambda: MappingProxyType({}), repr=False, compare=False
    )
    """Templates for a rule that ships no catalogue (a rule written in a script or a test):
    per language, ``{"summary": ..., "message": ..., "hint": ..., "<variant>.message": ...}``.
    A catalogue entry ``rule.<CODE>.…`` wins; English is the last resort. A pack keeps its
    words in a catalogue of its own (entry points ``preventionkit.locales``)."""
    suppressible: bool = True
    applies_to: Scope = ANYWHERE
    """Where the rule applies: the jurisdictions and kinds of plan it fits (:class:`.Scope`;
    every profile by default). A rule resting on one country's law or on what the sources ask
    of one kind of plan says so, e.g. ``Scope(jurisdictions=("SE",), kinds=(PlanKind.MUNICIPAL,))``
    for PK503; it then runs only under profiles that declare that jurisdiction and kind
    (:attr:`.Profile.jurisdiction`, :attr:`.Profile.kind`; issue 16)."""
    examples_as_of: str | None = None
    """The day ``failing_example`` and ``passing_example`` are judged on (``YYYY-MM-DD``), for
    a rule whose verdict depends on the date (PK409); today when None."""
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
        if not isinstance(self.applies_to, Scope):
            raise TypeError(
                f"{self.code}: applies_to is a preventionkit.rules.Scope, e.g. "
                f"Scope(jurisdictions=('SE',)), not {self.applies_to!r}"
            )

    @property
    def source(self) -> str:
        """The sources as one citation, e.g. ``"002 §1.6; 002 §1.8"``."""
        return "; ".join(self.sources)

    def summary(self, lang: Lang | None = None) -> str:
        """What the rule finds, in a line, in ``lang`` (the library default when None)."""
        return Message(f"rule.{self.code}.summary", {}, self._defaults("summary")).render(lang)

    def _defaults(self, part: str) -> Mapping[str, str]:
        return {lang: t[part] for lang, t in self.texts.items() if part in t}

    def key(self, variant: str | None = None, part: str = "message") -> str:
        """The catalogue key of ``part`` (``"message"`` or ``"hint"``) of ``variant`` (the
        main message when None), e.g. ``"rule.PK302.outside.hint"``."""
        if variant is not None and variant not in self.variants:
            raise KeyError(f"{self.code} has no message variant {variant!r}")
        middle = f".{variant}" if variant is not None else ""
        return f"rule.{self.code}{middle}.{part}"

    def templates(self, variant: str | None = None) -> tuple[Message, Message]:
        """The message and hint of ``variant`` (the main one when None) without parameters:
        their keys and default templates, which :meth:`explain` fills for each hit."""
        middle = f"{variant}." if variant is not None else ""
        return (
            Message(self.key(variant, "message"), {}, self._defaults(f"{middle}message")),
            Message(self.key(variant, "hint"), {}, self._defaults(f"{middle}hint")),
        )

    def explain(
        self, found: Hit, templates: tuple[Message, Message] | None = None
    ) -> tuple[Message, Message]:
        """The message and hint of ``found``, as data rendered later in any language.
        ``templates`` are :meth:`templates` of ``found.variant``, when the caller keeps them
        (the engine explains 100,000 hits of one rule on a large plan, issue 21)."""
        message, hint = templates if templates is not None else self.templates(found.variant)
        filled = Message(message.key, dict(found.params), message.default)
        return filled, Message(hint.key, filled.params, hint.default)

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
