"""Reading an official's phrase: the tokens from an office title to the name(s) and degrees after it
(`phrase`), and their split into the position and the people (`split_phrase`): a district's or village's
head with its place ("Camat Tamalate Budi Santoso"), an address after a local office, a military unit's
number, a list of names under one role ("dewan juri terdiri dari A, B dan C")."""
from __future__ import annotations

import re
from functools import lru_cache

from ..nomenclature import office_words, official_heads, opening_particles, place_taking_words, role_words
from . import common
from .official_names import DOTTED_INITIALS, Named, abbreviated, initial, name_word, people_at, rules
from .official_words import (CONNECTORS, Tok, bare, head_at, is_degree, is_honorific, is_prefix_degree, is_tail_degree,
                             local_place_at, name_like, region_at, region_ends_at, tokens)


_UNIT_NUMBER = re.compile(r"\d{1,4}|[IVXL]{1,6}")


@lru_cache(maxsize=1)
def _folded_heads() -> frozenset[str]:
    return frozenset(h.casefold() for h in official_heads())


@lru_cache(maxsize=1)
def _numbered_units() -> frozenset[str]:
    return frozenset(rules("numbered_units"))


def _unit_number(last: Tok, tok: Tok, nxt: Tok | None) -> bool:
    """A numbered unit's number after its name, or the '/' before its seat: 'Kodim 1621/Sikka'."""
    if tok.kind == "word" and last.text in _numbered_units():
        return _UNIT_NUMBER.fullmatch(tok.text) is not None
    return tok.text == "/" and nxt is not None and nxt.text[:1].isupper() \
        and _UNIT_NUMBER.fullmatch(last.text) is not None


def _place_number(toks: list[Tok], tok: Tok) -> bool:
    """A health centre's number after its place ("Kepala Puskesmas Wanadadi 1, Nama", "Puskesmas Sumber II"): a
    number or a Roman numeral right after the place's word, the unit's head among the three words before it."""
    return tok.kind == "word" and re.fullmatch(r"\d{1,2}|I{1,3}|IV", tok.text) is not None and toks[-1].kind == "word" \
        and toks[-1].text[:1].isupper() and toks[-1].end < tok.start \
        and any(t.text in rules("numbered_places") for t in toks[-3:-1])


def branch_place(name: str, position: str) -> bool:
    """"Kepala Bank X Cabang Lolak", "Kepala Puskesmas Pandaan.": one word in the title of a branch office or a health
    centre is its place, not a person (the caller keeps a person with a title: "Kepala Puskesmas dr. Nama")."""
    return len(name.split()) == 1 and any(bare(w) in place_taking_words() for w in position.split())


def _numbered_school(toks: list[Tok], k: int) -> bool:
    """toks[k] follows a numbered school's number ("Kepala SD Negeri 2 Kebo, Nama"): the school's place."""
    return k >= 2 and toks[k - 1].text.isdigit() and toks[k - 2].text in ("Negeri", "Inpres") \
        and toks[k - 1].end < toks[k].start


@lru_cache(maxsize=1)
def _lowercase_local_heads() -> frozenset[str]:
    return frozenset(h.casefold() for h in rules("local_heads") if " " not in h)


def phrase(text: str, start: int, limit: int) -> list[Tok]:
    """Tokens from an office title to the end of the name(s) and degrees after it."""
    toks: list[Tok] = []
    stream = tokens(text, start, limit)
    heads = _folded_heads()
    listing = False   # past "terdiri dari" / "yakni" of a group: a list of members follows
    skip_to = -1
    for j, tok in enumerate(stream):
        if j <= skip_to:
            continue
        nxt = stream[j + 1] if j + 1 < len(stream) else None
        if toks and (_unit_number(toks[-1], tok, nxt) or _place_number(toks, tok)):
            toks.append(tok)      # "Dandim 1621/Sikka Letkol Inf X": the unit's number and seat; "Puskesmas X 1"
            continue
        if tok.kind == "stop" and tok.text == ":" and nxt is not None and nxt.text[:1].isupper():
            toks.append(Tok(",", tok.start, tok.end, "comma"))
            continue
        if tok.kind == "stop":
            break
        if tok.kind == "bracket" and listing:
            continue   # a member's role or body: "A, M.Si (akademisi), B (praktisi) dan C (Bappeda)"
        if tok.kind == "bracket" and toks and is_prefix_degree(toks[-1].text) \
                and re.fullmatch(r"(?i)h\.?\s?c\.?|hon(?:oris)?\.?(?:\s?causa)?", tok.text.strip()):
            continue   # "Dr. (H.C.) Budi Santoso": an honorary doctorate, the title "Dr" all the same
        if tok.kind == "bracket" and toks and toks[-1].kind == "word" and is_tail_degree(toks[-1].text) \
                and not is_prefix_degree(toks[-1].text) and any(t.kind == "comma" for t in toks):
            break   # "Kepala Pelaksana BPBD, Andi Sultan, SE (BPBD)": the degree closed the name, a gloss follows
        if tok.kind == "bracket":
            inner = tok.text.strip()
            if re.search(r"[a-z]\w*\s+[A-Z]|,", inner) and not re.fullmatch(r"[A-Z][A-Za-z\- ]{0,25}", inner) \
                    and not head_at(inner, 0):
                toks.extend(tokens(text, tok.start, tok.end))   # "(Sahad Pardamaian, S.T)": the name itself
                break
            toks.append(tok)
            continue
        if tok.kind == "word" and not tok.text.lstrip("'‘“\"")[:1].isupper():
            if tok.text == "terdiri" and nxt is not None and nxt.text in ("dari", "atas"):
                stream[j + 1] = Tok(",", nxt.start, nxt.end, "comma")   # "dewan juri terdiri dari A, B dan C"
                listing = True
                continue
            if tok.text in ("yakni", "yaitu", "ialah", "adalah") and nxt is not None and toks \
                    and toks[-1].kind == "word" and nxt.text[:1].isupper() \
                    and any(bare(t.text) in rules("collective_roles") for t in toks):
                toks.append(Tok(",", tok.start, tok.end, "comma"))   # "tim juri yakni A, B dan C"
                listing = True
                continue
            if nxt is not None and common.is_head(nxt.text, text, nxt.start) \
                    and not any(t.kind == "comma" for t in toks) and (tok.text == "dari" and not head_at(text, nxt.start) or (
                        tok.text in ("di", "pada") and toks and bare(toks[-1].text) in common_office()
                        and nxt.text not in rules("not_before"))):
                toks.append(tok)        # "tim ahli dari Badan ...", "Kepala Seksi Inovasi di Bappeda X" (not "Bupati
                # X Samahuddin dari Kepala Badan Y ...": a second official's title after "dari")
                continue
            if tok.text in ("kami", "kita", "lainnya") and toks and toks[-1].kind == "word" and nxt is not None \
                    and nxt.kind == "comma":
                continue     # "Kabid Inovasi dan Teknologi kami, Nama": the speaker's own office; "Anggota Komisi I
                # lainnya, Nama": one more member
            if tok.text.isalpha() and nxt is not None and nxt.text in rules("anaphora") and toks \
                    and sum(t.kind == "word" for t in toks) >= 2 and toks[-1].kind == "word" \
                    and not any(t.kind == "comma" for t in toks) and j + 2 < len(stream) and stream[j + 2].kind == "comma":
                skip_to = j + 1   # "Wakil Direktur Bidang Akademik politeknik tersebut, Nama": the body named again
                continue
            if toks and toks[-1].kind == "comma" and sum(t.kind == "comma" for t in toks) == 1 \
                    and (aside := _aside_end(stream, j)) is not None:
                skip_to = aside   # "Kepala Desa Bambu, salah satu peserta rombongan, Hasanuddin,": an aside on
                continue          # the holder between the title and the name
            if tok.text in rules("name_links") and toks and toks[-1].text[:1].isupper() \
                    and nxt is not None and nxt.text[:1].isupper():
                toks.append(tok)     # "Siti Nurjanah binti Ahmad"
                continue
            if is_prefix_degree(tok.text) or tok.text in CONNECTORS or tok.text == "serta" or (
                    tok.text in common_office() and tok.text not in ("di", "dari")):
                toks.append(tok)
                continue
            if toks and bare(toks[-1].text) in ("kabupaten", "kota", "provinsi", "kab") and common.is_region_word(tok.text):
                toks.append(tok)   # "Kepala dinas pendidikan kabupaten sikka, X": an office written in lower case
                continue
            break
        if tok.kind == "word" and (common.is_calendar_word(tok.text) or bare(tok.text) in ("selaku", "sebagai")):
            if common.is_calendar_word(tok.text) and toks and bare(toks[-1].text) in rules("calendar_openers"):
                toks.pop()   # "Budi Santoso, Hari Senin (3/6)": the date's first word, not a person "Hari"
            break        # "Senin", or a second role: "Kabid X, Selaku PPK ..."
        if tok.kind == "word" and toks and toks[-1].text in ("dan", ",", "serta") \
                and head_at(text, tok.start):
            toks.pop()   # a second title starts: "Kepala X, Bupati Y ..." or "... dan Kepala Z"
            break
        if tok.kind == "word" and toks and toks[-1].kind == "word" and toks[-1].text.endswith(".") \
                and is_degree(toks[-1].text) and not is_prefix_degree(toks[-1].text) \
                and tok.text[:1].isupper() and not is_tail_degree(tok.text):
            break        # "..., SH,MA. Dalam kesempatan": the degree's dot ended the sentence
        toks.append(tok)
        if tok.kind == "word" and tok.text.endswith(".") and not is_tail_degree(tok.text) \
                and not is_prefix_degree(tok.text) and not is_honorific(tok.text) and len(tok.text) > 3 \
                and not abbreviated(tok.text) and bare(tok.text) not in heads and not DOTTED_INITIALS.fullmatch(tok.text) \
                and tok.text not in rules("prefixes") and tok.text not in rules("level_abbreviations"):
            break
    while toks and (toks[-1].kind != "word" or toks[-1].text in CONNECTORS or toks[-1].text == "serta"
                    or (toks[-1].text[:1].islower() and not is_prefix_degree(toks[-1].text))):
        toks.pop()   # a phrase ends on a word of the title or the name, not on "dan" or "dalam"
    if toks and ROLE_AFTER.match(text, toks[-1].end):
        _drop_next_person(toks)
    return toks


def _aside_end(stream: list[Tok], j: int) -> int | None:
    """Index of the comma closing a short aside in lower case that opens at stream[j] ("salah satu peserta rombongan,"),
    when a capitalised word follows it; else None."""
    for k in range(j, min(len(stream), j + 7)):
        t = stream[k]
        if t.kind == "comma":
            return k if k > j and k + 1 < len(stream) and stream[k + 1].text[:1].isupper() else None
        if t.kind != "word" or not t.text[:1].islower() or t.text in ("dan", "serta", "atau"):
            return None   # (a conjunction joins the next person: "Nama, ST, dan narasumber ..., Dr. Nama")
    return None


ROLE_AFTER = re.compile(r"\s*,?\s*(?:selaku|sebagai)\b", re.IGNORECASE)


def _drop_next_person(toks: list[Tok]) -> None:
    """"Budi selaku Kepala Dinas Kesehatan dan Ani Lestari selaku Camat": the capitalised words after the last "dan"
    that are no office's words name the next person, whose own role follows; the office ends before "dan"."""
    k = max((i for i, t in enumerate(toks) if t.text in ("dan", "serta")), default=None)
    if k is None or k == len(toks) - 1 or len(toks) - k - 1 > 4:
        return
    rest = toks[k + 1:]
    if all(t.kind == "word" and t.text[:1].isupper() and bare(t.text) not in common_office() for t in rest):
        del toks[k:]


def common_office() -> frozenset[str]:
    return office_words() | role_words()


def _after_local_head(toks: list[Tok], i: int) -> int | None:
    """Where a name may start after a district or village head at toks[i]: past the place it names
    ("Camat Tamalate Budi Santoso"), or right after the head when exactly two name words and no known
    place follow ("Camat Budi Santoso") or the words are plainly one person's name ("Camat I Made Sudarta");
    None when no such head stands there or the words say neither."""
    for head, kind in sorted(rules("local_heads").items(), key=lambda kv: -len(kv[0])):
        words = head.split()
        if [t.text for t in toks[i:i + len(words)]] != words:
            continue
        j = i + len(words)
        k = 0 if toks[j:j + 1] and toks[j].text in rules("name_particles") else local_place_at(toks, j, kind)
        if k and j + k < len(toks) and name_word(toks, j + k):
            if common.is_region_word(toks[j + k].text) and not (j + k + 1 < len(toks) and name_word(toks, j + k + 1)):
                return None   # "Camat Alok Barat Laut membuka": a place word ends the place, no person follows
            return j + k
        if k and (j + k >= len(toks) or toks[j + k].kind == "word" and not name_word(toks, j + k)):
            return j + k   # "Hadir pula Camat Tanah Grogot dan Camat Long Kali": the place, and no person after it
        run = 0
        while j + run < len(toks) and toks[j + run].kind == "word" and name_word(toks, j + run) \
                and not is_degree(toks[j + run].text):
            run += 1
        if k or run < 2 or common.is_region_word(toks[j].text):
            return None
        # two name words; or more that are plainly one person's ("I Made ...", "Moch. Arif ...", "Dewi H. Lubis")
        if run == 2 or toks[j].text in rules("name_particles") or abbreviated(toks[j].text) \
                or any(initial(toks[m], toks[m + 1]) for m in range(j + 1, j + run - 1)):
            return j
        return None
    return None


def _floor(toks: list[Tok]) -> int:
    """First index where a name may start: after a title that needs its body, after a bracket."""
    floor, i = 0, 0
    prefixes = sorted(rules("prefixes"), key=len, reverse=True)
    while i < len(toks):       # "Plt.", "Pelaksana Tugas"
        prefix = next((p for p in prefixes if " ".join(t.text for t in toks[i:i + len(p.split())]) == p), None)
        if prefix is None:
            break
        i += len(prefix.split())
    local = _after_local_head(toks, i)
    words = " ".join(t.text for t in toks[i:i + 3]) if local is None else ""
    floor = local or floor
    for head in sorted(rules("needs_body"), key=len, reverse=True) if words else ():
        if words == head or words.startswith(head + " ") or words.startswith(head + "."):
            after = i + len(head.split())
            if not (after < len(toks) and re.fullmatch(r"[A-Z]\.", toks[after].text)):
                floor = after + 1   # (not an initial opening the name: "Wakil Ketua T. Rahmah Yanti")
            break
    for k, t in enumerate(toks):
        if t.kind == "bracket":
            floor = max(floor, k + 1)
    return floor


def _address_part(toks: list[Tok], a: int, b: int) -> bool:
    """A segment that is a place of an address: a level word and its name ("Kecamatan Kelimutu", "Kab. Ende")."""
    return b - a >= 2 and toks[a].kind == "word" and toks[a].text in ADDRESS_LEVELS \
        and all(toks[k].kind == "word" and toks[k].text[:1].isupper() for k in range(a + 1, b))


@lru_cache(maxsize=1)
def _local_levels() -> dict[str, str]:
    """Level words before a district's or village's name, and which list of places names it (rules/regions
    kecamatan.txt, desa.txt): the bare village heads the agencies read (agency_vocab.VILLAGES) and their dotted
    shorthands (positions.toml level_abbreviations: "Kec.", "Kel.", "Ds.")."""
    from .agency_vocab import VILLAGES

    levels = {"Kecamatan": "kecamatan", "Distrik": "kecamatan", "Kelurahan": "desa"}
    levels.update({v.capitalize(): "desa" for v in VILLAGES})
    levels.update({short: levels[full] for short, full in rules("level_abbreviations").items() if full in levels})
    return levels


ADDRESS_LEVELS = {"Kecamatan", "Kec.", "Kelurahan", "Kel.", "Desa", "Kabupaten", "Kab.", "Kota", "Provinsi", "Prov.",
                  "Distrik"}


def _link(toks: list[Tok], k: int) -> bool:
    """A lowercase link between two name words: "Siti binti Ahmad", "Rosdiana br Hutabarat"."""
    return 0 < k < len(toks) - 1 and toks[k].text in rules("name_links") and name_word(toks, k - 1) \
        and name_word(toks, k + 1)


def _particle_within(toks: list[Tok], words: list[int], n: int) -> int:
    """A name particle one or two words into the run of name words after a unit's head ("Kepala UPTD Puskesmas
    Cabenge Andi Nurul Hikmah"): the words before it are the unit's place, the person starts at the particle
    (particles of three letters or more, "Ni", and the two-word openers; "I" may be a unit's numeral)."""
    from .agency_vocab import NAMED_HEADS

    if n >= len(words) or words[n] == 0:
        return n
    if toks[words[n] - 1].text.casefold() not in NAMED_HEADS:
        return n   # only after a unit named by its place ("Puskesmas Cabenge"), not a field ("Dinas Kesehatan Rahmat Andi")
    particles, openers = opening_particles()
    texts = [toks[w].text for w in words]
    for m in (n + 1, n + 2):
        if m + 1 >= len(texts) or not all(t[:1].isupper() for t in texts[n:m]):
            break
        if texts[m] in particles or any(tuple(texts[m:m + len(o)]) == o for o in openers):
            return m
    return n


def split_phrase(toks: list[Tok], listed: bool = False) -> tuple[list[Tok], list[Named]] | None:
    """(position tokens, people) of a phrase, or None without a name."""
    floor = _floor(toks)
    commas = [k for k, t in enumerate(toks) if t.kind == "comma"]
    bounds = [-1] + commas + [len(toks)]
    segments = [(bounds[s] + 1, bounds[s + 1]) for s in range(len(bounds) - 1)]
    start = None
    if len(segments) > 1 and segments[0][1] > segments[0][0]:
        a, b = segments[1]
        words = [k for k in range(a, b) if toks[k].kind == "word"]
        if words and words[0] == a and a >= floor and (
                is_honorific(toks[a].text) or is_prefix_degree(toks[a].text)
                or all(name_word(toks, k) or toks[k].text in ("dan", "serta") or _link(toks, k)
                       or k > a and is_degree(toks[k].text) for k in words)):
            start = a    # "Camat Sungai Raya, Amirudin,", "Kepala Puskesmas Sei Renggas, Evi Sitorus SKM,": the
            # apposition is the name
    for n_seg, (a, b) in enumerate(segments if start is None else []):
        words = [k for k in range(a, b) if toks[k].kind == "word"]
        if not words:
            continue
        if n_seg + 1 < len(segments) and _address_part(toks, *segments[n_seg + 1]) \
                or n_seg > 0 and _address_part(toks, a, b):
            continue   # "Kepala Desa Waturaka, Kecamatan Kelimutu, Kabupaten Ende, Nama": an address, then the name
        lead = next((k for n, k in enumerate(words) if k >= floor and (
            is_prefix_degree(toks[k].text) or (DOTTED_INITIALS.fullmatch(toks[k].text) and not (
                is_tail_degree(toks[k].text) and n > 0 and (name_word(toks, words[n - 1])
                                                            or is_degree(toks[words[n - 1]].text)))) or (
            is_honorific(toks[k].text) and not (n > 0 and name_word(toks, words[n - 1])
                                                and initial(toks[k], toks[k + 1] if k + 1 < len(toks) else None))))),
                    None)
        if lead is not None:
            start = lead
            break
        n = len(words)
        while n > 0 and words[n - 1] >= floor and (name_word(toks, words[n - 1]) or is_degree(toks[words[n - 1]].text)
                                                   or _link(toks, words[n - 1])
                                                   or n < len(words) and is_degree(toks[words[n]].text)
                                                   and is_tail_degree(toks[words[n - 1]].text)):
            n -= 1   # ("Erwin Saragih SE Ak MM": a degree that is also a word, "Ak", between two degrees)
        while n < len(words):   # "Setda Kota Bima", "Bupati Tanah Laut Sukamta": the region's words
            k = region_at(toks, words[n]) or int(region_ends_at(toks, words[n]))
            level = _local_levels().get(toks[words[n] - 1].text) if words[n] > 0 else None
            if not k and level:   # "Sekretaris Kecamatan Jatiwangi": a district's or village's name after its level
                k = local_place_at(toks, words[n], level)
            if not k:
                break
            n = min(n + k, len(words))
        if n + 1 < len(words) and toks[words[n]].text == "Inpres" and words[n] > 0 \
                and toks[words[n] - 1].text in ("SD", "SDN"):
            n += 1   # "Kepala SD Inpres Kebo": the kind of school, then (below) its place
        if n < len(words) and words[n] > 0 and (bare(toks[words[n] - 1].text) in place_taking_words()
                                                and toks[words[n] - 1].text[:1].isupper()
                                                or _numbered_school(toks, words[n])) \
                and not is_honorific(toks[words[n]].text) and not is_prefix_degree(toks[words[n]].text):
            n += 1   # "Kepala Puskesmas Undaan, Nama", "Kepala Puskesmas Kalasan Siti Aminah": the word after a health
            # centre or a branch is its place
        while n < len(words) and is_degree(toks[words[n]].text):
            n += 1
        if n < len(words) and words[n] > 0 and toks[words[n] - 1].text in rules("institution_heads"):
            n = len(words)   # "Rektor Universitas Islam Balitar": the campus's name, no person in it
        n = _particle_within(toks, words, n)
        if n < len(words) and (words[n] > 0 or a > 0):
            start = words[n]
            break
    if start is None or start > 0 and toks[start - 1].text.rstrip(".") in rules("company_forms"):
        return None   # "Direktur PT Hutchison ...": a company's name follows the title, not a person's
    people = people_at(toks, start, listed)
    if people and len(people) == 1 and len(people[0].name) == 1 and not people[0].strong and start > 0 \
            and toks[start - 1].text in _lowercase_local_heads():
        return None   # "... dan camat Alok meninjau": a district's name after a head written in prose
    if not people or any(bare(t.text) in common_office() and name_like(t, None) for t in people[0].name):
        return None
    position = toks[:start]
    for c, t in enumerate(position):
        if t.kind == "comma" and c > 0:
            nxt = next((k for k in range(c + 1, len(position)) if position[k].kind == "comma"), len(position))
            if _address_part(position, c + 1, nxt):
                position = position[:c]   # "Kepala Desa Waturaka, Kecamatan Kelimutu, ...": the office, not its address
                break
    last_comma = max((c for c, t in enumerate(position) if t.kind == "comma"), default=-1)
    if 0 < last_comma < len(position) - 1 and all(bare(t.text) in role_words() for t in position[last_comma + 1:]):
        position = position[:last_comma]   # "Dandim Sikka, Letkol Inf Nama": the rank goes with the name
    ranks = {w.casefold() for w in rules("ranks")}
    while len(position) > 1 and bare(position[-1].text) in ranks:
        position = position[:-1]   # "Kapolres Rembang AKBP Nama": the rank is the person's, not the office's
    while position and (position[-1].kind == "comma" or position[-1].text in CONNECTORS):
        position = position[:-1]
    return (position, people) if position else None


def phrase_limit(text: str, pos: int) -> int:
    """End of the line at pos, or of the next line too when the text is hard-wrapped mid-sentence
    ("..., dr. I Gede Wiartana,\nM.Kes. Dalam ...")."""
    end = text.find("\n", pos)
    if end < 0:
        return len(text)
    line = text[text.rfind("\n", 0, pos) + 1:end]
    nxt_end = text.find("\n", end + 1)
    nxt = text[end + 1:len(text) if nxt_end < 0 else nxt_end]
    wrapped = nxt[:1].islower() or line.endswith(",") or (
        len(line) >= 50 and len(nxt) >= 50 and re.search(r"\w$", line) and nxt[:1].isupper())
    return (len(text) if nxt_end < 0 else nxt_end) if nxt.strip() and wrapped else end
