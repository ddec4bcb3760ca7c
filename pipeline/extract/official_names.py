"""A person's name where an officials' mention puts it: honorifics and titles before it,
initials, particles and abbreviated first names inside it ("R. Kus", "Dewi H. Lubis",
"Moch. Ridwan"), degrees after it ("Rina, S.Sos., M. Si"), several names in a list
("A, S.IP dan Bapak B"), and the name written right before a title ("Nanda, Fungsional ...").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import common
from ..nomenclature import position_rules
from .official_words import (Tok, dot_is_no_stop, is_degree, is_honorific, is_not_name, is_officeish, is_prefix_degree,
                             is_tail_degree, is_written_degree, name_like, tokens)


DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,4}")


def rules(key: str) -> list[str]:
    return position_rules().get(key, [])


@dataclass
class Named:
    lead: list[Tok]
    name: list[Tok]
    degrees: list[Tok]
    end: int                # index after the person's last token

    @property
    def strong(self) -> bool:
        return bool(self.lead or self.degrees)


def abbreviated(word: str) -> bool:
    return word.endswith(".") and word.rstrip(".") in rules("name_abbreviations")


def initial(tok: Tok, nxt: Tok | None) -> bool:
    """'R.' in 'R. Kus', 'H.' in 'Dewi H. Lubis', 'I' in 'I Made': one or two capitals before a name word."""
    w = tok.text.rstrip(".")
    return (tok.kind == "word" and 0 < len(w) <= 2 and w.isupper() and w not in rules("company_forms") and nxt is not None
            and nxt.kind == "word"
            and nxt.text[:1].isupper() and not is_officeish(nxt.text) and not is_degree(nxt.text))


def final_initials(toks: list[Tok], i: int) -> bool:
    """'AS' in 'Normiliyani AS, S.Sos' or 'Rahmat AB membuka': one or two capitals closing a name (after a
    name word, before a comma, a degree, a lowercase word or the end), not a degree ("SE", "SH", "MM")."""
    t = toks[i]
    prev, nxt = toks[i - 1] if i > 0 else None, toks[i + 1] if i + 1 < len(toks) else None
    return (t.kind == "word" and re.fullmatch(r"[A-Z]{1,2}", t.text) is not None and not is_degree(t.text)
            and t.text not in rules("company_forms") and prev is not None and prev.kind == "word"
            and re.fullmatch(r"[A-Z][a-z'’-]{2,}", prev.text) is not None and name_like(prev, None)
            and (nxt is None or nxt.kind != "word" or is_tail_degree(nxt.text) or nxt.text[:1].islower()))


def name_word(toks: list[Tok], i: int) -> bool:
    t, nxt = toks[i], toks[i + 1] if i + 1 < len(toks) else None
    return (name_like(t, nxt) or initial(t, nxt) or abbreviated(t.text) or final_initials(toks, i)
            or _calendar_in_name(toks, i)
            or (i + 1 < len(toks) and _calendar_in_name(toks, i + 1))
            or (nxt is not None and f"{t.text} {nxt.text}" in rules("name_openers")))   # "Anak Agung Gde Putra"


def _calendar_in_name(toks: list[Tok], i: int) -> bool:
    """'Hari' in 'W. Hari Pamungkas': a calendar or place word between an initial and a name word is a name."""
    t = toks[i]
    prev, nxt = toks[i - 1] if i > 0 else None, toks[i + 1] if i + 1 < len(toks) else None
    return (t.kind == "word" and t.text[:1].isupper()
            and (common.is_calendar_word(t.text) or common.is_region_word(t.text)) and prev is not None
            and prev.kind == "word" and prev.text.endswith(".") and 0 < len(prev.text.rstrip(".")) <= 2
            and prev.text.rstrip(".").isupper() and nxt is not None and name_like(nxt, None))


def person_at(toks: list[Tok], i: int) -> Named | None:
    """One person from toks[i]: honorifics/titles, name words, degrees (with commas between)."""
    lead: list[Tok] = []
    while i < len(toks) and toks[i].kind == "word" and (is_honorific(toks[i].text) or is_prefix_degree(toks[i].text)
                                                        or DOTTED_INITIALS.fullmatch(toks[i].text)):
        lead.append(toks[i])   # "H.A.S. Chaidir Syam": honorific and initials run together, before the name
        i += 1
    name: list[Tok] = []
    while i < len(toks) and toks[i].kind == "word" and (
            name_word(toks, i) or (name and is_honorific(toks[i].text) and (initial(toks[i], toks[i + 1]
                                                                                   if i + 1 < len(toks) else None)
                                             or toks[i].text.endswith(".") and i + 1 < len(toks)
                                             and name_word(toks, i + 1)))):
        # ("Nurlela Hi. Basri": North Maluku's "Hi." between a name and the father's name stays inside it)
        if name and is_tail_degree(toks[i].text) and is_degree(toks[i].text):
            break
        name.append(toks[i])
        i += 1
        if i + 1 < len(toks) and toks[i].kind == "word" and toks[i].text in rules("name_links") \
                and name_like(toks[i + 1], toks[i + 2] if i + 2 < len(toks) else None):
            name.append(toks[i])     # "Siti Nurjanah binti Ahmad": a patronymic link inside the name
            i += 1
    if not name or all(initial(t, None) or len(t.text.rstrip(".")) <= 2 for t in name):
        return None
    degrees: list[Tok] = []
    j = i
    while j < len(toks):
        if toks[j].kind == "comma" and j + 2 < len(toks) and is_prefix_degree(toks[j + 1].text) \
                and name_like(toks[j + 2], toks[j + 3] if j + 3 < len(toks) else None):
            break   # "A, M.Sc, Dr. Siti B": the title opens the next person of a list
        if toks[j].kind == "word" and is_prefix_degree(toks[j].text) and j + 1 < len(toks) \
                and name_like(toks[j + 1], toks[j + 2] if j + 2 < len(toks) else None):
            break   # "Kabupaten Sumber Jaya dr. Yohanes": the title opens a name, it ends none
        if toks[j].kind == "comma" and j + 1 < len(toks) and toks[j + 1].kind == "word" \
                and is_tail_degree(toks[j + 1].text):
            j += 1
        if toks[j].kind == "word" and is_tail_degree(toks[j].text) and (degrees or toks[j - 1].kind == "comma"
                                                                        or is_written_degree(toks[j].text)):
            degrees.append(toks[j])
            j += 1
            i = j
            continue
        break
    return Named(lead, name, degrees, i)


def people_at(toks: list[Tok], i: int, listed: bool) -> list[Named]:
    """Persons from toks[i] on: 'A, B dan C' when listed (a role's members) or marked as persons."""
    first = person_at(toks, i)
    if first is None:
        return []
    people = [first]
    i = first.end
    while i < len(toks):
        j = i
        while j < len(toks) and (toks[j].kind == "comma" or toks[j].text in ("dan", "serta", "&")):
            j += 1
        if j == i or j >= len(toks):
            break
        nxt = person_at(toks, j)
        if nxt is None or not (listed or nxt.strong):
            break
        people.append(nxt)
        i = nxt.end
    return people


def name_before(text: str, end: int, floor: int) -> Named | None:
    """The person written right before text[end] ('Nanda Yuniza, ' / 'Ir. Mawardi ' / 'Rina, SE ')."""
    toks = tokens(text, floor, end)
    while toks and toks[-1].kind == "comma":
        toks.pop()
    k = len(toks)
    while k > 0 and (toks[k - 1].kind == "comma" or (toks[k - 1].kind == "word" and is_tail_degree(toks[k - 1].text))):
        k -= 1
    while k > 0 and toks[k - 1].kind == "comma":
        k -= 1
    n = k
    while n > 0 and toks[n - 1].kind == "word" and (name_word(toks, n - 1) or (
            n < k and is_honorific(toks[n - 1].text) and initial(toks[n - 1], toks[n]) and n > 1
            and name_word(toks, n - 2))) and k - n < 6:
        n -= 1
    while n > 0 and toks[n - 1].kind == "word" and (is_honorific(toks[n - 1].text)
                                                     or is_prefix_degree(toks[n - 1].text)):
        n -= 1
    if n == k:
        return None
    before = toks[n - 1] if n > 0 else None
    if before is not None and before.kind == "word" and before.text[:1].isupper() and not is_not_name(before.text):
        return None      # inside a longer capitalised run: a body, a headline
    person = person_at(toks, n)
    if person is None or person.end < len(toks):
        return None
    return person


def sentence_start(text: str, pos: int) -> int:
    line = text.rfind("\n", 0, pos) + 1
    k = pos
    while True:
        dot = text.rfind(". ", line, k)
        if dot < 0:
            return line
        word = re.search(r"[\w’'.-]*$", text[line:dot]).group(0)
        if not dot_is_no_stop(word) and not (text.startswith("(", dot + 2) and is_degree(word + ".")):
            return dot + 2   # (not a degree's dot before the office in brackets: "Rudi Hartono, S.T. (Kepala Seksi X)")
        k = dot
