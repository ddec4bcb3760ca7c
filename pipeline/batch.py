"""Run the stages over a batch: a process pool of whole documents, a progress bar,
records streamed to disk, and a manifest line for every input.

Whole documents go to worker processes (1.9x on two cores, against 1.45x for
nlp.pipe(n_process=2), see ../shared/notes/performance.md); each worker builds the spaCy
pipeline once and runs nlp.pipe over its chunk.
"""
from __future__ import annotations

import os
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from .clean import Cleaned, clean
from .export import Exporter, record_rows
from .ingest import DocumentError, InputError, Source, discover, read
from .normalise import normalise
from .parse import build_nlp, parse
from .schema import ManifestEntry
from .validate import to_record

__all__ = ["InputError", "Summary", "run_batch", "process_documents"]

CHUNK_SIZE = 4            # documents per task: small enough to balance OCR-heavy inputs
HEAVY_SUFFIXES = {".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp", ".docx"}
POOL_THRESHOLD = 4        # below this many inputs a pool costs more (~3 s a worker) than it saves

_nlp = None


def _get_nlp():
    global _nlp
    if _nlp is None:
        _nlp = build_nlp()
    return _nlp


@dataclass
class Summary:
    documents: int = 0
    ok: int = 0
    errors: int = 0
    seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    bytes: int = 0

    def line(self) -> str:
        rate = self.documents / self.seconds if self.seconds else 0.0
        return (f"{self.documents} documents, {self.ok} ok, {self.errors} errors, "
                f"{self.seconds:.1f} s, {rate:.1f} documents/s")


def _error_entry(source: Source, message: str, started: float, **kw) -> ManifestEntry:
    return ManifestEntry(doc_id=source.doc_id, source=source.source, status="error", error=message,
                         seconds=round(time.perf_counter() - started, 4), **kw)


def process_documents(sources: list[Source]) -> list[tuple[str | None, ManifestEntry, dict | None]]:
    """All stages for a few documents; one (record JSON, manifest entry, table rows) each."""
    nlp = _get_nlp()
    results: list = [None] * len(sources)
    ready: list[tuple[int, Cleaned, dict, float, dict]] = []
    for i, source in enumerate(sources):
        started = time.perf_counter()
        stages: dict[str, float] = {}
        loaded = None
        try:
            loaded = read(source)
            stages["ingest"] = time.perf_counter() - started
            mark = time.perf_counter()
            cleaned = clean(loaded)
            stages["clean"] = time.perf_counter() - mark
        except DocumentError as exc:
            results[i] = (None, _error_entry(source, str(exc), started,
                                             kind=loaded.kind if loaded else None,
                                             sha256=loaded.sha256 if loaded else None,
                                             bytes=len(loaded.data) if loaded else None), None)
            continue
        except Exception as exc:  # a bug must not sink the batch; the manifest names it
            results[i] = (None, _error_entry(source, f"internal error while reading: {type(exc).__name__}: {exc}",
                                             started), None)
            continue
        meta = {"source": source.source, "kind": loaded.kind, "title": cleaned.title,
                "published": cleaned.published, "sitename": cleaned.sitename, "warnings": list(cleaned.warnings)}
        info = {"kind": loaded.kind, "sha256": loaded.sha256, "bytes": len(loaded.data),
                "ocr_confidence": cleaned.ocr_confidence}
        ready.append((i, cleaned, meta, started, {"stages": stages, **info}))

    if ready:
        mark = time.perf_counter()
        docs = list(parse(nlp, ((c.text, meta) for _, c, meta, _, _ in ready)))
        total_chars = sum(len(c.text) for _, c, _, _, _ in ready) or 1
        parse_seconds = time.perf_counter() - mark
        for (i, cleaned, meta, started, info), doc in zip(ready, docs):
            source = sources[i]
            stages = info.pop("stages")
            stages["parse"] = parse_seconds * len(cleaned.text) / total_chars
            try:
                mark = time.perf_counter()
                draft = normalise(doc._.draft, doc._.meta)
                stages["normalise"] = time.perf_counter() - mark
                mark = time.perf_counter()
                record = to_record(draft, doc_id=source.doc_id, source=source.source, text=doc.text)
                stages["validate"] = time.perf_counter() - mark
            except DocumentError as exc:
                results[i] = (None, _error_entry(source, str(exc), started, **info), None)
                continue
            except Exception as exc:
                results[i] = (None, _error_entry(source, f"internal error while extracting: "
                                                 f"{type(exc).__name__}: {exc}", started, **info), None)
                continue
            entry = ManifestEntry(doc_id=source.doc_id, source=source.source, status="ok",
                                  seconds=round(sum(stages.values()), 4),
                                  warnings=doc._.meta.get("warnings", []),
                                  stage_seconds={k: round(v, 5) for k, v in stages.items()}, **info)
            results[i] = (record.model_dump_json(), entry, record_rows(record))
    return results


def _chunks(items: list[Source], size: int) -> Iterator[list[Source]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _init_worker() -> None:
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")   # Tesseract: one thread per core
    _get_nlp()


def run_batch(inputs: Iterable[str], out: Path, urls_file: Path | None = None, workers: int = 0,
              progress: bool = True) -> Summary:
    """Extract every input into `out`; raises InputError when an input path does not exist."""
    started = time.perf_counter()
    sources = discover(inputs, urls_file)
    if not sources:
        raise InputError("no input documents found")
    workers = workers or os.cpu_count() or 1
    _get_nlp()   # fails early on a bad rules/pipeline.toml; forked workers inherit the built pipeline
    exporter = Exporter(out)
    summary = Summary()
    # scans and PDFs (seconds of OCR each) go alone and first, so both cores stay busy to the end
    heavy = [s for s in sources if s.path is not None and s.path.suffix.lower() in HEAVY_SUFFIXES]
    light = [s for s in sources if s not in set(heavy)]
    chunks = [[s] for s in heavy] + list(_chunks(light, CHUNK_SIZE))

    pool = None
    if workers > 1 and len(sources) >= POOL_THRESHOLD:
        pool = ProcessPoolExecutor(max_workers=min(workers, len(chunks)), initializer=_init_worker)
        results = pool.map(process_documents, chunks)   # submits every chunk before the bar starts
    else:
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")
        results = map(process_documents, chunks)

    columns = (TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    try:
        with Progress(*columns, disable=not progress, transient=False) as bar:
            task = bar.add_task("extract", total=len(sources))
            for chunk_results in results:
                for record_json, entry, rows in chunk_results:
                    exporter.add(record_json, entry, rows)
                    summary.documents += 1
                    summary.ok += entry.status == "ok"
                    summary.errors += entry.status == "error"
                    summary.bytes += entry.bytes or 0
                    for stage, seconds in entry.stage_seconds.items():
                        summary.stage_seconds[stage] = summary.stage_seconds.get(stage, 0.0) + seconds
                bar.advance(task, len(chunk_results))
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
        exporter.close()
    summary.seconds = time.perf_counter() - started
    return summary
