"""Scans as offices make them: character error rate, form-field F1 and OCR CPU seconds per page,
the pipeline's OCR (preprocessing + Tesseract) against Tesseract alone on the same image.

    python benchmarks/scan_bench.py                       # the scan test set (tests/fixtures)
    python benchmarks/scan_bench.py --forms DIR --gold G  # typed forms DIR/*.txt rendered in
                                                          # every condition, gold records in G
    python benchmarks/scan_bench.py --conditions phone,fax --keep /tmp/scans

Images are rendered by tests/fixtures/scans/make_scans.py into a temporary folder (or --keep).
"Tesseract alone" is `tesseract IMAGE stdout -l ind --psm 3` on the image file itself (a PDF's
pages rendered at the pipeline's PDF resolution), one thread (OMP_THREAD_LIMIT=1) as the
pipeline runs it. CER: Levenshtein distance / length of the typed text, over the text with
white space collapsed and table punctuation (| :) dropped. Field F1: the innovation fields
(name, long_name, agency, the four enums, the two dates) that the form parser reads from the
OCR text, against the gold record. A refused page counts as CER 1 and no fields.
This runs Tesseract twice per page: do not run it in a loop on a shared machine.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "scans"))

import make_scans  # noqa: E402

FIELDS = ("name", "long_name", "agency", "jenis", "bentuk", "inisiator", "tahapan",
          "trial_date", "implementation_date")


def _cpu(children_only: bool = False) -> float:
    """CPU seconds of this process (unless children_only) and its finished children (tesseract).
    CPU time, not wall time: the shared machines are loaded and wall time varies twofold."""
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    total = kids.ru_utime + kids.ru_stime
    return total if children_only else total + time.process_time()


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[|:]", " ", text).split())


def cer(truth: str, got: str) -> float:
    from rapidfuzz.distance import Levenshtein

    t, g = _norm(truth), _norm(got)
    return min(1.0, Levenshtein.distance(t, g) / max(1, len(t)))


def tesseract_alone(path: Path) -> tuple[str, float, int]:
    """Text, seconds and pages of plain Tesseract on the file (PDF pages rendered first)."""
    from pipeline import ocr

    images: list[Path] = []
    tmp = tempfile.TemporaryDirectory(prefix="scanbench-")
    render_cpu = 0.0
    if path.suffix.lower() == ".pdf":
        import pypdfium2 as pdfium

        started = _cpu()
        pdf = pdfium.PdfDocument(str(path))
        scale = ocr.ocr_rules()["render"]["pdf_dpi"] / 72
        for i in range(len(pdf)):
            p = Path(tmp.name) / f"p{i}.png"
            pdf[i].render(scale=scale).to_pil().convert("L").save(p)
            images.append(p)
        render_cpu = _cpu() - started     # Tesseract reads no PDF: rendering the page is its share too
    else:
        images = [path]
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    texts, seconds = [], render_cpu
    for img in images:
        started = _cpu(children_only=True)
        out = subprocess.run([ocr.tesseract_binary(), str(img), "stdout", "-l", "ind", "--psm", "3"],
                             capture_output=True, env=env)
        seconds += _cpu(children_only=True) - started
        texts.append(out.stdout.decode("utf-8", "replace"))
    tmp.cleanup()
    return "\n\n".join(texts), seconds, len(images)


def pipeline_ocr(path: Path) -> tuple[str | None, float, int, str]:
    """Text (None when refused), seconds, pages and the refusal reason of the pipeline's OCR."""
    from pipeline.clean import normalise_text
    from pipeline.errors import DocumentError
    from pipeline.ingest import Source, read_bytes
    from pipeline.ocr import extract_binary_text

    raw = read_bytes(Source(doc_id=path.stem, source=str(path), path=path))
    started = _cpu()
    try:
        extracted = extract_binary_text(raw.kind, raw.data)
    except DocumentError as exc:
        return None, _cpu() - started, 1, str(exc)
    seconds = _cpu() - started
    pages = _pdf_pages(path) if path.suffix.lower() == ".pdf" else 1
    return normalise_text(extracted.text), seconds, pages, ""


def _pdf_pages(path: Path) -> int:
    import pypdfium2 as pdfium

    return len(pdfium.PdfDocument(str(path)))


_NLP = None


def form_fields(text: str | None) -> list[dict]:
    global _NLP
    if not text:
        return []
    from pipeline.clean import normalise_text
    from pipeline.evidence import flatten
    from pipeline.parse import make_doc

    if _NLP is None:
        sys.path.insert(0, str(ROOT / "tests"))
        from helpers import component_nlp

        _NLP = component_nlp("inovasi_forms")
    doc = _NLP(make_doc(_NLP, normalise_text(text), meta={}))
    values, _ = flatten(doc._.draft, doc.text)
    out = []
    for inn in values.get("innovations") or []:
        out.append({k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in inn.items() if k in FIELDS})
    return out


def field_counts(pred: list[dict], gold: list[dict]) -> tuple[int, int, int]:
    """(tp, fp, fn) over innovation fields; innovations paired in order (forms list them in order)."""
    from rapidfuzz import fuzz

    tp = fp = fn = 0
    for i in range(max(len(pred), len(gold))):
        p = pred[i] if i < len(pred) else {}
        g = gold[i] if i < len(gold) else {}
        for k in FIELDS:
            pv, gv = p.get(k), g.get(k)
            if pv is not None and gv is not None and (pv == gv or fuzz.ratio(str(pv).casefold(), str(gv).casefold()) >= 90):
                tp += 1
            else:
                fp += pv is not None
                fn += gv is not None
    return tp, fp, fn


def truth_text(form: Path, condition: str) -> str:
    """The typed text on the pages the condition keeps (call right after make_scans.build: a
    one-page condition shows only the first page of a long form)."""
    return make_scans.shown_text(99 if condition == "pdf2" else 1)   # pdf2 keeps every page


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--forms", type=Path, help="folder of typed forms (*.txt) to render in every condition")
    ap.add_argument("--gold", type=Path, help="gold records for --forms (STEM.json); default: beside the forms")
    ap.add_argument("--conditions", default=",".join(make_scans.CONDITIONS))
    ap.add_argument("--keep", type=Path, help="write the rendered scans here instead of a temporary folder")
    ap.add_argument("--json", type=Path, help="also write per-file rows as JSON Lines")
    args = ap.parse_args()
    conditions = args.conditions.split(",")
    if args.forms:
        jobs = [(f, c) for f in sorted(args.forms.glob("*.txt")) for c in conditions]
    else:
        jobs = [(f, c) for f, c in make_scans.test_set() if c in conditions]
    gold_dir = args.gold
    out_dir = args.keep or Path(tempfile.mkdtemp(prefix="scanbench-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    _warm_up()
    rows = []
    print(f"{'file':48} {'pg':>2} {'CER':>5} {'CER-T':>5} {'F1':>5} {'F1-T':>5} {'s/pg':>5} {'s/pg-T':>6}  note")
    for form, cond in jobs:
        gold_path = (gold_dir or form.parent) / f"{form.stem}.json"
        gold = json.loads(gold_path.read_text(encoding="utf-8")) if gold_path.exists() else {"innovations": []}
        gold_inn = [{k: i.get(k) for k in FIELDS} for i in gold.get("innovations") or []]
        scan = make_scans.build(form, cond, out_dir)
        truth = truth_text(form, cond)
        text, secs, pages, refused = pipeline_ocr(scan)
        t_text, t_secs, t_pages = tesseract_alone(scan)
        row = {"file": scan.name, "condition": cond, "pages": t_pages,
               "cer": 1.0 if text is None else cer(truth, text), "cer_t": cer(truth, t_text),
               "counts": field_counts(form_fields(text), gold_inn),
               "counts_t": field_counts(form_fields(t_text), gold_inn),
               "s_page": secs / t_pages, "s_page_t": t_secs / t_pages, "refused": refused}
        rows.append(row)
        f1 = _f1(*row["counts"])
        f1t = _f1(*row["counts_t"])
        print(f"{scan.name[:48]:48} {t_pages:>2} {row['cer']:5.3f} {row['cer_t']:5.3f} {f1:5.2f} {f1t:5.2f} "
              f"{row['s_page']:5.2f} {row['s_page_t']:6.2f}  {refused[:60]}", flush=True)
    print()
    print(f"{'condition':10} {'n':>3} {'CER':>6} {'CER-T':>6} {'fieldF1':>7} {'F1-T':>6} {'s/pg':>6} {'s/pg-T':>6} {'ratio':>6} refused")
    by = defaultdict(list)
    for r in rows:
        by[r["condition"]].append(r)
    for cond in conditions:
        rs = by.get(cond)
        if not rs:
            continue
        tp, fp, fn = (sum(r["counts"][i] for r in rs) for i in range(3))
        tpt, fpt, fnt = (sum(r["counts_t"][i] for r in rs) for i in range(3))
        pages = sum(r["pages"] for r in rs)
        s = sum(r["s_page"] * r["pages"] for r in rs) / pages
        st = sum(r["s_page_t"] * r["pages"] for r in rs) / pages
        print(f"{cond:10} {len(rs):>3} {sum(r['cer'] for r in rs) / len(rs):6.3f} "
              f"{sum(r['cer_t'] for r in rs) / len(rs):6.3f} {_f1(tp, fp, fn):7.3f} {_f1(tpt, fpt, fnt):6.3f} "
              f"{s:6.2f} {st:6.2f} {s / st:6.2f} {sum(bool(r['refused']) for r in rs)}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r) + "\n")
    return 0


def _warm_up() -> None:
    """Imports and first-call caches (OpenCV, numpy, the language list) outside the timings."""
    from PIL import Image

    from pipeline import ocr, scan_prep

    scan_prep.preprocess_fast(Image.new("L", (64, 64), 255), 300)
    ocr._check_tesseract()
    form_fields("Nama Inovasi : X\nJenis Inovasi : Digital\nInisiator : OPD\n")


def _f1(tp: int, fp: int, fn: int) -> float:
    if tp + fp + fn == 0:
        return 1.0
    return 2 * tp / (2 * tp + fp + fn)


if __name__ == "__main__":
    sys.exit(main())
