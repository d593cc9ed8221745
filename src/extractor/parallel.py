"""Shards of documents analysed by a pool of worker processes on one machine.

The main process is one of the workers; the others are started with "spawn": a forked
copy of a process that has loaded spaCy (or its thread pools) is not safe. Each builds
its Analyzer once, as it starts. Only a few shards are in flight at a time, so documents
are read no faster than the workers analyse them and memory stays flat however long the
input is.
"""

from __future__ import annotations

import contextlib
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import TypeVar

from .ingest import Document
from .pipeline import AnalyzerConfig, analyse_shard, worker_analyzer

T = TypeVar("T")
# Shards queued per worker: enough to keep each busy while the main process reads ahead.
IN_FLIGHT_PER_WORKER = 2


def _warm_up(config: AnalyzerConfig) -> None:
    """Load the model as soon as the worker starts, while the parent reads the first
    shards, rather than when the first shard arrives."""
    # A failure here is raised again, with its message, by the first shard.
    with contextlib.suppress(Exception):
        worker_analyzer(config)


def map_shards(
    shards: Iterable[tuple[T, list[Document]]],
    config: AnalyzerConfig,
    *,
    workers: int,
    local: Callable[[list[Document]], list[str]] | None = None,
) -> Iterator[tuple[T, list[str]]]:
    """(tag, payloads) for each (tag, documents) shard, in completion order.

    With ``local`` (this process's own analysis), this process is one of the ``workers``:
    it keeps the others' queues full and analyses a shard itself in between. It would
    otherwise sit idle on a core while a spawned worker first imports everything and
    loads the model again.
    """
    helpers = workers - 1 if local is not None else workers
    pool: ProcessPoolExecutor | None = None
    running: dict[Future, T] = {}
    source = iter(shards)
    exhausted = False

    def take() -> tuple[T, list[Document]] | None:
        nonlocal exhausted
        item = None if exhausted else next(source, None)
        exhausted = item is None
        return item

    try:
        while True:
            # Hand back what the helpers finished, then refill their queues before this
            # process takes a shard of its own, so that none of them runs dry meanwhile.
            for future in [f for f in running if f.done()]:
                yield running.pop(future), future.result()
            while helpers and not exhausted and len(running) < helpers * IN_FLIGHT_PER_WORKER:
                item = take()
                if item is None:
                    break
                if pool is None:  # only once there is work: a cached re-run spawns nothing
                    pool = ProcessPoolExecutor(
                        max_workers=helpers,
                        mp_context=multiprocessing.get_context("spawn"),
                        initializer=_warm_up,
                        initargs=(config,),
                    )
                running[pool.submit(analyse_shard, item[1], config)] = item[0]
            if local is not None and not exhausted:
                item = take()
                if item is not None:
                    yield item[0], local(item[1])
                    continue
            if not running:
                if exhausted:
                    return
                continue
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                yield running.pop(future), future.result()
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
