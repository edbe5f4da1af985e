"""Per-file work on every core, with the result in input order (so the output is deterministic).

Rendering a file needs the whole file plan (views over the IR): sending it to worker processes
would cost more than the rendering.  Forked workers inherit it instead: the work function is put
where the children find it before the pool forks them, and only indices go out and results
(rendered text) come back.  Without ``fork`` (Windows, macOS' default), or for a small job, the
work runs here, one item after the other.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")

# Below this many items, starting workers costs more than it saves.
MIN_ITEMS = 200

_work: Callable[[int], Any] | None = None  # the job the forked workers run, by index


def _run(index: int) -> Any:
    if _work is None:  # a worker that was not forked from iter_indexed
        raise RuntimeError("parallel.iter_indexed: no work in this process")
    return _work(index)


def workers() -> int:
    """Cores this process may use (its CPU affinity, where the platform tells)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def iter_indexed(work: Callable[[int], T], count: int, *, jobs: int | None = None,
                 min_items: int = MIN_ITEMS) -> Iterator[T]:
    """``work(0), ..., work(count - 1)`` in that order, each as soon as it is ready, so the caller
    can consume (write) the first results while workers still compute the rest.  The workers
    start at once, so the caller can do other work before it reads; closing the iterator early
    cancels the work not yet started."""
    global _work
    jobs = jobs or workers()
    if count < min_items or jobs < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return (work(i) for i in range(count))
    _work = work
    pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"))
    try:
        # forks the workers and hands out all the work now; small chunks: a few API modules are
        # far bigger than the rest
        results = pool.map(_run, range(count), chunksize=max(1, count // (jobs * 16)))
    except BaseException:
        _finish(pool)
        raise
    return _results(pool, results)


def _results(pool: ProcessPoolExecutor, results: Iterator[T]) -> Iterator[T]:
    try:
        yield from results
    finally:
        _finish(pool)


def _finish(pool: ProcessPoolExecutor) -> None:
    global _work
    _work = None
    pool.shutdown(wait=True, cancel_futures=True)
