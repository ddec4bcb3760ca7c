"""Officials written every way regional news writes them: generated sentences, checked field by field.

    .venv/bin/python benchmarks/official_sweep.py            # counts per shape
    .venv/bin/python benchmarks/official_sweep.py -v         # and every sentence read wrongly

Names are built from the made-up word lists of the NER's synthetic corpus (pipeline/training/synth.toml:
given and family names, particles "I Made"/"Andi"/"Teuku", abbreviated first names "Muh."/"Moch.", a
middle initial), degrees from a fixed list written in the spacing and punctuation variants news uses
("M.Si", "M. Si", "M.Si.", "S.Sos", "S. Sos"), and places from the gazetteers in rules/regions/. Each
sentence is one of a handful of shapes (title before the name, name before the title, degrees on both
sides, a district or village head with or without its place). No corpus text is read; the check is of
the language, not of any document.
"""
from __future__ import annotations

import random
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline import extract_text  # noqa: E402

# (written, as ANNOTATION.md rule 14 keeps it): spacing variants of common Indonesian degrees
DEGREES = [("S.Sos", "S.Sos"), ("S. Sos", "S.Sos"), ("S.Sos.", "S.Sos"), ("M.Si", "M.Si"), ("M. Si", "M.Si"),
           ("M.Si.", "M.Si"), ("S.T", "S.T"), ("ST", "ST"), ("S.E", "S.E"), ("SE", "SE"), ("M.M", "M.M"), ("MM", "MM"),
           ("S.IP", "S.IP"), ("S.Pd", "S.Pd"), ("M.Pd", "M.Pd"), ("S.H", "S.H"), ("SH", "SH"), ("M.H", "M.H"),
           ("S.Kom", "S.Kom"), ("M.Kes", "M.Kes"), ("S.STP", "S.STP"), ("M.AP", "M.AP"), ("MAP", "MAP"), ("S.Kep", "S.Kep")]
PREFIX = [("Dr.", "Dr"), ("Drs.", "Drs"), ("Ir.", "Ir"), ("dr.", "dr"), ("Hj.", None), ("H.", None)]
BODIES = ["Dinas Kesehatan", "Badan Perencanaan Pembangunan Daerah", "Dinas Komunikasi dan Informatika",
          "Dinas Kependudukan dan Pencatatan Sipil", "Dinas Pendidikan", "Badan Riset dan Inovasi Daerah"]
VERBS = ["membuka kegiatan itu", "mengatakan inovasi ini memudahkan warga", "menyampaikan apresiasi kepada peserta"]


def load_words() -> dict:
    with open(ROOT / "pipeline" / "training" / "synth.toml", "rb") as fh:
        return tomllib.load(fh)


def places(kind: str) -> list[str]:
    lines = (ROOT / "rules" / "regions" / f"{kind}.txt").read_text(encoding="utf-8").splitlines()
    return [w for w in lines if re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", w)]


def regencies() -> list[str]:
    rows = (ROOT / "rules" / "regions" / "wilayah.csv").read_text(encoding="utf-8").splitlines()[1:]
    return [r.split(",")[1].removeprefix("Kabupaten ") for r in rows if ",Kabupaten " in r]


def person(rng: random.Random, words: dict) -> str:
    given, family = rng.choice(words["given"]), rng.choice(words["family"])
    shape = rng.random()
    if shape < 0.15:
        return f"{rng.choice(words['particles'])} {given} {family}"
    if shape < 0.25:
        return f"{rng.choice(words['abbreviated_first'])} {given} {family}"
    if shape < 0.35:
        return f"{given} {rng.choice('ABHMRS')}. {family}"
    return f"{given} {family}"


def cases(rng: random.Random, words: dict, n: int):
    """(shape, text, name, position, degrees) tuples."""
    kec, desa = places("kecamatan"), places("desa")
    for _ in range(n):
        name = person(rng, words)
        degs = rng.sample(DEGREES, rng.choice((1, 2)))
        if len(degs) == 2 and degs[0][1] == degs[1][1]:
            degs = degs[:1]   # one degree written twice is not two degrees
        tail = ", ".join(w for w, _ in degs)
        want = [k for _, k in degs]
        pre_w, pre_k = rng.choice(PREFIX)
        body, verb = rng.choice(BODIES), rng.choice(VERBS)
        yield ("title, name, degrees", f"Kepala {body}, {name}, {tail}, {verb}.", name, f"Kepala {body}", want)
        yield ("name, degrees, title", f"{name}, {tail}, selaku Kepala {body}, {verb}.", name, f"Kepala {body}", want)
        yield ("title prefix name degrees", f"Kepala {body} {pre_w} {name}, {tail} {verb}.", name, f"Kepala {body}",
               ([pre_k] if pre_k else []) + want)
        k, d = rng.choice(kec), rng.choice(desa)
        yield ("camat place name", f"Camat {k} {name} {verb}.", name, f"Camat {k}", [])
        yield ("camat name", f"Camat {name} {verb}.", name, "Camat", [])
        yield ("kepala desa place name", f"Kepala Desa {d}, {name}, {verb}.", name, f"Kepala Desa {d}", [])
        yield ("lurah name", f"Lurah {name} {verb}.", name, "Lurah", [])
        region = rng.choice(regencies())
        yield ("bupati region name", f"Bupati {region} {name} {verb}.", name, f"Bupati {region}", [])
        other = person(rng, words)
        yield ("jury list", f"Dewan juri terdiri dari {other}, {name} dan {person(rng, words)}.", name, "Dewan Juri", [])


def degree_key(d: str) -> str:
    return re.sub(r"[.\s]", "", d).casefold()


def main() -> int:
    verbose = "-v" in sys.argv
    rng = random.Random(11)
    words = load_words()
    total, wrong = Counter(), Counter()
    for shape, text, name, position, degrees in cases(rng, words, 40):
        total[shape] += 1
        rec = extract_text(text)
        got = {o.name: o for o in rec.officials}
        o = got.get(name)
        problem = None
        if o is None:
            problem = f"name: {sorted(got)}"
        elif o.position != position:
            problem = f"position: {o.position!r}"
        elif sorted(map(degree_key, o.degrees or [])) != sorted(map(degree_key, degrees)):
            problem = f"degrees: {o.degrees}"
        if problem:
            wrong[shape] += 1
            if verbose:
                print(f"WRONG {problem} <- {text}")
    for shape in total:
        print(f"{shape:28} {wrong[shape]:3d} wrong of {total[shape]}")
    print(f"all: {sum(wrong.values())} wrong of {sum(total.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
