"""Shards of documents analysed by a pool of worker processes on one machine.

Workers are started with "spawn": a forked copy of a process that has loaded spaCy (or
its thread pools) is not safe. Each worker builds its Analyzer once, on its first shard.
Only a few shards are in flight at a time, so documents are read no faster than the
workers analyse them and memory stays flat however long the input is.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import TypeVar

from .ingest import Document
from .pipeline import AnalyzerConfig, analyse_shard

T = TypeVar("T")
# Shards queued per worker: enough to keep each busy while the main process reads ahead.
IN_FLIGHT_PER_WORKER = 2


def map_shards(
    shards: Iterable[tuple[T, list[Document]]], config: AnalyzerConfig, *, workers: int
) -> Iterator[tuple[T, list[str]]]:
    """(tag, payloads) for each (tag, documents) shard, in completion order."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        running: dict[Future, T] = {}
        source = iter(shards)
        exhausted = False
        while running or not exhausted:
            while not exhausted and len(running) < workers * IN_FLIGHT_PER_WORKER:
                item = next(source, None)
                if item is None:
                    exhausted = True
                    break
                tag, docs = item
                running[pool.submit(analyse_shard, docs, config)] = tag
            if not running:
                break
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                tag = running.pop(future)
                yield tag, future.result()
