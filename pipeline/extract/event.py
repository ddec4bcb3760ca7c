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
from .common import ensure_state, is_form
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
    # longest patterns first so "perjanjian kerja sama" beats "kerja"
    r["_kw"] = re.compile("|".join(f"(?P<g{i}>(?<![\\w-]){p}(?![\\w]))" for i, (_, p) in enumerate(alts)),
                          re.IGNORECASE)
    r["_kw_types"] = [t for t, _ in alts]
    r["_order"] = list(r["types"])
    v = r["venue"]
    v["_online"] = re.compile("|".join(v["online"]), re.IGNORECASE)
    v["_place"] = sorted((w.lower() for w in v["place_words"]), key=len, reverse=True)
    v["_stop"] = set(w.lower() for w in v["stop_words"])
    v["_lead"] = set(w.lower() for w in v["place_lead_in"])
    markers = sorted(r["rules"]["non_event_markers"], key=len, reverse=True)
    r["_markers"] = re.compile(r"\b(?:" + "|".join(re.escape(m) for m in markers) + r")\b", re.IGNORECASE)
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


def find_hits(doc: Doc) -> list[Hit]:
    r = rules()
    text = doc.text
    hits = []
    for m in r["_kw"].finditer(text):
        name = m.lastgroup
        etype = r["_kw_types"][int(name[1:])]
        hits.append(Hit(etype, m.start(), m.end()))
    # compounds: "Sosialisasi dan Bimbingan Teknis" -> one event
    gap = r["rules"]["compound_gap_words"]
    winners = r["rules"]["compound_winners"]
    out: list[Hit] = []
    for h in hits:
        if out:
            p = out[-1]
            between = text[p.end:h.start]
            if p.type != h.type and "\n" not in between and re.search(r"\b(?:dan|serta|&)\b|/", between) \
                    and len(between.split()) <= gap and not re.search(r"[.;]", between):
                if h.type in winners and p.type not in winners:
                    p.type = h.type
                p.end = h.end
                continue
        out.append(h)
    return out


def score(doc: Doc, hits: list[Hit]) -> None:
    r = rules()
    rr = r["rules"]
    text = doc.text
    quotes = quote_spans(text) if rr.get("skip_quotes", True) else []
    head = headline_span(doc)
    sents = sentences(text)
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
        after = text[h.end:sent[1]].split()[:rr["after_window"]]
        if r["_after"].search(" ".join(after)):
            continue
        w = rr["weight_other"]
        if head and head[0] <= h.start < head[1]:
            w, h.strong = rr["weight_headline"], True
        elif any(s == sent for s in lead):
            w, h.strong = rr["weight_lead"], True
        if date_sent and date_sent[0] <= h.start < date_sent[1]:
            w += rr["weight_date_sentence"]
            h.strong = True
        h.weight = w


def find_venue(doc: Doc, hits: list[Hit], etype: str) -> Found | None:
    r = rules()
    v = r["venue"]
    text = doc.text
    sents = sentences(text)
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
            if re.fullmatch(r"(?:[A-Z][\w’'-]+\s?){1,2}[.!]?", rest):
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


@Language.factory("inovasi_event")
def make_event(nlp: Language, name: str):
    return find_event


def find_event(doc: Doc) -> Doc:
    ensure_state(doc)
    if is_form(doc):
        return doc
    r = rules()
    hits = find_hits(doc)
    score(doc, hits)
    totals: dict[str, float] = {}
    strong: dict[str, bool] = {}
    for h in hits:
        if h.weight > 0:
            totals[h.type] = totals.get(h.type, 0.0) + h.weight
            strong[h.type] = strong.get(h.type, False) or h.strong
    cands = [t for t in totals if strong.get(t)]
    if not cands:
        doc._.draft["event"] = None
        return doc
    order = r["_order"]
    best = max(cands, key=lambda t: (totals[t], -order.index(t)))
    trig = next(h for h in hits if h.type == best and h.weight > 0 and h.strong)
    ev_date = (doc._.found or {}).get("event_date")
    doc._.draft["event"] = {
        "type": Found(best, trig.start, trig.end, METHOD),
        "date": ev_date if isinstance(ev_date, Found) else None,
        "venue": find_venue(doc, hits, best),
    }
    return doc
