"""Ordered, bounded-memory parallel map of Records to JSONL lines.

``multiprocessing.Pool.imap`` would drain the whole input iterator into its task
queue (its feeder thread does not wait), so a multi-GB WARC would be read into memory.
Here at most ``window`` chunks are in flight; results are taken back in submission
order, which keeps the output order equal to the input order whatever the timing.
"""
from __future__ import annotations

import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, Callable, Iterable, Iterator, Mapping

from .records import Record
from .worker import dumps_row, process_chunk, process_record


def default_workers() -> int:
    """Cores this process may use (respects taskset/cgroup affinity where the OS tells)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class RunOptions:
    workers: int = 1
    chunk_size: int = 32
    window: int = 0  # chunks in flight; 0 = 4 per worker
    options: Mapping[str, Any] = field(default_factory=dict)
    with_lines: bool = False


def chunked(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    it = iter(records)
    while chunk := list(islice(it, size)):
        yield chunk


def _crashed(chunk: list[Record], reason: str) -> tuple[list[str], int]:
    failed = [Record(id=r.id, origin=r.origin, url=r.url, meta=r.meta, error=reason) for r in chunk]
    return [dumps_row(process_record(r)) for r in failed], len(failed)


def map_records(
    records: Iterable[Record], run: RunOptions, emit: Callable[[list[str], int], None]
) -> None:
    """Process ``records``; call ``emit(lines, n_errors)`` per chunk, in input order."""
    chunks = chunked(records, max(1, run.chunk_size))
    if run.workers <= 1:
        for chunk in chunks:
            emit(*process_chunk(chunk, run.options, run.with_lines))
        return
    window = run.window or 4 * run.workers
    # Each entry: [chunk, future, failures]. A worker that dies (OOM kill, segfault) breaks
    # the whole pool: chunks that had finished keep their results, the others are retried
    # on a fresh pool, and a chunk that failed twice becomes error rows. Every failure
    # counts, so the loop always ends: a poison record can neither hang the run nor
    # silently lose its neighbours (at worst chunks in flight with it twice are reported).
    pending: deque[list[Any]] = deque()
    pool = ProcessPoolExecutor(max_workers=run.workers)

    def start(chunk: list[Record]) -> Future:
        try:
            return pool.submit(process_chunk, chunk, dict(run.options), run.with_lines)
        except BrokenProcessPool as exc:  # the pool broke since the last drain
            return _failed(exc)

    def restart(exc: BaseException) -> None:
        nonlocal pool
        pool.shutdown(wait=True, cancel_futures=True)
        pool = ProcessPoolExecutor(max_workers=run.workers)
        old = list(pending)
        pending.clear()
        for chunk, fut, failures in old:  # same order as before: output order is preserved
            if fut.done() and not fut.cancelled() and fut.exception() is None:
                pending.append([chunk, fut, failures])
            elif failures >= 1:
                pending.append([chunk, _done(_crashed(chunk, f"worker process died twice: {exc!r}")), failures + 1])
            else:
                pending.append([chunk, start(chunk), failures + 1])

    def drain_one() -> None:
        try:
            lines, errors = pending[0][1].result()
        except BrokenProcessPool as exc:
            restart(exc)
            return
        pending.popleft()
        emit(lines, errors)

    try:
        for chunk in chunks:
            pending.append([chunk, start(chunk), 0])
            while len(pending) >= window:
                drain_one()
        while pending:
            drain_one()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _done(value: Any) -> Future:
    fut: Future = Future()
    fut.set_result(value)
    return fut


def _failed(exc: BaseException) -> Future:
    fut: Future = Future()
    fut.set_exception(exc)
    return fut
