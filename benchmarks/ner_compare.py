"""Rules only, NER only and both together, side by side on a gold set.

    .venv/bin/python benchmarks/ner_compare.py --docs DIR/docs --gold DIR/gold [--model PATH]

- rules only: the pipeline without the trained `ner` (build_nlp(ner=False));
- NER only: for the fields the model covers, its entities as they stand (officials.name from
  PERSON, innovations.name from INNOVATION, agencies from ORG), nothing else;
- combined: the pipeline as shipped (`ner` + rules + `inovasi_entities`).
Scored with `pipeline.evaluate` (the definitions of ../shared/eval/score.py); prints one table.
Score held-out documents with it to quote figures; never tune on them.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
NER_FIELDS = ("officials.name", "innovations.name", "agencies")


def extract(docs: Path, out: Path, env: dict) -> Path:
    subprocess.run([sys.executable, "-m", "pipeline", "extract", str(docs), "--out", str(out), "--no-db"], cwd=ROOT,
                   env={**os.environ, **env}, check=True, capture_output=True)
    return out / "records.jsonl"


def ner_only(records: Path, out: Path, model: Path) -> Path:
    """Records whose officials/innovations/agencies are the model's entities and nothing else."""
    import spacy

    nlp = spacy.load(model)
    rows = []
    for line in records.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        doc = nlp(rec["text"])
        def uniq(label):
            seen, out_ = set(), []
            for e in doc.ents:
                if e.label_ == label and e.text.casefold() not in seen:
                    seen.add(e.text.casefold())
                    out_.append(e.text)
            return out_
        rows.append({"doc_id": rec["doc_id"], "doc_type": rec["doc_type"],
                     "officials": [{"name": n, "position": None, "degrees": []} for n in uniq("PERSON")],
                     "innovations": [{"name": n} for n in uniq("INNOVATION")],
                     "agencies": [{"name": n} for n in uniq("ORG")]})
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return out


def score(gold: Path, pred: Path) -> dict[str, float]:
    """Field -> F1 (and "macro F1"), by the project's scorer (same definitions as score.py)."""
    from pipeline.evaluate import evaluate_paths

    summary = evaluate_paths(gold, pred)
    return {**{f: r["f1"] for f, r in summary["fields"].items()}, "macro F1": summary["macro_f1"]}


def main() -> None:
    from pipeline.parse import ner_model_dir

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=Path, required=True)
    ap.add_argument("--gold", type=Path, required=True)
    ap.add_argument("--model", type=Path, default=None, help="model directory (default: the shipped one)")
    args = ap.parse_args()
    model = args.model or ner_model_dir()
    if model is None:
        sys.exit("no trained model: run `make train` first")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        rules = score(args.gold, extract(args.docs, tmp / "rules", {"INOVASI_NER_MODEL": str(tmp / "none")}))
        combined_records = extract(args.docs, tmp / "combined", {"INOVASI_NER_MODEL": str(model)})
        combined = score(args.gold, combined_records)
        ner = score(args.gold, ner_only(combined_records, tmp / "ner.jsonl", model))
    print(f"{'field':<34} {'rules only':>10} {'NER only':>9} {'combined':>9}")
    for field in rules:
        n = f"{ner[field]:.3f}" if field in NER_FIELDS else "-"
        print(f"{field:<34} {rules[field]:>10.3f} {n:>9} {combined[field]:>9.3f}")


if __name__ == "__main__":
    main()
