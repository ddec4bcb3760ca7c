"""Innovation forms: the rules (rules/forms.toml) and the readers of one field value, for
pipeline/extract/forms.py: enum codes, innovation-name lines ('ACRONYM (Expansion)', 'NAME: description')
and dates. The body a field names: form_bodies.py; the people: form_people.py.
"""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from .. import RULES_DIR
from ..evidence import Found
from .common import abbreviates

METHOD = "rule:form"

# --------------------------------------------------------------------------- rules

# letters OCR confuses (I/l/1/|, O/0): a label still matches when read with them
_OCR_CLASS = {"i": "[il1|]", "l": "[il1|]", "o": "[o0]"}


def _ocr_tolerant(word: str) -> str:
    return "".join(_OCR_CLASS.get(ch, re.escape(ch)) for ch in word)


def _label_regex(synonym: str) -> str:
    parts = [_ocr_tolerant(w) if w != "/" else "/" for w in synonym.split()]
    out = ""
    for i, part in enumerate(parts):
        if i == 0:
            out = part
        elif part == "/":
            out += r"\s*/"
        elif out.endswith("/"):
            out += r"\s*" + part
        else:
            out += r"\s+" + part
    return out


@lru_cache(maxsize=1)
def form_rules() -> dict:
    with open(RULES_DIR / "forms.toml", "rb") as fh:
        rules = tomllib.load(fh)
    parse = rules["parse"]
    need_sep = {s.lower() for s in rules["kinds"]["need_separator"]}
    labels: list[tuple[str, str, re.Pattern, bool]] = []
    for key, synonyms in rules["labels"].items():
        for syn in synonyms:
            rx = re.compile(r"(?:" + _label_regex(syn.lower()) + r")(?![\w])", re.IGNORECASE)
            labels.append((key, syn.lower(), rx, syn.lower() in need_sep))
    labels.sort(key=lambda t: -len(t[1]))
    rules["_labels"] = labels
    rules["_synonyms"] = {syn: key for key, syn, _, _ in labels}
    rules["_label_first_words"] = {syn.split()[0] for _, syn, _, _ in labels}
    rules["_prefix"] = re.compile(parse["list_prefix"])
    rules["_empty"] = re.compile(r"(?:" + "|".join(parse["empty_values"]) + r")", re.IGNORECASE)
    rules["_stop"] = re.compile(r"(?:" + "|".join(parse["section_stop"]) + r")", re.IGNORECASE)
    rules["_intro"] = re.compile(parse["section_intro"], re.IGNORECASE)
    rules["_enums"] = {
        field: [(value, [re.compile(p, re.IGNORECASE) for p in pats]) for value, pats in values.items()]
        for field, values in rules["enums"].items()
    }
    rules["_enum_phrases"] = {
        field: [(value, _plain(p)) for value, pats in values.items() for p in pats if _plain(p)]
        for field, values in rules["enums"].items()
    }
    people = rules["people"]
    rules["_honorific"] = re.compile(r"^(?:" + "|".join(people["honorifics"]) + r")(?:\s+|(?<=\.))", re.IGNORECASE)
    rules["_degree"] = re.compile(people["degree"])
    rules["_office_titles"] = {w.casefold() for w in people.get("office_titles", [])}
    ag = rules["agency"]
    heads = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in sorted(ag["body_heads"], key=len, reverse=True))
    conn = "|".join(re.escape(c) for c in ag["connectors"])
    rules["_body"] = re.compile(
        r"\b(?:" + heads + r")(?:\s+(?:[A-Z][\w.'’-]*|" + conn + r"))*")
    rules["_connectors"] = {c.lower() for c in ag["connectors"]}
    rules["_region_words"] = set(ag["region_words"])
    rules["_region_mention"] = re.compile(
        r"\b(?:" + "|".join(ag["region_words"]) + r")\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}")
    rules["_abbrev"] = re.compile(ag["abbreviation"])
    rules["_markers"] = [m.lower() for m in rules["detect"]["markers"]]
    rules["_ocr_colon"] = "[" + re.escape(parse["ocr_colon"]) + "]{1,2}"
    rules["_ocr_noise"] = re.compile(parse["ocr_noise_value"])
    rules["_not_name_starts"] = {w.casefold() for w in parse["inline_name_not_starts"]}
    rules["_ticked"] = re.compile(parse["checkbox_ticked"])
    rules["_box"] = re.compile(f"(?:{parse['checkbox_ticked']})|(?:{parse['checkbox_empty']})")
    return rules


def ticked_option(text: str, start: int, end: int, rules: dict | None = None) -> tuple[int, int]:
    """The option after the one ticked box of a value printed as check boxes ("[ ] Uji Coba [x] Penerapan"
    -> the span of "Penerapan"); the value itself when it holds no boxes, or not exactly one ticked."""
    rules = rules or form_rules()
    if rules["_box"].match(text[start:end].lstrip()):
        end = _option_lines_end(text, end, rules)   # options printed one under another
    value = text[start:end]
    boxes = list(rules["_box"].finditer(value))
    ticked = [b for b in boxes if rules["_ticked"].fullmatch(b.group())]
    lone_inside = len(boxes) == 1 and bool(value[:boxes[0].start()].strip())
    if len(ticked) != 1 or lone_inside:
        return start, end        # no box ticked, several ticked, or one box that does not lead the value
    b = ticked[0]
    nxt = next((x.start() for x in boxes if x.start() > b.start()), len(value))
    option = value[b.end():nxt]
    lead = len(option) - len(option.lstrip())
    return start + b.end() + lead, start + b.end() + len(option.rstrip())


def _option_lines_end(text: str, end: int, rules: dict) -> int:
    """The end of the check-box options printed on the lines after a value that opens with a box
    ("Bentuk Inovasi : [ ] Tata Kelola" / "   [x] Pelayanan Publik" / "   [ ] lainnya")."""
    while True:
        nl = text.find("\n", end)
        if nl < 0:
            return end
        line_end = text.find("\n", nl + 1)
        line_end = len(text) if line_end < 0 else line_end
        if not rules["_box"].match(text[nl + 1:line_end].strip()):
            return end
        end = line_end


def _plain(pattern: str) -> str | None:
    """A simple regex as a plain phrase for fuzzy matching ('\\bnon[\\s-]*digital\\b' -> 'non digital')."""
    p = pattern.replace(r"\b", "").replace(r"[\s-]*", " ").replace(r"\s*", " ").replace(r"\s+", " ")
    p = p.lstrip("^").rstrip("$")
    if re.search(r"[\\\[\](){}?*+|.^$]", p):
        return None
    return " ".join(p.split()) or None


# --------------------------------------------------------------------------- values

def _is_empty(value: str, rules: dict) -> bool:
    v = value.strip(" .:;|-")
    return not v or bool(rules["_empty"].fullmatch(value.strip().lower()))


_OCR_DIGITS = str.maketrans({"0": "o", "1": "l", "5": "s", "8": "b"})


def enum_words(value: str, rules: dict | None = None) -> bool:
    """Does the value hold an enum's own words ("Uji Coba", "Kepala Daerah", "Non Digital")? A form's label or
    value, not a person's name."""
    rules = rules or form_rules()
    low = " ".join(value.lower().split())
    return any(p.search(low) for field in rules["_enums"].values() for _, patterns in field for p in patterns)


def map_enum(field: str, value: str, rules: dict | None = None) -> str | None:
    """The enum code for a field value ("Non Digital" -> "non_digital"), or None."""
    rules = rules or form_rules()
    if _is_empty(value, rules):
        return None
    low = " ".join(value.lower().split())
    low = re.sub(r"(?<=[a-z])1(?=[a-z])", "l", low)   # a scan's "Ke1ola", "Kepa1a Daerah"
    # ... and digits read for letters in a word of letters ("A5N", "Digita1", "0PD")
    low = re.sub(r"\b(?=\w*[a-z])(?=\w*[0158])\w{2,12}\b",
                 lambda m: m.group().translate(_OCR_DIGITS) if not m.group().isdigit() else m.group(), low)
    low = re.sub(r"\b(cob)\s+(a)\b", r"\1\2", low)   # ... and "Uji Cob a"
    for code, patterns in rules["_enums"][field]:
        if any(p.search(low) for p in patterns):
            return code
    if len(low) <= 60:
        from rapidfuzz import fuzz

        best, score = None, 0.0
        for code, phrase in rules["_enum_phrases"][field]:
            s = fuzz.ratio(low, phrase)
            if s > score:
                best, score = code, s
        if score >= rules["parse"]["fuzzy_value_score"]:
            return best
    return None


def split_name(text: str, start: int, end: int) -> tuple[Found, Found | None]:
    """An innovation-name line -> (name, long name).

    'ACRONYM (Expansion words)' -> name ACRONYM, long_name the bracket when the name's
    letters run through the bracket in order; 'Long Name (ACRONYM)' -> the other way round;
    'Name ( Nickname : expansion )' -> name only (the bracket explains a nickname).
    """
    value = text[start:end]
    two = re.fullmatch(r"([^\s()]+(?:[ \t][^\s()]+){0,2})[ \t]*\n[ \t]*([^\n()]+?)\s*", value)
    if two and (abbreviates(two.group(1), two.group(2)) or _acronym_and_expansion(two.group(1), two.group(2))
                or two.group(1).isupper() and _short_in_capitals(two.group(1), two.group(2))):
        return (Found(two.group(1), start + two.start(1), start + two.end(1), f"{METHOD}:nama_inovasi"),
                Found(two.group(2), start + two.start(2), start + two.end(2), f"{METHOD}:long_form"))   # two lines
    m = re.fullmatch(r"(.*?\S)\s*\(\s*([^()]*?\S)\s*\)\s*", value, re.DOTALL)
    whole = Found(" ".join(value.split()), start, end, f"{METHOD}:nama_inovasi")
    if not m:
        return _split_colon_title(text, start, end) or (whole, None)
    head, inner = " ".join(m.group(1).split()), " ".join(m.group(2).split())
    hs, he = start + m.start(1), start + m.end(1)
    if len(head) > 2 and head[0] in "\"“'‘" and head[-1] in "\"”'’":
        head, hs, he = head[1:-1].strip(), hs + 1, he - 1   # '"LAUT BERSUARA" (Layanan ...)': the quotes are no name's
    elif len(head) > 2 and head[-1] in "\"”" and not any(q in head[:-1] for q in "\"“"):
        head, he = head[:-1].rstrip(), he - 1   # (its opening quote trimmed off with the separator before it)
    is_, ie = start + m.start(2), start + m.end(2)
    head_f = Found(head, hs, he, f"{METHOD}:nama_inovasi")
    inner_f = Found(inner, is_, ie, f"{METHOD}:long_form")
    if ":" in inner or "=" in inner:
        return head_f, None
    if abbreviates(head, inner) or _acronym_and_expansion(head, inner):
        return head_f, inner_f
    if abbreviates(inner, head) or _short_in_capitals(inner, head):
        return Found(inner, is_, ie, f"{METHOD}:nama_inovasi"), Found(head, hs, he, f"{METHOD}:long_form")
    return head_f, None


def name_in_prose(text: str) -> tuple[Found, Found] | None:
    """A form that has lost its name field (a partial copy) names its innovation in its prose, as a short name in
    capitals with its long form in brackets ("Gagasan SI-TOAR PASAR (Sistem Informasi Tarif dan Retribusi Pasar)
    datang dari ..."): the first such pair."""
    for m in re.finditer(r"(?<![\w-])([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*(?:[ \t][A-Z][A-Z0-9-]*){0,2})\s*\(([^()\n]{5,150}?)\)",
                         text):
        if _spells(m.group(1), m.group(2)):
            return (Found(m.group(1), m.start(1), m.end(1), f"{METHOD}:nama_inovasi"),
                    Found(m.group(2), m.start(2), m.end(2), f"{METHOD}:long_form"))
    return None


def _spells(short: str, long: str) -> bool:
    """Is `long` the expansion of the name `short` by any of the tests a form's name line uses?"""
    return abbreviates(short, long) or _acronym_and_expansion(short, long) or _short_in_capitals(short, long)


def long_name_in_text(text: str, name: str) -> Found | None:
    """The long form of a form's innovation that the form gives outside its name field: defined in its prose
    ("Mobil Pelayanan Adminduk Ideal dan Terpadu (MOPAIT) adalah ..."), after the name in brackets elsewhere
    ("MOPAIT (Mobil Pelayanan ...)"), or on the line under a heading that is the name ("SI KUMBANG" /
    "Sistem Informasi Kuliner UMKM Berkembang")."""
    if len(name) < 3:
        return None
    key = re.escape(name)
    for m in re.finditer(rf"(?<![\w-]){key}\s*\(\s*([^()\n]{{5,150}}?)\s*\)", text):
        if ":" not in m.group(1) and _spells(name, m.group(1)):
            return Found(m.group(1), m.start(1), m.end(1), f"{METHOD}:long_form")
    for m in re.finditer(rf"^[ \t]*{key}[ \t]*\n[ \t]*([^\n()]{{5,150}}?)[ \t]*$", text, re.MULTILINE):
        if _spells(name, m.group(1)):
            return Found(m.group(1), m.start(1), m.end(1), f"{METHOD}:long_form")
    from ..nomenclature import defined_abbreviations

    long = defined_abbreviations(text).get(name.casefold())
    if long and _spells(name, long):
        at = text.find(f"{long} ({name})")
        if at < 0:
            at = text.find(long)
        if at >= 0:
            return Found(long, at, at + len(long), f"{METHOD}:long_form")
    return None


def _short_in_capitals(short: str, long: str) -> bool:
    """"Gerakan Kelurahan Bebas Sampah Plastik (GELIS PLASTIK)": a name in capitals in brackets after a longer name in
    Title case that opens with its first letter is the short name, even where its syllables do not spell in order."""
    letters = re.sub(r"[\s-]", "", short)
    return letters.isupper() and len(letters) >= 3 and len(long.split()) >= 2 and not long.isupper() \
        and long[:1].isupper() and long[0].casefold() == short[0].casefold()


def _split_colon_title(text: str, start: int, end: int) -> tuple[Found, Found | None] | None:
    """'NAME: Inovasi Pengelolaan ...', 'PANDU SAPI - Pendampingan Terpadu ...' -> the name before the colon or
    the dash; the part after is the long name only when the name abbreviates it, otherwise a description."""
    m = re.fullmatch(r"([^:()–—-]*?[^\s:])\s*(?::|\s[-–—])\s+(\S.*?)\s*", text[start:end], re.DOTALL)
    if not m:
        return None
    head, tail = m.group(1), m.group(2)
    if not (1 <= len(head.split()) <= 4 and len(tail.split()) > len(head.split()) + 1):
        return None
    if not re.match(r"[A-Z0-9]", head) or not re.match(r"[A-Z]", tail):
        return None
    name = Found(head, start + m.start(1), start + m.end(1), f"{METHOD}:nama_inovasi")
    if abbreviates(head, tail) or _short_in_capitals(head, tail) and tail.split()[0].casefold() != "inovasi":
        # ("SI KANGGURU: Sistem Kunjungan Rumah Perawatan Metode Kanguru": syllables that do not spell in order)
        return name, Found(tail, start + m.start(2), start + m.end(2), f"{METHOD}:long_form")
    return name, None


def _acronym_and_expansion(head: str, inner: str) -> bool:
    """"SIKAMBANG (Sistem Informasi Kawasan Mangrove dan Pesisir)", "SIGAP IGD (Sistem Informasi Gawat Darurat
    Terpadu)": up to three words in capitals and, in the brackets, a
    longer phrase of capitalised words opening with its first letter (syllable acronyms rarely spell in order)."""
    words = inner.split()
    return len(head.split()) <= 3 and head.isupper() and len(head) >= 3 and len(words) >= 2 \
        and inner[:1].upper() == head[:1] and sum(w[:1].isupper() for w in words) >= 2 \
        and all(w[:1].isupper() or w in ("dan", "&", "di", "ke", "untuk", "bagi", "yang") for w in words)


_MONTHS = {m: i for i, names in enumerate([
    ("januari", "january", "jan"), ("februari", "february", "feb", "pebruari"), ("maret", "march", "mar"),
    ("april", "apr"), ("mei", "may"), ("juni", "june", "jun"), ("juli", "july", "jul"),
    ("agustus", "august", "agu", "agt", "aug"), ("september", "sep", "sept"),
    ("oktober", "october", "okt", "oct"), ("november", "nov", "nopember"),
    ("desember", "december", "des", "dec")], 1) for m in names}


def _parse_date_fallback(s: str):
    """Day-first form dates when pipeline.dates is unavailable: 18-01-2021, 2022-11-15, 02 September 2019."""
    import datetime as dt

    s = s.strip().lower()
    try:
        if m := re.search(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", s):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := re.search(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b", s):
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
        if m := re.search(r"\b(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})\b", s):
            if m[2] in _MONTHS:
                return dt.date(int(m[3]), _MONTHS[m[2]], int(m[1]))
    except ValueError:
        return None
    return None
