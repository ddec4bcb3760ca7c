"""Score records against gold records, field by field (`inovasi evaluate`).

The definitions are those of the project's shared scorer, so a user with their own
gold set (for instance one written by `inovasi export-gold` from reviewed
documents) gets the same numbers without it:

* records are matched to gold files by doc_id (the gold file's stem);
* a scalar field counts a wrong value as one false positive and one false
  negative, a value where gold has none as a false positive, a missing one as a
  false negative;
* list fields (agencies, innovations, officials) are matched one-to-one, greedily
  in gold order, each by its own similarity rule; the attributes of an
  innovation or official are scored only on matched pairs (a lost gold item
  counts its attributes as missed);
* precision with nothing predicted and nothing to find is 1; the macro F1
  averages the fields that had anything to score.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any, Callable, Optional

# Honorifics ignored when comparing person names (the contract strips them from names).
HONORIFICS = frozenset({"bapak", "pak", "ibu", "bu", "h", "hj", "dr", "drs", "dra", "ir", "prof",
                        "kh", "ustadz", "sdr", "saudara"})

INNOVATION_ATTRS = ("jenis", "bentuk", "inisiator", "tahapan", "trial_date", "implementation_date")
FIELDS = ("doc_type", "title", "published", "region.name", "region.code", "agencies",
          "innovations.name", *(f"innovations.{a}" for a in INNOVATION_ATTRS), "event.type",
          "event.date", "participants.total", "officials.name", "officials.position",
          "officials.degrees")

# Similarity thresholds of the text fields (difflib ratio of the normalised forms).
TITLE_SIMILARITY = 0.9
AGENCY_SIMILARITY = 0.85
INNOVATION_SIMILARITY = 0.88
POSITION_SIMILARITY = 0.75
NAME_SIMILARITY = 0.85


# --------------------------------------------------------------------------- comparison

def norm(text: Any) -> str:
    """Case, quotes and punctuation (except / . -) removed, spaces collapsed."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", str(text)).casefold()
    text = re.sub(r"[\"'`“”‘’«»]", "", text)
    text = re.sub(r"[^\w/.-]+", " ", text)
    return re.sub(r"\s+", " ", text).strip(" .")


def tokens(text: Any) -> list[str]:
    return [t for t in re.split(r"[\s.,/-]+", norm(text)) if t]


def similarity(a: Any, b: Any) -> float:
    a, b = norm(a), norm(b)
    if not a or not b:
        return 0.0
    return SequenceMatcher(None, a, b).ratio()


def same_name(a: Any, b: Any) -> bool:
    """Person names: equal, near-equal, or one's tokens all within the other's."""
    ta = {t for t in tokens(a) if t not in HONORIFICS}
    tb = {t for t in tokens(b) if t not in HONORIFICS}
    if not ta or not tb:
        return False
    small, large = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if small <= large and max(len(t) for t in small) >= 3:
        return True
    return similarity(" ".join(sorted(ta)), " ".join(sorted(tb))) >= NAME_SIMILARITY


def similar_at(threshold: float) -> Callable[[Any, Any], bool]:
    return lambda a, b: similarity(a, b) >= threshold


def degree_key(degree: Any) -> str:
    """"S.P" = "SP", "M. Si" = "M.Si": degrees compare without dots, spaces and case."""
    return re.sub(r"[.\s]", "", norm(degree))


def _same_norm(a: Any, b: Any) -> bool:
    return norm(a) == norm(b)


# --------------------------------------------------------------------------- tallies

@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def scored(self) -> bool:
        return bool(self.tp + self.fp + self.fn)

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def _present(value: Any) -> bool:
    return value not in (None, "", [])


def _scalar(tally: Tally, gold: Any, pred: Any, equal: Callable = _same_norm) -> None:
    g, p = _present(gold), _present(pred)
    if g and p and equal(gold, pred):
        tally.add(tp=1)
    else:
        tally.add(fp=int(p), fn=int(g))


def match(gold_items: list, pred_items: list, same: Callable) -> tuple[list, list, list]:
    """Greedy one-to-one matching in gold order: (pairs, unmatched gold, unmatched pred)."""
    pairs, free, lost = [], list(range(len(pred_items))), []
    for gi, g in enumerate(gold_items):
        hit = next((pi for pi in free if same(g, pred_items[pi])), None)
        if hit is None:
            lost.append(gi)
        else:
            pairs.append((gi, hit))
            free.remove(hit)
    return pairs, lost, free


def _listed(tally: Tally, gold_items: list, pred_items: list, same: Callable):
    pairs, lost, extra = match(gold_items, pred_items, same)
    tally.add(tp=len(pairs), fp=len(extra), fn=len(lost))
    return pairs, lost


def _get(obj: Any, *path: str) -> Any:
    for key in path:
        if not isinstance(obj, dict):
            return None
        obj = obj.get(key)
    return obj


def _names(items: Any) -> list:
    return [_get(i, "name") for i in items or [] if isinstance(i, dict)]


def score_doc(gold: dict, pred: dict) -> dict[str, Tally]:
    """The tallies of one document, per field."""
    t = {f: Tally() for f in FIELDS}
    _scalar(t["doc_type"], gold.get("doc_type"), pred.get("doc_type"))
    _scalar(t["title"], gold.get("title"), pred.get("title"), similar_at(TITLE_SIMILARITY))
    _scalar(t["published"], gold.get("published"), pred.get("published"))
    for fld in ("region.name", "region.code", "event.type", "event.date"):
        _scalar(t[fld], _get(gold, *fld.split(".")), _get(pred, *fld.split(".")))
    _scalar(t["participants.total"], _get(gold, "participants", "total"),
            _get(pred, "participants", "total"), lambda a, b: str(a) == str(b))

    _listed(t["agencies"], _names(gold.get("agencies")), _names(pred.get("agencies")),
            similar_at(AGENCY_SIMILARITY))

    g_inv, p_inv = gold.get("innovations") or [], pred.get("innovations") or []
    pairs, lost = _listed(t["innovations.name"], _names(g_inv), _names(p_inv),
                          similar_at(INNOVATION_SIMILARITY))
    for gi, pi in pairs:
        for a in INNOVATION_ATTRS:
            _scalar(t[f"innovations.{a}"], g_inv[gi].get(a), p_inv[pi].get(a))
    for gi in lost:
        for a in INNOVATION_ATTRS:
            _scalar(t[f"innovations.{a}"], g_inv[gi].get(a), None)

    g_off, p_off = gold.get("officials") or [], pred.get("officials") or []
    pairs, lost = _listed(t["officials.name"], _names(g_off), _names(p_off), same_name)
    for gi, pi in pairs:
        _scalar(t["officials.position"], g_off[gi].get("position"), p_off[pi].get("position"),
                similar_at(POSITION_SIMILARITY))
        g_deg = sorted(degree_key(d) for d in g_off[gi].get("degrees") or [])
        p_deg = sorted(degree_key(d) for d in p_off[pi].get("degrees") or [])
        _scalar(t["officials.degrees"], g_deg or None, p_deg or None, lambda a, b: a == b)
    for gi in lost:
        _scalar(t["officials.position"], g_off[gi].get("position"), None)
        _scalar(t["officials.degrees"], g_off[gi].get("degrees") or None, None)
    return t


# --------------------------------------------------------------------------- files

class EvaluateError(Exception):
    """A gold or prediction file that cannot be read (the user can fix it)."""


def load_gold(gold_dir: Path) -> dict[str, dict]:
    """Gold records ID.json in GOLD_DIR, by ID."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise EvaluateError(f"no such gold folder: {gold_dir}")
    out = {}
    for path in sorted(gold_dir.glob("*.json")):
        try:
            out[path.stem] = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise EvaluateError(f"{path}: not JSON: {exc}") from None
    return out


def load_pred(path: Path) -> dict[str, dict]:
    """Predicted records by doc_id from a records.jsonl or every .jsonl under a folder."""
    path = Path(path)
    if not path.exists():
        raise EvaluateError(f"no such predictions file or folder: {path}")
    files = sorted(path.rglob("*.jsonl")) if path.is_dir() else [path]
    out = {}
    for f in files:
        for lineno, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise EvaluateError(f"{f}:{lineno}: not JSON: {exc}") from None
            out[str(rec.get("doc_id"))] = rec
    return out


def evaluate(golds: dict[str, dict], preds: dict[str, dict]) -> dict:
    """The summary: docs, missing doc ids, macro F1, per-field P/R/F1/support, per-doc misses."""
    total = {f: Tally() for f in FIELDS}
    misses: dict[str, list[str]] = {}
    for doc_id, gold in golds.items():
        doc = score_doc(gold, preds.get(doc_id, {}))
        for f in FIELDS:
            total[f].add(doc[f].tp, doc[f].fp, doc[f].fn)
        misses[doc_id] = [f for f in FIELDS if doc[f].fp or doc[f].fn]
    fields = {}
    for f in FIELDS:
        p, r, f1 = total[f].prf()
        fields[f] = {"p": round(p, 4), "r": round(r, 4), "f1": round(f1, 4),
                     "support": total[f].tp + total[f].fn,
                     "tp": total[f].tp, "fp": total[f].fp, "fn": total[f].fn}
    scored = [total[f].prf()[2] for f in FIELDS if total[f].scored]
    macro = sum(scored) / len(scored) if scored else 0.0
    return {"docs": len(golds), "missing": [d for d in golds if d not in preds],
            "macro_f1": round(macro, 4), "fields": fields, "per_doc": misses}


def evaluate_paths(gold_dir: Path, pred: Path) -> dict:
    return evaluate(load_gold(gold_dir), load_pred(pred))


def format_table(summary: dict, per_doc: bool = False) -> str:
    """The summary as the plain-text table `inovasi evaluate` prints."""
    lines = [f"{'field':32} {'P':>6} {'R':>6} {'F1':>6} {'support':>8}"]
    for f, r in summary["fields"].items():
        lines.append(f"{f:32} {r['p']:6.3f} {r['r']:6.3f} {r['f1']:6.3f} {r['support']:8d}")
    missing = summary["missing"]
    lines.append(f"docs {summary['docs']}, missing from predictions {len(missing)}"
                 + (": " + ", ".join(missing) if missing else ""))
    if per_doc:
        for doc_id, fields in summary["per_doc"].items():
            if fields:
                lines.append(f"  {doc_id}: {', '.join(fields)}")
    lines.append(f"macro F1 {summary['macro_f1']:.3f}")
    return "\n".join(lines)


def summary_json(summary: dict, per_doc: bool = False) -> str:
    out: dict[str, Optional[Any]] = {k: v for k, v in summary.items() if k != "per_doc"}
    if per_doc:
        out["per_doc"] = {d: f for d, f in summary["per_doc"].items() if f}
    return json.dumps(out, indent=2, ensure_ascii=False)
