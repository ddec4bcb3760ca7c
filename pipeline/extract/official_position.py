"""An official's position as the record states it: the title phrase cleaned, its body's
abbreviations expanded where the text (or the fixed nomenclature) expands them, and a
bare unit ("Kepala Bidang X") completed with the body the text names for it
(ANNOTATION decisions 6, 13 and 19).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..evidence import Found
from ..nomenclature import abbreviations, clean_spaces, defined_abbreviations, expand_abbreviations, position_rules
from .official_words import Tok, head_at

SUBUNIT = re.compile(r"^(?:Plt\.?\s+|Plh\.?\s+)?(?:Kepala\s+)?(?:Bidang|Bagian|Sub\s?bagian|Seksi|Kabid|Kabag|Kasubag|"
                     r"Kasubbag|Kasi|Kasie)\b", re.IGNORECASE)
PARENT_FOR = {"bagian": ("Biro", "Sekretariat Daerah"), "kabag": ("Biro", "Sekretariat Daerah"),
              "bidang": ("Dinas", "Badan"), "kabid": ("Dinas", "Badan")}
BODY_WORD = re.compile(r"\b(?:Dinas|Badan|Biro|Sekretariat|Setda|Kementerian|Kementrian|Lembaga|Pusat|Inspektorat|"
                       r"Kantor|Puskesmas|RSUD|Pemerintah|Kabupaten|Kota|Provinsi)\b")
MINISTER = re.compile(r"\b(Menteri|Wakil Menteri)\s+(\S+)$")


def _minister(position: str) -> str:
    """'Menteri PANRB' -> 'Menteri Pendayagunaan ...' when 'Kementerian PANRB' has a fixed expansion."""
    m = MINISTER.search(position)
    if not m:
        return position
    table = abbreviations()
    for key in (f"kementerian {m.group(2)}", f"kemen{m.group(2)}", f"kemen-{m.group(2)}"):
        abbr = table.get(key.casefold())
        if abbr is not None and abbr.full.startswith("Kementerian "):
            return position[:m.start(2)] + abbr.full[len("Kementerian "):]
    return position


def clean_position(text: str, toks: list[Tok], defined: dict[str, str], mentions: list[Found],
                   region_short: tuple[str, str] | None) -> str:
    end = toks[-1].end
    raw = text[toks[0].start:end]
    if raw.count("(") > raw.count(")") and text[end:end + 1] == ")":
        raw += ")"
    return normalise_position(raw, text, defined, mentions, region_short)


@lru_cache(maxsize=1)
def _speaker_role() -> re.Pattern:
    """A speaker's role opening a title phrase (positions.toml speaker_roles: "narasumber Kepala Bidang X")."""
    return re.compile(rf"(?i)(?:{'|'.join(map(re.escape, position_rules()['speaker_roles']))})\s+")


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    from ..nomenclature import official_heads
    return frozenset(w.casefold() for h in official_heads() for w in h.split())


def document_context(doc) -> tuple[dict[str, str], list[Found], tuple[str, str] | None]:
    """What normalising a position needs from its document: the abbreviations the text defines,
    the bodies it mentions and the short form of its region ("Kabupaten", "Sinjai")."""
    from ..evidence import value_of
    from .common import doc_text

    region = doc._.draft.get("region") or {}
    region_name = value_of(region.get("name")) if isinstance(region, dict) else None
    region_short = None
    if region_name:
        level, _, short = region_name.partition(" ")
        region_short = (level, short)
    return defined_abbreviations(doc_text(doc)), doc._.found.get("agency_mentions") or [], region_short


REGION_TWICE = re.compile(r"\b((?:Kabupaten|Kota|Provinsi)(?: [A-Z][\w'-]*){1,4}) \1\b")


def normalise_position(raw: str, text: str, defined: dict[str, str], mentions: list[Found],
                       region_short: tuple[str, str] | None) -> str:
    """A title phrase as written -> the record's position (decisions 6, 13, 19)."""
    for m in mentions:   # "pada Ortala" -> the body the text names in full
        short = (m.extra or {}).get("short")
        if short:
            raw = re.sub(rf"\b(?:pada|di)\s+{re.escape(short)}\b", m.value, raw)
    raw = re.sub(r"\s+(?:pada|dari)\s+(?=[A-Z])", " ", raw)
    raw = re.sub(r"\b([A-Z][a-z]+)\s+\1\b", lambda m: m.group(1) if m.group(1).casefold() in _title_words()
                 else m.group(0), raw)     # a typo's doubled title: "Kepala Kepala Badan" (not "Tojo Una Una", "Bau Bau")
    for short, full in position_rules()["level_abbreviations"].items():    # "Kab. Soppeng"
        raw = re.sub(rf"(?<![\w.]){re.escape(short)}\s*(?=[A-Z])", full + " ", raw)
    role = _speaker_role().match(raw)
    if role and head_at(raw, role.end()):
        raw = raw[role.end():]   # "narasumber Kepala Bidang X": the speaker's office
    position = expand_abbreviations(clean_spaces(raw), defined)
    from .agency_text import expand_regions   # region shorthand only where the text names the region in full,
    position = _minister(expand_regions(position, text))   # as for bodies (ANNOTATION decision 13)
    # a short name the text defines with its region ("Kepala DPMPTSPD Provinsi X", "DPMPTSPD" being "Dinas ...
    # Provinsi X"): the region once
    position = REGION_TWICE.sub(r"\1", position)
    if region_short and re.search(r"\b(?:Kota|Kabupaten|Provinsi)$", position) \
            and not re.search(r"\bWali\s?[Kk]ota$", position):   # a bare "Wakil Wali Kota" stays bare
        level_word, short = region_short
        if position.endswith(level_word):
            position = f"{position} {short}"
    return position


def with_parent(text: str, position: Found, mentions: list[Found], organisers: list[str]) -> str:
    """A post inside a body ("Kepala Bidang X", "Pranata Komputer") gets the body its sentence names
    before it; a bare Bagian/Bidang else the organiser's Biro/Dinas."""
    value = position.value
    post = next((p for p in sorted(position_rules()["unit_posts"], key=len, reverse=True)
                 if re.match(rf"(?:(?:Plt|Plh)\.?\s+)?{re.escape(p)}\b", value)), None)
    if post is None or BODY_WORD.search(value):
        return value
    m = SUBUNIT.match(value)
    unit = re.sub(r"^(?:Plt\.?\s+|Plh\.?\s+)?(?:Kepala\s+)?", "", m.group(0)).casefold() if m else ""
    parents = PARENT_FOR.get(unit)
    sentence = max(text.rfind(". ", 0, position.start), text.rfind("\n", 0, position.start)) + 1
    near = [a.value for a in sorted(mentions, key=lambda a: -a.start)
            if sentence <= a.start and a.end <= position.start and isinstance(a.value, str)]
    for name in near[:1] + (organisers if parents else []):
        if parents is None or name.startswith(parents):
            return f"{value} {name}"
    return value


def preferred_position(kept: Found | None, new: Found | None) -> Found | None:
    """The position a person keeps when the text gives two: the longer one, except that an office wins over a
    speaker's role in the story ("Narasumber dari BSKDN, Nama, yang merupakan Analis Kebijakan Ahli Madya": the
    office, with the role's body where the office names none -> "Analis Kebijakan Ahli Madya Badan Strategi ...")."""
    if new is None or kept is None:
        return kept or new
    role = _speaker_role()
    kept_role, new_role = role.match(kept.value) is not None, role.match(new.value) is not None
    if kept_role == new_role:
        return new if len(new.value) > len(kept.value) else kept
    office, speaker = (new, kept) if kept_role else (kept, new)
    body = role.sub("", speaker.value, count=1)
    if BODY_WORD.search(office.value) or not BODY_WORD.search(body) or body.casefold() in office.value.casefold():
        return office
    return Found(f"{office.value} {body}", office.start, office.end, office.method)

