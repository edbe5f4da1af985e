"""generator/render/parallel.py: per-file work spread over forked workers, results in input order."""

from __future__ import annotations

import multiprocessing
import os
import threading

import pytest

from generator.render import parallel

needs_fork = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(),
                                reason="no fork start method on this platform: the work runs in-process")


@needs_fork
def test_work_runs_in_forked_workers_and_comes_back_in_order() -> None:
    lock = threading.Lock()  # not picklable: the work is inherited by the fork, never sent

    def work(i: int) -> tuple[int, int]:
        with lock:
            return i * i, os.getpid()

    results = list(parallel.iter_indexed(work, 300, jobs=2, min_items=10))
    assert [r[0] for r in results] == [i * i for i in range(300)]
    assert {pid for _, pid in results} - {os.getpid()}  # somebody else did (some of) the work
    assert parallel._work is None  # the module-level slot is cleared afterwards


def test_small_jobs_run_here() -> None:
    results = list(parallel.iter_indexed(lambda i: (i, os.getpid()), 5, jobs=2, min_items=10))
    assert results == [(i, os.getpid()) for i in range(5)]


@needs_fork
def test_an_error_in_a_worker_reaches_the_caller() -> None:
    def work(i: int) -> int:
        if i == 57:
            raise ValueError("item 57")
        return i

    with pytest.raises(ValueError, match="item 57"):
        list(parallel.iter_indexed(work, 100, jobs=2, min_items=10))
    assert parallel._work is None
