"""The vocabulary of government bodies: the head classes a mention is read by (listed, named, needing
more words, address, government...), the `Mention` a body is kept as, the compiled cue lists of
rules/agencies/acting.toml, and the pattern of every body head (rules/agencies/heads.txt and the
nomenclature's short forms). Shared by agencies.py and the modules around it."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache

from .. import RULES_DIR
from ..nomenclature import abbreviation_spellings, agency_heads, office_words, position_rules
from . import common

# a village, bare, under the names regions give it (heads.txt)
VILLAGES = {"desa", "nagari", "kepenghuluan", "gampong", "ohoi", "kampung", "pekon", "tiyuh", "nagori", "kalurahan"}
# ... of which these open programmes' and innovations' names too ("Kampung KB", "Pekon Melek Digital"): a body only
# before a village's own name in Kemendagri's list (rules/regions/desa.txt)
LISTED_VILLAGES = {"kampung", "pekon", "tiyuh", "nagori", "kalurahan"}
CAPITALISED_WORD = re.compile(r"\s+([A-Z][a-z’'-]+)")


def known_village_after(text: str, pos: int) -> bool:
    """The capitalised words after pos, up to a level word ("Kecamatan", "Distrik" ...), are a village's own name in
    Kemendagri's list, none of them a name's quality: "Kampung Bandar Agung", not "Kampung Siaga Banjir" (a village is
    called Siaga) nor "Kampung Nelayan Modern" (one is called Nelayan)."""
    from .official_words import local_places
    from .innovation_text import rules as innovation_rules
    words = []
    stops = LEVEL_WORDS | VILLAGES | {"kecamatan", "distrik", "kelurahan"}
    while len(words) < 4 and (m := CAPITALISED_WORD.match(text, pos)) and m.group(1).casefold() not in stops:
        words.append(m.group(1).casefold())
        pos = m.end()
    return 0 < len(words) <= 3 and " ".join(words) in local_places("desa") \
        and not set(words) & innovation_rules()["name_qualities"]

# state schools, named by number and place ("SMP Negeri 2 Subah", "SDN 1 Cepogo"; heads.txt)
SCHOOLS = {"sekolah dasar negeri", "sekolah menengah pertama negeri", "sekolah menengah atas negeri",
           "sekolah menengah kejuruan negeri", "sd negeri", "smp negeri", "sma negeri", "smk negeri", "sdn", "smpn",
           "sman", "smkn"}

# ... their fused short names, compared as the long ones ("SMPN 2" in a headline, "SMP Negeri 2 Bangli" in the text)
SCHOOL_SHORT = {"sdn": "sd negeri", "smpn": "smp negeri", "sman": "sma negeri", "smkn": "smk negeri"}

# heads that are shared over a list: "Puskesmas A, B, dan C"
LISTED_HEADS = {"puskesmas", "kecamatan", "kelurahan", *VILLAGES, "pustu", "distrik",
                # "Pemerintah Desa Kema Satu, Kema Dua dan Kema Tiga": a village government's head for each name
                "pemerintah desa", "pemerintah kelurahan", "pemerintah gampong", "pemerintah nagari"}

# the government of a village, under the names regions give it (heads.txt)
VILLAGE_GOVERNMENTS = {"pemerintah desa", "pemdes", "pemerintah kampung", "pemerintah nagari", "pemerintah gampong",
                       "pemerintah ohoi",
                       "pemerintah nagori", "pemerintah pekon", "pemerintah tiyuh", "pemerintah lembang",
                       "pemerintah kalurahan",
                       # ... and the district's and urban village's, named after their place the same way
                       "pemerintah kecamatan", "pemerintah kelurahan", "kantor camat", "kantor lurah"}

COURTS = {"kejaksaan negeri", "kejaksaan tinggi", "pengadilan agama", "pengadilan negeri", "pengadilan tinggi",
          "kepolisian daerah", "kepolisian resor"}   # and the regional police: named after their region

# heads whose names carry proper nouns (places): "Puskesmas Wergu Wetan", "Kecamatan Dawe"
NAMED_HEADS = VILLAGE_GOVERNMENTS | COURTS | VILLAGES | SCHOOLS | {"puskesmas", "kecamatan", "distrik", "kelurahan", "upt", "uptd", "rsud", "rsd", "rsu", "rumah sakit", "balai", "balai besar",
               "pemerintah kabupaten", "pemerintah kab.", "pemerintah propinsi", "pemerintah kota", "pemerintah provinsi", "pemkab", "pemkot", "pemko", "pemprov",
               "kantor", "puslatbang", "pustu"}

# heads that name a body only with more words after them
NEEDS_MORE = {*SCHOOLS, "dinas", "cabang dinas", "suku dinas", "sudin", "badan", "biro", "bagian", "pusat", "lembaga", "kantor", "balai", "balai besar", "direktorat", "sekretariat",
              "kementerian", "kementrian", "satuan", "komisi", "pemerintah", "pemerintah kabupaten", "pemerintah kab.",
              "pemerintah propinsi", "pemerintah kota", "pemerintah provinsi", "pemerintah daerah", "pemkab", "pemkot", "pemko", "pemprov", "pemda", "upt", "uptd",
              "puskesmas", "kecamatan", "kelurahan", "rumah sakit", "direktorat jenderal", *VILLAGE_GOVERNMENTS, *COURTS, "distrik",
              "rs", "rsu", "rsd"}


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


# a word that ends a room's or a building's name and opens a clause ("di aula kantor camat didukung oleh Dinas X":
# the body is the verb's agent, not the building's owner)
CLAUSE_WORD = r"(?:oleh|dengan|bersama|dan|serta|yang|di[a-z]{3,}|me[a-z]{3,}|ber[a-z]{3,})\b"


def assistance_received(r: dict) -> str:
    """A receiving verb before assistance given ("mendapat pendampingan", acting.toml `receiving_verbs`,
    `assistance_received`): the region or government before it is the one assisted, not an actor."""
    words = lambda key: "|".join(re.escape(w) for w in sorted(r[key], key=len, reverse=True))
    return rf"(?:{words('receiving_verbs')})\s+(?:{words('assistance_received')})\b"


@lru_cache(maxsize=1)
def _acting_rules() -> dict:
    """rules/agencies/acting.toml compiled: when a named body acts (see the file's comments)."""
    with open(RULES_DIR / "agencies" / "acting.toml", "rb") as fh:
        r = tomllib.load(fh)
    words = lambda key: "|".join(re.escape(w) for w in sorted(r[key], key=len, reverse=True))
    heads = sorted(position_rules()["heads"] + ["Fungsional"], key=len, reverse=True)
    return {
        "not_acting_before": re.compile(rf"(?:(?<!\w)(?:{words('not_acting_before')})"
                                        rf"(?:\s+(?:{words('grade_words')})\s+[IVX\d]{{1,4}})?\s*:?\s*$)|"
                                        rf"(?:\b(?:{words('places')})\b(?:\s+(?!{CLAUSE_WORD})[\w.’'-]+){{0,3}}\s+$)|"
                                        rf"(?:(?<!\w)(?:{words('credits')})\s*:?\s*(?:\d{{4}}\s+)?(?:(?-i:[A-Z])[\w.]*\s+){{0,2}}$)",
                                        re.IGNORECASE),
        # "Pemkab X (Gumas) mendapat pendampingan ...": the government is the one assisted (after the lead's dash too)
        "assisted": re.compile(rf"\s*(?:\([^)]{{1,20}}\)\s*)?(?:(?:{words('region_adverbs')})\s+)*"
                               rf"{assistance_received(r)}", re.IGNORECASE),
        # (not "inovasi rumah sakit milik Pemkab X": the innovation is what is owned)
        "possessed": re.compile(rf"(?<!inovasi\s)\b(?:{words('possessed_things')})\s+(?:yang\s+)?(?:milik|dimiliki)\s*$",
                                re.IGNORECASE),
        "government_acts": re.compile(rf"(?:^|[,;:–—_-]|\b(?:{words('government_acts_after')})|\bdi[a-z]{{3,}}"
                                      rf"(?:\s+(?:{words('agent_adverbs')}))?)\s*$", re.IGNORECASE),
        # "studi tiru inovasi ke Pemerintah Kabupaten X": the host of a visit (a government visited hosts)
        "visit_host": re.compile(rf"\b(?:{words('visit_words')})\b[^.;:!?,]{{0,80}}\bke\s+$", re.IGNORECASE),
        # a position head and the words of its title right before the body: "Kepala Bidang Litbang "
        # (a head in running prose may be written in lower case: "anggota Komisi I DPRD X mengapresiasi ...")
        "in_position": re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(h) for h in heads)
                                  + "".join("|" + re.escape(h[0].lower() + h[1:]) for h in heads if h[1:2].islower())
                                  + r")(?![\w-])"
                                  r"(?:\s+(?:[A-Z][\w.’'/-]*,?|dan|,))*?\s*$"),   # ("Staf Ahli Bidang Ekonomi, ...")
        "position_acts": re.compile(rf"\b(?:{words('position_acts')})\b", re.IGNORECASE),
        "planned_partner": re.compile(rf"\b(?:{words('future')})\b[^,;:]*\b(?:{words('partner')})\b[^,;:]*$",
                                      re.IGNORECASE),
        "norm_before": re.compile(rf"\b(?:{words('norm_verbs')})\s+(?:{words('norm_nouns')})\b(?:\s+[a-z]+){{0,5}}"
                                  rf"\s+(?:dari\s+)?$", re.IGNORECASE),
        "regulation_before": re.compile(rf"\b(?:{words('regulations')})(?:\s+(?:Kepala|Bersama))?\s+$", re.IGNORECASE),
        # "Juara harapan diberikan kepada Badan X": the winner of an award owns the winning innovation
        "award_to": re.compile(rf"\b(?:{words('awards')})\b[^.;:!?]*\b(?:kepada|jatuh\s+(?:ke|kepada|pada))\s*$",
                               re.IGNORECASE),   # ("Juara ketiga jatuh ke Distrik X")
        "address_before": re.compile(rf"(?<!\w)(?:(?:{words('address_before')})\s+"
                                     rf"(?:(?!(?:{words('address_not_between')})\b)[a-z]+\s+)?"
                                     rf"(?:(?:{words('address_list_openers')})\s+)?"
                                     rf"|(?:{words('origin_people')})(?:\s+[a-z]+)?\s+(?:dari|asal)\s+"
                                     rf"|\b(?:{words('origin_honorifics')})\s+(?-i:[A-Z][\w’'-]*)(?:\s+(?-i:[A-Z][\w’'-]*)){{0,2}}"
                                     rf"\s+(?:dari|asal)\s+)$", re.IGNORECASE),
        # "Hadir dalam kegiatan itu ..." opens a list of attendees; "Hadir pula narasumber dari X": X speaks
        # (after a lead-in naming the occasion: "Dalam rapat itu hadir pula Kantor X")
        "attendance": re.compile(rf"^\W*(?:(?:dalam|pada)\s+(?:\w+\s+){{1,2}}(?:itu|tersebut|ini)\s*,?\s+|selain\s+itu\s*,?\s+)?"
                                 rf"(?:turut\s+|tampak\s+)?hadir\b(?!(?:\s+(?:pula|juga|sebagai|selaku|menjadi))*"
                                 rf"\s+(?:{words('resource_roles')})\b)", re.IGNORECASE),
        # whole words only: "Perundang-undangan" holds no "undangan"
        "attendees": re.compile(rf"(?<![\w-])(?:{words('attendees')})(?![\w-])", re.IGNORECASE),
        "subject_of": re.compile(rf"\s*(?:\([^)]{{1,20}}\)\s*)?(?:(?:{words('region_adverbs')})\s+)*"
                                 rf"(?:{words('region_acts')}|{words('government_provides')})\b",
                                 re.IGNORECASE),   # (the one assisted: "assisted", read first by agency_acts.acts)
        # (the negation in lower case, or opening the sentence: "Tanpa" inside "Monitoring Kota Tanpa Kumuh" is a name's)
        "not_done": re.compile(rf"(?:(?-i:\b(?:{words('not_done')}))|^\W*(?:{words('not_done')}))\b"
                               rf"(?!\s+(?:{words('not_done_idioms')})\b)[^,;:]*"
                               rf"(?:,\s*(?:{words('not_done_list_openers')})\s(?:(?!\b(?:{words('address_not_between')})\b)[^;:])*)?$",
                               re.IGNORECASE),   # (not an owner of a listed thing: "... di antaranya X dari Dinas Y")
        "purpose": re.compile(rf"\b(?:{words('purpose_openers')})\b[^.;:!?]*$", re.IGNORECASE),
        "back_list": re.compile(rf"^\W*(?:{words('back_list_openers')})\b(?:\s+(?:adalah|ialah|yaitu|yakni))?[^.;:!?]*$",
                                re.IGNORECASE),
        "still_to_do": re.compile(rf"\s+(?:{words('still_to_do')})\b", re.IGNORECASE),
        "not_bodies": re.compile(rf"(?:{words('not_bodies')})\b", re.IGNORECASE),
        "sent_to": re.compile(rf"\b(?:{words('sending_words')})\b[^.;:!?\n]{{0,60}}?\bke\s+"
                              rf"(?:(?:(?:(?-i:[A-Z])[\w-]*|dan)\s+){{1,8}}?melalui\s+)?$", re.IGNORECASE),
        # ("... dilaporkan ke Kementerian Dalam Negeri melalui BSKDN": the channel of the recipient too)
        # a national platform's or award's name right before a ministry: "aplikasi Indeks Inovasi Daerah "
        "national_platform_before": re.compile(rf"\b(?i:{words('national_platforms')})\b(?:\s+(?i:{words('national_platform_adjectives')})\b)?"
                                               rf"(?:(?:\s+(?:[A-Z]|[a-z]{{1,2}}-)[\w-]*){{0,6}}"
                                               rf"(?:\s*\([A-Za-z-]{{2,}}\))?(?:\s+(?:milik|dari|besutan|buatan))?"
                                               # ... or what it does in lower case, then its owner ("aplikasi
                                               # pencatatan gizi milik Kementerian Kesehatan")
                                               rf"|(?:\s+[a-z]+){{1,3}}\s+(?:milik|besutan|buatan))\s+$"),
        "category_words": frozenset(w.casefold() for w in r["category_words"]),
        "not_fields": frozenset(w.casefold() for w in r["not_fields"]),
        "setda_unit": re.compile(rf"\s+(?:{words('setda_units')})\b"),
        "body_field_joins": {w.casefold() for w in r["body_field_joins"]},
        "fixed_fields": re.compile(rf"\s+(?:{words('fixed_fields')})\b"),
        "numbered_part": re.compile(rf"\s+(?:{words('numbered_parts')})\s+(?:[IVXL]{{1,6}}|\d{{1,2}})(?![\w.-])"),
        "byline_openers": frozenset(w.casefold() for w in r["byline_openers"]),
        "places_words": frozenset(w.casefold() for w in r["places"]),
        "bound_fields": _bound_fields(r["bound_field_words"]),
        # case as written: "Kecamatan Balai Riam", not "kecamatan Balai Besar ..." in running prose
        "place_level_before": re.compile(rf"(?<![\w.])(?:{words('place_levels')}) $"),
    }


def _bound_fields(pairs: list[str]) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for pair in pairs:
        first, second = pair.casefold().split()
        out.setdefault(first, set()).add(second)
    return {k: frozenset(v) for k, v in out.items()}


def bound_breaks(word: str, next_word: str) -> bool:
    """`word` is a word of bodies' names only before certain words, and `next_word` is none of them ("Dalam" before
    "Genggaman"; acting.toml bound_field_words)."""
    seconds = _acting_rules()["bound_fields"].get(word.casefold())
    return seconds is not None and next_word.casefold().rstrip(".,;:") not in seconds


def office_word_here(word: str, next_word: str = "") -> bool:
    """`word` is a word of bodies' names where it stands: "Dalam" only before "Negeri" (acting.toml
    bound_field_words: "Dukcapil Dalam Genggaman" is no body's name)."""
    return _is_office(word) and not bound_breaks(word, next_word)


def village_of_a_region(head: str, words: list[str]) -> bool:
    """A village's or district's head, then a regency's or province's level word ("Kelurahan Kabupaten X"): the
    level of some units of that region (a contest's entrants), no body of its own."""
    k = len(head.split())
    return (head.casefold() in ADDRESS_HEADS or head.casefold() in VILLAGE_GOVERNMENTS) and len(words) > k + 1 \
        and words[k].casefold().rstrip(".") in ("kabupaten", "kab", "provinsi", "prov")


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


def bare_kind(name: str) -> bool:
    """"UPTD Puskesmas", "UPT Puskesmas": words that are all kinds of body, no name of its own."""
    words = name.split()
    return len(words) >= 2 and all(_head_pattern().fullmatch(w) for w in words)


def _is_office(word: str) -> bool:
    w = word.casefold().strip(".,")
    return w in office_words() or common.is_region_word(word)

ADDRESS_HEADS = {"kecamatan", "kelurahan", "distrik", *VILLAGES, *SCHOOLS}

# bodies whose units carry the parent's name after their own ("Pusat X Kementerian Dalam Negeri")
PARENT_HEADS = {"kementerian", "kementrian", "lembaga"}

HOSPITAL_HEADS = {"rsud", "rsd", "rsu", "rs", "rumah sakit"}

LEVEL_SHORT = re.compile(r"\b(?i:Kab|Prov)\.$")   # "Pemerintah Kab. Purbalingga", "Bappeda kab. X"

LEVEL_WORDS = {"kabupaten", "kota", "provinsi", "propinsi", "kab", "prov", "republik", "indonesia", "ri"}

GOVERNMENT_HEADS = {"pemerintah kab.", "pemerintah propinsi", "pemerintah kabupaten", "pemerintah kota", "pemerintah provinsi", "pemkab", "pemkot", "pemko", "pemprov",
                    "pemerintah daerah", "pemda", "pemerintah"}
