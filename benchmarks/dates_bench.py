"""Date finding cost: dateparser.search_dates over whole texts vs pipeline.dates candidates.

    .venv/bin/python benchmarks/dates_bench.py [DOCS_DIR] [--repeat N]

Reports CPU milliseconds per document (process time: the shared machines are often loaded, so
wall time is noisy) for
- search_dates(text, languages=["id", "en"]) (what the notes warn against),
- find_dates(text) + resolve() of every candidate (the pipeline's way),
- the inovasi_dates component alone on an already tokenised and sentence-split doc,
and how many "dates" search_dates returned that our finder does not count as a day
(years such as "tahun 2022", regulation numbers, counts).
"""
from __future__ import annotations

import argparse
import glob
import os
import sys
import time
import warnings

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

warnings.filterwarnings("ignore")


def load(docs_dir: str) -> list[str]:
    from pipeline.clean import normalise_text, strip_chrome

    return [strip_chrome(normalise_text(open(f, encoding="utf-8").read()))
            for f in sorted(glob.glob(os.path.join(docs_dir, "*.txt")))]


def cpu_ms_per_doc(fn, texts, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        for x in texts:
            fn(x)
        best = min(best, (time.process_time() - t) / len(texts) * 1e3)
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("docs", nargs="?", default="/work/shared/devset/docs")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    import dateparser.search
    import spacy

    from pipeline.date_resolve import resolve
    from pipeline.dates import find_dates
    from pipeline.parse import make_doc
    from pipeline.extract.dates import DatesComponent

    texts = load(args.docs)
    chars = sum(map(len, texts)) / len(texts)

    def search(text):
        return dateparser.search.search_dates(text, languages=["id", "en"],
                                              settings={"DATE_ORDER": "DMY"}) or []

    def ours(text):
        return [resolve(m, None, None) for m in find_dates(text)]

    t = time.process_time()
    search(texts[0])
    first_call = (time.process_time() - t) * 1e3
    ms_search = cpu_ms_per_doc(search, texts, args.repeat)
    ms_ours = cpu_ms_per_doc(ours, texts, max(args.repeat, 10))

    nlp = spacy.blank("id")
    nlp.add_pipe("sentencizer")
    docs = [nlp(make_doc(nlp, x, {})) for x in texts]
    comp = DatesComponent()

    def run_comp(doc):
        doc._.meta = {}
        comp(doc)

    ms_comp = cpu_ms_per_doc(run_comp, docs, max(args.repeat, 10))
    ms_tok = cpu_ms_per_doc(lambda x: nlp(make_doc(nlp, x, {})), texts, args.repeat)

    n_search = sum(len(search(x)) for x in texts)
    n_days = sum(sum(m.is_day for m in find_dates(x)) for x in texts)
    print(f"{len(texts)} docs, {chars:.0f} chars on average")
    print(f"search_dates(id,en) over whole texts: {ms_search:.2f} ms/doc CPU (first call {first_call:.0f} ms); "
          f"{n_search} 'dates' returned, no offsets")
    print(f"find_dates + resolve:                 {ms_ours:.3f} ms/doc CPU; {n_days} day mentions with offsets")
    print(f"inovasi_dates component:              {ms_comp:.3f} ms/doc CPU "
          f"(tokenizer + sentencizer {ms_tok:.2f} ms/doc)")
    print(f"speed-up of candidates over search_dates: {ms_search / ms_ours:.0f}x")


if __name__ == "__main__":
    main()
