"""HTML throughput of `extract` against trafilatura alone on the same pages.

    .venv/bin/python benchmarks/html_vs_trafilatura.py --copies 8 --rounds 3

Stores N copies of the real news pages in ../shared/corpus/html, then alternates, round by
round: trafilatura's `bare_extraction(with_metadata=True)` alone over every page in a pool of
one process per core, and the whole pipeline (`run_batch`, same number of processes, cache
off) over the same pages. Prints pages/s of each and the ratio (issue 13's target: >= 0.9).
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.batch import run_batch  # noqa: E402

PAGES = ROOT.parent / "shared" / "corpus" / "html"


def _trafilatura(paths: list[str]) -> int:
    import trafilatura

    for p in paths:
        trafilatura.bare_extraction(Path(p).read_text(encoding="utf-8", errors="replace"), with_metadata=True)
    return len(paths)


def trafilatura_alone(files: list[Path], workers: int) -> float:
    chunks = [[str(f) for f in files[i::workers * 4]] for i in range(workers * 4)]
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        done = sum(pool.map(_trafilatura, chunks))
    return done / (time.perf_counter() - started)


def pipeline(inputs: Path, out: Path, workers: int) -> float:
    shutil.rmtree(out, ignore_errors=True)
    summary = run_batch([str(inputs)], out, workers=workers, progress=False, force=True)
    return summary.documents / summary.seconds


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=8)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()
    pages = sorted(PAGES.glob("*.html"))
    if not pages:
        print(f"no pages at {PAGES}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "in"
        inputs.mkdir()
        files = []
        for n in range(args.copies):
            for p in pages:
                target = inputs / f"{p.stem}--{n}.html"
                shutil.copyfile(p, target)
                files.append(target)
        alone, ours = [], []
        for r in range(args.rounds):
            alone.append(trafilatura_alone(files, args.workers))
            ours.append(pipeline(inputs, Path(tmp) / "out", args.workers))
            print(f"round {r + 1}: trafilatura alone {alone[-1]:.1f} pages/s, pipeline {ours[-1]:.1f} pages/s")
    a, o = statistics.median(alone), statistics.median(ours)
    print(f"{len(files)} pages, {args.workers} processes: trafilatura alone {a:.1f} pages/s, "
          f"pipeline {o:.1f} pages/s, ratio {o / a:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
