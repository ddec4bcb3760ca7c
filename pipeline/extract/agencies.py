"""Government bodies: every mention in its fullest written form, and the ones that act.

A mention starts at a body head ("Dinas", "Bagian", "Pemkab", "Bappeda", rules/agencies)
and runs on over capitalised office words, region names and the connectors of official
names ("dan", a comma before a further field); a bracketed abbreviation inside is dropped
and recorded. Abbreviations are expanded by the text's own definitions first, then by the
fixed nomenclature. All mentions go to doc._.found["agency_mentions"] (officials and
innovations resolve short forms against them); the acting ones become draft["agencies"].
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..evidence import Found
from ..nomenclature import (abbreviations, agency_heads, clean_spaces, defined_abbreviations,
                            expand_abbreviations, office_words, position_rules)
from . import common

# heads that are shared over a list: "Puskesmas A, B, dan C"
LISTED_HEADS = {"puskesmas", "kecamatan", "kelurahan", "desa", "pustu"}
# heads whose names carry proper nouns (places): "Puskesmas Wergu Wetan", "Kecamatan Dawe"
NAMED_HEADS = {"puskesmas", "kecamatan", "kelurahan", "desa", "upt", "uptd", "rsud", "rumah sakit", "balai",
               "pemerintah kabupaten", "pemerintah kota", "pemerintah provinsi", "pemkab", "pemkot", "pemprov",
               "kantor", "puslatbang", "pustu"}
# heads that name a body only with more words after them
NEEDS_MORE = {"dinas", "badan", "biro", "bagian", "pusat", "lembaga", "kantor", "balai", "direktorat", "sekretariat",
              "kementerian", "kementrian", "satuan", "komisi", "pemerintah kabupaten", "pemerintah kota",
              "pemerintah provinsi", "pemerintah daerah", "pemkab", "pemkot", "pemprov", "pemda", "upt", "uptd",
              "puskesmas", "kecamatan", "kelurahan", "rumah sakit", "direktorat jenderal", "inspektorat"}
UNIT_PARENT = re.compile(r"\b(?:Sekretariat|Setda|Setdakab|Setdakot|Setdaprov|Biro|Dinas|Badan)\b")
NOT_ACTING_BEFORE = re.compile(
    r"(?:\b(?:lingkup|lingkungan|kepada|se-|seluruh|setiap|jajaran)\s*$)|"
    r"(?:\b(?:Aula|Ruang|Gedung|Lantai|Halaman|Pendopo|Kantor|Hotel)\b[^,.;]*$)", re.IGNORECASE)
ATTENDANCE = re.compile(r"^\W*(?:turut\s+|tampak\s+)?hadir\b(?!\s+(?:sebagai\s+)?narasumber)", re.IGNORECASE)


@dataclass
class Mention:
    start: int
    end: int
    raw: str
    name: str
    head: str
    abbreviation: str | None = None
    acting: bool = True
    extra: dict = field(default_factory=dict)


@lru_cache(maxsize=1)
def _head_pattern() -> re.Pattern:
    heads = set(agency_heads())
    heads.update(a.short for a in abbreviations().values() if a.kind != "generic")
    alternatives = sorted(heads, key=len, reverse=True)
    # capitalised as written (LAN, not "lan"), or a Title/UPPER variant of a word head
    variants = set()
    for h in alternatives:
        variants.add(re.escape(h))
        if not h.isupper():
            variants.add(re.escape(h.upper()))
    return re.compile(r"(?<![\w-])(?:" + "|".join(sorted(variants, key=len, reverse=True)) + r")(?![\w-])")


def _is_office(word: str) -> bool:
    w = word.casefold().strip(".,")
    return w in office_words() or common.is_region_word(word)


def _extend(text: str, start: int, head: str, limit: int, headline: bool = False) -> tuple[int, list[tuple[str, int, int]], int]:
    """Run a body's name on from its head; returns its end, bracketed parts and proper words seen.

    The name ends at a lowercase word, a sentence end, a person's title or name, or after
    its region ("... Kabupaten Gowa" ends there, "Pemkot X Bidang Y" stops before Bidang).
    """
    end = start + len(head)
    brackets: list[tuple[str, int, int]] = []
    proper = 0
    named = head.casefold() in NAMED_HEADS and not headline   # title case says nothing about names
    in_region = False
    pos = end
    position_heads = {h.casefold() for h in position_rules()["heads"]}
    while pos < limit and not text[end - 1:end] == ".":
        m = common.TOKEN.match(text, pos)
        if not m:
            break
        tok, t_end = m.group(1), m.end()
        t_start = m.start(1)
        if tok == "(":
            close = text.find(")", t_start, min(limit, t_start + 40))
            inner = text[t_start + 1:close] if close > 0 else ""
            if close > 0 and re.fullmatch(r"[A-Za-z][A-Za-z\- ]{0,25}", inner.strip()) and not re.search(r"\s[a-z]", inner):
                brackets.append((inner.strip(), t_start, close + 1))
                pos = end = close + 1
                continue
            break
        nxt = common.TOKEN.match(text, t_end)
        nxt_tok = nxt.group(1) if nxt else ""
        nxt_ok = (nxt_tok[:1].isupper() and _is_office(nxt_tok) and not common.is_head(nxt_tok, text, nxt.start(1))
                  and not common.is_name_start(text, nxt.start(1)) and nxt_tok.casefold() not in position_heads)
        if tok == ",":
            if nxt_ok and not in_region:
                pos = t_end
                continue
            break
        if tok in ("dan", "&") or (tok.islower() and tok in office_words() and tok not in ("pada", "di")):
            if nxt_ok and not in_region:
                pos = t_end
                continue
            if tok.casefold() == "daerah":
                pos = end = t_end
                continue
            break
        bare = tok.rstrip(".")
        if not tok[:1].isupper() or common.is_calendar_word(tok) or common.is_name_start(text, t_start):
            break
        if bare.casefold() in position_heads and bare.casefold() not in ("sekretariat",):
            break
        if common.is_head(tok, text, t_start) and not _is_office(tok):
            break
        region_word = common.is_region_word(bare) or bare.casefold() in LEVEL_WORDS
        if in_region and not region_word:
            break
        if region_word and bare.casefold() not in ("daerah",):
            in_region = bare.casefold() not in LEVEL_WORDS or in_region
            proper += bare.casefold() not in LEVEL_WORDS
        elif not _is_office(tok):
            if not named or proper >= 3:
                break
            proper += 1
        pos = end = t_end
    return end, brackets, proper


LEVEL_WORDS = {"kabupaten", "kota", "provinsi", "kab", "republik", "indonesia", "ri"}
GOVERNMENT_HEADS = {"pemerintah kabupaten", "pemerintah kota", "pemerintah provinsi", "pemkab", "pemkot", "pemprov",
                    "pemerintah daerah", "pemda"}
# a local government acts when it is a subject or a party, not when it is a possessor ("misi Pemkab X")
GOVERNMENT_ACTS_AFTER = re.compile(r"(?:^|[,;:–—-]|\b(?:oleh|bersama|antara|dengan|dan|melalui|yakni|yaitu|milik|"
                                   r"kami|pihak))\s*$", re.IGNORECASE)


def _is_headline(line: str) -> bool:
    """A title-case line without a full stop: its capitals say nothing about names."""
    words = re.findall(r"[A-Za-z][\w’'-]*", line)
    if len(words) < 5 or line.rstrip().endswith("."):
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= 0.6


def _field_body(abbr_key: str, defined: dict[str, str]) -> str | None:
    """A field abbreviation used as a body ('Dukcapil Kudus') names the body of that field."""
    if abbr_key in defined and re.match(r"(?:Dinas|Badan)\s", defined[abbr_key]):
        return defined[abbr_key]
    field_full = abbreviations()[abbr_key].full
    for other in abbreviations().values():
        if other.kind == "body" and other.full.endswith(" " + field_full) and other.full.split()[0] in ("Dinas", "Badan"):
            return other.full
    return None


def find_mentions(text: str) -> list[Mention]:
    defined = defined_abbreviations(text)
    mentions: list[Mention] = []
    covered_to = -1
    sentence_starts = [0] + [m.end() for m in re.finditer(r"[.!?]\s+|\n+", text)]
    for m in _head_pattern().finditer(text):
        if m.start() < covered_to or text[max(0, m.start() - 1):m.start()] == "(":
            continue
        head = m.group(0)
        key = head.casefold()
        abbr = abbreviations().get(key)
        after = common.TOKEN.match(text, m.end())
        if after and (key in ("kantor",) or (abbr and abbr.kind == "field")) \
                and common.is_head(after.group(1), text, after.start(1)):
            continue   # "Kantor Bappeda", "Litbang Bappeda": the body is the next head
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        limit = len(text) if line_end < 0 else line_end
        headline = _is_headline(text[line_start:limit])
        end, brackets, proper = _extend(text, m.start(), head, limit, headline)
        raw = text[m.start():end].rstrip(".")
        end = m.start() + len(raw)
        words = clean_spaces(raw).split()
        if len(words) <= len(head.split()) and (key in NEEDS_MORE or (abbr and abbr.kind in ("generic", "unit", "government"))):
            continue
        if key in LISTED_HEADS | {"upt", "uptd", "rsud", "rumah sakit"} and proper == 0:
            continue   # "UPT Puskesmas", "Kecamatan": a class of bodies, not one
        if key == "bagian" and not UNIT_PARENT.search(raw):
            continue
        name = clean_spaces(raw)
        if abbr is not None and abbr.kind == "field":
            body = _field_body(key, defined)
            if body is None:
                continue
            name = body + name[len(head):]
        name = expand_abbreviations(name, defined)
        name = _expand_regions(name[0].upper() + name[1:])
        sent_start = max(s for s in sentence_starts if s <= m.start())
        before = text[max(sent_start, m.start() - 40):m.start()]
        acting = not NOT_ACTING_BEFORE.search(before) and not ATTENDANCE.search(text[sent_start:m.start()])
        if key in GOVERNMENT_HEADS or name.startswith("Pemerintah "):
            acting = acting and bool(GOVERNMENT_ACTS_AFTER.search(text[sent_start:m.start()]))
        mentions.append(Mention(m.start(), end, raw, name, head, brackets[0][0] if brackets else None, acting))
        covered_to = end
        mentions.extend(_distributed(text, end, head, limit, acting))
        if mentions[-1].end > covered_to:
            covered_to = mentions[-1].end
    return mentions


def _expand_regions(name: str) -> str:
    from ..regions import expand_alias_in
    return expand_alias_in(name)


def _distributed(text: str, pos: int, head: str, limit: int, acting: bool) -> list[Mention]:
    """'Puskesmas A, B, C, dan D': the head applies to every name of the list."""
    if head.casefold() not in LISTED_HEADS:
        return []
    out = []
    pattern = re.compile(r"\s*(?:,\s*(?:dan\s+)?|\s+dan\s+)((?:[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*){0,2})(?=\s*[,.;]|\s+dan\b)")
    while pos < limit:
        m = pattern.match(text, pos)
        if not m or any(_is_office(w) and not common.is_region_word(w) for w in m.group(1).split()) \
                or common.is_head(m.group(1).split()[0], text, m.start(1)) or common.is_name_start(text, m.start(1)):
            break
        out.append(Mention(m.start(1), m.end(1), m.group(1), f"{head} {m.group(1)}", head, None, acting,
                           {"distributed": True}))
        pos = m.end()
    return out


def _merge_key(name: str) -> str:
    """Names compared without level words: 'Dinas Kesehatan Kota Cilegon' = 'Dinas Kesehatan Cilegon'."""
    words = [w for w in re.split(r"[\s,]+", name.casefold()) if w and w not in LEVEL_WORDS]
    return " ".join(words)


def _merge(mentions: list[Mention]) -> list[Mention]:
    """One entry per body: shorter names that begin a longer one are the same body."""
    keep: list[Mention] = []
    for m in mentions:
        k = _merge_key(m.name)
        same = next((o for o in keep if _merge_key(o.name) == k or _merge_key(o.name).startswith(k + " ")
                     or k.startswith(_merge_key(o.name) + " ")), None)
        if same is None:
            keep.append(m)
        elif len(m.name) > len(same.name):
            keep[keep.index(same)] = m
    return keep


@Language.factory("inovasi_agencies")
def make_agencies(nlp: Language, name: str):
    return find_agencies


def find_agencies(doc: Doc) -> Doc:
    common.ensure_state(doc)
    mentions = find_mentions(doc.text)
    doc._.found["agency_mentions"] = [Found(m.name, m.start, m.end, "rule:agency", {"short": m.abbreviation,
                                                                                   "raw": m.raw, "acting": m.acting})
                                      for m in mentions]
    if common.is_form(doc):
        return doc   # a form names its body in a field; the prose mentions are not actors
    acting = _merge([m for m in mentions if m.acting])
    doc._.draft["agencies"] = [{"name": Found(m.name, m.start, m.end, "rule:agency")} for m in acting]
    return doc
