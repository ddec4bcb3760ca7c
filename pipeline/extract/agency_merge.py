"""One entry per acting body (ANNOTATION rule 7): mentions of one body merged under its fullest name.

Names are compared without level words ("Dinas Kesehatan Kota X" = "Dinas Kesehatan X"); a ministry
and its unit named with it, two names of one hospital, and near-equal spellings are one body.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from .agency_vocab import LEVEL_WORDS, PARENT_HEADS, SCHOOL_SHORT, VILLAGE_GOVERNMENTS, Mention


def _spelled_out(name: str) -> str:
    """Abbreviations a name keeps as written (DPRD, Puskesmas, UPTD) spelled out for comparing: 'DPRD Kukar' and
    'Dewan Perwakilan Rakyat Daerah Kabupaten Kutai Kartanegara' are one body."""
    from ..nomenclature import abbreviations
    table = abbreviations()
    out = []
    for w in name.split():
        a = table.get(w.casefold())
        out.append(a.full if a is not None and a.kind == "keep" and a.full != a.short else w)
    return " ".join(out)


def _merge_key(name: str, spelled: bool = False) -> str:
    """Names compared without level words: 'Dinas Kesehatan Kota Cilegon' = 'Dinas Kesehatan Cilegon'."""
    words = [w for w in re.split(r"[\s,]+", (_spelled_out(name) if spelled else name).casefold())
             if w and w not in LEVEL_WORDS]
    if len(words) > 2 and words[1] == "daerah" and words[0] in ("pemerintah", "inspektorat"):
        del words[1]   # "Pemda X" = "Pemkab X": one local government; "Inspektorat Daerah X" = "Inspektorat X"
    if words and words[0] in SCHOOL_SHORT:
        words[:1] = SCHOOL_SHORT[words[0]].split()   # "SMPN 2 X" = "SMP Negeri 2 X"
    if len(words) > 2 and words[0] in ("upt", "uptd") and words[1] in UNIT_KINDS:
        del words[0]   # "UPTD Puskesmas Bajawa" = "Puskesmas Bajawa": the unit's status before its name
    if len(words) > 2 and " ".join(words[:2]) in LOCAL_GOVERNMENTS:
        words[:2] = [LOCAL_GOVERNMENTS[" ".join(words[:2])]]   # "Pemerintah Desa Nita" = "Desa Nita" = "Pemdes Nita"
    elif len(words) > 1 and words[0] == "pemdes":
        words[0] = "desa"
    return " ".join(words)


# a district's or village's government and office, one body with the place named bare ("Desa Nita meluncurkan")
# (agency_vocab.VILLAGE_GOVERNMENTS: "Pemerintah Pekon X" = "Pekon X"; the offices named by their head's title)
LOCAL_GOVERNMENTS = {**{g: g.split()[-1] for g in VILLAGE_GOVERNMENTS if g.startswith("pemerintah ")},
                     "kantor camat": "kecamatan", "kantor lurah": "kelurahan"}

# bodies that are a regional unit (UPT/UPTD) and are named without that status as often as with it
UNIT_KINDS = {"puskesmas", "pustu", "rsud", "rsd", "rsu", "rs", "laboratorium", "labkesda", "pasar", "terminal"}

HOSPITAL_GENERIC = {"rumah", "sakit", "umum", "daerah", "rsd", "rsu", "rsud", "rs", "dr.", "dr", "h.", "h", "prof.",
                    "ibu", "dan", "anak", "jiwa"}


def _hospital_words(key: str) -> set[str]:
    """The proper words of a hospital's name (its town, its namesake), for telling one hospital's names."""
    words = key.split()
    if not words or not (key.startswith("rumah sakit") or words[0] in ("rsd", "rsu", "rsud", "rs")):
        return set()
    return {w for w in words if w not in HOSPITAL_GENERIC}


LEVEL_REGION = re.compile(r"(?<!\w)(kabupaten|kab\.?|kota|provinsi|propinsi|prov\.?)\s+(.+?)(?=\s+(?:kabupaten|kab\.?|kota|provinsi|propinsi|prov\.?)\s|$)",
                          re.IGNORECASE)
LEVEL_NAME = {"kab": "kabupaten", "kab.": "kabupaten", "propinsi": "provinsi", "prov": "provinsi", "prov.": "provinsi"}


def _other_region(a: str, b: str) -> bool:
    """Two names of one kind of body in two regions: 'Dinas Kesehatan Provinsi Gorontalo' / 'Dinas Kesehatan
    Kabupaten Gorontalo Utara' (both with a level word, naming different local governments), 'Dinas Kesehatan
    Gorontalo' / 'Dinas Kesehatan Gorontalo Utara' (the longer name runs a region name on with a further region
    word), 'Kecamatan Pontianak Barat' / 'Kecamatan Pontianak Utara' (one place name, two endings). Such bodies
    are two, whatever their merge keys share or however alike they are spelt."""
    ra, rb = LEVEL_REGION.search(a), LEVEL_REGION.search(b)
    if ra and rb:
        level = lambda m: LEVEL_NAME.get(m.group(1).casefold(), m.group(1).casefold())
        return level(ra) != level(rb) or ra.group(2).casefold() != rb.group(2).casefold()
    from ..nomenclature import office_words
    from .common import is_region_word
    place = lambda w: is_region_word(w) and w not in office_words()   # "Daerah" ends a body's own name
    wa, wb = _merge_key(a).split(), _merge_key(b).split()
    n = 0
    while n < min(len(wa), len(wb)) and wa[n] == wb[n]:
        n += 1
    if n == 0 or len(wa) == len(wb) == n:
        return False
    if n < len(wa) and n < len(wb):   # "Kecamatan Pontianak Barat" / "Kecamatan Pontianak Utara": two places
        return place(wa[n]) and place(wb[n]) and place(wa[n - 1])
    short, long = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    return n == len(short) and place(short[-1]) and place(long[n])


def _same_body(a: str, b: str) -> bool:
    """Merge keys of one body: equal, one beginning the other, one a ministry the other's unit is
    named with ("Kementerian Dalam Negeri" / "Badan Strategi ... Kementerian Dalam Negeri"), one the
    other's name without its fields after "dan" (same region), or a misspelling of the other
    ("Kementrian Dalam Negri")."""
    if a == b or a.startswith(b + " ") or b.startswith(a + " "):
        return True
    short, long = sorted((a, b), key=len)
    if long.endswith(" " + short) and short.split()[0] in PARENT_HEADS:
        return True
    sw, lw = short.split(), long.split()
    if len(sw) >= 3 and len(lw) > len(sw) and sw[-1] == lw[-1] and lw[:len(sw) - 1] == sw[:-1] \
            and lw[len(sw) - 1] in ("dan", "&"):
        return True   # "Dinas Perikanan Cianjur" / "Dinas Perikanan dan Ketahanan Pangan Cianjur": the name cut short
    if _hospital_words(a) & _hospital_words(b):
        return True   # "RSD Tanjung Selor" / "RSD dr. H. Soemarno ... Tanjung Selor": one hospital
    sm = SequenceMatcher(None, a, b)   # the cheap upper bounds first: most pairs are far apart
    return sm.real_quick_ratio() >= 0.9 and sm.quick_ratio() >= 0.9 and sm.ratio() >= 0.9


def _spelled_same(a: str, b: str) -> bool:
    """One name begins the other once kept abbreviations are spelled out ('DPRD Kukar' / 'Dewan Perwakilan
    Rakyat Daerah Kabupaten Kukar'); no near-equal spellings here, spelled-out names differ too little."""
    a, b = _merge_key(a, spelled=True), _merge_key(b, spelled=True)
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")


def _fuller(m: Mention, other: Mention) -> bool:
    """Should m's name replace other's? The longer one; of two names of one body that differ only in
    level words ('Pemkab X' / 'Pemda X'), the body text's over the headline's."""
    if m.extra.get("headline") != other.extra.get("headline") and _merge_key(m.name) == _merge_key(other.name):
        return not m.extra.get("headline")
    return len(m.name) > len(other.name)


def _region_of(name: str) -> str | None:
    r = LEVEL_REGION.search(name)
    return f"{LEVEL_NAME.get(r.group(1).casefold(), r.group(1).casefold())} {r.group(2).casefold()}" if r else None


def _away(a: str, b: str, home: set[str]) -> bool:
    """A body named bare and the same kind of body of a region other than the text's own local government:
    'Dinas PMD' of a regency's story and 'Dinas PMD Provinsi X' are two bodies."""
    ra, rb = _region_of(a), _region_of(b)
    if (ra is None) == (rb is None) or not home:
        return False
    bare, region = (a, rb) if ra is None else (b, ra)
    if region.split(" ", 1)[-1] in bare.casefold():
        return False   # "DPRD Sikka" / "DPRD Kabupaten Sikka": the region named without its level word
    return (ra or rb) not in home


def merge(mentions: list[Mention]) -> list[Mention]:
    """One entry per body, in its fullest form (ANNOTATION rule 7)."""
    keep: list[Mention] = []
    home = {_region_of(m.name) for m in mentions if m.name.startswith("Pemerintah ")} - {None}
    for m in mentions:
        k = _merge_key(m.name)
        same = next((o for o in keep if (_same_body(_merge_key(o.name), k) or _spelled_same(o.name, m.name))
                     and not _other_region(o.name, m.name) and not _away(o.name, m.name, home)), None)
        if same is None:
            keep.append(m)
        elif _fuller(m, same):
            keep[keep.index(same)] = m
    return keep


LEVEL_NAMES = {"Kabupaten", "Kota", "Provinsi"}


def fullest(acting: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """An acting body also named, more fully, as a position holder's office ('Kepala Dinas Kesehatan
    Kota X' ... 'Dinas Kesehatan meluncurkan'), or a headline's body named more fully anywhere in the text, takes
    that fuller name (ANNOTATION rule 7)."""
    offices = [m for m in mentions if m.extra.get("office_only")]
    body_text = [m for m in mentions if not m.extra.get("headline")]
    out = []
    for a in acting:
        key = _merge_key(a.name)
        # (a headline's short name, "SMPN 2", takes the body text's "SMP Negeri 2 Bangli" wherever that stands)
        pool = body_text if a.extra.get("headline") else offices
        longer = [o for o in pool if (_merge_key(o.name).startswith(key + " ") or _merge_key(o.name) == key
                                      and set(o.name.split()) - set(a.name.split()) <= LEVEL_NAMES)
                  and len(o.name) > len(a.name)]   # (or the same body with its level word: "... Kabupaten Bantul")
        out.append(max(longer, key=lambda o: len(o.name)) if longer else a)
    return out
