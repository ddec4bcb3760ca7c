"""Does the pipeline read the text, or the line breaks of the corpus? The same documents laid out again.

    .venv/bin/python benchmarks/layout_sweep.py                 # devset + train split
    .venv/bin/python benchmarks/layout_sweep.py --heldout       # the held-out split (to measure, not to tune)

Every text document of the devset and of the train split of ../shared/trainset goes through the full
pipeline as it is and laid out three other ways users hand texts in:

- wrapped: every paragraph cut at 80 columns, as a PDF's text layer or a pasted e-mail gives it;
- single: blank lines between paragraphs removed (a CMS that keeps one line break);
- flat: every line break removed (a text box that keeps none).

Scored with ../shared/eval/score.py against the unchanged gold; the table prints each field's F1 per layout
and the macro F1.
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from perturb import FIELDS, SHARED, documents, field_f1, load_score  # noqa: E402
from pipeline.batch import run_batch  # noqa: E402

LAYOUTS = {
    "original": lambda t: t,
    "wrapped": lambda t: "\n".join(textwrap.fill(p, 80) if p.strip() else "" for p in t.split("\n")),
    "single": lambda t: re.sub(r"\n\s*\n+", "\n", t),
    "flat": lambda t: re.sub(r"\s*\n\s*", " ", t),
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--heldout", action="store_true", help="score the held-out split instead")
    args = ap.parse_args()
    score = load_score(args.shared)
    pairs = [(d, g) for d, g in documents(args.shared, args.heldout) if d.suffix.lower() == ".txt"]
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, layout in LAYOUTS.items():
            docs, gold = Path(tmp) / name / "docs", Path(tmp) / name / "gold"
            docs.mkdir(parents=True)
            gold.mkdir()
            for doc, g in pairs:
                (docs / doc.name).write_text(layout(doc.read_text(encoding="utf-8")), encoding="utf-8")
                (gold / g.name).write_text(g.read_text(encoding="utf-8"), encoding="utf-8")
            run_batch([str(docs)], Path(tmp) / name / "out", progress=False)
            results[name] = field_f1(score, gold, Path(tmp) / name / "out" / "records.jsonl")
    print(f"{len(pairs)} text documents")
    print(f"{'field':22}" + "".join(f"{name:>10}" for name in LAYOUTS))
    for f in FIELDS:
        print(f"{f:22}" + "".join(f"{results[name].get(f, 0.0):10.3f}" for name in LAYOUTS))
    macro = {name: sum(v.values()) / len(v) for name, v in results.items()}
    print(f"{'macro (all fields)':22}" + "".join(f"{macro[name]:10.3f}" for name in LAYOUTS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
