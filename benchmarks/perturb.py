"""Does the pipeline read the language, or remember the corpus? Names swapped for made-up ones.

    .venv/bin/python benchmarks/perturb.py                      # train split + devset
    .venv/bin/python benchmarks/perturb.py --seeds 3 --keep /tmp/swap   # three swaps, copies kept
    python3 ../shared/eval/score.py --gold /tmp/swap/0/swap/gold --pred /tmp/swap/0/swap/out/records.jsonl --per-doc

Every text document (.txt, .html) of the devset and of the train split of ../shared/trainset is
copied twice into a temporary folder: once as it is, once with each person's name and each
innovation's acronym replaced, consistently through the document and its gold record, by a
made-up word of the same shape:

- every word of an official's gold name ("Rahmat Hidayat" -> "Sodarni Ketulo"), except name
  particles (I, Ni, Lalu, Andi...), abbreviated first names ("Muh.") and initials, so a rule that
  knows the corpus's people, or a list of common given names, shows up as a loss;
- every word of a gold innovation name written with two or more capitals ("SIPANDU" ->
  "SEKORTU", "SiMoNa" -> "SuDaKe"): the first letter stays (an acronym's expansion starts
  with it), vowels stay vowels, consonants consonants.

Both copies go through the full pipeline and `score.py`; the table prints each field's F1 on
the originals, on the swapped copies, and the change. A field that drops has a rule (or a model
feature) that learned the corpus's names rather than where names stand in Indonesian news.
The held-out split is never read unless `--heldout` is given (to measure, not to tune).
"""
from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import random
import re
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.batch import run_batch  # noqa: E402

SHARED = ROOT.parent / "shared"
TEXT_SUFFIXES = {".txt", ".html", ".htm"}
PARTICLES = {"i", "ni", "lalu", "baiq", "andi", "tengku", "teuku", "cut", "raden", "la", "wa", "daeng", "haji"}
FIELDS = ("officials.name", "officials.position", "officials.degrees", "innovations.name", "agencies",
          "title", "region.name", "event.date")
VOWELS, CONSONANTS = "aiueo", "bdgjklmnprstwy"
GOLD_TEXT_SKIP = {"doc_id", "source", "url", "notes", "region", "published", "doc_type"}


def load_score(shared: Path):
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def field_f1(score, gold: Path, records: Path) -> dict[str, float]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        score.main(["--gold", str(gold), "--pred", str(records), "--json"])
    return {f: v["f1"] for f, v in json.loads(out.getvalue())["fields"].items()}


def documents(shared: Path, heldout: bool) -> list[tuple[Path, Path]]:
    """(document, gold) pairs: the devset and the train split (or only the held-out split)."""
    pairs = []
    if not heldout:
        dev = shared / "devset"
        pairs += [(d, dev / "gold" / f"{d.stem}.json") for d in sorted((dev / "docs").iterdir())]
    want = "heldout" if heldout else "train"
    split = {}
    for line in (shared / "trainset" / "split.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            doc_id, part = line.split("\t")
            split[doc_id] = part.strip()
    tdir = shared / "trainset"
    pairs += [(d, tdir / "gold" / f"{d.stem}.json") for d in sorted((tdir / "docs").iterdir())
              if split.get(d.stem) == want]
    return [(d, g) for d, g in pairs if d.suffix.lower() in TEXT_SUFFIXES and g.is_file()]


def made_up_name(rng: random.Random, taken: set[str]) -> str:
    while True:
        syllables = [rng.choice(CONSONANTS) + rng.choice(VOWELS) for _ in range(rng.choice((2, 3)))]
        word = "".join(syllables) + rng.choice(("", "n", "r", "s", "h", "ng"))
        word = word.capitalize()
        if word.casefold() not in taken:
            taken.add(word.casefold())
            return word


def made_up_acronym(word: str, rng: random.Random, taken: set[str]) -> str:
    for _ in range(100):
        out = [word[0]]
        for ch in word[1:]:
            low = ch.casefold()
            pool = VOWELS if low in VOWELS else CONSONANTS if low.isalpha() else None
            new = rng.choice(pool) if pool else ch
            out.append(new.upper() if ch.isupper() else new)
        candidate = "".join(out)
        if candidate.casefold() not in taken and candidate != word:
            taken.add(candidate.casefold())
            return candidate
    return word


def vocabulary() -> set[str]:
    """Every word in rules/ (positions, bodies, regions, abbreviations): no made-up name may be one."""
    words: set[str] = set()
    for path in (ROOT / "rules").rglob("*"):
        if path.is_file() and path.suffix in {".txt", ".toml", ".csv", ".json"}:
            words |= {w.casefold() for w in re.findall(r"\w+", path.read_text(encoding="utf-8", errors="replace"))}
    return words


def swaps(gold: dict, text: str, rng: random.Random, vocab: set[str]) -> dict[str, str]:
    """Word -> made-up word for the names in one gold record."""
    taken = vocab | {w.casefold() for w in re.findall(r"\w+", text)}
    region = " ".join(str(v) for v in (gold.get("region") or {}).values())
    keep = {w.casefold() for w in re.findall(r"\w+", region)}
    mapping: dict[str, str] = {}
    for official in gold.get("officials") or []:
        for word in re.findall(r"[\w'-]+\.?", official.get("name") or ""):
            bare = word.rstrip(".")
            if word.endswith(".") or len(bare) < 3 or bare.casefold() in PARTICLES or bare.casefold() in keep \
                    or not bare[:1].isupper() or bare in mapping:
                continue
            new = made_up_name(rng, taken)
            mapping[bare] = new.upper() if bare.isupper() else new
    for innovation in gold.get("innovations") or []:
        for word in re.findall(r"[\w-]+", innovation.get("name") or ""):
            if sum(c.isupper() for c in word) >= 2 and len(word) >= 3 and word not in mapping \
                    and word.casefold() not in keep:
                mapping[word] = made_up_acronym(word, rng, taken)
    return mapping


def _cased(new: str, written: str) -> str:
    """`new` written as `written` is: "SEKORTU" / "Sekortu" / "sekortu"."""
    if written.isupper():
        return new.upper()
    if written.islower():
        return new.lower()
    return new if any(c.isupper() for c in new[1:]) else new.capitalize()


def apply(mapping: dict[str, str], text: str) -> str:
    """Swap each mapped word wherever it stands, in any case ("SURGA", "Surga"), keeping the case written."""
    if not mapping:
        return text
    folded = {k.casefold(): v for k, v in mapping.items()}
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in sorted(mapping, key=len, reverse=True))
                         + r")(?![\w-])", re.IGNORECASE)
    return pattern.sub(lambda m: mapping.get(m.group(1)) or _cased(folded[m.group(1).casefold()], m.group(1)), text)


def apply_gold(mapping: dict[str, str], value, key: str | None = None):
    if key in GOLD_TEXT_SKIP:
        return value
    if isinstance(value, str):
        return apply(mapping, value)
    if isinstance(value, list):
        return [apply_gold(mapping, v) for v in value]
    if isinstance(value, dict):
        return {k: apply_gold(mapping, v, k) for k, v in value.items()}
    return value


def stage(pairs, into: Path, seed: int) -> int:
    """Write the originals into into/orig and the swapped copies into into/swap; return words swapped."""
    rng = random.Random(seed)
    vocab = vocabulary()
    count = 0
    for part in ("orig", "swap"):
        (into / part / "docs").mkdir(parents=True, exist_ok=True)
        (into / part / "gold").mkdir(parents=True, exist_ok=True)
    for doc, gold_path in pairs:
        raw = doc.read_text(encoding="utf-8", errors="replace")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        mapping = swaps(gold, raw, rng, vocab)
        count += len(mapping)
        shutil.copyfile(doc, into / "orig" / "docs" / doc.name)
        shutil.copyfile(gold_path, into / "orig" / "gold" / gold_path.name)
        (into / "swap" / "docs" / doc.name).write_text(apply(mapping, raw), encoding="utf-8")
        (into / "swap" / "gold" / gold_path.name).write_text(
            json.dumps(apply_gold(mapping, gold), ensure_ascii=False, indent=2), encoding="utf-8")
    return count


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--seeds", type=int, default=1, help="independent swaps (each scored)")
    ap.add_argument("--heldout", action="store_true", help="the held-out split instead (measure only)")
    ap.add_argument("--keep", type=Path, help="write the copies and outputs here instead of a temporary folder")
    args = ap.parse_args()
    score = load_score(args.shared)
    pairs = documents(args.shared, args.heldout)
    rows: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        if args.keep:
            shutil.rmtree(args.keep, ignore_errors=True)
            tmp = str(args.keep)
        for seed in range(args.seeds):
            into = Path(tmp) / str(seed)
            words = stage(pairs, into, seed)
            results = {}
            for part in ("orig", "swap") if seed == 0 else ("swap",):
                run_batch([str(into / part / "docs")], into / part / "out", progress=False)
                results[part] = field_f1(score, into / part / "gold", into / part / "out" / "records.jsonl")
            if seed == 0:
                base = results["orig"]
            for f in FIELDS:
                rows.setdefault(f, [base[f]])
                rows[f].append(results["swap"][f])
            print(f"seed {seed}: {len(pairs)} documents, {words} words swapped", file=sys.stderr)
    print(f"{'field':22} {'original':>9} " + " ".join(f"{'swap ' + str(s):>8}" for s in range(args.seeds))
          + f" {'change':>8}")
    for f, values in rows.items():
        swapped = values[1:]
        change = sum(swapped) / len(swapped) - values[0]
        print(f"{f:22} {values[0]:9.3f} " + " ".join(f"{v:8.3f}" for v in swapped) + f" {change:+8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
