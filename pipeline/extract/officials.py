"""Officials: named people with a public office, their position and degrees.

A mention opens at an office title (rules/officials/positions.toml: "Kepala", "Sekda",
"Wakil Bupati", "Kabid", prefixes Plt./Pj.) and runs over the title's body and region to
the person's name, which is the run of capitalised words that are neither office
vocabulary nor region words, with honorifics dropped and degrees split off
("Herry Ashak,SE.,M.Si" -> Herry Ashak, [SE, M.Si]). "X selaku Kabid Y" is read the
other way round. Later mentions by part of the name ("Sekda Ninik") merge into the person.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from ..evidence import Found, value_of
from ..nomenclature import (clean_spaces, defined_abbreviations, expand_abbreviations, honorifics,
                            normal_degree, office_words, position_rules, prefix_degrees)
from . import common

WORD = re.compile(r"[ \t]*(?:(?P<pre>(?:Dr|Drs|Dra|Ir|Prof|dr|drg|H|Hj))\.(?=[A-Z])|(?P<w>[A-Za-z0-9][\w’'\-]*"
                  r"(?:\.[A-Za-z][\w’'\-]*)*\.?)|(?P<p>[^\s]))")
CONNECTORS = {"dan", "pada", "&"}
SUBUNIT = re.compile(r"^(?:Plt\.?\s+|Plh\.?\s+)?(?:Kepala\s+)?(?:Bidang|Bagian|Sub\s?bagian|Seksi|Kabid|Kabag|Kasubag|"
                     r"Kasubbag|Kasi|Kasie)\b", re.IGNORECASE)
PARENT_FOR = {"bagian": ("Biro", "Sekretariat Daerah"), "kabag": ("Biro", "Sekretariat Daerah"),
              "bidang": ("Dinas", "Badan"), "kabid": ("Dinas", "Badan")}
BODY_WORD = re.compile(r"\b(?:Dinas|Badan|Biro|Sekretariat|Setda|Kementerian|Kementrian|Lembaga|Pusat|Inspektorat|"
                       r"Kantor|Puskesmas|RSUD|Pemerintah|Kabupaten|Kota|Provinsi)\b")
NAME_BEFORE_ROLE = re.compile(r"((?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*)(?:,\s*(?P<deg>[^,]{1,20}(?:,\s*[^,]{1,20}){0,3}))?"
                              r"\s+(?:selaku|sebagai|yang\s+juga(?:\s+menjabat)?(?:\s+sebagai)?)\s+$")


REPRESENTS = re.compile(r"\s*,?\s*(?:yang\s+)?mewakili\s+")


@dataclass
class Tok:
    text: str
    start: int
    end: int
    kind: str          # word, comma, bracket, stop


@dataclass
class Person:
    name: Found
    position: Found | None
    degrees: list[Found] = field(default_factory=list)


def _tokens(text: str, pos: int, limit: int):
    while pos < limit:
        m = WORD.match(text, pos)
        if not m:
            return
        if m.group("pre"):
            yield Tok(m.group("pre") + ".", m.start("pre"), m.end(), "word")
        elif m.group("w"):
            yield Tok(m.group("w"), m.start("w"), m.end(), "word")
        else:
            ch = m.group("p")
            if ch == "(":
                close = text.find(")", m.end(), min(limit, m.end() + 60))
                if close < 0:
                    yield Tok(ch, m.start("p"), m.end(), "stop")
                    return
                yield Tok(text[m.end():close], m.end(), close, "bracket")
                pos = close + 1
                continue
            yield Tok(ch, m.start("p"), m.end(), "comma" if ch == "," else "stop")
        pos = m.end()


def _bare(word: str) -> str:
    return word.casefold().rstrip(".,")


def _is_degree(word: str) -> bool:
    return normal_degree(word) is not None and not (word[:1].isupper() and word[1:].islower() and len(word) > 3)


def _is_honorific(word: str) -> bool:
    return _bare(word) in honorifics()


def _is_prefix_degree(word: str) -> bool:
    return _bare(word) in prefix_degrees()


def _is_officeish(word: str) -> bool:
    b = _bare(word)
    return b in office_words() or common.is_region_word(word) or (word.isupper() and len(word.rstrip(".")) >= 3
                                                                      and not _is_degree(word))


def _name_like(tok: Tok, nxt: Tok | None) -> bool:
    w = tok.text
    if tok.kind != "word" or not w[:1].isupper() or common.is_calendar_word(w) or _is_degree(w):
        return False
    if len(w.rstrip(".")) <= 2 and w.rstrip(".").isupper():     # initials: I Wayan, HM Taufiq, R. Kus
        return nxt is not None and nxt.kind == "word" and nxt.text[:1].isupper() and not _is_officeish(nxt.text)
    return not _is_officeish(w)


def _phrase(text: str, start: int, limit: int) -> list[Tok]:
    """Tokens from an office title to the end of the name and degrees after it."""
    toks: list[Tok] = []
    for tok in _tokens(text, start, limit):
        if tok.kind == "stop":
            break
        if tok.kind == "bracket":
            inner = tok.text.strip()
            if re.search(r"[a-z]\w*\s+[A-Z]|,", inner) and not re.fullmatch(r"[A-Z][A-Za-z\- ]{0,25}", inner):
                toks.extend(_tokens(text, tok.start, tok.end))   # "(Sahad Pardamaian, S.T)": the name itself
                break
            toks.append(tok)
            continue
        if tok.kind == "word" and not tok.text[:1].isupper():
            if _is_prefix_degree(tok.text) or tok.text in CONNECTORS or (tok.text in office_words()
                                                                       and tok.text not in ("di", "dari")):
                toks.append(tok)
                continue
            break
        if tok.kind == "word" and common.is_calendar_word(tok.text):
            break
        if tok.kind == "word" and toks and toks[-1].text in ("dan", ",") and common.position_head_at(text, tok.start):
            toks.pop()   # a second title starts: "Kepala X, Bupati Y ..." or "... dan Kepala Z"
            break
        if tok.kind == "word" and toks and toks[-1].kind == "word" and toks[-1].text.endswith(".") \
                and _is_degree(toks[-1].text) and not _is_prefix_degree(toks[-1].text) \
                and tok.text[:1].isupper() and not _is_degree(tok.text):
            break        # "..., SH,MA. Dalam kesempatan": the degree's dot ended the sentence
        toks.append(tok)
        if tok.kind == "word" and tok.text.endswith(".") and not _is_degree(tok.text) and not _is_prefix_degree(tok.text) \
                and not _is_honorific(tok.text) and len(tok.text) > 3 \
                and tok.text not in position_rules()["prefixes"]:
            break
    while toks and (toks[-1].kind != "word" or toks[-1].text in CONNECTORS
                    or (toks[-1].text[:1].islower() and not _is_prefix_degree(toks[-1].text))):
        toks.pop()   # a phrase ends on a word of the title or the name, not on "dan" or "dalam"
    return toks


def _split(toks: list[Tok]) -> tuple[list[Tok], list[Tok], list[Tok]] | None:
    """(position tokens, name tokens, degree tokens) of a phrase, or None without a name."""
    segments: list[list[Tok]] = [[]]
    for t in toks:
        if t.kind == "comma":
            segments.append([])
        else:
            segments[-1].append(t)
    position: list[Tok] = []
    if len(segments) > 1 and segments[1] and segments[1][0].kind == "word":
        second = [t for t in segments[1] if t.kind == "word"]
        if (_is_honorific(second[0].text) or _is_prefix_degree(second[0].text)
                or all(_name_like(t, second[i + 1] if i + 1 < len(second) else None) for i, t in enumerate(second))):
            position.extend(segments[0])   # "Camat Sungai Raya, Amirudin,": the apposition is the name
            segments = segments[1:]
    for si, seg in enumerate(segments):
        words = [t for t in seg if t.kind == "word"]
        if not words:
            continue
        start = None
        for i, t in enumerate(words):
            if _is_honorific(t.text) or _is_prefix_degree(t.text):
                start = i
                break
        if start is None:
            i = len(words)
            while i > 0 and (_name_like(words[i - 1], words[i] if i < len(words) else None) or _is_degree(words[i - 1].text)):
                i -= 1
            while i < len(words) and _is_degree(words[i].text):
                i += 1
            start = i if i < len(words) and (i > 0 or position) else None
        if start is None:
            position.extend(seg)
            continue
        position.extend(t for t in seg if t.start < words[start].start)
        lead = [t for t in words[start:] if _is_honorific(t.text) or _is_prefix_degree(t.text)]
        rest = [t for t in words[start:] if t not in lead]
        name = []
        for t in rest:
            if _is_degree(t.text) and name:
                break
            name.append(t)
        degrees = [t for t in lead if _is_prefix_degree(t.text)] + rest[len(name):]
        if any(not _is_degree(t.text) for t in rest[len(name):]) or not name:
            return None
        for later in segments[si + 1:]:
            later_words = [t for t in later if t.kind == "word"]
            if later_words and all(_is_degree(t.text) or t.text[:1].islower() is False and normal_degree(
                    " ".join(x.text for x in later_words)) for t in later_words):
                joined = normal_degree("".join(x.text for x in later_words))
                degrees.extend(later_words if joined is None else [Tok(joined, later_words[0].start,
                                                                       later_words[-1].end, "word")])
            else:
                break
        if not position or any(_name_like(t, None) for t in name if _bare(t.text) in office_words()):
            return None
        return position, name, degrees
    return None


def _clean_position(text: str, toks: list[Tok], defined: dict[str, str], mentions: list[Found],
                    region_short: tuple[str, str] | None) -> str:
    raw = text[toks[0].start:toks[-1].end]
    for m in mentions:   # "pada Ortala" -> the body the text names in full
        short = (m.extra or {}).get("short")
        if short:
            raw = re.sub(rf"\b(?:pada|di)\s+{re.escape(short)}\b", m.value, raw)
    raw = re.sub(r"\s+pada\s+", " ", raw)
    position = expand_abbreviations(clean_spaces(raw), defined)
    from ..regions import expand_alias_in
    position = expand_alias_in(position)
    if region_short and re.search(r"\b(?:Kota|Kabupaten|Provinsi)$", position):
        level_word, short = region_short
        if position.endswith(level_word):
            position = f"{position} {short}"
    return position


def _with_parent(position: str, agencies: list[str]) -> str:
    """'Kepala Bagian Tatalaksana' of a document about one Biro gets that Biro appended."""
    m = SUBUNIT.match(position)
    if not m or BODY_WORD.search(position[m.end():]):
        return position
    unit = re.sub(r"^(?:Plt\.?\s+|Plh\.?\s+)?(?:Kepala\s+)?", "", m.group(0)).casefold()
    parents = PARENT_FOR.get(unit)
    if not parents:
        return position
    for name in agencies:
        if name.startswith(parents[0]) or (len(parents) > 1 and name.startswith(parents[1])):
            return f"{position} {name}"
    return position


def _person(text: str, name: list[Tok], position: str | None, pos_span: tuple[int, int] | None,
            degrees: list[Tok], method: str) -> Person:
    last = name[-1]
    n = Found(" ".join(t.text.rstrip(",") for t in name).strip().rstrip("."), name[0].start,
              last.end - (1 if last.text.endswith(".") and len(last.text) > 2 else 0), method)
    p = Found(position, *pos_span, method) if position and pos_span else None
    degs = []
    for t in degrees:
        norm = normal_degree(t.text)
        if norm and norm not in [d.value for d in degs]:
            degs.append(Found(norm, t.start, t.end, method))
    return Person(n, p, degs)


def _same_person(a: str, b: str) -> bool:
    ta, tb = set(a.casefold().split()), set(b.casefold().split())
    small, large = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return bool(small) and small <= large and max(len(t) for t in small) >= 3


def _merge(people: list[Person]) -> list[Person]:
    out: list[Person] = []
    for p in people:
        same = next((o for o in out if _same_person(o.name.value, p.name.value)), None)
        if same is None:
            out.append(p)
            continue
        if len(p.name.value) > len(same.name.value):
            same.name = p.name
        if p.position and (same.position is None or len(p.position.value) > len(same.position.value)):
            same.position = p.position
        for d in p.degrees:
            if d.value not in [x.value for x in same.degrees]:
                same.degrees.append(d)
    return out


def find_officials(doc: Doc) -> Doc:
    draft = common.ensure_state(doc)
    if common.is_form(doc):
        return doc
    text = doc.text
    defined = defined_abbreviations(text)
    mentions = doc._.found.get("agency_mentions") or []
    acting = [value_of(a["name"]) if isinstance(a, dict) else value_of(a) for a in draft.get("agencies") or []]
    region = draft.get("region") or {}
    region_name = value_of(region.get("name")) if isinstance(region, dict) else None
    region_short = None
    if region_name:
        level, _, short = region_name.partition(" ")
        region_short = (level, short)
    not_roles = {w.casefold() for w in position_rules()["not_officials"]}
    head_rx = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(h) for h in sorted(position_rules()["heads"], key=len,
                                                                                   reverse=True)) + r")(?![\w-])")
    people: list[Person] = []
    covered = -1
    weak = set(position_rules()["weak_heads"])
    for m in head_rx.finditer(text):
        if m.start() < covered:
            continue
        before = text[max(0, m.start() - 30):m.start()]
        if re.search(r"(?:" + "|".join(not_roles) + r")\W*$", before, re.IGNORECASE):
            continue
        line_end = text.find("\n", m.end())
        limit = len(text) if line_end < 0 else line_end
        toks = _phrase(text, m.start(), limit)
        if not toks:
            continue
        sent_start = max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start())) + 1
        lead = NAME_BEFORE_ROLE.search(text[sent_start:m.start()])
        if lead:   # "Asep Suparman selaku Kabid ..."
            pos_toks = toks
            name_toks = [t for t in _tokens(text, sent_start + lead.start(1), sent_start + lead.end(1))
                         if t.kind == "word" and not _is_honorific(t.text)]
            deg_toks = [t for t in _tokens(text, sent_start + lead.start("deg"), sent_start + lead.end("deg"))
                        if t.kind == "word" and _is_degree(t.text)] if lead.group("deg") else []
            if not all(_name_like(t, None) or len(t.text) <= 2 for t in name_toks):
                continue
            method = "rule:official_selaku"
        else:
            split = _split(toks)
            if split is None:
                continue
            pos_toks, name_toks, deg_toks = split
            if m.group(0) in weak and len(pos_toks) < 2:
                continue
            method = "rule:official_title"
        covered = toks[-1].end
        position = _clean_position(text, pos_toks, defined, mentions, region_short)
        represents = REPRESENTS.match(text, covered)
        if represents:   # "..., Ajib Rakhwanto yang mewakili KemenpanRB": the office is of that body
            body = next((a for a in mentions if a.start == represents.end()), None)
            if body is not None and body.value not in position:
                position = f"{position} {body.value}"
        people.append(_person(text, name_toks, position, (pos_toks[0].start, pos_toks[-1].end), deg_toks, method))
    people = _merge(people)
    for p in people:   # a bare unit ("Kepala Bagian X") belongs to the document's organising body
        if p.position is not None:
            p.position = p.position.with_value(_with_parent(p.position.value, acting[:1]))
    draft["officials"] = [{"name": p.name, "position": p.position, "degrees": p.degrees} for p in people]
    return doc


@Language.factory("inovasi_officials")
def make_officials(nlp: Language, name: str):
    return find_officials
