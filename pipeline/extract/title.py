"""The headline: `inovasi_title` (runs last).

HTML metadata title when the clean stage had one, else the first line of pasted text when
it looks like a headline (chrome lines such as site names and breadcrumbs are skipped; a
text that opens with a dateline paragraph has no headline). A form's title is kept.
"""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .. import RULES_DIR
from ..clean import strip_title_suffix, title_cased
from .common import doc_text, ensure_state, is_form
from ..evidence import Found, value_of

QUOTES = "“”\"‘’'«»"


@lru_cache(maxsize=1)
def rules() -> dict:
    with open(RULES_DIR / "title.toml", "rb") as fh:
        r = tomllib.load(fh)
    r["_chrome"] = re.compile("|".join(f"(?:{p})" for p in r["chrome_lines"]), re.IGNORECASE)
    r["_dateline"] = re.compile(r["dateline"])
    r["_place_and_date"] = re.compile(r["place_and_date"])
    r["_menu_words"] = {w.casefold() for w in r["menu_words"]}
    return r


def _is_menu(line: str) -> bool:
    """A site's menu pasted as one line: four or more short items between bars, or capitalised words only, three or
    more of them and at least half menu words (rules/title.toml; "Kominfo Perkenalkan Layanan Berita Desa Lewat
    Radio" is a headline)."""
    items = [i.strip() for i in re.split(r"\s[|•·]\s", line)]
    if len(items) >= 4 and all(0 < len(i.split()) <= 2 for i in items):
        return True   # "BERANDA | DENPASAR | BADUNG | EKONOMI | OPINI": a bar of short sections, whatever their words
    words = re.findall(r"[\w&-]+", line)
    menu = sum(w.casefold() in rules()["_menu_words"] for w in words)
    return all(w[:1].isupper() or w[:1].isdigit() for w in words) and menu >= 3 and 2 * menu >= len(words)


# the headline run together with the lead's dateline in capitals ("Pemkab X Luncurkan Y MAUMERE – Pemerintah ...")
INLINE_DATELINE = re.compile(r"(.{15,220}?)\s+[A-Z]{3,}(?:[ ,]+[A-Z]{2,}){0,2}(?:\s*,?\s*\([^)\n]{1,40}\))?\s*[-–—]\s")


def _looks_like_headline(line: str) -> bool:
    r = rules()
    words = line.split()
    if not (r["min_words"] <= len(words) <= r["max_words"]) or len(line) > r["max_chars"]:
        return False
    if re.search(r"[.;:,]$", line) and not re.search(r"\.\.\.$", line):
        return False
    if r["_dateline"].match(line):
        return False
    first = line.lstrip(QUOTES + " ")[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    # a sentence ("... ujarnya") rather than a headline
    if re.search(r"\b(?:ujar|kata|ucap|jelas|tutur)(?:nya)?\b", line, re.IGNORECASE) and len(words) > 12:
        return False
    return True


def _is_label(line: str) -> bool:
    """A section label or tag above the headline: 'Daerah', 'News', 'KILAS DAERAH'."""
    return len(line.split()) < rules()["min_words"] and not re.search(r"[.!?;:,]$", line)


def _is_body_name(line: str) -> bool:
    """A line that is only a government body's name ('DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN X'):
    the letterhead of the office's site, not a headline."""
    from .agencies import find_mentions
    probes = [line]
    if line.isupper():   # "UPT PUSKESMAS CIKANDE", "SMP NEGERI 1 X": short words stay abbreviations
        probes = [line.title(), " ".join(w if len(w) <= 4 and w.casefold() not in ("dan", "di", "ke") else w.title()
                                         for w in line.split())]
    return any(m.start <= 1 and m.end >= len(probe.rstrip(" .")) - 1 for probe in probes for m in find_mentions(probe))


def _is_press_banner(line: str) -> bool:
    """A press office's banner ("HUMAS SETDAKAB X"): a word of rules/title.toml press_office_words, then only a
    body's or a region's name."""
    from ..regions import lookup

    low = line.casefold()
    for word in rules()["press_office_words"]:
        if low.startswith(word + " "):
            rest = line[len(word):].strip(" -–|:")
            return bool(rest) and (lookup(rest) is not None or _is_body_name(rest))
    return False


BREADCRUMB = re.compile(r"\S\s*[›»]\s*\S")   # "BERITA DAERAH › Badung", "Beranda » Berita"


def _above_the_headline(line: str, bare: str, follow: str, block_start: bool) -> bool:
    """A line of the page's head that reads like a headline but is not one: a rubric right over the headline
    ("Wawancara Akhir Tahun" / "Bupati X: Tahun Depan ..."), a site's motto between its banner and its menu ("SMP
    NEGERI 1 X" / "Unggul dalam Prestasi, Santun dalam Budi Pekerti" / "Beranda Profil Berita ..."; or its
    breadcrumb: "BaliWarta.com" / "Berita Bali Terkini, Tajam dan Terpercaya" / "BERITA DAERAH › Badung"), a government's
    site name with its section ("Pemerintah Kabupaten X | Portal Berita")."""
    r = rules()
    rubric = len(line.split()) <= r["min_words"] and len(follow.split()) >= 2 * r["min_words"] \
        and _looks_like_headline(follow) and not r["_chrome"].fullmatch(follow)
    motto = not block_start and bool(follow) and (_is_menu(follow) or BREADCRUMB.search(follow) is not None)
    return rubric or motto or bool(r["_place_and_date"].fullmatch(line)) \
        or bare != line and (_is_body_name(bare) or _is_press_banner(bare))


def _head_lines(text: str) -> list[tuple[int, str]]:
    """(offset, stripped line) of the page's head: the lines above the first paragraph of prose."""
    r = rules()
    out: list[tuple[int, str]] = []
    pos = 0
    for raw in text.split("\n")[:r["head_lines"]]:
        line = raw.strip()
        if len(line.split()) >= r["prose_words"]:
            break
        if line:
            out.append((pos + raw.find(line), line))
        pos += len(raw) + 1
    return out


def _repeated_headline(text: str, chrome: tuple[str, ...] | list[str] = ()) -> Found | None:
    """A page pasted whole prints its headline more than once above the story: as the browser's title with the
    site's name, in the breadcrumb, over the article ("Judul - Diskominfo X" / "Beranda » Berita » Judul" / "Judul").
    The longest headline-shaped line of the head that another head line, or a chrome line the clean stage dropped
    (`chrome`: the breadcrumb), repeats, at its first place in the text (a later copy reads as the lead's, as the
    walk over the lines below leaves it); taglines, menus and dates are printed once."""
    r = rules()
    head = _head_lines(text) + [(-1, line) for line in chrome]
    best: tuple[int, str] | None = None
    for start, line in head:
        if start < 0:
            continue   # (a dropped chrome line repeats the headline; it is not in the text)
        bare = (strip_title_suffix(line) or line).strip(QUOTES + " ")
        if len(bare.split()) <= r["min_words"] or not _looks_like_headline(bare) or r["_chrome"].fullmatch(bare) \
                or (best is not None and len(bare) <= len(best[1])):
            continue
        key = bare.casefold()
        if any(key in other.casefold() for s, other in head if s != start) and not _is_body_name(bare):
            first = next(s for s, other in head if s >= 0 and key in other.casefold())
            best = (first + text[first:].casefold().find(key), bare)
    return Found(best[1], best[0], best[0] + len(best[1]), "rule:repeated_headline") if best else None


def find_title(doc: Doc) -> Found | None:
    """The headline as a Found (span into doc_text(doc)), or None; read once per doc (officials
    read it too, to skip the headline)."""
    if "inovasi_title" not in doc.user_data:
        doc.user_data["inovasi_title"] = _find_title(doc)
    return doc.user_data["inovasi_title"]


def _find_title(doc: Doc) -> Found | None:
    text = doc_text(doc)
    meta = doc._.meta or {}
    mt = (meta.get("title") or "").strip()
    if mt:
        i = text.find(mt)
        if i < 0:
            i = text.lower().find(mt.lower())
        return Found(mt, i, i + len(mt), "meta:html") if i >= 0 else Found(mt, 0, 0, "meta:html")
    repeated = _repeated_headline(text, meta.get("chrome") or ())
    if repeated is not None:
        return repeated
    r = rules()
    pos = 0
    skipped = 0
    block_start = True   # a menu's lines run together ("Menu / Profil / Berita / Galeri / Kontak"): one block skipped
    raws = text.split("\n")
    for n, raw in enumerate(raws):
        start = pos
        pos += len(raw) + 1
        line = raw.strip()
        if not line:
            block_start = True
            continue
        banner = _is_body_name(line) or _is_press_banner(line)
        if r["_chrome"].fullmatch(line) or _is_label(line) or _is_menu(line) or banner:
            skipped += block_start or banner or not _is_label(line)
            block_start = False
            if skipped > r["max_skipped"]:
                return None
            continue
        follow = raws[n + 1].strip() if n + 1 < len(raws) else ""
        core = line.strip(QUOTES + " ")
        # a stray opening quote without its closing one is dropped
        if line[0] in "“\"" and line.count("”") + line.count('"') - (1 if line[0] == '"' else 0) == 0:
            line = line[1:].strip()
        elif core != line and line[0] in QUOTES and line[-1] in QUOTES:
            line = core
        # a page title copied with its site's name ("Judul - Portal Berita X", "Judul | x.go.id")
        bare = strip_title_suffix(line) or line
        if _above_the_headline(line, bare, follow, block_start):
            skipped += 1
            if skipped > r["max_skipped"]:
                return None
            continue
        if not _looks_like_headline(bare):
            glued = INLINE_DATELINE.match(line)   # a text pasted without its line breaks: "Judul KOTA – Lead ..."
            if glued is None or not _looks_like_headline(glued.group(1)) or not title_cased(glued.group(1)):
                return None
            bare = glued.group(1)
        s = text.find(line, start) + max(line.find(bare), 0)
        e = s + len(bare)
        follow = raws[n + 1].strip() if n + 1 < len(raws) else ""
        if bare.isupper() and follow.isupper() and len(follow.split()) <= 3 and not r["_dateline"].match(follow) \
                and not re.search(r"[.;:,]$", follow) and not r["_chrome"].fullmatch(follow):
            # a headline in capitals hard-wrapped onto a second line ("... TIDAK SEKADAR KEJAR" / "NILAI")
            bare, e = f"{bare} {follow}", text.find(follow, pos) + len(follow)
        return Found(bare, s, e, "rule:first_line")
    return None


@Language.factory("inovasi_title")
def make_title(nlp: Language, name: str):
    return set_title


def set_title(doc: Doc) -> Doc:
    ensure_state(doc)
    if value_of(doc._.draft.get("title")) or is_form(doc):
        return doc
    found = find_title(doc)
    doc._.draft["title"] = found
    return doc
