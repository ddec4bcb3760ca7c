"""Is a candidate the name of an innovation (`valid`)? Not a national programme or platform, a count, an ordinal,
degrees, a prize, a body's abbreviation, a person with their office, a body's or a place's name, a national marker;
with the names that open with a unit word or an office and still are innovations ("Desa Melek Hukum", "Lurah
Menyapa", "Digital Help Desk, layanan ..."). Word lists: rules/innovations.toml."""
from __future__ import annotations

import re

from .innovation_text import Cand, _abbreviated_body, _no_kecamatan_after, _quoted, clean_name, rules, text_of


def _body_then_name_word(name: str) -> bool:
    """"Dukcapil Menyapa", "Samsat Goes to School": a body's abbreviation, then a word of no body's name or region
    ("Dukcapil Sikka", "Dinkes Kabupaten X", "Disdukcapil Provinsi" name the body)."""
    from .agency_vocab import office_word_here
    from .common import is_region_word
    words = name.split()
    second, third = words[1], (words[2:3] or [""])[0]
    return second[:1].isupper() and not office_word_here(second, third) and not is_region_word(second) \
        and not _abbreviated_body(second)


PERSON_OFFICES = {"bupati", "wakil", "wali", "walikota", "gubernur", "sekda", "kadis", "asisten", "inspektur", "staf",
                  "anggota", "wabup", "wawali", "wagub"}   # besides rules' position_words: "X, Bupati Y, ..."
BODY_WORDS = {"pusat", "unit", "satuan", "komisi", "dewan", "kepolisian", "pengadilan"}   # besides rules' body_heads


def _defined_as_body(text: str, short: str, r: dict) -> bool:
    """The text defines `short` as a body's abbreviation: "Kantor Urusan Agama (KUA)", one word per letter."""
    for m in re.finditer(r"\(\s*" + re.escape(short) + r"\s*\)", text):
        words = re.findall(r"[\w-]+", text[max(0, m.start() - 150):m.start()])
        first = words[-len(short)] if len(words) >= len(short) else ""
        if first[:1].lower() == short[:1].lower() and first.lower() in r["body_heads"] | BODY_WORDS \
                and all(w[:1].isupper() for w in words[-len(short):]):   # ("DESA dan Dapur Sehat ... (DASHAT)")
            return True
    return False


def named_unit(name: str) -> bool:
    """"Puskesmas Ramah Remaja", "Desa Melek Hukum": a unit word (and at most a second one: "Kantor Camat"), then a
    word saying what kind of unit the innovation makes of it (rules' name_qualities), not a place name ("Puskesmas
    Remu", "Desa Waiheru")."""
    r = rules()
    words = [w.strip(",;") for w in name.split()]   # ("Desa Bersih, Sehat, ...": a long form's list of qualities)
    quality = 1 if len(words) >= 2 and words[1].lower() in r["name_qualities"] else \
        2 if len(words) >= 3 and words[1].lower() in r["named_unit_heads"] | {"camat", "lurah"} \
        and words[2].lower() in r["name_qualities"] else 0   # "Kantor Camat Ramah", "Kantor Desa Sigap"
    if not quality and 3 <= len(words) <= 5 and words[-1].lower() in r["name_qualities"]:
        from .official_words import place_final_words   # "Desa Serasan Digital", "Desa Wisata Lawu Berseri": a
        quality = int(words[-1].casefold() not in place_final_words())   # quality no village's name ends with
    return quality > 0 and words[0].lower() in r["named_unit_heads"] and words[0][:1].isupper()


def _described_english(text: str, span: tuple[int, int], name: str) -> bool:
    """"Digital Help Desk, layanan bantuan daring ...": an English name of three words or more opening with an
    adjective (rules' english_openers), described right after it as a service or application."""
    words = name.split()
    return len(words) >= 3 and words[0].lower() in rules()["english_openers"] and all(w[:1].isupper() for w in words) \
        and bool(_DESCRIBED.match(text, span[1]))


_DESCRIBED = re.compile(r"\s*,\s*(?:yakni\s+|yaitu\s+|sebuah\s+|yang\s+merupakan\s+)?"
                        r"(?:layanan|aplikasi|program|sistem|platform|inovasi|pusat\s+layanan)\b", re.IGNORECASE)


# an office holder doing something, a common shape of innovation names ("Lurah Menyapa", "Bupati Mendengar",
# "Camat Ngantor di Desa"): the office, then a verb with an active prefix
OFFICE_VERB = re.compile(r"(?:Me[mny]?|Meng|Ber|Ng)[a-z]{3,}")
# where such a name is read: after a trigger word, in quotes or a list, with its expansion ("Lurah Ngopi, singkatan
# dari ..."), described after a comma ("Camat Sapa Kampung, layanan administrasi keliling"); and, with a verb root the
# rules list or written in capitals, shown or entered by a body ("Kecamatan X menampilkan ...", "Kelurahan Y dengan
# ...") or named as the means ("lewat CAMAT BERSAHABAT"), where an office holder may stand too
OFFICE_NAME_CUES = {"direct", "quoted", "list", "numbered", "expansion", "predicative"}
OFFICE_NAME_WEAK_CUES = {"body_shows", "body_with", "means"}


def _office_that_acts(text: str, name: str, cand: Cand) -> bool:
    """"program Lurah Menyapa": an office word and a verb, named after a trigger word or in quotes (a person's
    title before a name stays out: "Lurah Mentari" after no trigger); any quoted one in a ranked list
    ('Juara I - "Camat Turun Parit", Kecamatan X')."""
    words, r = name.split(), rules()
    if cand.how in OFFICE_NAME_WEAK_CUES:   # ("Kelurahan X dengan Lurah Menik Sari hadir": the office holder)
        return len(words) >= 2 and words[0].lower() in r["acting_offices"] \
            and (words[1].lower() in r["office_name_verbs"] or name.isupper() and bool(OFFICE_VERB.fullmatch(words[1].capitalize())))
    return cand.how in OFFICE_NAME_CUES and len(words) >= 2 \
        and words[0].lower() in r["acting_offices"] \
        and (bool(OFFICE_VERB.fullmatch(words[1].capitalize())) or words[1].lower() in r["office_name_verbs"]
             or cand.how in {"numbered", "direct"} and _quoted(text, cand.name) and len(words) >= 3)


OWNED_AFTER = re.compile(r"(?:\s*\(\s*[A-Z][\w-]*\s*\)|\s+atau\s+[A-Z][\w-]*)?\)?,?\s+(\w+)\s+[A-Z]")


def triggered_and_owned(text: str, start: int, end: int) -> bool:
    """text[start:end] stands right after an innovation word and has another body owning it after it, past an
    abbreviation of it ("inovasi Pusat Data Terpadu Desa atau PUSDATU dari Bappeda X"): a name made of a unit's
    words, not the unit ("inovasi Dinas Kesehatan (Dinkes) yakni ..." is the office's innovation).
    rules/innovations.toml direct_triggers, owner_markers, owner_links."""
    r = rules()
    before = re.search(r"(\w+)\s+$", text[max(0, start - 20):start])
    owner = OWNED_AFTER.match(text, end)
    return before is not None and before.group(1).lower() in r["direct_triggers"] and owner is not None \
        and owner.group(1).lower() in {*r["owner_markers"], *r["owner_links"]}


def valid(text: str, cand: Cand) -> bool:
    r = rules()
    name = clean_name(text_of(text, cand.name))
    if len(name) < 2 or not re.search(r"[A-Za-z]", name) or len(name.split()) > 9:
        return False
    low = name.lower()
    if low in r["not_innovations"] or re.sub(r"\s+\d{4}$", "", low) in r["not_innovations"]:
        return False
    if re.fullmatch(r".+\s(?:19|20)\d\d", name):
        return False   # "Palas Berinovasi 2023", "Expo Inovasi 2024": a year closes an event's or award's title, not a name
    word_before = re.findall(r"[\w-]+", text[max(0, cand.name[0] - 30):cand.name[0]])[-1:]
    if word_before and f"{word_before[0].lower()} {low}" in r["not_innovations"]:
        return False   # "program Keluarga Harapan (PKH)": the trigger and the name make a national programme
    if len(low.split()) > 1 and low.split()[-1] in r["national_bodies"] and " ".join(low.split()[:-1]) in r["not_innovations"]:
        return False   # "aplikasi IID Kemendagri", "SIPD Kemendagri": a national platform with the body that runs it
    first = name.split()[0].strip("“”\"'")
    if low in r["ordinal_openers"]:
        return False   # "tiga inovasi unggulan: Pertama, ...": an ordinal, no name
    if first.lower() in r["school_words"]:
        return False
    words_ = name.split()
    if len(words_) >= 2 and first.lower() in r["count_words"] and words_[1].lower() in r["innovation_words"]:
        return False   # "Luncurkan Tiga Inovasi Layanan Publik": a count of innovations, not a name
    if first.lower() in r["bad_first_words"] and not (name.isupper() and cand.long) and not named_unit(name) \
            and not _described_english(text, cand.name, name) and not _office_that_acts(text, name, cand) \
            and not (name.isupper() and len(words_) >= 2 and first.lower() in r["pronoun_openers"]) \
            and not re.fullmatch(r"\S+ \d{1,3} [A-Z][a-z]+", name) and not (
            len(name.split()) > 1 and _abbreviated_body(first)
            and (_quoted(text, cand.name) or _body_then_name_word(name))):
        return False   # ("SMART (Sederhana, Mudah, ...)" is a name, "Smart City" is not; a quoted “Dukcapil Mesra” is,
        # and so is "Dukcapil Menyapa": no field or region word after the body's abbreviation; and "Pelayanan 1 Jam")
    money = re.match(r"([A-Za-z.]+)\s?\d", name)
    if money and money.group(1).lower() in r["money_marks"]:
        return False   # "Rp15.000.000": a prize, not a name
    if re.fullmatch(r"[\d\W]+", name) or re.fullmatch(r"(?:[A-Z][a-z]?\.\s?)+[A-Za-z]{0,4}\.?", name):
        return False   # numbers, academic degrees ("S.Pd", "M.Kes")
    if name.isupper() and 2 <= len(name) <= 8 and " " not in name and _defined_as_body(text, name, r):
        return False   # "Kantor Urusan Agama (KUA)" earlier: "melalui KUA" names that body
    after = re.match(r"\s*,\s*([\w.]+)", text[cand.name[1]:cand.name[1] + 40])
    if after and not name.isupper() and len(name.split()) <= 3 and all(w[:1].isupper() and w[1:].islower()
                                                                         for w in name.split()) \
            and after.group(1).lower().rstrip(".") in r["position_words"] | PERSON_OFFICES:
        return False   # "Ketiga, Rahmat Hidayat, Kepala Desa X, ...": a person with the office they hold
    if cand.long:
        long_written = clean_name(text_of(text, cand.long))
        longtxt = long_written.lower()
        if longtxt.split()[0] in r["bad_long_first_words"] and not named_unit(long_written) \
                and not triggered_and_owned(text, min(cand.name[0], cand.long[0]), max(cand.name[1], cand.long[1])) \
                or longtxt in r["not_innovations"]:
            return False   # ("Dinas Kesehatan (Dinkes)" is a body; "Puskesmas Digital (PusDig)" a unit the innovation makes)
    words = [w.lower() for w in re.findall(r"[\w’'-]+", name)]
    if any(w in r["agency_inner"] and not (w == "kecamatan" and _no_kecamatan_after(words[k + 2:]))
           for k, w in enumerate(words[1:])):
        return False   # ("Gerakan Kecamatan Bersih" is a name: no kecamatan's own name follows the word)
    if any(w in r["national_markers"] for w in words):
        return False   # "Gerakan Nasional Bangga Buatan Indonesia": a national programme
    from ..regions import candidates
    if not name.isupper() and candidates(name):
        return False   # "antara lain Jakarta, Bandung, ...": a region's name is a place, not an innovation
    parts = low.split()
    if any(" ".join(parts[p:]) in r["not_innovations"] and len(parts) - p >= 2 and candidates(" ".join(name.split()[:p]))
           for p in (1, 2) if len(parts) > p):
        return False   # "program Pekanbaru Smart City": a region's take on a national programme (but a region's own
        # one-word service, "Ende Lapor" as the trainset's "Lapor-Bantul", is its innovation)
    return True
