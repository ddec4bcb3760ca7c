"""Align normalised gold values to character spans of the cleaned text.

Gold records hold values, not spans ("Herry Ashak", degrees dropped; an agency in its
fullest form). Training needs spans, so each value is looked for in three passes; the
fuzzy pass runs only when the first two find nothing:

1. exact: every occurrence of the value as written (on word boundaries);
2. loose: case- and space-insensitive, quotes and dots optional between words;
3. fuzzy: rapidfuzz's best partial alignment of at least `threshold` (0-100), widened to
   word boundaries, less any words at its ends that the value does not have (and still
   similar as whole words); where several windows score the
   same, the one nearest to `near` (e.g. the span a rule found) wins.

Passes 1 and 2 together return every occurrence (a person named twice is a PERSON twice); pass 3
returns one span. `method` says which pass aligned the value.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

FUZZY_THRESHOLD = 80.0
TIE = 5.0           # windows scoring within this of the best are candidates alike
WORD_SLACK = 5.0   # whole words may be this much less similar than the best partial window


@dataclass(frozen=True)
class Aligned:
    start: int
    end: int
    method: str   # exact, loose or fuzzy
    score: float = 100.0


def _bounded(text: str, start: int, end: int) -> bool:
    """No word character glued to either end of text[start:end]."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() and text[start].isalnum()) and not (after.isalnum() and text[end - 1].isalnum())


def _exact(value: str, text: str) -> list[Aligned]:
    out, pos = [], text.find(value)
    while pos >= 0:
        if _bounded(text, pos, pos + len(value)):
            out.append(Aligned(pos, pos + len(value), "exact"))
        pos = text.find(value, pos + 1)
    return out


def _loose_pattern(value: str) -> re.Pattern | None:
    words = re.findall(r"\w+", value)
    if not words:
        return None
    gap = r"[\s\"'“”‘’.,\-]*\s*"
    body = gap.join(re.escape(w) for w in words)
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


def _loose(value: str, text: str) -> list[Aligned]:
    rx = _loose_pattern(value)
    return [] if rx is None else [Aligned(m.start(), m.end(), "loose") for m in rx.finditer(text)]


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow a span to whole words and trim spaces and punctuation at its ends."""
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end


def _has(words: set[str], word: str) -> bool:
    """Is this word (or a near spelling of it: "Fauzy" for "Fauzi") one of the value's words?"""
    w = word.casefold()
    return w in words or any(fuzz.ratio(w, v) >= 75 for v in words)


def _trim(text: str, start: int, end: int, words: set[str]) -> tuple[int, int]:
    """Drop words at either end that the value does not have ("seperti Kota X" for "Pemerintah Kota X"),
    and take in up to two neighbouring words it has ("Badan" before "Strategi Kebijakan ...")."""
    spans = [(m.start() + start, m.end() + start) for m in re.finditer(r"\w+", text[start:end])]
    before = [(m.start(), m.end()) for m in re.finditer(r"\w+", text[max(0, start - 40):start])]
    for a, b in reversed(before[-2:]):
        a, b = a + max(0, start - 40), b + max(0, start - 40)
        if text[a:b].casefold() not in words:
            break
        spans.insert(0, (a, b))
    after = [(m.start() + end, m.end() + end) for m in re.finditer(r"\w+", text[end:end + 40])][:2]
    for a, b in after:
        if text[a:b].casefold() not in words:
            break
        spans.append((a, b))
    while spans and not _has(words, text[spans[0][0]:spans[0][1]]):
        spans.pop(0)
    while spans and not _has(words, text[spans[-1][0]:spans[-1][1]]):
        spans.pop()
    if not spans:
        return start, start
    start, end = spans[0][0], spans[-1][1]
    # a line break or a dateline dash inside means two things were joined: keep the longer part
    parts = [(m.start() + start, m.end() + start) for m in re.finditer(r"(?:(?!\n|\s[–—-]\s).)+", text[start:end], re.S)]
    if parts:
        start, end = max(parts, key=lambda p: p[1] - p[0])
    while start < end and not text[start].isalnum():
        start += 1
    return start, end


def _fuzzy(value: str, text: str, threshold: float, near: int | None) -> list[Aligned]:
    if len(value) < 4:
        return []
    low = text.casefold()
    needle = value.casefold()
    best: list[tuple[float, int, int]] = []
    # windows of about twice the value's length, overlapping by half, over the whole text
    step = max(1, len(needle) // 2)
    for offset in range(0, max(1, len(low) - len(needle) // 2), step):
        window = low[offset:offset + 2 * len(needle) + 10]
        res = fuzz.partial_ratio_alignment(needle, window, score_cutoff=threshold)
        if res is None:
            continue
        best.append((res.score, offset + res.dest_start, offset + res.dest_end))
    if not best:
        return []
    top = max(score for score, _, _ in best)
    ties = [(s, a, b) for s, a, b in best if s >= top - TIE]   # near-equal windows: several candidates
    ties.sort(key=lambda t: (abs(t[1] - near) if near is not None else 0, -t[0]))
    words = {w.casefold() for w in re.findall(r"\w+", value)}
    for score, a, b in ties:
        a, b = _trim(text, *_widen(text, a, b), words)
        # the whole words must still look like the value ("Sipa" is not "SIPANTAS")
        if b > a and fuzz.ratio(needle, low[a:b]) >= threshold - WORD_SLACK:
            return [Aligned(a, b, "fuzzy", score)]
    return []


def align(value: str | None, text: str, near: int | None = None,
          threshold: float = FUZZY_THRESHOLD, fuzzy: bool = True) -> list[Aligned]:
    """Spans of text where the gold value stands, or [] when it is not there."""
    if not value or not value.strip():
        return []
    value = value.strip()
    found = _exact(value, text)
    found += [a for a in _loose(value, text) if not any(a.start < b.end and b.start < a.end for b in found)]
    if found or not fuzzy:
        return sorted(found, key=lambda a: a.start)
    return _fuzzy(value, text, threshold, near)
