"""Text helpers of the agencies component (agencies.py): a body's name with region shorthand expanded only
where the text names the region in full, a long form the text defines, a body alone on its line, the
sentence around a position, the regions the text names with their level word, a headline, a unit named with
its secretariat."""
from __future__ import annotations

import re
from functools import lru_cache

from ..regions import candidates, expand_alias_in, lookup
from .agency_vocab import LEVEL_WORDS, Mention, _acting_rules
from .common import all_region_words
from .official_words import sentence_stops


def expand_regions(name: str, text: str) -> str:
    """'Kab.' -> 'Kabupaten' (and a level word written in lower case capitalised); a region shorthand ('Konsel') is expanded only where the text itself
    names the region in full, otherwise it stays as written (ANNOTATION decision 13)."""
    name = re.sub(r"\b[Kk]ab\b\.?\s*(?=[A-Z])", "Kabupaten ", re.sub(r"\b[Pp]rov\b\.?\s*(?=[A-Z])", "Provinsi ", name))
    name = re.sub(r"\b(kabupaten|kota|provinsi)(?= [A-Z])", lambda m: m.group(1).capitalize(), name)   # written in lower case
    words = name.split(" ")
    out = []
    for i, word in enumerate(words):
        full = expand_alias_in(word) if word[:1].isupper() else word
        if full != word and (" ".join(words[i:]).casefold().startswith(full.casefold())
                             or " ".join(words[:i + 1]).casefold().endswith(full.casefold())):
            full = word   # "Tidore Kepulauan", "Aceh Singkil" are already written in full
        if full != word and re.search(rf"(?<!\w){re.escape(full)}(?!\w)", text, re.IGNORECASE):
            level = re.search(rf"\b(Kabupaten|Kota|Provinsi)\s+{re.escape(full)}\s*\(\s*{re.escape(word)}\s*\)", text)
            if level and not (out and out[-1] in ("Kabupaten", "Kota", "Provinsi")):
                full = f"{level.group(1)} {full}"   # "Kabupaten Hulu Sungai Selatan (HSS)": the text's own long form
            out.append(full)
        else:
            out.append(word)
    return " ".join(out)


def defined_here(text: str, start: int, end: int, defined: dict[str, str]) -> tuple[int, list] | None:
    """A long form the text defines with a bracketed abbreviation that starts at this head and runs
    past where the word rules stopped: its end (after the brackets) and the bracket."""
    for short, long in defined.items():
        if len(long) > end - start and text.startswith(long, start):
            close = re.match(r"\s*\(([^()]{1,25})\)", text[start + len(long):])
            if close and close.group(1).strip().casefold() == short:
                b_start = start + len(long) + close.start(0)
                return start + len(long) + close.end(0), [(close.group(1).strip(), b_start, b_start + len(close.group(0)))]
    return None


FOOTER_ADDRESS = re.compile(r"[|•·]\s*(?:Jl|Jln|Jalan|Telp|Telepon|Tlp|Fax|Faks|E-?mail|Kode\s+Pos|Alamat|Komplek|Kompleks)"
                            r"\b", re.IGNORECASE)


def alone_on_line(text: str, start: int, end: int) -> bool:
    """A body alone on its line (after at most a short label) is a credit, a section tag or a
    letterhead ('Diskominfo Bintan', 'Sumber Foto: DPPKB', 'PEMKAB X', 'HUMAS SETDAKAB X'), not an actor."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[line_start:start].strip()
    after = text[end:len(text) if line_end < 0 else line_end].strip(" .")
    if after and re.fullmatch(r"[,A-Z&\s-]+", after) and text[start:end].isupper():
        after = ""   # a letterhead in capitals the name's reading cut at a comma: "DINAS KOMUNIKASI, INFORMATIKA DAN ..."
    if before.startswith("(") and re.fullmatch(r"(?:/[\w ]{1,12})?\)", after):
        before, after = before[1:].strip(), ""   # a release's credit in brackets: "(Prokopim Setdakab X)", "(Humas X/ant)"
    if before.casefold() in _press_office_words():
        before = ""   # a press office's banner over the page: "HUMAS SETDAKAB X"
    if before.casefold() in _acting_rules()["byline_openers"] and (not after or after.startswith("|")):
        return True   # a byline: "Oleh Bagian Protokol dan Komunikasi Pimpinan | 30 Oktober 2024"
    if not before and FOOTER_ADDRESS.match(after):
        return True   # a site's footer: "Pemerintah Kabupaten X | Jl. Jenderal Sudirman No. 1"
    if not before and re.match(r" +[-–—]\s", text[end:end + 5]):
        return True   # a press office in the dateline's place: "Diskominfo Kota X - Pemerintah Kota X melalui ..."
    return not after and (not before or (before.endswith(":") and len(before.split()) <= 3))


@lru_cache(maxsize=1)
def _press_office_words() -> frozenset[str]:
    from .title import rules as title_rules

    return frozenset(title_rules()["press_office_words"])


def sentence_of(text: str, start: int, pos: int) -> str:
    """The sentence that starts at `start` and runs over `pos` (an abbreviation's dot, "dr. Nama", ends none)."""
    m = next(sentence_stops(text, pos), None)
    return text[start:m.start() if m else len(text)]


# a region's level word as written -> as the gazetteer names it
LEVELS = {"kabupaten": "Kabupaten", "kab": "Kabupaten", "kab.": "Kabupaten", "kota": "Kota", "provinsi": "Provinsi",
          "propinsi": "Provinsi", "prov": "Provinsi", "prov.": "Provinsi"}
# a local government's short name -> the level word it holds ("Pemkab Karo" = "Pemerintah Kabupaten Karo")
GOVERNMENT_LEVELS = {"pemkab": "Kabupaten", "pemkot": "Kota", "pemko": "Kota", "pemprov": "Provinsi"}


LEVEL_NAMED = re.compile(r"(?<![\w-])(Kabupaten|Kota|Provinsi|Propinsi|Kab\.)\s+([A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2})")


def regions_named(text: str) -> frozenset[str]:
    """Lower-cased words of the known regions the text names with their level word ('Kabupaten Agam' -> {'agam'}),
    and the shorthand the text gives one in brackets ('(KKT)'): after a body they are its region, even those that are
    common in personal names."""
    out: set[str] = set()
    for m in LEVEL_NAMED.finditer(text):
        kind = LEVELS[m.group(1).casefold()]
        words = m.group(2).split()
        for n in range(len(words), 0, -1):
            if lookup(f"{kind} {' '.join(words[:n])}") is not None:
                out.update(w.casefold() for w in words[:n])
                ends = [w.end() for w in re.finditer(r"\S+", text[m.start(2):m.end(2)])]
                short = REGION_SHORT.match(text, m.start(2) + ends[n - 1])
                if short:   # "Kabupaten Kepulauan Tanimbar (KKT)": the text's own shorthand for the region
                    out.add(short.group(1).casefold())
                break
    return frozenset(out)


# the text's shorthand for a region, in brackets right after it ("Kabupaten Kepulauan Tanimbar (KKT)")
REGION_SHORT = re.compile(r"\s*\(([A-Z][A-Za-z]{1,7})\)")


UNIT_PARENT = re.compile(r"\b(?:Sekretariat|Setda|Setdakab|Setdakot|Setdako|Setdaprov|Setkot|Setko|Setprov|Setwan|Biro|Dinas|Badan)\b")
LIST_ITEM = re.compile(r"\s*(?:[-–•*·]|\d{1,2}[.)]|[A-Z][\w]*(?:\s+[\w]+){0,2}\s*:)\s")   # "- ", "2. ", "Juara I: "


def _names_region(level: str, word: str) -> bool:
    """Does the level word and this word begin a known region's name ('Kota' 'Batu', 'Kabupaten' 'Tanah')?"""
    kind = LEVELS.get(level.casefold())
    if kind is None or not word[:1].isupper():
        return False
    found = lookup(f"{kind} {word}")
    return found is not None and found.short.casefold().split()[0] == word.casefold()


def region_end_at(text: str, pos: int, level: str, limit: int) -> int | None:
    """Where a known region's name of two or more words, written at pos after its level word, ends:
    names that hold a level word, "dan" or a repeated word ("Kabupaten Lima Puluh Kota", "Pangkajene dan
    Kepulauan", "Tojo Una Una"), which the word-by-word reading of a body's name would cut. With no level
    word (level ""), the region's own short name after a body ("Bappeda Aceh Jaya", "Dinas Kesehatan Nias,"),
    also where its words are common in personal names; a one-word name only before no further capital."""
    kind = LEVELS.get(level.casefold(), "" if not level else None)
    if kind is None:
        return None
    words = list(re.finditer(r"[A-Za-z][\w’'-]*", text[pos:min(limit, pos + 60)]))[:5]
    if not words or text[pos:pos + words[0].start()].strip():
        return None   # only spaces before the name: "Tanjung Selor, Kalimantan Utara" is a location after a comma
    if words[0].group(0).casefold().split("-")[0] not in all_region_words():
        return None   # (cheap: most words open no region's name)
    for n in range(len(words), 1 if kind else 0, -1):
        phrase = text[pos + words[0].start():pos + words[n - 1].end()]
        if not words[n - 1].group(0)[:1].isupper() or not words[0].group(0)[:1].isupper() or re.search(r"[,.;:()\n]", phrase):
            continue
        found = lookup(f"{kind} {phrase}".strip()) if kind else next(iter(candidates(phrase)), None)
        if found is None or len(found.short.split()) < (n - 1 if kind else n) \
                and found.short.replace(" ", "").casefold() != phrase.replace(" ", "").casefold():
            continue   # (without a level word a name the regency and the city share, "Bima", is still a region;
            # "Batang Hari" is the regency "Batanghari" written in two words)
        if not kind and n == 1 and re.match(r"\s+[A-Z]", text[pos + words[0].end():]):
            continue   # "Dinas Kesehatan Bima Santoso": a one-word region name opening a person's name
        return pos + words[n - 1].end()
    return None


# a sentence's end inside a line (a word, a number or a bracket, a full stop, a capital), not a title's dot ("Dr. X")
SENTENCE_INSIDE = re.compile(r"(?:\)|\b[a-z]{4,}|\d)\.\s+[A-Z]")


def _is_headline(line: str) -> bool:
    """A title-case line without a full stop: its capitals say nothing about names. A list item ('- X',
    '2. X', 'Juara I: Puskesmas X, inovasi "Y"') is not a headline: its names are names."""
    words = re.findall(r"[A-Za-z][\w’'-]*", line)
    if len(words) < 5 or line.rstrip().endswith(".") or LIST_ITEM.match(line) or SENTENCE_INSIDE.search(line):
        return False   # (a photo's caption ends in its credit, after a full stop: "... Rabu (22/1/2025). SITE/NAMA")
    return sum(w[0].isupper() for w in words) / len(words) >= 0.6


def _named_with_parent(text: str, unit: str) -> bool:
    """Does the text name this unit with its parent secretariat somewhere ('Bagian Organisasi Setda X')?"""
    return any(UNIT_PARENT.match(text, m.end()) for m in re.finditer(rf"(?<!\w){re.escape(unit)}\s+", text, re.IGNORECASE))


# an agent's cue, then a body written all in lower case ("Pemkab X melalui dinas kesehatan meluncurkan ...",
# "dikembangkan oleh dinas komunikasi dan informatika kabupaten sikka"): sloppy portals write bodies so
_LOWER_BODY = re.compile(r"\b(?:melalui|oleh|digelar|diselenggarakan|dikembangkan|digagas|diluncurkan|bersama)\s+"
                         r"((?:dinas|badan|bagian|inspektorat|sekretariat)(?:\s+[a-z][a-z-]*){1,10})")


def lowercase_bodies(text: str) -> list[Mention]:
    """Bodies written in lower case right after an agent's cue: office words (and "dan") after the head, then a
    level word and a region's name; the name as the body writes it, capitalised. Acting: the cue makes them act."""
    from ..nomenclature import office_words
    from . import common

    out = []
    pos = 0
    while (m := _LOWER_BODY.search(text, pos)) is not None:
        pos = m.start(1) + 1
        words = m.group(1).split()
        n = 1
        while n < len(words) and (words[n] in office_words() and words[n] not in LEVEL_WORDS or words[n] == "dan"):
            n += 1
        if n < len(words) and words[n] in LEVEL_WORDS and n + 1 < len(words) and common.is_region_word(words[n + 1]):
            n += 2
            while n < len(words) and common.is_region_word(words[n]) and words[n] not in office_words():
                n += 1
        while n > 1 and words[n - 1] == "dan":
            n -= 1
        if n < 2:
            continue   # "melalui dinas terkait": no field, a class of bodies
        written = " ".join(words[:n])
        start = m.start(1)
        name = " ".join(w if w == "dan" else w.capitalize() for w in words[:n])
        pos = start + len(written)
        out.append(Mention(start, start + len(written), written, name, words[0].capitalize(), None, True,
                           {"headline": False, "office_only": False, "lowercase": True}))
    return out
