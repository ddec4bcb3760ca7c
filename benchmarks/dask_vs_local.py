"""The Dask engine's throughput as a ratio of the local process pool's, on the same documents.

    .venv/bin/python benchmarks/dask_vs_local.py                 # 1,000 copies of the devset text documents
    .venv/bin/python benchmarks/dask_vs_local.py --docs data/raw --n 200

Both engines run on this machine with one worker process per core (`--workers`): the local
pool (`run_batch`, as `extract` runs) and `run_dask` on a LocalCluster of single-threaded
worker processes, started as `extract --engine dask` starts it (`engine_dask.connect`). Each
run starts from an empty output folder (no cache). The Dask figure is given twice: on the
running cluster (what a long-lived cluster sees) and with the cluster's start-up included.
The spaCy pipeline is built once before both runs (both engines fork their workers from a
process that has it) and its build time is printed apart.
Prints docs/s for each, the ratios (target >= 0.85) and docs/s per core for sizing.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.batch import get_nlp, run_batch  # noqa: E402
from pipeline.engine_dask import connect, run_dask  # noqa: E402

DEVSET = ROOT.parent / "shared" / "devset" / "docs"
SCANS = {".png", ".jpg", ".jpeg", ".pdf", ".tif", ".tiff"}


def stage(src: Path, n: int, into: Path) -> list[Path]:
    """N text documents: copies of SRC's text files, round robin (as throughput.py stages them)."""
    files = [p for p in sorted(src.iterdir()) if p.is_file() and p.suffix.lower() not in SCANS]
    if not files:
        raise SystemExit(f"no text documents in {src}")
    out = []
    for i in range(n):
        f = files[i % len(files)]
        target = into / f"{f.stem}--{i // len(files)}{f.suffix}"
        shutil.copyfile(f, target)
        out.append(target)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=Path, default=DEVSET if DEVSET.is_dir() else ROOT / "data" / "raw")
    ap.add_argument("--n", type=int, default=1000, help="documents")
    ap.add_argument("--workers", type=int, default=0, help="worker processes for both engines (0: one per core)")
    ap.add_argument("--partition-size", type=int, default=32)
    args = ap.parse_args()
    workers = args.workers or os.cpu_count() or 1

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        inputs = tmp / "in"
        inputs.mkdir()
        files = stage(args.docs, args.n, inputs)
        print(f"{len(files)} documents from {args.docs}, {workers} worker processes")

        mark = time.perf_counter()
        get_nlp()   # built once in this process and forked into both engines' workers: timed apart
        print(f"pipeline build: {time.perf_counter() - mark:.1f} s (once, before both runs)")

        local = run_batch([str(inputs)], tmp / "local", workers=workers, progress=False)
        local_rate = local.documents / local.seconds
        print(f"local pool:             {local.line()}")

        start = time.perf_counter()
        with connect(None, workers) as client:   # the local cluster `extract --engine dask` starts
            startup = time.perf_counter() - start
            dask = run_dask([str(inputs)], tmp / "dask", client=client, progress=False,
                            partition_size=args.partition_size)
        dask_rate = dask.documents / dask.seconds
        cold_rate = dask.documents / (dask.seconds + startup)
        print(f"dask, running cluster:  {dask.line()}")
        print(f"dask, with start-up:    {cold_rate:.1f} documents/s (cluster start {startup:.1f} s)")
        print(f"ratio dask/local: {dask_rate / local_rate:.2f} on a running cluster, "
              f"{cold_rate / local_rate:.2f} with start-up (target >= 0.85)")
        print(f"per core: local {local_rate / workers:.2f}, dask {dask_rate / workers:.2f} documents/s; "
              f"10 million documents take {1e7 / (dask_rate / workers) / 3600:.0f} core-hours on the Dask engine")
    return 0


if __name__ == "__main__":
    sys.exit(main())
