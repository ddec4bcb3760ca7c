"""Government bodies: every mention in its fullest written form, and the ones that act.

A mention starts at a body head ("Dinas", "Bagian", "Pemkab", "Bappeda", rules/agencies)
and runs on over capitalised office words, region names and the connectors of official
names ("dan", a comma before a further field); a bracketed abbreviation inside is dropped
and recorded. Abbreviations are expanded by the text's own definitions first, then by the
fixed nomenclature; region shorthand only where the text names the region in full.
All mentions go to doc._.found["agency_mentions"] (officials and innovations resolve short
forms against them); the acting ones become draft["agencies"], one entry per body.

When a body acts is agency_acts.py (a place, a credit line, a possessor, an attendee, a negated clause do not; a
position holder's office acts when the holder does) and agency_roles.py (asked to act, quoted as a source, an
audience, a place visited); regions listed as the parties of a signing, visited or named bare as the subject of an
acting verb act as their governments (agency_parties.py).
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..evidence import Found
from ..regions import lookup
from ..nomenclature import abbreviations, clean_spaces, defined_abbreviations, expand_abbreviations, role_words
from . import common
from .agency_extent import UNIT_OF_PARENT, _extend, _field_body
from .agency_acts import acts, national_body
from .agency_text import (LEVELS, UNIT_PARENT, region_end_at, _is_headline, _named_with_parent, defined_here, expand_regions,
                          lowercase_bodies, regions_named)
from .agency_vocab import (ADDRESS_HEADS, office_word_here, COURTS, GOVERNMENT_HEADS, HOSPITAL_HEADS, LEVEL_WORDS, LISTED_HEADS, LISTED_VILLAGES, NEEDS_MORE,
                           PARENT_HEADS, VILLAGE_GOVERNMENTS, Mention, _acting_rules, _head_pattern, _is_office,
                           bare_kind, known_village_after, village_of_a_region)
from .common import doc_text
from .innovation_text import derives, rules as innovation_rules
from .innovation_valid import triggered_and_owned
from .official_names import rules as official_rules
from .official_words import sentence_stops

SPACES = re.compile(r"\s*")
LONG_THEN_ACRONYM = re.compile(r"((?:[A-Z][\w’'-]*|dan)(?:\s+(?:[A-Z][\w’'-]*|dan)){1,9})\s+atau\s+"
                               r"([A-Z][A-Z0-9-]{2,}(?:\s+[A-Z][A-Z0-9-]{2,})?)\b")
SHORT_THEN_LONG = re.compile(r"(?<![\w-])([A-Z][A-Z0-9-]{2,})\s+(?:atau|alias)\s+$")
ACRONYM_EXPANDED = re.compile(r"\s*\(\s*([A-Z][\w’'-]*(?:\s+[\w’'-]+){1,9})\s*\)")
LIST_JOIN = re.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta|atau)\s+)")


CLASS_AFTER = re.compile(r"\s+(?:kabupaten|kota|provinsi|kab\.?|se-?)(?:/kota)?\b(?!\s+[A-Z])")
LEVELS_PAIR = re.compile(r"\s*/\s*(?i:kabupaten|kota)\b")   # "Dinas Kesehatan Kabupaten/Kota": every region's
SUB_UNIT = re.compile(r"\bSub\s*$", re.IGNORECASE)   # "Sub Bagian Umum": a part of any body
SLASH_ALIAS = re.compile(r"\s*/\s*")
COUNTED = re.compile(r"(?:\b\d{1,3}|\b(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|belasan|puluhan|"
                     r"beberapa))\s+$", re.IGNORECASE)


def _inside_a_defined_name(text: str, line_start: int, start: int, head: str, acronym: str, tail: str = "") -> bool:
    """The head stands inside a longer capitalised name whose acronym follows in brackets ("Sistem Antrean
    Online Puskesmas (SANTRI)", "Sistem Antrean Online Puskesmas dan Kampung Siaga (SIAP SIAGA)"): the
    acronym opens with the first letter of a word two or more words before the head, and its letters run
    in order through the words from there to the bracket (`tail`: the words after the head)."""
    if not re.fullmatch(r"[A-Z][A-Za-z-]{2,}(?: [A-Z][A-Za-z-]+)?", acronym) or sum(c.isupper() for c in acronym) < 2:
        return False
    run = re.search(r"((?:[A-Z][\w’'-]*\s+){2,})$", text[line_start:start])
    if run is None:
        return False
    words = run.group(1).split()
    for k in range(len(words) - 2, -1, -1):
        if words[k][0] != acronym[0] or any(common.is_head(w, w, 0) for w in words[k:]):
            continue
        letters = iter("".join(words[k:] + [head] + tail.split()).casefold())
        return all(c in letters for c in acronym.casefold().replace("-", "").replace(" ", ""))
    return False


def _names_an_innovation(head: str, tail: str, acronym: str) -> bool:
    """A body's short name opens a longer name the text abbreviates anew, and the words after it are no
    office's words ("Dukcapil Jemput Bola (Dujebol)", "Dinkes Peduli Ibu Hamil (Dinkes Pelita)"): the name of
    an innovation, not of the body ("Bappeda Litbang (Bappelitbangda)" and known abbreviations stay bodies)."""
    abbr = abbreviations().get(head.casefold())
    if abbr is None or abbr.short.casefold() != head.casefold() or abbreviations().get(acronym.casefold()) is not None:
        return False
    words = [w.strip(",.") for w in tail.split()]
    return any(w[:1].isupper() and not _is_office(w) for w in words if w)


TITLED_AFTER = re.compile(r" ((?-i:[A-Z])[\w’'-]*)(?: ((?-i:[A-Z])[\w’'-]*))?")


def _short_name_opens_a_name(text: str, start: int, end: int, abbr) -> bool:
    """A body's short name alone, right after an innovation word, then capitalised words that are no office's, place's
    or person's ("layanan Dukcapil Dalam Genggaman", "inovasi Dinkes Sahabat Lansia"): the name of an innovation that
    opens with the body's name, not the body (not "inovasi Dukcapil Kota X", "program Bappeda Litbang")."""
    if abbr is None or abbr.kind not in ("body", "field") or text[start:end].casefold() != abbr.short.casefold():
        return False
    before = re.search(r"(\w+)\s+$", text[max(0, start - 20):start])
    if before is None or before.group(1).lower() not in innovation_rules()["direct_triggers"]:
        return False
    after = TITLED_AFTER.match(text, end)
    if after is None:
        return False
    first, second = after.group(1), after.group(2) or ""
    return not (office_word_here(first, second) or common.is_region_word(first) or common.is_head(first, text, after.start(1))
                or common.is_name_start(text, after.start(1)) or common.is_calendar_word(first))


def _unit_with_a_quality(key: str, tail: str, in_a_name: bool = False) -> bool:
    """A unit's head (puskesmas, desa, hospital...) then a word saying what an innovation makes of the unit
    (rules/innovations.toml name_qualities: "Tanpa Antre", "Ramah Anak", "Sehat Mandiri"), not a unit's own
    name: the words are no village's name in the Kemendagri list ("Kelurahan Bahagia" is a place), or the head stands
    inside a capitalised name (`in_a_name`: "Ambulans Desa Siaga", though a village is called Siaga)."""
    from .official_words import local_places

    words = tail.split()
    if key not in LISTED_HEADS | HOSPITAL_HEADS or not words or not words[0][:1].isupper():
        return False
    if words[0].casefold().strip(",.") not in innovation_rules()["name_qualities"]:
        return False
    name = " ".join(w.strip(",.") for w in words)
    return in_a_name or (name.casefold() not in local_places("desa") and name.casefold() not in local_places("kecamatan"))


PREVIOUS_WORD = re.compile(r"(?<![\w’'-])([A-Z][a-z][\w’'-]*) $")


def _inside_a_name(text: str, start: int) -> bool:
    """The word right before a unit's head is a capitalised word of no office, place or role ("Ambulans Desa Siaga":
    the head is inside an innovation's name, whatever villages the gazetteer holds; not "Kepala Desa X",
    "Aula Desa X", "Bidan Desa X", "Rabu Desa X")."""
    m = PREVIOUS_WORD.search(text, max(0, start - 30), start)
    if not m:
        return False
    w = m.group(1)
    low = w.casefold()
    return not (_is_office(w) or common.is_head(w, text, m.start(1)) or common.is_calendar_word(w)
                or low in role_words() or low in _acting_rules()["places_words"]
                or low in {w.casefold() for w in official_rules("private_roles")})


OPEN_QUOTES, CLOSE_QUOTES = "\"“‘'", "\"”’'"


def _quoted_owned_name(text: str, start: int, end: int) -> bool:
    """A unit's name that is the whole of a quoted phrase with its owner after it ("seperti \"Nagari Bacarito\"
    yang digagas Dinas X", "\"Desa Melek Hukum\" milik Bagian Hukum"): an innovation named like a unit, not the
    unit (rules/innovations.toml creation_verbs, running_verbs, owner_markers)."""
    if start == 0 or text[start - 1] not in OPEN_QUOTES or text[end:end + 1] not in CLOSE_QUOTES:
        return False
    r = innovation_rules()
    words = text[end + 1:end + 40].replace(",", " ").split()
    if words[:1] == ["yang"]:
        return words[1:2] != [] and words[1].casefold() in {*r["creation_verbs"], *r["running_verbs"]}
    return len(words) > 1 and words[0].casefold() in {*r["owner_markers"], *r["owner_links"]} \
        and words[1][:1].isupper() and words[1].casefold() not in {*r["region_source_words"], "kecamatan"}
    # ("\"Desa Sukamaju\" dari Kecamatan X": the village and where it lies)


def _province_named(words: str) -> bool:
    """'Aceh', 'Jawa Barat': the whole of a province's name (Kemendagri list)."""
    from ..regions import candidates
    found = candidates(words.strip(" ,."))
    return len(found) == 1 and found[0].kind == "province"


LEVEL_AFTER = re.compile(r"\s+(Provinsi|Kabupaten|Kota|Kab\.)(?=\s)")


def _region_after(text: str, end: int, limit: int) -> int:
    """The end of a region written right after a body's name and its bracketed abbreviation, else `end`."""
    level = LEVEL_AFTER.match(text, end, limit)
    if level is not None:
        region = region_end_at(text, level.end(), level.group(1), limit)
        if region is None:   # a one-word region: "Provinsi Jambi"
            word = re.match(r"\s+([A-Z][\w’'-]+)", text[level.end():limit])
            if word and lookup(f"{LEVELS[level.group(1).casefold()]} {word.group(1)}") is not None:
                region = level.end() + word.end()
        return region if region is not None else end
    return end


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding text[pos] starts (the same stops as the mentions' sentences)."""
    last = None
    for last in sentence_stops(text, 0, pos):
        pass
    return 0 if last is None else SPACES.match(text, last.end()).end()


# a short word after an abbreviation that the text defines with it ("Diskominfo SP")
DEFINED_TAIL = re.compile(r" ([A-Z][\w-]{0,5})\b")


NAMESAKE = re.compile(r"\s(?:dr|Dr|drg|Prof|H|Hj)\.\s")   # a title opening a person's name inside a hospital's
WORD_AFTER_COMMA = re.compile(r",\s*([^\s,]+)")


def _degree_after(text: str, end: int) -> bool:
    """A degree written after a name ("Sp.PD", "M.Kes", not a prefix title such as "dr.") follows a comma at end."""
    from .official_words import is_prefix_degree, is_tail_degree
    m = WORD_AFTER_COMMA.match(text, end)
    return m is not None and is_tail_degree(m.group(1)) and not is_prefix_degree(m.group(1))


def find_mentions(text: str) -> list[Mention]:
    defined = defined_abbreviations(text)
    places = regions_named(text)
    mentions: list[Mention] = []
    covered_to = -1
    sentence_starts = [0] + [SPACES.match(text, m.end()).end() for m in sentence_stops(text)]
    for m in _head_pattern().finditer(text):
        if m.start() < covered_to or text[max(0, m.start() - 1):m.start()] == "(":
            continue
        head = m.group(0)
        key = head.casefold()
        abbr = abbreviations().get(key)
        if (abbr is not None or mentions and mentions[-1].head.casefold() in PARENT_HEADS) and mentions \
                and SLASH_ALIAS.fullmatch(text, mentions[-1].end, m.start()):
            continue   # "Kementerian Perencanaan Pembangunan Nasional/Bappenas", "Kementerian Investasi/Badan
            # Koordinasi Penanaman Modal": one body, its short or second name after a slash
        if key in LISTED_VILLAGES and not known_village_after(text, m.end()):
            continue   # "Kampung KB", "Kampung Literasi Bahari": a programme's or an innovation's name
        rules = _acting_rules()
        not_body = rules["not_bodies"].match(text, m.start())
        if not_body:
            covered_to = not_body.end()
            continue   # "Balai Kota", "Kantor Berita ...": a building, a press agency
        if not head.isupper() and rules["place_level_before"].search(text, max(0, m.start() - 20), m.start()):
            continue   # "Camat Balai Riam", "Desa Pusat Damai": a place's name opening with a body's head word
            # (not an abbreviation: "2 Gerbang Desa DPMD", a table's row)
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
        if key in HOSPITAL_HEADS and (namesake := NAMESAKE.search(text, m.end(), end)) and _degree_after(text, end):
            end = len(text[:namesake.start()].rstrip())   # "Direktur RSUD dr. Nama, Sp.PD": degrees after the name make
            # it the director's; a hospital's namesake takes none ("RSUD dr. Soekardjo, dr. Nama, Sp.PD")
        spelled_after = ACRONYM_EXPANDED.match(text, end)
        if spelled_after and text[m.start():end].isupper() and len(text[m.start():end].split()) >= 2 \
                and common.initials_within(text[m.start():end], spelled_after.group(1)):
            covered_to = spelled_after.end()
            continue   # "BALAI PINTAR (Bawa Lansia Ikut Perekaman Terpadu)": an innovation's acronym, not a body
        short = SHORT_THEN_LONG.search(text, max(0, m.start() - 30), m.start())
        if short and derives(short.group(1), text[m.start():end]) and abbreviations().get(short.group(1).casefold()) is None:
            covered_to = end
            continue   # "memamerkan DEBATA atau Desa Bahari Tangguh": an innovation's short name, then its long form
        named = LONG_THEN_ACRONYM.match(text, m.start())
        if named and abbr is None and named.end(1) <= limit and abbreviations().get(named.group(2).casefold()) is None \
                and not common.is_head(named.group(2).split()[0], text, named.start(2)) \
                and derives(named.group(2), named.group(1)) and len(named.group(1).split()) >= 3:
            covered_to = named.end()
            continue   # "Pusat Informasi Transparansi Dana Desa atau PINTU DESA": an innovation's long form, then its
            # short name, opening with a body's head word
        if brackets and _inside_a_defined_name(text, line_start, m.start(), head, brackets[0][0],
                                               text[m.end():brackets[0][1]]):
            covered_to = brackets[0][2]
            continue   # "Sistem Antrean Online Puskesmas (SANTRI)": a word of the name the acronym stands for
        if _quoted_owned_name(text, m.start(), end) or triggered_and_owned(text, m.start(), end):
            covered_to = end
            continue   # "seperti \"Nagari Bacarito\" yang digagas Dinas X", "inovasi Pusat Data Terpadu Desa atau
            # PUSDATU dari Bappeda X": an innovation named like a unit
        if _unit_with_a_quality(key, text[m.end():end], _inside_a_name(text, m.start())):
            covered_to = end
            continue   # "Rumah Sakit Tanpa Antre (RSTA)", "Puskesmas Ramah Anak": an innovation that makes a unit so
        spelled = defined_here(text, m.start(), end, defined)
        if spelled and _names_an_innovation(head, text[m.end():spelled[1][0][1]], spelled[1][0][0]):
            covered_to = spelled[0]
            continue   # "Dukcapil Jemput Bola (Dujebol)": an innovation's name opened by a body's short name
        if not spelled and _short_name_opens_a_name(text, m.start(), end, abbr):
            covered_to = end
            continue   # "layanan Dukcapil Dalam Genggaman": an innovation's name opened by a body's short name
        if spelled:   # "Lembaga Ilmu Pengetahuan Indonesia (LIPI)": the text spells the whole name out
            end, brackets = spelled
            proper = max(proper, 1)
            end = _region_after(text, end, limit)   # "... Pencatatan Sipil (Dispermadesdukcapil) Provinsi Jawa Tengah"
        longer = DEFINED_TAIL.match(text, end)
        if longer and f"{text[m.start():end]} {longer.group(1)}".casefold() in defined:
            end = longer.end()   # "Diskominfo SP" where the text defines it: not the fixed "Diskominfo"
        raw = text[m.start():end].rstrip(".")
        end = m.start() + len(raw)
        words = clean_spaces(raw).split()
        if len(words) <= len(head.split()) and (key in NEEDS_MORE or (abbr and abbr.kind in ("generic", "unit", "government"))):
            continue
        if key in LISTED_HEADS | VILLAGE_GOVERNMENTS | COURTS | {"upt", "uptd", "rsud", "rumah sakit", "rs", "rsu", "rsd"} \
                and proper == 0:
            continue   # "UPT Puskesmas", "Kecamatan": a class of bodies, not one
        if village_of_a_region(head, words):
            continue   # "Lomba Inovasi Kecamatan, Desa dan Kelurahan Kabupaten X": the level of the contest's
            # entrants, then the region holding it; no village is named "Kabupaten X"
        if key == "balai" and rules["not_bodies"].match(text, end - len(words[-1])) and words[-1] == "Kantor":
            continue   # "di Balai Semarak Kantor Bupati X": a hall in the head of the region's office, not a unit
        if any(w.casefold().strip(",.") in rules["category_words"] for w in words[len(head.split()):]):
            continue   # "dinobatkan sebagai Kecamatan Inovatif", "Puskesmas Terbaik": an award category
        if CLASS_AFTER.match(text, end) or LEVELS_PAIR.match(text, end):
            continue   # "Bappeda kabupaten sering kesulitan", "Dinas Kesehatan provinsi dan kabupaten/kota",
            # "Dinas Kesehatan Kabupaten/Kota wajib ...": a class of bodies
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
        if key in UNIT_OF_PARENT:
            name = re.sub(r" pada (?=[A-Z])", " ", name)   # "UPTD X pada Dinas Y" -> "UPTD X Dinas Y", as units are named
        if abbr is not None and abbr.kind == "field":
            body = _field_body(key, defined)
            if body is None:
                continue
            name = body + name[len(head):]
        name = expand_abbreviations(name, defined)
        # "Pemkab Konsel" where the text defines "Kabupaten Konawe Selatan (Konsel)": the level word once
        name = re.sub(r"\b(Kabupaten|Kota|Provinsi) \1\b", r"\1", name)
        # "Pemkab Pulpis" where the text defines "Pemerintah Kabupaten Pulang Pisau (Pulpis)": the government once
        name = re.sub(r"\bPemerintah (Kabupaten|Kota|Provinsi) Pemerintah \1\b", r"Pemerintah \1", name)
        name = expand_regions(name[0].upper() + name[1:], text)
        sent_start = max(s for s in sentence_starts if s <= m.start())
        acting, office_only = acts(text, m.start(), end, name, key, sent_start)
        if acting and key in ADDRESS_HEADS and mentions and mentions[-1].head.casefold() in ADDRESS_HEADS \
                and LIST_JOIN.fullmatch(text, mentions[-1].end, m.start()) \
                and _acting_rules()["address_before"].search(text, max(sent_start, mentions[-1].start - 40),
                                                             mentions[-1].start):
            acting = False   # "Uji coba dilakukan di Kecamatan Alok dan Kecamatan Nita": the second place too
        elif acting and mentions and mentions[-1].extra.get("destination") and mentions[-1].head.casefold() == key \
                and LIST_JOIN.fullmatch(text, mentions[-1].end, m.start()):
            acting = False   # "ditempatkan di Puskesmas A, Puskesmas B dan Puskesmas C": every destination
        elif not acting and key in ADDRESS_HEADS and mentions and mentions[-1].acting \
                and mentions[-1].head.casefold() == key and LIST_JOIN.fullmatch(text, mentions[-1].end, m.start()):
            acting = True   # "PKS dengan Kecamatan A, Kecamatan B dan Kecamatan C": a list of districts, not an address
        destination = not acting and (
            bool(mentions) and mentions[-1].extra.get("destination") and LIST_JOIN.fullmatch(text, mentions[-1].end, m.start())
            or bool(_acting_rules()["not_acting_before"].search(text, max(sent_start, m.start() - 40), m.start())))
        mentions.append(Mention(m.start(), end, raw, name, head, brackets[0][0] if brackets else None, acting,
                                {"headline": headline, "office_only": office_only, "destination": destination}))
        covered_to = end
        if key in LISTED_HEADS and not rules["in_position"].search(text, max(sent_start, m.start() - 80), m.start()):
            mentions.extend(_distributed(text, end, head, limit, acting))   # (not "Bidan Koordinator Puskesmas
            # Penawar, Nama, Amd.Keb": after a position the comma opens its holder's name, not a list of bodies)
        if mentions[-1].end > covered_to:
            covered_to = mentions[-1].end
    mentions.extend(_short_names_alone(text, mentions, sentence_starts))
    mentions.extend(m for m in lowercase_bodies(text) if not any(o.start <= m.start < o.end for o in mentions))
    return sorted(mentions, key=lambda m: m.start)


FROM_TO, TO_AFTER = re.compile(r"\bdari\s+$"), re.compile(r"\s+ke\s")


def _short_names_alone(text: str, mentions: list[Mention], sentence_starts: list[int]) -> list[Mention]:
    """A body's short name that the text itself defines after the body's name ("Kepala Dinas Pemberdayaan Masyarakat
    Kampung (DPMK) Tambrauw"), used alone later ("DPMK juga menyiapkan aplikasi X"): a mention of that body. The
    nomenclature's short names are heads already; only a bracket that closed a body's name counts."""
    shorts = {}
    for m in mentions:
        if m.abbreviation and abbreviations().get(m.abbreviation.casefold()) is None \
                and sum(c.isupper() for c in m.abbreviation) >= 2 and " " not in m.abbreviation:
            shorts.setdefault(m.abbreviation, m)
    out: list[Mention] = []
    for short, body in shorts.items():
        for hit in re.finditer(rf"(?<![\w(/-]){re.escape(short)}(?![\w)/-])", text):
            if any(o.start <= hit.start() < o.end for o in mentions + out) \
                    or COUNTED.search(text[max(0, hit.start() - 20):hit.start()]):
                continue   # ("seluruh 30 KUA": a number of such units)
            sent_start = max(s for s in sentence_starts if s <= hit.start())
            acting, office_only = acts(text, hit.start(), hit.end(), body.name, short.casefold(), sent_start)
            if FROM_TO.search(text, max(0, hit.start() - 8), hit.start()) and TO_AFTER.match(text, hit.end()):
                acting = False   # "bolak-balik dari KUA ke kantor Dukcapil": a place one goes from
            out.append(Mention(hit.start(), hit.end(), short, body.name, short, short, acting,
                               {"headline": False, "office_only": office_only, "defined_alone": True}))
    return out


def _distributed(text: str, pos: int, head: str, limit: int, acting: bool) -> list[Mention]:
    """'Puskesmas A, B, C, dan D': the head applies to every name of the list."""
    if head.casefold() not in LISTED_HEADS:
        return []
    out = []
    pattern = re.compile(r"\s*(?:,\s*(?:dan\s+)?|\s+dan\s+)((?:[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*){0,2})(?=\s*[,.;]|\s+dan\b)")
    # the list's last name after "dan" may go straight on into the sentence ("..., Kluet Selatan, dan Pasie Raja
    # mengikuti lomba")
    last = re.compile(r"\s*,?\s*dan\s+((?:[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*){0,2})(?=\s+[a-z])")
    while pos < limit:
        m = pattern.match(text, pos) or (last.match(text, pos) if out else None)
        if not m or any(_is_office(w) and not common.is_region_word(w) for w in m.group(1).split()) \
                or common.is_head(m.group(1).split()[0], text, m.start(1)) or common.is_name_start(text, m.start(1)) \
                or any(common.is_calendar_word(w) for w in m.group(1).split()):
            break   # ("Puskesmas Kluet Utara, Rabu.": the day of the visit, not another Puskesmas)
        out.append(Mention(m.start(1), m.end(1), m.group(1), f"{head} {m.group(1)}", head, None, acting,
                           {"distributed": True}))
        pos = m.end()
    return out


def _workplaces_of_acting_bodies(text: str, mentions: list[Mention]) -> None:
    """A national body's centre or directorate named as a resource person's workplace after that body acting in the
    same sentence ("Narasumber dari BSKDN ..., Analis Kebijakan pada Pusat Strategi Kebijakan X"), or after a national
    body acting in an earlier sentence, does not act apart from it (rules/agencies/acting.toml `workplace_units`)."""
    from .agency_parties import _acting_toml
    r = _acting_toml()
    units, parents = tuple(r["workplace_units"]), tuple(r["national_parents"])
    rules = _acting_rules()
    for m in mentions:
        if not (m.acting and m.name.startswith(units)):
            continue
        start = sentence_start(text, m.start)
        if rules["in_position"].search(text, max(start, m.start - 80), m.start) is None \
                and not re.search(r"\bpada\s+$", text[max(start, m.start - 8):m.start]):
            continue   # (not "Analis Kebijakan Ahli Muda pada Pusat X" either)
        if any(o.acting and o is not m and o.name.startswith(parents) and not o.name.startswith(units)
               and o.start < m.start and (o.start >= start or _national(o.name)) for o in mentions):
            m.acting = False   # (a national parent acting earlier in the text: "... dari BSKDN Kemendagri." then
            m.extra["role"] = "workplace"   # "Pendampingan dipandu Analis Kebijakan Pusat X BSKDN, Nama")


def _national(name: str) -> bool:
    """A ministry, a national agency, or a body of home affairs ("Badan Strategi Kebijakan Dalam Negeri")."""
    return national_body(name) or name.endswith(" Dalam Negeri")


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
    _workplaces_of_acting_bodies(doc_text(doc), mentions)
    for m in mentions:
        if bare_kind(m.name):
            m.acting = False   # "tenaga kesehatan dari UPTD Puskesmas": kinds of unit with no name of their own
            m.extra["role"] = "kind"
    doc._.found["agency_mentions"] = [Found(m.name, m.start, m.end, "rule:agency", {"short": m.abbreviation,
                                                                                   "raw": m.raw, "acting": m.acting})
                                      for m in mentions]
    if common.is_form(doc):   # a form names its body in a field; its prose, only bodies it shows acting
        from .agency_forms import with_prose_bodies
        with_prose_bodies(doc, doc_text(doc), mentions)
        return doc
    from .agency_parties import acting_ministers, acting_regions, signing_heads, signing_parties, visited_regions
    text = doc_text(doc)
    implied = signing_parties(text) + acting_ministers(text) + acting_regions(text, mentions) \
        + signing_heads(text, mentions) + visited_regions(text, mentions)
    from .agency_merge import fullest, merge
    acting = fullest(merge([m for m in mentions if m.acting] + implied), mentions)
    doc._.draft["agencies"] = [{"name": Found(m.name, m.start, m.end, "rule:agency")} for m in acting]
    return doc
