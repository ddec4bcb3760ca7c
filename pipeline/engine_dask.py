"""`extract --engine dask`: the same per-document function on a Dask cluster.

    inovasi extract docs/ --out out/ --engine dask                        # a local cluster, a worker per core
    inovasi extract s3://bucket/docs/ --out s3://bucket/out/ --scheduler tcp://HOST:8786

The client lists the inputs (paths and URLs only) and cuts them into partitions: runs of
consecutive inputs, a scan or PDF alone; the same inputs always make the same partitions.
A task gets a partition's paths, never its bytes: the worker reads its own inputs, runs
`batch.process_documents` (the local engine's function, with its cache look-ups), stores each
new result in the cache (OUT/.cache, as the local engine does) and writes the partition's
shards (`pipeline.shards`); only a small summary goes back to the client.

Each worker process builds the spaCy pipeline once, when it starts (`BuildPipeline`, a worker
plugin calling `batch.get_nlp`, the per-process builder of the local pool), and keeps it for
every task. A worker that dies mid-run: the scheduler gives its partitions to another worker
(`retries` also covers a task that raised), and the partition, named by its number, overwrites
whatever it wrote before: nothing is lost or written twice. A partition that keeps killing its
workers is run again one document a task, and a document that still kills its worker gets an
error row, as in the local engine. OUT/manifest.jsonl is written last, when every partition
is done.
"""
from __future__ import annotations

import logging
import os
import sys
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Iterator

from distributed.diagnostics.plugin import WorkerPlugin
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from .batch import WORKER_DIED, Done, Summary, _error, _lock, get_nlp, is_heavy, process_documents
from .cache import Cache, FsCache, pipeline_version
from .errors import InputError
from .ingest import Source, discover
from .shards import Shards

__all__ = ["run_dask", "plan", "BuildPipeline", "PARTITION_SIZE"]

PARTITION_SIZE = 32   # documents per partition (and per shard): few enough files, tasks of a few seconds
RETRIES = 3           # a task that raised (a passing storage error) is run again this many times
PLUGIN = "inovasi-build-pipeline"


class BuildPipeline(WorkerPlugin):
    """Builds the spaCy pipeline once in each worker process, when the worker starts (and again
    in a worker the nanny restarts), so no task ever pays for it."""

    name = PLUGIN

    def setup(self, worker) -> None:
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")   # Tesseract: one thread per worker
        get_nlp()


def plan(sources: list[Source], size: int = PARTITION_SIZE) -> list[list[int]]:
    """Partitions of input positions: consecutive inputs, at most SIZE, a heavy input alone.
    Partition numbers follow input order, so the shards read in order give the inputs in order."""
    parts: list[list[int]] = []
    current: list[int] = []
    for i, source in enumerate(sources):
        if is_heavy(source):
            if current:
                parts.append(current)
                current = []
            parts.append([i])
            continue
        current.append(i)
        if len(current) >= size:
            parts.append(current)
            current = []
    if current:
        parts.append(current)
    return parts


@dataclass
class DaskSummary(Summary):
    pipelines: set[str] = field(default_factory=set)   # "pid:id" of each spaCy pipeline that did work


@dataclass
class PartResult:
    part: int
    summary: Summary
    pipeline: str     # "pid:id" of the spaCy pipeline that did the work (one per worker process)


def _check_version(version: str) -> None:
    mine = pipeline_version()
    if mine != version:
        raise RuntimeError(f"this worker runs pipeline version {mine}, the client {version}: "
                           "install the same code, rules and model on every worker")


def _processed(sources: list[Source], cache: Cache, reuse: bool) -> list[Done]:
    results = process_documents(sources, cache, reuse)
    for item in results:
        if item.key is not None and not item.entry.reused:
            cache.put(item.key, item.cached())   # durable before the shard
    return results


def run_partition(part: int, sources: list[Source], shards: Shards, cache: Cache, reuse: bool,
                  version: str) -> PartResult:
    """A task: one partition, read, extracted and written by the worker."""
    _check_version(version)
    results = _processed(sources, cache, reuse)
    shards.write(part, results)
    summary = Summary()
    for item in results:
        summary.add(item.entry)
    return PartResult(part, summary, f"{os.getpid()}:{id(get_nlp())}")


def run_alone(source: Source, cache: Cache, reuse: bool, version: str) -> Done:
    """A task: one document of a partition that kept killing its workers."""
    _check_version(version)
    return _processed([source], cache, reuse)[0]


@contextmanager
def connect(scheduler: str | None, workers: int) -> Iterator:
    """A client of the cluster at SCHEDULER, or of a local cluster: WORKERS processes
    (0: one per core), one thread each, closed afterwards.

    On Linux the local cluster's workers are forked from this process after it has built the
    spaCy pipeline, as the local pool's are: they start in a fraction of a second with the
    pipeline built (spawned, each would import and build it again: seconds per worker).
    """
    import dask
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    method = "spawn"
    if sys.platform.startswith("linux"):
        get_nlp()   # also fails early on a bad rules/pipeline.toml
        method = "fork"
    with dask.config.set({"distributed.worker.multiprocessing-method": method}), \
            LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                         dashboard_address=":0", silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        yield client


def run_dask(inputs: Iterable[str], out: str | Path, urls_file: Path | None = None, scheduler: str | None = None,
             workers: int = 0, progress: bool = True, force: bool = False,
             partition_size: int = PARTITION_SIZE, client=None) -> DaskSummary:
    """Extract every input into OUT (a path or an fsspec URL) on a Dask cluster: the scheduler
    at SCHEDULER, the given CLIENT's, or a local one. Raises InputError as `run_batch` does."""
    started = time.perf_counter()
    sources = [replace(s, path=s.path.absolute()) if s.path is not None else s for s in discover(inputs, urls_file)]
    if not sources:
        raise InputError("no input documents found")
    if partition_size < 1:
        raise InputError("--partition-size must be at least 1")
    shards = Shards(out)
    lock_fd = _lock(shards.local) if shards.local is not None else None
    try:
        if client is not None:
            summary = _run(client, sources, shards, force, partition_size, progress)
        else:
            with connect(scheduler, workers) as own:
                summary = _run(own, sources, shards, force, partition_size, progress)
    finally:
        if lock_fd is not None:
            os.close(lock_fd)
    summary.seconds = time.perf_counter() - started
    return summary


def _run(client, sources: list[Source], shards: Shards, force: bool, size: int, progress: bool) -> DaskSummary:
    from distributed import as_completed

    version = pipeline_version()
    cache = Cache(shards.local, version) if shards.local is not None else FsCache(shards.url, version)
    client.register_plugin(BuildPipeline(), name=PLUGIN)
    parts = plan(sources, size)
    run = uuid.uuid4().hex[:8]   # keys of this run only: a long-lived cluster never hands back an earlier result
    futures = {}
    for n, positions in enumerate(parts):
        chunk = [sources[i] for i in positions]
        future = client.submit(run_partition, n, chunk, shards, cache, not force, version,
                               key=f"inovasi-part-{n:05d}-{run}", retries=RETRIES, pure=False,
                               priority=1 if len(chunk) == 1 and is_heavy(chunk[0]) else 0)
        futures[future] = n
    summary = DaskSummary()
    columns = (TextColumn("[bold]extract (dask)"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, disable=not progress, transient=False) as bar:
        task = bar.add_task("extract", total=len(sources))
        for future in as_completed(list(futures)):
            n = futures.pop(future)
            try:
                result: PartResult = future.result()
            except Exception:   # a partition that kept killing workers (or raised RETRIES times)
                part_summary = _isolate(client, n, [sources[i] for i in parts[n]], shards, cache, not force, version)
            else:
                part_summary = result.summary
                summary.pipelines.add(result.pipeline)
            summary.merge(part_summary)
            bar.advance(task, part_summary.documents)
            future.release()
    assert summary.documents == len(sources), "every input gets exactly one manifest row"
    shards.finish(len(parts))
    cache.prune()
    return summary


def _isolate(client, part: int, sources: list[Source], shards: Shards, cache: Cache, reuse: bool,
             version: str) -> Summary:
    """Partition PART again, one document a task; a document whose task fails gets an error row.
    The client writes this partition's shards (its records are few)."""
    from distributed import wait

    futures = [client.submit(run_alone, s, cache, reuse, version, pure=False, retries=0) for s in sources]
    wait(futures)
    results = []
    for source, future in zip(sources, futures):
        try:
            results.append(future.result())
        except Exception as exc:
            died = type(exc).__name__ == "KilledWorker"
            message = WORKER_DIED if died else f"internal error on the cluster: {type(exc).__name__}: {exc}"
            results.append(Done(_error(source, message, time.perf_counter(), pipeline_version=version)))
    shards.write(part, results)
    summary = Summary()
    for item in results:
        summary.add(item.entry)
    return summary
