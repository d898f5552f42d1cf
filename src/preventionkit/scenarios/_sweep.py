"""Run a function over many plans or scenario variants, in parallel, and collect records (issue 8).

Researchers ask questions across many plans at once ("what if every municipality lost its
coordinator?"). :func:`sweep` runs ``fn`` over ``items`` with any
:class:`concurrent.futures.Executor`: a process pool by default on more than one core, or one
passed in, such as a thread pool, a Dask ``client.get_executor()`` or Ray's executor (only the
standard ``map`` / ``submit`` interface is used, so preventionkit depends on neither).

``fn`` must be picklable for a process pool (a function defined at module level, not a lambda);
plans pickle fine. Results come back in input order::

    import preventionkit as pk
    result = pk.scenarios.sweep(plans, pk.scenarios.summarize)
    frame = result.to_frame()          # needs pandas
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import asdict, dataclass, is_dataclass
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from ..model import ActionPlan

__all__ = ["Sweep", "summarize", "sweep"]

OnError = Literal["raise", "record"]


@dataclass(frozen=True, slots=True)
class Sweep:
    """The records a sweep produced, one per input item, in input order.

    A record is whatever ``fn`` returned: usually a mapping (a row), or a frozen record such
    as a dataclass or a pydantic model. With ``on_error="record"`` a failed item gives
    ``{"error": "<ExceptionName>: message"}``.
    """

    records: tuple[Any, ...]

    def __len__(self) -> int:
        return len(self.records)

    def __iter__(self) -> Iterator[Any]:
        return iter(self.records)

    def __getitem__(self, i: int) -> Any:
        return self.records[i]

    def rows(self) -> list[dict[str, Any]]:
        """Every record as a dict: mappings as they are, dataclasses and pydantic models by
        their fields, anything else as ``{"value": record}``."""
        return [_row(r) for r in self.records]

    def to_frame(self) -> Any:
        """The records as a :class:`pandas.DataFrame`, one row per item (needs pandas)."""
        try:
            import pandas as pd
        except ImportError:  # pragma: no cover - pandas is in the dev extra
            raise ImportError(
                "Sweep.to_frame() needs pandas: pip install pandas "
                "(or use Sweep.rows() for plain dicts)"
            ) from None
        return pd.DataFrame.from_records(self.rows())


def _row(record: Any) -> dict[str, Any]:
    if isinstance(record, Mapping):
        return dict(record)
    if is_dataclass(record) and not isinstance(record, type):
        return asdict(record)
    dump = getattr(record, "model_dump", None)
    if callable(dump):
        result = dump()
        if isinstance(result, dict):
            return result
    return {"value": record}


def _portable(item: Any) -> Any:
    """A plan without its caches (index, graph, source map), so it pickles cheaply; other
    items unchanged. The caller's plan is not touched."""
    from ..model import ActionPlan, clear_caches

    if isinstance(item, ActionPlan):
        copy = item.model_copy()
        clear_caches(copy)
        return copy
    return item


@dataclass(frozen=True, slots=True)
class _Guarded:
    """``fn`` with failures turned into records; a module-level class, so it pickles."""

    fn: Callable[[Any], Any]

    def __call__(self, item: Any) -> Any:
        try:
            return self.fn(item)
        except Exception as exc:
            return {"error": f"{type(exc).__name__}: {exc}"}


@dataclass(frozen=True, slots=True)
class _Batch:
    """``fn`` over a batch of items sent to a worker; a module-level class, so it pickles."""

    fn: Callable[[Any], Any]

    def __call__(self, items: list[Any]) -> list[Any]:
        return [self.fn(item) for item in items]


_INHERITED: dict[str, Any] = {}
"""In a worker of the pool :func:`sweep` forks itself: the items and the function, handed
over by :func:`_inherit` when the worker starts (empty in every other process)."""


def _inherit(items: list[Any], fn: Callable[[Any], Any]) -> None:
    """The initializer of a forked worker: keep the parent's items and function, which the
    fork copied, so that batches are sent as ranges of positions instead of pickled items."""
    _INHERITED["items"] = items
    _INHERITED["fn"] = fn


def _run_range(start: int, stop: int) -> list[Any]:
    """``fn`` over the inherited items ``start:stop``, in a forked worker."""
    items, fn = _INHERITED["items"], _INHERITED["fn"]
    return [fn(items[i]) for i in range(start, stop)]


def _batches(n: int, workers: int, size: int | None) -> list[range]:
    """Positions ``0..n`` in batches of ``size``, or by default in guided batches: each a
    share (``1 / (2 * workers)``) of what is left, so the first are large (few round trips)
    and the last hold one item each, and no worker waits long for another to finish its
    last batch (guided self-scheduling, Polychronopoulos and Kuck 1987; OpenMP's
    ``schedule(guided)``). Fixed batches of a quarter of each worker's share left a worker
    idle for up to a quarter of the run at the end."""
    out: list[range] = []
    start = 0
    while start < n:
        step = size or max(1, -(-(n - start) // (2 * workers)))
        out.append(range(start, min(n, start + step)))
        start += step
    return out


def _check_importable(fn: Callable[[Any], Any]) -> None:
    """Refuse, with the reason and the remedies, a ``fn`` a process pool cannot send.

    A process pool pickles ``fn`` by its import path; a lambda or a function defined inside
    another function has none, and the pool would fail later with a bare ``PicklingError``
    (issue 12 item 7). The pool :func:`sweep` forks itself needs no pickling on Linux, but
    the same ``fn`` must work on every platform (macOS and Windows start workers afresh),
    so it is refused there too.
    """
    import pickle

    try:
        pickle.dumps(fn)
    except (pickle.PicklingError, AttributeError, TypeError) as exc:
        name = getattr(fn, "__qualname__", None) or type(fn).__name__
        raise TypeError(
            f"sweep runs fn in other processes, so fn must be importable: a function defined "
            f"at the top level of a module, not a lambda or a function defined inside another "
            f"function ({name!r} is not: {exc}). Move it to the top level of a module, or pass "
            "executor=concurrent.futures.ThreadPoolExecutor() to run it in threads."
        ) from exc


def _gather(futures: list[Future[list[Any]]]) -> list[Any]:
    """The records of every batch, in input order; on the first failure the batches not yet
    started are cancelled before the error is raised (as ``Executor.map`` does)."""
    try:
        return [record for future in futures for record in future.result()]
    except BaseException:
        for future in futures:
            future.cancel()
        raise


def _own_pool(work: list[Any], call: Callable[[Any], Any], size: int | None) -> list[Any]:
    """Run ``call`` over ``work`` in a process pool made for this sweep.

    Where workers start by forking (Linux), they inherit the items: a batch is sent as two
    positions and only the records come back, so nothing is pickled on the way out (290 plans
    of 200 activities as JSON are 25 MB, 45 ms of pickling in the parent, issue 20). Elsewhere
    the items are pickled in batches.
    """
    context = multiprocessing.get_context()
    workers = min(os.cpu_count() or 1, len(work))
    batches = _batches(len(work), workers, size)
    if context.get_start_method() == "fork":
        with ProcessPoolExecutor(
            workers, mp_context=context, initializer=_inherit, initargs=(work, call)
        ) as pool:
            return _gather([pool.submit(_run_range, b.start, b.stop) for b in batches])
    batch = _Batch(call)
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        return _gather([pool.submit(batch, work[b.start : b.stop]) for b in batches])


def sweep(
    items: Iterable[Any],
    fn: Callable[[Any], Any],
    executor: Executor | None = None,
    *,
    on_error: OnError = "raise",
    chunksize: int | None = None,
) -> Sweep:
    """``fn(item)`` for every item, as a :class:`Sweep` in input order.

    ``executor``: any :class:`concurrent.futures.Executor`; it is used, not shut down. By
    default a :class:`~concurrent.futures.ProcessPoolExecutor` is created (and shut down) when
    the machine has more than one core; otherwise items run one after another in this
    process. ``on_error="record"`` keeps going when ``fn`` raises and records the error
    instead. ``chunksize`` (process pools only) sends items in batches of that size; by
    default each batch is a share of the items left, so the last ones are single items and
    the workers finish together.
    """
    # Plans go without their caches (index, chain, source positions): cheap to pickle, and
    # ``fn`` sees the same plan whichever executor runs it; the caller's plans are untouched.
    work = [_portable(item) for item in items]
    call: Callable[[Any], Any] = _Guarded(fn) if on_error == "record" else fn
    if not work:
        return Sweep(())
    if executor is None:
        if (os.cpu_count() or 1) < 2 or len(work) < 2:
            return Sweep(tuple(call(item) for item in work))
        _check_importable(fn)
        return Sweep(tuple(_own_pool(work, call, chunksize)))
    if isinstance(executor, ProcessPoolExecutor):
        _check_importable(fn)
        workers = getattr(executor, "_max_workers", None) or os.cpu_count() or 1
        batch = _Batch(call)
        batches = _batches(len(work), workers, chunksize)
        return Sweep(
            tuple(_gather([executor.submit(batch, work[b.start : b.stop]) for b in batches]))
        )
    # Only the Executor interface: works for thread pools, Dask and Ray executors.
    return Sweep(tuple(executor.map(call, work)))


def summarize(plan: ActionPlan) -> dict[str, Any]:
    """A row describing one plan: its size, whether it validates, the findings by code and
    severity, and the activities in each coverage cell (``cell.universal.community`` …).

    A ready-made ``fn`` for :func:`sweep` (module-level, so a process pool can send it).
    """
    from ..graph import unreachable_activities
    from ..rules.engine import validate

    # A copy without the source positions: the row holds counts, not line numbers, and
    # finding the line of every finding would scan the whole file again. The copy keeps the
    # index and chain of governance validate built, so the row derives neither again: the
    # unreachable activities are those of the chain on the date validate judged on (the
    # findings and the count give one answer, and the chain is built once, not twice).
    checked = plan.model_copy()
    report = validate(checked)
    row: dict[str, Any] = {
        "plan": plan.id,
        "activities": len(plan.activities),
        "actors": len(plan.actors),
        "bodies": len(plan.bodies),
        "ok": report.ok,
        "errors": sum(1 for f in report.findings if f.severity == "error"),
        "warnings": sum(1 for f in report.findings if f.severity == "warning"),
        "infos": sum(1 for f in report.findings if f.severity == "info"),
        "codes": " ".join(sorted({f.code for f in report.findings})),
        "unreachable": len(unreachable_activities(checked, report.as_of)),
    }
    for (p, e), n in report.coverage.counts().items():
        row[f"cell.{p.value}.{e.value}"] = n
    return row
