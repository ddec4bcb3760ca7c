"""Run the stages over a batch: a process pool of whole documents, a progress bar, a
cache that makes reruns incremental and resumable, and a manifest line for every input.

Whole documents go to worker processes (1.9x on two cores, against 1.45x for
nlp.pipe(n_process=2), see ../shared/notes/performance.md); each worker builds the spaCy
pipeline once and runs nlp.pipe over its chunk.

Every finished document goes to the cache at once (`pipeline.cache`), so after a kill the
same command reuses what was done and processes the rest; an input whose bytes and
pipeline version are unchanged is never processed again (`force` processes everything).
Outputs are written under temporary names and renamed into place when the batch is
complete (`pipeline.export`), in input order, so they read the same whether or not a run
was interrupted on the way.
"""
from __future__ import annotations

import os
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path, PurePosixPath
from typing import Iterable, Iterator
from urllib.parse import urlsplit

try:
    import fcntl
except ImportError:   # Windows has no fcntl: runs there are not locked
    fcntl = None

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from .cache import Cache, file_sha256
from .clean import clean
from .errors import DocumentError, InputError
from .extract.common import doc_text
from .export import Exporter, record_rows
from .ingest import Loaded, Source, decode, discover, is_remote, read_bytes
from .schema import ManifestEntry

__all__ = ["InputError", "Summary", "Done", "run_batch", "process_documents", "get_nlp", "is_heavy"]

CHUNK_SIZE = 4            # documents per task: small enough to balance OCR-heavy inputs
HEAVY_SUFFIXES = {".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp", ".docx"}
POOL_THRESHOLD = 4        # below this many inputs a pool costs more (~3 s a worker) than it saves

_nlp = None


def get_nlp():
    """This process's spaCy pipeline, built on first use and kept (one per worker process)."""
    global _nlp
    if _nlp is None:
        from .parse import build_nlp   # spaCy loads only when something is to be parsed

        _nlp = build_nlp()
    return _nlp


@dataclass
class Summary:
    documents: int = 0
    ok: int = 0
    errors: int = 0
    reused: int = 0
    seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    bytes: int = 0

    def add(self, entry: ManifestEntry) -> None:
        """Count one input's manifest entry."""
        self.documents += 1
        self.ok += entry.status == "ok"
        self.errors += entry.status == "error"
        self.reused += entry.reused
        self.bytes += entry.bytes or 0
        if not entry.reused:
            for stage, seconds in entry.stage_seconds.items():
                self.stage_seconds[stage] = self.stage_seconds.get(stage, 0.0) + seconds

    def merge(self, other: "Summary") -> None:
        """Add the counts of another summary (one partition's, say); seconds stay this one's."""
        for name in ("documents", "ok", "errors", "reused", "bytes"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for stage, seconds in other.stage_seconds.items():
            self.stage_seconds[stage] = self.stage_seconds.get(stage, 0.0) + seconds

    def line(self) -> str:
        rate = self.documents / self.seconds if self.seconds else 0.0
        return (f"{self.documents} documents, {self.ok} ok, {self.errors} errors, {self.reused} reused, "
                f"{self.seconds:.1f} s, {rate:.1f} documents/s")


@dataclass
class Done:
    """One finished input: its manifest entry, its record (JSON) and table rows when ok."""

    entry: ManifestEntry
    record_json: str | None = None
    rows: dict[str, list[dict]] | None = None
    key: str | None = None        # cache key; None: not worth caching (an internal or passing error)

    def cached(self) -> dict:
        return {"entry": self.entry.model_dump(mode="json"), "record": self.record_json, "rows": self.rows}

    @classmethod
    def from_cache(cls, value: dict, key: str) -> "Done":
        entry = ManifestEntry.model_validate(value["entry"]).model_copy(update={"reused": True})
        return cls(entry=entry, record_json=value.get("record"), rows=value.get("rows"), key=key)


def _error(source: Source, message: str, started: float, **kw) -> ManifestEntry:
    return ManifestEntry(doc_id=source.doc_id, source=source.source, status="error", error=message,
                         seconds=round(time.perf_counter() - started, 4), **kw)


def _meta(loaded, cleaned) -> dict:
    """What the parse stage knows of a document besides its text."""
    return {"source": loaded.source.source, "kind": loaded.kind, "title": cleaned.title,
            "published": cleaned.published, "sitename": cleaned.sitename, "chrome": list(cleaned.chrome),
            "warnings": list(cleaned.warnings)}


def extract_text(text: str, doc_id: str = "pasted", kind: str = "text"):
    """One pasted document (`kind` "text" or "html") through every stage, in this process, with
    the pipeline kept warm between calls; returns its `Record`. Raises DocumentError (for example
    for an empty text) with the message the manifest would carry.

        >>> from pipeline import extract_text
        >>> extract_text("Bupati Sumber Jaya, Andi Pratama, meluncurkan aplikasi SIGAP ...").officials
    """
    import hashlib

    from .normalise import normalise
    from .parse import parse
    from .validate import to_record

    if kind not in ("text", "html"):
        raise ValueError(f"kind must be 'text' or 'html', not {kind!r}")
    if not text.strip():
        raise DocumentError("empty document: no text")
    data = text.encode("utf-8")
    source = Source(doc_id=doc_id, source=f"pasted:{kind}")
    loaded = Loaded(source=source, kind=kind, text=text, sha256=hashlib.sha256(data).hexdigest(), size=len(data))
    cleaned = clean(loaded)
    [doc] = parse(get_nlp(), [(cleaned.text, _meta(loaded, cleaned))])
    return to_record(normalise(doc._.draft, doc._.meta), doc_id=doc_id, source=source.source, text=doc_text(doc))


def process_documents(sources: list[Source], cache: Cache | None = None, reuse: bool = True) -> list[Done]:
    """All stages for a few documents, one `Done` each, in order.

    With a cache and `reuse`, a document found there after reading its bytes (a URL, say)
    is not processed again.
    """
    from .normalise import normalise
    from .parse import parse
    from .validate import to_record

    nlp = get_nlp()
    version = cache.version if cache is not None else None
    results: list[Done | None] = [None] * len(sources)
    ready: list[tuple] = []
    for i, source in enumerate(sources):
        started = time.perf_counter()
        stages: dict[str, float] = {}
        raw = key = None
        try:
            raw = read_bytes(source)
            if cache is not None:
                key = Cache.key(source.doc_id, source.source, raw.sha256)
                hit = cache.get(key) if reuse else None
                if hit is not None:
                    results[i] = Done.from_cache(hit, key)
                    continue
            loaded = decode(raw)
            stages["ingest"] = time.perf_counter() - started
            mark = time.perf_counter()
            cleaned = clean(loaded)
            stages["clean"] = time.perf_counter() - mark
        except DocumentError as exc:
            info = {"kind": raw.kind, "sha256": raw.sha256, "bytes": len(raw.data)} if raw else {}
            results[i] = Done(_error(source, str(exc), started, pipeline_version=version, **info),
                              key=key if exc.lasting else None)
            continue
        except Exception as exc:  # a bug must not sink the batch; the manifest names it
            results[i] = Done(_error(source, f"internal error while reading: {type(exc).__name__}: {exc}",
                                     started, pipeline_version=version))
            continue
        meta = _meta(loaded, cleaned)
        info = {"kind": loaded.kind, "sha256": loaded.sha256, "bytes": loaded.size,
                "ocr_confidence": cleaned.ocr_confidence, "pipeline_version": version}
        ready.append((i, cleaned, meta, started, stages, info, key))

    if ready:
        mark = time.perf_counter()
        try:
            docs: list = list(parse(nlp, ((c.text, meta) for _, c, meta, *_ in ready)))
        except Exception:   # one document broke a component: parse them one by one to find it
            docs = []
            for _, c, meta, *_ in ready:
                try:
                    docs.extend(parse(nlp, [(c.text, meta)]))
                except Exception as exc:
                    docs.append(exc)
        total_chars = sum(len(c.text) for _, c, *_ in ready) or 1
        parse_seconds = time.perf_counter() - mark
        for (i, cleaned, meta, started, stages, info, key), doc in zip(ready, docs):
            source = sources[i]
            stages["parse"] = parse_seconds * len(cleaned.text) / total_chars
            try:
                if isinstance(doc, Exception):
                    raise doc
                mark = time.perf_counter()
                draft = normalise(doc._.draft, doc._.meta)
                stages["normalise"] = time.perf_counter() - mark
                mark = time.perf_counter()
                record = to_record(draft, doc_id=source.doc_id, source=source.source, text=doc_text(doc))
                stages["validate"] = time.perf_counter() - mark
            except DocumentError as exc:
                info.pop("ocr_confidence")
                results[i] = Done(_error(source, str(exc), started, **info), key=key if exc.lasting else None)
                continue
            except Exception as exc:
                info.pop("ocr_confidence")
                results[i] = Done(_error(source, f"internal error while extracting: {type(exc).__name__}: {exc}",
                                         started, **info))
                continue
            entry = ManifestEntry(doc_id=source.doc_id, source=source.source, status="ok",
                                  seconds=round(sum(stages.values()), 4),
                                  warnings=doc._.meta.get("warnings", []),
                                  stage_seconds={k: round(v, 5) for k, v in stages.items()}, **info)
            results[i] = Done(entry, record.model_dump_json(), record_rows(record), key)
    return results  # type: ignore[return-value]


def is_heavy(source: Source) -> bool:
    """A scan, PDF or Word file (seconds of OCR or layout each): it goes in a task of its own."""
    if source.path is not None:
        suffix = source.path.suffix
    elif source.url is not None and is_remote(source.url):
        suffix = PurePosixPath(urlsplit(source.url).path).suffix
    else:
        return False
    return suffix.lower() in HEAVY_SUFFIXES


def _chunks(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _die_with_parent() -> None:
    """Linux: a worker is killed with the batch (`kill -9` of the command leaves no orphans)."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)   # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _init_worker(lock_fd: int | None) -> None:
    _die_with_parent()
    if lock_fd is not None:   # the forked copy of the output lock belongs to the parent
        try:
            os.close(lock_fd)
        except OSError:
            pass
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")   # Tesseract: one thread per core
    get_nlp()


def _lock(out: Path) -> int:
    """One `extract` at a time per output folder (released by the system if the run is killed)."""
    out.mkdir(parents=True, exist_ok=True)
    fd = os.open(out / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise InputError(f"another `extract` is writing to {out}; wait for it to finish") from None
    except OSError:   # a file system without locks: go on unlocked
        pass
    return fd


def _cached_key(cache: Cache, source: Source) -> str | None:
    """The cache key of an unchanged file found in the cache, read without parsing anything."""
    if source.path is None:
        return None
    sha = file_sha256(source.path)
    if sha is None:
        return None
    key = Cache.key(source.doc_id, source.source, sha)
    return key if cache.get(key) is not None else None


WORKER_DIED = ("the worker process died while processing this document (a crash or out of memory); "
               "the batch went on without it")


def _pooled(chunks: list[list[int]], sources: list[Source], cache: Cache, reuse: bool, workers: int,
            lock_fd: int) -> Iterator[tuple[list[int], list[Done]]]:
    """(chunk, results) from worker processes, in order. A worker that dies does not sink the batch:
    the unfinished documents are tried again one a task, then one at a time, and a document that
    kills its worker when alone gets an error row."""
    pending, stage = chunks, 0    # stage 0: as planned; 1: one document a task; 2: one at a time
    while pending:
        pool = ProcessPoolExecutor(max_workers=min(workers if stage < 2 else 1, len(pending)),
                                   initializer=_init_worker, initargs=(lock_fd,))
        finished = 0
        try:
            tasks = [[sources[i] for i in chunk] for chunk in pending]
            for chunk, results in zip(pending, pool.map(process_documents, tasks, repeat(cache), repeat(reuse))):
                yield chunk, results
                finished += 1
            pending = []
        except BrokenProcessPool:
            pending = pending[finished:]
            if stage == 2:
                culprit, pending = pending[0][0], pending[1:]
                yield [culprit], [Done(_error(sources[culprit], WORKER_DIED, time.perf_counter(),
                                              pipeline_version=cache.version))]
            else:
                stage += 1
                pending = [[i] for chunk in pending for i in chunk]
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def run_batch(inputs: Iterable[str], out: Path, urls_file: Path | None = None, workers: int = 0,
              progress: bool = True, force: bool = False) -> Summary:
    """Extract every input into `out`; raises InputError when an input path does not exist.

    Unchanged inputs are taken from the cache in `out` unless `force`.
    """
    started = time.perf_counter()
    sources = discover(inputs, urls_file)
    if not sources:
        raise InputError("no input documents found")
    lock_fd = _lock(out)
    try:
        return _run(sources, out, started, workers or os.cpu_count() or 1, progress, force, lock_fd)
    finally:
        os.close(lock_fd)


def _run(sources: list[Source], out: Path, started: float, workers: int, progress: bool, force: bool,
         lock_fd: int) -> Summary:
    cache = Cache(out)
    done: dict[int, Done | str] = {}   # a str is the key of a cached result, loaded when its turn comes
    if not force:
        for i, source in enumerate(sources):
            key = _cached_key(cache, source)
            if key is not None:
                done[i] = key
    todo = [i for i in range(len(sources)) if i not in done]
    # scans and PDFs (seconds of OCR each) go alone and first, so both cores stay busy to the end
    heavy = [i for i in todo if is_heavy(sources[i])]
    heavy_set = set(heavy)
    chunks = [[i] for i in heavy] + list(_chunks([i for i in todo if i not in heavy_set], CHUNK_SIZE))

    results: Iterator[tuple[list[int], list[Done]]] = iter(())
    if chunks:
        get_nlp()   # fails early on a bad rules/pipeline.toml; forked workers inherit the built pipeline
        if workers > 1 and len(todo) >= POOL_THRESHOLD:
            results = _pooled(chunks, sources, cache, not force, workers, lock_fd)
        else:
            os.environ.setdefault("OMP_THREAD_LIMIT", "1")
            results = ((chunk, process_documents([sources[i] for i in chunk], cache, not force))
                       for chunk in chunks)

    exporter = Exporter(out)
    summary = Summary()
    emitted = 0

    def emit() -> None:   # outputs in input order, whatever order documents finish in
        nonlocal emitted
        while emitted in done:
            item = done.pop(emitted)
            if isinstance(item, str):
                value = cache.get(item)
                if value is None:
                    raise RuntimeError(f"cache entry {item} vanished during the run; run again")
                item = Done.from_cache(value, item)
            exporter.add(item.record_json, item.entry, item.rows)
            summary.add(item.entry)
            emitted += 1

    columns = (TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    try:
        with Progress(*columns, disable=not progress, transient=False) as bar:
            task = bar.add_task("extract", total=len(sources), completed=len(done))
            emit()
            for chunk, chunk_results in results:
                for i, item in zip(chunk, chunk_results):
                    if item.key is not None and not item.entry.reused:
                        cache.put(item.key, item.cached())   # durable before anything else
                    done[i] = item
                bar.advance(task, len(chunk_results))
                emit()
        assert emitted == len(sources), "every input gets exactly one manifest row"
    except BaseException:
        exporter.abort()   # the previous complete outputs stay; the cache keeps what was done
        raise
    finally:
        if hasattr(results, "close"):
            results.close()   # a generator: stops its worker pool
    exporter.close()
    cache.prune()
    summary.seconds = time.perf_counter() - started
    return summary
