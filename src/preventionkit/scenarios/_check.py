"""Build an edited plan and re-check it: the fast path every scenario edit goes through.

An edit replaces a few records of a plan. Re-validating all of it with
``ActionPlan.model_validate`` would re-check records that did not change (seconds at 100,000
activities), so edits take this documented faster path instead, which checks the same things:

1. every new or changed record is built by its own model (``Activity.model_validate`` …), so
   its fields are checked as on load;
2. the new plan shares the unchanged records of the old one (they are immutable), and
3. the plan-level checks run on the whole new plan: unique ids, resolving references, no cycle
   in ``part_of`` / ``reports_to``, known programmes (001; design "The plan format").

A failed check raises :class:`ScenarioError` listing every problem at its field path.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError

from ..errors import LoadIssue, PreventionKitError
from ..messages import Message, text
from ..messages import message as msg

if TYPE_CHECKING:
    from ..model import ActionPlan

__all__ = ["ScenarioError", "rebuild", "revalidate"]


class ScenarioError(PreventionKitError, ValueError):
    """An edit would give an invalid plan, or names something the plan does not hold.

    ``issues`` lists every problem, each with the field path in the edited plan (e.g.
    ``activities[4].responsible[0]``) and a hint.
    """

    def __init__(self, message: Message | str, issues: Sequence[LoadIssue] = ()) -> None:
        self.message = message
        self.issues: tuple[LoadIssue, ...] = tuple(issues)
        lines = [str(message)]
        for issue in self.issues:
            hint_text = issue.hint_text()
            hint = f" ({text('load.hint', None, hint=hint_text)})" if hint_text else ""
            where = f"{issue.path}: " if issue.path else ""
            lines.append(f"  {where}{issue.text()}{hint} [{issue.kind}]")
        super().__init__("\n".join(lines))


def _issues(exc: ValidationError) -> list[LoadIssue]:
    from ..io import issues_from_validation

    return issues_from_validation(exc, None, None)


def revalidate(record: BaseModel, what: Message, **changes: Any) -> Any:
    """``record`` with ``changes``, built and checked by its own model."""
    data = record.model_dump(exclude_unset=True, by_alias=True)
    data.update(changes)
    try:
        return type(record).model_validate(data)
    except ValidationError as exc:
        raise ScenarioError(msg("scenario.error.invalid_record", what=what), _issues(exc)) from None


def rebuild(plan: ActionPlan, what: Message, **collections: Any) -> ActionPlan:
    """A new plan: ``plan`` with ``collections`` replaced, plan-level checks run on the result.

    The input plan is never changed.
    """
    from ..model import build_index, cache_put, check_plan, clear_caches

    new = plan.model_copy(
        update={k: tuple(v) if isinstance(v, list) else v for k, v in collections.items()}
    )
    clear_caches(new)  # caches of the old plan (index, graph, source positions)
    index = build_index(new)
    try:
        check_plan(new, index)
    except ValidationError as exc:
        raise ScenarioError(msg("scenario.error.invalid_plan", what=what), _issues(exc)) from None
    cache_put(new, "index", index)
    return new
