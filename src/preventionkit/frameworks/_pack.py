"""Framework packs as data: a versioned set of items (steps, strategies, goals, statutory
requirements), each citing the exact wording of its public source, saying what in a plan
answers it, and graded on the pack's own scale (issue 17).

A pack is plain data (JSON inside the package for the shipped ones, or a
:class:`FrameworkPack` a third party builds), validated here; nothing in a pack is executed.
What in a plan answers an item is named by :attr:`EvidenceSpec.check`, a key into the
library's evidence checks (:data:`preventionkit.frameworks.CHECKS`).
"""

from __future__ import annotations

from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..vocab import Answer

__all__ = [
    "Citation",
    "EvidenceSpec",
    "FrameworkPack",
    "GradeLevel",
    "GradingScale",
    "ItemKind",
    "Labels",
    "NotIncluded",
    "PackItem",
]

ID_PATTERN = r"^[a-z0-9][a-z0-9_.-]*$"
"""Ids of packs and items: lower-case letters, digits, ``_``, ``-`` and ``.``."""

ItemKind = Literal[
    "step",
    "checklist_item",
    "goal",
    "strategy",
    "approach",
    "cross_cutting",
    "phase",
    "milestone",
    "benchmark",
    "principle",
    "requirement",
]
"""What an item is in its framework: a step of a process, a strategy, a statutory requirement…"""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Labels(_Frozen):
    """A short text per language; English is required, Swedish and Norwegian bokmål optional
    (a missing language falls back to English)."""

    en: str = Field(min_length=1)
    sv: str | None = Field(default=None, min_length=1)
    nb: str | None = Field(default=None, min_length=1)

    def get(self, lang: str) -> str:
        """The text in ``lang``, or the English one when the pack has none in ``lang``."""
        value = getattr(self, lang, None) if lang in ("sv", "nb") else None
        return value if isinstance(value, str) else self.en


class Citation(_Frozen):
    """Where an item comes from: the source's exact wording and where to find it."""

    wording: str = Field(
        min_length=1,
        description="The source's own words for the item (a heading or a short phrase), "
        "quoted exactly, in the source's language.",
    )
    lang: str = Field(pattern=r"^[a-z]{2,3}$", description="The language of the wording.")
    title: str = Field(min_length=1, description="The title of the source document.")
    publisher: str = Field(min_length=1)
    year: int = Field(ge=1900, le=2100)
    section: str | None = Field(default=None, description="Section, chapter or paragraph.")
    page: str | None = Field(default=None, description="Page or pages.")
    url: str | None = Field(
        default=None, pattern=r"^https?://\S+$", description="Where the public text was read."
    )

    @model_validator(mode="after")
    def _locatable(self) -> Self:
        if self.section is None and self.page is None and self.url is None:
            raise ValueError("a citation needs a section, a page or a URL to find the wording")
        return self


class GradeLevel(_Frozen):
    """One grade of a pack's scale, e.g. *met*, *partly met*, *not met*, *not stated*."""

    code: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    labels: Labels
    score: float | None = Field(
        default=None,
        ge=0,
        le=1,
        description="Its place on the scale, 0 (nothing) to 1 (fully); None for 'not stated', "
        "which is not a grade of the work but of what the plan says.",
    )
    answers: tuple[Answer, ...] = Field(
        default=(),
        description="The checklist answers (yes, partly, no, unknown) this grade stands for, "
        "so that an answer from data or from the plan's checklist becomes a grade.",
    )


class GradingScale(_Frozen):
    """A pack's own grading scale; exactly one level has no score: *not stated*."""

    levels: tuple[GradeLevel, ...] = Field(min_length=2)

    @model_validator(mode="after")
    def _well_formed(self) -> Self:
        codes = [g.code for g in self.levels]
        if len(set(codes)) != len(codes):
            raise ValueError(f"a grade code is repeated: {codes}")
        unscored = [g.code for g in self.levels if g.score is None]
        if len(unscored) != 1:
            raise ValueError("exactly one grade has no score: the one for 'not stated'")
        for answer in Answer:
            owners = [g.code for g in self.levels if answer in g.answers]
            if len(owners) != 1:
                raise ValueError(
                    f"the answer {answer.value!r} must map to exactly one grade, not {owners}"
                )
        return self

    @property
    def not_stated(self) -> GradeLevel:
        """The grade of an item nothing in the plan answers."""
        return next(g for g in self.levels if g.score is None)

    def of(self, answer: Answer) -> GradeLevel:
        """The grade an answer stands for."""
        return next(g for g in self.levels if answer in g.answers)

    def level(self, code: str) -> GradeLevel:
        """The grade with ``code``; ``KeyError`` otherwise."""
        for g in self.levels:
            if g.code == code:
                return g
        raise KeyError(code)


MET_SCALE = GradingScale(
    levels=(
        GradeLevel(
            code="met",
            labels=Labels(en="met", sv="uppfyllt", nb="oppfylt"),
            score=1.0,
            answers=(Answer.YES,),
        ),
        GradeLevel(
            code="partly_met",
            labels=Labels(en="partly met", sv="delvis uppfyllt", nb="delvis oppfylt"),
            score=0.5,
            answers=(Answer.PARTLY,),
        ),
        GradeLevel(
            code="not_met",
            labels=Labels(en="not met", sv="inte uppfyllt", nb="ikke oppfylt"),
            score=0.0,
            answers=(Answer.NO,),
        ),
        GradeLevel(
            code="not_stated",
            labels=Labels(en="not stated", sv="framgår inte", nb="fremgår ikke"),
            score=None,
            answers=(Answer.UNKNOWN,),
        ),
    )
)
"""The default scale: met / partly met / not met / not stated (issue 17)."""


class EvidenceSpec(_Frozen):
    """What in a plan answers an item: a description for people, the plan fields it reads,
    and the evidence check (by name, with parameters) that reads them; an item without a
    check is answered only in the plan's own ``checklist``."""

    describes: Labels = Field(description="What in a plan counts as evidence, in words.")
    fields: tuple[str, ...] = Field(
        default=(), description="The plan fields read, e.g. 'activities[].arenas'."
    )
    check: str | None = Field(
        default=None,
        pattern=r"^[a-z][a-z0-9_]*$",
        description="The evidence check that answers the item from the plan's data.",
    )
    params: dict[str, str | int | tuple[str, ...]] = Field(
        default_factory=dict, description="The check's parameters."
    )
    approximate: bool = Field(
        default=False,
        description="True when the answer rests on a crosswalk between vocabularies that "
        "the sources do not state one to one.",
    )

    def __hash__(self) -> int:
        # The parameters are a dict (JSON's object); hashing their items keeps packs hashable,
        # as frozen records are, so a rules.Pack carrying them can be hashed too.
        return hash(
            (
                self.describes,
                self.fields,
                self.check,
                tuple(sorted(self.params.items())),
                self.approximate,
            )
        )


class PackItem(_Frozen):
    """One item of a framework: its id, labels, cited source wording and evidence."""

    id: str = Field(pattern=ID_PATTERN)
    kind: ItemKind
    labels: Labels
    citation: Citation
    evidence: EvidenceSpec
    parent: str | None = Field(
        default=None, pattern=ID_PATTERN, description="The item this one belongs to."
    )
    aliases: tuple[str, ...] = Field(
        default=(),
        description="Other keys a plan's checklist may use for this item, e.g. 'step1.4'.",
    )


class NotIncluded(_Frozen):
    """A part of the framework the pack leaves out because no public text of it could be
    read: the pack says so instead of inventing the items (issue 17: "never invent an item")."""

    what: str = Field(
        min_length=1,
        description="What of the framework is left out, e.g. "
        "'the handbook's approaches under each strategy'.",
    )
    source: str = Field(min_length=1, description="The document that has it, by title.")
    reason: str = Field(
        min_length=1, description="Why it is left out: what was searched and not found."
    )


class FrameworkPack(_Frozen):
    """A framework as a versioned pack of cited items, graded on its own scale.

    >>> from preventionkit.frameworks import framework_pack
    >>> pack = framework_pack("who-inspire")
    >>> [i.id for i in pack.items if i.kind == "strategy"][:3]
    ['laws', 'norms', 'safe-environments']
    """

    id: str = Field(pattern=ID_PATTERN, description="e.g. 'who-inspire'.")
    version: str = Field(
        pattern=r"^\d+\.\d+\.\d+$", description="The version of this pack's data (semver)."
    )
    title: Labels
    source: Citation = Field(description="The framework's source document as a whole.")
    scale: GradingScale = MET_SCALE
    items: tuple[PackItem, ...] = Field(min_length=1)
    not_included: tuple[NotIncluded, ...] = Field(
        default=(),
        description="Parts of the framework left out because their public text could not be "
        "read; shown on the pack's reference page so nobody takes the pack for the whole.",
    )

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        ids = [i.id for i in self.items]
        seen: set[str] = set()
        for id in ids:
            if id in seen:
                raise ValueError(f"pack {self.id!r}: the item {id!r} is declared twice")
            seen.add(id)
        keys: set[str] = set()
        for item in self.items:
            if item.parent is not None and item.parent not in seen:
                raise ValueError(
                    f"pack {self.id!r}: the item {item.id!r} names the parent "
                    f"{item.parent!r}, which is not an item of the pack"
                )
            for key in (self.key(item), *item.aliases):
                if key in keys:
                    raise ValueError(f"pack {self.id!r}: the checklist key {key!r} is repeated")
                keys.add(key)
        return self

    def key(self, item: PackItem) -> str:
        """The key a plan's ``checklist`` uses for ``item``: ``'<pack>.<item>'``."""
        return f"{self.id}.{item.id}"

    def item(self, id: str) -> PackItem:
        """The item with ``id``; ``KeyError`` otherwise."""
        for item in self.items:
            if item.id == id:
                return item
        raise KeyError(f"pack {self.id!r} has no item {id!r}")
