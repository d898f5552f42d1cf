"""Many plans against one framework pack: one row per plan, one column per item, for a county
comparing its municipalities or a researcher coding plans from several countries (issue 17).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..model import ActionPlan
from ._grade import PackAssessment, assess_pack
from ._pack import FrameworkPack
from ._packs import framework_pack

__all__ = ["Comparison", "compare"]


@dataclass(frozen=True, slots=True)
class Comparison:
    """Several plans graded against one pack (same pack version for all)."""

    pack: FrameworkPack
    assessments: tuple[PackAssessment, ...]

    @property
    def columns(self) -> tuple[str, ...]:
        """The item ids, in the pack's order."""
        return tuple(i.id for i in self.pack.items)

    def rows(self) -> list[dict[str, Any]]:
        """One dict per plan: ``plan``, ``pack``, ``version``, a grade code per item id, and
        ``score`` (the mean score of the items the plan states something about)."""
        out = []
        for a in self.assessments:
            row: dict[str, Any] = {"plan": a.plan, "pack": a.pack.id, "version": a.version}
            row.update({r.item.id: r.grade for r in a.items})
            row["score"] = a.score()
            out.append(row)
        return out

    def to_frame(self) -> Any:
        """The rows as a :class:`pandas.DataFrame` indexed by plan (needs the ``pandas``
        extra: ``pip install 'preventionkit[pandas]'``)."""
        try:
            import pandas as pd
        except ImportError:  # pragma: no cover - pandas is in the dev extra
            raise ImportError(
                "Comparison.to_frame() needs pandas: pip install 'preventionkit[pandas]' "
                "(or use Comparison.rows() for plain dicts)"
            ) from None
        return pd.DataFrame.from_records(self.rows()).set_index("plan")


def compare(
    plans: Iterable[ActionPlan], pack: str | FrameworkPack, extra: Iterable[FrameworkPack] = ()
) -> Comparison:
    """Grade every plan against ``pack``, in the order given.

    >>> from preventionkit.examples import load
    >>> table = compare([load("umea")], "who-inspire")
    >>> table.rows()[0]["safe-environments"]
    'met'
    """
    chosen = framework_pack(pack, tuple(extra))
    return Comparison(chosen, tuple(assess_pack(p, chosen) for p in plans))
