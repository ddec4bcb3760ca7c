"""Shared pieces of innovation finding: the word lists, a light tokenizer, capitalised runs, candidates.

Used by innovations.py (names) and innovation_owners.py (the body that owns each name).
"""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from .. import RULES_DIR
from ..evidence import Found
from .common import doc_text

OPEN_Q = {"“", '"', "‘‘", "„", "«", "‘", "'"}
CLOSE_Q = {"”", '"', "’’", "»", "’", "'"}
# A line break is a token of its own: no name runs from a headline into the next line. A single quote is a
# token only at a word's edge ("‘Rumah Gizi’", "'Sapa Warga'"), never inside one ("Jum’at", "Ba’Rani").
_TOKEN = re.compile(r"\n|‘‘|’’|(?<!\w)[‘']|[’'](?!\w)|[“”\"()\[\],;:!?]"
                    r"|(?:[^\s“”\"()\[\],;:!?’'‘]|[’'‘](?=\w))+")
BODY_RUN_STOP = {"dengan", "melalui", "yang", "dan", "untuk", "pada", "di", "dalam", "telah", "terus"}


@lru_cache(maxsize=1)
def rules() -> dict:
    with open(RULES_DIR / "innovations.toml", "rb") as fh:
        r = tomllib.load(fh)
    for key in ("direct_triggers", "list_triggers", "answer_openers", "innovation_words", "stop_tokens", "inner_connectors",
                "bad_first_words", "not_innovations", "tech_context", "body_heads", "single_token_triggers",
                "continuation_triggers", "list_blockers", "bad_long_first_words", "agency_inner", "owner_verbs",
                "position_words", "name_end_words", "trigger_blockers", "naming_triggers", "ordinal_openers",
                "rank_words", "owner_markers", "person_words", "calendar_words", "describer_stops", "trigger_modifiers",
                "copulas", "copula_fillers", "means_words", "back_references", "body_name_links",
                "name_honorifics", "honorific_offices", "count_nouns",
                "table_name_headers", "table_owner_headers", "trigger_scopes",
                "blocker_prepositions", "list_subheadings", "place_owner_markers", "national_bodies", "naming_blockers", "phrase_describers", "besides_openers",
                "appositive_links", "speech_verbs", "region_source_words", "school_words", "site_heads",
                "predicate_nouns", "showcase_verbs", "presenting_verbs", "creation_verbs", "running_verbs", "long_form_openers",
                "venue_heads", "named_unit_heads", "name_qualities", "stand_words", "headline_verbs", "english_openers", "discourse_openers",
                "owner_verb_adverbs", "arrival_words", "people_announcers", "entrant_words", "entry_words", "body_link_verbs", "award_cues", "contest_words", "result_words", "count_words", "acting_offices",
                "day_parts", "english_connectors", "pronoun_openers", "showing_up_words", "place_words", "office_name_verbs", "name_closing_places",
                "address_levels", "after_last_words", "entry_nouns", "possessive_words", "headline_clause_words", "headline_cut_words",
                "noun_negations", "item_label_words", "village_levels",
                "owned_apposition_after", "owned_links", "naming_back",
                "range_ends", "item_describers", "owner_nouns",
                "having_verbs", "stage_words", "made_verbs", "partitive_openers", "headline_win_verbs",
                "introducing_verbs", "calling_verbs"):
        r[key] = set(w.lower() for w in r.get(key, []))
    r["_tech"] = re.compile(r["tech_prefix"])
    r["_broadcast"] = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in r["broadcast_words"]) + r")(?!\w)",
                                 re.IGNORECASE)
    r["_rank_verbs"] = {}
    for v in sorted(r.get("rank_verbs", []), key=len, reverse=True):   # first word -> the phrases it opens
        r["_rank_verbs"].setdefault(v.split()[0], []).append(v)
    r["_abbrev"] = re.compile(r"\s*,?\s+" + r["abbrev_infix"] + r"\s+", re.IGNORECASE)   # (", yang disingkat Y" too)
    r["_expand"] = re.compile(r"\s*" + r["expansion_infix"] + r"\s+", re.IGNORECASE)
    r["_multi_list"] = sorted((t for t in r["list_triggers"] if " " in t), key=len, reverse=True)
    # first word -> the multi-word list triggers it opens, as word lists, longest first
    r["_multi_first"] = {}
    for t in r["_multi_list"]:
        r["_multi_first"].setdefault(t.split()[0], []).append(t.split())
    return r


class Tok:
    __slots__ = ("text", "start", "end", "low")

    def __init__(self, text: str, start: int):
        self.text, self.start, self.end, self.low = text, start, start + len(text), text.lower()


_INITIALS = re.compile(r"(?:[A-Za-z]\.)+")
_WORDISH = re.compile(r"\w")
_LETTER = re.compile(r"[A-Za-z]")
# Rule innovations found by these cues alone give way to the model reading a place or a person (entities.py); where
# one name is read by several cues, a stronger one is kept (innovation_dedupe.py).
WEAK_INNOVATION_CUES = {"list", "quoted"}

# "... dari pemerintah pusat", "... milik pemerintah pusat", "... milik Kementerian X" after a name: a national programme
# or platform the region takes part in or uses
NATIONAL_SOURCE = re.compile(r"\)?(?:\s*\([^()]{1,20}\))?\s*(?:(?:dari|milik|besutan|program|garapan|buatan)\s+|yang\s+(?:(?:telah|sudah)\s+)?"
                             r"(?:digulirkan|diluncurkan|digagas|dicanangkan|dikembangkan|diinisiasi|dibuat)\s+(?:oleh\s+)?)"
                             r"(?:(?:pemerintah|pemda)\s+pusat|kementerian|kementrian|bank|perusahaan|BUMN|PT|pihak\s+swasta)\b",
                             re.IGNORECASE)
# ("program Identitas Kependudukan Digital (IKD) yang digulirkan Kementerian Dalam Negeri": a national programme;
# "aplikasi Dompet X milik bank tersebut": a company's product, no region's innovation either)
ACRONYM = re.compile(r"[A-Z]{3,}[0-9]*")   # "SIPANDU", "SIGAP2"


_SINGLE_OPEN = re.compile(r"(?<!\w)['‘](?=\w)")
_SINGLE_CLOSE = re.compile(r"(?<=\w)['’](?!\w)")


def _glottal(text: str, k: int) -> bool:
    """Is the apostrophe at text[k], right after a word, part of that word (the glottal stop of Bugis, Makassar and
    Madurese names: "Baji' Ampe", "PATTENE' GIZI", "SIPAKAINGE' atau Sistem ...") rather than a closing quote? It is
    when no single quote opened earlier on its line is still open, and a word in capitals follows, or the word before
    is in capitals (a name's last word, before "atau", a bracket or a list's separator)."""
    line_start = text.rfind("\n", 0, k) + 1
    before = text[line_start:k]
    if len(_SINGLE_OPEN.findall(before)) > len(_SINGLE_CLOSE.findall(before)):
        return False
    word = re.search(r"[\w-]+$", before)
    return re.match(r"[ \t]+[A-Z]", text[k + 1:k + 3]) is not None \
        or word is not None and len(word.group()) >= 3 and word.group().isupper() and re.match(r"[\s,;.)]", text[k + 1:k + 2]) is not None


def tokenize(text: str, offset: int) -> list[Tok]:
    out: list[Tok] = []
    for m in _TOKEN.finditer(text):
        t, s = m.group(), m.start() + offset
        if t in ("'", "’") and out and out[-1].end == s and out[-1].text[-1:].isalpha() and _glottal(text, m.start()):
            out[-1] = Tok(out[-1].text + t, out[-1].start)   # "Baji'" in "Baji' Ampe": one word
            continue
        if len(t) > 1 and t.endswith(".") and not _INITIALS.fullmatch(t):
            out.append(Tok(t[:-1], s))
            out.append(Tok(".", s + len(t) - 1))
        else:
            out.append(Tok(t, s))
    return out


def is_cap(tok: Tok) -> bool:
    t = tok.text
    if not t or t in OPEN_Q or t in CLOSE_Q or not _WORDISH.match(t):
        return False
    return t[0].isupper() or t[0].isdigit() and len(t) > 1 and bool(_LETTER.search(t)) \
        or bool(rules()["_tech"].fullmatch(t))


def is_word(tok: Tok) -> bool:
    return bool(re.match(r"\w", tok.text))


def _number_in_name(toks: list[Tok], j: int) -> bool:
    """A number inside or closing a name: short or a version ("112", "2.0"), not a year, and followed by a capital
    or the end of the phrase, not by a counted noun ("SIGAP 3 tahun")."""
    t = toks[j].text
    if not re.fullmatch(r"\d{1,3}(?:\.\d)?", t):
        return False
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if nxt is not None and nxt.text[:1].islower() and nxt.low in rules()["count_nouns"]:
        return False
    return not (nxt is not None and nxt.text == "." and j + 2 < len(toks) and toks[j + 2].text[:1].isdigit())


def opens_numbered_name(toks: list[Tok], j: int) -> bool:
    """Does the word at toks[j] open a name with a number and a capitalised word ("Jumat 10 Menit", "Pelayanan 1
    Jam"), not a date ("Jumat 10 Mei")?"""
    return j + 2 < len(toks) and _number_in_name(toks, j + 1) and toks[j + 2].text[:1].isupper() \
        and toks[j + 2].low not in rules()["calendar_words"]


WEEKDAYS = {"senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "jum’at", "sabtu", "minggu"}


def _kecamatan_in_name(toks: list[Tok], j: int) -> bool:
    """"Kecamatan" inside a name: no kecamatan's name (Kemendagri's list, rules/regions/kecamatan.txt) follows it."""
    nxt = [t.text for t in toks[j + 1:j + 5]]
    if not nxt or not nxt[0][:1].isupper() or not nxt[0][:1].isalpha():
        return True
    return _no_kecamatan_after([w.casefold() for w in nxt])


def _no_kecamatan_after(words: list[str]) -> bool:
    """No kecamatan's name (one to four words, lower case) opens `words`."""
    from .official_words import local_places
    places = local_places("kecamatan")
    return not any(" ".join(words[:k]) in places for k in range(1, min(len(words), 4) + 1))


def _village_closes(toks: list[Tok], j: int, r: dict) -> bool:
    """After a village's level word at toks[j], a village's own name (rules/regions/desa.txt, one to three
    capitalised words, none a name's quality) runs to the end of the capitalised run."""
    from .official_words import local_places
    places = local_places("desa")
    run = []
    for t in toks[j + 1:j + 5]:
        if not is_cap(t) or not t.text.isalpha():
            break
        run.append(t.low)
    return 0 < len(run) <= 3 and " ".join(run) in places and not set(run) & r["name_qualities"]


def _place_at(toks: list[Tok], j: int) -> bool:
    """A kecamatan's (Kemendagri list) or a region's whole name in capitalised words from toks[j]."""
    from ..regions import candidates
    from .official_words import local_places
    run = []
    for t in toks[j:j + 4]:
        if not is_cap(t):
            break
        run.append(t.text)
    written = " ".join(run)
    return bool(run) and (written.casefold() in local_places("kecamatan") or bool(candidates(written)))


def _site_at(toks: list[Tok], j: int) -> bool:
    """"di" a named school or market ("di SD Negeri 1 X", "di Pasar Alok"), not a common noun closing a name
    ("Gerakan Literasi di Sekolah", "Gerakan Kembali ke Sekolah")."""
    r = rules()
    return toks[j].low == "di" and j + 2 < len(toks) and toks[j + 1].low in r["school_words"] | r["site_heads"] \
        and (is_cap(toks[j + 2]) or toks[j + 2].text[:1].isdigit())




def apposed(toks: list[Tok], i: int) -> bool:
    """A capitalised name opens at toks[i] and a comma closes it: an apposition ("inovasinya, Bunda Cerdas, ...")."""
    e = cap_run(toks, i) if i < len(toks) and is_cap(toks[i]) else i
    return e > i and e < len(toks) and toks[e].text == ","


PLACE_BEFORE = {"di", "ke", "dari", "menuju", "pada"}   # prepositions before a place's name, not an innovation's


def name_start_before(toks: list[Tok], end: int, r: dict, skip: frozenset[str] | set[str] = frozenset()) -> int:
    """Index where the capitalised name ending right before toks[end] starts: at most eight tokens, connectors ("di",
    "dan") only inside it, past leading words that open no name (`skip`: "Berkat", "Sementara"); `end` if none."""
    a = end
    while a > 0 and (is_cap(toks[a - 1]) or toks[a - 1].low in r["inner_connectors"] and a < end) and end - a < 8:
        a -= 1
    while a < end and (not is_cap(toks[a]) or toks[a].low in skip):
        a += 1
    return a


def cap_run(toks: list[Tok], i: int) -> int:
    """End index (exclusive) of a capitalised name starting at i (i itself if none)."""
    r = rules()
    j = i
    while j < len(toks):
        t = toks[j]
        if j > i and t.low == "kecamatan" and t.text[:1].isupper() and _kecamatan_in_name(toks, j):
            j += 1   # "Gerakan Kecamatan Bersih", "Pojok Baca Kecamatan": not "... Kecamatan <a kecamatan's name>"
            continue
        if (t.low.rstrip(".") in r["stop_tokens"] or t.low in r["stop_tokens"]) and not (
                t.low in r["calendar_words"] and (t.text.isupper() and len(t.text) > 3 or j == i and j + 1 < len(toks)
                                                  and toks[j + 1].text[:1].isupper()
                                                  and toks[j + 1].low not in r["calendar_words"]
                                                  or j == i and opens_numbered_name(toks, j))) and not (
                t.low in r["name_honorifics"] and (j > i or t.text.isupper()) and j + 1 < len(toks)
                and toks[j + 1].low in r["honorific_offices"]) and not (
                j > i and t.low in WEEKDAYS and j + 1 < len(toks) and toks[j + 1].text[:1].isupper()
                and toks[j + 1].low not in r["stop_tokens"] and toks[j + 1].text[:1].isalpha()) and not (
                j > i and t.low in WEEKDAYS and toks[j - 1].low in r["day_parts"] and not (
                    j + 1 < len(toks) and (toks[j + 1].text == "(" or toks[j + 1].text[:1].isdigit()))):
            break   # a weekday or month in capitals or opening a name is a word of it ("RABU BERSIH", "Jumat Berkah",
            # "Jumat 10 Menit"; not "Jumat 10 Mei"),
            # and so is a weekday inside a run that goes on ("Gebyar Sabtu Ceria", not "Bupati X Kamis (6/2)");
            # so is "Pak Bupati" inside a name ("Lapor Pak Bupati"), and a weekday after a part of the day ends one
            # ("Dukcapil Malam Minggu, yakni ...") unless a date follows it
        if j > i and t.low in r["village_levels"] and t.text[:1].isupper() and not t.text.isupper() \
                and _village_closes(toks, j, r):   # (a name in capitals is one name: "BEDAH KAMPUNG NELAYAN")
            break   # "Lumbung Kompos Kampung Pante Raya, yang ...": the village that runs it follows the name
        if j > i and _number_in_name(toks, j):
            j += 1   # "Call Center 112", "SIPANDU 2.0", "Gerbang 5 Menit"
            continue
        if j > i and t.low in r["name_end_words"]:
            break   # "Posyandu Lansia PKM Maju": the body that runs it follows the name
        if is_cap(t):
            j += 1
            continue
        if j > i and t.low in ("di", "ke") and j + 1 < len(toks) and (_place_at(toks, j + 1) or _site_at(toks, j)):
            break   # "Desa Sehat Mandiri di Kakas", "... di SD Negeri 1 X": the place where it runs (a kecamatan's
            # or a region's name, a named school or market)
        if j == i + 1 and t.low in r["inner_connectors"] and ACRONYM.fullmatch(toks[i].text):
            break   # "aplikasi SIPANDU di Play Store": an acronym is the whole name, what follows is where it is
        if j > i + 1 and t.low in ("di", "ke") and all(x.text.isupper() for x in toks[i:j]) and j + 1 < len(toks) \
                and not toks[j + 1].text.isupper():
            break   # "SI-PANTAU GAMBUT di Posko Siaga X": a name in capitals ends where a place in title case begins
        if j > i and t.low in ("di", "ke") and toks[i].low in r["acting_offices"] and j + 1 < len(toks) \
                and toks[j + 1].low in r["name_closing_places"] and toks[j + 1].text[:1].isupper() \
                and (j + 2 == len(toks) or not toks[j + 2].text[:1].isupper() and not toks[j + 2].text[:1].isdigit()):
            j += 2   # "Bupati Turun ke Desa", "Camat Ngantor di Kelurahan": in an office's name, a kind of place with
            continue   # no name of its own closes it (not "di Desa Sukamaju", where it runs; not "Jemput Bola ke Desa")
        if j > i and t.low in r["inner_connectors"] and j + 1 < len(toks) and is_cap(toks[j + 1]) \
                and toks[j + 1].low not in r["stop_tokens"] and toks[j + 1].low not in r["name_end_words"] \
                and (t.low in r["english_connectors"] or toks[j + 1].low not in r["body_heads"] | r["venue_heads"]) \
                and not (t.low == "dari" and (toks[j + 1].text.isupper() or toks[j + 1].low in r["national_bodies"]
                                              or _abbreviated_body(toks[j + 1].text))):
            # "X dari Desa Y", "X dari ANRI", "Merdeka Mengajar dari Kemendikbudristek", "X dari Dinkes"
            j += 1
            continue
        break
    return j


_EDGE = "“”\"'‘’«» ,;:\n\t"


def clean_name(s: str) -> str:
    s = s.strip().strip("“”\"'‘’«» ").strip(" ,;:")
    return re.sub(r"\s+", " ", s)


def found(text: str, span: tuple[int, int], method: str) -> Found:
    """The cleaned name with the span it stands at, trimmed of quotes and punctuation on its edges."""
    s, e = span
    while s < e and text[s] in _EDGE:
        s += 1
    while e > s and text[e - 1] in _EDGE:
        e -= 1
    return Found(clean_name(text[s:e]), s, e, method)


def first_letter(s: str, prefix: str = r"(?:e|m|i|si)-") -> str:
    s = re.sub(r"^" + prefix, "", clean_name(s), flags=re.IGNORECASE)
    m = re.search(r"[A-Za-z]", s)
    return m.group().lower() if m else ""


def derives(short: str, long: str) -> bool:
    """`long` can be the expansion of `short`: same first letter, also after a Si/e- prefix ("SI PEKA" = "Peduli Keluarga")."""
    if len(long.split()) < 2 or not first_letter(long):
        return False
    return first_letter(long) in {first_letter(short), first_letter(short, r"(?:e|m|i|si)[- ]"),
                                  first_letter(short, "")}   # "e-RT (elektronik rukun tetangga)"


def is_acronym(s: str) -> bool:
    """"PETA DESA", "SIMPEL": one to three words in capitals."""
    s = s.strip()
    return len(s) >= 3 and len(s.split()) <= 3 and s.isupper() and bool(re.search(r"[A-Z]{2}", s))


TECH_LOWER = re.compile(r"(?:e|m)-[a-z][\w-]{2,}")   # "aplikasi e-lapor"


class Sent:
    """A sentence span (text, start_char, end_char), like a spaCy Span for what this module reads."""
    __slots__ = ("text", "start_char", "end_char")

    def __init__(self, text: str, start: int, end: int):
        self.text, self.start_char, self.end_char = text[start:end], start, end


# an item number of an inline enumeration ("yaitu 1. A, 2. B"), not a sentence's end
_ENUMERATED = re.compile(r"(?:[:;,]|\b(?:yaitu|yakni|adalah|ialah|meliputi|lain|antaranya|dan|serta))\s+\d{1,2}\.$",
                         re.IGNORECASE)


def sentences(doc) -> list[Sent]:
    """doc.sents, with a split inside a token ("Izin.Kita" is one name, not two sentences) or after an inline
    enumeration's number ("yaitu 1. A, 2. B") undone."""
    text = doc_text(doc)
    spans = doc.user_data.get("inovasi_innovation_sents")   # plain tuples: user_data may be serialised
    if spans is None:
        from .common import sentence_spans

        spans = []
        for start, end in sentence_spans(doc):
            if spans and (start == spans[-1][1] and text[spans[-1][1] - 1:spans[-1][1]] == "."
                          and text[start:start + 1].isalnum()
                          or _ENUMERATED.search(text, spans[-1][0], spans[-1][1])):
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
        doc.user_data["inovasi_innovation_sents"] = spans
    return [Sent(text, start, end) for start, end in spans]


class Cand:
    def __init__(self, name: tuple[int, int], long: tuple[int, int] | None, sent: int, trig: int, how: str):
        self.name, self.long, self.sent, self.trig, self.how = name, long, sent, trig, how
        self.agency: Found | str | None = None
        self.agency_how = ""
        self.owner: tuple[int, int] | None = None   # a body stated with the name ("X dari Dinas Y")
        self.headline = False


def find_close(toks: list[Tok], j: int, closers: set[str], limit: int) -> int | None:
    for k in range(j + 1, min(len(toks), j + limit)):
        if toks[k].text in closers:
            return k
        if toks[k].text in {".", "!", "?"}:
            return None
    return None



def text_of(text: str, span: tuple[int, int] | None) -> str:
    return text[span[0]:span[1]] if span else ""


def window_has(words: list[str], r: dict) -> bool:
    """An innovation word among `words` and no list blocker after it or just before it ("beberapa tahap, yaitu",
    "kriteria inovasi, yaitu"), except one after a preposition ("dua inovasi lain ke tahap seleksi, yakni A dan B":
    the list is of innovations, not of stages). A blocker well before the innovation word is another phrase's
    ("Narasumber dari BRIDA memperkenalkan inovasi kabupaten lain, di antaranya A dan B")."""
    last = max((k for k, w in enumerate(words) if w in r["innovation_words"]), default=None)
    return last is not None and not any(
        w in r["list_blockers"] and k >= last - 2 and not (k > 0 and words[k - 1] in r["blocker_prepositions"])
        for k, w in enumerate(words))


def _quoted(text: str, span: tuple[int, int]) -> bool:
    """The name stands between quotes in the text (“X”, "X")."""
    before, after = text[:span[0]].rstrip(" "), text[span[1]:].lstrip(" ")
    return bool(before) and before[-1] in "“\"‘'«" and bool(after) and after[0] in "”\"’'»"


def _abbreviated_body(word: str) -> bool:
    """"Dukcapil", "Dinkes": a body's (or its field's) fixed abbreviation, rules/agencies/nomenclature.csv."""
    from ..nomenclature import abbreviations
    abbr = abbreviations().get(word.casefold())
    return abbr is not None and abbr.kind in {"body", "unit", "field"}
