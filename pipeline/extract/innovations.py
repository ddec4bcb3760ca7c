"""Named innovations in news text: `inovasi_innovations`.

Finds proper names of programmes, applications and service changes ("inovasi SALJU",
"aplikasi SIMODUS", quoted names, lists after "seperti"/"yaitu", "Long Form (SHORT)",
"X atau disingkat Y", "Y, singkatan dari X") and the body that owns each one.
Word lists live in rules/innovations.toml. Forms are skipped (forms.py fills them).
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .common import ensure_state, is_form
from .innovation_owners import assign_owners
from .innovation_text import (CLOSE_Q, OPEN_Q, Cand, Tok, _find_close, cap_run, clean_name, derives, found, is_cap,
                              is_word, rules, text_of, tokenize)

METHOD = "rule:innovation"


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
