"""Bodies the text names only through others: local governments that are parties to a signing,
named only as regions, and ministries whose minister acts.

"Pemkot X menandatangani kerja sama dengan tiga daerah. Ketiga daerah tersebut yaitu Kabupaten A
Provinsi P, Kota B, dan Kabupaten C." -> the parties act (RECORD.md `agencies`: "signs"), and a
region that signs is its local government: "Pemerintah Kabupaten A", "Pemerintah Kota B"...
(ANNOTATION decisions 18-20: the regions in such a story are bodies, not places). A region right
after another one is its locator ("Kabupaten A Provinsi P") and not a party.

"Jatim berhasil meraih penghargaan ...": a region that is the subject of an acting verb acts as
its local government, named as the text names that government elsewhere ("Pemerintah Provinsi
Jawa Timur") or else "Pemerintah Provinsi" + the region as written.

Cue words are data in rules/agencies/acting.toml (`party_cues`, `party_list_intro`, `region_acts`,
`region_adverbs`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..regions import candidates, lookup
from .agency_vocab import Mention, _acting_rules, assistance_received

KIND_WORD = re.compile(r"(?<![\w-])(Kabupaten|Kota|Provinsi|Propinsi)\s+")
NAME_WORD = re.compile(r"[A-Z][\w’'-]*")
SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]|\n|$)")
GOVERNMENT = {"kabupaten": "Pemerintah Kabupaten", "kota": "Pemerintah Kota", "provinsi": "Pemerintah Provinsi",
              "propinsi": "Pemerintah Provinsi"}


@lru_cache(maxsize=1)
def _acting_toml() -> dict:
    """rules/agencies/acting.toml as written (the cue lists below compile from it)."""
    import tomllib
    from .. import RULES_DIR
    with open(RULES_DIR / "agencies" / "acting.toml", "rb") as fh:
        return tomllib.load(fh)


def _words(r: dict, key: str) -> str:
    return "|".join(re.escape(w) for w in sorted(r[key], key=len, reverse=True))


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern, re.Pattern]:
    r = _acting_toml()
    words = lambda key: _words(r, key)
    return (re.compile(rf"\b(?:{words('party_cues')})\b", re.IGNORECASE),
            re.compile(rf"(?:\b(?:{words('party_list_intro')})\b\s*:?|:)\s*", re.IGNORECASE))


def _region_at(text: str, m: re.Match) -> tuple[str, int] | None:
    """'Kabupaten Serdang Bedagai Provinsi ...' -> ('Kabupaten Serdang Bedagai', end), the longest
    run of capitalised words after the kind word that names a known region."""
    words, pos = [], m.end()
    while len(words) < 4:
        w = NAME_WORD.match(text, pos)
        if not w or KIND_WORD.match(text, w.start()):
            break
        words.append((w.group(0), w.end()))
        nxt = re.match(r"[ \t]+", text[w.end():])
        pos = w.end() + (nxt.end() if nxt else 0)
        if not nxt:
            break
    for n in range(len(words), 0, -1):
        name = f"{m.group(1)} " + " ".join(w for w, _ in words[:n])
        kind = "Provinsi" if m.group(1) == "Propinsi" else m.group(1)
        if lookup(f"{kind} " + " ".join(w for w, _ in words[:n])) is not None:
            return name, words[n - 1][1]
    return None


MINISTER = re.compile(r"(?<![\w-])Menteri\s+((?:[A-Z][\w-]*|dan)(?:\s+(?:[A-Z][\w-]*|dan|&))*)")


def acting_ministers(text: str) -> list[Mention]:
    """'diserahkan langsung oleh Menteri Dalam Negeri ...': a minister who acts (hands over,
    opens, signs...: `position_acts`) acts for the ministry, 'Kementerian Dalam Negeri'."""
    from ..nomenclature import expand_abbreviations, office_words
    from .agency_text import sentence_of
    rules = _acting_rules()
    out = []
    for m in MINISTER.finditer(text):
        if rules["regulation_before"].search(text, max(0, m.start() - 30), m.start()):
            continue   # "Peraturan Menteri Dalam Negeri Nomor 38": a regulation, not a minister who acts
        words = m.group(1).split()
        while words and (words[-1] in ("dan", "&") or words[-1].casefold() not in office_words()):
            words.pop()
        if not words:
            continue
        sent_start = max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start())) + 1
        end = m.start(1) + len(" ".join(words))
        clause = text[sent_start:m.start()] + " " + sentence_of(text, end, end)[:60]
        if rules["position_acts"].search(clause):
            name = expand_abbreviations("Kementerian " + " ".join(words))
            out.append(Mention(m.start(), end, text[m.start():end], name, "Menteri", None, True, {"minister": True}))
    return out


def signing_parties(text: str) -> list[Mention]:
    """Regions listed as the parties of a signing or cooperation, as their local governments."""
    cue, intro = _cues()
    out: list[Mention] = []
    prev_has_cue = False
    for s in SENTENCE.finditer(text):
        sentence = s.group(0)
        has_cue = bool(cue.search(sentence))
        lead = intro.search(sentence)
        if lead and (has_cue or prev_has_cue):
            found, last_end = [], None
            for k in KIND_WORD.finditer(text, s.start() + lead.end(), s.end()):
                if found and last_end is not None and not text[last_end:k.start()].strip(" \t"):
                    continue   # "Kabupaten A Provinsi P": the province locates A
                hit = _region_at(text, k)
                if hit is None:
                    continue
                name, end = hit
                level, rest = name.split(" ", 1)
                found.append(Mention(k.start(), end, name, f"{GOVERNMENT[level.casefold()]} {rest}", level, None, True,
                                     {"party": True}))
                last_end = end
            if len(found) >= 2:
                out.extend(found)
        prev_has_cue = has_cue
    return out


@lru_cache(maxsize=1)
def _signing() -> tuple[re.Pattern, dict[str, str], re.Pattern]:
    r = _acting_toml()
    heads = {k.casefold(): v for k, v in r["signing_heads"].items()}
    titles = _words(r, "signing_heads")
    head = re.compile(rf"(?<![\w-])({titles})\.?\s+(?:(Kabupaten|Kota|Provinsi)\s+)?([A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){{0,2}})")
    witness = re.compile(rf"\b(?:{_words(r, 'signing_witness')})\b", re.IGNORECASE)
    return head, heads, witness


def signing_heads(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Penandatanganan dilakukan oleh Bupati A dan Wali Kota B': the heads who sign sign for their local
    governments (RECORD.md `agencies`: "signs"), named as the text names them elsewhere or 'Pemerintah Kabupaten A'."""
    cue, _ = _cues()
    head, levels, witness = _signing()
    out: list[Mention] = []
    known = None
    for s in SENTENCE.finditer(text):
        if not cue.search(s.group(0)):
            continue
        for m in head.finditer(text, s.start(), s.end()):
            if witness.search(text, s.start(), m.start()) or WITNESS_AFTER.match(text, m.end()):
                continue   # "... disaksikan Gubernur X", "Wali Kota X yang hadir menyaksikan ...": a witness, not a party
            if OFFICE_BUILDING.search(text, max(0, m.start() - 16), m.start()):
                continue   # "di Ruang Pertemuan Kantor Bupati X": the head's office building, a venue
            level = m.group(2) or levels.get(m.group(1).casefold()) or ""
            words = m.group(3).split()
            for n in range(len(words), 0, -1):
                found = candidates(f"{level} {' '.join(words[:n])}".strip())
                if len(found) == 1:
                    break
            else:
                continue
            info = found[0]
            kind = LEVEL_OF_KIND.get(info.kind, level)
            if level and kind != level:
                continue
            if known is None:
                known = _government_names(mentions)
            written = " ".join(words[:n])
            out.append(_government(text, m.start(3), m.start(3) + len(written), info, kind, written, known,
                                   "signing_head"))
    return out


OFFICE_BUILDING = re.compile(r"\b(?:Kantor|Rumah Dinas|Rumah Jabatan|Pendopo)\s+$", re.IGNORECASE)
# a relative clause right after a head that makes it a witness ("Wali Kota X yang hadir menyaksikan penandatanganan")
WITNESS_AFTER = re.compile(r"\s*,?\s*yang\s+(?:\w+\s+){0,2}?(?:hadir|menyaksikan)\b", re.IGNORECASE)
LEVEL_OF_KIND = {"province": "Provinsi", "regency": "Kabupaten", "city": "Kota"}
# what may open the clause before its subject: a dateline ("SRAGEN -", "Sragen (ANTARA) -"), a short lead-in with a comma
# ("Pasalnya,", "Tahun ini,")
CLAUSE_OPENING = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s*(?:,\s*[^,\n]{0,30})?"
                            r"(?:\s*\([^()\n]{1,30}\))?\s+[-–—]\s+)?"
                            r"(?:[A-Za-z][\w]*(?:\s+[\w]+){0,3},\s+)?$")


@lru_cache(maxsize=1)
def _region_subject() -> re.Pattern:
    r = _acting_toml()
    words = lambda key: _words(r, key)
    return re.compile(r"(?<![\w-])(?:(Kabupaten|Kota|Provinsi|Propinsi|Kab\.)\s+)?"
                      r"([A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,3})"
                      rf"(?:\s+(?:{words('region_adverbs')}))*\s+(?!{assistance_received(r)})(?:{words('region_acts')})\b")


def _government_names(mentions: list[Mention]) -> dict[str, str]:
    """Region code -> the fullest name of its local government among the text's mentions."""
    out: dict[str, str] = {}
    for m in mentions:
        g = re.match(r"Pemerintah\s+(?:Daerah\s+)?(Kabupaten|Kota|Provinsi|Propinsi)?\s*(.+)", m.name)
        if not g:
            continue
        found = candidates(f"{g.group(1) or ''} {g.group(2)}".strip())
        if len(found) == 1 and len(m.name) > len(out.get(found[0].code, "")):
            out[found[0].code] = m.name
    return out


def _government(text: str, start: int, end: int, info, level: str, written: str, known: dict, role: str) -> Mention:
    """The mention of a region's local government at text[start:end]: the name the text gives that government
    elsewhere, else "Pemerintah <Level> <Region>" (`role`: how the text made it act)."""
    from .agency_text import expand_regions

    name = known.get(info.code) or expand_regions(f"Pemerintah {level} {written}", text)
    return Mention(start, end, text[start:end], name, "region", None, True, {role: True})


_REGION = r"(Kabupaten|Kota|Provinsi)\s+([A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2})"
REGION_ITEM = re.compile(_REGION)
# regions listed before the last one, which is the subject of an acting verb: "Kabupaten A, Kota B dan "
REGION_LIST_BEFORE = re.compile(rf"(?:{_REGION}\s*,\s*)*{_REGION}\s*,?\s+(?:dan|serta)\s+$")


def visited_regions(text: str, mentions: list[Mention]) -> list[Mention]:
    """A region named bare as where a visit goes ("melakukan studi tiru ke Kabupaten Bantaeng"), whose local
    government the story names elsewhere ("Pemerintah Kabupaten Bantaeng terbuka bagi ..."): that government hosts
    the visit (RECORD.md `agencies`: hosts), as it does named after the same words (acting.toml `visit_words`)."""
    out: list[Mention] = []
    known = None
    for m in REGION_ITEM.finditer(text):
        if not _acting_rules()["visit_host"].search(text, max(0, m.start() - 120), m.start()) \
                or any(o.start <= m.start() < o.end for o in mentions):
            continue
        for n in range(len(m.group(2).split()), 0, -1):
            written = " ".join(m.group(2).split()[:n])
            found = candidates(f"{m.group(1)} {written}")
            if len(found) == 1:
                break
        else:
            continue
        if known is None:
            known = _government_names(mentions)
        if found[0].code not in known:
            continue   # the story names no such government: the host is the body that received the visit
        out.append(_government(text, m.start(), m.start(2) + len(written), found[0],
                               LEVEL_OF_KIND.get(found[0].kind, m.group(1)), written, known, "visit_host"))
    return out


def acting_regions(text: str, mentions: list[Mention]) -> list[Mention]:
    """Regions named bare as the subject of an acting verb, as their local governments."""
    from .agency_text import GOVERNMENT_LEVELS, LEVELS
    from ..nomenclature import position_rules
    out: list[Mention] = []
    known = None
    titles = {h.casefold() for h in position_rules()["heads"]}
    for m in _region_subject().finditer(text):
        listed = REGION_LIST_BEFORE.search(text, max(0, m.start() - 200), m.start())
        opening = listed.start() if listed else m.start()
        if not CLAUSE_OPENING.search(text, max(0, opening - 60), opening):
            continue
        if listed:   # "Kabupaten Sikka, Kabupaten Ende dan Kota Kupang meraih ...": each region of the list acts
            for item in REGION_ITEM.finditer(text, listed.start(), listed.end()):
                found = candidates(f"{item.group(1)} {item.group(2)}")
                if len(found) == 1 and not any(o.start <= item.start() < o.end for o in mentions):
                    if known is None:
                        known = _government_names(mentions)
                    out.append(_government(text, item.start(), item.end(), found[0],
                                           LEVEL_OF_KIND.get(found[0].kind, item.group(1)), item.group(2), known,
                                           "region_subject"))
        if any(o.start <= m.start(2) < o.end for o in mentions):
            continue   # "Bappeda Prov. Jawa Timur menggelar": the region is part of a body's name
        words = m.group(2).split()
        if words[0].casefold() in titles:
            continue   # "Bupati Sragen meraih": a position holder, not the region
        level = m.group(1)
        short_level = GOVERNMENT_LEVELS.get(words[0].casefold())
        skip = 0
        if words[0] == "Pemerintah" and len(words) > 1 and not level:
            skip = len(words[0]) + 1   # "Pemerintah Aceh Besar meluncurkan": the government, its level unsaid
            words = words[1:]
        elif short_level and len(words) > 1 and not level:
            skip = len(words[0]) + 1   # "Pemkab Karo meluncurkan": the level in short
            level, words = short_level, words[1:]
        for n in range(len(words), 0, -1):
            written = " ".join(words[:n])
            kind = LEVELS.get((level or "").casefold(), level or "")
            found = candidates(f"{kind} {written}".strip())
            if len(found) == 1:
                break
        else:
            continue
        if n < len(words) and not level:
            continue   # "Sragen Expo meraih": a region word opening another name
        info = found[0]
        if known is None:
            known = _government_names(mentions)
        start = m.start(1) if level and not skip else m.start(2)
        out.append(_government(text, start, m.start(2) + skip + len(written), info,
                               LEVEL_OF_KIND.get(info.kind, kind or "Kabupaten"), written, known, "region_subject"))
    return out
