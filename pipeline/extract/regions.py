"""inovasi_regions: every province/regency/city mention, and the document's main region.

Mentions come from one PhraseMatcher (attr LOWER) over the gazetteer's short names and aliases,
built once in the factory. Each mention is read with the tokens before it:
  kind words   Kabupaten / Kota / Provinsi (+ Pemkab, Bupati, Wali Kota, Gubernur... which also act)
  office words Dinas, Setda, Bagian, Biro, Pemerintah... within a few tokens: the body acts
  regulation   Perda/Pergub/Perbup...: cited, nobody acts
  locatives    di/ke/dari: enough to accept a risky bare name ("di Kudus")
and where it stands (headline, lead, dateline, "Baca juga" links). The main region is the one with
the highest weighted score (acting body > kind word > bare name; headline and lead weigh more; a
dateline is a weak clue that only counts when the region is also named elsewhere).

Writes doc._.found["regions"] (all mentions) and doc._.draft["region"] (or leaves it absent).
"""
from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from typing import Optional

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.attrs import LOWER, ORTH, SENT_START, SPACY
from spacy.tokens import Doc
from spacy.util import filter_spans

from .. import RULES_DIR
from .common import doc_text, ensure_state, is_form as doc_is_form
from ..evidence import Found
from ..regions import filter_kind, gazetteer

_DASHES = "-\u2013\u2014"


def _doc_text(doc: Doc) -> str:
    """doc_text(doc) without creating a Token object per token (it is most of this component's cost)."""
    strings = doc.vocab.strings
    arr = doc.to_array([ORTH, SPACY]).tolist()
    return "".join(strings[o] + " " if sp else strings[o] for o, sp in arr)


def _load_rules(path: str) -> dict:
    with open(RULES_DIR / path, "rb") as fh:
        return tomllib.load(fh)


def _phrase_table(phrases) -> dict[int, set[tuple[str, ...]]]:
    """Cue phrases by length, as tuples of lower-case tokens."""
    out: dict[int, set[tuple[str, ...]]] = defaultdict(set)
    for p in phrases:
        toks = tuple(p.lower().split())
        out[len(toks)].add(toks)
    return out


class RegionFinder:
    def __init__(self, nlp: Language, rules: dict):
        self.g = gazetteer()
        cues = rules["cues"]
        self.w = rules["weights"]
        self.two_party = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in cues["two_party"]) + r")\b", re.IGNORECASE)
        # kind cues: phrase -> (kind, acting)
        self.kind_cues: dict[tuple[str, ...], tuple[str, bool]] = {}
        for kind in ("regency", "city", "province"):
            for p in cues[kind]:
                self.kind_cues[tuple(p.split())] = (kind, False)
            for p in cues[f"{kind}_acting"]:
                self.kind_cues[tuple(p.split())] = (kind, True)
        self.kind_max = max(len(k) for k in self.kind_cues)
        self.regulation = _phrase_table(cues["regulation"])
        self.office = set(cues["office"])
        self.office_window = int(cues.get("office_window", 10))
        self.stop = set(cues["stop"])
        self.locative = set(cues["locative"])
        self.partner = set(cues["partner"])
        self.skip_prefixes = tuple(cues["skip_line_prefixes"])
        self.preference = {k: i for i, k in enumerate(self.w["ambiguous_preference"])}
        # One PhraseMatcher, one label per surface form.
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.surface_of: dict[int, str] = {}
        keys = sorted(self.g.surfaces)
        for key, doc in zip(keys, nlp.tokenizer.pipe(keys)):
            label = nlp.vocab.strings.add("REGION:" + key)
            self.surface_of[label] = key
            self.matcher.add("REGION:" + key, [doc])

    # ---- reading the context of one mention ------------------------------------------------
    def _kind_cue_before(self, lows: list, i: int) -> tuple[Optional[str], bool, int]:
        """A kind cue ending at token i (skipping a parenthesis and "Administrasi").

        Returns (kind, acting, start token of the cue) or (None, False, i + 1).
        """
        j = i
        if j >= 0 and lows[j] == ")":           # "Pemerintah Kota (Pemkot) Probolinggo"
            k = j - 1
            while k >= 0 and j - k <= 6 and lows[k] != "(":
                k -= 1
            if k >= 0 and lows[k] == "(":
                inner = self._kind_cue_before(lows, j - 1)
                outer = self._kind_cue_before(lows, k - 1)
                if outer[0]:
                    return outer[0], outer[1] or inner[1], outer[2]
                if inner[0] and inner[2] > k:
                    return inner[0], inner[1], inner[2]
        for n in range(min(self.kind_max, j + 1), 0, -1):
            toks = tuple(lows[j - n + 1: j + 1])
            hit = self.kind_cues.get(toks)
            if hit:
                return hit[0], hit[1], j - n + 1
        return None, False, i + 1

    def _office_before(self, lows: list, sents: list, i: int, window: int, floor: int = 0) -> bool:
        k = i
        while k >= max(floor, i - window + 1):
            low = lows[k]
            if low in self.stop:
                return False
            if low in self.office:
                return True
            if sents[k] == 1:
                return False
            k -= 1
        return False

    def _regulation_before(self, lows: list, i: int) -> bool:
        for n, phrases in self.regulation.items():
            if i - n + 1 >= 0 and tuple(lows[i - n + 1: i + 1]) in phrases:
                return True
        # "Peraturan Daerah Kabupaten X Nomor": regulation word a little further back
        k = i
        while k >= max(0, i - 3):
            if lows[k] in ("perda", "pergub", "perbup", "perwali", "peraturan", "rpjmd", "keputusan"):
                return True
            k -= 1
        return False

    # ---- zones -------------------------------------------------------------------------
    def _zones(self, doc: Doc, text: str, is_form: bool):
        w = self.w
        headline: list[tuple[int, int]] = []
        skip: list[tuple[int, int]] = []
        body_start = 0
        pos = 0
        for line in text.split("\n"):
            start, end = pos, pos + len(line)
            pos = end + 1
            stripped = line.strip()
            low = stripped.lower()
            if low.startswith(self.skip_prefixes):
                skip.append((start, end))
                continue
            if (not is_form and stripped and start < w["headline_zone_chars"]
                    and len(stripped) <= w["headline_max_chars"] and not stripped.endswith(".")
                    and len(stripped.split()) >= 3 and not headline):
                headline.append((start, end))
                body_start = end
        meta_title = (doc._.meta or {}).get("title") if doc.has_extension("meta") else None
        if meta_title and not headline:
            at = text.find(meta_title)
            if 0 <= at < w["headline_zone_chars"]:
                headline.append((at, at + len(meta_title)))
                body_start = at + len(meta_title)
        lead_end = body_start + w["lead_chars"]
        return headline, skip, lead_end

    def _is_dateline(self, text: str, start: int, end: int) -> bool:
        if start > self.w["dateline_zone_chars"]:
            return False
        line_start = text.rfind("\n", 0, start) + 1
        before = text[line_start:start]
        # at most two words before (a media name: "HALO SEMARANG -", "KABAR SAROLANGUN -")
        if len(before) > 25 or len(before.split()) > 2 or "(" in before:
            return False
        line_end = text.find("\n", end)
        rest = text[end: line_end if line_end >= 0 else len(text)]
        if re.match(r"\s*(?:\([^)\n]{0,40}\))?\s*,?\s*(?:[^\s,][^\n]{0,35}?\s*)?[" + _DASHES + r"]", rest) \
                and re.match(r"\s*(?:\([^)\n]{0,40}\))?\s*[,(" + _DASHES + r"]|\s+[A-Z]", rest):
            return True
        if re.match(r"\s*,\s*\S+\s*$", rest) and len(before.strip()) == 0:   # "PURWAKARTA, site.com"
            return True
        return False

    # ---- the component ------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        ensure_state(doc)
        text = _doc_text(doc)
        mentions = self.find(doc, text)
        doc._.found["regions"] = mentions
        main = self.choose(doc, text, mentions)
        if main is not None:
            doc._.draft["region"] = main
        return doc

    def _agency_spans(self, doc: Doc) -> list[tuple[int, int]]:
        out = []
        for a in (doc._.draft or {}).get("agencies") or []:
            if isinstance(a, Found):
                out.append((a.start, a.end))
        return out

    def find(self, doc: Doc, text: str) -> list[dict]:
        g = self.g
        is_form = doc_is_form(doc)
        headline, skip, lead_end = self._zones(doc, text, is_form)
        agencies = self._agency_spans(doc)
        matches = self.matcher(doc)
        if not matches:
            return []
        strings = doc.vocab.strings
        lows = [strings[h] for h in doc.to_array(LOWER).tolist()]
        sents = doc.to_array(SENT_START).tolist() if doc.has_annotation("SENT_START") else [0] * len(doc)
        label_of = {(s, e): mid for mid, s, e in matches}
        spans = filter_spans([doc[s:e] for _, s, e in matches])
        raw = []
        prev_end = 0     # an office word before the previous mention belongs to it
        for span in spans:
            this_prev_end, prev_end = prev_end, span.end
            key = self.surface_of[label_of[(span.start, span.end)]]
            codes = g.surfaces[key]
            first = span[0]
            i = span.start - 1
            # kind cue inside an alias ("Kota Jakarta Pusat") counts only when the kind agrees
            kind, acting, cue_start = None, False, span.start
            words = key.split(" ")
            if words[0] in ("kota", "kabupaten", "kab.", "provinsi") and len(words) > 1:
                inner = {"kota": "city", "kabupaten": "regency", "kab.": "regency", "provinsi": "province"}[words[0]]
                if any(g.regions[c].kind == inner for c in codes):
                    kind = inner
                    # "Wali Kota" + "Kota Bogor": the cue phrase ends on the name's own first word
                    wkind, wacting, wstart = self._kind_cue_before(lows, span.start)
                    if wkind == inner and wstart < span.start:
                        acting, cue_start = wacting, wstart
            ckind, cacting, cstart = self._kind_cue_before(lows, i)
            if ckind:
                kind, acting, cue_start = ckind, cacting, cstart
            prev = lows[cue_start - 1] if cue_start > 0 else ""
            if prev == "-" and cue_start > 1:
                prev = lows[cue_start - 2]
            office = False
            if not acting:
                office = self._office_before(lows, sents, cue_start - 1, self.office_window if kind else 3, this_prev_end)
            regulation = self._regulation_before(lows, cue_start - 1)
            locative = prev in self.locative
            partner = prev in self.partner
            capitalised = first.text[:1].isupper()
            if not kind and not capitalised:
                continue
            dateline = self._is_dateline(text, span.start_char, span.end_char)
            if key in g.needs_cue and not (kind or office or acting or (locative and capitalised) or dateline):
                continue
            in_agency = any(s <= span.start_char and span.end_char <= e for s, e in agencies)
            codes = filter_kind(codes, kind)
            if acting or in_agency or (office and not regulation):
                cue = "acting"
            elif regulation:
                cue = "regulation"
            elif kind:
                cue = "kind"
            elif locative:
                cue = "locative"
            else:
                cue = "bare"
            start_char = doc[cue_start].idx if kind and cue_start < span.start else span.start_char
            raw.append({
                "start": span.start_char, "end": span.end_char, "text": span.text,
                "cue_start": start_char, "codes": codes, "kind": kind, "cue": cue,
                "partner": partner, "dateline": dateline, "token": span.start,
            })
        # province written right after a regency/city as its locator: "Kotawaringin Timur, Kalimantan Tengah"
        for a, b in zip(raw, raw[1:]):
            if (g.regions[b["codes"][0]].level == 1 and len(b["codes"]) == 1
                    and any(g.regions[c].level == 2 for c in a["codes"])
                    and b["token"] - a["token"] <= 4 and b["cue"] in ("bare", "kind")
                    and re.fullmatch(r"[\s,(]*(?:provinsi|prov\.?)?\s*", text[a["end"]:b["start"]], re.I)):
                b["cue"] = "locator"
        self._resolve(raw)
        subject = self._lead_subject(text, raw, lead_end - self.w["lead_chars"], skip)
        out = []
        for m in raw:
            w = self._weight(m, headline, skip, lead_end)
            m["weight"] = w
            codes = m["codes"]
            info = g.regions[codes[0]] if len(codes) == 1 else None
            out.append({
                "start": m["cue_start"], "end": m["end"], "name_start": m["start"], "text": m["text"],
                "code": info.code if info else None, "name": info.name if info else None,
                "level": info.level if info else None, "cue": m["cue"], "dateline": m["dateline"],
                "weight": w, "lead_subject": m is subject,
                "candidates": [g.regions[c].code for c in codes] if len(codes) > 1 else [],
            })
        return out

    @staticmethod
    def _lead_subject(text: str, raw: list[dict], body_start: int, skip) -> Optional[dict]:
        """The region of the lead sentence's subject: its first region named with a kind or an acting
        body, the dateline aside ("MAKASSAR - Pemkab Maros menggelar ..." -> Maros)."""
        first = next((m for m in raw if m["start"] >= body_start and not m["dateline"]
                      and not any(a <= m["start"] < b for a, b in skip)), None)
        if first is None:
            return None
        stop = re.compile(r"[.!?](?=\s)|\n").search(text, first["start"])
        sentence_start = max(text.rfind("\n", 0, first["start"]), text.rfind(". ", 0, first["start"]))
        if sentence_start > body_start and text[body_start:sentence_start].strip():
            return None   # not in the lead's first sentence
        end = stop.start() if stop else len(text)
        for m in raw:
            if m["start"] >= end:
                break
            if m["start"] >= first["start"] and not m["dateline"] and m["cue"] in ("acting", "kind") \
                    and len(m["codes"]) == 1:
                return m if _opens_the_sentence(text, max(sentence_start + 1, body_start), m["start"]) else None
        return None

    def _resolve(self, raw: list[dict]) -> None:
        """Shared names: a resolved mention of the same name elsewhere, then the provinces named."""
        g = self.g
        by_set: dict[tuple, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for m in raw:
            if len(m["codes"]) == 1:
                for other in raw:
                    if len(other["codes"]) > 1 and m["codes"][0] in other["codes"]:
                        by_set[other["codes"]][m["codes"][0]] += 1
        provinces = {g.regions[c].province_code for m in raw if len(m["codes"]) == 1
                     for c in m["codes"] if m["cue"] != "dateline"}
        for m in raw:
            if len(m["codes"]) < 2:
                continue
            votes = by_set.get(m["codes"])
            if votes:
                best = max(votes.items(), key=lambda kv: kv[1])
                m["codes"] = (best[0],)
                continue
            cands = [c for c in m["codes"] if g.regions[c].level == 2]
            in_prov = [c for c in cands if g.regions[c].province_code in provinces]
            if len({g.regions[c].province_code for c in m["codes"]}) > 1 and len(in_prov) == 1:
                m["codes"] = (in_prov[0],)

    def _weight(self, m: dict, headline, skip, lead_end) -> float:
        w = self.w
        s = m["start"]
        if any(a <= s < b for a, b in skip):
            return 0.0
        if m["dateline"]:
            return 0.0      # counted separately as a weak clue
        base = {"acting": w["acting"], "kind": w["kind"], "regulation": w["regulation"],
                "locator": w["locator"], "locative": w["bare"], "bare": w["bare"]}[m["cue"]]
        if m["partner"]:
            base *= w["partner_factor"]
        if any(a <= s < b for a, b in headline):
            base *= w["headline_factor"]
        elif s < lead_end:
            base *= w["lead_factor"]
        return base

    def _supported(self, key: str, mentions: list[dict], dateline_codes: list[str]) -> bool:
        """News needs more than passing mentions ("acara di Jakarta"): a kind or acting cue,
        or (regency/city only) a dateline or the name said at least `min_bare_mentions` times."""
        mine = [m for m in mentions if m["weight"] > 0 and self._key(tuple(m["candidates"]) or (m["code"],)) == key]
        if any(m["cue"] in ("acting", "kind") for m in mine):
            return True
        if self.g.regions[key].level == 1:
            return False     # "JAKARTA - ... di Jakarta": the capital as a venue, not a province's story
        if key in dateline_codes:
            return True
        return len(mine) >= self.w.get("min_bare_mentions", 3)

    def _key(self, codes: tuple) -> str:
        if len(codes) == 1:
            return codes[0]
        regs = self.g.regions
        return min(codes, key=lambda c: (self.preference.get(regs[c].kind, 9), c))

    def choose(self, doc: Doc, text: str, mentions: list[dict]) -> Optional[dict]:
        g, w = self.g, self.w
        is_form = doc_is_form(doc)
        score: dict[str, float] = defaultdict(float)
        best_mention: dict[str, dict] = {}
        first_acting = None
        lead_subject = None
        dateline_codes = []
        for m in mentions:
            codes = tuple(m["candidates"]) or (m["code"],)
            key = self._key(codes)
            if m["dateline"]:
                dateline_codes.append(key)
                continue
            if m["weight"] <= 0:
                continue
            score[key] += m["weight"]
            if m.get("lead_subject"):
                lead_subject = key
            if m["cue"] == "acting" and first_acting is None:
                first_acting = key
            cur = best_mention.get(key)
            if cur is None or m["weight"] > cur["weight"]:
                best_mention[key] = m
        if not score:
            return None
        if first_acting:
            score[first_acting] += w["first_acting_bonus"]
        for key in dateline_codes:
            if key in score:
                score[key] += w["dateline"]
        if lead_subject:
            subject = next(m for m in mentions if m.get("lead_subject"))
            two_party = self.two_party.search(text, subject["start"], _sentence_end(text, subject["end"]))
            score[lead_subject] += w["lead_subject_two_party_bonus" if two_party else "lead_subject_bonus"]
        # a province also named because its regency/city is the story counts less
        min_score = w["min_score_form"] if is_form else w["min_score_news"]
        level2_provs = {g.regions[k].province_code for k, v in score.items()
                        if g.regions[k].level == 2 and v >= min_score}
        for key in list(score):
            if g.regions[key].level == 1 and key in level2_provs and key != lead_subject:
                score[key] *= w["parent_province_factor"]
        ranked = sorted(score.items(), key=lambda kv: (-kv[1], best_mention[kv[0]]["start"]))
        top, top_score = ranked[0]
        if top_score < min_score:
            return None
        strong = [k for k, v in ranked if v >= min_score]
        total = sum(v for _, v in ranked)
        if len(strong) >= w["crowd_min_regions"] and top_score / total < w["crowd_max_share"]:
            return None
        if not is_form and not self._supported(top, mentions, dateline_codes):
            return None
        info = g.regions[top]
        m = best_mention[top]
        start = m["start"] if text[m["start"]:m["name_start"]].strip().lower() in (
            "kabupaten", "kota", "provinsi") else m["name_start"]
        end = m["end"]
        return {
            "name": Found(info.name, start, end, "rule:region"),
            "code": Found(info.code, start, end, "gazetteer:kemendagri"),
            "province": info.province,
        }


def _sentence_end(text: str, pos: int) -> int:
    from .official_words import sentence_stops
    m = next(sentence_stops(text, pos), None)
    return m.start() if m else len(text)


_RECIPIENT_BEFORE = re.compile(r"\b(?:kepada|untuk|bagi|ke|menuju|terhadap)\s+(?:[A-Z(][^\s]*\s+|[,&]\s*|dan\s+)*$")


def _opens_the_sentence(text: str, start: int, pos: int) -> bool:
    """Is the region's phrase no recipient or destination? "Kementerian X memberikan penghargaan kepada
    Kabupaten Y, ...": Y receives, the sentence is not about it ("ditorehkan UPTD Puskesmas X, Kabupaten Y" is)."""
    return not _RECIPIENT_BEFORE.search(text, start, pos)


@Language.factory("inovasi_regions", default_config={"rules": "regions/regions.toml"})
def make_regions(nlp: Language, name: str, rules: str) -> RegionFinder:
    return RegionFinder(nlp, _load_rules(rules))
