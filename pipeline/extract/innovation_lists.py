"""Innovations in numbered or bulleted lists of a news text, under a line that announces them
("Lima inovasi yang diluncurkan:" then "1. A (Dinas X)", "- B – Dinas Y", or bare "C – Dinas Z" lines)."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from spacy.tokens import Doc

from .common import abbreviates, doc_text
from .innovation_items import RANK, Ctx, _body_abbreviation, one_item, owner_after, parse_items, rank
from .innovation_owners import body_in_parens
from .innovation_text import OPEN_Q, Cand, is_acronym, is_cap, rules, sentences, tokenize, window_has as _window_has
from .innovation_valid import valid
from .official_words import is_honorific, is_prefix_degree


def _unnumbered_item(line: str) -> bool:
    """A short line "Name – Body" or "Name (Body)": an item of a list announced on the line before."""
    m = re.match(r"\s*([A-Z][^–—:()\n]{1,60}?)\s*(?:[–—]|\s-\s|\()\s*([A-Z][^\n]{2,80})$", line)
    if not m or len(line.split()) > 14:
        return False
    head = m.group(2).split()[0].lower().strip("()")
    return head in rules()["body_heads"] or head.isalpha() and m.group(2).split()[0].isupper()


def _body_colon_item(line: str) -> bool:
    """A short line "Body: Name" ("Dinas Lingkungan Hidup: Bank Sampah X", 'RSUD X: "Name"'): the body's items of a
    list announced on a line before."""
    m = re.match(r"\s*([A-Z][^:\n]{2,80}?):\s+[\"“A-Za-z]", line)
    return bool(m) and len(line.split()) <= 16 and m.group(1).split()[0].lower() in rules()["body_heads"]


def _after_label(toks, k: int, ctx: Ctx) -> int:
    """Past an item's label closed by a colon ("Kategori Perangkat Daerah:", "Terbaik Kategori Kecamatan:", "Inovasi
    Favorit Pilihan Masyarakat:"): capitalised words, one of them a label or rank word (rules' item_label_words,
    rank_words), not a body's name ("Dinas Kesehatan: Sipanda" names the owner)."""
    r = rules()
    if k >= len(toks) or toks[k].start in ctx.bodies:
        return k
    for j in range(k, min(len(toks), k + 8)):
        if toks[j].text == ":":
            label = toks[k:j]
            if label and all(is_cap(t) or re.fullmatch(r"[IVX]+|\d{1,2}", t.text) for t in label) \
                    and any(t.low in r["item_label_words"] | r["rank_words"] for t in label):
                return j + 1
            return k
    return k


def _body_after_dash(toks, k: int) -> tuple[int, int] | None:
    """"X – Dinas Pertanian" to the line's end: the body that owns the listed name."""
    if k + 1 >= len(toks) or toks[k].text not in {"–", "—", "-"} or toks[k + 1].low not in rules()["body_heads"]:
        return None
    e = k + 1
    while e < len(toks) and (is_cap(toks[e]) or toks[e].low in {"dan", "&"}):
        e += 1
    return (toks[k + 1].start, toks[e - 1].end) if e == len(toks) or toks[e].text in {".", ";", ","} else None


def _dash_after_place(toks, k: int) -> int | None:
    """The spaced dash after a body's or place's capitalised words from toks[k] ("Desa Mojo, Kecamatan X - MORADI"),
    with an entry after it, or None."""
    dash = next((x for x in range(k, len(toks)) if toks[x].text in {"–", "—", "-"} and toks[x].start > toks[x - 1].end),
                None)
    if dash is None or dash + 1 >= len(toks) or not all(is_cap(x) or x.text == "," for x in toks[k:dash]):
        return None
    return dash


def _cells(toks, k: int) -> list[tuple[int, int]]:
    """The token ranges of a table row's cells from toks[k], the first after its number cell ("1 | A | B | C")."""
    bars = [x for x in range(k, len(toks)) if toks[x].text == "|"]
    if not bars:
        return []
    edges = [k - 1] + bars + [len(toks)]
    return [(a + 1, b) for a, b in zip(edges, edges[1:]) if b > a + 1]


def _cell_name(toks, cell: tuple[int, int], ctx: Ctx):
    """The innovation named in a table cell: its quoted name ('Mesin Perajang Singkong “Rajang Cepat”'), its
    acronym ('Tongkat Pintar Tunanetra (TOPITUNA)'), the name before a dash ('DEKGAR - Deteksi ...'), or the cell."""
    a, b = cell
    quote = next((x for x in range(a, b) if toks[x].text in OPEN_Q), None)
    start = quote if quote is not None else a
    res = one_item(toks[:b], start, ctx, lenient=True)
    if res is None:
        return None
    name, long, _ = res
    return name, long


def _profile_heading(item: str, below: str) -> bool:
    """"1. DEPOK SIGAP" over a paragraph that describes it: a short capitalised name (quotes allowed), then prose."""
    words = item.split()
    return 1 <= len(words) <= 6 and not re.search(r"[.,;:!?]$", item.strip()) \
        and all(w[:1].isupper() or w[:1] in "“\"'(" or w in ("dan", "di", "ke") for w in words) \
        and len(below.split()) >= 12


def _long_form_below(short: str, off: int, line: str) -> tuple[int, int] | None:
    """"9. SIMANJA" over "Sistem Informasi Manajemen Jalan dari Dinas ...": the paragraph under a name in capitals
    opens with its long form (the fewest capitalised words whose letters spell the name)."""
    toks = tokenize(line, off)
    connectors = rules()["long_form_connectors"]
    e = 0
    while e < len(toks) and (toks[e].text[:1].isupper() and toks[e].text[:1].isalpha() or e and toks[e].low in connectors):
        e += 1
        if e >= 2 and toks[e - 1].low not in connectors and abbreviates(short, " ".join(t.text for t in toks[:e])):
            return toks[0].start, toks[e - 1].end
    return None


def _body_after_comma(toks, k: int, ctx: Ctx) -> tuple[int, int] | None:
    """'"SABAK CERIA", Kecamatan Muara Sabak Barat' to the line's end: the body that owns the listed name."""
    if k + 1 >= len(toks) or toks[k].text != ",":
        return None
    if toks[k + 1].start in ctx.bodies:
        end = ctx.bodies[toks[k + 1].start]
        return (toks[k + 1].start, end) if end >= toks[-1].end - 1 else None
    rest = toks[k + 1:]
    if rest[0].low in rules()["body_heads"] and all(is_cap(t) for t in rest):
        return rest[0].start, rest[-1].end   # "..., Kecamatan Rantau Rasau": a district not read as a body elsewhere
    return None


def _subheading(line: str, words: list[str]) -> bool:
    """A short line naming a category of a list ("Kategori Perangkat Daerah:", "Klaster Kecamatan:")."""
    heading = line.rstrip().endswith(":") or line.strip().isupper() \
        or len(words) <= 4 and bool(words) and words[0] in rules()["list_subheadings"]   # "Kategori Desa"
    return heading and len(words) <= 6 \
        and bool(set(words) & rules()["list_subheadings"]) and not set(words) & rules()["list_blockers"]
    # ("KATEGORI OPD" in capitals on its own line heads a part of the list too)


def _announces_people(words: list[str], r: dict) -> bool:
    """"Dewan juri terdiri atas tiga orang, yaitu:": a people word before any innovation word of the line (not
    "empat inovasi dipresentasikan di hadapan tim penilai, yaitu:", whose list is of the innovations)."""
    people = next((k for k, w in enumerate(words) if w in r["people_announcers"]), None)
    innovation = next((k for k, w in enumerate(words) if w in r["innovation_words"]
                       or w in r["result_words"] and k < (people if people is not None else 0)), len(words))
    return people is not None and people < innovation   # ("Berikut hasil penilaian dewan juri:": their results)


def numbered_items(doc: Doc) -> list[Cand]:
    """A numbered or bulleted list under a line that announces innovations ("Lima inovasi yang diluncurkan:")."""
    r = rules()
    text = doc_text(doc)
    starts = [s.start_char for s in sentences(doc)]
    ctx = Ctx(text, {m.start: m.end for m in (doc._.found or {}).get("agency_mentions") or []})
    people = [(o["name"].start, o["name"].end) for o in doc._.draft.get("officials") or []
              if getattr(o.get("name"), "end", 0) > getattr(o.get("name"), "start", 0)]
    out: list[Cand] = []
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]*", text) if m.group().strip()]
    active, prev_words = False, []
    seen_innovation = False   # a line before spoke of innovations
    table = False   # under a "No  Nama Inovasi  Perangkat Daerah" header: rows "1 Name Body" with no separators
    owner_lines: set[int] = set()   # body lines already read as the owner of the name line above them
    for n, (off, line) in enumerate(lines):
        if n in owner_lines:
            continue
        low = line.lower()
        if active and n + 1 < len(lines) and _name_over_body(line, off, lines[n + 1], ctx):
            c = Cand((off + len(line) - len(line.lstrip()), off + len(line.rstrip())), None,
                     bisect_right(starts, off) - 1, None, "numbered")
            if valid(text, c):
                nxt_off, nxt = lines[n + 1]
                c.owner = (nxt_off + len(nxt) - len(nxt.lstrip()), nxt_off + len(nxt.rstrip(" .")))
                out.append(c)
                owner_lines.add(n + 1)
                continue
        m = re.match(r"\s*(?:\d{1,2}[.)]|[a-z][.)]|[-•·*▪])\s+", line)   # "1.", "a)", "-", "•"
        if not m and table:
            m = re.match(r"\s*(?:\d{1,2}|[IVX]{1,4})(?:\s+|\s*\|\s*)(?=[A-Z“\"])", line)   # "1 Name Body", "II ...", "1 | Name |"
            if not m and len(line.split()) <= 6 and not line.rstrip().endswith((".", ":")):
                continue   # a cell wrapped onto the next line of a table ("Berbasis Integrasi)"), or a category
        if not m and active and (_unnumbered_item(line) or _rank_line().match(line) or _body_colon_item(line)):
            m = re.match(r"\s*", line)   # "Lapak Tani – Dinas Pertanian", 'Juara I - "SABAK CERIA", Kecamatan X' on
            # its own line under the announcement
        if not m:
            words = re.findall(r"[\w-]+", low)
            if TABLE_HEADER.match(line):
                active = table = True
                continue
            if active and _subheading(line, words):
                continue   # "Kategori Perangkat Daerah:" between two parts of one announced list (or table)
            table = False
            # "... diikuti 58 inovasi. ... menetapkan pemenang sebagai berikut:", or a short "Berikut daftarnya:"
            # under a paragraph about innovations
            active = line.rstrip().endswith(":") and (_window_has(words, r) or len(words) <= 12 and (_window_has(
                prev_words[-r["list_window"]:] + words, r) or set(words) & r["entrant_words"] and seen_innovation)) \
                and not _announces_people(words, r)
            # ("Berikut tujuh finalis tersebut:" in a story about innovations: the finalists are innovations)
            prev_words = words
            seen_innovation = seen_innovation or _window_has(words, r)
            continue
        if not active and not (seen_innovation and re.match(r"\s*\d{1,2}[.)]\s", line)
                               and _profile_heading(line[m.end():], lines[n + 1][1] if n + 1 < len(lines) else "")):
            continue   # (a numbered name heading a paragraph of its own, in a story about innovations: a profile)
        toks = tokenize(line, off)
        k = next(i for i, t in enumerate(toks) if t.start >= off + m.end())
        k = rank(toks, k)   # "1. Juara I: “A” – Dinas X"
        k = _after_label(toks, k, ctx)   # "3. Terbaik III Kategori Perangkat Daerah: A – Dinas X"
        if k + 1 < len(toks) and toks[k].low in ("inovasi", "aplikasi") and is_cap(toks[k + 1]):
            k += 1   # "1. Inovasi Sipanda – Dinas Kesehatan": the item's label, no word of the name
        if k >= len(toks):
            continue
        titled = k + 2 < len(toks) and toks[k + 1].text == "." \
            and (is_prefix_degree(toks[k].text + ".") or is_honorific(toks[k].text + "."))
        first = k + 2 if titled else k   # "drh. Nama", "Hj. Nama"
        if any(a <= toks[first].start < b for a, b in people):
            dash = next((x for x in range(len(toks) - 1, k, -1) if toks[x].text in {"–", "—", "-"}), None)
            if dash is None or dash + 1 >= len(toks):
                continue   # "1. Nia Kurniasih, S.Kep., perawat Puskesmas X": a person, not an innovation
            k = dash + 1   # "1. Nama, S.Kep., perawat Puskesmas X – KADO BUNDA (...)": the entrant, then the entry
        lead_owner = None
        lead_end = ctx.bodies.get(toks[k].start)
        if lead_end is None and toks[k].low in r["body_heads"]:   # "a. Kecamatan Dander - X": a place named as its body
            dash = _dash_after_place(toks, k + 1)
            if dash is not None:
                comma = next((x for x in range(k, dash) if toks[x].text == ","), dash)
                lead_owner, k = (toks[k].start, toks[comma - 1].end), dash + 1   # (its district after a comma: a place)
        if lead_end is not None:   # "- Dinas Kesehatan: Sipanda (...)": the body, a colon, its innovation
            colon = next((x for x in range(k, len(toks)) if toks[x].start >= lead_end), None)
            if colon is not None and colon + 1 < len(toks) and toks[colon].text == ":":
                lead_owner, k = (toks[k].start, lead_end), colon + 1
            elif colon is not None and (dash := _dash_after_place(toks, colon)) is not None:
                lead_owner, k = (toks[k].start, lead_end), dash + 1   # "b. Desa Mojo, Kecamatan X - MORADI (...)"
        if table and "|" in line:
            cells = _cells(toks, k)   # "1 | Mesin Perajang Singkong “Rajang Cepat” | Kelompok X | Juara II"
            if cells:
                res = _cell_name(toks, cells[0], ctx)
                if res is not None:
                    c = Cand(res[0], res[1], bisect_right(starts, res[0][0]) - 1, None, "numbered")
                    if valid(text, c):
                        owner = cells[1] if len(cells) > 1 else None
                        c.owner = (toks[owner[0]].start, toks[owner[1] - 1].end) \
                            if owner and toks[owner[0]].start in ctx.bodies else None
                        out.append(c)
            continue
        if table:
            row = _table_row(toks, k, ctx)
            if row is not None:
                c = Cand(row[0], None, bisect_right(starts, row[0][0]) - 1, None, "numbered")
                if valid(text, c):
                    c.owner = row[1]
                    out.append(c)
            continue
        if lead_owner is not None and k > 0 and toks[k - 1].text == ":":
            items, _ = parse_items(toks, k, ctx, "list")   # "Dinas Kesehatan: SI-GERAK (...) dan Posyandu Lansia Ceria"
            if len(items) > 1:
                for item in items:
                    c = Cand(item[0], item[1], bisect_right(starts, item[0][0]) - 1, None, "numbered")
                    if valid(text, c):
                        c.owner = lead_owner
                        out.append(c)
                continue
        res = one_item(toks, k, ctx)
        owned = owner_after(toks, res[2], ctx, place=True) if res is not None else None   # ("2. X di SD Negeri Y;")
        if owned is not None and not (owned[1] >= len(toks) or toks[owned[1]].text in {";", ".", ","}):
            owned = None   # "2. Sehati Torang (...) dari Dinas Kesehatan;": the item ends with the body that owns it
        if res is None or res[2] < len(toks) and toks[res[2]].text not in {"–", "—", "-", ":", "(", ","} \
                and not (res[2] == len(toks) - 1 and toks[res[2]].text in {";", "."}) and owned is None:
            continue   # the name runs to a dash, a colon, its body in brackets or after "dari", or the item's end
        name, long, bracket_owner = res[0], res[1], None
        if long is not None:   # "Harapan I: Kelas Tani Milenial (Kecamatan Cibadak).": the body in brackets owns it
            first, second = sorted((name, long))
            if _body_named(text, second) and not _body_named(text, first):
                name, long, bracket_owner = first, None, second
        if long is None and n + 1 < len(lines) and is_acronym(text[name[0]:name[1]]):
            long = _long_form_below(text[name[0]:name[1]], *lines[n + 1])
        c = Cand(name, long, bisect_right(starts, name[0]) - 1, None, "numbered")
        if not valid(text, c):
            continue
        c.owner = bracket_owner or lead_owner or body_in_parens(toks[res[2]:]) or _body_after_dash(toks, res[2]) \
            or (owned[0] if owned else None) or _body_after_comma(toks, res[2], ctx)
        out.append(c)
    return out


@lru_cache(maxsize=1)
def _rank_line() -> re.Pattern:
    """A line opening with a rank ("Juara I - ...", "Harapan 2: ...", "Peringkat ketiga – ..."): rules' rank words and
    the rank pattern of innovation_items."""
    words = "|".join(re.escape(w) for w in sorted(rules()["rank_words"], key=len, reverse=True))
    return re.compile(rf"\s*(?:{words})\s+(?:{RANK.pattern})\s*[-–—:]\s*\S", re.IGNORECASE)


def _body_named(text: str, span: tuple[int, int]) -> bool:
    """The words at `span` name a body or a place by its head word ("Kecamatan Cibadak", "Dinas Pertanian"), not an
    acronym written in capitals."""
    words = text[span[0]:span[1]].split()
    return bool(words) and words[0].lower() in rules()["body_heads"] and not text[span[0]:span[1]].isupper()


def _name_over_body(line: str, off: int, below: tuple[int, str], ctx: Ctx) -> bool:
    """"Sipanda" on its own line and "Dinas Kesehatan" alone on the next: an announced list's item written as a
    name line over its body's line."""
    words = line.split()
    if not 1 <= len(words) <= 6 or re.search(r"[.:;,!?]$", line.strip()) or not all(w[:1].isupper() for w in words):
        return False
    b_off, b_line = below
    start = b_off + len(b_line) - len(b_line.lstrip())
    end = ctx.bodies.get(start)
    return end is not None and end >= b_off + len(b_line.rstrip(" ."))


# the header of a table pasted as text: a number column, the innovation's name, then its body
TABLE_HEADER = re.compile(r"\s*(?:no\.?|peringkat|juara|rank)\s*\|?\s*(?:nama\s+inovasi|judul\s+inovasi|inovasi)\b.*"
                          r"\b(?:perangkat\s+daerah|opd|instansi|unit\s+kerja|pengusul|unit\s+pengusul|pemilik|inovator)\b",
                          re.IGNORECASE)


def _table_row(toks, k: int, ctx: Ctx) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A row "1 Sipanda Dinas Kesehatan" under TABLE_HEADER: the name runs to where a body begins."""
    r = rules()
    end = toks[-1].end
    # a body read by the agencies component that runs to the row's end, else a body head or abbreviation
    b = next((x for x in range(k + 1, len(toks)) if ctx.bodies.get(toks[x].start, -1) >= end - 1), None)
    if b is None:
        b = next((x for x in range(k + 1, len(toks)) if toks[x].low in r["body_heads"]
                  or toks[x].text.isupper() and len(toks[x].text) >= 3 and _body_abbreviation(toks[x].text, fields=True)), None)
    if b is not None:
        paren = next((x for x in range(k + 1, b) if toks[x].text == "("), None)
        if paren is not None and all(is_cap(t) for t in toks[k:paren]):
            # "PUSPA ASI (Pusat Pendampingan ASI) Puskesmas X", "SERAMBI (Sistem ... [the cell wraps]": the name
            return (toks[k].start, toks[paren - 1].end), (toks[b].start, toks[-1].end)
    if b is None or not all(is_cap(t) for t in toks[k:b]):
        return None
    return (toks[k].start, toks[b - 1].end), (toks[b].start, toks[-1].end)

