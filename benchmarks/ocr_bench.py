"""OCR seconds per page over scanned documents (images and image-only PDFs).

    python benchmarks/ocr_bench.py [FOLDER_OR_FILES ...] [--repeat N]

Default input: ../shared/devset/docs (files with "scan" in the name). Prints, per file,
the pages OCRed, wall and CPU seconds per page (whole extract_binary_text: render/preprocess/Tesseract/
clean-up) and the mean OCR confidence, then the median seconds per page. Tesseract always
runs with OMP_THREAD_LIMIT=1 (one page per core); run two processes to use two cores.
"""
from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import ocr  # noqa: E402
from pipeline.ingest import DocumentError, Source, read  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "devset" / "docs"


def _cpu() -> float:
    """CPU seconds of this process and its finished children (the tesseract runs)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def scans(inputs: list[str]) -> list[Path]:
    paths: list[Path] = []
    for given in inputs or [str(DEFAULT)]:
        p = Path(given)
        if p.is_dir():
            paths += sorted(c for c in p.iterdir()
                            if c.suffix.lower() in {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".pdf"}
                            and (inputs or "scan" in c.name))
        else:
            paths.append(p)
    return paths


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="*")
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()
    per_page: list[float] = []
    cpu_page: list[float] = []
    print(f"{'file':55} {'pages':>5} {'s/page':>7} {'cpu/pg':>7} {'conf':>5}")
    for path in scans(args.inputs):
        loaded = read(Source(doc_id=path.stem, source=str(path), path=path))
        for _ in range(args.repeat):
            pages: list[ocr.PageText] = []
            real = ocr.ocr_image

            def counting(*a, **k):
                page = real(*a, **k)
                pages.append(page)
                return page

            ocr.ocr_image = counting
            started = time.perf_counter()
            cpu0 = _cpu()
            try:
                cleaned = ocr.extract_binary_text(loaded)
            except DocumentError as exc:
                print(f"{path.name:55} error: {exc}")
                continue
            finally:
                ocr.ocr_image = real
            seconds = time.perf_counter() - started
            cpu = _cpu() - cpu0
            n = max(1, len(pages))
            per_page.append(seconds / n)
            cpu_page.append(cpu / n)
            print(f"{path.name:55} {len(pages):5d} {seconds / n:7.2f} {cpu / n:7.2f} "
                  f"{cleaned.ocr_confidence or 0:5.1f}")
    if per_page:
        print(f"wall: median {statistics.median(per_page):.2f} s/page, mean {statistics.mean(per_page):.2f}; "
              f"CPU (this process + tesseract): median {statistics.median(cpu_page):.2f} s/page "
              f"over {len(per_page)} runs; load average {__import__('os').getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
