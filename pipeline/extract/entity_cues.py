"""What supports an INNOVATION entity that only the trained model read (entities.py, issue 11): a lowercase trigger
word before it, quotes around it, an acronym's expansion after it, its regional owner right after it, a clause that
presents it ("Dinas X melalui E", "Puskesmas itu menghadirkan E"), a neighbour in a list the rules read; and what
tells against it (it is an acronym's long form or the tail of a longer name, a place, a body, an award). Word lists:
rules/innovations.toml."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .common import abbreviates, doc_text
from .innovation_text import NATIONAL_SOURCE

QUOTES = "\"“”‘’'«»"


def innovation_context(doc: Doc, ent: Span, triggers: set[str], modifiers: set[str]) -> str | None:
    """Why an INNOVATION entity is one (a method suffix), or None when nothing supports it.

    Only strong cues count: a lowercase trigger word before it, maybe with modifiers between
    ("aplikasi X", "inovasi unggulan X"; a capitalised one is part of a body's name: "Pokja
    Inovasi"), quotes around it, or an acronym's own expansion after it ("SIGAP (Sistem ...)").
    Brackets alone are no cue: bodies, plans and job titles are written "Long Name (ABBR)" too.
    """
    text = doc_text(doc)
    if NATIONAL_SOURCE.match(text, ent.end_char):
        return None   # "program Kampung Nelayan Modern dari pemerintah pusat": a national programme
    before = text[max(0, ent.start_char - 60):ent.start_char]
    # the trigger stands right before it, in the same clause: only spaces and modifiers between
    tail = re.search(r"([\w-]+)((?:\s+[\w-]+)*?)\s+$", before)
    words = re.findall(r"[\w-]+", tail.group(0)) if tail else []
    while words and words[-1].casefold() in modifiers and words[-1][:1].islower():
        words.pop()
    if words and words[-1] in triggers and re.fullmatch(r"[\w\s-]*", before[before.rfind(words[-1]):]):
        return "trigger"
    prev_word = re.search(r"([\w-]+)\W*$", text[max(0, ent.start_char - 30):max(0, ent.start_char - 1)])
    if ent.start_char > 0 and text[ent.start_char - 1] in QUOTES and ent.end_char < len(text) \
            and text[ent.end_char] in QUOTES and not (prev_word and prev_word.group(1)[:1].isupper()
                                                     and text[ent.start_char - 2:ent.start_char - 1] == " "):
        return "quoted"   # not a quoted word inside a longer capitalised name ("Institut X 'ABC' Kota")
    if expansion_after(text, ent) is not None:
        return "acronym"
    if _long_form_or_fragment(text, ent.start_char):
        return None
    if owner_after_entity(text, ent.end_char, ent.text) is not None:
        return "owner"
    return _said_to_be_one(text, ent.start_char)


def _said_to_be_one(text: str, start: int) -> str | None:
    """Cues in the clause before an entity that the sentence presents it as an innovation: a body presenting it,
    "Kecamatan Y (ketiga) dengan X", "Dinas Z melalui X" ("body_link"); a verb of owning or launching right before
    it, "Puskesmas itu menghadirkan X" ("owner_verb"). Words: rules/innovations.toml body_name_links, owner_verbs.
    ("X merupakan inovasi ..." the rules read themselves.)"""
    from .agency_vocab import _head_pattern
    from .innovations import rules as innovation_rules

    r = innovation_rules()
    before = text[max(0, start - 120):start]
    before = re.split(r"[.!?;:]\s|\n", before)[-1]
    words = re.findall(r"[\w-]+", before)
    if not words or re.search(r"\S$", before):
        return None
    last = words[-1].casefold()
    if last in r["owner_verbs"]:
        return "owner_verb"
    if last in r["body_name_links"]:
        body = None
        for m in _head_pattern().finditer(before):
            body = m
        if body is not None:
            rest = before[body.end():].split()[:-1]          # the body's name, then at most two other words
            n = 0
            while n < len(rest) and (rest[n][:1].isupper() or rest[n].casefold() in ("dan", "&")):
                n += 1
            if len(rest) - n <= 2 and all(w.islower() for w in rest[n:]):
                return "body_link"
    return None


def _long_form_or_fragment(text: str, start: int) -> bool:
    """Is the entity at `start` an acronym's long form ("PELITA, kepanjangannya X", "SI-JEMPOL atau X"; rules/
    innovations.toml `long_form_openers`) or the tail of a longer name in capitals the model cut ("PATTENE' GIZI")?"""
    from .innovations import rules as innovation_rules

    before = text[max(0, start - 40):start]
    if re.search(r"[A-Z]{2,}['’-]?\s*$", before) and not re.search(r"[:;,.)]\s*$", before):
        return True
    words = [w.casefold() for w in re.findall(r"[\w-]+", before)]
    openers = innovation_rules()["long_form_openers"]
    return any(" ".join(words[-n:]) in openers for n in (1, 2) if len(words) >= n)


def owner_after_entity(text: str, end: int, name: str = "") -> tuple[int, int] | None:
    """The span of a regional body named as an entity's owner right after it: "X milik Dinas Y", "X dari tim Puskesmas
    Z", "X yang dijalankan Kecamatan W", "X (Desa V, Kecamatan U)" (owner_markers, creation_verbs, running_verbs in
    rules/innovations.toml). A ministry or another national body after "milik"/"dari" owns a national platform
    ("SIKS-NG milik Kementerian Sosial"), not a regional innovation: None."""
    from .agency_vocab import _head_pattern
    from .innovations import rules as innovation_rules

    r = innovation_rules()
    after = text[end:end + 80]
    m = re.match(r"""["'”’]?[ \t]*(?:,[ \t]*)?""", after)
    k = m.end()
    link = re.match(r"(\w+)[ \t]+(?:(?:tim|oleh)[ \t]+)?", after[k:])
    bracket = re.match(r"\(\s*", after[k:])
    if "," in after[:k]:
        pass   # "Juara III: X, Puskesmas Y": the owner right after the comma
    elif bracket:
        k += bracket.end()
        inner = re.match(r"[^()\n]{3,90}(?=\))", after[k:])
        if inner and name and abbreviates(name, inner.group()):
            return None   # "PUSLING SUNGAI (Puskesmas Keliling Sungai)": the long form in brackets, not an owner
    elif link and link.group(1).casefold() in r["owner_markers"]:
        k += link.end()
    elif link and link.group(1).casefold() == "yang":
        verb = re.match(r"yang[ \t]+(\w+)[ \t]+(?:oleh[ \t]+)?", after[k:])
        if not verb or verb.group(1).casefold() not in r["creation_verbs"] | r["running_verbs"]:
            return None
        k += verb.end()
    else:
        return None
    body = _head_pattern().match(after, k)
    if body is None:
        return None
    first = body.group().split()[0].casefold()
    if first.startswith(("kementerian", "kementrian")) or first in r["national_bodies"] or first == "pemerintah":
        return None
    if "," in after[:k] and name and name.split()[0].casefold() in r["list_place_heads"] \
            and first in r["address_levels"]:
        return None   # "dermaga Kampung Saporkren, Distrik Waigeo Selatan": a village and its district, an address
    # the body's name: capitalised words and connectors, in brackets up to the bracket's end or a comma before
    # another body or region head ("(Dinas Tanaman Pangan, Hortikultura dan Perkebunan Kabupaten X)", "(Desa Y,
    # Kecamatan Z)")
    rest = text[end + body.start():end + body.start() + 160]
    name = re.match(r"[\w.'’&-]+(?:[ \t]+(?:[A-Z0-9][\w.'’&-]*|dan|&|drg?\.)|,[ \t]+(?=[A-Z])(?!" + _head_pattern().pattern
                    + r"|(?:Kabupaten|Kota|Provinsi|Kab\.)\b)[A-Z][\w'’-]*)*", rest)
    stop = name.end()
    sentence_end = re.search(r"[\w'’-]{4,}\.(?=\s)", rest[:stop])   # "Puskesmas Angsana.  KATEGORI" ("dr.", "H." go on)
    stop = sentence_end.end() - 1 if sentence_end else stop
    if not bracket:
        comma = rest.find(",", 0, stop)
        stop = comma if comma != -1 else stop
    span = rest[:stop].rstrip(" .,")
    caps = re.search(r"\s(?:dan|&)\s+[A-Z]{2,}(?:\s|$)", span)
    if caps and not span.split()[0].isupper():
        span = span[:caps.start()]   # "Dinas Sosial dan PUSLING SUNGAI (...)": the next innovation in capitals
    owned = re.match(r"[ \t]+(\w+)\b", rest[len(span):])
    if owned and owned.group(1).casefold() in r["owner_markers"] and " dan " in span:
        span = span[:span.rindex(" dan ")]   # "X dari Dinas Pendidikan dan Jamban Sehat dari Dinas Kesehatan": the
        # list's next item, with its own owner
    while span.split()[-1] in ("dan", "&"):
        span = span.rsplit(None, 1)[0]
    return end + body.start(), end + body.start() + len(span)


_LIST_SEP = re.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|\s+dan\s+|\s+serta\s+)$")


def list_neighbour(text: str, start: int, end: int, rule_names: list[tuple[int, int]]) -> str | None:
    """An entity written in a list right next to an innovation the rules read ("A, B dan C" where the rules
    got A): "list"."""
    for a, b in rule_names:
        if b <= start and start - b <= 8 and _LIST_SEP.fullmatch(text[b:start]):
            return "list"
        if end <= a and a - end <= 8 and _LIST_SEP.fullmatch(" " + text[end:a].rstrip() + " "):
            return "list"
    return None


def expansion_after(text: str, ent: Span) -> tuple[int, int] | None:
    """The span of the long name right after an acronym entity, when it spells the acronym out.

    The acronym is one word with two or more capitals ("SIGAP", "SiMoNa") or up to three words in capitals ("SI
    JUKUNG", "JAGA TAPIAN"); the long name is two or more words and not a body's name, in brackets and starting with
    the acronym's first letter ("SIGAP (Sistem ...)"), or after a comma and holding the acronym's letters in order
    ("SI JUKUNG, Sistem Informasi Jaringan Usaha Kuliner, dari ...").
    """
    from .agency_vocab import _head_pattern

    acronym = ent.text.strip()
    words = acronym.split()
    one_word = len(words) == 1 and sum(c.isupper() for c in acronym) >= 2
    if not (one_word or 2 <= len(words) <= 3 and all(re.fullmatch(r"[A-Z][A-Z0-9'’-]+", w) for w in words)):
        return None
    after = text[ent.end_char:ent.end_char + 110]
    m = re.match(r"\s*\(([A-Z][^()\n]{5,80})\)", after)
    comma = None if m else re.match(r"(?:,\s+|,?\s+(?:alias|atau|kepanjangannya)\s+)"
                                    r"([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|dan|di|ke|&|untuk|bagi))+)", after)
    if comma is None and m is None:
        return None
    long_name = (m or comma).group(1).strip()
    if len(long_name.split()) < 2 or long_name[0].casefold() != acronym[0].casefold():
        return None
    if m is not None and _head_pattern().match(long_name) and not abbreviates(acronym, long_name) \
            or comma is not None and not abbreviates(acronym, long_name):
        return None   # ("SIGAP (Dinas Sosial)": the owner in brackets; "PUSLING SUNGAI (Puskesmas Keliling Sungai)" and
        # "KADESI alias Kantor Desa Siaga Malam" spell it)
    start = ent.end_char + (m or comma).start(1)
    return start, start + len(long_name)


def names_something_else(text: str, value: str, blockers: set[str]) -> bool:
    """Whether the text elsewhere calls `value` a competition, award or event: "Festival Inovasi X",
    "lomba X", or "X (Bulan Kompetisi ...)" (blockers: rules/innovations.toml `trigger_blockers`)."""
    for m in re.finditer(r"(?<![\w-])" + re.escape(value) + r"(?![\w-])", text):
        before = [w.casefold() for w in re.findall(r"[\w-]+", text[max(0, m.start() - 40):m.start()])][-2:]
        if before and (before[-1] in blockers or len(before) == 2 and before[0] in blockers
                       and before[1] in ("inovasi", "innovation", "daerah", "kabupaten", "kota", "provinsi")):
            return True
        after = re.match(r"\s*\(([^()\n]{3,100})\)", text[m.end():m.end() + 110])
        if after and any(w.casefold() in blockers for w in re.findall(r"[\w-]+", after.group(1))):
            return True
    return False


def one_place(text: str, ent: Span, name) -> bool:
    """A VENUE entity that is one place around `name`, not a run of listed items joined by "dan" or commas, nor a
    name with its owner ("Sipanda oleh Dinkes")."""
    outside = text[ent.start_char:max(ent.start_char, name.start)] + " " + text[min(ent.end_char, name.end):ent.end_char]
    return not re.search(r",|\b(?:dan|serta|oleh|milik)\b", outside)
