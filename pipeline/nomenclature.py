"""Names of offices and bodies: the word lists in rules/agencies and rules/officials, and the
normalisers built on them (abbreviation expansion, degree splitting, name cleaning).

Loaded once per process; every function here is pure and cheap.
"""
from __future__ import annotations

import csv
import re
import tomllib
from dataclasses import dataclass, replace
from functools import lru_cache

from . import RULES_DIR


def _lines(path) -> list[str]:
    with open(path, encoding="utf-8") as fh:
        return [ln.strip() for ln in fh if ln.strip() and not ln.lstrip().startswith("#")]


@dataclass(frozen=True)
class Abbreviation:
    short: str
    full: str
    kind: str    # body, field, unit, government, keep, generic


@lru_cache(maxsize=1)
def abbreviation_spellings() -> tuple[Abbreviation, ...]:
    """Every row of rules/agencies/nomenclature.csv, also the spellings that differ only in case
    ("Kemenpan-RB", "KemenPAN-RB"), which `abbreviations()` keys as one."""
    with open(RULES_DIR / "agencies" / "nomenclature.csv", encoding="utf-8") as fh:
        return tuple(Abbreviation(r["abbreviation"], r["expansion"], r["kind"]) for r in csv.DictReader(fh))


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, Abbreviation]:
    """Case-folded abbreviation -> its expansion (the last row of a spelling wins)."""
    return {a.short.casefold(): a for a in abbreviation_spellings()}


@lru_cache(maxsize=1)
def agency_heads() -> list[str]:
    return _lines(RULES_DIR / "agencies" / "heads.txt")


@lru_cache(maxsize=1)
def position_rules() -> dict:
    with open(RULES_DIR / "officials" / "positions.toml", "rb") as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=1)
def opening_particles() -> tuple[frozenset[str], frozenset[tuple[str, ...]]]:
    """Particles that open a personal name inside a run of capitalised words (positions.toml name_particles of three
    letters or more, and "Ni": "I" and "La" may be a unit's numeral or a place's word), and the two-word openers
    ("Anak Agung") as word tuples."""
    r = position_rules()
    return (frozenset(p for p in r["name_particles"] if len(p) >= 3 or p == "Ni"),
            frozenset(tuple(o.split()) for o in r["name_openers"]))


@lru_cache(maxsize=1)
def office_words() -> frozenset[str]:
    words = set()
    for line in _lines(RULES_DIR / "officials" / "office_words.txt"):
        words.update(line.split())
    for abbr in abbreviations().values():
        words.update(w.casefold() for w in re.split(r"[\s-]+", abbr.short))
        # the capitalised words of the bodies' full names ("Statistik", "Pengawas", "Kebencanaan")
        words.update(w.casefold().strip(",") for w in abbr.full.split() if w[:1].isupper())
    for head in agency_heads() + position_rules()["heads"]:
        words.update(w.casefold().rstrip(".") for w in head.split())
    for field in _lines(RULES_DIR / "agencies" / "fields.txt"):
        words.update(w.casefold() for w in field.split() if w[:1].isupper())
    return frozenset(words - _name_words_in_titles())


def _degree_key(text: str) -> str:
    return re.sub(r"[\s.]", "", text).casefold()


@lru_cache(maxsize=1)
def degree_forms() -> dict[str, list[str]]:
    """Key without dots/spaces/case -> the listed spellings ("msi" -> ["M.Si"], "se" -> ["S.E", "SE"])."""
    forms: dict[str, list[str]] = {}
    for degree in _lines(RULES_DIR / "officials" / "degrees.txt") + position_rules()["prefix_degrees"]:
        forms.setdefault(_degree_key(degree), []).append(degree)
    return forms


@lru_cache(maxsize=8192)
def normal_degree(token: str) -> str | None:
    """A degree as written, without spaces or a final dot, in its listed case; None if not a degree.

    'M. Si' -> 'M.Si', 'SE.' -> 'SE', 'Ap.' -> 'AP', 'S.Pd.' -> 'S.Pd', 'MSi' -> 'MSi', 'Amd.Keb' -> 'Amd.Keb'.
    """
    spellings = degree_forms().get(_degree_key(token))
    if not spellings:
        return None
    written = re.sub(r"\s", "", token).rstrip(".,")
    for form in spellings:
        if form == written:
            return form
    for form in spellings:
        if form.casefold() == written.casefold():
            return form
    # spelt otherwise than listed: as written (ANNOTATION 14: "internal dots as written"), "MSi" stays "MSi"
    if "." not in written and re.search(r"\w\s+\w", token):
        return spellings[-1] if len(spellings) > 1 else spellings[0]   # "S Sos": the space stands for the dot
    return written


# A degree's shape, for degrees missing from the list: "S.Tr.Sos", "M.Kn", "A.Md.Gz" (a bachelor,
# master, diploma or specialist letter, a dot, then capitalised pieces of at most five letters).
_DEGREE_SHAPE = re.compile(r"(?:S|M|D|A\.Md|Sp)\.\s?[A-Z][A-Za-z]{0,3}(?:\.[A-Z][A-Za-z]{0,4})*\.?")


@lru_cache(maxsize=8192)
def degree_like(token: str) -> str | None:
    """normal_degree, or a degree-shaped token written without spaces or a final dot."""
    listed = normal_degree(token)
    if listed is not None:
        return listed
    if _DEGREE_SHAPE.fullmatch(token.strip()):
        return re.sub(r"\s", "", token).rstrip(".,")
    first, dash, rest = token.strip().partition("-")     # a specialist's consultancy: "SpPD-KEMD"
    if dash and normal_degree(first) and re.fullmatch(r"K?[A-Z]{1,6}\.?", rest):
        return f"{normal_degree(first)}-{rest.rstrip('.')}"
    qualified = _QUALIFIED.fullmatch(token.strip())   # a consultant's "(K)" or a branch: "Sp.A(K)", "M.Si(Han)"
    if qualified and degree_like(qualified.group(1)):
        return f"{degree_like(qualified.group(1))}({qualified.group(2)})"
    return None


_QUALIFIED = re.compile(r"(.+?)\s?\((K[A-Z]{0,3}|[A-Z][a-z]{1,3})\)\.?")   # not a body: "SE (BPBD)"


@lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    """Words of roles and non-government bodies (rules/officials/role_words.txt) and of the heads
    only the officials component reads (positions.toml person_heads), lowercase."""
    words: set[str] = set()
    for line in _lines(RULES_DIR / "officials" / "role_words.txt"):
        words.update(line.split())
    for head in position_rules()["person_heads"]:
        words.update(w.casefold().rstrip(".") for w in head.split())
    return frozenset(words - _name_words_in_titles())


def _name_words_in_titles() -> set[str]:
    return {w.casefold() for w in position_rules().get("name_words_in_titles", [])}


@lru_cache(maxsize=1)
def official_heads() -> list[str]:
    """Every head that opens an official's position: positions.toml heads and person_heads."""
    return position_rules()["heads"] + position_rules()["person_heads"]


@lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    return frozenset(w.casefold() for w in position_rules()["not_names"] + position_rules()["title_verbs"])


@lru_cache(maxsize=1)
def place_taking_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in position_rules()["place_taking_words"])


@lru_cache(maxsize=1)
def title_verbs() -> frozenset[str]:
    return frozenset(w.casefold() for w in position_rules()["title_verbs"])


@lru_cache(maxsize=1)
def honorifics() -> frozenset[str]:
    return frozenset(h.casefold().rstrip(".") for h in position_rules()["honorifics"])


@lru_cache(maxsize=1)
def prefix_degrees() -> dict[str, str]:
    """Titles written before a name, casefolded -> as listed; a compound's later parts too ("Dr. Eng." lists
    "Dr.Eng": "eng" -> "Eng"), so that they are read as titles, never as the name's first word."""
    out = {}
    for d in position_rules()["prefix_degrees"]:
        first, *rest = d.split(".")
        if not rest:
            out[d.casefold()] = d
        for part in rest:
            out.setdefault(part.casefold(), part)
    return out


@lru_cache(maxsize=1)
def prefix_compounds() -> dict[str, str]:
    """Compound titles before a name, keyed by their parts casefolded without dots ("Dr. Eng." -> "dreng" ->
    "Dr.Eng"); `merge_prefix_degrees` joins the parts read one by one."""
    return {_degree_key(d): d for d in position_rules()["prefix_degrees"] if "." in d}


def merge_prefix_degrees(degrees: list) -> list:
    """Degrees read before a name word by word, with a compound's parts joined ("Dr", "Eng" -> "Dr.Eng"). Items are
    Found-like (value, start, end, method)."""
    out = []
    for d in degrees:
        if out:
            whole = prefix_compounds().get(_degree_key(out[-1].value + d.value))
            if whole is not None:
                out[-1] = replace(out[-1], value=whole, end=d.end)
                continue
        out.append(d)
    return out


def defined_abbreviations(text: str) -> dict[str, str]:
    """Expansions the text gives itself: 'Dinas Kependudukan dan Catatan Sipil (Dukcapil)'.

    The long form is the capitalised run (with 'dan', commas) right before the brackets.
    """
    found: dict[str, str] = {}
    for m in re.finditer(r"((?:[A-Z][\w’'.-]*|dan|&)(?:[ ,]+(?:[A-Z][\w’'.-]*|dan|&))*)\s*\(([A-Za-z][A-Za-z0-9\- ]{1,20})\)", text):
        long, short = m.group(1).strip(" ,"), m.group(2).strip()
        words = long.split()
        # keep the shortest tail of the run whose initials can spell the abbreviation
        initials = re.sub(r"[^a-z]", "", short.casefold())
        fits = []
        for i in range(len(words)):
            tail = words[i:]
            letters = "".join(w[0].casefold() for w in tail if w not in ("dan", "&"))
            if letters and letters[0] == initials[0] and (set(initials) <= set("".join(tail).casefold())) \
                    and tail[0].casefold() not in ("dan", "&") \
                    and not any(w.strip(",.").casefold() == short.casefold() for w in tail):
                # (a run holding the abbreviation itself is no long form of it: "Kalaksa BPBD, Nama, SE (BPBD)")
                fits.append(" ".join(tail).strip(" ,"))
        # a body's long form starts at its head word ("Bengkulu Selatan, Badan Perencanaan ..." -> "Badan ...")
        heads = tuple(h.casefold().split()[0] for h in agency_heads())
        at_head = [f for f in fits if f.split()[0].casefold() in heads]
        # a tail whose initials spell the abbreviation exactly wins: "Kementerian Dalam Negeri, Kompetisi
        # Inovasi Pelayanan Publik (KIPP)" defines KIPP as the competition, not as the ministry's name
        exact = [f for f in fits if "".join(w[0] for w in f.split() if w[0].isupper()).casefold() == initials]
        if fits and not exact and not at_head and len(words) > len(fits[-1].split()) \
                and words[-len(fits[-1].split()) - 1].casefold() in heads and not _region_named(fits[-1]):
            # (not a region's shorthand after a body: "DPRD Tapanuli Tengah (Tapteng)" defines Tapteng as the region)
            # "Badan Kesatuan Bangsa dan Politik (Kesbangpol)": the body's head word before the letters' own words
            at_head = [" ".join(words[-len(fits[-1].split()) - 1:]).strip(" ,")]
        places = [f for f in fits if not exact and not at_head and _region_named(f)]
        if exact:
            found.setdefault(short.casefold(), exact[0])
        elif places:   # "Bupati Banggai Kepulauan (Bangkep)": the region's shorthand, not the regent's
            found.setdefault(short.casefold(), places[0])
        elif at_head:   # the shortest: "Dinas Kesehatan dan Dinas Sosial (Dinsos)" -> "Dinas Sosial"
            found.setdefault(short.casefold(), at_head[-1])
        elif fits:
            found.setdefault(short.casefold(), fits[0])
    return found


def _region_named(words: str) -> bool:
    """The words name a region in the Kemendagri list ("Tapanuli Tengah")."""
    from .regions import lookup

    return lookup(words) is not None


_TOKEN = re.compile(r"[\w’'.\-]+|\S")


def expand_abbreviations(text: str, defined: dict[str, str] | None = None, keep: frozenset[str] = frozenset()) -> str:
    """Expand body abbreviations inside a name ('Bagian Umum Setda Kota X' -> '... Sekretariat Daerah ...').

    The text's own definitions win over the nomenclature; title abbreviations (Kabag,
    Sekda) are not in the nomenclature and stay as written, as do words in `keep`.
    For a field abbreviation defined in the text with its head ('Dinas Kependudukan
    dan Catatan Sipil (Dukcapil)'), the head is left out when the word before already
    names the body kind ('Kadis Dukcapil', 'Dinas Dukcapil').
    """
    defined = defined or {}
    table = abbreviations()
    words = text.split(" ")
    out: list[str] = []
    i = 0
    while i < len(words):
        matched = False
        for n in (4, 3, 2, 1):   # the longest written form first ("Kementerian PAN dan RB")
            chunk = " ".join(words[i:i + n])
            key = chunk.strip(",").casefold()
            if n > len(words) - i or key in keep:
                continue
            abbr = table.get(key)
            full = None
            if key in defined and (abbr is None or abbr.kind != "generic"):
                full = defined[key]
                if abbr is not None and abbr.kind == "field":
                    full = re.sub(r"^(?:Dinas|Badan|Bidang|Bagian)\s+", "", full)
            elif abbr is not None and abbr.kind in ("body", "field", "unit", "government"):
                full = abbr.full
            if full:
                prev = out[-1].casefold() if out else ""
                if prev and full.split()[0].casefold() == prev:
                    full = " ".join(full.split()[1:])
                out.append(full + ("," if chunk.endswith(",") else ""))
                i += n
                matched = True
                break
        if not matched:
            out.append(words[i])
            i += 1
    return " ".join(w for w in out if w)


def clean_spaces(text: str) -> str:
    text = re.sub(r"\s*\([^()]*\)", "", text)          # bracketed abbreviations
    text = re.sub(r"\s+([,.])", r"\1", text)
    return re.sub(r"\s+", " ", text).strip(" ,.;:-–")
