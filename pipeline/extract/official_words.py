"""Words of officials' mentions: a tokeniser that keeps titles and degrees whole, and the
tests on single words (degree, honorific, office word, part of a name) the officials
component reads phrases with.

Degrees written with spaces come out as one token ("M. Si", "S Sos" -> one word), unless
the letters are a name's initials ("S. T. Nababan"). Abbreviations a document defines
for itself ("Bapperinda") count as office words while that document is read.
"""
from __future__ import annotations

import csv
import re
from contextlib import contextmanager
from functools import lru_cache
from contextvars import ContextVar
from dataclasses import dataclass

from .. import RULES_DIR
from ..nomenclature import (degree_like, honorifics, normal_degree, not_names, office_words, official_heads,
                            position_rules, prefix_degrees, role_words)
from . import common

WORD = re.compile(r"[ \t]*\n?[ \t]*(?:(?P<pre>(?:Dr|Drs|Dra|Ir|Prof|dr|drg|drh|H|Hj))\.(?=[A-Z])|(?P<w>[A-Za-z0-9][\w’'\-]*"
                  r"(?:\.[A-Za-z][\w’'\-]*)*\.?)|(?P<p>[^\s]))")
CONNECTORS = {"dan", "pada", "&"}
QUOTED = re.compile(r"(['‘“\"])[A-Z][A-Z0-9\-]+['’”\"](?=[\s,.])")
_local_office: ContextVar[frozenset[str]] = ContextVar("local_office", default=frozenset())


@contextmanager
def document_words(words: set[str]):
    """Treat `words` (a document's own abbreviations) as office words inside the block."""
    token = _local_office.set(frozenset(part.casefold() for w in words for part in w.split()))
    try:
        yield
    finally:
        _local_office.reset(token)


@dataclass
class Tok:
    text: str
    start: int
    end: int
    kind: str          # word, comma, bracket, stop


def _raw_tokens(text: str, pos: int, limit: int):
    while pos < limit:
        m = WORD.match(text, pos)
        if not m or m.start(m.lastgroup) >= limit:
            return
        if m.group("pre"):
            yield Tok(m.group("pre") + ".", m.start("pre"), m.end(), "word")
        elif m.group("w"):
            end = min(m.end(), limit)
            yield Tok(text[m.start("w"):end], m.start("w"), end, "word")
        else:
            ch = m.group("p")
            if ch == "(":
                close = text.find(")", m.end(), min(limit, m.end() + 60))
                if close < 0:      # a long aside: a stop, reading goes on after it
                    yield Tok(ch, m.start("p"), m.end(), "stop")
                    pos = m.end()
                    continue
                yield Tok(text[m.end():close], m.end(), close, "bracket")
                pos = close + 1
                continue
            quoted = QUOTED.match(text, m.start("p"))
            if quoted and quoted.end() <= limit:    # "Institut Teknologi 'AKPRIND'": a quoted name part
                yield Tok(quoted.group(0), quoted.start(), quoted.end(), "word")
                pos = quoted.end()
                continue
            yield Tok(ch, m.start("p"), m.end(), "comma" if ch == "," else "stop")
        pos = m.end()


def tokens(text: str, pos: int, limit: int) -> list[Tok]:
    """Tokens of text[pos:limit]; a degree split by spaces ("M. Si", "S Sos") is one token."""
    raw = list(_raw_tokens(text, pos, limit))
    out: list[Tok] = []
    i = 0
    while i < len(raw):
        t = raw[i]
        merged = None
        if t.kind == "word" and t.text[:1].isupper() and (
                len(t.text.rstrip(".")) <= 2 or t.text.endswith(".") and normal_degree(t.text)):   # "A.Md. Kep"
            for n in (3, 2):
                part = raw[i:i + n]
                if len(part) < n or any(p.kind != "word" for p in part):
                    continue
                written = text[t.start:part[-1].end]
                nxt = raw[i + n] if i + n < len(raw) else None
                initials = nxt is not None and nxt.kind == "word" and nxt.text[:1].isupper() and not is_degree(nxt.text) \
                    and (len(part[-1].text.rstrip(".")) <= 1 or is_prefix_degree(t.text))
                # ("M. S. Hidayat", "Dr. H. Ahmad": initials or an honorific before a name, not "drh"; "M. AP. Ia
                # menjelaskan": a degree of two words, then the next sentence)
                if normal_degree(written) and not initials and "\n" not in written:
                    merged = Tok(written, t.start, part[-1].end, "word")
                    i += n
                    break
        if merged is None:
            out.extend(_joined_degrees(t))
            i += 1
        else:
            out.append(merged)
        if len(out) >= 2 and out[-1].kind == "bracket" and out[-2].kind == "word" \
                and out[-1].start - out[-2].end <= 2 and re.fullmatch(r"K[A-Z]{0,3}|[A-Z][a-z]{1,3}", out[-1].text) \
                and degree_like(out[-2].text):
            # "Sp.A(K)", "M.Si (Han)": a consultant's or a branch's mark in brackets belongs to the degree
            out[-2:] = [Tok(text[out[-2].start:out[-1].end + 1], out[-2].start, out[-1].end + 1, "word")]
    return _joined_office_phrases(text, out)


def _joined_office_phrases(text: str, toks: list[Tok]) -> list[Tok]:
    """An organisation named by two words, the second of which is also a personal name ("Mahkamah Agung"), is one
    token: "Kasubdit ... Mahkamah Agung Andri Sutrisna" is a person "Andri Sutrisna", not "Agung Andri Sutrisna"."""
    phrases = _office_phrases()
    k = 1
    while k < len(toks):
        a, b = toks[k - 1], toks[k]
        if a.kind == b.kind == "word" and f"{bare(a.text)} {bare(b.text)}" in phrases and text[a.end:b.start] == " ":
            toks[k - 1:k + 1] = [Tok(text[a.start:b.end], a.start, b.end, "word")]
        k += 1
    return toks


def _joined_degrees(t: Tok) -> list[Tok]:
    """'SE.MM', 'SH.MH': two listed degrees written together with one dot -> two tokens; so are a specialist's
    degree and a college's fellowship joined by a hyphen ('Sp.PD-FINASIM')."""
    w = t.text.rstrip(".,")
    if t.kind == "word" and w.count("-") == 1 and not normal_degree(t.text):
        left, right = w.split("-")
        if left and right and normal_degree(left) and normal_degree(right) and right.isupper():
            k = len(left)
            return [Tok(w[:k], t.start, t.start + k, "word"), Tok(t.text[k + 1:], t.start + k + 1, t.end, "word")]
    if t.kind != "word" or "." not in w or normal_degree(t.text) or degree_like(t.text):
        return [t]
    for k, ch in enumerate(w):
        if ch == "." and 0 < k < len(w) - 1:
            left, right = w[:k], w[k + 1:]
            if normal_degree(left) and normal_degree(right) and not _titlecase(left) and not _titlecase(right):
                return [Tok(w[:k + 1], t.start, t.start + k + 1, "word"),
                        Tok(t.text[k + 1:], t.start + k + 1, t.end, "word")]
    return [t]


def bare(word: str) -> str:
    return word.casefold().rstrip(".,")


def _titlecase(word: str) -> bool:
    return word[:1].isupper() and word[1:].rstrip(".").islower() and "." not in word.rstrip(".")


def is_degree(word: str) -> bool:
    """A listed degree ("M.Si", "S Sos"), not a title-case word that spells one ("Jack Ma", "Se")."""
    return normal_degree(word) is not None and not _titlecase(word)


def is_tail_degree(word: str) -> bool:
    """A degree after a name and a comma: listed in any case ("Ap."), or degree-shaped ("S.Tr.Sos")."""
    return degree_like(word) is not None


def is_written_degree(word: str) -> bool:
    """A degree right after a name, without a comma: it must look like one ("SpPD-KEMD", not "Ma")."""
    return degree_like(word) is not None and not _titlecase(word)


def is_honorific(word: str) -> bool:
    if word.endswith(".") and word[:1].islower():
        return False   # "... dibebankan kepada ibu. Melalui gerakan ini": a word closing a sentence, no title
    return bare(word) in honorifics()


def is_prefix_degree(word: str) -> bool:
    return bare(word) in prefix_degrees()


def dot_is_no_stop(word: str) -> bool:
    """The dot closing `word` belongs to it ("dr.", "Hj.", "Moch.", "Kab.", an initial "R."): no sentence ends there."""
    b = word.rstrip(".")
    return (is_prefix_degree(word) or is_honorific(word) or b in position_rules().get("name_abbreviations", ())
            or word in position_rules().get("level_abbreviations", {}) or (0 < len(b) <= 2 and b[:1].isupper()))


SENTENCE_STOP = re.compile(r"[.!?](?=\s)|\n")
WORD_BEFORE = re.compile(r"[\w’'.-]*$")


def sentence_stops(text: str, pos: int = 0, end: int | None = None):
    """Where sentences end from `pos` on: a line break, or ".", "!" or "?" before a space, except an abbreviation's dot."""
    for m in SENTENCE_STOP.finditer(text, pos, len(text) if end is None else end):
        if m.group(0) == "." and dot_is_no_stop(WORD_BEFORE.search(text, max(0, m.start() - 20), m.end()).group(0)):
            continue
        if m.group(0) == "." and text[m.end():m.end() + 2].strip()[:1].islower() \
                and is_degree(WORD_BEFORE.search(text, max(0, m.start() - 20), m.end()).group(0)):
            continue   # "Dr. Ir. Nurlela, M.P. selaku penyelenggara ...": a degree's dot, the sentence goes on
        yield m


def is_not_name(word: str) -> bool:
    b = bare(word)
    return b in not_names() or bool(_not_name_shape().fullmatch(b))


@lru_cache(maxsize=1)
def _office_phrases() -> frozenset[str]:
    return frozenset(p.casefold() for p in position_rules()["office_phrases"])


@lru_cache(maxsize=1)
def _not_name_shape() -> re.Pattern:
    return re.compile(position_rules()["not_name_shape"])


def is_officeish(word: str) -> bool:
    b = bare(word)
    return (b in office_words() or b in role_words() or b in _local_office.get() or common.is_region_word(word)
            or b in _office_phrases()
            or (word.isupper() and len(word.rstrip(".")) >= 3 and not is_degree(word)))


def name_like(tok: Tok, nxt: Tok | None) -> bool:
    w = tok.text
    if tok.kind != "word" or not w[:1].isupper() or common.is_calendar_word(w) or is_degree(w) or is_not_name(w):
        return False
    if nxt is not None and f"{bare(w)} {bare(nxt.text)}" in _office_phrases():
        return False   # "Ketua Dharma Wanita Persatuan": an organisation's name, not a person "Dharma"
    if is_honorific(w) or is_prefix_degree(w) or w.rstrip(".") in position_rules().get("company_forms", []):
        return False   # ("PT" in "Direktur PT X" is no initial)
    shaped = degree_like(w)
    if shaped and (w.count(".") >= 2 or w[:1] != "M"):        # "S.Tr.Sos", not "M.Nur"
        return False
    if len(w.rstrip(".")) <= 2 and w.rstrip(".").isupper():     # initials: I Wayan, HM Taufiq, R. Kus
        return nxt is not None and nxt.kind == "word" and nxt.text[:1].isupper() and not is_officeish(nxt.text)
    return not is_officeish(w)


@lru_cache(maxsize=1)
def _head_pattern() -> re.Pattern:
    heads = sorted(official_heads(), key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(h) for h in heads) + r")(?![\w])")


def head_at(text: str, pos: int) -> str | None:
    """The official's title starting at text[pos] ("Kepala", "Rektor"), if any."""
    m = _head_pattern().match(text, pos)
    return m.group(0) if m else None


LEVEL_WORDS = {"kota", "kabupaten", "kab", "provinsi", "kecamatan", "kelurahan", "desa"}


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    return frozenset(w.split()[-1] for w in position_rules()["place_words"])


@lru_cache(maxsize=1)
def region_names() -> frozenset[str]:
    """Region names without their level word, lowercase ("bima", "palangka raya", "tanah laut")."""
    names: set[str] = set()
    regions = RULES_DIR / "regions"
    for path, col in ((regions / "wilayah.csv", "name"), (regions / "aliases.csv", "alias")):
        if path.exists():
            with open(path, encoding="utf-8") as fh:
                for row in csv.DictReader(fh):
                    names.add(re.sub(r"^(?:kabupaten|kota|provinsi)\s+", "", row[col].casefold()))
    return frozenset(names)


def region_ends_at(toks: list[Tok], i: int) -> bool:
    """Does toks[i] end a region's name ("Kota Bima", "Palangka Raya") rather than start a person's?"""
    for k in (2, 1, 0):
        if i - k < 0 or any(t.kind != "word" for t in toks[i - k:i + 1]):
            continue
        phrase = " ".join(bare(t.text) for t in toks[i - k:i + 1])
        if phrase in region_names() and (k > 0 and common.is_region_word(toks[i - k].text)
                                         or (i - k > 0 and bare(toks[i - k - 1].text) in LEVEL_WORDS)):
            return True
    return False


def _after_region_head(toks: list[Tok], i: int) -> bool:
    before = " ".join(t.text for t in toks[max(0, i - 3):i])
    return any(before == h or before.endswith(" " + h) for h in position_rules()["region_heads"])


def region_at(toks: list[Tok], i: int) -> int:
    """Words of a region's or place's name starting at toks[i] ("Tanah Laut", "Bima" after "Kota",
    "Leuser" after "Gunung"), else 0."""
    if i > 0 and toks[i - 1].text in place_words() and toks[i].text[:1].isupper() and not any(
            " ".join(bare(t.text) for t in toks[i - k:i]) in region_names() for k in (2, 3) if i >= k):
        return 1   # (not after a region whose name ends in a place word: "Sekda Konawe Kepulauan Rina Marlina")
    for k in (3, 2, 1):
        part = toks[i:i + k]
        if len(part) < k or any(t.kind != "word" for t in part):
            continue
        if " ".join(bare(t.text) for t in part) in region_names() and (
                k > 1 or (i > 0 and bare(toks[i - 1].text) in LEVEL_WORDS) or _after_region_head(toks, i)):
            return k
    return 0


@lru_cache(maxsize=2)
def local_places(kind: str) -> frozenset[str]:
    """Case-folded names of every kecamatan (`kind` "kecamatan") or desa and kelurahan ("desa"), from
    rules/regions/ (read only when a district or village head is met)."""
    path = RULES_DIR / "regions" / f"{kind}.txt"
    return frozenset(line.strip().casefold() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


@lru_cache(maxsize=1)
def place_final_words() -> frozenset[str]:
    """Last words of the kecamatan and village names of two words or more ("Bumi Lestari", "Sido Makmur"): a word
    that closes places' names ("lestari", "asri") says nothing of whether a name is a place or a programme."""
    return frozenset(name.split()[-1] for kind in ("kecamatan", "desa") for name in local_places(kind) if " " in name)


def local_place_at(toks: list[Tok], i: int, kind: str) -> int:
    """Words of a kecamatan's or village's name starting at toks[i] (the longest, up to four), else 0."""
    for k in (4, 3, 2, 1):
        part = toks[i:i + k]
        if len(part) == k and all(t.kind == "word" and t.text[:1].isupper() for t in part) \
                and " ".join(t.text for t in part).rstrip(".").casefold() in local_places(kind) \
                and not any(t.text.endswith(".") for t in part[:-1]):
            return k   # ("Camat Long Kali." closing a sentence: its full stop is no part of the place)
    return 0
