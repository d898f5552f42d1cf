"""Rewrite a plan file to the current format version, keeping every byte the author wrote
except the version number (issue "A format that real plans fit", Deliver 2).

Format 2 only adds optional fields, so a version-1 file means the same in version 2; the
migration changes the number at its place in the text and nothing else: comments, key order,
quoting and line endings stay as they are. The result is checked to load to the same plan.
"""

from __future__ import annotations

import re

from ..messages import Message, render
from ..messages import message as msg
from ..model import FORMAT_VERSION, ActionPlan
from ._load import Format, loads
from ._source import source_of

__all__ = ["MigrationError", "migrate_text", "needs_migration"]

_NUMBER = re.compile(r"[0-9]+")


class MigrationError(ValueError):
    """A file whose version number could not be found or changed in place.

    ``message`` says why (``migrate.*``) in any language through :meth:`text`; ``str()``
    is English."""

    def __init__(self, message: Message, source: str | None = None) -> None:
        self.message = message
        self.source = source
        super().__init__(self.text("en"))

    def text(self, lang: str | None = None) -> str:
        """``file: problem`` in ``lang`` (the library default when None)."""
        return f"{self.source or '<input>'}: {render(self.message, lang)}"

    def __reduce__(self) -> tuple[type[MigrationError], tuple[Message, str | None]]:
        return (type(self), (self.message, self.source))


def needs_migration(plan: ActionPlan) -> bool:
    """Whether ``plan`` was written in an older format version than the current one."""
    return plan.preventionkit < FORMAT_VERSION


def _offset(text: str, line: int, column: int) -> int:
    """The index in ``text`` of a 1-based line and column (any line ending)."""
    pos = 0
    for _ in range(line - 1):
        nl = min(
            (i for i in (text.find("\n", pos), text.find("\r", pos)) if i != -1),
            default=-1,
        )
        if nl == -1:
            raise MigrationError(msg("migrate.short"))
        pos = nl + (2 if text.startswith("\r\n", nl) else 1)
    return pos + column - 1


def migrate_text(text: str, *, format: Format | None = None, source: str | None = None) -> str:
    """``text`` rewritten to format version :data:`~preventionkit.model.FORMAT_VERSION`, or
    ``text`` itself when it is already current. Raises
    :class:`~preventionkit.errors.PlanLoadError` when the text is not a valid plan."""
    plan = loads(text, format=format, source=source)
    if not needs_migration(plan):
        return text
    where = source_of(plan)
    position = where.locate(("preventionkit",)) if where is not None else None
    if position is None:
        raise MigrationError(msg("migrate.no_version"), source)
    try:
        start = _offset(text, *position)
    except MigrationError as exc:
        raise MigrationError(exc.message, source) from None
    found = _NUMBER.match(text, start)
    if found is None or int(found.group()) != plan.preventionkit:
        raise MigrationError(
            msg("migrate.not_a_number", version=str(FORMAT_VERSION)),
            f"{source or '<input>'}:{position[0]}:{position[1]}",
        )
    migrated = f"{text[: found.start()]}{FORMAT_VERSION}{text[found.end() :]}"
    again = loads(migrated, format=format, source=source)
    if again.model_copy(update={"preventionkit": plan.preventionkit}) != plan:
        raise MigrationError(msg("migrate.changed"), source)
    return migrated
