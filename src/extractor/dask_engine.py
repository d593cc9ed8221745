"""Shards of documents analysed on a Dask cluster (the optional ``dask`` extra).

The same per-shard function as the local engines runs on each Dask worker, which keeps one
Analyzer per worker thread across shards. Without a scheduler address a LocalCluster of
``workers`` single-threaded processes is started for the run and closed after it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

from .errors import ExtractorError
from .ingest import Document
from .pipeline import AnalyzerConfig, analyse_shard

T = TypeVar("T")
IN_FLIGHT_PER_WORKER = 2
INSTALL_HINT = 'the dask engine needs the optional extra: pip install -e ".[dask]"'


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError as exc:
        raise ExtractorError(f"{INSTALL_HINT} ({exc})") from None
    return distributed


@contextlib.contextmanager
def client_for(scheduler: str | None, workers: int) -> Iterator[Any]:
    distributed = _import_distributed()
    if scheduler:
        try:
            client = distributed.Client(scheduler, timeout="20s")
        except OSError as exc:
            raise ExtractorError(f"cannot reach the Dask scheduler {scheduler!r}: {exc}") from None
        with client:
            yield client
        return
    cluster = distributed.LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=40,  # logging.ERROR: a run's stderr is for its own messages
    )
    with cluster, distributed.Client(cluster) as client:
        yield client


def map_shards(
    shards: Iterable[tuple[T, list[Document]]],
    config: AnalyzerConfig,
    *,
    workers: int = 1,
    scheduler: str | None = None,
) -> Iterator[tuple[T, list[str]]]:
    """(tag, payloads) for each (tag, documents) shard, in completion order."""
    distributed = _import_distributed()
    with client_for(scheduler, workers) as client:
        slots = max(1, sum(client.nthreads().values())) * IN_FLIGHT_PER_WORKER
        running: dict[Any, T] = {}
        source = iter(shards)
        exhausted = False
        while running or not exhausted:
            while not exhausted and len(running) < slots:
                item = next(source, None)
                if item is None:
                    exhausted = True
                    break
                tag, docs = item
                # pure=False: two shards with equal content are still two tasks to run.
                running[client.submit(analyse_shard, docs, config, pure=False)] = tag
            if not running:
                break
            done = distributed.wait(list(running), return_when="FIRST_COMPLETED").done
            for future in done:
                tag = running.pop(future)
                result = future.result()
                future.release()
                yield tag, result
