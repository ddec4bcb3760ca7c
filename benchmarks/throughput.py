"""Throughput of the whole pipeline on N copies of the devset documents.

    .venv/bin/python benchmarks/throughput.py --copies 10            # text documents
    .venv/bin/python benchmarks/throughput.py --copies 2 --with-scans
    .venv/bin/python benchmarks/throughput.py --copies 435 --rss --finish   # peak memory of ~10,000 documents

Prints documents/s and MB/s for the batch (process pool over both cores, as `extract`
runs it), the share of time per stage from the manifest, and the share of each parse
component (dates, regions, officials...) measured in a second, single-process pass.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.batch import run_batch  # noqa: E402
from pipeline.clean import clean  # noqa: E402
from pipeline.ingest import Source, read  # noqa: E402
from pipeline.parse import build_nlp, make_doc  # noqa: E402

DEVSET = ROOT.parent / "shared" / "devset" / "docs"
BATCH = 16   # parse.parse's nlp.pipe batch size
SCANS = {".png", ".jpg", ".pdf", ".tif"}


def stage_copies(src: Path, copies: int, with_scans: bool, into: Path) -> list[Path]:
    files = [p for p in sorted(src.iterdir()) if p.is_file() and (with_scans or p.suffix.lower() not in SCANS)]
    out = []
    for n in range(copies):
        for f in files:
            target = into / f"{f.stem}--{n}{f.suffix}"
            shutil.copyfile(f, target)
            out.append(target)
    return out


def component_shares(files: list[Path]) -> dict[str, float]:
    """Seconds per parse component over the (distinct) text documents, in one process.

    Components run as `parse` runs them: in batches of 16 documents (a component with a
    `pipe` method, such as the trained `ner`, gets the whole batch), after one warm-up pass.
    """
    nlp = build_nlp()
    texts = []
    for path in files:
        cleaned = clean(read(Source(doc_id=path.stem, source=str(path), path=path)))
        texts.append((cleaned.text, {"title": cleaned.title, "published": cleaned.published}))
    seconds: dict[str, float] = defaultdict(float)
    for timed in (False, True):
        for start in range(0, len(texts), BATCH):
            docs = [make_doc(nlp, text, meta) for text, meta in texts[start:start + BATCH]]
            for name, proc in nlp.pipeline:
                t = time.perf_counter()
                docs = list(proc.pipe(docs, batch_size=BATCH)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
                if timed:
                    seconds[name] += time.perf_counter() - t
    return dict(seconds)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=5, help="copies of each devset document")
    ap.add_argument("--with-scans", action="store_true", help="include the scanned PNG/PDF forms (OCR)")
    ap.add_argument("--workers", type=int, default=0, help="worker processes (0: one per core)")
    ap.add_argument("--docs", type=Path, default=DEVSET)
    ap.add_argument("--rss", action="store_true",
                    help="print the peak resident memory of the batch (this process and its workers) and stop")
    ap.add_argument("--finish", action="store_true",
                    help="also load the registry and build the review site, as `extract` does")
    args = ap.parse_args()
    if not args.docs.is_dir():
        print(f"no documents at {args.docs}", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        inputs = tmp / "in"
        inputs.mkdir()
        files = stage_copies(args.docs, args.copies, args.with_scans, inputs)
        megabytes = sum(f.stat().st_size for f in files) / 1e6
        summary = run_batch([str(inputs)], tmp / "out", workers=args.workers, progress=False)
        if args.finish:
            from pipeline.finish import finish

            finish(tmp / "out")
        if args.rss:
            import resource

            own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            print(summary.line())
            print(f"peak RSS, {len(files)} documents: {max(own, workers):.0f} MB "
                  f"(batch process {own:.0f} MB, largest worker {workers:.0f} MB)")
            return 0
        stages: dict[str, float] = defaultdict(float)
        for line in (tmp / "out" / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
            for stage, sec in json.loads(line).get("stage_seconds", {}).items():
                stages[stage] += sec
        print(summary.line())
        print(f"{len(files)} documents, {megabytes:.2f} MB in {summary.seconds:.2f} s: "
              f"{summary.documents / summary.seconds:.1f} documents/s, {megabytes / summary.seconds:.3f} MB/s "
              f"(wall clock, including the pipeline's start: ~0.7 s here)")
        total = sum(stages.values()) or 1.0
        print("share of CPU time per stage: " + ", ".join(f"{k} {v / total:.0%}" for k, v in stages.items()))
        texts = [f for f in files if f.suffix.lower() not in SCANS][: len(files) // max(args.copies, 1)]
        comps = component_shares(texts)
        ctotal = sum(comps.values()) or 1.0
        per_doc = {k: 1000 * v / max(len(texts), 1) for k, v in comps.items()}
        print("parse components, ms per document (share): " + ", ".join(
            f"{k.replace('inovasi_', '')} {per_doc[k]:.1f} ({v / ctotal:.0%})" for k, v in comps.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
