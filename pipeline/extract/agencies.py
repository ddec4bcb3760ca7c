"""Government bodies: every mention in its fullest written form, and the ones that act.

A mention starts at a body head ("Dinas", "Bagian", "Pemkab", "Bappeda", rules/agencies)
and runs on over capitalised office words, region names and the connectors of official
names ("dan", a comma before a further field); a bracketed abbreviation inside is dropped
and recorded. Abbreviations are expanded by the text's own definitions first, then by the
fixed nomenclature; region shorthand only where the text names the region in full.
All mentions go to doc._.found["agency_mentions"] (officials and innovations resolve short
forms against them); the acting ones become draft["agencies"], one entry per body.

When a body acts (rules/agencies/acting.toml): not as a place, a credit line, a possessor
("misi Pemkab X"), an attendee or where participants come from, nor in a negated clause, nor
when asked to act, quoted as a source, an audience or a place visited (agency_roles.py); a
body named only as a position holder's office acts when the holder opens, hosts, initiates,
awards...; regions listed as the parties of a signing act as their governments
(agency_parties.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import tomllib

from spacy.language import Language
from spacy.tokens import Doc

from .. import RULES_DIR
from ..evidence import Found
from ..nomenclature import (abbreviation_spellings, abbreviations, agency_heads, clean_spaces, defined_abbreviations,
                            expand_abbreviations, office_words, position_rules)
from . import common
from .agency_text import (GOVERNMENT_LEVELS, UNIT_PARENT, _is_headline, _named_with_parent, _names_region, alone_on_line,  # noqa: F401
                          defined_here, expand_regions, region_end_at, regions_named, sentence_of)
from .agency_roles import owner_clause
from .common import doc_text

# heads that are shared over a list: "Puskesmas A, B, dan C"
LISTED_HEADS = {"puskesmas", "kecamatan", "kelurahan", "desa", "pustu", "distrik"}
# the government of a village, under the names regions give it (heads.txt)
VILLAGE_GOVERNMENTS = {"pemerintah desa", "pemdes", "pemerintah kampung", "pemerintah nagari", "pemerintah gampong"}
COURTS = {"kejaksaan negeri", "kejaksaan tinggi", "pengadilan agama", "pengadilan negeri", "pengadilan tinggi",
          "kepolisian daerah", "kepolisian resor"}   # and the regional police: named after their region
# heads whose names carry proper nouns (places): "Puskesmas Wergu Wetan", "Kecamatan Dawe"
NAMED_HEADS = VILLAGE_GOVERNMENTS | COURTS | {"puskesmas", "kecamatan", "distrik", "kelurahan", "desa", "upt", "uptd", "rsud", "rsd", "rsu", "rumah sakit", "balai", "balai besar",
               "pemerintah kabupaten", "pemerintah kab.", "pemerintah propinsi", "pemerintah kota", "pemerintah provinsi", "pemkab", "pemkot", "pemprov",
               "kantor", "puslatbang", "pustu"}
# heads that name a body only with more words after them
NEEDS_MORE = {"dinas", "badan", "biro", "bagian", "pusat", "lembaga", "kantor", "balai", "balai besar", "direktorat", "sekretariat",
              "kementerian", "kementrian", "satuan", "komisi", "pemerintah", "pemerintah kabupaten", "pemerintah kab.",
              "pemerintah propinsi", "pemerintah kota", "pemerintah provinsi", "pemerintah daerah", "pemkab", "pemkot", "pemprov", "pemda", "upt", "uptd",
              "puskesmas", "kecamatan", "kelurahan", "rumah sakit", "direktorat jenderal", *VILLAGE_GOVERNMENTS, *COURTS, "distrik",
              "rs", "rsu", "rsd"}
ATTENDS_AFTER = re.compile(r"[^.;\n]{0,40}?\b(?:turut|tampak|ikut)\s+hadir\b"
                           # "Kepala Dinas X, Nama, menghadiri peluncuran ...": the holder only attends
                           r"|\s*(?:\([^)]{1,20}\)\s*)?(?:,[^,.;\n]{1,60},\s*)?(?:turut\s+|juga\s+)?(?:menghadiri|menyaksikan)\b",
                           re.IGNORECASE)
# "... oleh Soni Saban (Kabid Pengairan Dinas PUPR)": the agent's office, given in brackets after the name
AGENT_IN_BRACKETS = re.compile(r"\boleh\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4},?\s*\([^()]*$")
SAID_BY = re.compile(r"\b(?:disampaikan|dijelaskan|diungkapkan|dikatakan|diterangkan|dituturkan)\s*$", re.IGNORECASE)


def _agent_in_brackets(before: str) -> bool:
    """'... oleh Name (Kabid X Dinas Y' made or runs something; 'disampaikan oleh ...' only speaks."""
    m = AGENT_IN_BRACKETS.search(before)
    return bool(m) and not SAID_BY.search(before[:m.start()])


CLASS_AFTER = re.compile(r"\s+(?:kabupaten|kota|provinsi|kab\.?|se-?)(?:/kota)?\b(?!\s+[A-Z])")
SUB_UNIT = re.compile(r"\bSub\s*$", re.IGNORECASE)   # "Sub Bagian Umum": a part of any body
SLASH_ALIAS = re.compile(r"\s*/\s*")
ACCOMPANIES = re.compile(r"\b(?:didampingi|beserta)\s+(?:oleh\s+)?$", re.IGNORECASE)
RECIPIENT = re.compile(r"\b(?:kepada|untuk|bagi)\s+$", re.IGNORECASE)   # "diserahkan kepada Kepala Dinas X"
ACTS_THROUGH = re.compile(r"\s*(?:\([^)]{1,20}\)\s*)?(?:melalui|lewat)\b")   # "Pemprov X melalui Bappeda ..."
# "38 peserta yang berasal dari perangkat daerah ..., dan RSUD": where the participants come from
PARTICIPANTS_FROM = re.compile(r"\bpeserta(?:\s+[a-z]+){0,2}?\s+(?:yang\s+)?(?:berasal\s+)?(?:dari|asal)\b[^.;]*$",
                               re.IGNORECASE)   # ("Peserta bimtek berasal dari Dinas A, Dinas B")


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
def _acting_rules() -> dict:
    """rules/agencies/acting.toml compiled: when a named body acts (see the file's comments)."""
    with open(RULES_DIR / "agencies" / "acting.toml", "rb") as fh:
        r = tomllib.load(fh)
    words = lambda key: "|".join(re.escape(w) for w in sorted(r[key], key=len, reverse=True))
    heads = sorted(position_rules()["heads"] + ["Fungsional"], key=len, reverse=True)
    return {
        "not_acting_before": re.compile(rf"(?:(?<!\w)(?:{words('not_acting_before')})\s*:?\s*$)|"
                                        rf"(?:\b(?:{words('places')})\b(?:\s+[\w.’'-]+){{0,3}}\s+$)|"
                                        rf"(?:(?<!\w)(?:{words('credits')})\s*:?\s*(?:\d{{4}}\s+)?(?:(?-i:[A-Z])[\w.]*\s+){{0,2}}$)",
                                        re.IGNORECASE),
        "government_acts": re.compile(rf"(?:^|[,;:–—_-]|\b(?:{words('government_acts_after')})|\bdi[a-z]{{3,}})\s*$",
                                      re.IGNORECASE),
        # a position head and the words of its title right before the body: "Kepala Bidang Litbang "
        # (a head in running prose may be written in lower case: "anggota Komisi I DPRD X mengapresiasi ...")
        "in_position": re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(h) for h in heads)
                                  + "".join("|" + re.escape(h[0].lower() + h[1:]) for h in heads if h[1:2].islower())
                                  + r")(?![\w-])"
                                  r"(?:\s+(?:[A-Z][\w.’'/-]*|dan|,))*?\s*$"),
        "position_acts": re.compile(rf"\b(?:{words('position_acts')})\b", re.IGNORECASE),
        "planned_partner": re.compile(rf"\b(?:{words('future')})\b[^,;:]*\b(?:{words('partner')})\b[^,;:]*$",
                                      re.IGNORECASE),
        "regulation_before": re.compile(rf"\b(?:{words('regulations')})(?:\s+(?:Kepala|Bersama))?\s+$", re.IGNORECASE),
        # "Juara harapan diberikan kepada Badan X": the winner of an award owns the winning innovation
        "award_to": re.compile(rf"\b(?:{words('awards')})\b[^.;:!?]*\bkepada\s*$", re.IGNORECASE),
        "address_before": re.compile(rf"(?<!\w)(?:{words('address_before')})\s+$", re.IGNORECASE),
        # "Hadir dalam kegiatan itu ..." opens a list of attendees; "Hadir pula narasumber dari X": X speaks
        "attendance": re.compile(rf"^\W*(?:turut\s+|tampak\s+)?hadir\b(?!(?:\s+(?:pula|juga|sebagai|selaku|menjadi))*"
                                 rf"\s+(?:{words('resource_roles')})\b)", re.IGNORECASE),
        # whole words only: "Perundang-undangan" holds no "undangan"
        "attendees": re.compile(rf"(?<![\w-])(?:{words('attendees')})(?![\w-])", re.IGNORECASE),
        "subject_of": re.compile(rf"\s*(?:\([^)]{{1,20}}\)\s*)?(?:(?:{words('region_adverbs')})\s+)*(?:{words('region_acts')})\b",
                                 re.IGNORECASE),
        "not_done": re.compile(rf"\b(?:{words('not_done')})\b(?!\s+(?:hanya|saja)\b)[^,;:]*$", re.IGNORECASE),
        "not_bodies": re.compile(rf"(?:{words('not_bodies')})\b", re.IGNORECASE),
        "category_words": frozenset(w.casefold() for w in r["category_words"]),
        "not_fields": frozenset(w.casefold() for w in r["not_fields"]),
        "setda_unit": re.compile(rf"\s+(?:{words('setda_units')})\b"),
        "fixed_fields": re.compile(rf"\s+(?:{words('fixed_fields')})\b"),
    }


@lru_cache(maxsize=1)
def _head_pattern() -> re.Pattern:
    heads = set(agency_heads())
    heads.update(a.short for a in abbreviation_spellings() if a.kind != "generic")
    alternatives = sorted(heads, key=len, reverse=True)
    # capitalised as written (LAN, not "lan"), or a Title/UPPER variant of a word head
    variants = set()
    for h in alternatives:
        variants.add(re.escape(h))
        if not h.isupper():
            variants.add(re.escape(h.upper()))
        elif len(h) >= 5 and h.isalpha():
            variants.add(re.escape(h.capitalize()))   # "Brida", "Bkpsdm": an acronym written as a word
        if h.startswith("Pemerintah ") and h.split()[1][:1].isupper():
            variants.add(re.escape("p" + h[1:]))   # "pemerintah Provinsi X melalui ..." in running prose
    # "bagian Organisasi Setda X" in running prose: a unit head in lower case before its capitalised name
    # (a unit needs its parent secretariat in the name, see find_mentions)
    variants.add(r"bagian(?=\s+[A-Z])")
    # "Kutacane_Pemerintah Kabupaten ...": an underscore glues a dateline to the lead, not a word
    return re.compile(r"(?<![^\W_])(?<!-)(?:" + "|".join(sorted(variants, key=len, reverse=True)) + r")(?![\w-])")


def _is_office(word: str) -> bool:
    w = word.casefold().strip(".,")
    return w in office_words() or common.is_region_word(word)


def _extend(text: str, start: int, head: str, limit: int, headline: bool = False,
            places: frozenset[str] = frozenset()) -> tuple[int, list[tuple[str, int, int]], int]:
    """Run a body's name on from its head; returns its end, bracketed parts and proper words seen.

    The name ends at a lowercase word, a sentence end, a person's title or name, or after
    its region ("... Kabupaten Gowa" ends there, "Pemkot X Bidang Y" stops before Bidang).
    `places`: words of the regions the text names with their level word ("Kabupaten Agam"), places here
    even where they are common in personal names. A village's or district's own name may hold region
    words ("Pemerintah Nagari Koto Gadang").
    """
    local = head.casefold() in VILLAGE_GOVERNMENTS | LISTED_HEADS
    end = start + len(head)
    brackets: list[tuple[str, int, int]] = []
    proper = 0
    named = head.casefold() in NAMED_HEADS and not headline   # title case says nothing about names
    in_region = False
    pos = end
    position_heads = {h.casefold() for h in position_rules()["heads"]}
    fixed = _acting_rules()["fixed_fields"]
    listed = head.casefold() in LISTED_HEADS
    not_fields = _acting_rules()["not_fields"]
    prev_level = True
    comma_list = False
    hospital = head.casefold() in HOSPITAL_HEADS   # "RSUD dr. H. Soemarno ...": named after a person
    titled = last_level = False
    level_word = ""
    implied = GOVERNMENT_LEVELS.get(head.casefold()) \
        or next((w for w in head.split()[-1:] if w.casefold() in ("kabupaten", "kota", "provinsi")), None)
    if implied:   # "Pemkab Lima Puluh Kota", "Pemerintah Kabupaten Pangkajene dan Kepulauan": the head holds the level
        last_level, level_word = True, implied
    while pos < limit and (text[end - 1:end] != "." or LEVEL_SHORT.search(text, max(0, end - 6), end) or titled):
        f = fixed.match(text, pos)
        if f and f.end() <= limit:
            pos = end = f.end()
            continue
        whole = None
        if not in_region and (last_level or end > start + len(head) or abbreviations().get(head.casefold()) is not None):
            whole = region_end_at(text, pos, level_word if last_level else "", limit)
        if whole is not None:
            pos = end = whole   # "Kabupaten Lima Puluh Kota", "Kabupaten Pangkajene dan Kepulauan"
            in_region, last_level = True, False
            proper += 1
            continue
        m = common.TOKEN.match(text, pos)
        if not m:
            break
        tok, t_end = m.group(1), m.end()
        t_start = m.start(1)
        if tok == "(":
            close = text.find(")", t_start, min(limit, t_start + 40))
            inner = text[t_start + 1:close] if close > 0 else ""
            if close > 0 and re.fullmatch(r"[A-Za-z][A-Za-z0-9\- ]{0,25}", inner.strip()) and not re.search(r"\s[a-z]", inner):
                brackets.append((inner.strip(), t_start, close + 1))
                pos = end = close + 1
                continue
            break
        nxt = common.TOKEN.match(text, t_end)
        nxt_tok = nxt.group(1) if nxt else ""
        nxt_abbr = abbreviations().get(nxt_tok.casefold())
        nxt_field = nxt_abbr is not None and nxt_abbr.kind == "field"   # "Bappeda dan Litbang"
        nxt_ok = (nxt_tok[:1].isupper() and _is_office(nxt_tok)
                  and (nxt_field or not common.is_head(nxt_tok, text, nxt.start(1)))
                  and not common.is_name_start(text, nxt.start(1)) and nxt_tok.casefold() not in position_heads)
        # after a comma or "dan" the name goes on with a further field, not with a place
        field_next = nxt_ok and not (common.is_region_word(nxt_tok) and nxt_tok.casefold() not in office_words()) \
            and nxt_tok.casefold() not in not_fields and nxt_tok.casefold().rstrip(".") not in LEVEL_WORDS
        if tok == ",":
            if nxt_tok == "dan" and comma_list and not in_region and not listed:
                after = common.TOKEN.match(text, nxt.end())
                if after and _field_word(text, after):
                    pos = nxt.end()
                    continue
            if field_next and not in_region and not listed and (comma_list or _fields_follow(text, nxt.start(1), limit)):
                pos = t_end
                comma_list = True
                continue
            break
        if tok in ("dan", "&", "Dan", "serta") or (tok.islower() and tok in office_words() and tok not in ("pada", "di")):
            last = text[start:end].rsplit(None, 1)[-1]
            if tok in ("dan", "serta") and last != head and abbreviations().get(last.casefold()) is not None:
                break   # "Dinas Kominfo dan Sistem Informasi ... (SIRUT)": the abbreviation closes the body's name
            if field_next and not in_region:
                pos = t_end
                continue
            if tok.casefold() == "daerah":
                pos = end = t_end
                continue
            break
        bare = tok.rstrip(".")
        after_title, titled = titled, False
        # "RSUD Prof. Dr. H. M. Anwar ...": the titles and initials of a hospital's namesake
        if hospital and proper == 0 and (common.is_name_start(text, t_start)
                                         or (after_title and re.fullmatch(r"[A-Z]\.", tok))):
            pos = end = t_end
            titled = True
            continue
        if not tok[:1].isupper() or common.is_calendar_word(tok) or common.is_name_start(text, t_start):
            break
        # "Kota Batu", "Kabupaten Karo": after its level word, a region whose name is also common in
        # personal names or is a title's shorthand (Karo: Kepala Biro)
        level_region = last_level and _names_region(level_word, bare)
        if bare.casefold() in position_heads and bare.casefold() not in ("sekretariat",) and not level_region:
            break
        if common.is_head(tok, text, t_start) and not _is_office(tok) and not level_region:
            break
        low = bare.casefold()
        # a hospital's town or namesake ("RSUD Tanjung Selor"), unless it follows a level word
        place = common.is_region_word(bare) or low in places
        town = hospital and not in_region and not last_level and low not in LEVEL_WORDS and place \
            and low not in ("daerah", "umum", "pusat")   # "Rumah Sakit Umum Daerah": words of the kind, not a town
        region_word = (place and not town) or low in LEVEL_WORDS or level_region
        own_name = region_word and local and not in_region and not last_level and low not in LEVEL_WORDS \
            and proper < 3 and pos == end and low not in places
        if own_name:
            region_word = False   # "Nagari Koto Gadang": the village's own name, not its region
        if region_word and not in_region and not prev_level and low in office_words() and low not in LEVEL_WORDS:
            region_word = False   # "Sumber Daya Manusia": an office word that is also part of a region name
        if region_word and not in_region and low in office_words() and low not in LEVEL_WORDS and nxt_ok \
                and not common.is_region_word(nxt_tok):
            region_word = False   # "Badan Pusat Statistik": a field word follows, not a place
        if in_region and not region_word:
            break
        if in_region and low in ("kabupaten", "kota", "provinsi", "propinsi", "kab", "prov"):
            break                 # "Pemkab X Provinsi Y": the body's own region is complete
        prev_level = last_level = low in LEVEL_WORDS
        level_word = bare
        if town or own_name:
            proper += 1
        elif region_word and bare.casefold() not in ("daerah",):
            in_region = bare.casefold() not in LEVEL_WORDS or in_region
            proper += bare.casefold() not in LEVEL_WORDS
        elif not _is_office(tok):
            if pos == start + len(head) and head.casefold() in ("dinas", "badan") and re.fullmatch(r"[A-Z]{2,6}|[A-Z][a-z]+", bare) \
                    and not common.is_name_start(text, t_start) and not (nxt_tok[:1].isupper() and not _is_office(nxt_tok)):
                pass       # "Dinas KISP", "Dinas Koperindag": a field abbreviation not in the nomenclature
            elif not named or proper >= (5 if hospital else 3):
                break
            else:
                proper += 1
        pos = end = t_end
    return end, brackets, proper


def _attends(before: str, rules: dict) -> bool:
    """'Kegiatan diikuti oleh perwakilan Dinas X': an attendee, unless an acting word comes after the
    attendance word ('diikuti OPD dan dibuka oleh Bappeda')."""
    last = None
    for last in rules["attendees"].finditer(before):
        pass
    return last is not None and not rules["position_acts"].search(before, last.end())


def _field_word(text: str, tok: re.Match) -> bool:
    """A capitalised office word that goes on a body's name (not a head, a title or a place)."""
    word = tok.group(1)
    low = word.casefold()
    return (word[:1].isupper() and _is_office(word) and not common.is_head(word, text, tok.start(1))
            and low not in LEVEL_WORDS and not (common.is_region_word(word) and low not in office_words()))


COUNTED = re.compile(r"(?:\b\d{1,3}|\b(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|belasan|puluhan|"
                     r"beberapa))\s+$", re.IGNORECASE)
ADDRESS_HEADS = {"kecamatan", "kelurahan", "desa", "distrik"}
ADDRESS_BEFORE = re.compile(r"(?<![\w’'-])(?![IVX]+\b)[A-Z][\w’'-]*\)?\s*[,/]?\s*$")   # ("juara III Kelurahan X": a rank)
# bodies whose units carry the parent's name after their own ("Pusat X Kementerian Dalam Negeri")
PARENT_HEADS = {"kementerian", "kementrian", "lembaga"}
HOSPITAL_HEADS = {"rsud", "rsd", "rsu", "rs", "rumah sakit"}
LEVEL_SHORT = re.compile(r"\b(?:Kab|Prov)\.$")   # "Pemerintah Kab. Purbalingga"
LEVEL_WORDS = {"kabupaten", "kota", "provinsi", "propinsi", "kab", "prov", "republik", "indonesia", "ri"}
GOVERNMENT_HEADS = {"pemerintah kab.", "pemerintah propinsi", "pemerintah kabupaten", "pemerintah kota", "pemerintah provinsi", "pemkab", "pemkot", "pemprov",
                    "pemerintah daerah", "pemda", "pemerintah"}


def _inside_a_defined_name(text: str, line_start: int, start: int, head: str, acronym: str) -> bool:
    """The head closes a longer capitalised name whose acronym follows in brackets ("Sistem Antrean
    Online Puskesmas (SANTRI)"): the acronym opens with the first letter of a word two or more words
    before the head, and its letters run in order through the words from there."""
    if not re.fullmatch(r"[A-Z][A-Za-z-]{2,}", acronym) or sum(c.isupper() for c in acronym) < 2:
        return False
    run = re.search(r"((?:[A-Z][\w’'-]*\s+){2,})$", text[line_start:start])
    if run is None:
        return False
    words = run.group(1).split()
    for k in range(len(words) - 2, -1, -1):
        if words[k][0] != acronym[0] or any(common.is_head(w, w, 0) for w in words[k:]):
            continue
        letters = iter("".join(words[k:] + [head]).casefold())
        return all(c in letters for c in acronym.casefold().replace("-", ""))
    return False


def _province_named(words: str) -> bool:
    """'Aceh', 'Jawa Barat': the whole of a province's name (Kemendagri list)."""
    from ..regions import candidates
    found = candidates(words.strip(" ,."))
    return len(found) == 1 and found[0].kind == "province"


def _fields_follow(text: str, pos: int, limit: int) -> bool:
    """After a comma inside a body's name, a further field of it follows: office words up to the list's next
    "dan"/comma ("Badan Perencanaan, Penelitian dan Pengembangan Daerah"), not an innovation's or a place's
    name that happens to start with one ("Dinas Kearsipan, Rumah Baca Ceria dari ...")."""
    while pos < limit:
        m = common.TOKEN.match(text, pos)
        if not m:
            return False
        tok = m.group(1)
        if tok in (",", "dan", "serta", "&", "Dan"):
            return True
        if not tok[:1].isupper():
            return False
        if not _is_office(tok):
            return False
        pos = m.end()
    return False


def _field_body(abbr_key: str, defined: dict[str, str]) -> str | None:
    """A field abbreviation used as a body ('Dukcapil Kudus') names the body of that field."""
    if abbr_key in defined and re.match(r"(?:Dinas|Badan)\s", defined[abbr_key]):
        return defined[abbr_key]
    field_full = abbreviations()[abbr_key].full
    bodies = {other.full for other in abbreviations().values()
              if other.kind == "body" and other.full.endswith(" " + field_full) and other.full.split()[0] in ("Dinas", "Badan")}
    return bodies.pop() if len(bodies) == 1 else None   # "Litbang": Balitbang or Bappedalitbang, not certain


def find_mentions(text: str) -> list[Mention]:
    defined = defined_abbreviations(text)
    places = regions_named(text)
    mentions: list[Mention] = []
    covered_to = -1
    sentence_starts = [0] + [m.end() for m in re.finditer(r"[.!?]\s+|\n+", text)]
    for m in _head_pattern().finditer(text):
        if m.start() < covered_to or text[max(0, m.start() - 1):m.start()] == "(":
            continue
        head = m.group(0)
        key = head.casefold()
        abbr = abbreviations().get(key)
        if abbr is not None and mentions and SLASH_ALIAS.fullmatch(text, mentions[-1].end, m.start()):
            continue   # "Kementerian Perencanaan Pembangunan Nasional/Bappenas": one body, its short name after a slash
        rules = _acting_rules()
        not_body = rules["not_bodies"].match(text, m.start())
        if not_body:
            covered_to = not_body.end()
            continue   # "Balai Kota", "Kantor Berita ...": a building, a press agency
        if COUNTED.search(text[max(0, m.start() - 20):m.start()]):
            continue   # "9 Puskesmas", "tiga Dinas": a number of bodies, not one
        after = common.TOKEN.match(text, m.end())
        if after and (key in ("kantor",) or (abbr and abbr.kind == "field")) \
                and common.is_head(after.group(1), text, after.start(1)) \
                and not (key == "kantor" and after.group(1).casefold() in PARENT_HEADS):
            continue   # "Kantor Bappeda", "Litbang Bappeda": the body is the next head ("Kantor Kementerian
            # Agama Kabupaten X" is a ministry's regional office, a body of its own)
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        limit = len(text) if line_end < 0 else line_end
        headline = _is_headline(text[line_start:limit])
        end, brackets, proper = _extend(text, m.start(), head, limit, headline, places)
        if brackets and _inside_a_defined_name(text, line_start, m.start(), head, brackets[0][0]):
            covered_to = brackets[0][2]
            continue   # "Sistem Antrean Online Puskesmas (SANTRI)": a word of the name the acronym stands for
        spelled = defined_here(text, m.start(), end, defined)
        if spelled:   # "Lembaga Ilmu Pengetahuan Indonesia (LIPI)": the text spells the whole name out
            end, brackets = spelled
            proper = max(proper, 1)
        raw = text[m.start():end].rstrip(".")
        end = m.start() + len(raw)
        words = clean_spaces(raw).split()
        if len(words) <= len(head.split()) and (key in NEEDS_MORE or (abbr and abbr.kind in ("generic", "unit", "government"))):
            continue
        if key in LISTED_HEADS | VILLAGE_GOVERNMENTS | COURTS | {"upt", "uptd", "rsud", "rumah sakit", "rs", "rsu", "rsd"} \
                and proper == 0:
            continue   # "UPT Puskesmas", "Kecamatan": a class of bodies, not one
        if any(w.casefold().strip(",.") in rules["category_words"] for w in words[len(head.split()):]):
            continue   # "dinobatkan sebagai Kecamatan Inovatif", "Puskesmas Terbaik": an award category
        if CLASS_AFTER.match(text, end):
            continue   # "Bappeda kabupaten sering kesulitan", "Dinas Kesehatan provinsi dan kabupaten/kota": a class of bodies
        if key == "bagian" and not UNIT_PARENT.search(raw) and not _named_with_parent(text, raw) \
                and not (rules["setda_unit"].match(raw, len(head)) and not SUB_UNIT.search(text, 0, m.start())):
            continue   # "Bagian Umum" alone: a part of anything; the text's "Bagian Organisasi Setda X" named before
            # or after makes a bare "Bagian Organisasi" that unit (merged under the full name)
        if key in GOVERNMENT_HEADS and not any(w.casefold().strip(".,") in common.all_region_words() or w.casefold() in places
                                               for w in words[len(head.split()):]
                                               if w.casefold().strip(",.") not in LEVEL_WORDS | {"daerah"}):
            continue   # "Pemerintah Kota Inovatif" (an award category), "Pemerintah Daerah Provinsi"
        if key == "pemerintah" and not _province_named(" ".join(words[1:])):
            continue   # "Pemerintah Pusat", "Pemerintah Aceh Besar": only a province goes without its level
        name = clean_spaces(raw)
        if abbr is not None and abbr.kind == "field":
            body = _field_body(key, defined)
            if body is None:
                continue
            name = body + name[len(head):]
        name = expand_abbreviations(name, defined)
        name = expand_regions(name[0].upper() + name[1:], text)
        sent_start = max(s for s in sentence_starts if s <= m.start())
        before = text[max(sent_start, m.start() - 40):m.start()]
        in_sentence = text[sent_start:m.start()]
        office_only = False
        owner = owner_clause().match(text, end)   # "kepada Puskesmas X yang menjalankan inovasi Y"
        acting = not (rules["not_acting_before"].search(before) and not rules["award_to"].search(in_sentence)
                      and not owner) \
            and not rules["attendance"].search(in_sentence) \
            and not ATTENDS_AFTER.match(text, end) and not PARTICIPANTS_FROM.search(in_sentence) \
            and not rules["not_done"].search(in_sentence) and not rules["planned_partner"].search(in_sentence) \
            and not alone_on_line(text, m.start(), end) \
            and not rules["regulation_before"].search(text, max(sent_start, m.start() - 30), m.start()) \
            and not _attends(in_sentence, rules)
        if key in GOVERNMENT_HEADS or name.startswith("Pemerintah "):
            # a local government acts as a party, owner or agent, not as a possessor ("misi Pemkab X")
            acting = acting and bool(rules["government_acts"].search(in_sentence) or ACTS_THROUGH.match(text, end)
                                     or rules["subject_of"].match(text, end))
        elif (key in ADDRESS_HEADS and (ADDRESS_BEFORE.search(text[max(sent_start, m.start() - 40):m.start()])
                                        or rules["address_before"].search(text, max(sent_start, m.start() - 20), m.start()))) \
                or (key == "kantor" and rules["address_before"].search(text, max(sent_start, m.start() - 20), m.start())):
            acting = False   # "Puskesmas Bone, Kecamatan Burau": an address; "di Kantor Urusan Agama": the building
        elif pos_m := rules["in_position"].search(text, max(sent_start, m.start() - 80), m.start()):
            # only the office of a position holder: it acts when the holder does (opens, hosts...)
            # (its clause: before the body in the sentence, or right after the holder's name),
            # not when the holder only accompanies the actor ("Bupati, didampingi Kepala X, membuka")
            clause = text[sent_start:m.start()] + " " + sentence_of(text, end, end)[:60]
            office_only = acting and (ACCOMPANIES.search(text, sent_start, pos_m.start()) is not None
                                      or RECIPIENT.search(text, sent_start, pos_m.start()) is not None
                                      or not (rules["position_acts"].search(clause)
                                              or _agent_in_brackets(text[sent_start:m.start()])))
            acting = acting and not office_only
        mentions.append(Mention(m.start(), end, raw, name, head, brackets[0][0] if brackets else None, acting,
                                {"headline": headline, "office_only": office_only}))
        covered_to = end
        mentions.extend(_distributed(text, end, head, limit, acting))
        if mentions[-1].end > covered_to:
            covered_to = mentions[-1].end
    return mentions


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


@Language.factory("inovasi_agencies")
def make_agencies(nlp: Language, name: str):
    return find_agencies


def find_agencies(doc: Doc) -> Doc:
    common.ensure_state(doc)
    mentions = find_mentions(doc_text(doc))
    from .agency_roles import not_acting_spans
    for start, role in not_acting_spans(doc, mentions).items():
        m = next(m for m in mentions if m.start == start)
        m.acting = False
        m.extra["role"] = role
    doc._.found["agency_mentions"] = [Found(m.name, m.start, m.end, "rule:agency", {"short": m.abbreviation,
                                                                                   "raw": m.raw, "acting": m.acting})
                                      for m in mentions]
    if common.is_form(doc):
        return doc   # a form names its body in a field; the prose mentions are not actors
    from .agency_parties import acting_ministers, acting_regions, signing_heads, signing_parties
    text = doc_text(doc)
    implied = signing_parties(text) + acting_ministers(text) + acting_regions(text, mentions) \
        + signing_heads(text, mentions)
    from .agency_merge import fullest, merge
    acting = fullest(merge([m for m in mentions if m.acting] + implied), mentions)
    doc._.draft["agencies"] = [{"name": Found(m.name, m.start, m.end, "rule:agency")} for m in acting]
    return doc
