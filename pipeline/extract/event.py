"""The main event a news article reports: `inovasi_event`.

Event words per type (rules/event.toml) are weighed by where they stand (headline, lead,
the sentence with the event date); mentions in quotations, future plans or habits do not
count, and an article without one such mention in its own narrative has no event.
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

METHOD = "rule:event"


@lru_cache(maxsize=1)
def rules() -> dict:
    with open(RULES_DIR / "event.toml", "rb") as fh:
        r = tomllib.load(fh)
    alts = []
    for etype, pats in r["types"].items():
        for p in pats:
            alts.append((etype, p))
    # one alternation, tried only where a keyword can start (see find_hits); the first alternative
    # that matches wins, as in a scan of the whole pattern over the text
    group = [f"(?P<g{i}>(?<![\\w-]){p}(?![\\w]))" for i, (_, p) in enumerate(alts)]
    r["_kw"] = re.compile("|".join(group), re.IGNORECASE)
    r["_kw_types"] = [t for t, _ in alts]
    # Per two-letter start, the alternation of only the keywords that begin with those letters (in
    # their order). A keyword whose pattern does not open with two plain letters goes in every one.
    fixed: dict[str, list[int]] = {}
    anywhere: list[int] = []
    for i, (_, p) in enumerate(alts):
        if re.match(r"[a-z]{2}(?![?*{])", p):
            fixed.setdefault(p[:2], []).append(i)
        else:
            anywhere.append(i)
    r["_kw_by_start"] = {k: re.compile("|".join(group[i] for i in sorted(ids + anywhere)), re.IGNORECASE)
                         for k, ids in fixed.items()}
    r["_kw_any"] = re.compile("|".join(group[i] for i in anywhere), re.IGNORECASE) if anywhere else None
    r["_word_start"] = re.compile(r"(?<![\w-])[^\W\d_]")
    r["_order"] = list(r["types"])
    v = r["venue"]
    v["_online"] = re.compile("|".join(v["online"]), re.IGNORECASE)
    v["_place"] = sorted((w.lower() for w in v["place_words"]), key=len, reverse=True)
    v["_stop"] = set(w.lower() for w in v["stop_words"])
    v["_lead"] = set(w.lower() for w in v["place_lead_in"])
    r["_adjacent"] = re.compile(r"[ \t]+") if r["rules"].get("merge_adjacent", True) else re.compile(r"(?!)")
    prev = "|".join(sorted(r["rules"]["not_event_after_word"], key=len, reverse=True))
    r["_prev_word"] = re.compile(r"(?<![\w-])(?:" + prev + r")\s+$", re.IGNORECASE)
    verbs = "|".join(sorted(r["rules"]["event_verbs"], key=len, reverse=True))
    r["_object_of"] = re.compile(r"(?<![\w-])(?:" + verbs + r")\s+(?:(?:kegiatan|acara)\s+)?$", re.IGNORECASE)
    r["_expansion"] = re.compile(r"\b[A-Z]{3,}\s*\((?:[A-Z][\w’'-]*\s+){0,3}$")
    markers = sorted(r["rules"]["non_event_markers"], key=len, reverse=True)
    r["_markers"] = re.compile(r"\b(?:" + "|".join(re.escape(m) for m in markers) + r")\b", re.IGNORECASE)
    r["_organising"] = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, r["rules"]["organising_verbs"]))
                                  + r")(?![\w-])", re.IGNORECASE)
    r["_occasion"] = re.compile("|".join(f"(?:{o})" for o in r["rules"]["occasions"]) + "$", re.IGNORECASE)
    after = "|".join(re.escape(m) for m in r["rules"]["after_markers"])
    r["_after"] = re.compile(r"\b(?:" + after + r")\b", re.IGNORECASE)
    return r


def quote_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in re.finditer(r"“[^”\n]{0,2000}”|\"[^\"\n]{0,2000}\"|‘‘[^’\n]{0,2000}’’|''[^'\n]{0,2000}''", text):
        spans.append((m.start(), m.end()))
    # an opening quote never closed runs to the end of its paragraph
    for m in re.finditer(r"“[^”\n]*$", text, re.MULTILINE):
        spans.append((m.start(), m.end()))
    return spans


def headline_span(doc: Doc) -> tuple[int, int] | None:
    t = (doc._.draft or {}).get("title")
    if isinstance(t, Found) and t.end > t.start:
        return t.start, t.end
    try:
        from .title import find_title
        f = find_title(doc)
    except Exception:  # title rules missing: no headline weight
        f = None
    return (f.start, f.end) if f is not None and f.end > f.start else None


_SENT_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[A-Z“\"‘(])")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentences as (start, end), never across a line break (captions and headlines stand alone)."""
    out = []
    pos = 0
    for line in text.split("\n"):
        a = 0
        for m in _SENT_END.finditer(line):
            last = re.search(r"(\S+)$", line[a:m.start()])
            if last and re.fullmatch(r"(?:[A-Z][a-z]{0,2}|[A-Za-z]{1,3}(?:\.[A-Za-z]{1,3})+)\.", last.group(1)):
                continue   # "Ir. Sri", "S.H. Kepala": an abbreviation, no sentence end
            if line[a:m.start()].strip():
                out.append((pos + a, pos + m.start()))
            a = m.end()
        if line[a:].strip():
            out.append((pos + a, pos + len(line)))
        pos += len(line) + 1
    return out


class Hit:
    __slots__ = ("type", "start", "end", "weight", "strong")

    def __init__(self, etype: str, start: int, end: int):
        self.type, self.start, self.end, self.weight, self.strong = etype, start, end, 0.0, False


def keyword_hits(text: str) -> list[Hit]:
    """Every event keyword in text, as `rules()["_kw"].finditer(text)` finds them, but cheaply:
    keywords start at a letter after no word character or hyphen, so only there are they tried,
    and only those opening with the word's first two letters (any non-ASCII start: all of them)."""
    r = rules()
    hits = []
    by_start, anywhere = r["_kw_by_start"], r["_kw_any"]
    last_end = 0
    for w in r["_word_start"].finditer(text):
        pos = w.start()
        if pos < last_end:
            continue
        two = text[pos:pos + 2]
        rx = by_start.get(two.lower(), anywhere) if two.isascii() else r["_kw"]
        m = rx.match(text, pos) if rx is not None else None
        if m is None:
            continue
        last_end = m.end()
        hits.append(Hit(r["_kw_types"][int(m.lastgroup[1:])], m.start(), m.end()))
    return hits


def find_hits(doc: Doc, text: str | None = None) -> list[Hit]:
    r = rules()
    text = doc_text(doc) if text is None else text
    hits = keyword_hits(text)
    # compounds: "Sosialisasi dan Bimbingan Teknis" -> one event
    gap = r["rules"]["compound_gap_words"]
    winners = r["rules"]["compound_winners"]
    out: list[Hit] = []
    for h in hits:
        if out:
            p = out[-1]
            between = text[p.end:h.start]
            if r["_adjacent"].fullmatch(between):
                # "Sosialisasi Lomba Inovasi", "Rapat presentasi", "Diklat Pelatihan": one phrase,
                # the first word its head (Indonesian noun phrases are head-first)
                p.end = h.end
                continue
            if p.type == "kompetisi" and h.type == "launching" and text[h.start:h.start + 2].lower() == "di" \
                    and "\n" not in between and len(between.split()) <= 10 and not re.search(r"[.;,]", between):
                p.end = h.end   # "Lomba Inovasi Daerah X Tahun 2026 resmi diluncurkan": the contest is what opens
                continue
            if "\n" not in between and re.search(r"\b(?:dan|serta|&)\b|/", between) \
                    and len(between.split()) <= gap and not re.search(r"[.;]", between):
                if h.type in winners and p.type not in winners:
                    p.type = h.type
                p.end = h.end
                continue
        out.append(h)
    return out


def score(doc: Doc, hits: list[Hit], text: str | None = None,
          sents: list[tuple[int, int]] | None = None) -> None:
    r = rules()
    rr = r["rules"]
    text = doc_text(doc) if text is None else text
    quotes = quote_spans(text) if rr.get("skip_quotes", True) else []
    head = headline_span(doc)
    sents = sentences(text) if sents is None else sents
    body_sents = [s for s in sents if (head is None or s[0] >= head[1]) and len(text[s[0]:s[1]].split()) >= 4]
    lead = body_sents[: rr["lead_sentences"]]
    ev = (doc._.found or {}).get("event_date")
    date_sent = None
    if isinstance(ev, Found) and ev.end > ev.start:
        date_sent = next((s for s in sents if s[0] <= ev.start < s[1]), None)
    for h in hits:
        if any(a <= h.start < b for a, b in quotes):
            continue
        sent = next((s for s in sents if s[0] <= h.start < s[1]), (h.start, h.end))
        before = text[sent[0]:h.start].split()[-rr["marker_window"]:]
        if r["_markers"].search(" ".join(before)):
            continue
        if r["_prev_word"].search(text, max(sent[0], h.start - 30), h.start):
            continue
        if r["_expansion"].search(text, max(sent[0], h.start - 80), h.start):
            continue  # "BAIMBAI (Bulan Kompetisi Inovasi ...)": the expansion of a name
        after = text[h.end:sent[1]].split()[:rr["after_window"]]
        if r["_after"].search(" ".join(after)):
            continue
        w = rr["weight_other"]
        if head and head[0] <= h.start < head[1]:
            w, h.strong = rr["weight_headline"], True
        elif any(s == sent for s in lead):
            w, h.strong = rr["weight_lead"], True
        if r["_object_of"].search(text, max(sent[0], h.start - 60), h.start):
            w += rr["weight_object"]  # "menggelar kegiatan Sosialisasi ...": the event itself
        if date_sent and date_sent[0] <= h.start < date_sent[1]:
            w += rr["weight_date_sentence"]
            h.strong = True
        h.weight = w


def find_venue(doc: Doc, hits: list[Hit], etype: str, text: str | None = None,
               sents: list[tuple[int, int]] | None = None) -> Found | None:
    r = rules()
    v = r["venue"]
    text = doc_text(doc) if text is None else text
    sents = sentences(text) if sents is None else sents
    ev = (doc._.found or {}).get("event_date")
    order: list[tuple[int, int]] = []
    if isinstance(ev, Found) and ev.end > ev.start:
        order += [s for s in sents if s[0] <= ev.start < s[1]]
    for h in hits:
        if h.type == etype and h.weight > 0:
            order += [s for s in sents if s[0] <= h.start < s[1]]
    seen = set()
    for s in order:
        if s in seen:
            continue
        seen.add(s)
        stext = text[s[0]:s[1]]
        for m in re.finditer(r"(?<![\w-])(?:bertempat\s+)?di\s+(?=[A-Z])", stext, re.IGNORECASE):
            start = s[0] + m.end()
            phrase = _place_phrase(text, start, s[1])
            if not phrase:
                continue
            low = phrase.lower()
            is_place = any(low.startswith(p + " ") or low == p for p in v["_place"])
            if not is_place:
                prev = text[max(s[0], start - 60):s[0] + m.start()].strip()
                prev_word = re.findall(r"[\w’']+|\)", prev)[-1:] or [""]
                lead_in = m.group().lower().startswith("bertempat") or prev_word[0] == ")" \
                    or prev_word[0].lower() in v["_lead"]
                if not lead_in:
                    continue
            if v["_online"].search(text[s[0]:s[1]]) and not is_place:
                continue
            return Found(phrase, start, start + len(phrase), f"{METHOD}:venue")
    return None


def _place_phrase(text: str, start: int, end: int) -> str | None:
    v = rules()["venue"]
    words = list(re.finditer(r"[^\s,.;:()]+|[,.;:()]", text[start:end]))
    kept_end = None
    i = 0
    while i < len(words):
        w = words[i].group()
        low = w.lower()
        if w in {".", ";", ":", "(", ")"}:
            break
        if w == ",":
            # "di Purwodadi, Grobogan." : a region after the comma closes the sentence
            rest = text[start + words[i].end():end].strip()
            if re.fullmatch(r"(?:[A-Z][\w’'-]+\s?){1,2}[.!]?", rest) and rest.split()[0].rstrip(".!").lower() not in v["_stop"]:
                # (not a weekday: "di Lapangan Kantor Bupati Mamuju, Senin")
                kept_end = start + words[i].end() + len(text[start + words[i].end():end]) - \
                    len(text[start + words[i].end():end].lstrip()) + len(rest.rstrip(".!"))
            break
        if low in v["_stop"] and not (low in v["inner_ok_before_capital"] and i + 1 < len(words)
                                      and words[i + 1].group()[:1].isupper()):
            break
        if i == 0 and not w[:1].isupper():
            return None
        kept_end = start + words[i].end()
        i += 1
    if kept_end is None:
        return None
    phrase = text[start:kept_end].strip()
    if re.search(r"\d", phrase.split()[0]) or len(phrase.split()) > 14:
        return None
    return phrase


def _organised_in_lead(text: str, sents: list[tuple[int, int]], r: dict) -> re.Match | None:
    """An organising verb outside quotes in the headline or the lead's sentences (rules/event.toml
    `organising_verbs`): a dated activity of no listed type is an event all the same."""
    for start, end in sents[:r["rules"]["lead_sentences"] + 1]:
        for m in r["_organising"].finditer(text, start, end):
            if text.count("\u201c", start, m.start()) <= text.count("\u201d", start, m.start()) \
                    and text.count('"', start, m.start()) % 2 == 0:
                return m
    return None


@Language.factory("inovasi_event")
def make_event(nlp: Language, name: str):
    return find_event


def find_event(doc: Doc) -> Doc:
    ensure_state(doc)
    if is_form(doc):
        return doc
    r = rules()
    text = doc_text(doc)  # (Doc.text joins every token anew on each access)
    sents = sentences(text)
    hits = find_hits(doc, text)
    score(doc, hits, text, sents)
    for h in hits:   # an occasion gives way to another event word in its sentence ("rapat paripurna HUT ke-17")
        if h.type == "lainnya" and r["_occasion"].match(text, h.start, h.end):
            sent = next((s for s in sents if s[0] <= h.start < s[1]), None)
            if sent and any(o.type != "lainnya" and sent[0] <= o.start < sent[1] for o in hits):
                h.weight = 0.0
    totals: dict[str, float] = {}
    strong: dict[str, bool] = {}
    for h in hits:
        if h.weight > 0:
            totals[h.type] = totals.get(h.type, 0.0) + h.weight
            strong[h.type] = strong.get(h.type, False) or h.strong
    cands = [t for t in totals if strong.get(t)]
    ev_date = (doc._.found or {}).get("event_date")
    if not cands:
        organised = _organised_in_lead(text, sents, r) if isinstance(ev_date, Found) else None
        doc._.draft["event"] = None if organised is None else {
            "type": Found("lainnya", organised.start(), organised.end(), METHOD), "date": ev_date, "venue": None}
        return doc
    order = r["_order"]
    best = max(cands, key=lambda t: (totals[t], -order.index(t)))
    trig = next(h for h in hits if h.type == best and h.weight > 0 and h.strong)
    doc._.draft["event"] = {
        "type": Found(best, trig.start, trig.end, METHOD),
        "date": ev_date if isinstance(ev_date, Found) else None,
        "venue": find_venue(doc, hits, best, text, sents),
    }
    return doc
