"""Named innovations in news text: `inovasi_innovations`.

Finds proper names of programmes, applications and service changes ("inovasi SALJU",
"aplikasi SIMODUS", quoted names, lists after "seperti"/"yaitu", "Long Form (SHORT)",
"X atau disingkat Y", "Y, singkatan dari X") and the body that owns each one.
Word lists live in rules/innovations.toml. Forms are skipped (forms.py fills them).
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

METHOD = "rule:innovation"
OPEN_Q = {"“", '"', "‘‘", "„", "«"}
CLOSE_Q = {"”", '"', "’’", "»"}
# a line break is a token of its own: no name runs from a headline into the next line
_TOKEN = re.compile(r"\n|‘‘|’’|[“”\"()\[\],;:!?]|[^\s“”\"()\[\],;:!?]+")
BODY_RUN_STOP = {"dengan", "melalui", "yang", "dan", "untuk", "pada", "di", "dalam", "telah", "terus"}


@lru_cache(maxsize=1)
def rules() -> dict:
    with open(RULES_DIR / "innovations.toml", "rb") as fh:
        r = tomllib.load(fh)
    for key in ("direct_triggers", "list_triggers", "innovation_words", "stop_tokens", "inner_connectors",
                "bad_first_words", "not_innovations", "tech_context", "body_heads", "single_token_triggers",
                "continuation_triggers", "list_blockers", "bad_long_first_words", "agency_inner", "owner_verbs", "position_words"):
        r[key] = set(w.lower() for w in r.get(key, []))
    r["_tech"] = re.compile(r["tech_prefix"])
    r["_abbrev"] = re.compile(r"\s+" + r["abbrev_infix"] + r"\s+", re.IGNORECASE)
    r["_expand"] = re.compile(r"\s*" + r["expansion_infix"] + r"\s+", re.IGNORECASE)
    r["_multi_list"] = sorted((t for t in r["list_triggers"] if " " in t), key=len, reverse=True)
    return r


class Tok:
    __slots__ = ("text", "start", "end", "low")

    def __init__(self, text: str, start: int):
        self.text, self.start, self.end, self.low = text, start, start + len(text), text.lower()


def tokenize(text: str, offset: int) -> list[Tok]:
    out: list[Tok] = []
    for m in _TOKEN.finditer(text):
        t, s = m.group(), m.start() + offset
        if len(t) > 1 and t.endswith(".") and not re.fullmatch(r"(?:[A-Za-z]\.)+", t):
            out.append(Tok(t[:-1], s))
            out.append(Tok(".", s + len(t) - 1))
        else:
            out.append(Tok(t, s))
    return out


def is_cap(tok: Tok) -> bool:
    t = tok.text
    if not t or t in OPEN_Q or t in CLOSE_Q or not re.match(r"\w", t):
        return False
    return t[0].isupper() or t[0].isdigit() and len(t) > 1 and bool(re.search(r"[A-Za-z]", t)) \
        or bool(rules()["_tech"].fullmatch(t))


def is_word(tok: Tok) -> bool:
    return bool(re.match(r"\w", tok.text))


def cap_run(toks: list[Tok], i: int) -> int:
    """End index (exclusive) of a capitalised name starting at i (i itself if none)."""
    r = rules()
    j = i
    while j < len(toks):
        t = toks[j]
        if t.low.rstrip(".") in r["stop_tokens"] or t.low in r["stop_tokens"]:
            break
        if is_cap(t):
            j += 1
            continue
        if j > i and t.low in r["inner_connectors"] and j + 1 < len(toks) and is_cap(toks[j + 1]) \
                and toks[j + 1].low not in r["stop_tokens"]:
            j += 1
            continue
        break
    return j


_EDGE = "“”\"'‘’«» ,;:\n\t"


def clean_name(s: str) -> str:
    s = s.strip().strip("“”\"'‘’«» ").strip(" ,;:")
    return re.sub(r"\s+", " ", s)


def found(text: str, span: tuple[int, int], method: str) -> Found:
    """The cleaned name with the span it stands at, trimmed of quotes and punctuation on its edges."""
    s, e = span
    while s < e and text[s] in _EDGE:
        s += 1
    while e > s and text[e - 1] in _EDGE:
        e -= 1
    return Found(clean_name(text[s:e]), s, e, method)


def first_letter(s: str) -> str:
    s = re.sub(r"^(?:e|m|i|si)-", "", clean_name(s), flags=re.IGNORECASE)
    m = re.search(r"[A-Za-z]", s)
    return m.group().lower() if m else ""


def derives(short: str, long: str) -> bool:
    return bool(first_letter(short)) and first_letter(short) == first_letter(long) and len(long.split()) >= 2


class Cand:
    def __init__(self, name: tuple[int, int], long: tuple[int, int] | None, sent: int, trig: int, how: str):
        self.name, self.long, self.sent, self.trig, self.how = name, long, sent, trig, how
        self.agency: Found | str | None = None
        self.agency_how = ""


def _find_close(toks: list[Tok], j: int, closers: set[str], limit: int) -> int | None:
    for k in range(j + 1, min(len(toks), j + limit)):
        if toks[k].text in closers:
            return k
        if toks[k].text in {".", "!", "?"}:
            return None
    return None


def parse_items(toks: list[Tok], i: int, text: str, single: bool = False) -> tuple[list[tuple], int]:
    """Names listed from toks[i]: [(name_span, long_span|None)]; returns items and the index reached."""
    items: list[tuple] = []
    first = True
    n = len(toks)
    while i < n:
        item = None
        j = i
        if toks[i].text in OPEN_Q:
            k = _find_close(toks, i, CLOSE_Q, 12)
            if k is None or k == i + 1 or not is_cap(toks[i + 1]):
                break
            item = [(toks[i + 1].start, toks[k - 1].end), None]
            j = k + 1
            if j < n and toks[j].text == "(":
                close = _find_close(toks, j, {")"}, 16)
                if close is not None and close > j + 1:
                    inner = (toks[j + 1].start, toks[close - 1].end)
                    if derives(text_of(text, item[0]), text_of(text, inner)):
                        item = [item[0], inner]
                        j = close + 1
        else:
            if not is_cap(toks[i]):
                break
            # a long form running up to a parenthesis ("Begitu Dicetak, KTP KIA Diantar (Becak Pintar)")
            k = next((k for k in range(i + 1, min(n, i + 16)) if toks[k].text in {"(", ".", "!", "?", ")"}), None)
            if not single and k is not None and toks[k].text == "(":
                close = _find_close(toks, k, {")"}, 14)
                if close is not None and close > k + 1:
                    piece = (toks[i].start, toks[k - 1].end)
                    inner = (toks[k + 1].start, toks[close - 1].end)
                    ptxt, itxt = text_of(text, piece), text_of(text, inner)
                    if "," in ptxt and derives(itxt, ptxt) or "," not in ptxt and len(ptxt.split()) <= 8:
                        if derives(itxt, ptxt) or derives(ptxt, itxt):
                            if len(itxt) <= len(ptxt):
                                item = [inner, piece]
                            else:
                                item = [piece, inner]
                            j = close + 1
            if item is None:
                j = cap_run(toks, i)
                if j == i:
                    break
                if single:
                    j = i + 1
                item = [(toks[i].start, toks[j - 1].end), None]
                # "NAME (Long Form)" or "Long Form (NAME)" right after the run
                if j < n and toks[j].text == "(":
                    close = _find_close(toks, j, {")"}, 14)
                    if close is not None and close > j + 1:
                        inner = (toks[j + 1].start, toks[close - 1].end)
                        itxt, ntxt = text_of(text, inner), text_of(text, item[0])
                        if derives(itxt, ntxt) and len(itxt) < len(ntxt):
                            item = [inner, item[0]]
                            j = close + 1
                        elif derives(ntxt, itxt):
                            item = [item[0], inner]
                            j = close + 1
        nxt = toks[j] if j < n else None
        if not first and nxt is not None and is_word(nxt) and nxt.low not in {"dan", "serta"}:
            break   # "Bapperida dengan inovasi ...": a body, not a further name
        items.append(tuple(item))
        first = False
        if single or nxt is None:
            break
        if nxt.text == ",":
            j += 1
            if j < n and toks[j].low in {"dan", "serta"}:
                j += 1
        elif nxt.low in {"dan", "serta"}:
            j += 1
        else:
            break
        i = j
    return items, i


def text_of(text: str, span: tuple[int, int] | None) -> str:
    return text[span[0]:span[1]] if span else ""


def valid(text: str, cand: Cand) -> bool:
    r = rules()
    name = clean_name(text_of(text, cand.name))
    if len(name) < 2 or not re.search(r"[A-Za-z]", name) or len(name.split()) > 9:
        return False
    low = name.lower()
    if low in r["not_innovations"] or re.sub(r"\s+\d{4}$", "", low) in r["not_innovations"]:
        return False
    if name.split()[0].lower().strip("“”\"'") in r["bad_first_words"]:
        return False
    if re.fullmatch(r"[\d\W]+", name):
        return False
    if cand.long:
        longtxt = clean_name(text_of(text, cand.long)).lower()
        if longtxt.split()[0] in r["bad_long_first_words"] or longtxt in r["not_innovations"]:
            return False
    words = [w.lower() for w in re.findall(r"[\w’'-]+", name)]
    if any(w in r["agency_inner"] for w in words[1:]):
        return False
    return True


def find_candidates(doc: Doc) -> list[Cand]:
    r = rules()
    text = doc.text
    cands: list[Cand] = []
    prev_had = False
    for si, sent in enumerate(doc.sents):
        toks = tokenize(sent.text, sent.start_char)
        found_here = False
        stext = sent.text.lower()

        def add(items, how, trig):
            nonlocal found_here
            for name, long in items:
                c = Cand(name, long, si, trig, how)
                if not valid(text, c):
                    break   # a list that starts (or goes on) with a body, a title or a degree is no list of names
                cands.append(c)
                found_here = True

        for i, t in enumerate(toks):
            nxt_i = i + 1
            # direct triggers: "inovasi X", "aplikasi X"
            if t.low in r["direct_triggers"] and nxt_i < len(toks):
                if t.text[0].isupper() and i > 0 and is_cap(toks[i - 1]) and toks[i - 1].text not in OPEN_Q:
                    continue   # inside a title ("Kompetisi Inovasi Pelayanan Publik", "Pusat Inovasi")
                items, _ = parse_items(toks, nxt_i, text, single=t.low in r["single_token_triggers"])
                add(items, "direct", i)
                continue
            # list triggers after an innovation word: "berbagai inovasi ..., seperti A, B, dan C"
            trig_len = 0
            for mt in r["_multi_list"]:
                parts = mt.split()
                if [x.low for x in toks[i:i + len(parts)]] == parts:
                    trig_len = len(parts)
                    break
            if not trig_len and t.low in r["list_triggers"]:
                trig_len = 1
            if trig_len:
                window = [x.low for x in toks[max(0, i - r["list_window"]):i]]
                if any(w in r["innovation_words"] for w in window) and not any(w in r["list_blockers"] for w in window):
                    items, _ = parse_items(toks, i + trig_len, text)
                    add(items, "list", i)
        # "Ada juga A (..) dan B (..)" continuing the previous sentence's list
        if prev_had:
            for ct in r["continuation_triggers"]:
                if stext.startswith(ct + " "):
                    n = len(ct.split())
                    items, _ = parse_items(toks, n, text)
                    add(items, "continuation", 0)
        # lowercase-prefixed technology names
        if any(w in stext for w in r["tech_context"]):
            for t in toks:
                if r["_tech"].fullmatch(t.text) and not t.text[0].isupper():
                    add([((t.start, t.end), None)], "tech", None)
        # "X atau disingkat Y"
        for m in r["_abbrev"].finditer(sent.text):
            a, b = m.start() + sent.start_char, m.end() + sent.start_char
            bi = next((k for k, t in enumerate(toks) if t.start >= b), None)
            ai = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].end <= a), None)
            if bi is None or ai is None:
                continue
            bj = cap_run(toks, bi)
            ak = ai
            while ak >= 0 and (is_cap(toks[ak]) or toks[ak].low in r["inner_connectors"] and ak < ai):
                ak -= 1
            ak += 1
            if bj > bi and ak <= ai:
                add([((toks[bi].start, toks[bj - 1].end), (toks[ak].start, toks[ai].end))], "abbrev", None)
        prev_had = found_here
        # "Y, yang merupakan singkatan dari X": long form for an earlier name
        for m in r["_expand"].finditer(sent.text):
            a, b = m.start() + sent.start_char, m.end() + sent.start_char
            end = re.search(r"[,.;”\"’‘)]|$", text[b:sent.end_char])
            long = (b, b + end.start())
            longtxt = text_of(text, long).strip()
            before = text[sent.start_char:a].rstrip(" ,")
            for c in cands:
                nm = clean_name(text_of(text, c.name))
                if before.endswith(nm) and c.long is None and derives(nm, longtxt):
                    c.long = (long[0], long[0] + len(longtxt))
                    break
            else:
                ai = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].end <= a), None)
                if ai is not None:
                    ak = ai
                    while ak >= 0 and is_cap(toks[ak]):
                        ak -= 1
                    if ak + 1 <= ai and derives(text_of(text, (toks[ak + 1].start, toks[ai].end)), longtxt):
                        c = Cand((toks[ak + 1].start, toks[ai].end), (long[0], long[0] + len(longtxt)), si, None,
                                 "expansion")
                        if valid(text, c):
                            cands.append(c)
    return cands


def dedupe(text: str, cands: list[Cand]) -> list[Cand]:
    out: dict[str, Cand] = {}
    long_spans = [c.long for c in cands if c.long]
    for c in sorted(cands, key=lambda c: c.name[0]):
        if any(ls[0] <= c.name[0] and c.name[1] <= ls[1] for ls in long_spans):
            continue   # the long form of another name
        key = clean_name(text_of(text, c.name)).lower()
        if key in out:
            if out[key].long is None and c.long is not None:
                out[key].long = c.long
            continue
        out[key] = c
    return list(out.values())


# --- owners -------------------------------------------------------------------------------------

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


def _agency_value(doc: Doc, span: tuple[int, int]) -> Found:
    mentions = (doc._.found or {}).get("agency_mentions") or []
    for m in mentions:
        if isinstance(m, Found) and m.start < span[1] and span[0] < m.end and m.value:
            return Found(m.value, span[0], span[1], "rule:innovation_owner+agency_mentions")
    name = re.sub(r"\s*\([^)]*\)?", "", doc.text[span[0]:span[1]])
    return Found(clean_name(name), span[0], span[1], "rule:innovation_owner")


def _composite(doc: Doc, bidang: Found, before: int) -> Found:
    """'Bidang X' of a Dinas named earlier -> 'Bidang X Dinas Y'."""
    low = bidang.value.lower()
    if not low.startswith("bidang") or re.search(r"\b(dinas|badan|bappeda|sekretariat)\b", low[6:]):
        return bidang
    best = None
    for m in re.finditer(r"\b(?:Dinas|Badan)(?:\s+(?:[A-Z][\w’'-]*|dan|&))+", doc.text[:before]):
        best = m
    if best:
        name = re.sub(r"\s+(?:dan|&)$", "", best.group())
        name = _agency_value(doc, (best.start(), best.start() + len(name))).value
        return Found(f"{bidang.value} {name}", bidang.start, bidang.end, "rule:innovation_owner+bidang")
    return bidang


def assign_owners(doc: Doc, cands: list[Cand]) -> None:
    r = rules()
    sents = list(doc.sents)
    last: Cand | None = None
    government: Found | None = None
    for c in cands:
        sent = sents[c.sent]
        toks = tokenize(sent.text, sent.start_char)
        ti = next((k for k, t in enumerate(toks) if t.start >= c.name[0]), None)
        owner = None
        trig = c.trig if c.trig is not None else ti
        if c.trig is not None and toks[c.trig].low in r["single_token_triggers"]:
            c.agency, c.agency_how, last = None, "skip", c   # "Inovator X Name": owner not stated
            continue
        if trig is not None and trig > 0:
            # "dari RSUD X dengan inovasi Y"
            if toks[trig - 1].low in {"dengan", "melalui", "lewat", "punya", "milik"}:
                span = _body_before(toks, trig - 1)
                if span:
                    owner = _agency_value(doc, span)
        if owner is None:
            # "Dari Bidang X (..), muncul ... inovasi Y"
            if toks and toks[0].low in {"dari", "di"}:
                span = _body_after(toks, 1)
                if span and span[1] <= c.name[0]:
                    owner = _agency_value(doc, span)
        if owner is None:
            # "Pemerintah Kabupaten X telah memiliki berbagai inovasi ..., seperti A, B"
            before = doc.text[sent.start_char:c.name[0]].lower()
            if any(re.search(rf"\b{re.escape(v)}\b", before) for v in r["owner_verbs"]):
                for k in range(len(toks)):
                    if toks[k].start >= c.name[0]:
                        break
                    if toks[k].low in r["body_heads"] and (k == 0 or not is_cap(toks[k - 1])):
                        span = _body_after(toks, k)
                        if span and span[1] <= c.name[0]:
                            owner = _agency_value(doc, span)
                            owner = Found(owner.value, owner.start, owner.end, owner.method + "+owner_verb")
                            break
        if owner is None:
            # "... yang diinisiasi oleh Kepala Bagian Umum Sekretariat Daerah Kota X"
            after = doc.text[c.name[1]:sent.end_char]
            m = re.search(r"\b(?:di\s?inisiasi|digagas|dicetuskan|diprakarsai)\s+oleh\s+", after, re.IGNORECASE)
            if m:
                b = c.name[1] + m.end()
                atoks = tokenize(doc.text[b:sent.end_char], b)
                k = 0
                while k < len(atoks) and atoks[k].low in r["position_words"]:
                    k += 1
                span = _body_after(atoks, k)
                if span and span[0] == atoks[k].start:
                    owner = _agency_value(doc, span)
        if owner is None and last is not None and last.agency is not None and (
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
                owner = _agency_value(doc, span)
                for c in cands:
                    if c.agency is None and c.agency_how != "skip":
                        c.agency = owner


@Language.factory("inovasi_innovations")
def make_innovations(nlp: Language, name: str):
    return find_innovations


def find_innovations(doc: Doc) -> Doc:
    ensure_state(doc)
    if is_form(doc):
        return doc
    text = doc.text
    cands = dedupe(text, find_candidates(doc))
    assign_owners(doc, cands)
    out = []
    for c in cands:
        name_f = found(text, c.name, f"{METHOD}:{c.how}")
        long_f = found(text, c.long, f"{METHOD}:long_form") if c.long else None
        out.append({"name": name_f, "long_name": long_f, "agency": c.agency, "jenis": None, "bentuk": None,
                    "inisiator": None, "tahapan": None, "trial_date": None, "implementation_date": None})
    if out or "innovations" not in doc._.draft:
        doc._.draft["innovations"] = out
    return doc
