"""How far a body's name runs from its head (`extend`): over capitalised office words, region names,
the connectors of official names and a comma before a further field ("Badan Perencanaan, Penelitian dan
Pengembangan Daerah"), to a lowercase word, a sentence end, a person's title or name, or its region."""
from __future__ import annotations

import re

from ..nomenclature import abbreviations, office_words, opening_particles, position_rules
from . import common
from .agency_text import GOVERNMENT_LEVELS, _names_region, region_end_at
from .agency_vocab import (HOSPITAL_HEADS, LEVEL_SHORT, LEVEL_WORDS, LISTED_HEADS, NAMED_HEADS, SCHOOLS, VILLAGE_GOVERNMENTS,
                           VILLAGES, _acting_rules, _is_office, bound_breaks)

UNIT_OF_PARENT = {"upt", "uptd"}   # technical units named with their parent body after "pada"
VILLAGE_WORDS = VILLAGES | {"kelurahan", "kampung"}   # a village's word closing a village body's name
LEVEL_NEXT = re.compile(r"\s+(?:Kabupaten|Kota|Provinsi|Kab\.)\s")   # a region's level word after a name's word


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
    numbered_part = _acting_rules()["numbered_part"]
    body_field_joins = _acting_rules()["body_field_joins"]
    listed = head.casefold() in LISTED_HEADS
    not_fields = _acting_rules()["not_fields"]
    prev_level = True
    comma_list = False
    hospital = head.casefold() in HOSPITAL_HEADS   # "RSUD dr. H. Soemarno ...": named after a person
    school, numbered = head.casefold() in SCHOOLS, False
    titled = last_level = False
    village_named = 0
    level_word = ""
    abbr = abbreviations().get(head.casefold())
    complete = headline and abbr is not None and abbr.kind == "body"   # "BSKDN", "Bappeda": a whole body's name
    implied = GOVERNMENT_LEVELS.get(head.casefold()) \
        or next((w for w in head.split()[-1:] if w.casefold() in ("kabupaten", "kota", "provinsi")), None)
    if implied:   # "Pemkab Lima Puluh Kota", "Pemerintah Kabupaten Pangkajene dan Kepulauan": the head holds the level
        last_level, level_word = True, implied
    while pos < limit and (text[end - 1:end] != "." or LEVEL_SHORT.search(text, max(0, end - 6), end) or titled
                           or hospital and _name_dot(text, end)):   # "RSUD Lanto Dg. Pasewang": Daeng's dot
        f = fixed.match(text, pos) or numbered_part.match(text, pos)
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
        if complete and end == start + len(head) and m and m.group(1) != "(" \
                and abbreviations().get(m.group(1).casefold()) is None and not common.is_region_word(m.group(1)) \
                and m.group(1).casefold().rstrip(".") not in LEVEL_WORDS and not m.group(1)[:1].isdigit() \
                and not common.is_head(m.group(1), text, m.start(1)):
            break   # a headline in title case: "BSKDN Evaluasi Hasil ...", the abbreviation is the whole name (not
            # "BSKDN Kementrian Dalam Negri", its parent; not "RSUD 45 Kuningan", a hospital's number)
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
                  and not common.is_name_start(text, nxt.start(1)) and nxt_tok.casefold() not in position_heads
                  # two words in capitals after a name in Title case are the next innovation's ("Dinas Sosial dan
                  # KAMPUNG TANGGUH"), not a field's abbreviation ("Dinas Penanaman Modal dan PTSP")
                  and not (nxt_tok.isupper() and len(nxt_tok) > 2 and nxt_abbr is None
                           and re.match(r"[ \t]+[A-Z]{3,}\b", text[nxt.end(1):nxt.end(1) + 20]) is not None
                           and not text[start:end].isupper()))
        # after a comma or "dan" the name goes on with a further field, not with a place
        field_next = nxt_ok and not (common.is_region_word(nxt_tok) and nxt_tok.casefold() not in office_words()) \
            and nxt_tok.casefold() not in not_fields and nxt_tok.casefold().rstrip(".") not in LEVEL_WORDS
        if tok == "/" and t_start > 0 and text[t_start - 1].isalpha() and nxt_tok[:1].isupper() and not in_region \
                and _is_office(nxt_tok) and nxt_tok.casefold() not in LEVEL_WORDS and not common.is_region_word(nxt_tok) \
                and abbreviations().get(nxt_tok.casefold()) is None and not common.is_head(nxt_tok, text, nxt.start(1)):
            # ("Nasional/Bappenas": the body's short name; "Dinas Pendidikan/Dinas Kesehatan": two bodies)
            pos = t_end   # "Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah": two fields with a slash
            continue
        if tok.rstrip(".") in ("kabupaten", "kota", "provinsi", "kab", "prov") and not in_region and not last_level \
                and nxt_tok[:1].isupper() and common.is_region_word(nxt_tok):
            pos = end = t_end   # "Dinas Kesehatan kabupaten Sikka", "Bappelitbangda kab. Sikka": a level word in lower case
            prev_level = last_level = True
            level_word = tok.rstrip(".").capitalize()
            continue
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
        if tok == "pada" and head.casefold() in UNIT_OF_PARENT and nxt_tok[:1].isupper() \
                and common.is_head(nxt_tok, text, nxt.start(1)) and not in_region:
            pos = t_end   # "UPTD Laboratorium Lingkungan pada Dinas Lingkungan Hidup": the unit and the body it is part of
            continue
        if tok == "serta" and not _fields_only(text, t_end, limit):
            break   # "serta" joins a further field ("... Keluarga Berencana serta Pemberdayaan Perempuan Kabupaten X")
            # or the items of a list ("milik Dinas Kesehatan serta Kampung Literasi Kelimutu yang ...")
        if tok in ("dan", "&", "Dan", "serta") or (tok.islower() and tok in office_words() and tok not in ("pada", "di")):
            last = text[start:end].rsplit(None, 1)[-1]
            if tok in ("dan", "serta") and last != head and abbreviations().get(last.casefold()) is not None:
                break   # "Dinas Kominfo dan Sistem Informasi ... (SIRUT)": the abbreviation closes the body's name
            if field_next and not in_region and not (end == start + len(head) and abbr is not None and abbr.kind == "body"
                                                     and nxt_field and nxt_tok.casefold() not in body_field_joins):
                pos = t_end   # ("Bappeda dan Litbang": one body; "Bappeda dan Kominfo": two)
                continue
            if tok.casefold() == "daerah":
                pos = end = t_end
                continue
            if hospital and tok == "dan" and not in_region and proper and nxt_tok[:1].isupper() \
                    and not common.is_head(nxt_tok, text, nxt.start(1)) and not common.is_name_start(text, nxt.start(1)) \
                    and LEVEL_NEXT.match(text, nxt.end(1)):
                pos = t_end   # "RSUD Tani dan Nelayan Kabupaten Boalemo": a hospital's name holding "dan", then its region
                continue
            break
        bare = tok.rstrip(".")
        after_title, titled = titled, False
        # "RSUD Prof. Dr. H. M. Anwar ...": the titles and initials of a hospital's namesake
        if hospital and proper == 0 and (common.is_name_start(text, t_start)
                                         or (after_title and re.fullmatch(r"(?:[A-Z]\.)+", tok))):
            pos = end = t_end
            titled = True
            continue
        if hospital and proper == 0 and pos == start + len(head) and re.fullmatch(r"\d{1,3}", tok) \
                and nxt_tok[:1].isupper():
            pos = end = t_end   # "RSUD 45 Kuningan": a hospital named with a number
            continue
        if school and re.fullmatch(r"\d{1,6}", tok) and not numbered and not in_region:
            pos = end = t_end   # "SMP Negeri 2 Subah", "Sekolah Dasar Negeri Sukamelang 2": a school's number
            numbered = True
            proper += 1
            continue
        if not tok[:1].isupper() or common.is_calendar_word(tok) or common.is_name_start(text, t_start):
            break
        if bound_breaks(tok, nxt_tok):
            break   # "Dukcapil Dalam Genggaman": "Dalam" is a field's word only in "Dalam Negeri"
        if not hospital and pos > start + len(head) and tok in opening_particles()[0] and nxt_tok[:1].isupper():
            break   # "Kepala Puskesmas Tanjung Ni Made Sari": a person's name starts at its particle
        if not in_region and tok.casefold() not in LEVEL_WORDS and common.is_region_word(bare) \
                and (district := _kecamatan_end(text, t_start, limit)) > t_end:
            pos = end = district   # "UPT Puskesmas Sanggau Ledo": a kecamatan named after a region, not the region
            proper += 1
            continue
        if not in_region and village_named < 3 and bare.casefold() not in LEVEL_WORDS \
                and not (_is_office(tok) and not common.is_region_word(bare)) \
                and (village_named or _ends_in_village(text[start:end], head)):
            pos = end = t_end   # "Badan Permusyawaratan Desa (BPD) Sungai Rampah": the village the body serves
            village_named += 1
            proper += 1
            continue
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
        if region_word and not in_region and pos == start + len(head) and low not in LEVEL_WORDS \
                and common.is_head(tok, text, t_start):
            region_word = False   # "UPTD Balai Latihan Kerja": the kind of unit, not a place called Balai
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


def _ends_in_village(name: str, head: str) -> bool:
    """A body's name past its head ends in a village's word, its abbreviation in brackets perhaps after it ("Badan
    Permusyawaratan Desa (BPD)", "Lembaga Pemberdayaan Masyarakat Kelurahan"): a village's own name may follow."""
    words = re.sub(r"\s*\([^()]*\)$", "", name).split()
    return len(words) > len(head.split()) and words[-1].casefold() in VILLAGE_WORDS \
        and head.casefold() not in VILLAGE_GOVERNMENTS | LISTED_HEADS


def _name_dot(text: str, end: int) -> bool:
    """The dot ending text[:end] closes an abbreviated name word ("Dg.", "Moch."), not a sentence."""
    from .official_words import WORD_BEFORE, dot_is_no_stop
    return dot_is_no_stop(WORD_BEFORE.search(text, max(0, end - 20), end).group(0))


def _field_word(text: str, tok: re.Match) -> bool:
    """A capitalised office word that goes on a body's name (not a head, a title or a place)."""
    word = tok.group(1)
    low = word.casefold()
    return (word[:1].isupper() and _is_office(word) and not common.is_head(word, text, tok.start(1))
            and low not in LEVEL_WORDS and not (common.is_region_word(word) and low not in office_words()))


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


def _kecamatan_end(text: str, pos: int, limit: int) -> int:
    """End of the longest kecamatan's name (Kemendagri's list, rules/regions/kecamatan.txt) of two to four capitalised
    words from pos, else -1."""
    from .official_words import local_places

    words = list(re.finditer(r"[A-Z][\w'’-]*", text[pos:limit]))
    run = []
    for w in words[:4]:
        if text[pos + (run[-1].end() if run else 0):pos + w.start()].strip():
            break   # only spaces between the words
        run.append(w)
    for k in range(len(run), 1, -1):
        if " ".join(w.group() for w in run[:k]).casefold() in local_places("kecamatan"):
            return pos + run[k - 1].end()
    return -1


def _fields_only(text: str, pos: int, limit: int) -> bool:
    """The capitalised words from pos on are office words or a region's (a body's further fields), up to the name's end."""
    words = re.match(r"(?:\s+[A-Z][\w’'-]*)+", text[pos:limit])
    return bool(words) and all(_is_office(w) or common.is_region_word(w) for w in words.group(0).split())
