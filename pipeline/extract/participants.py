"""Participants of the reported event: `inovasi_participants`.

"diikuti sebanyak 40 peserta ... terdiri dari 6 dinas/badan, 4 satuan pendidikan" ->
total 40 with its parts; "peserta yang hadir sekitar 88 orang" -> total 88. Counts of
regions, innovations or days are not participants. News only.
"""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .. import RULES_DIR
from .common import doc_text, ensure_state, is_form
from ..evidence import Found

METHOD = "rule:participants"


@lru_cache(maxsize=1)
def rules() -> dict:
    with open(RULES_DIR / "participants.toml", "rb") as fh:
        r = tomllib.load(fh)
    nums = r["numbers"]
    small = "|".join(sorted((k for k in nums if k != "se"), key=len, reverse=True))
    word_num = rf"(?:(?:{small}|se)\s*(?:puluh|belas|ratus|ribu)(?:\s+(?:{small}))?(?:\s*(?:puluh|belas))?(?:\s+(?:{small}))?|{small})"
    r["_num"] = rf"(?:\d{{1,3}}(?:\.\d{{3}})+|\d+|{word_num})"
    q = "|".join(re.escape(w) for w in sorted(r["quantity_words"], key=len, reverse=True))
    r["_q"] = rf"(?:(?:{q})\s+)*"
    # the quantity words that open a count on their own ("sebanyak 20 peserta", "sedikitnya 80 inovator")
    lead_q = "|".join(re.escape(w) for w in sorted(set(r["quantity_words"]) - {"oleh", "total", "mencapai"}, key=len, reverse=True))
    r["_units"] = set(r["person_units"])
    r["_not_person_phrase"] = re.compile(r"(?:" + "|".join(re.escape(w) for w in r["not_person_phrases"]) + r")\b",
                                         re.IGNORECASE)
    r["_not"] = set(r["not_participants"])
    r["_not_total"] = r["_not"] | set(r["not_totals"])
    verbs = "|".join(r["cue_verbs"])
    units = "|".join(r["person_units"])
    num = r["_num"]
    group = "|".join(re.escape(w) for w in r["group_words"])
    not_entrants = "|".join(re.escape(w) for w in r["not_entrants"])
    delegation = "|".join(re.escape(w) for w in r["delegation_words"])
    r["_panel"] = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in r["panel_words"]) + r")\b[^.;\n]{0,80}$",
                             re.IGNORECASE)
    r["_contrast"] = re.compile(r"\b(?:" + "|".join(r["stage_contrast"]) + r")\b", re.IGNORECASE)
    r["_patterns"] = [
        # "sehingga total 24 peserta tampil", "total peserta mencapai 60 orang": the text's own total
        (3, re.compile(rf"\btotal\s+(?:peserta\s+)?(?:{r['_q']})(?P<n>{num})\s+(?P<unit>orang|peserta)\b", re.IGNORECASE), ("total",)),
        # "diikuti sebanyak 40 peserta", "dihadiri oleh sekitar 50 orang"
        (3, re.compile(rf"\b(?:{verbs})\s+(?:oleh\s+)?{r['_q']}(?P<n>{num})\s+(?P<unit>[\w/-]+)", re.IGNORECASE), None),
        # "sebanyak 20 peserta", "sekitar 88 orang peserta"
        (2, re.compile(rf"(?:\b|(?<=±))(?:{lead_q})\s*(?P<n>{num})\s+(?P<unit>{units})\b", re.IGNORECASE), None),
        # "peserta yang hadir sekitar 88 orang", "jumlah peserta 40 orang", "peserta berjumlah 30"
        (2, re.compile(rf"\bpeserta(?:\s+(?:yang\s+)?(?:hadir|ikut|terdaftar|kegiatan))?\s+(?:ini\s+)?(?:{r['_q']})(?P<n>{num})(?:\s+(?P<unit>orang|peserta))?\b", re.IGNORECASE), ("peserta",)),
        # "jumlah peserta bimtek 50 orang": the event's name between, then a count of people
        (2, re.compile(rf"\bjumlah\s+peserta(?:\s+[a-z]+){{1,2}}\s+(?:{r['_q']})(?P<n>{num})\s+(?P<unit>orang|peserta)\b",
                       re.IGNORECASE), ("peserta",)),
        # "ke-15 desa peserta final", "12 puskesmas peserta": entries the text calls peserta; "sebanyak 155 kelompok
        # peserta": teams of people; "10 tim finalis": teams
        (2, re.compile(rf"(?<![\w/.-])(?:ke-?\s?)?(?P<n>{num})\s+(?:(?!(?:{not_entrants})\b)[\w-]+\s+)?"
                       rf"(?P<unit>peserta)\b", re.IGNORECASE), ("peserta",)),
        (2, re.compile(rf"(?<![\w/.-])(?P<n>{num})\s+(?:{group})\s+(?P<unit>finalis)\b", re.IGNORECASE), ("finalis",)),
        # "41 dari 50 anggota dewan tercatat hadir": those who came
        (2, re.compile(rf"(?<![\w/.-])(?P<n>{num})\s+dari\s+{num}\s+(?P<unit>{units})\b[^.;\n]{{0,30}}?\bhadir\b",
                       re.IGNORECASE), ("hadir",)),
        # "Rombongan ... terdiri atas 12 orang": a visiting delegation
        (2, re.compile(rf"\b(?:{delegation})\b[^.;\n]{{0,80}}?\b(?:terdiri\s+(?:atas|dari)|berjumlah|sebanyak|sejumlah)"
                       rf"\s+(?P<n>{num})\s+(?P<unit>orang)\b", re.IGNORECASE), ("rombongan", "delegasi")),
        # "40 peserta"
        (1, re.compile(rf"(?<![\w/.-])(?P<n>{num})\s+(?P<unit>peserta|partisipan)\b", re.IGNORECASE), ("peserta", "partisipan")),
    ]
    cues = "|".join(re.escape(c) for c in sorted(r["breakdown_cues"], key=len, reverse=True))
    r["_breakdown"] = re.compile(rf"\b(?:{cues})\s+", re.IGNORECASE)
    r["_item"] = re.compile(rf"(?P<n>{num})\s+(?P<cat>[^,.;:()]+?)(?=\s*(?:,|;|\.|\(|$|\s+dan\s+|\s+serta\s+))", re.IGNORECASE)
    return r


def to_int(s: str) -> int | None:
    s = s.strip().lower()
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+|\d+", s):
        return int(s.replace(".", ""))
    nums = rules()["numbers"]
    total, cur = 0, 0
    for w in re.findall(r"puluh|belas|ratus|ribu|[a-z]+?(?=puluh|belas|ratus|ribu|\s|$)|[a-z]+", s):
        if w in ("puluh",):
            cur = (cur or 1) * 10
        elif w == "belas":
            cur = (cur or 1) + 10
        elif w == "ratus":
            total += (cur or 1) * 100
            cur = 0
        elif w == "ribu":
            total = (total + (cur or 1)) * 1000
            cur = 0
        elif w in nums:
            cur += nums[w]
        else:
            return None
    return total + cur or None


def _sentence_end(text: str, i: int) -> int:
    m = re.search(r"[.!?](?=\s|$)|\n", text[i:])
    return i + m.start() if m else len(text)


def find_participants(doc: Doc) -> dict | None:
    r = rules()
    text = doc_text(doc)
    best = None
    allm = []
    low = text.casefold()
    for prio, pat, gate in r["_patterns"]:
        if gate is not None and not any(w in low for w in gate):
            continue   # (a pattern's own word is not in the text: no scan)
        for m in pat.finditer(text):
            unit = (m.groupdict().get("unit") or "").lower()
            if unit and (unit in r["_not_total"] or re.split(r"[/-]", unit)[0] in r["_not_total"]):
                continue   # "14 kabupaten/kota", "5 desa-desa": regions, not people
            if prio == 3 and unit and unit not in r["_units"] and not re.fullmatch(r"[\w/-]+", unit):
                continue
            if prio == 3 and unit not in r["_units"]:
                prio = 1   # "diikuti 20 OPD": bodies; a count of people in the text says more ("total peserta 60 orang")
            n = to_int(m.group("n"))
            if not n or n > 100000:
                continue
            if unit and r["_not_person_phrase"].match(text, m.start("unit")):
                continue   # "1.900 kepala keluarga": households, not people taking part
            if unit == "orang" and r["_panel"].search(text[max(0, m.start() - 120):m.start()]):
                continue   # "Tim Validasi ... berjumlah tiga orang": the panel, not the participants
            key = (prio, -m.start())
            allm.append((m, n, prio))
            if best is None or key > best[0]:
                best = (key, m, n)
    if best is None:
        return None
    _, m, n = best
    # "diikuti 71 peserta ..., namun yang lolos presentasi sejumlah 66 peserta": the later stage
    end = _sentence_end(text, m.end())
    for other, on, _p in sorted(allm, key=lambda x: x[0].start()):
        if m.end() <= other.start() < end and (other.group("unit") or "").lower() == "peserta" and on < n \
                and r["_contrast"].search(text[m.end():other.start()]):
            m, n = other, on
            break
    total = Found(n, m.start("n"), m.end("n"), METHOD)
    breakdown = _breakdown(text, m, n, total)
    for other, on, _p in sorted(allm, key=lambda x: (-x[2], x[0].start())):
        if breakdown:
            break
        if on == n and other is not m:
            breakdown = _breakdown(text, other, n, Found(n, other.start("n"), other.end("n"), METHOD))
    return {"total": total, "breakdown": breakdown}


def _breakdown(text: str, m: re.Match, n: int, total: Found) -> list:
    r = rules()
    breakdown = []
    end = _sentence_end(text, m.end())
    rest = text[m.end():end]
    cue = r["_breakdown"].search(rest)
    if cue:
        seg_start = m.end() + cue.end()
        seg = text[seg_start:end]
        for it in r["_item"].finditer(seg):
            c = to_int(it.group("n"))
            cat = it.group("cat").strip()
            if not c or not cat or cat.split()[0].lower() in r["_not"]:
                continue
            breakdown.append({"count": Found(c, seg_start + it.start("n"), seg_start + it.end("n"), METHOD),
                              "category": Found(cat, seg_start + it.start("cat"), seg_start + it.start("cat") + len(cat),
                                                METHOD)})
        if breakdown and sum(b["count"].value for b in breakdown) > n:
            breakdown = []
    else:
        # "20 peserta dari puskesmas pembantu (Pustu)": one group
        g = re.match(r"\s+(?:yang\s+)?(?:berasal\s+)?dari\s+(?P<cat>[\w ]+?)\s*\((?P<abbr>[A-Za-z]+)\)", rest)
        if g and len(g.group("cat").split()) <= 5:
            cat = g.group("cat").strip()
            initials = "".join(w[0] for w in cat.split()).lower()
            if g.group("abbr")[0].lower() == initials[0]:
                cat_v = " ".join(w[:1].upper() + w[1:] for w in cat.split())
                a = m.end() + g.start("cat")
                breakdown.append({"count": Found(n, total.start, total.end, METHOD),
                                  "category": Found(cat_v, a, a + len(cat), METHOD + ":expansion")})
    return breakdown


@Language.factory("inovasi_participants")
def make_participants(nlp: Language, name: str):
    return set_participants


def set_participants(doc: Doc) -> Doc:
    ensure_state(doc)
    if is_form(doc):
        return doc
    found = find_participants(doc)
    if found is not None:
        doc._.draft["participants"] = found
    return doc
