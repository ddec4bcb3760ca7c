"""Officials: named people with a public office, their position and degrees.

A mention opens at an office title (rules/officials/positions.toml: "Kepala", "Sekda",
"Wakil Bupati", "Kabid", prefixes Plt./Pj.) and runs over the title's body and region to
the person's name, which is the run of capitalised words that are neither office
vocabulary nor region words, with honorifics dropped and degrees split off
("Herry Ashak,SE.,M.Si" -> Herry Ashak, [SE, M.Si]). Several names may share the title
("tim ahli dari BSKDN, Ibu A, S.IP dan Bapak B"). A title without a name of its own
belongs to the name right before it ("Nanda Yuniza, Fungsional Perencana ...",
"X selaku Kabid Y", "Maraden Patola (Sekretaris Dinas KISP)"). People marked as such by
an honorific, a title or degrees ("Sugiono, Ph.D dari Universitas X") are kept even
without an office. Later mentions by part of the name ("Sekda Ninik") merge into the person.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from difflib import SequenceMatcher

from spacy.language import Language
from spacy.tokens import Doc

from ..evidence import Found, value_of
from ..nomenclature import degree_like, merge_prefix_degrees, official_heads, title_verbs
from . import common
from .innovation_text import rules as innovation_rules
from .common import doc_text
from .official_cues import (_apposed, _contact_label, _office_before, _programme_of, _said_by,
                           _spells_the_short_name_before)
from .official_names import Named, abbreviated, name_before, name_word, person_at, rules, sentence_start
from .official_phrase import branch_place, phrase, phrase_limit, split_phrase
from .official_position import clean_position, document_context, normalise_position, preferred_position, with_parent
from .official_words import (CONNECTORS, Tok, bare, document_words, head_at, is_honorific, is_not_name, is_prefix_degree,
                             is_tail_degree, tokens)
from .title import find_title

CONNECT_BEFORE = re.compile(r",?\s*(?:selaku|sebagai|yang\s+(?:juga\s+|saat\s+ini\s+|kini\s+|sekarang\s+)?"
                            r"(?:menjabat\s+)?(?:sebagai\s+)?|yang\s+merupakan|yang\s+juga\s+merupakan"
                            # "Frans, yang sudah dua periode menjadi Kepala Kampung X, ..."
                            r"|yang\s+(?:[a-z]+\s+){0,4}(?:menjadi|menjabat(?:\s+sebagai)?))\s*$")
GROUP = re.compile(r"(?<![\w-])[Ss]e-?(?:Indonesia|Kabupaten|Kota|Provinsi|Kecamatan|[A-Z]\w+)\b")   # "se-Indonesia"
REPRESENTS = re.compile(r"\s*,?\s*(?:yang\s+)?mewakili\s+")
ALSO = re.compile(r"\s*,?\s+(?:sekaligus|merangkap|dan\s+juga|yang\s+juga(?:\s+(?:merupakan|menjabat))?)\s+(?:sebagai\s+)?")
SENTENCE_END = re.compile(r"\.\s+[A-Z]")   # a full stop and a capital: the sentence may have ended there
SENTENCE_STARTS = re.compile(r"(?:^|(?<=[.!?])[ \t]+|\n[ \t]*)(?=[A-Z])")
# an office's words up to "itu"/"tersebut" and a lower-case verb ("Pj Bupati Nduga itu mengatakan")
DEMONSTRATIVE_AFTER = re.compile(r"(?:\s+[A-Z][\w./-]*){0,6}?(\s+(?:itu|tersebut))\s+[a-z]")


@dataclass
class Person:
    name: Found
    position: Found | None
    degrees: list[Found] = field(default_factory=list)


@lru_cache(maxsize=1)
def _sentence_final_heads() -> frozenset[str]:
    """Heads written out in full that often end a sentence ("mewakili Bupati.", "kata Camat."): a region's and a
    district's or village's head (rules/officials/positions.toml region_heads, local_heads)."""
    return frozenset(rules("region_heads")) | frozenset(rules("local_heads"))


@lru_cache(maxsize=1)
def _final_after_prefix() -> re.Pattern:
    """A sentence-final head after an acting prefix ("mewakili Penjabat Gubernur. Penilaian ..."): the title ends there."""
    heads = sorted(_sentence_final_heads(), key=len, reverse=True)
    return re.compile(r"\s+(?:" + "|".join(re.escape(h) for h in heads) + r")(?![\w-])")


@lru_cache(maxsize=4)
def _title_patterns(heads: tuple[str, ...], lowercase: bool) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The heads as one pattern ("tim ahli", "Dewan juri", "kepala Badan" in lower case), and what before a head
    makes it no office: a role that is none ("mantan") or a thing named after it ("Kantor Bupati")."""
    head_rx = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
                         + r")(?![\w-])", re.IGNORECASE if lowercase else 0)
    not_roles = "|".join(re.escape(w) for w in rules("not_officials"))
    not_before = "|".join(re.escape(w) for w in sorted(rules("not_before"), key=len, reverse=True))
    return (head_rx, re.compile(r"(?:" + not_roles + r")\W*$", re.IGNORECASE),
            re.compile(r"(?<![\w-])(?:" + not_before + r")\s+$"))


@lru_cache(maxsize=1)
def _appositive_rx() -> re.Pattern:
    """', <lowercase head> ' before a capitalised word: an office written after the person's name."""
    heads = sorted({h.casefold() for h in official_heads()} | set(rules("appositive_professions")), key=len, reverse=True)
    return re.compile(r",\s+(" + "|".join(re.escape(h) for h in heads) + r")(?=\s+[A-Z])")


TITLE_CASE_SMALL = {"dan", "di", "ke", "dari", "untuk", "yang", "dengan", "atau", "pada", "bagi", "oleh", "serta",
                    "hingga", "sebagai", "dalam", "tak", "jadi"}


def _headline(text: str, start: int, end: int, min_words: int = 6) -> bool:
    """A title-case line ("Bupati Karimun Terima Kunjungan Tim ..."): capitals say nothing there."""
    line = text[start:end]
    words = re.findall(r"[A-Za-z][\w’'-]*", line)
    # (a sentence may end in a photo's credit in brackets: "... di Taman Sungai Kurau, Koba. (Foto: Yudi/Babelpos)")
    if len(words) < min_words or re.search(r"[.,]\s*(?:\([^()\n]{1,60}\)\s*)?$", line) or re.match(r"\s*(?:\d+[.)]|[-•*–])\s", line) \
            or text[end + 1:end + 2].islower():
        return False     # a sentence (maybe hard-wrapped), or an item of a list of officials
    content = [w for w in words if w not in TITLE_CASE_SMALL] or words   # title case leaves "dan", "di" small
    upper = sum(1 for w in content if w[:1].isupper())
    return upper / len(content) >= 0.85


def _person(text: str, named: Named, position: str | None, pos_span: tuple[int, int] | None, method: str) -> Person:
    name, last = named.name, named.name[-1]
    if len(name) > 2 and name[0].text in rules("profession_words"):
        name = name[1:]   # "Bidan Hotmaida Harahap": a midwife's form of address, not her name
    value = " ".join(t.text.rstrip(",") for t in name).strip().rstrip(".")
    if not value.endswith(".") and last.text.endswith(".") and abbreviated(last.text):
        value += "."
    value = " ".join(re.sub(r"(?<=[a-z])(?=[A-Z]\.)|(?<=\.)(?=[A-Z][a-z])", " ", w) if re.search(r"[a-z][A-Z]", w)
                     else w for w in value.split(" "))        # run together: "JouneJ.E.Ganda", not "M.Nur"
    n = Found(value, name[0].start, last.end - (1 if last.text.endswith(".") and len(last.text) > 2
                                                 and not abbreviated(last.text) else 0), method)
    p = Found(position, *pos_span, method) if position and pos_span else None
    degs: list[Found] = []
    lead = merge_prefix_degrees([Found(t.text.rstrip("."), t.start, t.end, method)
                                 for t in named.lead if is_prefix_degree(t.text)])   # "Dr. Eng." -> "Dr.Eng"
    for t in lead + [Found(t.text, t.start, t.end, method) for t in named.degrees]:
        norm = degree_like(t.value)
        if norm and norm not in [d.value for d in degs]:
            degs.append(Found(norm, t.start, t.end, method))
    return Person(n, p, degs)


def names_match(a: str, b: str) -> bool:
    """One name's words all in the other's ("Ninik" / "Ninik Rahayu"), short initials aside."""
    ta, tb = a.casefold().split(), b.casefold().split()
    small, large = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return bool(small) and set(small) <= set(large) and (max(len(t) for t in small) >= 3 or small[0] == large[0])


def _same_person(a: Person, b: Person) -> bool:
    if names_match(a.name.value, b.name.value):
        return True
    ta, tb = a.name.value.casefold().split(), b.name.value.casefold().split()
    if a.position and b.position and a.position.value.split()[0] == b.position.value.split()[0] \
            and min(len(a.name.value), len(b.name.value)) >= 6 \
            and SequenceMatcher(None, " ".join(ta), " ".join(tb)).ratio() >= 0.85:
        return True            # "Bupati Safaruddin" / "Bupati Safarudidin": a typo
    small, large = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(small) == 1 and len(small[0]) >= 4 and a.position and b.position \
            and a.position.value.split()[0] == b.position.value.split()[0]:
        return any(small[0] in t for t in large)      # "Bupati Tiwi" = "Bupati ... Pratiwi"
    short = a if len(ta) < len(tb) else b
    if len(small) == 1 and len(small[0]) >= 5 and short.position is None:
        return any(t.startswith(small[0]) for t in large)   # "dr Wisman" = "dr Wismandari Wisnu"
    return False


def _merge(people: list[Person]) -> list[Person]:
    out: list[Person] = []
    for p in people:
        same = next((o for o in out if _same_person(o, p)), None)
        if same is None:
            out.append(p)
            continue
        if len(p.name.value.split()) > len(same.name.value.split()):
            same.name = p.name
        same.position = preferred_position(same.position, p.position)
        for d in p.degrees:
            if d.value.casefold() not in [x.value.casefold() for x in same.degrees]:
                same.degrees.append(d)
    return out


def _hospital(mention) -> bool:
    """A hospital's name, which may hold its namesake's name ("RSUD Dr. H. Chasan Boesoirie")."""
    return mention.value.startswith("Rumah Sakit") or str((mention.extra or {}).get("raw", "")).split(" ")[0] in \
        {"RSUD", "RSU", "RSD", "RS"}


class _Reader:
    """One document's officials, read head by head, then people marked without a title."""

    def __init__(self, doc: Doc):
        self.doc, self.text = doc, doc_text(doc)
        self.defined, self.mentions, self.region_short = document_context(doc)
        self.people: list[Person] = []
        self.spans: list[tuple[int, int]] = []
        title = (doc._.meta or {}).get("title") or ""
        self.skip = [(s, e) for s, e in self._lines() if _headline(self.text, s, e)
                     or (title and self.text[s:e].strip() == title.strip())]
        if not title:      # pasted text: its headline, however short ("Pj Bupati Kunjungi Desa Inovatif")
            head = find_title(doc)
            if head is not None and _headline(self.text, head.start, head.end, min_words=2):
                self.skip.append((head.start, head.end))
                title = self.text[head.start:head.end].strip()
        if len(title) >= 20:   # the headline quoted again: "Artikel ini telah tayang ... dengan judul <headline>"
            self.skip += [(s, e) for s, e in self._lines() if title in self.text[s:e]]

    def _lines(self):
        pos = 0
        for line in self.text.split("\n"):
            yield pos, pos + len(line)
            pos += len(line) + 1

    def skipped(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.skip)

    def add(self, named: Named, pos_toks: list[Tok] | None, method: str, lowercase: bool = False) -> None:
        """Keep a person; `lowercase`: the position opens with a lowercase role ("tim ahli dari ...")."""
        position, span = None, None
        if pos_toks:
            position = clean_position(self.text, pos_toks, self.defined, self.mentions, self.region_short)
            if lowercase:      # "tim ahli dari BSKDN" -> "Tim Ahli Badan Strategi ..."
                position = " ".join(w if w in ("dan", "serta", "di", "&") else w[:1].upper() + w[1:]
                                    for w in position.split(" "))
            span = (pos_toks[0].start, pos_toks[-1].end)
            represents = REPRESENTS.match(self.text, named.name[-1].end if not named.degrees else named.degrees[-1].end)
            if represents:   # "..., Ajib Rakhwanto yang mewakili KemenpanRB": the office is of that body
                body = next((a for a in self.mentions if a.start == represents.end()), None)
                if body is not None and body.value not in position:
                    position = f"{position} {body.value}"
        self.people.append(_person(self.text, named, position, span, method))
        ends = [t.end for t in named.name + named.degrees]
        self.spans.append((min(named.name[0].start, *(t.start for t in named.lead)) if named.lead
                           else named.name[0].start, max(ends)))

    def titled(self, heads: list[str], lowercase: bool) -> None:
        """People after (or right before) an office title."""
        text = self.text
        head_rx, not_roles_rx, not_before_rx = _title_patterns(tuple(heads), lowercase)
        weak = set(rules("weak_heads"))
        covered = -1
        for m in head_rx.finditer(text):
            if m.start() < covered or self.skipped(m.start()) or any(s <= m.start() < e for s, e in self.spans):
                continue
            before = text[max(0, m.start() - 30):m.start()]
            if not_roles_rx.search(before) or not_before_rx.search(before):
                continue
            if _spells_the_short_name_before(text, m.start()):
                continue   # '"KADES MENYAPA" (Kepala Desa Melayani Sepenuh Hati)': an innovation's long form
            final = _final_after_prefix().match(text, m.end()) if m.group(0) in rules("prefixes") else None
            stop = SENTENCE_END.match(text, final.end() if final else m.end())
            if stop and (head_at(text, stop.end() - 1) or m.group(0) in _sentence_final_heads() or final):
                continue   # "... inovasi Lapor Camat. Camat X, Nama", "... mewakili Gubernur. Anugerah tahun ini ...":
                # the title ended a sentence (a region's or district's head is never written with an abbreviation's dot)
            limit = phrase_limit(text, m.end())
            toks = phrase(text, m.start(), limit)
            if not toks:
                continue
            also = ALSO.match(text, toks[-1].end)
            if also and head_at(text, also.end()) and split_phrase(toks):
                covered = toks[-1].end
                continue     # "Ketua Panitia X sekaligus Kepala Dinas Y Nama": the name follows the last title
            floor = max(sentence_start(text, m.start()), covered, 0)
            opened = text[:m.start()].rstrip().endswith("(")
            conn = CONNECT_BEFORE.search(text, floor, m.start()) if not opened else None
            bridged = any(t.kind == "comma" and text[t.start] != "," for t in toks)   # "terdiri dari", ":"
            bridge = next((k for k, t in enumerate(toks) if t.kind == "comma" and text[t.start] != ","), None)
            if bridge is not None and bridge + 1 < len(toks) and (head_rx.match(text, toks[bridge + 1].start)
                                                                 or head_at(text, toks[bridge + 1].start)):
                continue     # "Dewan juri terdiri dari akademisi Universitas X Prof. Nama": the office after the
                # bridge is the person's
            split = split_phrase(toks, listed=bridged)
            people: list[Named] = []
            pos_toks = toks
            method = "rule:official_title"
            if opened and split and (split[1][0].strong or len(split[1][0].name) > 1):
                pos_toks, people = split     # "Pak Gub (Gubernur X Dominggus Mandacan, red)": a gloss
            elif opened or conn:
                if split and not opened and any(p.strong for p in split[1]):
                    # "X selaku Rektor U dan Sugiono, Ph.D": the later name is someone else
                    pos_toks = split[0]
                    while pos_toks and (pos_toks[-1].text in CONNECTORS or pos_toks[-1].kind == "comma"):
                        pos_toks = pos_toks[:-1]
                end = text.rfind("(", floor, m.start()) if opened else conn.start()
                named = name_before(text, end, floor)
                if named is None and not opened and split and "juga" in conn.group(0):
                    pos_toks, people = split   # "Ketua tim yang juga Kepala Bidang X, Dr. Nama": no name before
                    # the link, the person follows the last title
                elif named is None and not opened and split and conn.group(0).split()[-1] in ("selaku", "sebagai"):
                    first = _office_before(text, floor, conn.start(), head_rx)
                    if first is None:
                        continue
                    pos_toks, people = first, split[1]   # "Sekda X selaku Ketua TPID, Nama": the office before
                    # "selaku" is the person's; the role after it is what they do here
                elif named is None:
                    continue
                else:
                    people, method = [named], "rule:official_selaku"
            elif split:
                pos_toks, people = split
                if m.group(0) in weak and len(pos_toks) < 2:
                    continue
                if lowercase and not (any(p.strong for p in people) or bridged or (
                        m.group(0).casefold() in rules("plain_name_heads") and all(len(p.name) > 1 for p in people))):
                    continue
            elif not lowercase and len(toks) > 1:
                named = name_before(text, m.start(), floor)
                closed = re.match(r"\s*(?:[,.;)]|$)", text[toks[-1].end:limit + 1])
                if named is None or not (named.strong or closed):
                    continue     # "aplikasi Sipandu, Kepala Dinas menjelaskan": no apposition closes
                if len(named.name) == 1 and not named.strong \
                        and not text[named.name[-1].end:m.start()].strip().startswith(","):
                    continue
                people, method = [named], "rule:official_before_title"
            if people and _programme_of(before) and not any(p.strong for p in people) \
                    and any(t.text.casefold() in innovation_rules()["name_qualities"] for p in people for t in p.name):
                continue     # "Program unggulan Bupati Situbondo, Sahabat Lansia, ...": the office owns a programme
                # named in apposition (a word of what an innovation makes of people), not a person
            if not people or not pos_toks or GROUP.search(text, toks[0].start, toks[-1].end):
                continue     # "Kepala Bappeda se-Indonesia, Praktisi dan ...": a group, not an office
            people = [p for p in people if not any(m.start() <= b.start < p.name[0].start < b.end and _hospital(b)
                                                   for b in self.mentions)]
            if not people:
                continue     # "Direktur RSUD Dr. H. Chasan Boesoirie dr. X": the hospital's namesake, inside its name
            covered = max([pos_toks[-1].end] + [(p.degrees or p.name)[-1].end for p in people
                                                if p.name[0].start > m.start()])
            for p in people:
                self.add(p, pos_toks, method, lowercase)

    def appositive(self) -> None:
        """A person followed by a lowercase office in apposition: "Maria Lobo, kepala Puskesmas Nita,
        mengatakan ...", "ujar Markus Lado, camat Alok." (the office's body or place in capitals)."""
        text = self.text
        for m in _appositive_rx().finditer(text):
            head_end = m.end(1)
            if self.skipped(m.start()) or any(s <= m.start() < e for s, e in self.spans):
                continue
            toks = phrase(text, head_end + 1, phrase_limit(text, head_end))
            split = split_phrase(toks) if toks else None
            if not toks or not toks[0].text[:1].isupper() \
                    or (split and any(p.strong or len(p.name) > 1 for p in split[1])):
                continue     # "Budi, kepala Dinas X Rina Sari": a title before someone else
            if not re.match(r"\s*(?:[,.;)]|$|yang\s)", text[toks[-1].end:toks[-1].end + 6]):
                continue     # no apposition closes: "Budi, kepala Dinas X mengatakan" (a relative clause does: "...,
                # bidan Puskesmas X yang sejak awal ...")
            named = name_before(text, m.start() + 1, sentence_start(text, m.start()))
            if named is None or not (named.strong or len(named.name) > 1):
                continue
            if any(p.position is not None and p.name.start == named.name[0].start for p in self.people):
                continue     # "Ketua dewan juri, Prof. Nama, M.Si., akademisi Universitas X": the title before
                # the name is the office the story gives; the apposition only says where the person comes from
            head = tokens(text, m.start(1), head_end)
            self.add(named, head + toks, "rule:official_apposition", lowercase=True)

    def named_before_demonstrative(self) -> None:
        """"..." kata Elias Kogeya. Pj Bupati Nduga itu mengatakan ...': an office opening a sentence with "itu" or
        "tersebut" after it, right after a quotation attributed to a name with no office: the office is that name's."""
        text = self.text
        head_rx = _title_patterns(tuple(official_heads()), False)[0]
        said = _said_by()
        for opening in SENTENCE_STARTS.finditer(text):   # (a head only where a sentence opens: one match per sentence)
            m = head_rx.match(text, opening.end())
            if m is None:
                continue
            start = m.start()
            demo = DEMONSTRATIVE_AFTER.match(text, m.end())
            if demo is None:
                continue
            prev = said.search(text, max(0, start - 120), start)
            if prev is None:
                continue
            toks = tokens(text, prev.start(1), prev.end(1))
            named = person_at(toks, 0) if toks else None
            if named is None or named.end != len(toks) \
                    or any(p.name.start <= named.name[0].start < p.name.end for p in self.people):
                continue   # (a name already read with its office)
            pos = tokens(text, start, demo.start(1))
            if pos:
                self.add(named, pos, "rule:official_demonstrative")

    def contacts(self) -> None:
        """A press release's contact block ("Narahubung:" then a name line and its office's lines, either way round;
        rules/officials/positions.toml `contact_labels`): the person holds the office written beside the name."""
        text = self.text
        bodies = {a.start for a in self.mentions}
        for m in _contact_label().finditer(text):
            lines = []
            for line in re.finditer(r"[^\n]+", text[m.end():m.end() + 400]):
                if not line.group().strip():
                    break
                lines.append((m.end() + line.start(), m.end() + line.end()))
                if len(lines) == 4 or text[m.end() + line.end():m.end() + line.end() + 2] == "\n\n":
                    break
            person, offices = None, []
            for s, e in lines:
                toks = tokens(text, s, e)
                while toks and toks[-1].kind == "bracket":
                    toks = toks[:-1]   # a telephone number after the name: "Nama, S.Sos (0812-...)"
                named = person_at(toks, 0) if toks else None
                if person is None and named is not None and named.end == len(toks) \
                        and (named.strong or named.degrees) and not head_at(text, toks[0].start):
                    person = named
                elif toks and (head_at(text, toks[0].start) or toks[0].start in bodies):
                    offices.append(toks)
            if person is not None and offices:
                self.add(person, [t for toks in offices for t in toks], "rule:official_contact")
                self.spans.append((lines[0][0], lines[-1][1]))

    def marked(self) -> None:
        """People without an office title, marked by an honorific, a title or degrees."""
        text = self.text
        not_before = {w.casefold() for w in rules("not_before")}
        for s, e in self._lines():
            if self.skipped(s) or e <= s:
                continue
            toks = tokens(text, s, e)
            # a person without a leading honorific or title is marked only by degrees after the name
            last_degree = max((k for k, t in enumerate(toks) if t.kind == "word" and is_tail_degree(t.text)), default=-1)
            if last_degree < 0 and not any(t.kind == "word" and (is_honorific(t.text) or is_prefix_degree(t.text))
                                           for t in toks):
                continue   # no honorific, title or degree on the line: nobody is marked there
            i = 0
            while i < len(toks):
                prev = toks[i - 1] if i else None
                if i > last_degree and not (is_honorific(toks[i].text) or is_prefix_degree(toks[i].text)):
                    i += 1
                    continue
                if toks[i].kind != "word" or (prev is not None and prev.kind == "word" and (
                        name_word(toks, i - 1) or is_honorific(prev.text) or is_prefix_degree(prev.text))):
                    i += 1
                    continue     # only where a name can start
                person = person_at(toks, i)
                if person is None or not person.strong or (prev is not None and (
                        bare(prev.text) in not_before or (prev.kind == "word" and prev.text[:1].isupper()
                                                          and not is_not_name(prev.text) and not person.lead))):
                    i += 1
                    continue     # "RSUD dr. Soetomo", "Forum TJSLP Rina"
                if any(p.position is not None and p.position.start <= person.name[0].start < p.position.end
                       for p in self.people):
                    i = person.end
                    continue     # "Kepala SMP Negeri 1 Biau, Dra. Nama": the unit's place in a position already read
                if not self._private(person, s, e):
                    self.add(person, None, "rule:official_marked")
                i = person.end

    def _private(self, person: Named, line_start: int, line_end: int) -> bool:
        """A byline or credit ("Editor: Rina, S.Sos", a name alone on its line), a body named after
        a person ("RSD dr. X (RSDX)"), a citizen ("Ibu Rina, warga ..."), or a name already read."""
        text = self.text
        start, end = (person.lead or person.name)[0].start, person.name[-1].end
        after = text[(person.degrees[-1].end if person.degrees else end):line_end]
        credit = r"\b(?:" + "|".join(re.escape(w) for w in rules("not_officials")) + r")\b\W*(?:\w+\W+)?$"
        private = r"\W{0,3}\s*(?:" + "|".join(re.escape(w) for w in rules("private_roles")) + r")\b"
        return (not re.search(r"\w", text[line_start:start] + after)
                or bool(re.search(credit, text[line_start:start], re.IGNORECASE))
                or bool(re.match(r"\s*\([A-Z]{3,}\)", after))
                or bool(re.match(private, after, re.IGNORECASE))
                or any(a < end and start < b for a, b in self.spans))


def _ends_in_a_verb(position: str) -> bool:
    return bare(position.split()[-1]) in title_verbs()


def find_officials(doc: Doc) -> Doc:
    draft = common.ensure_state(doc)
    reader = _Reader(doc)
    # the document's own region is a region here even where its name is a personal name elsewhere
    # ("Kepala Bappelitbangda Ende Agustinus Lelo" in news of Kabupaten Ende)
    region = {reader.region_short[1]} if reader.region_short else set()
    with document_words(set(reader.defined) | region):
        reader.titled(official_heads(), lowercase=False)
        reader.titled(rules("lowercase_heads"), lowercase=True)
        reader.appositive()
        reader.contacts()
        reader.named_before_demonstrative()
        reader.marked()
    # a title and a headline verb in a related-stories list ("Bupati Resmikan Jembatan Gantung di ..."): no person
    people = [p for p in _merge(reader.people)
              if p.position is None or not _ends_in_a_verb(str(value_of(p.position)))
              and not (branch_place(str(value_of(p.name)), str(value_of(p.position))) and not p.degrees
                       and not _apposed(doc_text(doc), p.position, p.name))]
    # (an agency is {"name": Found} in news and Found({"name": Found}) in a form)
    acting = [value_of(v["name"]) if isinstance(v := value_of(a), dict) else v for a in draft.get("agencies") or []]
    for p in people:   # a bare unit ("Kepala Bagian X") belongs to the body named before it, or the organiser
        if p.position is not None:
            p.position = p.position.with_value(with_parent(doc_text(doc), p.position, reader.mentions, acting[:1]))
    found = [{"name": p.name, "position": p.position, "degrees": p.degrees} for p in people]
    if common.is_form(doc):   # a form's own people (its Inisiator field) first, then those its prose names
        from .form_values import enum_words
        own = list(draft.get("officials") or [])
        for o in own:   # "Kepala Pelaksana BPBD Kota X" where the text spells BPBD out (decision 13)
            if isinstance(o.get("position"), Found):
                o["position"] = o["position"].with_value(normalise_position(
                    o["position"].value, reader.text, reader.defined, reader.mentions, reader.region_short))
        bodies = doc._.found.get("agency_mentions") or []
        for o in own:   # the Inisiator person the prose names with an office ("digagas oleh Kepala Dinas X, Nama")
            same = next((p for p in found if names_match(value_of(p["name"]), value_of(o["name"]))), None)
            if same is not None and o.get("position") is None:
                o["position"] = same["position"]
        found = own + [p for p in found if not any(names_match(value_of(p["name"]), value_of(o["name"])) for o in own)
                       and not enum_words(value_of(p["name"]))   # "Kepala Daerah Uji Coba": two fields' values
                       # "Kepala UPTD Puskesmas Sukakarya" over a signature, "Jabatan : Camat Gadingrejo": a place
                       and not any(b.start <= p["name"].start and p["name"].end <= b.end for b in bodies)]
    draft["officials"] = found
    return doc


@Language.factory("inovasi_officials")
def make_officials(nlp: Language, name: str):
    return find_officials
