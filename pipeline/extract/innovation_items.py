"""Reading the names that follow a trigger: one name, or a list ("A, B (Long B) dari Dinas X, dan C").

An item is a quoted name, a capitalised run, "NAME (Long Form)", "Long form (NAME)", "NAME atau Long Form" or
"NAME yakni Long Form"; a listed item may carry its owner ("... dari Puskesmas Y") and a rank ("juara 2 ...").
"""
from __future__ import annotations

import re

from .common import abbreviates
from .innovation_text import (CLOSE_Q, OPEN_Q, TECH_LOWER, Tok, cap_run, derives, find_close, is_acronym, is_cap,
                              is_word, rules, text_of)

STOPS = {".", "!", "?", ";", ":", "\n"}
RANK = re.compile(r"(?:\d{1,2}|ke-?\d{1,2}|i{1,3}|iv|v|pertama|kedua|ketiga|keempat|kelima|utama)")
NUMERIC = re.compile(r"[\d\s/.,-]+")
AFTER_LAST = {"yang", "sebagai", "yakni", "yaitu", "merupakan", "juga", "telah", "sudah", "menjadi",
              # a preposition or time word closing the clause ("inovasi A dan B di hadapan tim juri", "... kepada warga")
              "di", "kepada", "pada", "dalam", "saat", "ketika", "sejak", "untuk", "bagi", "guna", "agar", "sehingga"}


CLAUSE_VERB = re.compile(r"(?:di|me|ber)[a-z]{4,}")   # "diperbarui", "menjadi", "berjalan": the clause goes on


class Ctx:
    """What item parsing needs besides the tokens: the text, and body mentions as char start -> end."""

    def __init__(self, text: str, bodies: dict[int, int] | None = None):
        self.text, self.bodies = text, bodies or {}


def _paren(toks: list[Tok], j: int, limit: int = 18) -> tuple[int, int] | None:
    if j < len(toks) and toks[j].text == "(":
        close = find_close(toks, j, {")"}, limit)
        if close is not None and close > j + 1:
            return j, close
    return None


def _short_ok(s: str) -> bool:
    """A short form in parentheses can be a name: letters, not a code ("S1") or a year."""
    s = s.strip()
    return len(s) >= 3 and bool(re.search(r"[A-Za-z]{2}", s)) and not re.fullmatch(r"[A-Za-z]{1,2}\d+", s)


def _long_ok(s: str) -> bool:
    """An expansion given in parentheses after a listed name ("SehatKu (Bersama Kita Sehat Desa)")."""
    words = s.split()
    return len(words) >= 2 and s[:1].isupper() and words[0].lower() not in rules()["bad_long_first_words"]


def _piece_ok(toks: list[Tok], a: int, b: int, lenient: bool) -> bool:
    """toks[a:b] can be a long form written before "(SHORT)": no sentence stop, a comma only before a capital."""
    if b <= a or b - a > 16 or not (lenient or is_cap(toks[a])):
        return False
    for k in range(a, b):
        t = toks[k].text
        if t in STOPS or t in OPEN_Q or t in CLOSE_Q or t in {"(", ")"}:
            return False
        if t == "," and (k + 1 >= b or not is_cap(toks[k + 1])):
            return False
        if toks[k].low in rules()["owner_markers"] and k + 1 < b and toks[k + 1].low in rules()["body_heads"]:
            return False   # "A dari Dinas X dan Sistem Y (SY)": an owner ends the first item, no long form spans it
        if toks[k].low == "yang" and k + 1 < b and toks[k + 1].low in rules()["creation_verbs"] | rules()["running_verbs"]:
            return False   # "A yang digagas Dinas X, SIBORU (...)": so does "yang" and a verb of making or running
    return True


def _span(toks: list[Tok], a: int, b: int) -> tuple[int, int]:
    return toks[a].start, toks[b - 1].end


def one_item(toks: list[Tok], i: int, ctx: Ctx, lenient: bool = False):
    """(name_span, long_span|None, index after) of the item at toks[i], or None."""
    n, text = len(toks), ctx.text
    t = toks[i]
    if t.text in OPEN_Q:
        k = find_close(toks, i, CLOSE_Q, 16)
        if k is None or k == i + 1 or not is_cap(toks[i + 1]):
            return None
        name, long = _span(toks, i + 1, k), None
        p = next((q for q in range(i + 2, k) if toks[q].text == "("), None)
        if p is not None and toks[k - 1].text == ")" and p + 1 < k - 1:   # “NAME (Long Form)” inside quotes
            nm, ln = _span(toks, i + 1, p), _span(toks, p + 1, k - 1)
            if derives(text_of(text, nm), text_of(text, ln)):
                name, long = nm, ln
            elif is_acronym(text_of(text, ln)) and derives(text_of(text, ln), text_of(text, nm)):
                name, long = ln, nm   # “Ambulans Motor Kampung (AMOK)”: the long form, then its short name
        j = k + 1
        pr = _paren(toks, j)
        if pr and long is None:
            inner = _span(toks, pr[0] + 1, pr[1])
            ntxt, itxt = text_of(text, name), text_of(text, inner)
            if derives(ntxt, itxt) and len(ntxt) < len(itxt):
                long, j = inner, pr[1] + 1
            elif len(itxt) < len(ntxt) and _short_ok(itxt) and (derives(itxt, ntxt) or is_acronym(itxt)) \
                    and not _owner_in_parens(toks, j, ctx):
                # “Long Form” (SHORT); not “Gerbang Desa” (DPMD): the body that owns it
                name, long, j = inner, name, pr[1] + 1
        elif long is None and j + 1 < n and toks[j].low == "atau" and is_cap(toks[j + 1]):
            # “LAYAR TERKEMBANG” atau Layanan Administrasi Rakyat Terpadu Kembang
            e = _through_commas(toks, j + 1, long_run(toks, j + 1), text_of(text, name), text)
            if derives(text_of(text, name), text_of(text, _span(toks, j + 1, e))):
                long, j = _span(toks, j + 1, e), e
        return name, long, j
    # a long form running up to a parenthesis ("Warga Datang, Akta Langsung Jadi (Wadah Jadi)")
    k = next((k for k in range(i + 1, min(n, i + 18)) if toks[k].text in STOPS or toks[k].text in "()"), None)
    pr = _paren(toks, k) if k is not None else None
    if pr and _piece_ok(toks, i, k, lenient or TECH_LOWER.fullmatch(toks[k + 1].text) and pr[1] == k + 2):
        piece, inner = _span(toks, i, k), _span(toks, k + 1, pr[1])
        ptxt, itxt = text_of(text, piece), text_of(text, inner)
        if len(itxt) < len(ptxt) and len(ptxt.split()) <= 12 and _short_ok(itxt) and (
                derives(itxt, ptxt) or lenient and cap_run(toks, i) == k and is_cap(toks[k + 1])) \
                and not _body_abbreviation(itxt) and not _owner_in_parens(toks, k, ctx):
            return inner, piece, pr[1] + 1   # ("Lansia Mandiri Sejahtera (Sahabat Lansia)" in a list; not "Apotek
            # Hidup Keluarga (Dinas Pendidikan)": its owner)
        if len(ptxt) < len(itxt) and cap_run(toks, i) == k and derives(ptxt, itxt):
            return piece, inner, pr[1] + 1
    if t.low in rules()["direct_triggers"] and i + 1 < n and (toks[i + 1].text.isupper() and lenient
                                                              or toks[i + 1].text in OPEN_Q):
        return one_item(toks, i + 1, ctx, lenient)   # "Aplikasi SMART (...)" in a list, 'Gerakan "Mama Sehat"'
        # anywhere: the name is SMART, Mama Sehat
    if TECH_LOWER.fullmatch(t.text):
        return (t.start, t.end), None, i + 1   # "aplikasi e-lapor"
    if not is_cap(t):
        if lenient:   # "antara lain perizinan online Izin.Kita": a few describing words before the name
            k = i
            while k < min(n, i + 5) and toks[k].low.isalpha() and toks[k].low == toks[k].text \
                    and toks[k].low not in rules()["describer_stops"] and toks[k].low not in rules()["owner_markers"]:
                # (not "sigap nagari milik Dinas X": a name in lower case and its owner)
                k += 1
            if k > i and k < n and (is_cap(toks[k]) or TECH_LOWER.fullmatch(toks[k].text)
                                    or toks[k].text in OPEN_Q and k + 1 < n and is_cap(toks[k + 1])):
                # ('layanan pengaduan "Sapa Warga"': the describing words, then the name in quotes)
                res = one_item(toks, k, ctx, lenient=False)
                if res and (res[2] >= n or toks[res[2]].text in {",", ".", ";"} or toks[res[2]].low in {"dan", "serta"}
                            or owner_after(toks, res[2], ctx, place=True) is not None
                            or toks[res[2]].low == "yang" and res[2] + 1 < n
                            and toks[res[2] + 1].low in rules()["creation_verbs"] | rules()["running_verbs"]):
                    return res   # a listed item, not a clause ("yakni akselerasi ... Usaha X (UX) melalui ..."), or
                    # one with its body after it ("layanan perizinan kilat One Hour Service di Dinas X") or what runs
                    # it ("bank sampah digital Runtah Jadi Rupiah yang dijalankan di sejumlah desa")
        return None
    j = cap_run(toks, i)
    if j == i:
        return None
    name, long = _span(toks, i, j), None
    ntxt = text_of(text, name)
    pr = _paren(toks, j)
    if pr:   # "NAME (Long Form)" or "Long Form (NAME)" right after the run; "(2021)" is skipped
        inner = _span(toks, pr[0] + 1, pr[1])
        itxt = text_of(text, inner)
        if len(itxt) < len(ntxt) and _short_ok(itxt) and (derives(itxt, ntxt) or lenient and is_acronym(itxt)
                                                           and not _body_abbreviation(itxt)):
            return inner, name, pr[1] + 1
        a = i
        while a < j - 2 and toks[a].low in rules()["innovation_words"] | rules()["direct_triggers"]:
            a += 1
        if a > i and _short_ok(itxt) and derives(itxt, text_of(text, _span(toks, a, j))):
            return inner, _span(toks, a, j), pr[1] + 1   # "Layanan Tilamuta Cepat Tanggap (TICEPAT)": the kind
            # of innovation, then the words the short name spells
        if derives(ntxt, itxt) or lenient and _long_ok(itxt):
            return name, inner, pr[1] + 1
        if NUMERIC.fullmatch(itxt):
            return name, None, pr[1] + 1
        return name, None, j
    k = j + 1 if j < n and toks[j].text == "," else j
    q = int(k + 2 < n and toks[k + 1].text in OPEN_Q)   # 'BENTO alias "Bersih Lingkungan Tanpa Ongkos"'
    if k + 1 + q < n and toks[k].low in LONG_FORM_LINKS and is_cap(toks[k + 1 + q]):
        e = _through_commas(toks, k + 1 + q, long_run(toks, k + 1 + q), ntxt, text)
        other = _span(toks, k + 1 + q, e)
        otxt = text_of(text, other)
        if q and not (e < n and toks[e].text in CLOSE_Q):
            return name, None, j
        if derives(ntxt, otxt) and len(ntxt) < len(otxt):   # "Tukar Sampah atau Tabungan Uang dari Sampah"
            return name, other, e + q
        if toks[k].low == "atau" and derives(otxt, ntxt) and len(otxt) < len(ntxt):
            return other, name, e + q
    return name, None, j


# words between a name and its long form ("SAPU JAGAT alias Satu Pintu ...", "PELITA, kepanjangannya Pelalawan ...")
LONG_FORM_LINKS = {"atau", "yakni", "yaitu", "alias", "kepanjangannya", "singkatannya"}


def long_run(toks: list[Tok], i: int) -> int:
    """End of a capitalised long form from toks[i], which may hold "dan" ("Mudah dan Aman")."""
    j = cap_run(toks, i)
    while j + 1 < len(toks) and toks[j].low in {"dan", "&"} and is_cap(toks[j + 1]):
        j = cap_run(toks, j + 1)
    return j


def spelt_through_and(toks: list[Tok], i: int, e: int, name: str) -> int:
    """A long form toks[i:e] that goes on after "dan" when only then it spells the name ("FAHASARA atau Fasilitasi
    Hak Sipil Anak dan Remaja"); not past a "dan" that joins something else ("... Pelayanan dan Bupati X ...")."""
    if abbreviates(name, " ".join(t.text for t in toks[i:e])):
        return e
    j = e
    while j + 1 < len(toks) and toks[j].low in {"dan", "&"} and is_cap(toks[j + 1]):
        j = cap_run(toks, j + 1)
        if abbreviates(name, " ".join(t.text for t in toks[i:j])):
            return j
    return e


def _owned_last_item(toks: list[Tok], i: int, ctx: Ctx) -> tuple[tuple, int] | None:
    """The item after a later ", serta"/", dan" of the same sentence, when its owner follows it."""
    for k in range(i, min(len(toks) - 1, i + 30)):
        if toks[k].text in STOPS:
            return None
        if toks[k].low == "serta" or toks[k].low == "dan" and k > 0 and toks[k - 1].text == ",":
            res = one_item(toks, k + 1, ctx, True)
            got = owner_after(toks, res[2], ctx, True) if res else None
            return ((res[0], res[1], got[0]), got[1]) if got else None
    return None


def _through_commas(toks: list[Tok], i: int, e: int, name: str, text: str) -> int:
    """A long form that goes on after a comma when the name needs it to be spelt ("PINYUH CEPAT atau Pelayanan
    Informasi dan Pengaduan Yang Humanis, Cepat dan Tepat milik ..."), not the next item of a list."""
    if not (e + 1 < len(toks) and toks[e].text == "," and is_cap(toks[e + 1])):
        return e
    own = {w for w in re.findall(r"\w+", name.casefold()) if len(w) >= 4}
    spelt = abbreviates(name, " ".join(t.text for t in toks[i:e]))
    further = e
    while further + 1 < len(toks) and toks[further].text == "," and is_cap(toks[further + 1]):
        start, further = further + 1, long_run(toks, further + 1)
        if own & {t.low for t in toks[start:further]} \
                or not spelt and abbreviates(name, " ".join(t.text for t in toks[i:further])):
            return further   # a word of the name is spelt out after the comma, or the name is spelt only with it
    return e


def rank(toks: list[Tok], i: int) -> int:
    """Index after a rank ("juara 2", "juara ke-3 adalah") at toks[i], or i."""
    r = rules()
    if i + 1 < len(toks) and re.fullmatch(r"\d{1,2}|[a-e]", toks[i].low) and toks[i + 1].text in {")", "."}:
        return i + 2   # "yaitu: 1) A, 2) B"
    if i + 2 < len(toks) and toks[i].text == "(" and re.fullmatch(r"\d{1,2}|[a-e]", toks[i + 1].low) \
            and toks[i + 2].text == ")":
        return i + 3   # "yaitu (1) A; (2) B"
    if i + 1 < len(toks) and toks[i].low in r["rank_words"] and RANK.fullmatch(toks[i + 1].low):
        i += 2
        while i < len(toks) and toks[i].low in {"adalah", "yaitu", "yakni", "diraih", "oleh", "inovasi", "diberikan",
                                                "kepada", "ditempati", "jatuh", "pada", ":", "-", "–", "—"}:
            i += 1
    return i


def owner_after(toks: list[Tok], j: int, ctx: Ctx, place: bool = False) -> tuple[tuple[int, int], int] | None:
    """The body after a listed name ("dari Dinas X (DX)", "yang digagas Puskesmas Y", "hasil inovasi Dinas Z"); with
    `place` (an item of a list), also "di RSUD Y" (after a single name, "di" says where it was launched)."""
    r = rules()
    n = len(toks)
    k = j + 1 if j < n and toks[j].low == "juga" else j
    if k + 1 < n and toks[k].low == "yang" and toks[k + 1].low in {"dibuat", "milik"} | r["creation_verbs"] \
            | r["running_verbs"]:   # ("yang digagas", "yang dijalankan RSUD X")
        k += 2
        k += 1 if k < n and toks[k].low == "oleh" else 0
    elif k + 1 < n and toks[k].low == "hasil" and toks[k + 1].low == "inovasi":
        k += 2
    elif k < n and toks[k].low in r["owner_markers"]:
        k += 1
    elif place and k + 1 < n and toks[k].low in r["place_owner_markers"] and (
            toks[k + 1].low in r["body_heads"] or toks[k + 1].start in ctx.bodies):
        k += 1   # "Gerai Susu Ibu di RSUD X": a body's unit where the innovation runs
    else:
        return None
    if k >= n or not is_cap(toks[k]):
        return None
    end = ctx.bodies.get(toks[k].start)
    if end is not None:
        e = k
        while e < n and toks[e].end <= end:
            if e > k and toks[e].low in {"dan", "serta"} and _body_abbreviation(toks[e - 1].text, fields=True):
                break   # "dari Dinas Kominfo dan Sistem Informasi X (SX)": an abbreviated body ends there
            e += 1
        while e < n and is_cap(toks[e]) and toks[e].low not in r["owner_markers"]:
            e += 1   # "Dinas Perhubungan Jatim" where the mention ends before the region
    elif toks[k].low not in r["body_heads"] and not (toks[k].text.isupper() and (
            toks[k - 1].low != "oleh" or _body_abbreviation(toks[k].text))):
        return None   # "oleh Wayan, S.Pd": a person presents it; "Milik Jabar Raih ...": a headline ("oleh DPMD": a body)
    else:   # a body head ("Puskesmas Kurun", "milik Desa Maju") or an acronym ("dari PDAM")
        e = k + 1
        while e < n and (is_cap(toks[e]) and toks[e].low not in r["owner_markers"] or _school_number(toks, e)):
            e += 1
    span = _span(toks, k, e)
    pr = _paren(toks, e, 8)
    if pr:
        e = pr[1] + 1   # "(DPMPTSP)"
    if e + 1 < n and toks[e].low == "pada" and toks[e + 1].start in ctx.bodies:
        parent_end = ctx.bodies[toks[e + 1].start]   # "milik UPTD Laboratorium pada Dinas Lingkungan Hidup, B ...":
        while e < n and toks[e].end <= parent_end:    # the unit's parent body, then the list goes on
            e += 1
    return span, e


def _school_number(toks: list[Tok], e: int) -> bool:
    """The number of a state school ("SD Negeri 3 Maumere", "SMPN 2 Nita"), part of its name."""
    return toks[e].text.isdigit() and len(toks[e].text) <= 3 and e + 1 < len(toks) and is_cap(toks[e + 1]) \
        and (toks[e - 1].low == "negeri" or toks[e - 1].low in rules()["school_words"])


def _body_abbreviation(s: str, fields: bool = False) -> bool:
    """"DP2KB", "Dinkes": a body's fixed abbreviation (rules/agencies/nomenclature.csv), not a name's short form;
    with `fields`, also a body's field ("Kominfo" in "Dinas Kominfo")."""
    from ..nomenclature import abbreviations
    abbr = abbreviations().get(s.strip().casefold())
    return abbr is not None and abbr.kind in ({"body", "unit", "field"} if fields else {"body", "unit"})


def _region_source(toks: list[Tok], j: int) -> int:
    """Index after "dari Kabupaten X" ("Mobil Curhat dari Kabupaten X dan Y dari Kota Z": where a replicated
    innovation comes from), or j."""
    n = len(toks)
    if j + 2 < n and toks[j].low in {"dari", "milik"} and toks[j + 1].low in rules()["region_source_words"] \
            and is_cap(toks[j + 1]) and is_cap(toks[j + 2]):
        e = j + 2
        while e < n and is_cap(toks[e]) and toks[e].low not in rules()["owner_markers"]:
            e += 1
        return e
    return j


def _owner_in_parens(toks: list[Tok], j: int, ctx: Ctx) -> tuple[tuple[int, int], int] | None:
    """The body in parentheses after a listed name ("Si Pintar (Dinas Pendidikan), Posyandu Remaja (Dinkes)")."""
    pr = _paren(toks, j, 12)
    if pr is None:
        return None
    a, b = pr[0] + 1, pr[1]
    end = ctx.bodies.get(toks[a].start)
    if end is not None and end >= toks[b - 1].end or toks[a].low in rules()["body_heads"] and is_cap(toks[a]) \
            or b == a + 1 and _body_abbreviation(toks[a].text):
        return _span(toks, a, b), b + 1
    return None


PREVIOUS = {"sebelumnya", "terdahulu", "lainnya", "terbaru", "terbarunya", "pertama", "andalan", "unggulan"}


def _past_clause(toks: list[Tok], j: int, limit: int = 20) -> int | None:
    """From a listed item's relative clause ("yang ...") to the next item: the index after ", serta"/", dan" when
    the clause has no other comma and a capitalised item follows within `limit` tokens, else None."""
    n = len(toks)
    for k in range(j + 1, min(n - 2, j + limit)):
        if toks[k].text in {".", ";", ":", "(", ")"} or toks[k].text in OPEN_Q:
            return None
        if toks[k].text == ",":
            if toks[k + 1].low in {"serta", "dan"} and (is_cap(toks[k + 2]) or toks[k + 2].text in OPEN_Q):
                return k + 2
            return None
    return None


def _spells_previous(toks: list[Tok], previous: tuple, name: tuple[int, int], long) -> bool:
    """Is the item `name`, right after a comma, the long form of the previous item, an acronym in capitals without
    one ("DUSAMAH, Dukcapil Sampai Rumah, yang ...")?"""
    (ps, pe), plong, _ = previous
    if plong is not None or long is not None:
        return False
    run = [t for t in toks if ps <= t.start and t.end <= name[1]]
    if [t.text for t in run if pe <= t.start and t.end <= name[0]] != [","]:
        return False
    short = "".join(t.text for t in run if t.end <= pe)
    full = " ".join(t.text for t in run if name[0] <= t.start)
    if re.match(r"[EeIiMm]-", short) and short[0].casefold() != full[0].casefold():
        short = short[2:]   # "E-SIMBAH, Sistem Informasi Bank Sampah": the prefix stays out of the long form
    if short.replace("-", "").isupper():
        return len(short) >= 3 and abbreviates(short, full)
    # "Si Galuh, Sistem Informasi Gerbang Layanan Umum Harian, ...": a prefixed name in Title case spelt by three or
    # more capitalised words after it
    words = full.split()
    return bool(re.match(r"(?:Si|E|e)-?[A-Z]", short)) and len(words) >= 3 \
        and all(w[:1].isupper() or w in ("dan", "di", "ke") for w in words) and abbreviates(short, full)


def parse_items(toks: list[Tok], i: int, ctx: Ctx, mode: str = "direct") -> tuple[list[tuple], int]:
    """Names from toks[i]: [(name_span, long_span|None, owner_span|None)] and the index reached.

    mode "single": one token only (after "Inovator"; a "Si"/"E" prefix with its word); "list": after "seperti"/"antara lain" (lowercase long forms,
    ranks and plain parenthesised expansions allowed); "direct": after "inovasi"/"aplikasi".
    """
    items: list[tuple] = []
    n = len(toks)
    if mode == "single":
        if i >= n or not is_cap(toks[i]):
            return [], i + 1
        j = i + 1 if i + 1 < n and toks[i].low in ("si", "e", "i", "m") and is_cap(toks[i + 1]) else i
        if j > i:
            j = max(j, cap_run(toks, i) - 1)   # "Inovator Si Jempol Bunda, bidan ...": a prefixed name runs on
        return [((toks[i].start, toks[j].end), None, None)], j + 1   # "Inovator SI BIJAK": a prefix and its word
    lenient = mode == "list"
    while lenient and i < n and toks[i].text in {":", ","}:
        i += 1
    lead_owner = None
    end = ctx.bodies.get(toks[i].start) if i < n and mode == "direct" else None
    if end is not None:   # "inovasi Dinas Sosial SI PEKA (Peduli Keluarga Lansia)": owner, then name
        k = i
        while k < n and toks[k].end <= end:
            k += 1
        body_end = k
        if k + 1 < n and toks[k].low in PREVIOUS and toks[k + 1].text == ",":
            k += 1   # "inovasi Dinkes sebelumnya, POSKESTREN GEMILANG, layanan ...": the body's earlier innovation
        if k < n and toks[k].text.isupper() and is_cap(toks[k]):
            lead_owner, i = (toks[i].start, toks[k - 1].end), k
        elif k + 1 < n and toks[k].text == "," and (is_cap(toks[k + 1]) or toks[k + 1].text in OPEN_Q):
            # "inovasi Kecamatan Sukamaju, Si Bening, meraih ...": the body's innovation in apposition
            res = one_item(toks, k + 1, ctx)
            if res and res[2] < n and toks[res[2]].text == "," and res[0][0] not in ctx.bodies \
                    and not (res[2] + 1 < n and toks[res[2] + 1].low in rules()["speech_verbs"]):
                # (not "Operator inovasi Puskesmas X, Yuliana Kartika, mengaku ...": a speaker after her unit)
                return [(res[0], res[1], (toks[i].start, toks[body_end - 1].end))], res[2]
    if end is None and mode == "direct" and i < n and is_cap(toks[i]) \
            and toks[i].low in rules()["honorific_offices"] | rules()["position_words"]:
        k = cap_run(toks, i)   # "program unggulan Bupati Situbondo, Sahabat Lansia, ...": an office's programme
        if k + 1 < n and toks[k].text == ",":
            res = one_item(toks, k + 1, ctx)
            if res and res[2] < n and toks[res[2]].text == "," and any(
                    x.low in rules()["name_qualities"] for x in toks[k + 1:res[2]]):
                return [(res[0], res[1], None)], res[2]
    last_item = False
    while i < n:
        if lenient:
            i = rank(toks, i)
            if i >= n:
                break
        res = one_item(toks, i, ctx, lenient)
        if res is None:
            last = _owned_last_item(toks, i, ctx) if lenient else None
            if last is not None:
                items.append(last[0])   # "A milik X, aplikasi a untuk ..., serta B (BB) yang dikelola Dinas Y": the
                i = last[1]   # list's last item with its owner, past an item written in lower case
            break
        name, long, j = res
        if items and long is None and items[-1][1] is None and j < n and toks[j].low in {"dan", "&"} \
                and toks[i].start == name[0]:
            short = text_of(ctx.text, items[-1][0])
            e = spelt_through_and(toks, i, j, short) if short.replace("-", "").replace(" ", "").isupper() else j
            if e > j and e < n and toks[e].text == ",":
                name, j = _span(toks, i, e), e   # "KOPI SUSU, Konsultasi Pelayanan Izin Usaha dan Surat-Surat, di ...":
                # the long form of the acronym before it runs on over "dan"
        owner, lead_owner = lead_owner, None
        got = owner_after(toks, j, ctx, lenient) or _owner_in_parens(toks, j, ctx)
        if got:
            owner, j = got
        else:
            j = _region_source(toks, j)
        nxt = toks[j] if j < n else None
        if items and nxt is not None and is_word(nxt) and nxt.low not in {"dan", "serta"} | AFTER_LAST \
                and not (lenient and last_item and (nxt.low in rules()["after_last_words"] or CLAUSE_VERB.fullmatch(nxt.text))):
            break   # "Bapperida dengan inovasi ...": a body, not a further name
        if items and _spells_previous(toks, items[-1], name, long):
            prev_name, _, prev_owner = items[-1]   # "GURUPULAU, Guru Kunjung Pulau, yang ...": the acronym's long form
            items[-1] = (prev_name, name, prev_owner or owner)
        else:
            items.append((name, long, owner))
        if nxt is None:
            break
        last_item = False   # after "dan"/"serta" the list's last item comes (the clause may go on after it)
        if nxt.text == "," or nxt.text == ";" and lenient:   # "meliputi: A; B; serta C"
            j += 1
            if j < n and toks[j].low in {"dan", "serta"}:
                j += 1
                last_item = True
        elif nxt.low in {"dan", "serta"}:
            j += 1
            last_item = True
        elif lenient and nxt.low == "yang" and (after := _past_clause(toks, j)) is not None:
            j = after   # "A dari X yang membawa layanan ke kampung-kampung, serta B milik Y": a clause about A
        else:
            break
        i = j
    return items, i
