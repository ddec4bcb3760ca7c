"""One entry per innovation: candidates that are long forms or parts of other names go, spellings of one name merge
("Si-Ceria" = "SiCeria"); a name read from a headline stays only if the story names it again."""
from __future__ import annotations

import re

from ..nomenclature import office_words
from .innovation_text import WEAK_INNOVATION_CUES, Cand, _quoted, clean_name, derives, rules, text_of


def dedupe(text: str, cands: list[Cand]) -> list[Cand]:
    out: dict[str, Cand] = {}
    long_spans = [c.long for c in cands if c.long]
    long_keys = {_key(text, ls) for ls in long_spans}
    name_spans = {c.name for c in cands}
    quoted = {_key(text, c.name) for c in cands if _quoted(text, c.name)}
    bare = {_key(text, c.name) for c in cands if not c.headline}
    triggers = rules()["direct_triggers"]
    names = {clean_name(text_of(text, span)) for span in name_spans}
    for c in sorted(cands, key=lambda c: c.name[0]):
        words = clean_name(text_of(text, c.name)).split()
        if len(words) >= 2 and words[0].lower() in triggers \
                and re.sub(r"[\s.’'-]", "", " ".join(words[1:]).lower()) in (bare if c.headline else quoted):
            continue   # 'Gerakan "Mama Sehat"' named, then "Gerakan Mama Sehat": the quoted name with its trigger; a
            # headline's "Luncurkan Gerakan Wong Cerbon Maca" over "gerakan literasi bernama Wong Cerbon Maca"
        if any(ls[0] <= c.name[0] and c.name[1] <= ls[1] for ls in long_spans):
            continue   # the long form of another name
        if c.long is None and any(c.name[0] < ls[0] and ls[1] == c.name[1]
                                  and text[c.name[0]:ls[0]].strip().lower() in triggers for ls in long_spans):
            continue   # "Gerakan Masyarakat Sadar Skrining PTM (MASAK PTM)": the kind word and the long form of MASAK PTM
        if c.long is None and _key(text, c.name) in long_keys:
            continue   # the long form written elsewhere ("Luncurkan Aplikasi Palu Smart Service" over "... (PASS)")
        if any(s <= c.name[0] and c.name[1] <= e and (s, e) != c.name and _key(text, (s, e)) != _key(text, c.name)
               for s, e in name_spans):
            continue   # part of a longer name ("Pungut Plastik" in "Gerakan Pungut Plastik"; not the same words in quotes)
        if c.long is None and described_by_a_quoted_name(text, c.name, name_spans):
            continue   # 'Posyandu Remaja "Muda Berdaya"', 'Lumbung Sosial "X"': the kind of thing, then its name in quotes
        if inside_a_longer_name(text, c.name, names):
            continue   # "menerapkan NALA KK" read as "NALA" beside "Nikah Langsung KK (NALA KK)"; "Pintar Gizi" of
            # "Inovasi Mama Pintar Gizi": where it stands, the longer name the story gives is written
        key = _key(text, c.name)   # "Si-Ceria" = "SiCeria"
        if key in out and out[key].how in WEAK_INNOVATION_CUES and c.how not in WEAK_INNOVATION_CUES:
            c.long, c.owner = c.long or out[key].long, c.owner or out[key].owner
            out[key] = c   # a quoted name that a trigger reads too ("inovasi “X”") keeps the trigger's evidence
            continue
        if key in out:
            if out[key].long is None and c.long is not None:
                out[key].long = c.long
            if out[key].owner is None and c.owner is not None and c.name == out[key].name:
                out[key].owner = c.owner   # the same words read twice, once with the body that owns them
            continue
        out[key] = c
    return list(out.values())


QUOTE_AFTER = re.compile(r"[ \t]+[“\"]?")   # between a name and a quoted one right after it


def described_by_a_quoted_name(text: str, span: tuple[int, int], names) -> bool:
    """The words at `span`, not in quotes themselves, are followed right away by a name in quotes among `names`: they
    say what kind of thing it is ('Posyandu Remaja "Muda Berdaya"'; the written sets' gold keeps the quoted name)."""
    return text[max(0, span[0] - 1):span[0]] not in ("“", '"') \
        and any(s > span[1] and QUOTE_AFTER.fullmatch(text, span[1], s) for s, _ in names)


def inside_a_longer_name(text: str, span: tuple[int, int], names: set[str]) -> bool:
    """Is the name at `span` written there as part of another, longer name read elsewhere in the text?"""
    name = clean_name(text_of(text, span))
    start = text.find(name, span[0], span[1] + 1)
    if start < 0:
        return False   # (the name's spaces were collapsed: not written as read)
    for longer in names:
        if len(longer) > len(name):
            for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", longer):
                if text.startswith(longer, start - m.start()):
                    return True
    return False


def _key(text: str, span: tuple[int, int]) -> str:
    return re.sub(r"[\s.’'-]", "", clean_name(text_of(text, span)).lower())


def headline_short_names(text: str, cands: list[Cand]) -> None:
    """A short name in capitals read only from the headline ("Pemkab X Luncurkan GEMA ISIN DI'AK") whose letters a
    long name read in the text spells ("meluncurkan Gerakan Masyarakat Malaka Isin Di'ak"): one innovation, named by
    the short name with the long one as its long form."""
    heads = [c for c in cands if c.headline and c.long is None
             and re.sub(r"[\W\d_]", "", text_of(text, c.name)).isupper() and not recurs(text, c)]
    for c in cands:
        if c.headline or c.long is not None or len(text_of(text, c.name).split()) < 3:
            continue
        short = next((h for h in heads if derives(text_of(text, h.name), text_of(text, c.name))
                      and _initials_in_order(text_of(text, h.name), text_of(text, c.name))), None)
        if short is not None:
            c.name, c.long = short.name, c.name


def _initials_in_order(short: str, long: str) -> bool:
    """Each word of the short name opens with the initial of a word of the long one, in order ("GEMA ISIN DI'AK" /
    "Gerakan Masyarakat Malaka Isin Di'ak"; not "BRIGADE DAENG" / "Bale Sehat Samawa")."""
    initials = iter(w[0].casefold() for w in long.split())
    return all(w[0].casefold() in initials for w in short.split())


def recurs(text: str, c: Cand) -> bool:
    """A name read from a headline counts only if the text names it again, capitalised, off that line."""
    name = clean_name(text_of(text, c.name))
    line_start = text.rfind("\n", 0, c.name[0]) + 1
    line_end = text.find("\n", c.name[1]) % (len(text) + 1)
    for m in re.finditer(re.escape(name), text, re.IGNORECASE):
        if (m.end() <= line_start or m.start() >= line_end) and all(w[:1].isupper() for w in m.group().split()):
            own_line = text.rfind("\n", 0, m.start()) + 1   # (a word ending the paragraph above is no word of it)
            before = text[max(own_line, m.start() - 30):m.start()].split()
            after = text[m.end():m.end() + 30].split()
            if before and before[-1][-1:] in ".!?;:":
                before = []   # the sentence before ended there
            if not (before and before[-1].lstrip("(“\"‘'")[:1].isupper() or after and after[0][:1].isupper()):
                return True   # standing alone, not inside a longer name ("Strategi Kerja Sama")
    return False


_BACK = re.compile(r"\b(?:inovasi|aplikasi|program|layanan|terobosan)(?:-inovasi)?\s+(?:tersebut|ini|itu)\b"
                   r"|\b(?:kedua|ketiga|dua|tiga|empat)\s+(?:inovasi|aplikasi|program|layanan)\b", re.IGNORECASE)


def refers_back(text: str, c: Cand) -> bool:
    """A headline's launched names stay when the story goes on about them without repeating them: "Bupati
    Luncurkan A dan B" over "... meluncurkan dua inovasi sekaligus ... inovasi tersebut". Not a description that
    the headline capitalised: words of government fields only ("Luncurkan Aplikasi Layanan Kependudukan"), or
    words the story writes in lower case ("Kembangkan Aplikasi Pengaduan Warga" over "aplikasi pengaduan warga")."""
    line_end = text.find("\n", c.name[1]) % (len(text) + 1)
    name = clean_name(text_of(text, c.name))
    if all(w.casefold() in office_words() for w in name.split()):
        return False
    if re.search(r"(?<!\w)" + re.escape(name.lower()) + r"(?!\w)", text[line_end:]):
        return False
    trigger = re.search(r"(\w+)\s+$", text[max(0, c.name[0] - 30):c.name[0]])
    if trigger and re.search(rf"(?<!\w){re.escape(trigger.group(1).lower())}\s+{re.escape(name.split()[0].lower())}(?!\w)",
                             text[line_end:]):
        return False   # "Luncurkan Aplikasi Antrean Online" over "aplikasi antrean daring bernama X": the story writes
        # the headline's words in lower case after the same word, a description of the named one
    return bool(_BACK.search(text, line_end))
