"""Build the NER training corpus: cleaned text of each gold document + aligned entity spans.

    python -m pipeline.training.corpus --shared ../shared --out build/ner-corpus

Reads `trainset/` (only documents that `split.txt` marks `train`) and `devset/`, cleans
each input exactly as `extract` does, aligns the gold values (`align.py`) and writes
spaCy DocBin files plus a report of how many values aligned per label. The DocBins hold
real article text, so they live in the build folder, never in the repository.

Labels: PERSON (officials[].name), INNOVATION (innovations[].name and long_name),
ORG (agencies[].name and innovations[].agency), VENUE (event.venue).
Every occurrence found is labelled; single words of a person's name elsewhere in the text
("Sekda Ninik") are marked missing (unknown) rather than outside, so the model is not
taught that a surname alone is not a name.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span
from spacy.util import filter_spans

from rapidfuzz import fuzz

from .align import Aligned, align

LABELS = ("PERSON", "INNOVATION", "ORG", "VENUE")
TEXT_SUFFIXES = {".txt", ".html", ".htm", ".docx", ".pdf"}   # scans (images) need OCR: left out
RULE_MATCH = 85.0   # a rule's normalised value this similar to the gold value stands for it
PRIORITY = {"PERSON": 0, "INNOVATION": 1, "ORG": 2, "VENUE": 3}


@dataclass
class Report:
    values: Counter = field(default_factory=Counter)
    aligned: Counter = field(default_factory=Counter)
    methods: Counter = field(default_factory=Counter)
    dropped_overlap: Counter = field(default_factory=Counter)
    documents: int = 0
    written: int = 0
    synthetic: int = 0

    def lines(self) -> list[str]:
        out = [f"{self.documents} documents"
               + (f" + {self.written} written for the project" if self.written else "")
               + (f" + {self.synthetic} synthetic" if self.synthetic else "")
               + (" (those two: training half only)" if self.written or self.synthetic else "")]
        for label in LABELS:
            n, a = self.values[label], self.aligned[label]
            out.append(f"{label:<11} {a:>4}/{n:<4} values aligned ({a / n:.0%})" if n else f"{label:<11} no values")
        out.append("alignment passes: " + ", ".join(f"{k} {v}" for k, v in sorted(self.methods.items())))
        if self.dropped_overlap:
            out.append("spans dropped as overlapping a longer one: "
                       + ", ".join(f"{k} {v}" for k, v in sorted(self.dropped_overlap.items())))
        return out


def gold_values(gold: dict) -> list[tuple[str, str]]:
    """(label, value) pairs of one gold record."""
    pairs: list[tuple[str, str]] = []
    for person in gold.get("officials") or []:
        pairs.append(("PERSON", person.get("name")))
    for inno in gold.get("innovations") or []:
        pairs.append(("INNOVATION", inno.get("name")))
        if inno.get("long_name"):
            pairs.append(("INNOVATION", inno["long_name"]))
        if inno.get("agency"):
            pairs.append(("ORG", inno["agency"]))
    for agency in gold.get("agencies") or []:
        pairs.append(("ORG", agency.get("name") if isinstance(agency, dict) else agency))
    venue = (gold.get("event") or {}).get("venue")
    if venue:
        pairs.append(("VENUE", venue))
    seen, out = set(), []
    for label, value in pairs:
        if value and (label, value) not in seen:
            seen.add((label, value))
            out.append((label, value))
    return out


FIELD_LABELS = {"officials": ("name", "PERSON"), "innovations": ("name", "INNOVATION"), "agencies": ("name", "ORG")}


def rule_spans(nlp, text: str) -> list[tuple[str, int, int, str]]:
    """(label, start, end, normalised value) of what the rule components find in `text`.

    A gold value the text writes only in another form ("Bappeda Tapin" for the gold
    "Badan Perencanaan Pembangunan Daerah Tapin") is aligned to the span where the rules
    found the same value.
    """
    from ..evidence import flatten
    from ..parse import make_doc

    doc = nlp(make_doc(nlp, text, {}))
    values, evidence = flatten(doc._.draft, text)
    out = []
    for row in evidence:
        head, _, rest = row["field"].partition("[")
        if head not in FIELD_LABELS or not rest:
            continue
        index, _, key = rest.partition("].")
        want, label = FIELD_LABELS[head]
        if key != want:
            continue
        item = (values.get(head) or [])[int(index)]
        value = item.get(key) if isinstance(item, dict) else item
        if value and row["end"] > row["start"]:
            out.append((label, row["start"], row["end"], str(value)))
    return out


def _from_rules(label: str, value: str, found: list[tuple[str, int, int, str]]) -> list[Aligned]:
    want = value.casefold()
    return [Aligned(a, b, "rule") for lab, a, b, v in found
            if lab == label and fuzz.ratio(want, v.casefold()) >= RULE_MATCH]


def annotate(nlp, text: str, gold: dict, report: Report,
             found: list[tuple[str, int, int, str]] | None = None) -> Doc:
    """A Doc of `text` with the gold values' spans as entities (`found`: the rules' spans)."""
    doc = nlp.make_doc(text)
    spans: list[Span] = []
    for label, value in gold_values(gold):
        report.values[label] += 1
        # exact and loose first, then the span where the rules found the same value, then fuzzy
        hits = (align(value, text, fuzzy=False) or _from_rules(label, value, found or [])
                or align(value, text))
        if hits:
            report.aligned[label] += 1
        for hit in hits:
            report.methods[hit.method] += 1
            span = doc.char_span(hit.start, hit.end, label=label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
    # longest span wins; on equal length the more specific label (PERSON before ORG)
    spans.sort(key=lambda s: PRIORITY[s.label_])
    kept = filter_spans(spans)
    for s in spans:
        if s not in kept:
            report.dropped_overlap[s.label_] += 1
    missing: list[int] = []
    name_words = {w for s in kept if s.label_ == "PERSON" for w in s.text.split() if len(w) >= 3}
    covered = {i for s in kept for i in range(s.start, s.end)}
    for tok in doc:
        if tok.i not in covered and tok.text in name_words:
            missing.append(tok.i)
    doc.set_ents(kept, missing=[doc[i:i + 1] for i in missing], default="outside")
    return doc


def cleaned_text(path: Path) -> str:
    """The text `extract` parses for this input (ingest + clean)."""
    from ..clean import clean
    from ..ingest import discover, read

    source = discover([str(path)])[0]
    return clean(read(source)).text


def gold_documents(shared: Path, include_devset: bool = True,
                   extra: tuple[Path, ...] = ()) -> list[tuple[str, Path, dict]]:
    """(doc_id, input path, gold record) of every document training may use: never a heldout one.

    `extra`: folders written by `inovasi export-gold` (ID.json beside docs/ID.txt), reviewed
    documents that join the training data; a document already in `shared` keeps that gold.
    """
    out: list[tuple[str, Path, dict]] = []
    split = shared / "trainset" / "split.txt"
    train_ids = set()
    if split.exists():
        for line in split.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 2 and parts[1].strip() == "train":
                train_ids.add(parts[0].strip())
    sets = [(shared / "trainset", train_ids)]
    if include_devset:
        sets.append((shared / "devset", None))
    for root, allowed in sets:
        for gold_path in sorted((root / "gold").glob("*.json")):
            doc_id = gold_path.stem
            if allowed is not None and doc_id not in allowed:
                continue
            inputs = [p for p in (root / "docs").glob(doc_id + ".*") if p.suffix.lower() in TEXT_SUFFIXES]
            if inputs:
                out.append((doc_id, inputs[0], json.loads(gold_path.read_text(encoding="utf-8"))))
    seen = {doc_id for doc_id, _, _ in out}
    for root in extra:
        for gold_path in sorted(Path(root).glob("*.json")):
            text_path = Path(root) / "docs" / f"{gold_path.stem}.txt"
            if gold_path.stem not in seen and text_path.is_file():
                seen.add(gold_path.stem)
                out.append((gold_path.stem, text_path, json.loads(gold_path.read_text(encoding="utf-8"))))
    return out


def written_documents(root: Path, sets: tuple[str, ...] | None = None) -> list[tuple[str, Path, dict]]:
    """(doc_id, text path, gold record) of the documents written for this project under `root`
    (data/written: one folder per set, each with docs/ID.txt and gold/ID.json); `sets`: only those folders."""
    out = []
    for gold_path in sorted(Path(root).glob("*/gold/*.json")):
        if sets is not None and gold_path.parent.parent.name not in sets:
            continue
        text_path = gold_path.parent.parent / "docs" / f"{gold_path.stem}.txt"
        if text_path.is_file():
            out.append((gold_path.stem, text_path, json.loads(gold_path.read_text(encoding="utf-8"))))
    return out


def synthetic_docs(nlp, count: int, digest, report: Report, seed: int = 0) -> list[Doc]:
    """`count` synthetic documents (synth.py) as labelled Docs; the generator's files go into the data hash."""
    if count <= 0:
        return []
    from . import synth

    for source in (Path(synth.__file__), synth.VOCAB):
        digest.update(source.read_bytes())
    digest.update(f"synthetic {count} seed {seed}".encode())
    out = []
    for text, spans in synth.documents(count, seed=seed):
        doc = nlp.make_doc(text)
        ents = [doc.char_span(a, b, label=label, alignment_mode="expand") for a, b, label in spans]
        doc.ents = filter_spans([e for e in ents if e is not None])
        out.append(doc)
    report.synthetic = count
    return out


def build(shared: Path, out: Path, dev_share: float = 0.15, seed: int = 0,
          exclude: frozenset[str] = frozenset(), extra: tuple[Path, ...] = (),
          synthetic: int = 0, written: Path | None = None,
          written_sets: tuple[str, ...] | None = None) -> tuple[Report, str]:
    """Write train.spacy and dev.spacy under `out`; returns the report and a hash of the data.

    `exclude`: doc ids left out (cross-validation folds: tune how the model is used on text it
    was not trained on). `synthetic`: that many documents from `synth.py` are added to the
    training half only (dev stays real text, so the score says how the model does on news);
    so are the documents written for the project under `written` (`written_documents`).
    """
    from ..parse import build_nlp

    nlp = spacy.blank("id")
    rules_nlp = build_nlp(ner=False)
    report = Report()
    docs: list[tuple[str, Doc]] = []
    digest = hashlib.sha256()

    def labelled(doc_id: str, path: Path, gold: dict) -> Doc:
        text = cleaned_text(path)
        digest.update(doc_id.encode() + b"\0" + text.encode() + b"\0"
                      + json.dumps(gold, sort_keys=True, ensure_ascii=False).encode())
        return annotate(nlp, text, gold, report, rule_spans(rules_nlp, text))

    for doc_id, path, gold in gold_documents(shared, extra=tuple(extra)):
        if doc_id not in exclude:
            docs.append((doc_id, labelled(doc_id, path, gold)))
            report.documents += 1
    own = [labelled(*item) for item in (written_documents(written, written_sets) if written else [])]
    report.written = len(own)
    rng = random.Random(seed)
    ids = sorted(d for d, _ in docs)
    rng.shuffle(ids)
    dev_ids = set(ids[:max(1, int(len(ids) * dev_share))])
    train_docs = [d for i, d in docs if i not in dev_ids] + own + synthetic_docs(nlp, synthetic, digest, report)
    out.mkdir(parents=True, exist_ok=True)
    DocBin(docs=train_docs, store_user_data=False).to_disk(out / "train.spacy")
    DocBin(docs=[d for i, d in docs if i in dev_ids], store_user_data=False).to_disk(out / "dev.spacy")
    data_hash = digest.hexdigest()
    (out / "report.txt").write_text("\n".join(report.lines() + [f"data sha256 {data_hash}"]) + "\n", encoding="utf-8")
    return report, data_hash


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--out", type=Path, default=Path("build/ner-corpus"))
    args = ap.parse_args(argv)
    report, data_hash = build(args.shared, args.out)
    print("\n".join(report.lines()))
    print(f"data sha256 {data_hash}")


if __name__ == "__main__":
    main()
