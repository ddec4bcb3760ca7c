"""Words of officials' mentions: a tokeniser that keeps titles and degrees whole, and the
tests on single words (degree, honorific, office word, part of a name) the officials
component reads phrases with.

Degrees written with spaces come out as one token ("M. Si", "S Sos" -> one word), unless
the letters are a name's initials ("S. T. Nababan"). Abbreviations a document defines
for itself ("Bapperinda") count as office words while that document is read.
"""
from __future__ import annotations

import re
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from ..nomenclature import (degree_like, honorifics, normal_degree, not_names, office_words, position_rules,
                            prefix_degrees, role_words)
from . import common

WORD = re.compile(r"[ \t]*(?:(?P<pre>(?:Dr|Drs|Dra|Ir|Prof|dr|drg|H|Hj))\.(?=[A-Z])|(?P<w>[A-Za-z0-9][\w’'\-]*"
                  r"(?:\.[A-Za-z][\w’'\-]*)*\.?)|(?P<p>[^\s]))")
CONNECTORS = {"dan", "pada", "&"}
QUOTED = re.compile(r"(['‘“\"])[A-Z][A-Z0-9\-]+['’”\"](?=[\s,.])")
_local_office: ContextVar[frozenset[str]] = ContextVar("local_office", default=frozenset())


@contextmanager
def document_words(words: set[str]):
    """Treat `words` (a document's own abbreviations) as office words inside the block."""
    token = _local_office.set(frozenset(w.casefold() for w in words))
    try:
        yield
    finally:
        _local_office.reset(token)


@dataclass
class Tok:
    text: str
    start: int
    end: int
    kind: str          # word, comma, bracket, stop


def _raw_tokens(text: str, pos: int, limit: int):
    while pos < limit:
        m = WORD.match(text, pos)
        if not m or m.start(m.lastgroup) >= limit:
            return
        if m.group("pre"):
            yield Tok(m.group("pre") + ".", m.start("pre"), m.end(), "word")
        elif m.group("w"):
            end = min(m.end(), limit)
            yield Tok(text[m.start("w"):end], m.start("w"), end, "word")
        else:
            ch = m.group("p")
            if ch == "(":
                close = text.find(")", m.end(), min(limit, m.end() + 60))
                if close < 0:      # a long aside: a stop, reading goes on after it
                    yield Tok(ch, m.start("p"), m.end(), "stop")
                    pos = m.end()
                    continue
                yield Tok(text[m.end():close], m.end(), close, "bracket")
                pos = close + 1
                continue
            quoted = QUOTED.match(text, m.start("p"))
            if quoted and quoted.end() <= limit:    # "Institut Teknologi 'AKPRIND'": a quoted name part
                yield Tok(quoted.group(0), quoted.start(), quoted.end(), "word")
                pos = quoted.end()
                continue
            yield Tok(ch, m.start("p"), m.end(), "comma" if ch == "," else "stop")
        pos = m.end()


def tokens(text: str, pos: int, limit: int) -> list[Tok]:
    """Tokens of text[pos:limit]; a degree split by spaces ("M. Si", "S Sos") is one token."""
    raw = list(_raw_tokens(text, pos, limit))
    out: list[Tok] = []
    i = 0
    while i < len(raw):
        t = raw[i]
        merged = None
        if t.kind == "word" and len(t.text.rstrip(".")) <= 2 and t.text[:1].isupper():
            for n in (3, 2):
                part = raw[i:i + n]
                if len(part) < n or any(p.kind != "word" for p in part):
                    continue
                written = text[t.start:part[-1].end]
                nxt = raw[i + n] if i + n < len(raw) else None
                initials = nxt is not None and nxt.kind == "word" and nxt.text[:1].isupper() and not is_degree(nxt.text)
                if normal_degree(written) and not initials and "\n" not in written:
                    merged = Tok(written, t.start, part[-1].end, "word")
                    i += n
                    break
        if merged is None:
            out.append(t)
            i += 1
        else:
            out.append(merged)
    return out


def bare(word: str) -> str:
    return word.casefold().rstrip(".,")


def is_degree(word: str) -> bool:
    """A listed degree ("M.Si", "S Sos"), not a capitalised word that happens to spell one ("Ners" aside)."""
    return normal_degree(word) is not None and not (word[:1].isupper() and word[1:].islower() and len(word) > 3)


def is_tail_degree(word: str) -> bool:
    """A degree after a name: listed, or degree-shaped ("S.Tr.Sos")."""
    return is_degree(word) or degree_like(word) is not None


def is_honorific(word: str) -> bool:
    return bare(word) in honorifics()


def is_prefix_degree(word: str) -> bool:
    return bare(word) in prefix_degrees()


def is_not_name(word: str) -> bool:
    return bare(word) in not_names()


def is_officeish(word: str) -> bool:
    b = bare(word)
    return (b in office_words() or b in role_words() or b in _local_office.get() or common.is_region_word(word)
            or (word.isupper() and len(word.rstrip(".")) >= 3 and not is_degree(word)))


def name_like(tok: Tok, nxt: Tok | None) -> bool:
    w = tok.text
    if tok.kind != "word" or not w[:1].isupper() or common.is_calendar_word(w) or is_degree(w) or is_not_name(w):
        return False
    if is_honorific(w) or is_prefix_degree(w):
        return False
    if len(w.rstrip(".")) <= 2 and w.rstrip(".").isupper():     # initials: I Wayan, HM Taufiq, R. Kus
        return nxt is not None and nxt.kind == "word" and nxt.text[:1].isupper() and not is_officeish(nxt.text)
    return not is_officeish(w)


def is_weak_head(word: str) -> bool:
    return word in set(position_rules()["weak_heads"])
