"""The body that owns each named innovation ("Dinas X dengan inovasi Y", "Pemerintah Kabupaten X memiliki
inovasi ... seperti A, B", "Y yang diinisiasi oleh Kepala Bagian Umum ..."), and how the innovations found change the
acting agencies (an owner acts; a unit or a body named only inside an innovation's name does not)."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..evidence import Found
from ..nomenclature import abbreviations
from .agency_merge import _merge_key
from .agency_text import alone_on_line
from .common import doc_text
from .innovation_text import Cand, Tok, clean_name, is_cap, rules, sentences, text_of, tokenize
from .innovation_valid import named_unit
def _body_before(toks: list[Tok], i: int) -> tuple[int, int] | None:
    """A body name ending right before toks[i] ("RSUD Sulbar" in "RSUD Sulbar dengan inovasi")."""
    r = rules()
    k = i - 1
    while k >= 0 and (is_cap(toks[k]) or toks[k].text in {"(", ")"} or toks[k].low in {"dan", "&"}
                      and k > 0 and is_cap(toks[k - 1])):
        k -= 1
    k += 1
    while k < i and not is_cap(toks[k]):
        k += 1
    if k >= i:
        return None
    # the body starts at its head word ("Kepala Bagian Umum ..." -> "Bagian Umum ...")
    for s in range(k, i):
        low = toks[s].low
        if low in r["body_heads"] or (s + 1 < i and f"{low} {toks[s + 1].low}" in r["body_heads"]):
            return toks[s].start, toks[i - 1].end
    return None


def _body_after(toks: list[Tok], i: int) -> tuple[int, int] | None:
    r = rules()
    j = i
    while j < len(toks) and (is_cap(toks[j]) or toks[j].text == "(" or toks[j].text == ")"):
        j += 1
    for s in range(i, j):
        if toks[s].low in r["body_heads"]:
            end = j
            while end > s and toks[end - 1].text in {"(", ")"}:
                end -= 1
            return toks[s].start, toks[end - 1].end
    return None


def body_in_parens(toks: list[Tok]) -> tuple[int, int] | None:
    """The body in the last parenthesis of a list line ("(Kabid Pengairan Dinas PUPR)" -> "Dinas PUPR")."""
    r = rules()
    opens = [k for k, t in enumerate(toks) if t.text == "("]
    if not opens:
        return None
    k = opens[-1]
    close = next((e for e in range(k + 1, len(toks)) if toks[e].text == ")"), None)
    if close is None or close == k + 1:
        return None
    for s in range(k + 1, close):
        if toks[s].low in r["body_heads"]:
            return toks[s].start, toks[close - 1].end
    if close == k + 2 and toks[k + 1].text.isupper() and len(toks[k + 1].text) >= 3:
        return toks[k + 1].start, toks[k + 1].end   # "- Sigap Bencana (BPBD)"
    return None


def agency_value(doc: Doc, span: tuple[int, int]) -> Found:
    mentions = (doc._.found or {}).get("agency_mentions") or []
    for m in mentions:
        if isinstance(m, Found) and m.start < span[1] and span[0] < m.end and m.value:
            if re.search(r"\w", doc_text(doc)[m.end:span[1]]):
                break   # the owner runs past the mention ("Dinas Perhubungan" + "Jatim"): keep the text
            return Found(m.value, span[0], span[1], "rule:innovation_owner+agency_mentions")
    name = re.sub(r"\s*\([^)]*\)?", "", doc_text(doc)[span[0]:span[1]])
    from ..nomenclature import expand_abbreviations
    return Found(expand_abbreviations(clean_name(name)), span[0], span[1], "rule:innovation_owner")


def _composite(doc: Doc, bidang: Found, before: int) -> Found:
    """'Bidang X' of a Dinas named earlier -> 'Bidang X Dinas Y'."""
    low = bidang.value.lower()
    if not low.startswith("bidang") or re.search(r"\b(dinas|badan|bappeda|sekretariat)\b", low[6:]):
        return bidang
    best = None
    for m in re.finditer(r"\b(?:Dinas|Badan)(?:\s+(?:[A-Z][\w’'-]*|dan|&))+", doc_text(doc)[:before]):
        best = m
    if best:
        name = re.sub(r"\s+(?:dan|&)$", "", best.group())
        name = agency_value(doc, (best.start(), best.start() + len(name))).value
        return Found(f"{bidang.value} {name}", bidang.start, bidang.end, "rule:innovation_owner+bidang")
    return bidang


def assign_owners(doc: Doc, cands: list[Cand]) -> None:
    r = rules()
    sents = sentences(doc)
    mention_at = {m.start: m.end for m in (doc._.found or {}).get("agency_mentions") or [] if m.extra.get("acting", True)}
    mention_by_end = {m.end: m.start for m in (doc._.found or {}).get("agency_mentions") or []}
    credits = {m.start for m in (doc._.found or {}).get("agency_mentions") or []
               if alone_on_line(doc_text(doc), m.start, m.end)}   # a letterhead, a photo credit, a dateline's press office
    last: Cand | None = None
    government: Found | None = None
    for c in cands:
        sent = sents[c.sent]
        toks = tokenize(sent.text, sent.start_char)
        ti = next((k for k, t in enumerate(toks) if t.start >= c.name[0]), None)
        owner = agency_value(doc, c.owner) if c.owner else None
        trig = c.trig if c.trig is not None else ti
        if c.trig is not None and toks[c.trig].low in r["single_token_triggers"]:
            c.agency, c.agency_how, last = None, "skip", c   # "Inovator X Name": owner not stated
            continue
        if owner is None and trig is not None and trig > 0:
            # "dari RSUD X dengan inovasi Y"
            if toks[trig - 1].low in {"dengan", "melalui", "lewat", "punya", "milik"}:
                # a body the agencies component read ends right there ("Bapenda dengan inovasi X")
                end = toks[trig - 2].end if trig > 1 else None
                span = (mention_by_end[end], end) if end in mention_by_end else _body_before(toks, trig - 1)
                if span:
                    owner = agency_value(doc, span)
        if owner is None:
            # "Dari Bidang X (..), muncul ... inovasi Y"
            if toks and toks[0].low in {"dari", "di"}:
                span = _body_after(toks, 1)
                if span and span[1] <= c.name[0]:
                    owner = agency_value(doc, span)
        if owner is None:
            # "Pemerintah Kabupaten X telah memiliki berbagai inovasi ..., seperti A, B"
            before = doc_text(doc)[sent.start_char:c.name[0]].lower()
            if any(re.search(rf"\b{re.escape(v)}\b", before) for v in r["owner_verbs"]):
                for k in range(len(toks)):
                    if toks[k].start >= c.name[0]:
                        break
                    mention = mention_at.get(toks[k].start)
                    if toks[k].start in credits:
                        continue
                    if mention or toks[k].low in r["body_heads"] and (k == 0 or not is_cap(toks[k - 1])):
                        span = (toks[k].start, mention) if mention else _body_after(toks, k)
                        if span and span[1] <= c.name[0]:
                            owner = agency_value(doc, span)
                            owner = Found(owner.value, owner.start, owner.end, owner.method + "+owner_verb")
                            break
        if owner is None:
            # "... yang diinisiasi oleh Kepala Bagian Umum Sekretariat Daerah Kota X"
            after = doc_text(doc)[c.name[1]:sent.end_char]
            m = re.search(r"\b(?:di\s?inisiasi|digagas|dicetuskan|diprakarsai)\s+oleh\s+", after, re.IGNORECASE)
            if m:
                b = c.name[1] + m.end()
                atoks = tokenize(doc_text(doc)[b:sent.end_char], b)
                k = 0
                while k < len(atoks) and atoks[k].low in r["position_words"]:
                    k += 1
                span = _body_after(atoks, k)
                if span and span[0] == atoks[k].start:
                    owner = agency_value(doc, span)
        if owner is None and c.owner is None:
            span = _entrant_body(doc_text(doc), min(c.name[0], c.long[0] if c.long else c.name[0]), mention_by_end)
            if span:
                c.owner, owner = span, agency_value(doc, span)
        if owner is None and last is not None and last.agency is not None and last.owner is None and (
                c.sent == last.sent or c.how == "continuation"):
            owner = last.agency
        if owner is None and government is not None:
            owner = government
        if isinstance(owner, Found):
            owner = _composite(doc, owner, owner.start)
        c.agency = owner
        c.agency_how = owner.method if isinstance(owner, Found) else ""
        if government is None and isinstance(owner, Found) and "+owner_verb" in owner.method \
                and re.match(r"(?:pemerintah|pemkab|pemkot|pemprov)\b", owner.value, re.IGNORECASE):
            government = owner   # the acting local government owns what it lists later on
        last = c
    # a document about one body's innovations ("Kunjungan ke Dinas X ...", "Dinas X terus berinovasi")
    if any(c.agency is None and not (c.trig is not None and c.how == "direct" and c.agency_how == "") or True
           for c in cands) and any(c.agency is None for c in cands):
        first = sents[0] if sents else None
        if first is not None:
            m = re.search(r"(?:kunjungan|berkunjung|visitasi)\s+ke\s+", first.text, re.IGNORECASE)
            toks = tokenize(first.text, first.start_char)
            span = None
            if m:
                k = next((k for k, t in enumerate(toks) if t.start >= first.start_char + m.end()), None)
                span = _body_after(toks, k) if k is not None else None
            elif re.search(r"\b(?:terus\s+)?berinovasi\b", first.text):
                k = next((k for k, t in enumerate(toks) if t.low in r["body_heads"]), None)
                span = _body_after(toks, k) if k is not None else None
            if span:
                owner = agency_value(doc, span)
                for c in cands:
                    if c.agency is None and c.agency_how != "skip":
                        c.agency = owner


# ------------------------------------------------ innovations and the acting agencies

def _entrant_body(text: str, start: int, mention_by_end: dict[int, int]) -> tuple[int, int] | None:
    """The body an entrant's line names before a dash and the innovation at `start`: "4. Rina, S.E., Kasubbid Pendataan
    Bapenda – E-PBB Jemput Bola" (a numbered or bulleted list of finalists or winners); the last body before the dash."""
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start]
    dash = re.search(r"\s[–—-]\s*[\"“']?$", head)
    if dash is None or not re.match(r"\s*(?:\d{1,2}[.)]|[-•*▪])\s", head):
        return None
    spans = [(b, e) for e, b in mention_by_end.items() if line_start <= b and e <= line_start + dash.start()]
    return max(spans, key=lambda x: x[1]) if spans else None


def owners_act(doc: Doc, cands: list[Cand]) -> None:
    """A body stated as an innovation's owner ("X (Dinas Y)", "X dari Puskesmas Z") acts (ANNOTATION rule 7),
    even where the agencies component did not list it; where it did, under a fuller name, that name is kept."""
    for c in cands:
        if c.owner is None or not isinstance(c.agency, Found) or not c.agency.value:
            continue
        c.agency = owner_acts(doc, c.agency)


def owner_acts(doc: Doc, agency: Found) -> Found:
    """List an innovation's owner among the acting agencies unless it is there already; returns the owner under
    the fullest name listed ("Dinas Sosial" -> "Dinas Sosial Provinsi X" when that is listed)."""
    def key(name: str) -> str:   # without level words and a unit's status ("UPTD Puskesmas X" = "Puskesmas X")
        return re.sub(r"\W|\bkab\b", "", _merge_key(name))

    agencies = doc._.draft.setdefault("agencies", [])
    if " " not in agency.value.strip() and abbreviations().get(agency.value.strip().casefold()) is None:
        return agency   # "Gerakan Entaskan Stunting dari Gampong": a kind of body with no name is no agency
    k = key(agency.value)
    names = [str(getattr(a.get("name"), "value", a.get("name"))) for a in agencies]
    fuller = next((n for n in names if key(n).startswith(k)), None)
    if fuller is None:
        agencies.append({"name": Found(agency.value, agency.start, agency.end, "rule:innovation_owner")})
    elif fuller != agency.value:
        return Found(fuller, agency.start, agency.end, agency.method + "+fuller")
    return agency


def units_named(doc: Doc, text: str, cands: list[Cand]) -> None:
    """"inovasi desa bertajuk Desa Melek Hukum": a name opening with a unit word is the innovation, not a body, so it
    leaves the acting agencies the agencies component read it into."""
    named = {clean_name(text_of(text, c.name)).casefold() for c in cands}
    named = {n for n in named if named_unit(n.title())}
    agencies = doc._.draft.get("agencies")
    if named and agencies:
        doc._.draft["agencies"] = [a for a in agencies
                                   if str(getattr(a.get("name"), "value", a.get("name"))).casefold() not in named]


def bodies_inside_names(doc: Doc, cands: list[Cand]) -> None:
    """"inovasi Gercep Damkar": a body whose every mention lies inside an innovation's name or long form ("PUSLING
    SUNGAI (Puskesmas Keliling Sungai)") is part of the name, not an acting agency (the agencies component reads
    "Damkar" there before the name is known)."""
    agencies = doc._.draft.get("agencies")
    if not agencies or not cands:
        return
    names = [c.name for c in cands] + [c.long for c in cands if isinstance(c.long, tuple)]
    mentions = doc._.found.get("agency_mentions") or []

    def inside(start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in names)

    def only_in_names(found: Found) -> bool:
        spans = [(m.start, m.end) for m in mentions if m.value == found.value] or [(found.start, found.end)]
        return found.end > found.start and all(inside(a, b) for a, b in spans)

    doc._.draft["agencies"] = [a for a in agencies
                               if not (isinstance(a.get("name"), Found) and only_in_names(a["name"]))]
